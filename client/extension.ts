/**
 * The VS Code extension's entry: starts the language client and registers the preview and
 * export commands. All minutes knowledge lives in the server; this only wires.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportToHtml, exportToPdf } from './export/export-command.js';
import { exportRecord, type RecordCommandOptions, type RecordOutputKind } from './export/record-commands.js';
import { createLanguageClient } from './language-client.js';
import { minutesServerOver } from './minutes-server.js';
import { PreviewManager } from './preview/preview-manager.js';
import { uiStrings } from './settings.js';
import { registerSeriesView, type SeriesViewState } from './series/series-view.js';
import { newFromPrevious } from './series/new-from-previous.js';
import { exportRegister } from './series/export-register.js';

let client: LanguageClient | undefined;

/**
 * The document a command is about: its argument (a URI, or its text from a code lens of the
 * server), the active minutes editor, or the active preview's.
 */
function targetResource(argument: unknown, previews: PreviewManager): vscode.Uri | undefined {
    if (argument instanceof vscode.Uri) return argument;
    if (typeof argument === 'string' && argument) return vscode.Uri.parse(argument);
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === 'minutes') return editor.document.uri;
    return previews.activePreview?.resource;
}

function noDocument(): void {
    void vscode.window.showInformationMessage(uiStrings().extension.openMinutesFirst);
}

/** What `activate` gives other code: the "Minutes" view's state, read by the extension's tests in VS Code. */
export interface MinutesExtensionApi {
    readonly seriesView: SeriesViewState;
}

export function activate(context: vscode.ExtensionContext): MinutesExtensionApi {
    client = createLanguageClient(context);
    const started = client.start();
    started.catch(error => {
        void vscode.window.showErrorMessage(uiStrings().extension.serverCouldNotStart(error instanceof Error ? error.message : String(error)));
    });
    const server = minutesServerOver(client, started);
    const previews = new PreviewManager(context.extensionUri, server);
    const seriesView = registerSeriesView(server);
    // An export command resolves to the written file's URI (undefined when nothing was written).
    const exportCommand = (run: typeof exportToHtml) => async (argument?: unknown): Promise<vscode.Uri | undefined> => {
        const resource = targetResource(argument, previews);
        if (resource) return run(server, resource);
        noDocument();
        return undefined;
    };

    // The notice, an extract, the public version: `options` settle the format and the items instead of asking.
    const recordCommand = (kind: RecordOutputKind) => async (argument?: unknown, options?: RecordCommandOptions): Promise<vscode.Uri | undefined> => {
        const resource = targetResource(argument, previews);
        if (resource) return exportRecord(server, resource, kind, options);
        noDocument();
        return undefined;
    };

    context.subscriptions.push(
        previews,
        vscode.commands.registerCommand('minutes.showPreview', (argument?: unknown) => {
            const resource = targetResource(argument, previews);
            if (resource) previews.openPreview(resource, false);
            else noDocument();
        }),
        vscode.commands.registerCommand('minutes.showPreviewToSide', (argument?: unknown) => {
            const resource = targetResource(argument, previews);
            if (resource) previews.openPreview(resource, true);
            else noDocument();
        }),
        vscode.commands.registerCommand('minutes.exportHtml', exportCommand(exportToHtml)),
        vscode.commands.registerCommand('minutes.exportPdf', exportCommand(exportToPdf)),
        seriesView,
        // Resolves to the new file's URI (undefined when nothing was written).
        vscode.commands.registerCommand('minutes.newFromPrevious', async (argument?: unknown) => {
            const resource = targetResource(argument, previews);
            if (resource) return newFromPrevious(server, resource);
            noDocument();
            return undefined;
        }),
        vscode.commands.registerCommand('minutes.exportNotice', recordCommand('notice')),
        vscode.commands.registerCommand('minutes.exportExtract', recordCommand('extract')),
        vscode.commands.registerCommand('minutes.exportPublic', recordCommand('public')),
        // Resolves to the written page's URI (undefined when nothing was written).
        vscode.commands.registerCommand('minutes.exportRegister', (argument?: unknown) => exportRegister(server, argument)),
    );
    return { seriesView: seriesView.state };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
