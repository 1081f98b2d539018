/** Reads the extension's settings (section `minutes`) for a document. */
import * as vscode from 'vscode';
import type { Lang } from '../language/keywords.js';
import { resolveMessageLanguage } from '../language/messages.js';

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

/** The language of our messages: `minutes.messageLanguage`, `auto` = VS Code's display language. */
export function messageLanguage(resource?: vscode.Uri): Lang {
    const setting = vscode.workspace.getConfiguration(SECTION, resource).get<string>('messageLanguage', 'auto');
    return resolveMessageLanguage(setting, vscode.env.language);
}
