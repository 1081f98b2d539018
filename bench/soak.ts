/**
 * The server soak as figures: the real server (`minutes lsp --stdio`, a child process) through
 * the soak of test/robustness/soak.ts (open/change/close cycles over a workspace whose files
 * are deleted and made unreadable in between), with its answer time and resident memory
 * before and after; and the memory left by many distinct large documents opened and closed
 * (issue 11, 8: closed documents must be released). Goals: answers under 100 ms, memory back
 * within 50 MB of where it started.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LspSession } from '../test/robustness/lsp-session.js';
import { probe, runSoak, startSoak } from '../test/robustness/soak.js';
import { generateMinutes, utf8Length } from './generate.js';
import { startHarness } from './lsp.js';
import { buildBundles } from './process.js';
import { round } from './stats.js';

export interface SoakResult {
    cycles: number;
    documents: number;
    /** False when files of mode 000 could not be made unreadable to the server (root without `nobody`). */
    unreadable_tested: boolean;
    /** Median milliseconds of a fresh document's diagnostics, outline and preview, before and after the soak. */
    answer_ms_before: number;
    answer_ms_after: number;
    rss_mb_start: number;
    rss_mb_end: number;
    rss_growth_mb: number;
    /** Distinct large documents opened and closed one after the other (in-process; heap after a full collection). */
    release: { documents: number; bytes_each: number; heap_mb_start: number; heap_mb_end: number; heap_growth_mb: number; documents_held: number };
    goals: { answer_under_100_ms: boolean; memory_within_50_mb: boolean };
}

const LIMIT_MS = 30_000;

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find(l => l.startsWith('VmRSS:'));
    return Number(line?.replace(/\D+/gu, '') ?? 0) / 1024;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Milliseconds from opening a fresh document to its diagnostics, outline and preview, median of `n`. */
async function answerTime(session: LspSession, name: string, n: number): Promise<number> {
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
        const times = await probe(session, `${name}-${i}`, LIMIT_MS);
        samples.push(times.diagnostics + times.outline + times.render);
    }
    return median(samples);
}

/** Lets the server finish pending work and its allocator settle before memory is read. */
const settle = (): Promise<void> => new Promise(resolve => setTimeout(resolve, 2_000));

/** Runs the soak and the release case on freshly built bundles; `quick` runs fewer cycles. */
export async function measureSoak(options: { root: string; quick: boolean; log: (line: string) => void }): Promise<SoakResult> {
    buildBundles(options.root);
    const cycles = options.quick ? 200 : 1_000;
    const documents = 100;
    const soak = await startSoak(documents);
    try {
        const pid = soak.session.process.pid!;
        const before = await answerTime(soak.session, 'before', options.quick ? 3 : 10);
        await settle();
        const rssStart = rssMb(pid);
        options.log(`  soak: ${cycles} cycles over ${documents} documents…`);
        await runSoak(soak, { cycles, documents });
        await settle();
        const after = await answerTime(soak.session, 'after', options.quick ? 3 : 10);
        await settle();
        const rssEnd = rssMb(pid);
        const release = await measureRelease(options.quick ? 50 : 200, options.log);
        return {
            cycles, documents, unreadable_tested: soak.unreadableTested,
            answer_ms_before: round(before), answer_ms_after: round(after),
            rss_mb_start: round(rssStart), rss_mb_end: round(rssEnd), rss_growth_mb: round(rssEnd - rssStart),
            release,
            goals: { answer_under_100_ms: after < 100, memory_within_50_mb: rssEnd - rssStart <= 50 && release.heap_growth_mb <= 50 }
        };
    } finally {
        await soak.dispose();
    }
}

/**
 * V8's garbage collector, callable in this process: the retained heap is what is left after a
 * full collection (the resident size also counts garbage not yet collected).
 */
function collector(): () => void {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
}

/**
 * Opens and closes `count` distinct documents of about 82 KB one after the other in the server
 * in-process (as bench/lsp.ts runs it) and reads the heap it retains after a full collection.
 */
async function measureRelease(count: number, log: (line: string) => void): Promise<SoakResult['release']> {
    const base = generateMinutes({ lang: 'sv', lines: 1_550, seed: 11 }).minutes;
    const harness = await startHarness(generateMinutes({ lang: 'sv', lines: 50, seed: 2 }).minutes);
    const gc = collector();
    const heapMb = (): number => { gc(); gc(); return process.memoryUsage().heapUsed / 1024 / 1024; };
    try {
        const start = heapMb();
        log(`  release: ${count} distinct documents of ${Math.round(utf8Length(base) / 1000)} KB opened and closed…`);
        for (let i = 0; i < count; i++) {
            const uri = `file:///tmp/minutes-release-${i}.minutes`;
            const published = new Promise<void>(resolve => {
                const listener = harness.client.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
                    if (params.uri !== uri) return;
                    listener.dispose();
                    resolve();
                });
            });
            await harness.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'minutes', version: 1, text: `${base}// ${i}\n` } });
            await published;
            await harness.client.sendNotification('textDocument/didClose', { textDocument: { uri } });
        }
        // The last close is handled before this round trip returns; its release runs under the write lock.
        await harness.client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: harness.uri } });
        await new Promise(resolve => setTimeout(resolve, 200));
        const end = heapMb();
        const held = harness.Minutes.shared.workspace.LangiumDocuments.all.count();
        return { documents: count, bytes_each: utf8Length(base), heap_mb_start: round(start), heap_mb_end: round(end), heap_growth_mb: round(end - start), documents_held: held };
    } finally {
        harness.dispose();
    }
}

/** One line for the bench table. */
export function formatSoak(soak: SoakResult | { error: string }): string {
    if ('error' in soak) return `Server soak: null (${soak.error})`;
    return `Server soak (real server, ${soak.cycles} open/change/close cycles over ${soak.documents} workspace files deleted and made `
        + `${soak.unreadable_tested ? '' : 'NOT '}unreadable in between): a fresh document answered (diagnostics + outline + preview, median) `
        + `in ${soak.answer_ms_before} ms before and ${soak.answer_ms_after} ms after; resident memory ${soak.rss_mb_start} → ${soak.rss_mb_end} MB `
        + `(${soak.rss_growth_mb >= 0 ? '+' : ''}${soak.rss_growth_mb} MB). ${soak.release.documents} distinct ${Math.round(soak.release.bytes_each / 1000)} KB `
        + `documents opened and closed (in-process): heap after a full collection ${soak.release.heap_mb_start} → ${soak.release.heap_mb_end} MB `
        + `(${soak.release.heap_growth_mb >= 0 ? '+' : ''}${soak.release.heap_growth_mb} MB), ${soak.release.documents_held} documents still held.`;
}
