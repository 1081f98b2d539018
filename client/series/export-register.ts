/**
 * "Minutes: Export Register of Decisions and Actions…" (SERIES.md "Registers"): the register page
 * of a series, as `minutes export --register` makes it. The series is the one of the file the
 * command is given (the explorer, a meeting of the "Minutes" view), else of the active minutes
 * editor, else the only one of the workspace or the one the user picks. A save dialog asks where,
 * offering `register.html` in the series' folder (or in `minutes.export.folder`, where the other
 * exports go and the register's links then lead). The server makes and writes the page
 * (`minutes/exportRegister`); the extension never parses minutes. Afterwards it says where it
 * wrote, with Open (the page as the HTML export shows it) and Reveal.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Catalog } from '../../common/l10n/index.js';
import { REGISTER_FILE_NAME } from '../../common/export-path.js';
import type { MinutesServer } from '../minutes-server.js';
import { exportSettings, uiStringsFor, uiStrings } from '../settings.js';
import { HTML_EXPORT, offerOpenOrReveal } from '../export/export-command.js';
import { exportTarget } from '../export/export-target.js';
import { todayIso } from './series-view.js';

/** A minutes file of the series named by the command's argument: a URI, its text, or a node of the view. */
function argumentResource(argument: unknown): vscode.Uri | undefined {
    if (argument instanceof vscode.Uri) return argument;
    if (typeof argument === 'string' && argument) return vscode.Uri.parse(argument);
    const node = argument as { meeting?: { uri?: unknown }; location?: { uri?: unknown } } | undefined;
    const uri = node?.meeting?.uri ?? node?.location?.uri;
    return typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined;
}

/** A meeting of the series to export when nothing names one: the only series, or the one picked; undefined when none or cancelled. */
async function pickSeries(server: MinutesServer, catalog: Catalog): Promise<vscode.Uri | undefined> {
    const words = catalog.series.register;
    const { series } = await server.series(todayIso());
    const choices = series.filter(entry => entry.meetings.length > 0).map(entry => ({
        label: entry.title,
        description: vscode.workspace.asRelativePath(path.posix.dirname(vscode.Uri.parse(entry.meetings[0].uri).path)),
        uri: entry.meetings[0].uri
    }));
    if (choices.length === 0) {
        void vscode.window.showInformationMessage(words.noSeries);
        return undefined;
    }
    const picked = choices.length === 1 ? choices[0] : await vscode.window.showQuickPick(choices, { title: words.dialogTitle, placeHolder: words.pickSeries });
    return picked && vscode.Uri.parse(picked.uri);
}

/** The folder of every meeting's exported page when `minutes.export.folder` names one; undefined when each is beside its minutes. */
function pagesFolder(resource: vscode.Uri): string | undefined {
    const { folder } = exportSettings(resource);
    if (!folder) return undefined;
    const workspace = vscode.workspace.getWorkspaceFolder(resource) ?? vscode.workspace.workspaceFolders?.[0];
    return path.dirname(exportTarget(resource.fsPath, folder, workspace?.uri.scheme === 'file' ? workspace.uri.fsPath : undefined));
}

/** Exports the register of a series (see the module comment); resolves to the written file's URI, undefined when nothing was written. */
export async function exportRegister(server: MinutesServer, argument?: unknown): Promise<vscode.Uri | undefined> {
    const editor = vscode.window.activeTextEditor;
    const active = editor?.document.languageId === 'minutes' ? editor.document.uri : undefined;
    const resource = argumentResource(argument) ?? active ?? await pickSeries(server, uiStrings());
    if (!resource) return undefined;
    const catalog = uiStringsFor(resource);
    const words = catalog.series.register;
    const pages = resource.scheme === 'file' ? pagesFolder(resource) : undefined;
    const suggested = path.join(pages ?? path.dirname(resource.fsPath), REGISTER_FILE_NAME);
    const target = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.file(suggested),
        filters: { [words.fileType]: HTML_EXPORT.fileExtensions },
        saveLabel: catalog.extension.exportButton,
        title: words.dialogTitle,
    });
    if (!target) return undefined;
    let answer;
    try {
        answer = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: words.exporting }, () => server.exportRegister({
            uri: resource.toString(), target: target.toString(), pagesFolder: pages && vscode.Uri.file(pages).toString(), today: todayIso(),
            // Picked in the save dialog: the reader named it.
            named: true
        }));
    } catch (error) {
        void vscode.window.showErrorMessage(words.couldNotBeMade(error instanceof Error ? error.message : String(error)));
        return undefined;
    }
    if (!answer.written) {
        void vscode.window.showErrorMessage(answer.problem);
        return undefined;
    }
    // Done once written: the notification's buttons do not hold up whoever ran the command.
    void offerOpenOrReveal(target, catalog.extension, HTML_EXPORT);
    return target;
}
