/**
 * Case e: peak heap while parsing, validating and rendering the 1 MB document, measured in a
 * child process started with --expose-gc so that nothing else of the benchmark is on its heap.
 *
 * V8 has no "peak heap" counter, but the heap in use only ever drops at a garbage collection,
 * so its maximum is either the size just before one of the collections during the run or a
 * size at the end of it. The child turns V8's --trace-gc on for the run only (it prints each
 * collection's heap size before and after) and also samples process.memoryUsage().heapUsed
 * after the lexer, at every build phase and after the render; the peak is the largest of all
 * of these. heapUsed and the traced sizes count garbage not yet collected, as the brief asks.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { URI } from 'langium';
import type { Document } from '../language/generated/ast.js';
import { renderStandalonePage } from '../language/render/html.js';
import { generateMinutes, utf8Length } from './generate.js';
import { createCoreServices, buildFresh, forget, assertClean } from './pipeline.js';

export interface HeapResult {
    bytes: number;
    baseline_mb: number;
    peak_mb: number;
    /** Peak heapUsed minus the baseline. */
    heap_mb: number;
    /** heapUsed after a full GC with the document and the page still referenced, minus the baseline. */
    retained_mb: number;
    samples: number;
    /** Garbage collections during the run (from --trace-gc). */
    gc_count: number;
    /** Where the peak was seen: a sample point, or just before a collection. */
    peak_at: string;
}

/** What the child writes to its result file; the traced collections come from its stdout. */
type ChildResult = Omit<HeapResult, 'gc_count'>;

const MB = 1024 * 1024;

/** Runs in the child: `bench.cjs --heap-child <bytes> <result file>`. */
export async function heapChild(bytes: number, resultFile: string): Promise<void> {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('the heap child needs --expose-gc');
    const { minutes } = generateMinutes({ lang: 'sv', bytes, seed: 1 });
    const services = createCoreServices();
    // One small document first: whatever Langium sets up lazily is not the 1 MB document's cost.
    const warm = await buildFresh(services, generateMinutes({ lang: 'sv', bytes: 10_000, seed: 2 }).minutes);
    renderStandalonePage(warm.parseResult.value);
    forget(services, warm);

    let peak = 0;
    let peakAt = '';
    let samples = 0;
    const sample = (where: string): void => {
        const used = process.memoryUsage().heapUsed;
        samples++;
        if (used > peak) {
            peak = used;
            peakAt = where;
        }
    };
    const lexer = services.Minutes.parser.Lexer;
    const tokenize = lexer.tokenize.bind(lexer);
    lexer.tokenize = (text, options) => {
        const result = tokenize(text, options);
        sample('after lexing');
        return result;
    };
    const builder = services.shared.workspace.DocumentBuilder;
    // DocumentState.Parsed (1) … Validated (6).
    for (const state of [1, 2, 3, 4, 5, 6]) {
        builder.onDocumentPhase(state, () => sample(`document phase ${state}`));
    }

    gc();
    gc();
    const baseline = process.memoryUsage().heapUsed;
    peak = baseline;
    peakAt = 'at the start';
    samples = 0;
    setFlagsFromString('--trace-gc');
    const document = await buildFresh(services, minutes);
    sample('after build');
    const page = renderStandalonePage(document.parseResult.value as Document);
    sample('after render');
    setFlagsFromString('--no-trace-gc');
    assertClean(document, 'the 1 MB document');
    gc();
    gc();
    const retained = process.memoryUsage().heapUsed;
    const result: ChildResult = {
        bytes: utf8Length(minutes),
        baseline_mb: baseline / MB,
        peak_mb: peak / MB,
        heap_mb: (peak - baseline) / MB,
        retained_mb: (retained - baseline) / MB,
        samples,
        peak_at: peakAt
    };
    // Keep the document and the page alive until the retained figure is taken.
    if (page.length === 0 || !URI.isUri(document.uri)) throw new Error('unreachable');
    // Not on stdout: V8 writes the GC trace there through its own buffer.
    writeFileSync(resultFile, JSON.stringify(result));
}

const MIB_BEFORE_GC = /: (?:Scavenge|Mark-Compact|Mark-Sweep|Minor Mark-Sweep|Minor Mark-Compact)\S*\s+([\d.]+) \(([\d.]+)\) -> ([\d.]+)/u;

/** Runs the child with this same bundle and combines its samples with its GC trace. */
export function measureHeap(script: string, bytes: number): Promise<HeapResult> {
    const resultFile = join(tmpdir(), `minutes-bench-heap-${process.pid}.json`);
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--expose-gc', script, '--heap-child', String(bytes), resultFile], {
            stdio: ['ignore', 'pipe', 'inherit']
        });
        let out = '';
        child.stdout.on('data', chunk => { out += chunk; });
        child.on('error', reject);
        child.on('close', code => {
            try {
                if (code !== 0) throw new Error(`heap child exited with ${code}`);
                const result = JSON.parse(readFileSync(resultFile, 'utf8')) as ChildResult;
                const beforeGc = out.split('\n').flatMap(line => {
                    const m = MIB_BEFORE_GC.exec(line);
                    return m ? [Number(m[1])] : [];
                });
                const tracedPeak = Math.max(0, ...beforeGc);
                const peak = Math.max(result.peak_mb, tracedPeak);
                resolve({
                    ...result,
                    peak_mb: peak,
                    heap_mb: peak - result.baseline_mb,
                    gc_count: beforeGc.length,
                    peak_at: tracedPeak > result.peak_mb ? 'just before a garbage collection' : result.peak_at
                });
            } catch (error) {
                reject(error);
            } finally {
                rmSync(resultFile, { force: true });
            }
        });
    });
}
