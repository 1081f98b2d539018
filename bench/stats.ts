/**
 * Timing loops for the benchmarks: a warm-up, then repeated runs within an iteration range
 * and a time budget, summarised as median and 95th percentile.
 */
import { performance } from 'node:perf_hooks';

export interface Stats {
    /** Number of timed runs. */
    n: number;
    /** Wall-clock milliseconds. */
    median: number;
    p95: number;
    min: number;
    max: number;
    mean: number;
    /**
     * CPU milliseconds of the whole process (all threads, GC helpers included) over the same
     * runs: on a machine shared with other work this moves much less than wall-clock time.
     */
    cpuMedian: number;
    cpuP95: number;
}

export interface LoopOptions {
    /** Untimed runs first, so the JIT and caches settle. */
    warmup: number;
    /** At least this many timed runs, even past the budget. */
    minIterations: number;
    /** At most this many timed runs. */
    maxIterations: number;
    /** Stop adding runs (after minIterations) once this much time has been spent timing. */
    budgetMs: number;
}

/** The value below which `q` of the sorted samples lie (nearest-rank). */
export function quantile(sorted: readonly number[], q: number): number {
    if (sorted.length === 0) return NaN;
    const rank = Math.ceil(q * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

interface Distribution {
    median: number;
    p95: number;
    min: number;
    max: number;
    mean: number;
}

function distribution(samples: readonly number[]): Distribution {
    const sorted = [...samples].sort((a, b) => a - b);
    const n = sorted.length;
    return {
        median: n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2,
        p95: quantile(sorted, 0.95),
        min: sorted[0],
        max: sorted[n - 1],
        mean: sorted.reduce((sum, x) => sum + x, 0) / n
    };
}

/** The median of some samples. */
export function median(samples: readonly number[]): number {
    return distribution(samples).median;
}

export function summarize(wall: readonly number[], cpu: readonly number[]): Stats {
    const c = distribution(cpu);
    return { n: wall.length, ...distribution(wall), cpuMedian: c.median, cpuP95: c.p95 };
}

/** One timed run: wall and CPU milliseconds; a clean-up function it returns runs untimed. */
async function timeOnce(run: (iteration: number) => unknown, iteration: number): Promise<{ wall: number; cpu: number }> {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    let result = run(iteration);
    if (result instanceof Promise) result = await result;
    const wall = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    if (typeof result === 'function') await (result as () => unknown)();
    return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * Times `run` repeatedly. `run` may return a function that cleans up after it; the clean-up
 * is not timed. Samples are in milliseconds.
 */
export async function measure(run: (iteration: number) => unknown, options: LoopOptions): Promise<Stats> {
    return (await measureInterleaved([run], options))[0];
}

/**
 * Times several runs in alternation (a, b, c, a, b, c, …) so that they share the same machine
 * conditions (JIT state, heap size, other load): a ratio of two of them is then fairer than
 * one of two loops run one after the other. The budget and iteration limits count rounds.
 */
export async function measureInterleaved(runs: ReadonlyArray<(iteration: number) => unknown>, options: LoopOptions): Promise<Stats[]> {
    let iteration = 0;
    for (let i = 0; i < options.warmup; i++, iteration++) for (const run of runs) await timeOnce(run, iteration);
    const wall: number[][] = runs.map(() => []);
    const cpu: number[][] = runs.map(() => []);
    let spent = 0;
    let rounds = 0;
    while (rounds < options.maxIterations && (rounds < options.minIterations || spent < options.budgetMs)) {
        for (let r = 0; r < runs.length; r++) {
            const sample = await timeOnce(runs[r], iteration);
            wall[r].push(sample.wall);
            cpu[r].push(sample.cpu);
            spent += sample.wall;
        }
        rounds++;
        iteration++;
    }
    return wall.map((samples, r) => summarize(samples, cpu[r]));
}

/** Milliseconds with a sensible number of digits for a table. */
export function formatMs(ms: number | null | undefined): string {
    if (ms === null || ms === undefined || Number.isNaN(ms)) return '–';
    if (ms >= 100) return ms.toFixed(0);
    if (ms >= 10) return ms.toFixed(1);
    return ms.toFixed(2);
}

/** Rounds to three decimals for the JSON output. */
export function round(value: number): number {
    return Math.round(value * 1000) / 1000;
}
