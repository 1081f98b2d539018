/**
 * The preview's and the export's requests (common/contract.ts): the document rendered by the
 * one renderer (language/render/html.ts) once the server has validated the version the
 * client shows, so the preview's HTML and its problem list always belong together.
 */
import { DocumentState, URI, isOperationCancelled, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import type { Document } from '../language/generated/ast.js';
import { errorCount, severityName } from '../language/diagnostics.js';
import { Code } from '../language/messages.js';
import { documentLanguage } from '../language/model.js';
import { strings, viewLanguage, type ServerText } from '../common/l10n/index.js';
import { diagnosticsLanguage, languageFor } from '../language/messages.js';
import type { MinutesServices, MinutesSettings } from '../language/minutes-module.js';
import { minutesTitle, renderBody, renderStandalonePage } from '../language/render/html.js';
import {
    ExportHtmlRequest, ExportPdfRequest, ExportRecordRequest, RenderRequest, type ExportHtmlParams, type ExportHtmlResult, type ExportPdfParams,
    type ExportPdfResult, type ExportRecordParams, type ExportRecordResult, type RenderDiagnostic, type RenderParams, type RenderResult
} from '../common/contract.js';
import { renderDocumentPdf, renderPdf } from '../pdf/render-pdf.js';
import { renderModelPage } from '../language/render/html.js';
import { buildOutput } from '../language/render/outputs.js';
import { describeError, logTo } from './document-failures.js';
import { withDocument } from './document-lifecycle.js';

/** How long a request waits for the document to be validated before it gives up. */
const VALIDATION_TIMEOUT_MS = 20_000;
/** How often a waiting request looks again, in case a build finished without telling it. */
const RECHECK_MS = 1_000;

/** Registers `minutes/render`, `minutes/exportHtml`, `minutes/exportPdf` and `minutes/exportRecord` on the connection. */
export function registerRenderRequest(connection: Connection, shared: LangiumSharedServices): void {
    const log = logTo(connection);
    connection.onRequest(RenderRequest.method, (params: RenderParams, token: CancellationToken): Promise<RenderResult> =>
        respond(shared, params.uri, log, async () => {
            const document = await validatedDocument(shared, { uri: params.uri, version: params.version, mustBeOpen: true }, token);
            return renderResult(params.uri, document, settingsFor(shared, document.uri));
        }));
    // A closed workspace file is held as a summary only (workspace-index.ts): it is read again to be exported.
    connection.onRequest(ExportHtmlRequest.method, (params: ExportHtmlParams, token: CancellationToken): Promise<ExportHtmlResult> =>
        respond(shared, params.uri, log, () => withDocument(shared, URI.parse(params.uri), async () =>
            exportResult(await validatedDocument(shared, { uri: params.uri, mustBeOpen: false }, token)))));
    connection.onRequest(ExportPdfRequest.method, (params: ExportPdfParams, token: CancellationToken): Promise<ExportPdfResult> =>
        respond(shared, params.uri, log, () => withDocument(shared, URI.parse(params.uri), async () =>
            exportPdfResult(await validatedDocument(shared, { uri: params.uri, mustBeOpen: false }, token)))));
    connection.onRequest(ExportRecordRequest.method, (params: ExportRecordParams, token: CancellationToken): Promise<ExportRecordResult> =>
        respond(shared, params.uri, log, () => withDocument(shared, URI.parse(params.uri), async () => {
            const document = await validatedDocument(shared, { uri: params.uri, mustBeOpen: false }, token);
            return exportRecordResult(document, params, settingsFor(shared, document.uri));
        })));
}

/** The reader's settings in the language services that own the document at `uri`. */
function settingsFor(shared: LangiumSharedServices, uri: URI): MinutesSettings {
    return (shared.ServiceRegistry.getServices(uri) as unknown as MinutesServices).settings.Settings;
}

/**
 * The server's answers about the document at `uri`, in its views' language; without a
 * document (or before it is read) the setting or the locale decides.
 */
function serverText(shared: LangiumSharedServices, uri: URI, document?: LangiumDocument): ServerText {
    const settings = settingsFor(shared, uri);
    const lang = document
        ? languageFor(settings, document.parseResult.value as Document)
        : viewLanguage(settings.messageLanguage, undefined, settings.locale);
    return strings(lang).server;
}

function failed(message: string): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestFailed, message);
}

