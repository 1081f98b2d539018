/**
 * The series' figures (SERIES.md, issue 13 "Speed and size"): a workspace of generated series
 * (20 series of 10, 50 and 100 meetings of about 10 KB: 200, 1,000 and 2,000 files) through the real
 * language server in a child process with --expose-gc — cold index time, memory after it, and
 * an edit's latency until the diagnostics of the series' open files and the view's data are
 * new — and a folder of 50 meetings on the command line: its index (summaries) and a whole
 * `minutes actions` run, in-process.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { startLanguageServer } from 'langium/lsp';
import {
    createConnection, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ProposedFeatures,
    PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter
} from 'vscode-languageserver/node';
import { NodeFileSystem } from 'langium/node';
import { createMinutesServices } from '../server/minutes-server-module.js';
import { registerSeriesRequests } from '../server/series-requests.js';
import { DecodingFileSystemProvider } from '../common/read-text.js';
import { createMinutesCoreServices } from '../language/minutes-module.js';
import { FolderSeries } from '../cli/series-files.js';
import { runCli } from '../cli/main.js';
import { addDays, formatIsoDate, weekdayOf, type CalendarDate } from '../language/dates.js';
import { measure, quantile, round, type LoopOptions, type Stats } from './stats.js';

const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];
const PERSONS = ['Anna Berg', 'Bo Ek', 'Cecilia Holm', 'David Lind', 'Eva Sjö', 'Filip Åberg', 'Greta Nyström', 'Hassan Ali'];
const FILLER = 'Förvaltningen redogjorde för ärendet och nämnden diskuterade förslaget, dess kostnader och hur det påverkar verksamheten under året. ';

/** One series of `meetings` protocols of about `bytes` each, § through the year, every action followed up at the next meeting. */
export function generateSeriesFiles(seriesIndex: number, meetings: number, bytes: number): Array<{ name: string; text: string }> {
    const body = `Nämnd ${seriesIndex + 1}`;
    const files: Array<{ name: string; text: string }> = [];
    let date: CalendarDate = { year: 2024, month: 1, day: 9 + (seriesIndex % 5) };
    let section = 0;
    let year = date.year;
    let previous: { date: string; actions: Array<{ item: number; text: string; owner: string }> } | undefined;
    for (let m = 0; m < meetings; m++) {
        if (date.year !== year) { year = date.year; section = 0; }
        const iso = formatIsoDate(date);
        const next = addDays(date, 14);
        const lines = [
            `Protokoll: ${body}, sammanträde ${m + 1}`, `Organ: ${body}`, `Tid: ${WEEKDAYS[weekdayOf(date)]} ${iso} kl. 18.00–20.00`, 'Plats: Stadshuset', '',
            'Deltagare:', ...PERSONS.map(p => `- ${p}`), '', `Ordförande: ${PERSONS[0]}`, `Sekreterare: ${PERSONS[1]}`, `Justerare: ${PERSONS[2]}`, ''
        ];
        lines.push(`§ ${++section}: Val av justerare`, `Beslut: Nämnden utser ${PERSONS[2]} att justera protokollet.`, '');
        if (previous) {
            lines.push(`§ ${++section}: Uppföljning av uppdrag`);
            for (const action of previous.actions) {
                lines.push(`Uppdrag: ${action.text}`, `Från: ${previous.date} § ${action.item}`, `Ansvarig: ${action.owner}`, 'Status: klart', '');
            }
        }
        const actions: Array<{ item: number; text: string; owner: string }> = [];
        let a = 0;
        while (lines.join('\n').length < bytes - 600) {
            const item = ++section;
            lines.push(`§ ${item}: Ärende ${item} år ${date.year}`);
            if (previous && a === 0) lines.push(`Ärendet följer beslutet ${previous.date} § ${previous.actions[0]?.item ?? 1}.`);
            lines.push(FILLER.repeat(3).trim(), '', `Beslut: Nämnden beslutar enligt förslaget i ärende ${item}.`, '');
            if (a < 3) {
                const owner = PERSONS[(m + a) % PERSONS.length];
                const text = `Utreda fråga ${a + 1} i ärende ${item} vid möte ${m + 1}.`;
                lines.push(`Uppdrag: ${text}`, `Ansvarig: ${owner}`, `Senast: ${formatIsoDate(addDays(date, 10))}`, '');
                actions.push({ item, text, owner });
                a++;
            }
        }
        lines.push(`Nästa möte: ${WEEKDAYS[weekdayOf(next)]} ${formatIsoDate(next)} kl. 18.00, Stadshuset`, `Justering: ${formatIsoDate(addDays(date, 7))}`, '');
        files.push({ name: `namnd-${seriesIndex + 1}-${iso}.minutes`, text: lines.join('\n') });
        previous = { date: iso, actions };
        date = next;
    }
    return files;
}

