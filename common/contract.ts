/**
 * The contract between the rooms of the house: the custom requests between the VS Code
 * extension and the minutes language server (beyond LSP), and the messages between the
 * extension host and the preview webview. Only types and method names live here, so the
 * server, the extension, the webview bundle and the CLI can all import this file without
 * pulling in anything else. The webview shows what the server rendered, so both halves share
 * one diagnostic type.
 */
import type { Lang, PreviewStrings } from './l10n/index.js';
import type { OutputRequest } from '../language/render/outputs.js';

// ---------------------------------------------------------------------------------------------
// Extension ⇄ language server

/** `minutes/render`: the document rendered for the preview, once it is validated. */
export const RenderRequest = { method: 'minutes/render' } as const;

/** The parameters of `minutes/render`. */
export interface RenderParams {
    /** The document's URI as the client knows it. */
    uri: string;
    /**
     * The version the client shows; the server answers once it has validated this version (or
     * a later one). Without it, the server answers with the version it has after pending edits.
     */
    version?: number;
}

/**
 * A problem of the rendered document as the preview lists it (0-based line): errors and
 * warnings only, the way the server sends them and the webview shows them.
 */
export interface RenderDiagnostic {
    readonly line: number;
    readonly severity: 'error' | 'warning';
    readonly message: string;
    readonly code: string;
}

/** What the preview shows of one rendered version of a document. */
export interface RenderedMinutes {
    /** The version that was rendered. */
    readonly version: number;
    /** `<article class="minutes">…</article>` with `data-line` attributes and the problem counts. */
    readonly html: string;
    /** Errors and warnings, in document order. */
    readonly diagnostics: readonly RenderDiagnostic[];
    /** The document's own language (from its kind keyword): the labels in `html` use it. */
    readonly lang: Lang;
    /**
     * The language of `diagnostics`' messages, which the preview's own labels must share: the
     * document's unless `minutes.messageLanguage` forces one (the reader's locale without a header).
     */
    readonly viewLang: Lang;
    /** The minutes' title, or their kind when there is none. */
    readonly title: string;
}

/** The answer to `minutes/render`. */
export interface RenderResult extends RenderedMinutes {
    readonly uri: string;
    /**
     * Where each link of `html` to another meeting (`kfn-2026-02-17.html#p14`, by its `href`)
     * leads in the editor: the extension opens only these when the preview asks (`openLink`).
     */
    readonly links?: Readonly<Record<string, SeriesLocation>>;
}

/** `minutes/exportHtml`: the standalone page for export, so the client need not parse. */
export const ExportHtmlRequest = { method: 'minutes/exportHtml' } as const;

/** The parameters of `minutes/exportHtml`. */
export interface ExportHtmlParams {
    uri: string;
}

/** The answer to `minutes/exportHtml`. */
export interface ExportHtmlResult {
    /** The standalone page; it says at its top when the document has errors. */
    html: string;
    /** The document's errors: the extension asks before it writes a page with errors. */
    errors: number;
    /** The minutes' title, or their kind when there is none (names an unsaved document's page). */
    title: string;
}

/** `minutes/exportPdf`: the PDF for export, made by the server (the client does not parse). */
export const ExportPdfRequest = { method: 'minutes/exportPdf' } as const;

/** The parameters of `minutes/exportPdf`. */
export type ExportPdfParams = ExportHtmlParams;

/** The answer to `minutes/exportPdf`. */
export interface ExportPdfResult {
    /** The PDF's bytes in base64 (JSON-RPC carries text); it says at its top when the document has errors. */
    pdf: string;
    /** The document's errors: the extension asks before it writes a PDF with errors. */
    errors: number;
    /** The minutes' title, or their kind when there is none (names an unsaved document's PDF). */
    title: string;
}

/**
 * `minutes/exportRecord`: an output of the formal record (issue 14), made by the server: the
 * notice of approval, an extract of some items, or the public version, as HTML or PDF.
 */
export const ExportRecordRequest = { method: 'minutes/exportRecord' } as const;

/** The parameters of `minutes/exportRecord`. */
export interface ExportRecordParams {
    uri: string;
    /** `{ kind: 'notice' }`, `{ kind: 'extract', items: '§ 14, 16' }`, `{ kind: 'minutes', public: true }`. */
    output: OutputRequest;
    format: 'html' | 'pdf';
}

/** The answer to `minutes/exportRecord`: the file, or why the document cannot give it. */
export type ExportRecordResult =
    | {
        readonly refused: false;
        /** The standalone page, or the PDF's bytes in base64 (JSON-RPC carries text). */
        readonly data: string;
        /** The document's errors: the extension asks before it writes a file with errors. */
        readonly errors: number;
        /** The output's title (names an unsaved document's file). */
        readonly title: string;
        /** What the file's default name gets after the source's: `anslag`, `utdrag-14`, `offentlig`. */
        readonly fileSuffix?: string;
    }
    /** One sentence in the reader's language: a notice without `Justering` or `Anslag`, an item the minutes lack. */
    | { readonly refused: true; readonly refusal: string };

// ---------------------------------------------------------------------------------------------
// Extension ⇄ language server: the series of the workspace (SERIES.md), for the "Minutes" view
// and "New minutes from previous".

/** `minutes/series`: the actions and decisions of every series of the workspace. */
export const SeriesRequest = { method: 'minutes/series' } as const;

/** The parameters of `minutes/series`. */
export interface SeriesParams {
    /** The reader's "today" (ISO date); the server's clock when not given. */
    today?: string;
}