/**
 * The render of a validated document; synchronous, so the AST cannot change underneath it.
 * `settings` decide the language of the preview's own labels (`viewLang`).
 */
export function renderResult(uri: string, document: LangiumDocument<Document>, settings: Pick<MinutesSettings, 'messageLanguage' | 'locale'>): RenderResult {
    const diagnostics: RenderDiagnostic[] = [];
    // In document order already (the document validator sorts them); information and hints are not listed.
    for (const d of document.diagnostics ?? []) {
        const severity = severityName(d);
        if (severity !== 'error' && severity !== 'warning') continue;
        const message = typeof d.message === 'string' ? d.message : d.message.value;
        diagnostics.push({ line: d.range.start.line, severity, message, code: String(d.code ?? 'syntax') });
    }
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    const doc = document.parseResult.value;
    return {
        uri,
        version: document.textDocument.version,
        html: renderBody(doc, { dataLines: true, diagnostics: { errors, warnings: diagnostics.length - errors } }),
        diagnostics,
        lang: documentLanguage(doc),
        viewLang: languageFor(settings, doc),
        title: minutesTitle(doc)
    };
}

/** The export page of a validated document, with a notice on it when the document has errors. */
export function exportResult(document: LangiumDocument<Document>): ExportHtmlResult {
    const errors = errorCount(document.diagnostics ?? []);
    const doc = document.parseResult.value;
    return { html: renderStandalonePage(doc, { errors }), errors, title: minutesTitle(doc) };
}

/**
 * The PDF of a validated document, with a notice on it when the document has errors. The model
 * is read from the AST at once (synchronously), so a later edit cannot change it midway.
 */
export async function exportPdfResult(document: LangiumDocument<Document>): Promise<ExportPdfResult> {
    const errors = errorCount(document.diagnostics ?? []);
    const doc = document.parseResult.value;
    const title = minutesTitle(doc);
    const pdf = await renderDocumentPdf(doc, { errors });
    return { pdf: Buffer.from(pdf).toString('base64'), errors, title };
}

/**
 * An output of the formal record (outputs.ts) of a validated document, as HTML or PDF; a refusal
 * in the reader's language when the document cannot give it. The model is read from the AST at
 * once, so a later edit cannot change it midway.
 */
export async function exportRecordResult(
    document: LangiumDocument<Document>, params: Pick<ExportRecordParams, 'output' | 'format'>, settings: Pick<MinutesSettings, 'messageLanguage' | 'locale'>
): Promise<ExportRecordResult> {
    const errors = errorCount(document.diagnostics ?? []);
    const doc = document.parseResult.value;
    const output = buildOutput(doc, params.output, { viewLang: languageFor(settings, doc), problems: { errors, warnings: 0 } });
    if (!output.ok) return { refused: true, refusal: output.refusal };
    const data = params.format === 'pdf'
        ? Buffer.from(await renderPdf(output.model)).toString('base64')
        : renderModelPage(output.model);
    return { refused: false, data, errors, title: output.model.title, fileSuffix: output.fileSuffix };
}

/**
 * Turns Langium's cancellation into the LSP's "request cancelled" answer, and any other
 * failure of this one document into a logged error answer that says which document failed.
 */
