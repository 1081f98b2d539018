/**
 * The standalone language server as an LSP editor sees it: `minutes lsp --stdio` spawned as a
 * child process and driven over JSON-RPC, from initialize to exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CodeActionRequest, CompletionRequest, ConfigurationRequest, DefinitionRequest, DidChangeConfigurationNotification,
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentFormattingRequest, DocumentSymbolRequest,
    ExitNotification, FoldingRangeRequest, HoverRequest, InitializeRequest, InitializedNotification, PrepareRenameRequest,
    PublishDiagnosticsNotification, ReferencesRequest, RegistrationRequest, RenameRequest, SemanticTokensRequest,
    ShutdownRequest, StreamMessageReader, StreamMessageWriter, WorkDoneProgressCreateRequest, createProtocolConnection,
    type CodeAction, type CompletionItem, type CompletionList, type Diagnostic, type DocumentSymbol, type Location,
    type MarkupContent, type ProtocolConnection, type Range, type TextEdit
} from 'vscode-languageserver/node';
import { applyEdits, HARBOUR, positionOf, SODERTORN } from './helpers.js';

const ROOT = join(__dirname, '..', '..');
const SODERTORN_URI = 'file:///work/shared/examples/sodertorn-ledningsgrupp-2022-10-06.minutes';
const HARBOUR_URI = 'file:///work/shared/examples/harbour-library-board-2026-03-12.minutes';
const MESSY_URI = 'file:///tmp/messy.minutes';

let server: ChildProcess;
let connection: ProtocolConnection;
/** The latest diagnostics per document, and who waits for which. */
const diagnostics = new Map<string, Diagnostic[]>();
const waiters: Array<{ uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
/** What the client answers when the server asks for the `minutes` settings. */
let clientSettings: Record<string, unknown> = { messageLanguage: 'auto' };
let serverLog = '';

function diagnosticsOf(uri: string, accept: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    const current = diagnostics.get(uri);
    if (current && accept(current)) return Promise.resolve(current);
    return new Promise(resolve => waiters.push({ uri, accept, resolve }));
}

beforeAll(async () => {
    // test/global-setup.ts builds the bundles before the run.
    expect(existsSync(join(ROOT, 'out', 'cli.cjs')), 'out/cli.cjs is built by the global setup').toBe(true);
    server = spawn(process.execPath, [join(ROOT, 'bin', 'minutes.cjs'), 'lsp', '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    // Drained so a chatty server never blocks on a full pipe; shown when the session fails.
    server.stderr!.on('data', chunk => { serverLog += String(chunk); });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        diagnostics.set(params.uri, params.diagnostics);
        for (const waiter of [...waiters]) {
            if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(params.diagnostics);
            }
        }
    });
    connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => item.section === 'minutes' ? clientSettings : null));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.listen();

    const result = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        locale: 'en-GB',
        capabilities: {
            workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
            textDocument: {
                hover: { contentFormat: ['markdown'] },
                completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true } },
                rename: { prepareSupport: true },
                codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
                semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
                publishDiagnostics: {}
            }
        }
    });
    expect(result.capabilities.completionProvider?.triggerCharacters).toEqual([':', ',', ' ']);
    expect(result.capabilities.documentFormattingProvider).toBe(true);
    expect(result.capabilities.renameProvider).toEqual({ prepareProvider: true });
    connection.sendNotification(InitializedNotification.type, {});
});

afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    // A test that failed half-way may leave the server running.
    if (serverLog) console.error(serverLog);
    server.kill();
});

