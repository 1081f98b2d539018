/**
 * The series in the language server (SERIES.md): the workspace index of a folder of minutes on
 * disk, series' problems in open files and in the other open files of a changed series,
 * definition, hover and references between meetings, completion after `Från:`, workspace
 * symbols, the view's `minutes/series`, `minutes/newFromPrevious`, `minutes/exportRegister`, and
 * released syntax trees.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { afterEach, describe, expect, test } from 'vitest';
import {
    CompletionRequest, createConnection, createProtocolConnection, DefinitionRequest, DidChangeTextDocumentNotification,
    DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest, ProposedFeatures, PublishDiagnosticsNotification,
    ReferencesRequest, StreamMessageReader, StreamMessageWriter, WorkspaceSymbolRequest,
    type CompletionList, type Diagnostic, type Location, type LocationLink, type MarkupContent, type ProtocolConnection, type WorkspaceSymbol
} from 'vscode-languageserver/node';
import { createMinutesServices } from '../../server/minutes-server-module.js';
import { registerRenderRequest } from '../../server/render-request.js';
import { registerSeriesRequests } from '../../server/series-requests.js';
import { fixedClock } from '../../server/clock.js';
import { DecodingFileSystemProvider } from '../../common/read-text.js';
import type { ExportHtmlResult, ExportRegisterResult, NewFromPreviousResult, RenderResult, SeriesMeetingResult, SeriesResult } from '../../common/contract.js';
import { KFN } from '../series/series-fixtures.js';
import { positionOf } from './helpers.js';
import { registerExport } from '../../cli/register-export.js';
import { isMeetingHref } from '../../language/render/links.js';

interface Harness {
    client: ProtocolConnection;
    services: ReturnType<typeof createMinutesServices>;
    uri(name: string): string;
    diagnostics(uri: string, accept?: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
    open(name: string, text?: string): Promise<string>;
    change(name: string, text: string, version: number): Promise<void>;
    close(name: string): Promise<void>;
    notified(): number;
    dispose(): void;
}

let harness: Harness | undefined;
let folder: string | undefined;
afterEach(() => {
    harness?.dispose();
    harness = undefined;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
});

/** The server as server/main.ts wires it, on a workspace folder holding `kfn/` (our Swedish series). */
async function start(): Promise<Harness> {
    folder = mkdtempSync(join(tmpdir(), 'minutes-series-'));
    mkdirSync(join(folder, 'kfn'));
    for (const [name, text] of Object.entries(KFN)) writeFileSync(join(folder, 'kfn', name), text);
    const root = folder;
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const services = createMinutesServices({ connection, fileSystemProvider: () => new DecodingFileSystemProvider() }, { messageLanguage: 'en' },
        fixedClock({ year: 2026, month: 3, day: 1 }));
    registerRenderRequest(connection, services.shared);
    registerSeriesRequests(connection, services.shared, services.Minutes);
    startLanguageServer(services.shared);
    const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const published = new Map<string, Diagnostic[]>();
    const waiters: Array<{ uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
    let notifications = 0;
    client.onNotification(PublishDiagnosticsNotification.type, params => {
        published.set(params.uri, params.diagnostics);
        for (const waiter of [...waiters]) {
            if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(params.diagnostics);
            }
        }
    });
    client.onNotification('minutes/seriesChanged', () => { notifications++; });
    client.onNotification('window/logMessage', () => undefined);
    client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    client.onRequest('client/registerCapability', () => null);
    client.listen();
    const rootUri = pathToFileURL(root).href;
    await client.sendRequest('initialize', { processId: null, rootUri, workspaceFolders: [{ uri: rootUri, name: 'w' }], capabilities: {} });
    await client.sendNotification('initialized', {});
    await services.shared.workspace.WorkspaceManager.ready;
    const uri = (name: string) => pathToFileURL(join(root, 'kfn', name)).href;
    return {
        client, services, uri,
        diagnostics: (target, accept = () => true) => {
            const current = published.get(target);
            if (current && accept(current)) return Promise.resolve(current);
            return new Promise(resolve => waiters.push({ uri: target, accept, resolve }));
        },
        open: async (name, text = KFN[name]) => {
            await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(name), languageId: 'minutes', version: 1, text } });
            return uri(name);
        },
        change: (name, text, version) => client.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: uri(name), version }, contentChanges: [{ text }]
        }),
        close: name => client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uri(name) } }),
        notified: () => notifications,
        dispose: () => { client.dispose(); connection.dispose(); }
    };
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${d.code}@${d.range.start.line + 1}`);

describe('the workspace index', () => {
    test('summarises the workspace without building it; an open file gets its series\' problems, the other open files of the series theirs', async () => {
        harness = await start();
        const { LangiumDocuments } = harness.services.shared.workspace;
        const index = harness.services.Minutes.series.WorkspaceIndex;
        expect(index.series.size).toBe(4);
        expect(LangiumDocuments.all.toArray()).toEqual([]);

        const february = await harness.open('kfn-2026-02-17.minutes');
        expect(await harness.diagnostics(february)).toEqual([]);
        const january = await harness.open('kfn-2026-01-20.minutes');
        expect(await harness.diagnostics(january)).toEqual([]);

        // § 4 → § 2 in February: an overlap with January's § 2.
        await harness.change('kfn-2026-02-17.minutes', KFN['kfn-2026-02-17.minutes'].replace('§ 4:', '§ 2:'), 2);
        expect(codes(await harness.diagnostics(february, d => d.length > 0))).toEqual(['item-series-overlap@16', 'item-number-gap@19']);
        // January's follow-up of the plan removed: February's follow-up of it has no origin any more.
        const withoutPlan = KFN['kfn-2026-01-20.minutes'].replace(/Uppdrag: Ta fram en plan[^]*?Status: pågår\n/u, '');
        await harness.change('kfn-2026-01-20.minutes', withoutPlan, 2);
        expect(codes(await harness.diagnostics(january, d => d.length > 0))).toEqual(['action-not-followed-up@1']);
        expect(codes(await harness.diagnostics(february, d => d.length > 3))).toEqual(['action-not-followed-up@1', 'item-series-overlap@16', 'item-number-gap@19', 'action-origin-unknown@21']);
    });

    test('a closed file\'s syntax tree is released and its summary kept; the view is told of changes', async () => {
        harness = await start();
        const { LangiumDocuments } = harness.services.shared.workspace;
        const index = harness.services.Minutes.series.WorkspaceIndex;
        // Every file of the workspace is a change of the index while it loads: the view is told once, when it is loaded.
        await new Promise(resolve => setTimeout(resolve, 200));
        expect([...index.series.all()].length).toBeGreaterThan(1);
        expect(harness.notified()).toBe(1);
        const uri = await harness.open('kfn-2025-12-16.minutes');
        await harness.diagnostics(uri);
        expect(LangiumDocuments.hasDocument(URI.parse(uri))).toBe(true);
        const before = harness.notified();
        await harness.change('kfn-2025-12-16.minutes', KFN['kfn-2025-12-16.minutes'].replace('Budget 2026', 'Budget för 2026'), 2);
        await harness.diagnostics(uri, () => true);
        await new Promise(resolve => setTimeout(resolve, 200));
        expect(harness.notified()).toBeGreaterThan(before);
        await harness.close('kfn-2025-12-16.minutes');
        // Read again from disk, validated, released.
        for (let i = 0; i < 50 && LangiumDocuments.hasDocument(URI.parse(uri)); i++) await new Promise(resolve => setTimeout(resolve, 50));
        expect(LangiumDocuments.hasDocument(URI.parse(uri))).toBe(false);
        expect(index.series.get(uri)?.items.map(item => item.title)).toEqual(['Val av justerare', 'Uppföljning av uppdrag', 'Budget 2026']);
    });
});

describe('between meetings', () => {
    test('definition, hover and references from a Från line and a prose reference, and back', async () => {
        harness = await start();
        const february = await harness.open('kfn-2026-02-17.minutes');
        await harness.diagnostics(february);
        const text = KFN['kfn-2026-02-17.minutes'];
        const from = { textDocument: { uri: february }, position: positionOf(text, '2026-01-20 § 2', 3) };
        const [link] = await harness.client.sendRequest(DefinitionRequest.type, from) as LocationLink[];
        // A Från that names a follow-up leads to the follow-up's origin.
        expect([link.targetUri.endsWith('kfn-2025-11-18.minutes'), link.targetRange.start]).toEqual([true, positionOf(KFN['kfn-2025-11-18.minutes'], 'Uppdrag: Ta fram')]);
        const hover = await harness.client.sendRequest(HoverRequest.type, from);
        expect((hover!.contents as MarkupContent).value).toBe([
            '**2025-11-18 § 102** — Biblioteksfilialerna', '', 'Ta fram en plan för biblioteksfilialernas öppettider.', '',
            'Owner: Lena Ek · Due: 2026-02-15 · done (closed 2026-02-17)', '', 'Follow-up:', '- 2025-12-16: ongoing', '- 2026-01-20: ongoing', '- 2026-02-17: done'
        ].join('\n'));
        const references = await harness.client.sendRequest(ReferencesRequest.type, { ...from, context: { includeDeclaration: true } }) as Location[];
        expect(references.map(r => `${r.uri.slice(r.uri.lastIndexOf('/') + 1)}:${r.range.start.line + 1}`)).toEqual([
            'kfn-2025-11-18.minutes:22', 'kfn-2025-12-16.minutes:21', 'kfn-2026-01-20.minutes:21', 'kfn-2026-02-17.minutes:21'
        ]);

        const january = await harness.open('kfn-2026-01-20.minutes');
        await harness.diagnostics(january);
        const prose = { textDocument: { uri: january }, position: positionOf(KFN['kfn-2026-01-20.minutes'], '2025-12-16 § 106', 4) };
        const [item] = await harness.client.sendRequest(DefinitionRequest.type, prose) as LocationLink[];
        expect([item.targetUri.endsWith('kfn-2025-12-16.minutes'), item.targetRange.start]).toEqual([true, positionOf(KFN['kfn-2025-12-16.minutes'], '§ 106')]);
        const itemHover = await harness.client.sendRequest(HoverRequest.type, prose);
        expect((itemHover!.contents as MarkupContent).value).toBe('**2025-12-16 § 106** — Budget 2026\n\nNämnden antar budgeten för 2026.');

        // And back: from the origin action's line to its follow-ups, from an item's line to the references to it.
        const november = await harness.open('kfn-2025-11-18.minutes');
        await harness.diagnostics(november);
        const origin = { textDocument: { uri: november }, position: positionOf(KFN['kfn-2025-11-18.minutes'], 'Uppdrag: Ta fram', 3) };
        const followUps = await harness.client.sendRequest(ReferencesRequest.type, { ...origin, context: { includeDeclaration: true } }) as Location[];
        expect(followUps.map(r => `${r.uri.slice(r.uri.lastIndexOf('/') + 1)}:${r.range.start.line + 1}`)).toEqual([
            'kfn-2025-11-18.minutes:22', 'kfn-2025-12-16.minutes:21', 'kfn-2026-01-20.minutes:21', 'kfn-2026-02-17.minutes:21'
        ]);
        const december = await harness.open('kfn-2025-12-16.minutes');
        await harness.diagnostics(december);
        const itemLine = { textDocument: { uri: december }, position: positionOf(KFN['kfn-2025-12-16.minutes'], '§ 106', 2) };
        const referencesToItem = await harness.client.sendRequest(ReferencesRequest.type, { ...itemLine, context: { includeDeclaration: false } }) as Location[];
        expect(referencesToItem.map(r => `${r.uri.slice(r.uri.lastIndexOf('/') + 1)}:${r.range.start.line + 1}`))
            .toContain(`kfn-2026-01-20.minutes:${positionOf(KFN['kfn-2026-01-20.minutes'], '2025-12-16 § 106').line + 1}`);
    });

    test('completion after Från: offers the open actions of earlier meetings, overdue first, and fills in the text and owner', async () => {
        harness = await start();
        // The plan is not followed up in February yet: still open, and overdue since 2026-02-15.
        const text = KFN['kfn-2026-02-17.minutes'].replace(/Uppdrag: Ta fram en plan[^]*?Status: klart\n\n/u, '')
            .replace('§ 6: Simhallen\n', '§ 6: Simhallen\nUppdrag:\nFrån: \n\n');
        const february = await harness.open('kfn-2026-02-17.minutes', text);
        await harness.diagnostics(february);
        const position = positionOf(text, 'Från: \n', 6);
        const list = await harness.client.sendRequest(CompletionRequest.type, { textDocument: { uri: february }, position }) as CompletionList;
        expect(list.items.map(item => [item.label, item.labelDetails?.description])).toEqual([
            ['2025-11-18 § 102', 'overdue · 2026-02-15'], ['2026-01-20 § 3', '2026-06-01']
        ]);
        const [first] = list.items;
        expect(first.textEdit).toEqual({ range: { start: position, end: position }, newText: '2025-11-18 § 102' });
        expect(first.additionalTextEdits?.map(edit => edit.newText)).toEqual([' Ta fram en plan för biblioteksfilialernas öppettider.', 'Ansvarig: Lena Ek\n']);
    });

    test('workspace symbols: the items and decisions of every meeting, open or not', async () => {
        harness = await start();
        const symbols = await harness.client.sendRequest(WorkspaceSymbolRequest.type, { query: 'budget' }) as WorkspaceSymbol[];
        expect(symbols.map(s => `${s.name} | ${s.containerName}`)).toEqual([
            '§ 106 Budget 2026 | Kultur- och fritidsnämnden 2025-12-16',
            'Nämnden antar budgeten för 2026. | Kultur- och fritidsnämnden 2025-12-16 § 106 Budget 2026',
        ]);
    });
});

describe('the extension\'s requests', () => {
    test('minutes/series: every series with its meetings and open actions (overdue first); minutes/seriesMeeting: one meeting\'s actions and decisions', async () => {
        harness = await start();
        const result = await harness.client.sendRequest<SeriesResult>('minutes/series', { today: '2026-06-02' });
        expect(result.series.map(s => s.title)).toEqual(['Kultur- och fritidsnämnden']);
        const [kfn] = result.series;
        expect(kfn.openActions.map(a => `${a.identity} ${a.state}${a.overdue ? ' overdue' : ''}`)).toEqual(['2026-01-20 § 3 ongoing overdue']);
        expect(kfn.meetings.map(m => `${m.date} ${m.actionCount} ${m.decisionCount}`)).toEqual(['2025-11-18 3 3', '2025-12-16 0 2', '2026-01-20 1 2', '2026-02-17 0 2']);
        const november = await harness.client.sendRequest<SeriesMeetingResult>('minutes/seriesMeeting', { uri: harness.uri('kfn-2025-11-18.minutes'), today: '2026-06-02' });
        expect(november.actions.map(a => `${a.identity} ${a.state} ${a.closedBy}`)).toEqual([
            '2025-11-18 § 102 done 2026-02-17', '2025-11-18 § 103 done 2025-12-16', '2025-11-18 § 103 done 2025-12-16'
        ]);
        expect(november.decisions.map(d => `${d.item} ${d.title}`)).toEqual(['§ 101 Val av justerare', '§ 102 Biblioteksfilialerna', '§ 103 Idrottshallen']);
    });

    test('minutes/newFromPrevious: the next meeting\'s minutes from the latest, named after the body and date', async () => {
        harness = await start();
        const made = await harness.client.sendRequest<NewFromPreviousResult>('minutes/newFromPrevious', { uri: harness.uri('kfn-2025-11-18.minutes') });
        expect(made.uri).toBe(harness.uri('kultur-och-fritidsnamnden-2026-03-17.minutes'));
        expect(made.dated).toBe(true);
        expect(made.text).toContain('Tid: tisdag 2026-03-17 kl. 18.00\n');
        expect(made.text).toContain('§ 7: Val av justerare\n\n§ 8: Uppföljning av uppdrag\nUppdrag: Ordna sommarlovsaktiviteter för barn.\nFrån: 2026-01-20 § 3\nAnsvarig: Omar Said\nStatus:\n');
    });

    test('minutes/render and minutes/exportHtml link a Från line and a prose reference to the sibling page, and say where each leads', async () => {
        harness = await start();
        const january = await harness.open('kfn-2026-01-20.minutes');
        await harness.diagnostics(january);
        const rendered = await harness.client.sendRequest<RenderResult>('minutes/render', { uri: january, version: 1 });
        expect(rendered.html).toContain('<a class="minutes-meeting-link" href="kfn-2025-11-18.html#p102">2025-11-18 § 102</a>');
        expect(rendered.html).toContain('Budgeten antogs <a class="minutes-meeting-link" href="kfn-2025-12-16.html#p106">2025-12-16 § 106</a> och');
        expect(rendered.html).toContain('<section class="minutes-item" data-line="18" id="p2">');
        // Where the extension opens each link: the item's line in that meeting's file (closed here).
        expect(rendered.links).toEqual({
            'kfn-2025-11-18.html#p102': { uri: harness.uri('kfn-2025-11-18.minutes'), line: 18 },
            'kfn-2025-12-16.html#p106': { uri: harness.uri('kfn-2025-12-16.minutes'), line: 34 }
        });
        const exported = await harness.client.sendRequest<ExportHtmlResult>('minutes/exportHtml', { uri: january });
        expect(exported.html).toContain('href="kfn-2025-11-18.html#p102"');
        // A Protokoll has no summary by default (kommunallagen), so each link stands once, where it is written.
        expect([...exported.html.matchAll(/href="([^"]*)"/gu)].map(m => m[1])).toEqual(['kfn-2025-11-18.html#p102', 'kfn-2025-12-16.html#p106']);
    });

    test('minutes/exportRegister writes the series\' register page with every decision and action, linking to each meeting\'s page', async () => {
        harness = await start();
        const root = folder!;
        const ask = (target: string, pagesFolder?: string) => harness!.client.sendRequest<ExportRegisterResult>('minutes/exportRegister', {
            uri: harness!.uri('kfn-2026-01-20.minutes'), target: pathToFileURL(target).href,
            pagesFolder: pagesFolder && pathToFileURL(pagesFolder).href, today: '2026-03-01'
        });
        const target = join(root, 'kfn', 'register.html');
        expect(await ask(target)).toEqual({ written: true, target: pathToFileURL(target).href });
        const page = readFileSync(target, 'utf8');
        expect(page).toContain('<title>Register of decisions and actions: Kultur- och fritidsnämnden</title>');
        const decisions = Object.values(KFN).flatMap(text => [...text.matchAll(/^Beslut: (.*)$/gmu)].map(m => m[1]));
        expect(decisions).toHaveLength(9);
        for (const decision of decisions) expect(page).toContain(`<td>${decision}</td>`);
        // Each action once, as given at its origin (its follow-ups close it).
        const actions = [...page.matchAll(/<tr><th scope="row" class="minutes-date"><a href="([^"]*)">([^<]*)<\/a><\/th><td>([^<]*)<\/td>/gu)]
            .map(m => `${m[1]} ${m[2]} ${m[3]}`);
        expect(actions.sort()).toEqual([
            'kfn-2025-11-18.html#p102 2025-11-18 § 102 Ta fram en plan för biblioteksfilialernas öppettider.',
            'kfn-2025-11-18.html#p103 2025-11-18 § 103 Begära in offerter på nytt golv i idrottshallen.',
            'kfn-2025-11-18.html#p103 2025-11-18 § 103 Informera föreningarna om avstängningen av idrottshallen.',
            'kfn-2026-01-20.html#p3 2026-01-20 § 3 Ordna sommarlovsaktiviteter för barn.'
        ]);
        expect(page).toContain('<a href="kfn-2026-02-17.html#p6">§ 6</a>');
        expect([...page.matchAll(/href="([^"]*)"/gu)].every(m => isMeetingHref(m[1]))).toBe(true);

        // Links relative to where the page is written: above the series' folder, or beside the pages of `minutes.export.folder`.
        expect((await ask(join(root, 'register.html'))).written).toBe(true);
        expect(readFileSync(join(root, 'register.html'), 'utf8')).toContain('<a href="kfn/kfn-2025-11-18.html#p102">');
        mkdirSync(join(root, 'pages'));
        expect((await ask(join(root, 'pages', 'register.html'), join(root, 'pages'))).written).toBe(true);
        expect(readFileSync(join(root, 'pages', 'register.html'), 'utf8')).toContain('<a href="kfn-2025-11-18.html#p102">');
    });

    test('minutes/exportRegister refuses a link it was not told the reader named, a folder and a minutes file with the problems the command line gives', async () => {
        harness = await start();
        const root = folder!;
        const ask = (target: string) => harness!.client.sendRequest<ExportRegisterResult>('minutes/exportRegister', {
            uri: harness!.uri('kfn-2026-02-17.minutes'), target: pathToFileURL(target).href
        });
        const cli = async (output?: string): Promise<string> => {
            let err = '';
            await registerExport('kfn', output, { messageLanguage: 'en' }, { stdout: () => undefined, stderr: text => { err += text; }, env: {}, cwd: root });
            return err;
        };
        const link = join(root, 'kfn', 'register.html');
        symlinkSync(join(root, 'elsewhere.html'), link);
        const refused = await ask(link);
        expect(refused.written).toBe(false);
        expect(refused.written ? '' : refused.problem).toMatch(/is a symbolic link .*never writes through a link/u);
        expect(await cli()).toBe(`minutes: ${refused.written ? '' : refused.problem}\n`);
        expect(existsSync(join(root, 'elsewhere.html'))).toBe(false);
        // A link the reader named in the save dialog is followed, as the HTML export and `-o` do
        // (to a file that exists: a dangling link is refused either way).
        writeFileSync(join(root, 'elsewhere.html'), 'an older page');
        const named = await harness.client.sendRequest<ExportRegisterResult>('minutes/exportRegister', {
            uri: harness.uri('kfn-2026-02-17.minutes'), target: pathToFileURL(link).href, named: true
        });
        expect(named).toEqual({ written: true, target: pathToFileURL(link).href });
        expect(readFileSync(join(root, 'elsewhere.html'), 'utf8')).toContain('<!DOCTYPE html>');
        rmSync(join(root, 'elsewhere.html'));
        rmSync(link);
        for (const [target, output] of [[join(root, 'kfn'), 'kfn'], [join(root, 'kfn', 'kfn-2025-11-18.minutes'), 'kfn/kfn-2025-11-18.minutes']]) {
            const answer = await ask(target);
            expect(answer.written).toBe(false);
            expect(await cli(output)).toBe(`minutes: ${answer.written ? '' : answer.problem}\n`);
        }
        expect(readFileSync(join(root, 'kfn', 'kfn-2025-11-18.minutes'), 'utf8')).toBe(KFN['kfn-2025-11-18.minutes']);
        // A file of no series says so.
        const none = await harness.client.sendRequest<ExportRegisterResult>('minutes/exportRegister', {
            uri: pathToFileURL(join(root, 'nowhere.minutes')).href, target: pathToFileURL(join(root, 'r.html')).href
        });
        expect(none).toEqual({ written: false, problem: expect.stringContaining('is not dated minutes of a series') });
        expect(existsSync(join(root, 'r.html'))).toBe(false);
    });
});
