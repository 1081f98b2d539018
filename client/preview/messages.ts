/**
 * The messages between the extension host and the preview webview: one typed union per
 * direction, imported by both sides (client/preview/ and client/preview-src/). Every message
 * names its `source` (the previewed document's URI) so a stale message from a previous
 * document is recognisable.
 */
import type { PreviewStrings } from '../../common/l10n/index.js';

/** A problem of the previewed document as the preview lists it (0-based line). */
export interface PreviewDiagnostic {
    readonly line: number;
    readonly severity: 'error' | 'warning';
    readonly message: string;
    readonly code: string;
}

/** Extension host → webview. */
export type ToWebviewMessage =
    /** New rendered content: the webview replaces the article and the problem list. */
    | {
        readonly type: 'render';
        readonly source: string;
        readonly version: number;
        readonly html: string;
        readonly diagnostics: readonly PreviewDiagnostic[];
        readonly lang: 'sv' | 'en';
        readonly title: string;
        /** The language of the messages and of the preview's own labels (the document's, unless forced). */
        readonly viewLang: 'sv' | 'en';
        /** The preview's own labels in `viewLang`. */
        readonly strings: PreviewStrings;
    }
    /** The server could not render the document (it is starting, crashed, …). */
    | { readonly type: 'renderFailed'; readonly source: string; readonly message: string }
    /** The editor scrolled: show this (fractional, 0-based) source line at the top. */
    | { readonly type: 'scrollToLine'; readonly source: string; readonly line: number }
    /** `minutes.preview.scrollSync` changed. */
    | { readonly type: 'settingsChanged'; readonly source: string; readonly scrollSync: boolean };

/** Webview → extension host. */
export type FromWebviewMessage =
    /** The script has loaded (first load or after the webview was re-created): send the content. */
    | { readonly type: 'ready'; readonly source: string }
    /** The preview was scrolled by the user: the editor follows to this fractional line. */
    | { readonly type: 'revealLine'; readonly source: string; readonly line: number }
    /** Double-click or a click on a problem: put the cursor on this line in the editor. */
    | { readonly type: 'openLine'; readonly source: string; readonly line: number };

/** Settings the shell hands to the webview script in `data-settings`. */
export interface PreviewSettings {
    /** URI of the previewed document. */
    readonly source: string;
    /** Follow the editor's scrolling, and let the editor follow the preview's. */
    readonly scrollSync: boolean;
    /** Source line to show at the top once the first content arrives (restore, open at cursor). */
    readonly line?: number;
}

/** What the webview keeps with `vscode.setState`, and the serializer gets back after a reload. */
export interface PreviewState {
    readonly source: string;
    /** Fractional source line at the top of the preview. */
    readonly line?: number;
}

/** Localised UI strings of the webview (`{0}` is replaced by a number); their words are in common/l10n. */
export type { PreviewStrings };

/** True when a value received from the webview has the shape of a FromWebviewMessage. */
export function isFromWebviewMessage(value: unknown): value is FromWebviewMessage {
    if (typeof value !== 'object' || value === null) return false;
    const message = value as Record<string, unknown>;
    if (typeof message.source !== 'string') return false;
    switch (message.type) {
        case 'ready':
            return true;
        case 'revealLine':
        case 'openLine':
            return typeof message.line === 'number' && Number.isFinite(message.line) && message.line >= 0;
        default:
            return false;
    }
}
