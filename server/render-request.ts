/**
 * The preview's and the export's requests (server/protocol.ts): the document rendered by the
 * one renderer (language/render/html.ts) once the server has validated the version the
 * client shows, so the preview's HTML and its problem list always belong together.
 */
import { DocumentState, URI, isOperationCancelled, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import type { Document } from '../language/generated/ast.js';
import { Code } from '../language/messages.js';
import { documentLanguage } from '../language/model.js';
import { minutesTitle, renderBody, renderStandalonePage } from '../language/render/html.js';
import {
    ExportHtmlRequest, RenderRequest, type ExportHtmlParams, type ExportHtmlResult, type RenderDiagnostic,
    type RenderParams, type RenderResult
} from './protocol.js';
import { describeError } from './document-failures.js';

/** How long a request waits for the document to be validated before it gives up. */
const VALIDATION_TIMEOUT_MS = 20_000;
/** How often a waiting request looks again, in case a build finished without telling it. */
const RECHECK_MS = 1_000;

/** Registers `minutes/render` and `minutes/exportHtml` on the connection. */
export function registerRenderRequest(connection: Connection, shared: LangiumSharedServices): void {
    const log = (message: string) => connection.console?.error(message);
    connection.onRequest(RenderRequest.method, (params: RenderParams, token: CancellationToken): Promise<RenderResult> =>
        respond(params.uri, log, async () =>
            renderResult(params.uri, await validatedDocument(shared, { uri: params.uri, version: params.version, mustBeOpen: true }, token))));
    connection.onRequest(ExportHtmlRequest.method, (params: ExportHtmlParams, token: CancellationToken): Promise<ExportHtmlResult> =>
        respond(params.uri, log, async () => {
            const document = await validatedDocument(shared, { uri: params.uri, mustBeOpen: false }, token);
            return { html: renderStandalonePage(document.parseResult.value) };
        }));
}

/** The render of a validated document; synchronous, so the AST cannot change underneath it. */
export function renderResult(uri: string, document: LangiumDocument<Document>): RenderResult {
    const diagnostics: RenderDiagnostic[] = [];
    for (const d of document.diagnostics ?? []) {
        // LSP severities: 1 error (also when missing), 2 warning; information and hints are not listed.
        const severity = (d.severity ?? 1) === 1 ? 'error' : d.severity === 2 ? 'warning' : undefined;
        if (!severity) continue;
        const message = typeof d.message === 'string' ? d.message : d.message.value;
        diagnostics.push({ line: d.range.start.line, severity, message, code: String(d.code ?? 'syntax') });
    }
    diagnostics.sort((a, b) => a.line - b.line);
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    const doc = document.parseResult.value;
    return {
        uri,
        version: document.textDocument.version,
        html: renderBody(doc, { dataLines: true, diagnostics: { errors, warnings: diagnostics.length - errors } }),
        diagnostics,
        lang: documentLanguage(doc),
        title: minutesTitle(doc)
    };
}

/**
 * Turns Langium's cancellation into the LSP's "request cancelled" answer, and any other
 * failure of this one document into a logged error answer that says which document failed.
 */
async function respond<T>(uri: string, log: (message: string) => void, action: () => Promise<T>): Promise<T> {
    try {
        return await action();
    } catch (error) {
        if (isOperationCancelled(error)) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
        if (error instanceof ResponseError) throw error;
        log(`Could not render ${uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        throw new ResponseError(LSPErrorCodes.RequestFailed, `${uri} could not be rendered: ${describeError(error)}.`);
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

/** Which document a request renders: `version` as in RenderParams; `mustBeOpen` for the preview, which shows the editor's text. */
interface Wanted {
    uri: string;
    version?: number;
    mustBeOpen: boolean;
}

/**
 * Waits until the document is validated at the client's version (or later). Each round looks
 * again at what may have changed meanwhile: the document closed or dropped, its check failed.
 */
async function validatedDocument(shared: LangiumSharedServices, wanted: Wanted, token: CancellationToken): Promise<LangiumDocument<Document>> {
    const uri = URI.parse(wanted.uri);
    const { LangiumDocuments, TextDocuments, WorkspaceManager } = shared.workspace;
    await WorkspaceManager.ready;
    const deadline = Date.now() + VALIDATION_TIMEOUT_MS;
    for (;;) {
        // A closed document's last text is no longer anyone's.
        if (wanted.mustBeOpen && !TextDocuments.get(wanted.uri)) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, `${wanted.uri} is not open in the editor. Open it to preview it.`);
        }
        const document = LangiumDocuments.getDocument(uri);
        if (!document) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, `The language server does not know ${wanted.uri}. Open the file in the editor first.`);
        }
        refuseUnknownVersion(shared, wanted.uri, wanted.version);
        refuseFailedCheck(document);
        if (isCurrent(document, wanted.version)) return document as LangiumDocument<Document>;
        if (Date.now() > deadline) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, `${wanted.uri} was not validated in time; the next change renders it again.`);
        }
        await nextValidation(shared, uri, token);
    }
}

/** A document whose text could not be parsed (server/document-failures.ts) is not rendered from its stand-in text. */
function refuseFailedCheck(document: LangiumDocument | undefined): void {
    const failure = document?.state === DocumentState.Validated ? document.diagnostics?.find(d => d.code === Code.checkFailed) : undefined;
    if (failure) throw new ResponseError(LSPErrorCodes.RequestFailed, typeof failure.message === 'string' ? failure.message : failure.message.value);
}

/**
 * A version newer than any the editor sent cannot be waited for: the messages arrive in order,
 * so the change would have come before the request. Said at once instead of after a timeout.
 */
function refuseUnknownVersion(shared: LangiumSharedServices, uriText: string, version: number | undefined): void {
    const open = shared.workspace.TextDocuments.get(uriText);
    if (version === undefined || !open || version <= open.version) return;
    throw new ResponseError(LSPErrorCodes.RequestFailed,
        `Version ${version} of ${uriText} never reached the language server; it has version ${open.version}. The preview is rendered again at the next change.`);
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
