/**
 * Shows an exported page rendered, in a panel of VS Code. Used where the system browser cannot
 * open the file (the browser-based VS Code, remote windows): `vscode.open` there shows the
 * HTML source, and the built-in Simple Browser only loads http(s) addresses, not files on the
 * server. The panel shows the file as written, with the page's own content security policy
 * (its one inline style, nothing else), and runs no script.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExtensionText } from '../../common/l10n/index.js';

/** The view type of the panel, so tests and users can tell it from the live preview. */
export const EXPORTED_PAGE_VIEW_TYPE = 'minutes.exportedPage';

/** Opens the page at `target` rendered in a new panel beside nothing: in the active editor group. */
export async function showExportedPage(target: vscode.Uri, text: ExtensionText): Promise<vscode.WebviewPanel> {
    const bytes = await vscode.workspace.fs.readFile(target);
    const panel = vscode.window.createWebviewPanel(
        EXPORTED_PAGE_VIEW_TYPE,
        text.exportedPageTitle(path.basename(target.path)),
        vscode.ViewColumn.Active,
        // The page loads nothing: no scripts, no local resources.
        { enableScripts: false, localResourceRoots: [] },
    );
    panel.webview.html = new TextDecoder('utf-8').decode(bytes);
    return panel;
}