/** Writes `series` folders of `meetings` files each under `root`. */
export function writeWorkspace(root: string, series: number, meetings: number, bytes = 10_000): { files: number; bytes: number } {
    let total = 0;
    let count = 0;
    for (let s = 0; s < series; s++) {
        const folder = join(root, `namnd-${s + 1}`);
        mkdirSync(folder, { recursive: true });
        for (const file of generateSeriesFiles(s, meetings, bytes)) {
            writeFileSync(join(folder, file.name), file.text);
            total += Buffer.byteLength(file.text);
            count++;
        }
    }
    return { files: count, bytes: total };
}

/** What the child measures of one workspace. */
export interface WorkspaceChildResult {
    files: number;
    bytes: number;
    /** Children whose medians these are (one child's own result has none). */
    runs?: number;
    cold_index_ms: number;
    /** The same in CPU time of the process (the machine is shared: wall-clock time includes waiting for it). */
    cold_index_cpu_ms: number;
    heap_mb: number;
    rss_mb: number;
    /** didChange → new diagnostics of both open files of the series (ms), with no view open. */
    edit_diagnostics: { median: number; p95: number; n: number };
    /** didChange → the server's change notification → `minutes/series` answered (ms). */
    edit_view: { median: number; p95: number; n: number };
    /** CPU time of the process per edit, until the view's data was answered (ms). */
    edit_cpu: { median: number; p95: number; n: number };
}

/** Runs in the child: `bench.cjs --workspace-child <folder> <edits> <result file>`. */
export async function workspaceChild(folder: string, edits: number, resultFile: string): Promise<void> {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('the workspace child needs --expose-gc');
    gc();
    const baseline = process.memoryUsage();
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const services = createMinutesServices({ connection, fileSystemProvider: () => new DecodingFileSystemProvider() }, { messageLanguage: 'sv' });
    registerSeriesRequests(connection, services.shared, services.Minutes);
    startLanguageServer(services.shared);
    const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const published = new Map<string, number>();
    let waiters: Array<() => void> = [];
    let notifications = 0;
    client.onNotification(PublishDiagnosticsNotification.type, params => {
        published.set(params.uri, (published.get(params.uri) ?? 0) + 1);
        for (const waiter of waiters) waiter();
    });
    client.onNotification('minutes/seriesChanged', () => { notifications++; for (const waiter of waiters) waiter(); });
    client.onNotification('window/logMessage', () => undefined);
    client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    client.onRequest('client/registerCapability', () => null);
    client.listen();
    const until = (done: () => boolean): Promise<void> => new Promise(resolve => {
        if (done()) { resolve(); return; }
        const waiter = (): void => { if (done()) { waiters = waiters.filter(w => w !== waiter); resolve(); } };
        waiters.push(waiter);
    });
    const rootUri = pathToFileURL(folder).href;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    await client.sendRequest('initialize', { processId: null, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: {} });
    await client.sendNotification('initialized', {});
    await services.shared.workspace.WorkspaceManager.ready;
    const coldIndex = performance.now() - started;
    const coldCpu = process.cpuUsage(cpuStarted);
    const index = services.Minutes.series.WorkspaceIndex;
    gc();
    const memory = process.memoryUsage();
    // The last two meetings of the first series open; the earlier one is edited.
    const first = [...index.series.all()].filter(s => s.folder.endsWith('/namnd-1/')).sort((a, b) => a.date!.localeCompare(b.date!));
    const [earlier, later] = first.slice(-2);
    const texts = new Map<string, string>();
    for (const summary of [earlier, later]) {
        const text = readFileSync(new URL(summary.uri), 'utf8');
        texts.set(summary.uri, text);
        const count = published.get(summary.uri) ?? 0;
        await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: summary.uri, languageId: 'minutes', version: 1, text } });
        await until(() => (published.get(summary.uri) ?? 0) > count);
    }
    // Each edit moves an action of the earlier meeting to another §, so the later meeting's follow-up of it loses its origin and finds it again.
    const action = earlier.actions[0];
    const itemLine = earlier.items[action.item].range.start.line;
    const original = texts.get(earlier.uri)!;
    const number = earlier.items[action.item].number;
    const diagnostics: number[] = [];
    const view: number[] = [];
    const cpu: number[] = [];
    // First the edits alone (what the editor shows), then each followed by the view's request.
    for (let i = 0; i < 2 * edits; i++) {
        const withView = i >= edits;
        const lines = original.split('\n');
        if (i % 2 === 0) lines[itemLine] = lines[itemLine].replace(`§ ${number}:`, `§ ${Number(number) + 500}:`);
        const counts = [published.get(earlier.uri) ?? 0, published.get(later.uri) ?? 0];
        const notified = notifications;
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        await client.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: earlier.uri, version: i + 2 }, contentChanges: [{ text: lines.join('\n') }]
        });
        await until(() => (published.get(earlier.uri) ?? 0) > counts[0] && (published.get(later.uri) ?? 0) > counts[1]);
        if (!withView) {
            diagnostics.push(performance.now() - start);
            continue;
        }
        await until(() => notifications > notified);
        await client.sendRequest('minutes/series', {});
        view.push(performance.now() - start);
        const used = process.cpuUsage(cpuStart);
        cpu.push((used.user + used.system) / 1000);
    }
    const stats = (values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        return { median: round(quantile(sorted, 0.5)), p95: round(quantile(sorted, 0.95)), n: values.length };
    };
    const summaries = [...index.series.all()];
    const result: WorkspaceChildResult = {
        files: summaries.length,
        bytes: 0,
        cold_index_ms: round(coldIndex),
        cold_index_cpu_ms: round((coldCpu.user + coldCpu.system) / 1000),
        heap_mb: round((memory.heapUsed - baseline.heapUsed) / 1024 / 1024),
        rss_mb: round(memory.rss / 1024 / 1024),
        edit_diagnostics: stats(diagnostics),
        edit_view: stats(view),
        edit_cpu: stats(cpu)
    };
    writeFileSync(resultFile, JSON.stringify(result));
    client.dispose();
    connection.dispose();
}