/** A place in a file: the view's entries open it. */
export interface SeriesLocation {
    readonly uri: string;
    /** 0-based. */
    readonly line: number;
}

/** An action of a series as the view lists it. */
export interface SeriesActionView extends SeriesLocation {
    /** `2026-05-20 punkt 3`. */
    readonly identity: string;
    readonly text: string;
    readonly owners: readonly string[];
    /** ISO date, when the deadline is a date. */
    readonly due?: string;
    /** The deadline as written. */
    readonly dueText?: string;
    readonly state: 'open' | 'ongoing' | 'done' | 'dropped';
    readonly overdue: boolean;
    /** The date of the meeting that closed it. */
    readonly closedBy?: string;
}

/** A decision as the view lists it. */
export interface SeriesDecisionView extends SeriesLocation {
    /** `§ 14`, `punkt 3`. */
    readonly item: string;
    readonly title: string;
    readonly text: string;
}

/**
 * One meeting of a series: how many actions and decisions it has; the view asks for them
 * (`minutes/seriesMeeting`) when the meeting is opened, so a workspace of thousands of minutes
 * is not sent whole at every change.
 */
export interface SeriesMeetingView extends SeriesLocation {
    readonly date: string;
    readonly title: string;
    readonly actionCount: number;
    readonly decisionCount: number;
}

/** One series: a body's minutes in one folder. */
export interface SeriesView {
    readonly title: string;
    /** Its meetings in date order. */
    readonly meetings: readonly SeriesMeetingView[];
    /** The open actions, overdue first. */
    readonly openActions: readonly SeriesActionView[];
}

/** `minutes/seriesMeeting`: the actions given at one meeting (in their state now) and its decisions. */
export const SeriesMeetingRequest = { method: 'minutes/seriesMeeting' } as const;

/** The parameters of `minutes/seriesMeeting`. */
export interface SeriesMeetingParams {
    uri: string;
    today?: string;
}

/** The answer to `minutes/seriesMeeting`. */
export interface SeriesMeetingResult {
    readonly actions: readonly SeriesActionView[];
    readonly decisions: readonly SeriesDecisionView[];
}

/** The answer to `minutes/series`. */
export interface SeriesResult {
    readonly series: readonly SeriesView[];
}

/** `minutes/seriesChanged` (server → extension): the series changed; the view asks again. */
export const SeriesChangedNotification = { method: 'minutes/seriesChanged' } as const;

/** `minutes/newFromPrevious`: the text and file of the next meeting's minutes, written by the extension. */
export const NewFromPreviousRequest = { method: 'minutes/newFromPrevious' } as const;

/** The parameters of `minutes/newFromPrevious`. */
export interface NewFromPreviousParams {
    /** A minutes file of the series; the latest of its series is the previous meeting. */
    uri: string;
    today?: string;
}

/** The answer to `minutes/newFromPrevious`. */
export interface NewFromPreviousResult {
    /** Where the new file goes: beside the previous one. */
    readonly uri: string;
    readonly text: string;
    /** Whether the previous minutes gave the next meeting's date (without it the new file has none). */
    readonly dated: boolean;
}

/**
 * `minutes/exportRegister`: the register page of a series (every decision and action, linking
 * to each meeting's exported page), made and written by the server as `minutes export
 * --register` does (common/register-export.ts): atomic, never through a link the reader did
 * not name, never over a minutes file.
 */
export const ExportRegisterRequest = { method: 'minutes/exportRegister' } as const;

/** The parameters of `minutes/exportRegister`. */
export interface ExportRegisterParams {
    /** A minutes file of the series (the view's meeting, the open editor's file). */
    uri: string;
    /** The file to write (a `file:` URI): its links are relative to its folder. */
    target: string;
    /**
     * The folder (a `file:` URI) that holds every meeting's exported page, as `minutes.export.folder`
     * says; without it, each meeting's page is beside its minutes file.
     */
    pagesFolder?: string;
    /** The reader's "today" (ISO date), for what is overdue; the server's clock when not given. */
    today?: string;
    /**
     * The reader named the target (a save dialog): a symbolic link there is followed, as the
     * HTML export and `minutes export --register -o` do (common/write-file.ts); a target the
     * extension computed is never written through a link.
     */
    named?: boolean;
}

/** The answer to `minutes/exportRegister`: where it wrote, or why it did not, in the reader's language. */
export type ExportRegisterResult =
    | { readonly written: true; readonly target: string }
    | { readonly written: false; readonly problem: string };

// ---------------------------------------------------------------------------------------------
// Extension host ⇄ preview webview. Every message names its `source` (the previewed document's
// URI) so a stale message from a previous document is recognisable.

/** Extension host → webview. */
export type ToWebviewMessage =
    /** New rendered content: the webview replaces the article and the problem list. */
    | ({
        readonly type: 'render';
        readonly source: string;
        /** The preview's own labels in `viewLang`. */
        readonly strings: PreviewStrings;
    } & RenderedMinutes)
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
    | { readonly type: 'openLine'; readonly source: string; readonly line: number }
    /**
     * A click on a link in the minutes: an address (`http`, `https`, `mailto` only), which VS Code
     * opens after asking the user as it does for any link, or a link to another meeting
     * (`kfn-2026-02-17.html#p14`, as written in the page), which opens that meeting's minutes
     * at the item if the last render had that link.
     */
    | { readonly type: 'openLink'; readonly source: string; readonly href: string };

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
