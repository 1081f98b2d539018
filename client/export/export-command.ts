/**
 * "Minutes: Export to HTML": asks the server for the standalone page and writes it with
 * writeExport (atomic, never over the minutes file). Where: next to the source, in
 * `minutes.export.folder`, or, for unsaved documents and with `minutes.export.askForLocation`,
 * where a save dialog says. Tells the outcome in plain words, with Open and Reveal buttons.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExportError, exportErrorMessage, writeExport } from '../../language/export-file.js';
import type { MinutesServer } from '../minutes-server.js';
import type { ExtensionText } from '../../common/l10n/index.js';
import { exportSettings, uiStringsFor } from '../settings.js';
import { exportTarget, fileNameForTitle } from './export-target.js';

/** Asks where to save; undefined when the user cancels. */
async function askForTarget(suggested: vscode.Uri, text: ExtensionText): Promise<vscode.Uri | undefined> {
    return vscode.window.showSaveDialog({
        defaultUri: suggested,
        filters: { [text.htmlPage]: ['html', 'htm'] },
        saveLabel: text.exportButton,
        title: text.exportTitle,
    });
}

/** The folder of the workspace that holds the document, else the first workspace folder. */
function workspaceFolderOf(resource: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(resource) ?? vscode.workspace.workspaceFolders?.[0];
    return folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
}

/** Whether the extension runs on the user's own desktop, where the OS can open and reveal files. */
function isLocalDesktop(): boolean {
    return vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined;
}

/** Opens the exported page: in the default browser on a local desktop, else in VS Code. */
async function openExport(target: vscode.Uri): Promise<void> {
    if (isLocalDesktop() && await vscode.env.openExternal(target)) return;
    await vscode.commands.executeCommand('vscode.open', target);
}

/** How the file can be revealed here: the OS file manager, VS Code's explorer, or not at all. */
async function revealCommand(target: vscode.Uri): Promise<string | undefined> {
    const commands = await vscode.commands.getCommands(true);
    if (isLocalDesktop() && commands.includes('revealFileInOS')) return 'revealFileInOS';
    // In the browser (code-server) there is no OS file manager; the explorer shows workspace files.
    if (vscode.workspace.getWorkspaceFolder(target) && commands.includes('revealInExplorer')) return 'revealInExplorer';
    return undefined;
}

/** Exports the document `resource` to HTML; see the module comment. */
export async function exportToHtml(server: MinutesServer, resource: vscode.Uri): Promise<vscode.Uri | undefined> {
    // Every notice of this export speaks the document's language (see messageLanguage).
    const catalog = uiStringsFor(resource);
    const text = catalog.extension;
    const settings = exportSettings(resource);
    const onDisk = resource.scheme === 'file';
    const workspaceFolder = workspaceFolderOf(resource);

    let target: vscode.Uri;
    if (onDisk && !settings.askForLocation) {
        target = vscode.Uri.file(exportTarget(resource.fsPath, settings.folder, workspaceFolder));
    } else {
        let suggested: string;
        if (onDisk) {
            suggested = exportTarget(resource.fsPath, settings.folder, workspaceFolder);
        } else {
            let title: string | undefined;
            try {
                title = (await server.render(resource.toString())).title;
            } catch {
                // Only the suggested name suffers; the export itself reports real failures.
            }
            suggested = path.join(workspaceFolder ?? os.homedir(), fileNameForTitle(title));
        }
        const picked = await askForTarget(vscode.Uri.file(suggested), text);
        if (!picked) return undefined;
        if (picked.scheme !== 'file') {
            void vscode.window.showErrorMessage(text.exportNotOnDisk(picked.toString()));
            return undefined;
        }
        target = picked;
    }

    let html: string;
    try {
        html = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: text.exporting },
            () => server.exportHtml(resource.toString()),
        );
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(text.pageCouldNotBeMade(reason));
        return undefined;
    }

    try {
        // An unsaved document has no file; its name cannot clash with the target.
        await writeExport(onDisk ? resource.fsPath : resource.path, target.fsPath, html);
    } catch (error) {
        const message = error instanceof ExportError
            ? exportErrorMessage(error, catalog.lang)
            : text.couldNotWrite(target.fsPath, error instanceof Error ? error.message : String(error));
        void vscode.window.showErrorMessage(message);
        return undefined;
    }

    // The command is done once the file is written: the notification's buttons are offered
    // without holding up whoever ran the command (a keybinding, a task, a test).
    void offerOpenOrReveal(target, text);
    return target;
}

async function offerOpenOrReveal(target: vscode.Uri, text: ExtensionText): Promise<void> {
    const open = text.open;
    const reveal = text.reveal;
    const reveals = await revealCommand(target);
    const buttons = reveals ? [open, reveal] : [open];
    const choice = await vscode.window.showInformationMessage(text.exportedTo(target.fsPath), ...buttons);
    if (choice === open) await openExport(target);
    else if (choice === reveal && reveals) await vscode.commands.executeCommand(reveals, target);
}
