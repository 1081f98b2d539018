/**
 * The server's document life cycle in-process (server/document-lifecycle.ts), where the
 * services can be looked into and a failure can be planted: what a closed document leaves
 * behind, what a document whose parse fails does to the others, and what a change arriving
 * at the wrong moment does to another document's diagnostics.
 */
import { PassThrough } from 'node:stream';
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { afterEach, describe, expect, test } from 'vitest';
import {
    createConnection, createProtocolConnection, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
    DocumentSymbolRequest, ProposedFeatures, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter,
    type Diagnostic, type DocumentSymbol, type ProtocolConnection
} from 'vscode-languageserver/node';
import { createMinutesServices } from '../../server/minutes-server-module.js';
import { registerRenderRequest } from '../../server/render-request.js';
import { isWorkspaceFile } from '../../server/document-lifecycle.js';
import { logTo } from '../../server/document-failures.js';
import { within } from '../robustness/lsp-session.js';

const text = (title: string) =>
    `Minutes: ${title}\nDate: Thursday 2026-03-12\n\nPresent:\n- Ada Lee\n- Bo Berg\n- Eva Ek\n\nChair: Ada Lee\nSecretary: Bo Berg\nAdjuster: Eva Ek\n`;

interface Harness {
    client: ProtocolConnection;
    services: ReturnType<typeof createMinutesServices>;
    log: string[];
    diagnostics(uri: string, accept?: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
    open(uri: string, content: string): Promise<void>;
    close(uri: string): Promise<void>;
    dispose(): void;
}

let harness: Harness | undefined;
afterEach(() => {
    harness?.dispose();
    harness = undefined;
});

/**
 * The server wired as server/main.ts wires it, over in-memory streams; `plant` runs on the
 * services before the server starts (its listeners come before the server's own).
 */
async function start(plant?: (services: ReturnType<typeof createMinutesServices>) => void): Promise<Harness> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const services = createMinutesServices({ connection, ...EmptyFileSystem }, { messageLanguage: 'en' });
    plant?.(services);
    registerRenderRequest(connection, services.shared);
    startLanguageServer(services.shared);
    const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const log: string[] = [];
    const published = new Map<string, Diagnostic[]>();
    const waiters: Array<{ uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
    client.onNotification(PublishDiagnosticsNotification.type, params => {
        published.set(params.uri, params.diagnostics);
        for (const waiter of [...waiters]) {
            if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(params.diagnostics);
            }
        }
    });
    client.onNotification('window/logMessage', (params: { message: string }) => { log.push(params.message); });
    client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    client.onRequest('client/registerCapability', () => null);
    client.listen();
    await client.sendRequest('initialize', { processId: null, rootUri: null, workspaceFolders: null, capabilities: {} });
    await client.sendNotification('initialized', {});
    return {
        client, services, log,
        diagnostics: (uri, accept = () => true) => new Promise(resolve => waiters.push({ uri, accept, resolve })),
        open: (uri, content) => client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text: content } }),
        close: uri => client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } }),
        dispose: () => { client.dispose(); connection.dispose(); }
    };
}

describe('closed documents', () => {
    test('a closed document outside the workspace leaves nothing behind: no document, no index entry, no diagnostics', async () => {
        harness = await start();
        const { LangiumDocuments, IndexManager } = harness.services.shared.workspace;
        const uris = Array.from({ length: 20 }, (_, i) => `file:///tmp/closed-${i}.minutes`);
        for (const uri of uris) {
            const opened = harness.diagnostics(uri);
            await harness.open(uri, text(`Meeting ${uri}`));
            await opened;
            const cleared = harness.diagnostics(uri, d => d.length === 0);
            await harness.close(uri);
            await cleared;
        }
        expect(LangiumDocuments.all.toArray().map(d => d.uri.toString())).toEqual([]);
        expect(IndexManager.allElements().toArray()).toEqual([]);
    });

    test('which files are workspace files: inside a folder, not hidden, not in node_modules or out', () => {
        const folders = [{ uri: 'file:///home/sara/protokoll' }];
        const workspace = (path: string) => isWorkspaceFile(URI.parse(path), folders);
        expect(workspace('file:///home/sara/protokoll/2026/maj.minutes')).toBe(true);
        expect(workspace('file:///home/sara/protokoll-gamla/maj.minutes')).toBe(false);
        expect(workspace('file:///home/sara/protokoll/.git/maj.minutes')).toBe(false);
        expect(workspace('file:///home/sara/protokoll/node_modules/x/maj.minutes')).toBe(false);
        expect(workspace('untitled:Untitled-1')).toBe(false);
        expect(isWorkspaceFile(URI.parse('file:///home/sara/protokoll/maj.minutes'), undefined)).toBe(false);
    });
});

