/**
 * `npm run fuzz`: the fuzz property of fuzz.test.ts, 100,000 times with a random seed, split
 * over worker processes. Prints the seed first, progress while it runs, then the number of
 * documents, the slowest one (size and time) and any failure with how to replay it.
 *
 *     npm run fuzz                                   # 100,000 documents, random seed
 *     npm run fuzz -- --runs 5000 --seed 42          # fewer, reproducibly
 *     npm run fuzz -- --seed 43 --runs 50000 --workers 1 --path "12:3:0"   # replay a failure
 *
 * scripts/fuzz.mjs bundles this file to out/fuzz.cjs and runs it.
 */
import '../../language/polyfill.mjs';
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import fc from 'fast-check';
import { createFuzzServices, exerciseDocument } from './exercise.js';
import { checkWithinTimeLimit, FUZZ_TIME_LIMIT_MS } from './fuzz-property.js';
import { exampleTexts, fuzzCase } from './generators.js';

interface Options {
    runs: number;
    seed: number;
    workers: number;
    path?: string;
    worker: boolean;
}

interface Slowest {
    milliseconds: number;
    characters: number;
    lines: number;
    excerpt: string;
}

/** What a worker sends its parent. */
type WorkerMessage =
    | { type: 'progress'; done: number }
    | { type: 'done'; count: number; slowest?: Slowest; failure?: string };

function parseOptions(argv: readonly string[]): Options {
    const options: Options = { runs: 100_000, seed: randomSeed(), workers: Math.max(1, Math.min(availableParallelism(), 4)), worker: false };
    for (let i = 0; i < argv.length; i++) {
        const value = () => {
            const next = argv[++i];
            if (next === undefined) throw new Error(`${argv[i - 1]} needs a value`);
            return next;
        };
        switch (argv[i]) {
            case '--runs': options.runs = positive(value(), '--runs'); break;
            case '--seed': options.seed = Number.parseInt(value(), 10) | 0; break;
            case '--workers': options.workers = positive(value(), '--workers'); break;
            case '--path': options.path = value(); break;
            case '--worker': options.worker = true; break;
            default: throw new Error(`unknown option ${argv[i]} (use --runs N, --seed S, --workers W, --path P)`);
        }
    }
    return options;
}

function positive(text: string, name: string): number {
    const n = Number.parseInt(text, 10);
    if (!Number.isFinite(n) || n < 1) throw new Error(`${name} needs a positive number`);
    return n;
}

function randomSeed(): number {
    return (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
}

/** Runs `runs` documents from `seed` in this process; reports through `send`. */
async function runWorker(options: Options, send: (message: WorkerMessage) => void): Promise<void> {
    const services = { en: createFuzzServices('en'), sv: createFuzzServices('sv') };
    // Warm up (load and compile the code paths) on the examples, so the slowest case is a document's doing.
    for (const text of exampleTexts()) {
        await exerciseDocument(services.en, text, [1, 50, 500]);
        await exerciseDocument(services.sv, text, [2, 60, 600]);
    }
    let count = 0;
    let slowest: Slowest | undefined;
    const property = fc.asyncProperty(fuzzCase, async ({ text, positions }) => {
        const problems = await checkWithinTimeLimit(text.length % 2 === 0 ? services.en : services.sv, text, positions, result => {
            if (!slowest || result.milliseconds > slowest.milliseconds) {
                slowest = {
                    milliseconds: result.milliseconds,
                    characters: text.length,
                    lines: text.split(/\r\n|\n|\r/u).length,
                    excerpt: JSON.stringify(text.slice(0, 160))
                };
            }
        });
        count++;
        if (count % 1_000 === 0) send({ type: 'progress', done: 1_000 });
        if (problems.length > 0) throw new Error(problems.join('\n'));
    });
    const details = await fc.check(property, { seed: options.seed, numRuns: options.runs, path: options.path, endOnFailure: false });
    send({ type: 'progress', done: count % 1_000 });
    let failure: string | undefined;
    if (details.failed) {
        const text = details.counterexample?.[0].text ?? '';
        failure = [
            `seed ${options.seed}, path ${details.counterexamplePath}`,
            `replay: npm run fuzz -- --seed ${options.seed} --runs ${options.runs} --workers 1 --path "${details.counterexamplePath}"`,
            `document (${text.length} characters): ${JSON.stringify(text).slice(0, 3_000)}`,
            String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance).slice(0, 6_000)
        ].join('\n');
    }
    send({ type: 'done', count, slowest, failure });
}

/** Splits the runs over worker processes (seed, seed + 1, …) and sums up what they report. */
async function runParent(options: Options): Promise<number> {
    const started = Date.now();
    console.log(`fuzz: ${options.runs.toLocaleString('en')} documents, seed ${options.seed}, ${options.workers} worker(s), limit ${FUZZ_TIME_LIMIT_MS} ms a document`);
    let done = 0;
    let lastReport = 0;
    const results = await Promise.all(Array.from({ length: options.workers }, (_, index) => {
        const runs = Math.floor(options.runs / options.workers) + (index < options.runs % options.workers ? 1 : 0);
        const args = ['--worker', '--seed', String(options.seed + index), '--runs', String(runs), ...(options.path ? ['--path', options.path] : [])];
        return new Promise<Extract<WorkerMessage, { type: 'done' }>>((resolve, reject) => {
            if (runs === 0) return resolve({ type: 'done', count: 0 });
            const child = fork(__filename, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
            let result: Extract<WorkerMessage, { type: 'done' }> | undefined;
            child.on('message', (message: WorkerMessage) => {
                if (message.type === 'progress') {
                    if (message.done === 0) return;
                    done += message.done;
                    if (done - lastReport >= 10_000 || done === options.runs) {
                        lastReport = done;
                        console.log(`  ${done.toLocaleString('en')} documents (${Math.round((Date.now() - started) / 1000)} s)`);
                    }
                } else {
                    result = message;
                }
            });
            child.on('exit', code => result ? resolve(result) : reject(new Error(`worker ${index} (seed ${options.seed + index}) exited with ${code} before reporting`)));
        });
    }));
    const count = results.reduce((sum, r) => sum + r.count, 0);
    const slowest = results.map(r => r.slowest).filter((s): s is Slowest => !!s).sort((a, b) => b.milliseconds - a.milliseconds)[0];
    const failures = results.map(r => r.failure).filter((f): f is string => !!f);
    console.log(`fuzz: ${count.toLocaleString('en')} documents in ${Math.round((Date.now() - started) / 1000)} s, seed ${options.seed}`);
    if (slowest) {
        console.log(`slowest: ${slowest.milliseconds.toFixed(1)} ms, ${slowest.characters.toLocaleString('en')} characters, ${slowest.lines.toLocaleString('en')} lines: ${slowest.excerpt}`);
    }
    for (const failure of failures) console.log(`\nFAILED ${failure}`);
    console.log(failures.length === 0 ? 'fuzz: no failures' : `fuzz: ${failures.length} failure(s)`);
    return failures.length === 0 ? 0 : 1;
}

async function main(): Promise<void> {
    let options: Options;
    try {
        options = parseOptions(process.argv.slice(2));
    } catch (error) {
        console.error(`fuzz: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(2);
    }
    if (options.worker) {
        const sent: Array<Promise<void>> = [];
        await runWorker(options, message => sent.push(new Promise(resolve => process.send!(message, undefined, {}, () => resolve()))));
        await Promise.all(sent);
        process.disconnect?.();
        return;
    }
    process.exitCode = await runParent(options);
}

void main().catch(error => {
    console.error(error);
    process.exit(1);
});
