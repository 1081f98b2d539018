/**
 * The standalone language server as an LSP editor sees it: `minutes lsp --stdio` spawned as a
 * child process and driven over JSON-RPC, from initialize to exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
import { ExportPdfRequest, type ExportPdfParams, type ExportPdfResult } from '../../common/contract.js';
import { ENGLISH_MINUTES_FILE, SWEDISH_MINUTES_FILE } from '../fixtures/fixtures.js';
import { applyEdits, ENGLISH_MINUTES, positionOf, SWEDISH_MINUTES } from './helpers.js';

const ROOT = join(__dirname, '..', '..');
const SWEDISH_URI = pathToFileURL(SWEDISH_MINUTES_FILE).href;
const ENGLISH_URI = pathToFileURL(ENGLISH_MINUTES_FILE).href;
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
        await open(SWEDISH_URI, SWEDISH_MINUTES);
        await open(ENGLISH_URI, ENGLISH_MINUTES);
        expect(await diagnosticsOf(SWEDISH_URI, () => true)).toEqual([]);
        expect(await diagnosticsOf(ENGLISH_URI, () => true)).toEqual([]);

        // An unknown adjuster. The editor is English (en-GB) but the document Swedish: with
        // messageLanguage auto everything about it speaks Swedish.
        const changed = SWEDISH_MINUTES.replace('Justerare: Erik Hägg', 'Justerare: Erik Hegg');
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: SWEDISH_URI, version: 2 },
            contentChanges: [{ text: changed }]
        });
        const unknown = await diagnosticsOf(SWEDISH_URI, d => d.length > 0);
        expect(unknown.map(d => [d.code, d.message, d.range.start.line])).toEqual([
            ['person-unknown', 'Erik Hegg finns inte bland deltagarna. Menade du Erik Hägg?', positionOf(changed, 'Justerare:').line]
        ]);

        const at = (needle: string, occurrence = 1, delta = 1) => ({
            textDocument: { uri: SWEDISH_URI }, position: positionOf(changed, needle, delta, occurrence)
        });

        const completion = await connection.sendRequest(CompletionRequest.type, at('Ordförande: ', 1, 'Ordförande: '.length)) as CompletionList;
        const persons = [...completion.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i: CompletionItem) => i.label);
        expect(persons).toEqual([
            'Anders Lövgren', 'Birgitta Sandell', 'Carl Nyström', 'Dragana Ilić', 'Erik Hägg', 'Fatima Ahmadi',
            'Gunilla Ståhl', 'Hanna Berglund', 'Ivar Lindgren'
        ]);
        expect(completion.items.find(i => i.label === 'Ivar Lindgren')?.labelDetails?.description).toBe('ej närvarande');

        const hover = await connection.sendRequest(HoverRequest.type, at('Gunilla Ståhl', 2));
        expect((hover!.contents as MarkupContent).value).toMatch(/^\*\*Gunilla Ståhl\*\*, Mälarsamverkan\n\nNärvarande · sekreterare\n\nUppdrag:\n- Punkt 1: /u);

        const definition = await connection.sendRequest(DefinitionRequest.type, at('Gunilla Ståhl', 2)) as Location[] | Array<{ targetRange: Range }>;
        const target = 'targetRange' in definition[0] ? definition[0].targetRange : (definition[0] as Location).range;
        expect(target.start.line).toBe(positionOf(changed, '- Gunilla').line);

        const references = await connection.sendRequest(ReferencesRequest.type, { ...at('Gunilla Ståhl', 2), context: { includeDeclaration: true } }) as Location[];
        expect(references.map(r => r.range.start.line).sort((a, b) => a - b))
            .toEqual([positionOf(changed, '- Gunilla').line, positionOf(changed, 'Sekreterare:').line, positionOf(changed, 'Ansvarig: Gunilla').line]);

        const prepared = await connection.sendRequest(PrepareRenameRequest.type, at('Anders Lövgren', 2)) as Range;
        expect(prepared).toEqual({ start: positionOf(changed, 'Anders Lövgren', 0, 2), end: positionOf(changed, 'Anders Lövgren', 14, 2) });
        const rename = await connection.sendRequest(RenameRequest.type, { ...at('Anders Lövgren', 2), newName: 'Anders Löfgren' });
        const renamed = applyEdits(changed, rename!.changes![SWEDISH_URI]);
        expect(renamed.match(/Anders Löfgren/gu)).toHaveLength(2);
        expect(renamed).toContain('Anders Lövgren hälsar alla välkomna');
        await expect(connection.sendRequest(RenameRequest.type, { ...at('Anders Lövgren', 2), newName: 'Gunilla Ståhl' }))
            .rejects.toThrow('Gunilla Ståhl finns redan bland deltagarna. Välj ett annat namn.');

        const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: SWEDISH_URI } }) as DocumentSymbol[];
        expect(symbols.map(s => s.name)).toEqual(['Mälarkommunernas ledningsgrupp för kollektivtrafik']);
        expect(symbols[0].children!.map(s => s.name)).toEqual([
            'Organ', 'Deltagare', 'Ej närvarande', 'Punkt 1: Gemensam regional trafikplan', 'Punkt 2: Pendlarparkeringar – Nulägesbild',
            'Punkt 3: Övrig information', 'Nästa möte', 'Avslutning'
        ]);

        const folding = await connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: SWEDISH_URI } });
        expect(folding).toContainEqual({ startLine: 4, endLine: 11 });
        expect(folding).toContainEqual({ startLine: 23, endLine: 46 });

        const tokens = await connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: SWEDISH_URI } });
        expect(tokens!.data.length % 5).toBe(0);
        // The first token is the kind keyword: line 0, column 0, 18 characters (Minnesanteckningar).
        expect(tokens!.data.slice(0, 3)).toEqual([0, 0, 18]);

        expect(await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: ENGLISH_URI }, options: { tabSize: 4, insertSpaces: true } })).toEqual([]);
        const messy = 'minutes:Board\ndate:  2026-03-12\n\n\n\n* Item one\nitem 1:Budget\n';
        await open(MESSY_URI, messy);
        const edits = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: MESSY_URI }, options: { tabSize: 4, insertSpaces: true } }) as TextEdit[];
        expect(applyEdits(messy, edits)).toBe('Minutes: Board\nDate: 2026-03-12\n\n- Item one\n\nItem 1: Budget\n');

        const actions = await connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: SWEDISH_URI }, range: unknown[0].range, context: { diagnostics: unknown }
        }) as CodeAction[];
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([
            ['Ändra till Erik Hägg', true], ['Lägg till Erik Hegg under Deltagare', false]
        ]);
        expect(applyEdits(changed, actions[0].edit!.changes![SWEDISH_URI])).toBe(SWEDISH_MINUTES);

        // The reader forces English: the open documents are checked again.
        clientSettings = { messageLanguage: 'en' };
        await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { minutes: clientSettings } });
        const english = await diagnosticsOf(SWEDISH_URI, d => d.length > 0 && String(d[0].message).startsWith('Erik Hegg is not'));
        expect(english[0].message).toBe('Erik Hegg is not listed among the participants. Did you mean Erik Hägg?');

        // A PDF export: the server loads its PDF back end, out/server-pdf.cjs, at the first one.
        const exported = await connection.sendRequest<ExportPdfResult>(ExportPdfRequest.method, { uri: ENGLISH_URI } satisfies ExportPdfParams);
        const pdf = Buffer.from(exported.pdf, 'base64').toString('latin1');
        expect(pdf.startsWith('%PDF-1.7')).toBe(true);
        expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);

        await connection.sendRequest(ShutdownRequest.type);
        const exited = new Promise<number | null>(resolve => server.once('exit', code => resolve(code)));
        await connection.sendNotification(ExitNotification.type);
        expect(await exited).toBe(0);
        connection.dispose();
    });

    test('the server bundle it runs holds no PDF back end, and names the bundle that does (esbuild.mjs fails the build otherwise)', () => {
        const code = readFileSync(join(ROOT, 'out', 'server.cjs'), 'utf8');
        expect(code).toContain('server-pdf.cjs');
        expect(code).not.toMatch(/^\/\/ \S*node_modules\/(?:pdfkit|fontkit|brotli)\//mu);
        expect(readFileSync(join(ROOT, 'out', 'server-pdf.cjs'), 'utf8')).toMatch(/^\/\/ \S*node_modules\/pdfkit\//mu);
    });
});
