/**
 * "New minutes from previous" (SERIES.md): the server writes the next meeting's minutes of the
 * series from its latest ones; the extension creates the file beside them — never over an
 * existing file — and opens it.
 */
import * as vscode from 'vscode';
import { strings } from '../../common/l10n/index.js';
import type { MinutesServer } from '../minutes-server.js';
import { messageLanguage } from '../settings.js';
import { todayIso } from './series-view.js';

/** Creates and opens the next meeting's minutes of the series of `resource`; resolves to the new file's URI. */
export async function newFromPrevious(server: MinutesServer, resource: vscode.Uri): Promise<vscode.Uri | undefined> {
    const made = await server.newFromPrevious(resource.toString(), todayIso());
    const target = vscode.Uri.parse(made.uri);
    const words = strings(messageLanguage(resource)).series;
    const shown = vscode.workspace.asRelativePath(target);
    try {
        await vscode.workspace.fs.stat(target);
        void vscode.window.showErrorMessage(words.newExists(shown));
        return undefined;
    } catch {
        // Not there: it may be written.
    }
    // Created only if it does not exist (a file that appeared meanwhile is not overwritten).
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(made.text) });
    if (!await vscode.workspace.applyEdit(edit)) {
        void vscode.window.showErrorMessage(words.newExists(shown));
        return undefined;
    }
    const document = await vscode.workspace.openTextDocument(target);
    await document.save();
    await vscode.window.showTextDocument(document);
    void vscode.window.showInformationMessage(made.dated ? words.newWrote(shown) : `${words.newWrote(shown)} ${words.newNoDate(vscode.workspace.asRelativePath(resource))}`);
    return target;
}