export interface WorkspaceResult {
    sizes: WorkspaceChildResult[];
    /** A folder of 50 meetings on the command line. */
    folder_50: { files: number; index: Stats; actions: Stats };
}

/** The median of each figure of several children of one workspace (each edit figure: the median of the children's). */
export function medianOfRuns(runs: readonly WorkspaceChildResult[]): WorkspaceChildResult {
    const median = (pick: (run: WorkspaceChildResult) => number): number => round(quantile(runs.map(pick).sort((a, b) => a - b), 0.5));
    const edits = (pick: (run: WorkspaceChildResult) => WorkspaceChildResult['edit_view']) => ({
        median: median(run => pick(run).median), p95: median(run => pick(run).p95), n: runs.reduce((n, run) => n + pick(run).n, 0)
    });
    return {
        files: runs[0].files,
        bytes: runs[0].bytes,
        runs: runs.length,
        cold_index_ms: median(run => run.cold_index_ms),
        cold_index_cpu_ms: median(run => run.cold_index_cpu_ms),
        heap_mb: median(run => run.heap_mb),
        rss_mb: median(run => run.rss_mb),
        edit_diagnostics: edits(run => run.edit_diagnostics),
        edit_view: edits(run => run.edit_view),
        edit_cpu: edits(run => run.edit_cpu)
    };
}

/**
 * Measures every workspace size (20 series of 10, 50 and 100 meetings: 200, 1,000 and 2,000
 * files) in fresh children of `script` (out/bench.cjs), three per size (one with `quick`), and
 * the 50-meeting folder in-process.
 */
export async function measureWorkspace(options: { script: string; quick: boolean; log: (line: string) => void; loop: LoopOptions }): Promise<WorkspaceResult> {
    const sizes: WorkspaceChildResult[] = [];
    for (const meetings of [10, 50, 100]) {
        const dir = mkdtempSync(join(tmpdir(), 'minutes-bench-workspace-'));
        try {
            const written = writeWorkspace(dir, 20, meetings);
            options.log(`  workspace of ${written.files} files (${round(written.bytes / 1024 / 1024)} MB)…`);
            const resultFile = join(dir, 'result.json');
            const runs: WorkspaceChildResult[] = [];
            for (let run = 0; run < (options.quick ? 1 : 3); run++) {
                const child = spawnSync(process.execPath, ['--expose-gc', options.script, '--workspace-child', dir, String(options.quick ? 10 : 60), resultFile],
                    { stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000 });
                if (child.status !== 0) throw new Error(`the workspace child failed (${child.status ?? child.signal})`);
                runs.push({ ...JSON.parse(readFileSync(resultFile, 'utf8')) as WorkspaceChildResult, bytes: written.bytes });
            }
            const result = medianOfRuns(runs);
            options.log(`    cold index ${result.cold_index_ms} ms (CPU ${result.cold_index_cpu_ms} ms), heap +${result.heap_mb} MB (rss ${result.rss_mb} MB); edit → series diagnostics p95 ${result.edit_diagnostics.p95} ms, → view p95 ${result.edit_view.p95} ms (medians of ${runs.length})`);
            sizes.push(result);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }
    const dir = mkdtempSync(join(tmpdir(), 'minutes-bench-folder-'));
    try {
        writeWorkspace(dir, 1, 50);
        const folder = join(dir, 'namnd-1');
        const services = createMinutesCoreServices(NodeFileSystem);
        const index = await measure(async () => {
            const series = new FolderSeries(services.Minutes);
            await series.loadFolderOf(join(folder, 'x.minutes'));
        }, options.loop);
        const io = { stdout: () => undefined, stderr: () => undefined, env: {}, cwd: folder, today: () => ({ year: 2026, month: 1, day: 1 }) };
        const actions = await measure(() => runCli(['actions', '.'], io), options.loop);
        options.log(`  folder of 50 meetings: index median ${round(index.median)} ms, minutes actions median ${round(actions.median)} ms`);
        return { sizes, folder_50: { files: 50, index, actions } };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
