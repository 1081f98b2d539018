/**
 * The pathological documents (test/robustness/pathological.ts) through the real server
 * (`minutes lsp --stdio`, a child process), as an editor opens them: the promise that an
 * editor gets diagnostics, hover and document symbols within 5 s, even for a 10 MB document.
 * test/robustness/pathological.test.ts only checks that every answer comes (a hang limit): a
 * timed test on a shared, busy machine fails for the machine's sake, not the code's.
 *
 * Each round opens every document in turn on a fresh server that has checked one small
 * document: milliseconds from didOpen to its first publishDiagnostics, then hover (line 2,
 * column 13, as the test asks) and document symbols, sent together and each timed to its
 * answer; then the document is closed and its cleared diagnostics awaited, so that no work of
 * one document overlaps the next. The figures are medians over the rounds; next to the
 * wall-clock time of the diagnostics, the server process's CPU time over the same interval
 * (from /proc, 10 ms steps), which a busy machine disturbs less.
 */
import { readFileSync } from 'node:fs';
import { DocumentSymbolRequest, HoverRequest } from 'vscode-languageserver/node';
import { LspSession } from '../test/robustness/lsp-session.js';
import { pathologicalDocuments, type Pathological } from '../test/robustness/pathological.js';
import { ENGLISH_MINUTES } from '../test/fixtures/fixtures.js';
import { buildBundles } from './process.js';
import { formatMs, median, round } from './stats.js';

/** The promise to an editor. */
export const ANSWER_TARGET_MS = 5_000;
/** A hang limit per answer, far above the target (a quadratic case took 20–100 s). */
const LIMIT_MS = 60_000;

export interface PathologicalLatency {
    name: string;
    bytes: number;
    /** Medians in milliseconds over the rounds, and the slowest round. */
    diagnostics_ms: number;
    /** The server's CPU time from didOpen to the diagnostics (median; null where /proc is missing). */
    diagnostics_cpu_ms: number | null;
    hover_ms: number;
    symbols_ms: number;
    slowest_ms: number;
    /** Each of the three medians under {@link ANSWER_TARGET_MS}. */
    under_5_s: boolean;
}

export interface PathologicalResult {
    rounds: number;
    documents: PathologicalLatency[];
    /** The largest of all the medians: the target is met when it is under 5 s. */
    worst_median_ms: number;
    all_under_5_s: boolean;
}

interface Sample { diagnostics: number; diagnosticsCpu: number; hover: number; symbols: number }

/** CPU milliseconds (user + system) the process `pid` has used, from /proc (Linux); NaN elsewhere. */
function cpuMs(pid: number): number {
    try {
        // The fields after the command's closing parenthesis; utime and stime are the 12th and 13th, in ticks of 10 ms.
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /su, '').split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
        return NaN;
    }
}

/** Opens `p`, times its diagnostics, hover and symbols, closes it and waits for the clearing. */
async function sample(session: LspSession, p: Pathological, uri: string): Promise<Sample> {
    const pid = session.process.pid!;
    const before = session.publishCount(uri);
    const cpuStarted = cpuMs(pid);
    const started = performance.now();
    await session.open(uri, p.text);
    const diagnostics = await session.nextDiagnostics(uri, before, LIMIT_MS);
    const diagnosticsMs = performance.now() - started;
    const diagnosticsCpu = cpuMs(pid) - cpuStarted;
    const missing = (p.mustReport ?? []).filter(code => !diagnostics.some(d => d.code === code));
    if (missing.length > 0) throw new Error(`${p.name}: the server did not report ${missing.join(', ')}: timing it would mean nothing`);
    const timed = async (answer: Promise<unknown>): Promise<number> => {
        const asked = performance.now();
        await answer;
        return performance.now() - asked;
    };
    const [hover, symbols] = await Promise.all([
        timed(session.request(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 12 } }, LIMIT_MS, `${p.name}: hover`)),
        timed(session.request(DocumentSymbolRequest.type, { textDocument: { uri } }, LIMIT_MS, `${p.name}: document symbols`))
    ]);
    const open = session.publishCount(uri);
    await session.close(uri);
    await session.nextDiagnostics(uri, open, LIMIT_MS);
    return { diagnostics: diagnosticsMs, diagnosticsCpu, hover, symbols };
}

/** Runs the documents through a fresh server, `quick` in fewer rounds; the bundles are built first. */
export async function measurePathological(options: { root: string; quick: boolean; log: (line: string) => void }): Promise<PathologicalResult> {
    buildBundles(options.root);
    const documents = pathologicalDocuments();
    const rounds = options.quick ? 1 : 5;
    const samples: Sample[][] = documents.map(() => []);
    const session = await LspSession.start();
    try {
        const small = 'file:///tmp/minutes-bench-small.minutes';
        await session.open(small, ENGLISH_MINUTES);
        await session.nextDiagnostics(small, 0, LIMIT_MS);
        for (let round = 0; round < rounds; round++) {
            options.log(`  round ${round + 1} of ${rounds}: ${documents.length} documents…`);
            for (const [i, p] of documents.entries()) samples[i].push(await sample(session, p, `file:///tmp/minutes-bench-pathological-${i}/minutes.minutes`));
        }
        if (!session.alive) throw new Error(`the server died: ${session.stderr.slice(-2_000)}`);
    } finally {
        await session.stop();
    }
    const latencies = documents.map((p, i): PathologicalLatency => {
        const s = samples[i];
        const [diagnostics, hover, symbols] = [median(s.map(x => x.diagnostics)), median(s.map(x => x.hover)), median(s.map(x => x.symbols))];
        const cpu = median(s.map(x => x.diagnosticsCpu));
        return {
            name: p.name, bytes: Buffer.byteLength(p.text),
            diagnostics_ms: round(diagnostics), diagnostics_cpu_ms: Number.isNaN(cpu) ? null : round(cpu), hover_ms: round(hover), symbols_ms: round(symbols),
            slowest_ms: round(Math.max(...s.flatMap(x => [x.diagnostics, x.hover, x.symbols]))),
            under_5_s: Math.max(diagnostics, hover, symbols) < ANSWER_TARGET_MS
        };
    });
    const worst = Math.max(...latencies.map(l => Math.max(l.diagnostics_ms, l.hover_ms, l.symbols_ms)));
    return { rounds, documents: latencies, worst_median_ms: round(worst), all_under_5_s: latencies.every(l => l.under_5_s) };
}

/** The table for the bench's output. */
export function formatPathological(result: PathologicalResult | { error: string }): string[] {
    if ('error' in result) return [`Pathological documents through the real server: null (${result.error})`];
    return [
        `Pathological documents through the real server (minutes lsp --stdio), medians of ${result.rounds} round${result.rounds === 1 ? '' : 's'}; `
        + `target: diagnostics, hover and symbols each within ${ANSWER_TARGET_MS / 1000} s:`,
        '',
        '| document | bytes | diagnostics ms | server CPU ms | hover ms | symbols ms | slowest ms | under 5 s |',
        '|---|---:|---:|---:|---:|---:|---:|---|',
        ...result.documents.map(d => `| ${d.name} | ${d.bytes} | ${formatMs(d.diagnostics_ms)} | ${formatMs(d.diagnostics_cpu_ms)} | ${formatMs(d.hover_ms)} | ${formatMs(d.symbols_ms)} | `
            + `${formatMs(d.slowest_ms)} | ${d.under_5_s ? 'yes' : 'NO'} |`)
    ];
}
