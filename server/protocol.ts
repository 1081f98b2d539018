/**
 * The custom requests between the VS Code extension and the minutes language server, beyond
 * LSP: the preview's render and the export's page. Only types and method names live here, so
 * the extension can import this file without pulling in the server.
 */

/** `minutes/render`: the document rendered for the preview, once it is validated. */
export const RenderRequest = { method: 'minutes/render' } as const;

export interface RenderParams {
    /** The document's URI as the client knows it. */
    uri: string;
    /**
     * The version the client shows; the server answers once it has validated this version (or
     * a later one). Without it, the server answers with the version it has after pending edits.
     */
    version?: number;
}

/** A problem of the rendered document, for the preview's problem list (0-based line). */
export interface RenderDiagnostic {
    line: number;
    severity: 'error' | 'warning';
    message: string;
    code: string;
}

export interface RenderResult {
    uri: string;
    /** The version that was rendered. */
    version: number;
    /** `<article class="minutes">…</article>` with `data-line` attributes and the problem counts. */
    html: string;
    /** Errors and warnings, in document order. */
    diagnostics: RenderDiagnostic[];
    /** The document's own language (from its kind keyword): the labels in `html` use it. */
    lang: 'sv' | 'en';
    /**
     * The language of `diagnostics`' messages, which the preview's own labels must share: the
     * document's unless `minutes.messageLanguage` forces one (the reader's locale without a header).
     */
    viewLang: 'sv' | 'en';
    /** The minutes' title, or their kind when there is none. */
    title: string;
}

/** `minutes/exportHtml`: the standalone page for export, so the client need not parse. */
export const ExportHtmlRequest = { method: 'minutes/exportHtml' } as const;

export interface ExportHtmlParams {
    uri: string;
}

export interface ExportHtmlResult {
    html: string;
}
