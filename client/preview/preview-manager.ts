/**
 * Owns the preview panels: opens or reveals the preview of a document, restores previews after
 * a window reload (WebviewPanelSerializer), routes the editor's scrolling and setting changes
 * to them, and knows which preview is active (for commands run from the preview).
 */
import * as vscode from 'vscode';
import type { MinutesServer } from '../minutes-server.js';
import { SECTION, uiStringsFor } from '../settings.js';
import { buildMessageShell } from './document-renderer.js';
import type { PreviewState } from '../../common/contract.js';
import { MinutesPreview, PREVIEW_VIEW_TYPE, previewTitle, previewWebviewOptions } from './preview.js';
import { topVisibleLine } from './scrolling.js';

/** Context key that is true while a minutes preview is the active editor. */
const PREVIEW_FOCUS_CONTEXT = 'minutesPreviewFocus';

function isPreviewState(value: unknown): value is PreviewState {
    return typeof value === 'object' && value !== null && typeof (value as PreviewState).source === 'string';
}

/** All minutes previews of the window. */
export class PreviewManager implements vscode.WebviewPanelSerializer<PreviewState>, vscode.Disposable {
    private readonly previews = new Set<MinutesPreview>();
    private readonly disposables: vscode.Disposable[] = [];
    private activePreviewValue: MinutesPreview | undefined;

    constructor(private readonly extensionUri: vscode.Uri, private readonly server: MinutesServer) {
        this.disposables.push(
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this),
            vscode.window.onDidChangeTextEditorVisibleRanges(event => this.onEditorScrolled(event.textEditor)),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration(`${SECTION}.preview.scrollSync`)) {
                    for (const preview of this.previews) preview.updateSettings();
                }
                // The server's message language and approval deadline change the rendered problems; the summary setting the page.
                if (['messageLanguage', 'approvalDeadlineDays', 'decisionSummary'].some(name => event.affectsConfiguration(`${SECTION}.${name}`))) {
                    for (const preview of this.previews) preview.refreshForNewSettings();
                }
            }),
        );
    }

    /** The preview that is the active editor, if any. */
    get activePreview(): MinutesPreview | undefined {
        return this.activePreviewValue?.active ? this.activePreviewValue : undefined;
    }

    /**
     * Shows the preview of a document: reveals an existing one, else opens a panel in the
     * editor's column or beside it. The preview starts at the editor's top visible line.
     */
    openPreview(resource: vscode.Uri, toSide: boolean): void {
        const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
        for (const preview of this.previews) {
            if (preview.isPreviewOf(resource)) {
                preview.panel.reveal(toSide ? undefined : column, toSide);
                return;
            }
        }
        const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === resource.toString());
        const panel = vscode.window.createWebviewPanel(
            PREVIEW_VIEW_TYPE,
            previewTitle(resource),
            { viewColumn: column, preserveFocus: toSide },
            previewWebviewOptions(this.extensionUri),
        );
        this.track(new MinutesPreview(panel, resource, this.extensionUri, this.server, editor ? topVisibleLine(editor) : undefined));
    }

    /** Restores a preview after a window reload, from the state its webview saved. */
    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
        if (!isPreviewState(state)) {
            // Nothing says which document it showed: a blank panel would only confuse.
            panel.dispose();
            return;
        }
        const resource = vscode.Uri.parse(state.source);
        try {
            await vscode.workspace.fs.stat(resource);
        } catch {
            if (resource.scheme !== 'untitled') {
                panel.webview.options = previewWebviewOptions(this.extensionUri);
                const style = panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css')).toString();
                // The file is gone, so its language is unknown: the setting or the editor's decides.
                const catalog = uiStringsFor(resource);
                panel.webview.html = buildMessageShell(panel.webview.cspSource, [style], catalog.lang,
                    catalog.extension.notFound(resource.fsPath || state.source));
                return;
            }
        }
        this.track(new MinutesPreview(panel, resource, this.extensionUri, this.server, state.line));
    }

    dispose(): void {
        for (const preview of [...this.previews]) preview.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }

    private track(preview: MinutesPreview): void {
        this.previews.add(preview);
        this.setActive(preview, preview.panel.active);
        preview.onDidChangeActive(active => this.setActive(preview, active));
        preview.onDidDispose(() => {
            this.previews.delete(preview);
            if (this.activePreviewValue === preview) this.setActive(preview, false);
        });
    }

    private setActive(preview: MinutesPreview, active: boolean): void {
        if (active) this.activePreviewValue = preview;
        else if (this.activePreviewValue === preview) this.activePreviewValue = undefined;
        void vscode.commands.executeCommand('setContext', PREVIEW_FOCUS_CONTEXT, this.activePreviewValue !== undefined);
    }

    private onEditorScrolled(editor: vscode.TextEditor): void {
        if (editor.document.languageId !== 'minutes') return;
        const line = topVisibleLine(editor);
        if (line === undefined) return;
        for (const preview of this.previews) {
            if (preview.isPreviewOf(editor.document.uri)) preview.scrollToLine(line);
        }
    }
}
