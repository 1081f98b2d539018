/**
 * One preview panel: its webview, the renders it asks the server for, the scroll sync with
 * the editor, and its disposables (one array, disposed with the panel).
 */
import * as vscode from 'vscode';
import type { MinutesServer } from '../minutes-server.js';
import { strings, type Lang } from '../../common/l10n/index.js';
import { scrollSyncEnabled, uiStringsFor } from '../settings.js';
import { buildPreviewShell } from './document-renderer.js';
import type { FromWebviewMessage, ToWebviewMessage } from '../../common/contract.js';
import { isFromWebviewMessage } from './webview-message-guard.js';
import { RenderThrottle } from './render-throttle.js';
import { ScrollGuard } from './scroll-guard.js';
import { scrollEditorToLine } from './scrolling.js';

/** The webview panel type; also the serializer's key. */
export const PREVIEW_VIEW_TYPE = 'minutes.preview';

/** Milliseconds between renders while typing, as in the Markdown preview. */
const RENDER_DELAY_MS = 300;

/**
 * How long one render may take before it is cancelled. A request that never returns would
 * otherwise hold back every later render of this preview.
 */
const RENDER_TIMEOUT_MS = 10_000;

/** How long after a settings change the preview waits for the re-validated diagnostics. */
const SETTINGS_RENDER_WAIT_MS = 20_000;

/** The options every preview webview gets: scripts on, no forms, only media/ loadable. */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
        enableScripts: true,
        enableForms: false,
        enableFindWidget: true,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    };
}

/** The panel title for a document, in `lang` (default: the document's language as messageLanguage decides). */
export function previewTitle(resource: vscode.Uri, lang: Lang = uiStringsFor(resource).lang): string {
    const name = resource.path.split('/').pop() || resource.toString();
    return strings(lang).extension.previewTitle(name);
}

/** The live preview of one minutes document in one webview panel. */
export class MinutesPreview {
    private readonly disposables: vscode.Disposable[] = [];
    private readonly throttle: RenderThrottle<number>;
    /** Set while we scroll the editor for the preview, so the editor's echo is not sent back. */
    private readonly editorScrollGuard = new ScrollGuard(200);
    private readonly onDidDisposeEmitter = new vscode.EventEmitter<void>();
    private readonly onDidChangeActiveEmitter = new vscode.EventEmitter<boolean>();
    /** Fires once when the panel is closed. */
    readonly onDidDispose = this.onDidDisposeEmitter.event;
    /** Fires when the panel becomes the active editor or stops being it. */
    readonly onDidChangeActive = this.onDidChangeActiveEmitter.event;
    private lastRender: ToWebviewMessage | undefined;
    private disposed = false;
    private readonly source: string;
    /** Cancels the render in flight when the preview closes. */
    private renderCancellation: vscode.CancellationTokenSource | undefined;
    /** Waits for the diagnostics after a settings change (see refreshForNewSettings). */
    private afterSettingsChange: vscode.Disposable | undefined;

