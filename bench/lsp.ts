/**
 * Case c: the language server in-process. The server is wired exactly as server/main.ts
 * wires it (createMinutesServices + startLanguageServer), but its connection runs over a pair
 * of in-memory streams instead of IPC; a JSON-RPC client on the other end sends what VS Code
 * sends (initialize, didOpen, completion, hover, didChange) and waits for what VS Code waits
 * for (responses, publishDiagnostics). The same services are also called directly
 * (CompletionProvider.getCompletion, HoverProvider.getHoverContent) to separate the
 * providers' own time from the protocol's.
 */
import { PassThrough } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import {
    createConnection, createProtocolConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter,
    type CompletionItem, type CompletionList, type Hover, type ProtocolConnection, type PublishDiagnosticsParams,
    type Position, type Diagnostic
} from 'vscode-languageserver/node';
import { createMinutesServices, type MinutesLspServices } from '../server/minutes-server-module.js';
import type { Document } from '../language/generated/ast.js';

export interface LspHarness {
    client: ProtocolConnection;
    Minutes: MinutesLspServices;
    uri: string;
    /** The document's text as the client last sent it. */
    text: string;
    version: number;
    document(): LangiumDocument<Document>;
    /** Resolves with the next diagnostics the server publishes for the document. */
    nextDiagnostics(): Promise<Diagnostic[]>;
    dispose(): void;
}

/** Starts the server in-process, initializes it and opens `text`; resolves once its first diagnostics arrive. */
export async function startHarness(text: string): Promise<LspHarness> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const { shared, Minutes } = createMinutesServices({ connection, ...EmptyFileSystem }, { messageLanguage: 'sv' });
    startLanguageServer(shared);

    const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const waiting: Array<(diagnostics: Diagnostic[]) => void> = [];
    const uri = 'file:///bench/ledningsgrupp.minutes';
    client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        if (params.uri === uri) waiting.shift()?.(params.diagnostics);
    });
    // The server asks the client for configuration and registrations; answer like an editor would.
    client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    client.onRequest('client/registerCapability', () => null);
    client.onRequest('window/workDoneProgress/create', () => null);
    client.onNotification('window/logMessage', () => undefined);
    client.listen();

    await client.sendRequest('initialize', {
        processId: null,
        rootUri: null,
        workspaceFolders: null,
        locale: 'sv',
        capabilities: {
            workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
            textDocument: {
                synchronization: { dynamicRegistration: true, didSave: true },
                completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
                hover: { contentFormat: ['markdown', 'plaintext'] },
                publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true }
            }
        }
    });
    await client.sendNotification('initialized', {});

    const harness: LspHarness = {
        client,
        Minutes,
        uri,
        text,
        version: 1,
        document: () => shared.workspace.LangiumDocuments.getDocument(URI.parse(uri)) as LangiumDocument<Document>,
        nextDiagnostics: () => new Promise(resolve => waiting.push(resolve)),
        dispose: () => {
            client.dispose();
            connection.dispose();
            toServer.destroy();
            toClient.destroy();
        }
    };
    const first = harness.nextDiagnostics();
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'minutes', version: 1, text } });
    const diagnostics = await first;
    if (diagnostics.length > 0) {
        throw new Error(`the LSP benchmark document has diagnostics: ${diagnostics.slice(0, 5).map(d => `${d.range.start.line + 1}: [${d.code}] ${typeof d.message === 'string' ? d.message : d.message.value}`).join('; ')}`);
    }
    return harness;
}

/** A completion request as VS Code sends it while typing; returns the number of items. */
export async function requestCompletion(harness: LspHarness, position: Position): Promise<number> {
    const result = await harness.client.sendRequest('textDocument/completion', {
        textDocument: { uri: harness.uri },
        position,
        context: { triggerKind: 1 }
    }) as CompletionList | CompletionItem[] | null;
    return result === null ? 0 : Array.isArray(result) ? result.length : result.items.length;
}

export async function requestHover(harness: LspHarness, position: Position): Promise<Hover | null> {
    return await harness.client.sendRequest('textDocument/hover', { textDocument: { uri: harness.uri }, position }) as Hover | null;
}

/** The providers called directly on the built document, without the protocol. */
export async function directCompletion(harness: LspHarness, position: Position): Promise<number> {
    const provider = harness.Minutes.lsp.CompletionProvider;
    if (!provider) throw new Error('no CompletionProvider');
    const list = await provider.getCompletion(harness.document(), { textDocument: { uri: harness.uri }, position });
    return list?.items.length ?? 0;
}

export async function directHover(harness: LspHarness, position: Position): Promise<Hover | undefined> {
    const provider = harness.Minutes.lsp.HoverProvider;
    if (!provider) throw new Error('no HoverProvider');
    return provider.getHoverContent(harness.document(), { textDocument: { uri: harness.uri }, position });
}

/**
 * One edit as VS Code sends it on a keystroke (an incremental didChange) and the time until
 * the server publishes the document's diagnostics for it (DocumentState.Validated).
 */
export async function editAndWaitForDiagnostics(harness: LspHarness, position: Position, insert: string, deleteLength: number): Promise<{ ms: number; diagnostics: Diagnostic[] }> {
    const range = { start: position, end: { line: position.line, character: position.character + deleteLength } };
    harness.text = applyEdit(harness.text, range.start, range.end, insert);
    harness.version++;
    const start = performance.now();
    const published = harness.nextDiagnostics();
    await harness.client.sendNotification('textDocument/didChange', {
        textDocument: { uri: harness.uri, version: harness.version },
        contentChanges: [{ range, text: insert }]
    });
    const diagnostics = await published;
    return { ms: performance.now() - start, diagnostics };
}

function applyEdit(text: string, start: Position, end: Position, insert: string): string {
    const offsetOf = (p: Position): number => {
        let offset = 0;
        for (let line = 0; line < p.line; line++) offset = text.indexOf('\n', offset) + 1;
        return offset + p.character;
    };
    return text.slice(0, offsetOf(start)) + insert + text.slice(offsetOf(end));
}