describe('one document that fails', () => {
    test('a parse that throws is reported on that document; the other documents are checked and answered', async () => {
        harness = await start();
        const parser = harness.services.Minutes.parser.AsyncParser;
        const parse = parser.parse.bind(parser);
        // A planted fault: the parser throws for one text (as a bug in the lexer would).
        parser.parse = (content, token) => content.includes('Boom') ? Promise.reject(new Error('planted fault')) : parse(content, token);
        const bad = 'file:///tmp/bad.minutes';
        const good = 'file:///tmp/good.minutes';
        const badDiagnostics = harness.diagnostics(bad);
        const goodDiagnostics = harness.diagnostics(good);
        await harness.open(bad, text('Boom'));
        await harness.open(good, text('Good'));
        expect((await badDiagnostics).map(d => [d.code, d.message, d.severity])).toEqual([
            ['check-failed', 'This document could not be checked: planted fault. Other documents are not affected; the next change checks it again.', 1]
        ]);
        expect(await goodDiagnostics).toEqual([]);
        const symbols = await harness.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: good } }) as DocumentSymbol[];
        expect(symbols.map(s => s.name)).toEqual(['Good']);
        await expect(harness.client.sendRequest('minutes/render', { uri: bad })).rejects.toThrow('This document could not be checked: planted fault.');
        expect(harness.log.join('\n')).toContain(`Could not parse ${bad}: planted fault. The other documents are not affected.`);
        const document = harness.services.shared.workspace.LangiumDocuments.getDocument(URI.parse(good)) as LangiumDocument;
        expect(document.diagnostics).toEqual([]);
    });
});

describe('a change that cancels a build', () => {
    test('a document validated just before another document\'s change cancels the build still gets its diagnostics', async () => {
        // The pathological-documents test lost them: the 100,000-line document was validated, a
        // change of a small document cancelled the build while the listeners of the Validated
        // phase were being told, Langium skipped the rest of them (the publication among them),
        // and no later build published them: the document was done.
        const small = 'file:///tmp/small.minutes';
        const checked = 'file:///tmp/checked.minutes';
        let changedMeanwhile = false;
        harness = await start(services => {
            services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, async document => {
                if (changedMeanwhile || document.uri.toString() !== checked) return;
                changedMeanwhile = true;
                // The editor's change of the small document arrives now, as a keystroke would:
                // its build cancels the running one.
                const textDocument = services.shared.workspace.TextDocuments.get(small)!;
                services.shared.lsp.DocumentUpdateHandler.didChangeContent!({ document: textDocument });
                await new Promise(resolve => setTimeout(resolve, 0));
            });
        });
        const smallChecked = harness.diagnostics(small);
        await harness.open(small, text('Small'));
        await smallChecked;
        const published = harness.diagnostics(checked);
        await harness.open(checked, text('Checked').replace('Chair: Ada Lee', 'Chair: Ada Lea'));
        const diagnostics = await within(published, 10_000, `diagnostics of ${checked}`);
        expect(changedMeanwhile).toBe(true);
        expect(diagnostics.map(d => d.code)).toEqual(['person-unknown']);
    });
});

describe('the server log', () => {
    test('a message logged after the client closed the connection goes to stderr instead of throwing', () => {
        const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(new PassThrough()), new StreamMessageWriter(new PassThrough()));
        connection.listen();
        connection.dispose();
        const written: string[] = [];
        const original = console.error;
        console.error = (message: string) => { written.push(message); };
        try {
            expect(() => logTo(connection)('A document update failed: gone')).not.toThrow();
        } finally {
            console.error = original;
        }
        expect(written).toEqual(['A document update failed: gone']);
    });
});