    constructor(
        readonly panel: vscode.WebviewPanel,
        readonly resource: vscode.Uri,
        private readonly extensionUri: vscode.Uri,
        private readonly server: MinutesServer,
        startLine: number | undefined,
    ) {
        this.source = resource.toString();
        this.throttle = new RenderThrottle<number>({
            delayMs: RENDER_DELAY_MS,
            currentVersion: () => this.openDocument()?.version,
            render: () => this.render(),
        });
        panel.title = previewTitle(resource);
        panel.iconPath = {
            light: vscode.Uri.joinPath(extensionUri, 'media', 'preview-light.svg'),
            dark: vscode.Uri.joinPath(extensionUri, 'media', 'preview-dark.svg'),
        };
        panel.webview.options = previewWebviewOptions(extensionUri);
        panel.webview.html = this.shell(startLine);

        this.disposables.push(
            this.throttle,
            this.onDidDisposeEmitter,
            this.onDidChangeActiveEmitter,
            panel.onDidDispose(() => this.dispose()),
            // A hidden webview is torn down and its messages are dropped; when it is shown again
            // its script reloads and says 'ready', and gets the last render then.
            panel.onDidChangeViewState(({ webviewPanel }) => this.onDidChangeActiveEmitter.fire(webviewPanel.active)),
            panel.webview.onDidReceiveMessage((message: unknown) => {
                if (isFromWebviewMessage(message) && message.source === this.source) {
                    void this.onMessage(message);
                }
            }),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (this.isPreviewOf(event.document.uri) && event.contentChanges.length > 0) this.throttle.request();
            }),
            // Versions restart at 1 when a document is reopened: render regardless.
            vscode.workspace.onDidOpenTextDocument(document => {
                if (this.isPreviewOf(document.uri)) this.throttle.request(true);
            }),
        );
        this.throttle.request();
    }

    /** Whether this preview shows that document. */
    isPreviewOf(resource: vscode.Uri): boolean {
        return resource.toString() === this.source;
    }

    get active(): boolean {
        return !this.disposed && this.panel.active;
    }

    /** Renders again now or soon; `force` ignores an unchanged version (settings changed). */
    refresh(force = false): void {
        this.throttle.request(force);
    }

    /**
     * The message language or the approval deadline changed. Renders now, and again once the
     * server has published the document's diagnostics under the new settings: the server may
     * get the new settings only after this first request, and its re-validation alone would
     * not reach the preview.
     */
    refreshForNewSettings(): void {
        this.refresh(true);
        this.afterSettingsChange?.dispose();
        const listener = vscode.languages.onDidChangeDiagnostics(event => {
            if (!event.uris.some(uri => this.isPreviewOf(uri))) return;
            done.dispose();
            this.refresh(true);
        });
        const timer = setTimeout(() => done.dispose(), SETTINGS_RENDER_WAIT_MS);
        const done = new vscode.Disposable(() => {
            clearTimeout(timer);
            listener.dispose();
            if (this.afterSettingsChange === done) this.afterSettingsChange = undefined;
        });
        this.afterSettingsChange = done;
    }

    /** The editor scrolled: bring that source line to the top of the preview. */
    scrollToLine(line: number): void {
        if (this.disposed || this.editorScrollGuard.active) return;
        this.post({ type: 'scrollToLine', source: this.source, line });
    }

    /** Tells the webview that `minutes.preview.scrollSync` changed. */
    updateSettings(): void {
        this.post({ type: 'settingsChanged', source: this.source, scrollSync: scrollSyncEnabled(this.resource) });
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.renderCancellation?.cancel();
        this.afterSettingsChange?.dispose();
        this.onDidDisposeEmitter.fire();
        this.panel.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }

    private shell(line: number | undefined): string {
        const webview = this.panel.webview;
        const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', file)).toString();
        // Until the first render says the document's view language, the open document's header decides.
        const catalog = uiStringsFor(this.resource);
        return buildPreviewShell({
            cspSource: webview.cspSource,
            scriptUri: media('preview.js'),
            styleUris: [media('minutes.css'), media('preview.css')],
            settings: { source: this.source, scrollSync: scrollSyncEnabled(this.resource), line },
            strings: catalog.preview,
            uiLanguage: catalog.lang,
            title: previewTitle(this.resource, catalog.lang),
        }).html;
    }

    private openDocument(): vscode.TextDocument | undefined {
        return vscode.workspace.textDocuments.find(document => this.isPreviewOf(document.uri));
    }

    /** Asks the server for the current document; true when the result went to the webview (or waits for its 'ready'). */
    private async render(): Promise<boolean> {
        let document: vscode.TextDocument;
        try {
            // Opening it also syncs it to the language server if no editor has it open.
            document = this.openDocument() ?? await vscode.workspace.openTextDocument(this.resource);
        } catch {
            this.post({ type: 'renderFailed', source: this.source, message: uiStringsFor(this.resource).extension.notFound(this.resource.fsPath || this.source) });
            return false;
        }
        const cancellation = new vscode.CancellationTokenSource();
        this.renderCancellation = cancellation;
        const timer = setTimeout(() => cancellation.cancel(), RENDER_TIMEOUT_MS);
        try {
            const result = await this.server.render(this.source, document.version, cancellation.token);
            if (this.disposed) return false;
            this.lastRender = {
                type: 'render',
                source: this.source,
                version: result.version,
                html: result.html,
                diagnostics: result.diagnostics,
                lang: result.lang,
                title: result.title,
                // The preview's own labels speak the language of the messages they list.
                viewLang: result.viewLang,
                strings: strings(result.viewLang).preview,
            };
            this.panel.title = previewTitle(this.resource, result.viewLang);
            this.post(this.lastRender);
            return true;
        } catch (error) {
            if (this.disposed) return false;
            const message = cancellation.token.isCancellationRequested
                ? uiStringsFor(this.resource).extension.serverTooSlow
                : error instanceof Error ? error.message : String(error);
            this.post({ type: 'renderFailed', source: this.source, message });
            return false;
        } finally {
            clearTimeout(timer);
            cancellation.dispose();
            if (this.renderCancellation === cancellation) this.renderCancellation = undefined;
        }
    }

    /**
     * Sends a message to the webview. A message sent before its script listens, or while it is
     * hidden, is lost; that is fine because the script says 'ready' when it (re)loads.
     */
    private post(message: ToWebviewMessage): void {
        if (this.disposed) return;
        void this.panel.webview.postMessage(message);
    }

    private async onMessage(message: FromWebviewMessage): Promise<void> {
        switch (message.type) {
            case 'ready':
                if (this.lastRender) this.post(this.lastRender);
                else this.throttle.request(true);
                return;
            case 'revealLine':
                if (!scrollSyncEnabled(this.resource)) return;
                for (const editor of vscode.window.visibleTextEditors) {
                    if (this.isPreviewOf(editor.document.uri)) {
                        this.editorScrollGuard.hold();
                        scrollEditorToLine(message.line, editor);
                    }
                }
                return;
            case 'openLine':
                await this.revealInEditor(message.line);
                return;
            case 'openLink':
                // Strict parsing: the address as the guard checked it, nothing made up around it.
                await vscode.env.openExternal(vscode.Uri.parse(message.href, true));
                return;
        }
    }

    /** Puts the cursor on a line in the document's editor, opening one beside the preview if none is visible. */
    private async revealInEditor(line: number): Promise<void> {
        const visible = vscode.window.visibleTextEditors.find(editor => this.isPreviewOf(editor.document.uri));
        try {
            const document = visible?.document ?? await vscode.workspace.openTextDocument(this.resource);
            const column = visible?.viewColumn
                ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
            const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
            const position = new vscode.Position(Math.min(line, document.lineCount - 1), 0);
            editor.selection = new vscode.Selection(position, position);
            this.editorScrollGuard.hold();
            editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        } catch {
            void vscode.window.showErrorMessage(uiStringsFor(this.resource).extension.notFound(this.resource.fsPath || this.source));
        }
    }
}