async function respond<T>(shared: LangiumSharedServices, uriText: string, log: (message: string) => void, action: () => Promise<T>): Promise<T> {
    try {
        return await action();
    } catch (error) {
        if (isOperationCancelled(error)) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
        if (error instanceof ResponseError) throw error;
        log(`Could not render ${uriText}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        const uri = URI.parse(uriText);
        throw failed(serverText(shared, uri, shared.workspace.LangiumDocuments.getDocument(uri)).couldNotRender(uriText, describeError(error)));
    }
}

/**
 * Whether the document's AST was built from the text the client has now (at least `version`).
 * The editor's text document is updated in place when a change arrives, before it is parsed
 * again, so its version alone cannot tell; the text the CST was built from can.
 */
function isCurrent(document: LangiumDocument, version: number | undefined): boolean {
    if (document.state < DocumentState.Validated) return false;
    const textDocument = document.textDocument;
    const parsedText = document.parseResult.value.$cstNode?.root.fullText;
    if (parsedText !== undefined && parsedText !== textDocument.getText()) return false;
    return version === undefined || textDocument.version >= version;
}

/**
 * Whether the document's diagnostics speak the language its views speak now. Right after the
 * reader switches `minutes.messageLanguage` they do not, until the server has validated it
 * again; a render then would list old-language messages under new-language labels.
 */
function speaksCurrentLanguage(shared: LangiumSharedServices, document: LangiumDocument): boolean {
    const doc = document.parseResult.value as Document;
    const written = diagnosticsLanguage(doc);
    // A document the checks never ran on (nothing noted) has no messages to disagree with.
    return written === undefined || written === languageFor(settingsFor(shared, document.uri), doc);
}

/** Which document a request renders: `version` as in RenderParams; `mustBeOpen` for the preview, which shows the editor's text. */
interface Wanted {
    uri: string;
    version?: number;
    mustBeOpen: boolean;
}

/**
 * Waits until the document is validated at the client's version (or later), in the current
 * language. Each round looks again at what may have changed meanwhile: the document closed or
 * dropped, its check failed.
 */
async function validatedDocument(shared: LangiumSharedServices, wanted: Wanted, token: CancellationToken): Promise<LangiumDocument<Document>> {
    const uri = URI.parse(wanted.uri);
    const { LangiumDocuments, TextDocuments, WorkspaceManager } = shared.workspace;
    await WorkspaceManager.ready;
    const deadline = Date.now() + VALIDATION_TIMEOUT_MS;
    for (;;) {
        const document = LangiumDocuments.getDocument(uri);
        // A closed document's last text is no longer anyone's.
        if (wanted.mustBeOpen && !TextDocuments.get(wanted.uri)) throw failed(serverText(shared, uri, document).notOpen(wanted.uri));
        if (!document) throw failed(serverText(shared, uri).unknownDocument(wanted.uri));
        refuseUnknownVersion(shared, wanted, document);
        refuseFailedCheck(document);
        if (isCurrent(document, wanted.version) && speaksCurrentLanguage(shared, document)) return document as LangiumDocument<Document>;
        if (Date.now() > deadline) throw failed(serverText(shared, uri, document).notValidatedInTime(wanted.uri));
        await nextValidation(shared, uri, token);
    }
}

/** A document whose text could not be parsed (server/document-failures.ts) is not rendered from its stand-in text. */
function refuseFailedCheck(document: LangiumDocument): void {
    const failure = document.state === DocumentState.Validated ? document.diagnostics?.find(d => d.code === Code.checkFailed) : undefined;
    if (failure) throw failed(typeof failure.message === 'string' ? failure.message : failure.message.value);
}

/**
 * A version newer than any the editor sent cannot be waited for: the messages arrive in order,
 * so the change would have come before the request. Said at once instead of after a timeout.
 */
function refuseUnknownVersion(shared: LangiumSharedServices, wanted: Wanted, document: LangiumDocument): void {
    const open = shared.workspace.TextDocuments.get(wanted.uri);
    if (wanted.version === undefined || !open || wanted.version <= open.version) return;
    throw failed(serverText(shared, document.uri, document).versionNeverArrived(wanted.uri, wanted.version, open.version));
}

/** Resolves when the document is validated again, or after a short while; rejects on cancellation. */
function nextValidation(shared: LangiumSharedServices, uri: URI, token: CancellationToken): Promise<void> {
    return new Promise((resolve, reject) => {
        const done = (): void => {
            clearTimeout(timer);
            phase.dispose();
            cancel.dispose();
        };
        const timer = setTimeout(() => { done(); resolve(); }, RECHECK_MS);
        const phase = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
            if (document.uri.toString() === uri.toString()) { done(); resolve(); }
        });
        const cancel = token.onCancellationRequested(() => {
            done();
            reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.'));
        });
    });
}
