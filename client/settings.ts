/** Reads the extension's settings (section `minutes`) for a document. */
import * as vscode from 'vscode';
import { strings, viewLanguage, type Catalog, type Lang } from '../common/l10n/index.js';
import { languageOfText } from '../language/model.js';

export const SECTION = 'minutes';

/** `minutes.preview.scrollSync`: the preview follows the editor's scrolling and back. */
export function scrollSyncEnabled(resource?: vscode.Uri): boolean {
    return vscode.workspace.getConfiguration(SECTION, resource).get<boolean>('preview.scrollSync', true);
}

/** `minutes.export.folder` and `minutes.export.askForLocation`. */
export function exportSettings(resource?: vscode.Uri): { folder: string; askForLocation: boolean } {
    const config = vscode.workspace.getConfiguration(SECTION, resource);
    return {
        folder: config.get<string>('export.folder', '').trim(),
        askForLocation: config.get<boolean>('export.askForLocation', false),
    };
}

/**
 * The language of our messages about `resource`: `minutes.messageLanguage` when it forces one,
 * else the document's own language (`documentLang`, from its header), else VS Code's display
 * language. Messages not about a document pass neither.
 */
export function messageLanguage(resource?: vscode.Uri, documentLang?: Lang): Lang {
    const setting = vscode.workspace.getConfiguration(SECTION, resource).get<string>('messageLanguage', 'auto');
    return viewLanguage(setting, documentLang, vscode.env.language);
}

/** The extension's strings for a document (its language, as in messageLanguage), or for no document. */
export function uiStrings(document?: vscode.TextDocument): Catalog {
    return strings(messageLanguage(document?.uri, document && languageOfText(document.getText())));
}

/** The extension's strings for a file that may not be open: its open document's language if it is open. */
export function uiStringsFor(resource: vscode.Uri): Catalog {
    const open = vscode.workspace.textDocuments.find(document => document.uri.toString() === resource.toString());
    return open ? uiStrings(open) : strings(messageLanguage(resource));
}