describe('minutes lsp --stdio', () => {
    test('an editor session: diagnostics, completion, hover, navigation, rename, outline, folding, tokens, formatting, quick fixes, settings', async () => {
        const open = (uri: string, text: string) => connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'minutes', version: 1, text }
        });
        await open(SODERTORN_URI, SODERTORN);
        await open(HARBOUR_URI, HARBOUR);
        expect(await diagnosticsOf(SODERTORN_URI, () => true)).toEqual([]);
        expect(await diagnosticsOf(HARBOUR_URI, () => true)).toEqual([]);

        // An unknown adjuster. The editor is English (en-GB) but the document Swedish: with
        // messageLanguage auto everything about it speaks Swedish.
        const changed = SODERTORN.replace('Justerare: Stefan Hollmark', 'Justerare: Stefan Holmark');
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: SODERTORN_URI, version: 2 },
            contentChanges: [{ text: changed }]
        });
        const unknown = await diagnosticsOf(SODERTORN_URI, d => d.length > 0);
        expect(unknown.map(d => [d.code, d.message, d.range.start.line])).toEqual([
            ['person-unknown', 'Stefan Holmark finns inte bland deltagarna. Menade du Stefan Hollmark?', 19]
        ]);

        const at = (needle: string, occurrence = 1, delta = 1) => ({
            textDocument: { uri: SODERTORN_URI }, position: positionOf(changed, needle, delta, occurrence)
        });

        const completion = await connection.sendRequest(CompletionRequest.type, at('Ordförande: ', 1, 'Ordförande: '.length)) as CompletionList;
        const persons = [...completion.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i: CompletionItem) => i.label);
        expect(persons).toEqual([
            'Leif Eriksson', 'Magnus Gyllestad', 'Camilla Broo', 'Frida Nilsson', 'Stefan Hollmark', 'Cynthia Runefjärd',
            'Helene Olofsson', 'Petra Kälbäck', 'Mats Bergström'
        ]);
        expect(completion.items.find(i => i.label === 'Mats Bergström')?.labelDetails?.description).toBe('ej närvarande');

        const hover = await connection.sendRequest(HoverRequest.type, at('Helene Olofsson', 2));
        expect((hover!.contents as MarkupContent).value).toMatch(/^\*\*Helene Olofsson\*\*, Södertörnskommunerna\n\nNärvarande · sekreterare\n\nUppdrag:\n- Punkt 1: /u);

        const definition = await connection.sendRequest(DefinitionRequest.type, at('Helene Olofsson', 2)) as Location[] | Array<{ targetRange: Range }>;
        const target = 'targetRange' in definition[0] ? definition[0].targetRange : (definition[0] as Location).range;
        expect(target.start.line).toBe(11);

        const references = await connection.sendRequest(ReferencesRequest.type, { ...at('Helene Olofsson', 2), context: { includeDeclaration: true } }) as Location[];
        expect(references.map(r => r.range.start.line).sort((a, b) => a - b))
            .toEqual([11, 18, 50]); // - Helene Olofsson, Sekreterare: Helene Olofsson, Ansvarig: Helene Olofsson (0-based)

        const prepared = await connection.sendRequest(PrepareRenameRequest.type, at('Magnus Gyllestad', 2)) as Range;
        expect(prepared).toEqual({ start: positionOf(changed, 'Magnus Gyllestad', 0, 2), end: positionOf(changed, 'Magnus Gyllestad', 16, 2) });
        const rename = await connection.sendRequest(RenameRequest.type, { ...at('Magnus Gyllestad', 2), newName: 'Magnus Gyllensted' });
        const renamed = applyEdits(changed, rename!.changes![SODERTORN_URI]);
        expect(renamed.match(/Magnus Gyllensted/gu)).toHaveLength(2);
        expect(renamed).toContain('Magnus Gyllestad hälsar alla välkomna');
        await expect(connection.sendRequest(RenameRequest.type, { ...at('Magnus Gyllestad', 2), newName: 'Helene Olofsson' }))
            .rejects.toThrow('Helene Olofsson finns redan bland deltagarna. Välj ett annat namn.');

        const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: SODERTORN_URI } }) as DocumentSymbol[];
        expect(symbols.map(s => s.name)).toEqual(['Södertörnskommunernas ledningsgrupp']);
        expect(symbols[0].children!.map(s => s.name)).toEqual([
            'Deltagare', 'Ej närvarande', 'Punkt 1: Nytt utvecklingsprogram', 'Punkt 2: Utredningsuppdrag – Trygghetsfrågor',
            'Punkt 3: Övrig information', 'Nästa möte', 'Avslutning'
        ]);

        const folding = await connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: SODERTORN_URI } });
        expect(folding).toContainEqual({ startLine: 4, endLine: 11 });
        expect(folding).toContainEqual({ startLine: 23, endLine: 53 });

        const tokens = await connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: SODERTORN_URI } });
        expect(tokens!.data.length % 5).toBe(0);
        // The first token is the kind keyword: line 0, column 0, 18 characters (Minnesanteckningar).
        expect(tokens!.data.slice(0, 3)).toEqual([0, 0, 18]);

        expect(await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: HARBOUR_URI }, options: { tabSize: 4, insertSpaces: true } })).toEqual([]);
        const messy = 'minutes:Board\ndate:  2026-03-12\n\n\n\n* Item one\nitem 1:Budget\n';
        await open(MESSY_URI, messy);
        const edits = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: MESSY_URI }, options: { tabSize: 4, insertSpaces: true } }) as TextEdit[];
        expect(applyEdits(messy, edits)).toBe('Minutes: Board\nDate: 2026-03-12\n\n- Item one\n\nItem 1: Budget\n');

        const actions = await connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: SODERTORN_URI }, range: unknown[0].range, context: { diagnostics: unknown }
        }) as CodeAction[];
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([
            ['Ändra till Stefan Hollmark', true], ['Lägg till Stefan Holmark under Deltagare', false]
        ]);
        expect(applyEdits(changed, actions[0].edit!.changes![SODERTORN_URI])).toBe(SODERTORN);

        // The reader forces English: the open documents are checked again.
        clientSettings = { messageLanguage: 'en' };
        await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { minutes: clientSettings } });
        const english = await diagnosticsOf(SODERTORN_URI, d => d.length > 0 && String(d[0].message).startsWith('Stefan Holmark is not'));
        expect(english[0].message).toBe('Stefan Holmark is not listed among the participants. Did you mean Stefan Hollmark?');

        await connection.sendRequest(ShutdownRequest.type);
        const exited = new Promise<number | null>(resolve => server.once('exit', code => resolve(code)));
        await connection.sendNotification(ExitNotification.type);
        expect(await exited).toBe(0);
        connection.dispose();
    });
});
