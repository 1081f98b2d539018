/**
 * Whole processes, as a user starts them: `minutes export` of the generated 1 MB document
 * against a Node script that renders its Markdown twin with markdown-it and writes the HTML,
 * and `minutes check` of a twelve-line file against `node -e 0` (the start-up overhead). Node's
 * own start-up is in every figure. The commands run in alternation (a, b, c, …, a, b, c, …) so
 * that they share the machine's moments; each also runs once untimed first, which leaves the
 * CLI's V8 code cache (bin/code-cache.cjs) in place as an installed CLI has it. `minutes` is
 * measured both with that cache and without it (MINUTES_CODE_CACHE=off), the state before it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { summarize, type Stats } from './stats.js';

/** Builds the bundles (out/cli.cjs, out/server.cjs) that `bin/minutes.cjs` and the server cases run. */
export function buildBundles(root: string): void {
    const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: ['ignore', 2, 2] });
    if (build.status !== 0) throw new Error('node esbuild.mjs failed: the server bundle is needed');
}

/** A twelve-line minutes file, as the issue measured `minutes check` with. */
export const TWELVE_LINES = [
    'Minnesanteckningar: Styrelsemöte',
    'Tid: tisdag 2025-03-04 kl. 18.00',
    'Plats: Föreningslokalen',
    '',
    'Deltagare:',
    '- Anna Berg, ordförande',
    '- Bo Ek, sekreterare',
    '',
    'Ordförande: Anna Berg',
    'Vid anteckningarna: Bo Ek',
    'Justerare: Anna Berg',
    'Avslutning: Ordföranden avslutar mötet.',
    ''
].join('\n');

/**
 * Preloaded into every timed process (ours and the baselines alike): reports the process's
 * CPU time, all threads, from its start to its exit, on file descriptor 3.
 */
const CPU_REPORT = `process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    try { require('node:fs').writeSync(3, String((user + system) / 1000)); } catch { }
});
`;

/** The baseline of the export: markdown-it with VS Code's Markdown preview options, as bench/pipeline.ts. */
function markdownScript(markdownIt: string): string {
    return `const { readFileSync, writeFileSync } = require('node:fs');
const MarkdownIt = require(${JSON.stringify(markdownIt)});
const md = new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false });
writeFileSync(process.argv[3], md.render(readFileSync(process.argv[2], 'utf8')));
`;
}

export interface Command {
    name: string;
    args: string[];
    env?: Record<string, string>;
    /** Exit codes that count as success. */
    ok: number[];
}

/** One command's wall-clock and CPU milliseconds over the timed runs. */
export interface ProcessStats {
    command: string;
    stats: Stats;
}

/** What the whole-process cases found. */
export interface ProcessResult {
    rounds: number;
    export_1mb: { minutes: ProcessStats; minutes_no_cache: ProcessStats; markdown_it: ProcessStats; bytes: number; markdown_bytes: number };
    check_small: { minutes: ProcessStats; minutes_no_cache: ProcessStats; node: ProcessStats; lines: number };
}

/** Runs one command as a new process; returns its wall and CPU milliseconds. */
function runOnce(command: Command, preload: string, cwd: string): { wall: number; cpu: number } {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--require', preload, ...command.args], {
        cwd, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], env: { ...process.env, ...command.env }, encoding: 'utf8'
    });
    const wall = performance.now() - start;
    if (run.status === null || !command.ok.includes(run.status)) {
        throw new Error(`${command.name} exited with ${run.status ?? run.signal}: ${String(run.stderr).slice(0, 500)}`);
    }
    const cpu = Number(run.output[3]);
    return { wall, cpu: Number.isFinite(cpu) ? cpu : NaN };
}

/** Runs the commands in alternation, one untimed round first; statistics per command. */
export function alternate(commands: Command[], rounds: number, preload: string, cwd: string): ProcessStats[] {
    for (const command of commands) runOnce(command, preload, cwd);
    const wall: number[][] = commands.map(() => []);
    const cpu: number[][] = commands.map(() => []);
    for (let round = 0; round < rounds; round++) {
        commands.forEach((command, i) => {
            const sample = runOnce(command, preload, cwd);
            wall[i].push(sample.wall);
            cpu[i].push(sample.cpu);
        });
    }
    return commands.map((command, i) => ({ command: command.name, stats: summarize(wall[i], cpu[i]) }));
}

/** The files the whole-process cases use, written into `dir`. */
export function processFiles(dir: string, root: string, document: string, markdown: string): { preload: string; big: string; twin: string; small: string; renderMarkdown: string } {
    const file = (name: string, text: string): string => {
        const path = join(dir, name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
        return path;
    };
    return {
        preload: file('cpu-report.cjs', CPU_REPORT),
        big: file('big.minutes', document),
        twin: file('big.md', markdown),
        // In a folder of its own: `minutes check` reads the other minutes of a file's folder (its
        // series), and the 1 MB document beside it would be timed too.
        small: file('check/small.minutes', TWELVE_LINES),
        renderMarkdown: file('render-markdown.cjs', markdownScript(join(root, 'node_modules', 'markdown-it')))
    };
}

/**
 * Measures the whole-process cases. `document` and `markdown` are the 1 MB minutes text and its
 * Markdown twin; `root` is the repository (bin/minutes.cjs and out/cli.cjs must be built).
 */
export function measureProcesses(root: string, document: string, markdown: string, options: { quick: boolean; log: (line: string) => void }): ProcessResult {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-bench-process-'));
    try {
        const { preload, big, twin, small, renderMarkdown } = processFiles(dir, root, document, markdown);
        const bin = join(root, 'bin', 'minutes.cjs');
        const off = { MINUTES_CODE_CACHE: 'off' };
        const exportArgs = [bin, 'export', big, '-o', join(dir, 'big.html')];
        const checkArgs = [bin, 'check', small];

        const exportRounds = options.quick ? 1 : 11;
        options.log(`  minutes export (with and without code cache) | markdown-it script, 1 MB, ${exportRounds} rounds…`);
        const [minutes, minutesNoCache, markdownIt] = alternate([
            { name: 'minutes export big.minutes -o big.html', args: exportArgs, ok: [0] },
            { name: 'MINUTES_CODE_CACHE=off minutes export big.minutes -o big.html', args: exportArgs, env: off, ok: [0] },
            { name: 'node render-markdown.cjs big.md big-md.html (markdown-it)', args: [renderMarkdown, twin, join(dir, 'big-md.html')], ok: [0] }
        ], exportRounds, preload, dir);
        checkOutput(join(dir, 'big.html'), join(dir, 'big-md.html'));

        const checkRounds = options.quick ? 2 : 21;
        options.log(`  minutes check of ${TWELVE_LINES.split('\n').length - 1} lines (with and without code cache) | node -e 0, ${checkRounds} rounds…`);
        const [check, checkNoCache, node] = alternate([
            { name: 'minutes check small.minutes', args: checkArgs, ok: [0] },
            { name: 'MINUTES_CODE_CACHE=off minutes check small.minutes', args: checkArgs, env: off, ok: [0] },
            { name: 'node -e 0', args: ['-e', '0'], ok: [0] }
        ], checkRounds, preload, dir);
        return {
            rounds: exportRounds,
            export_1mb: { minutes, minutes_no_cache: minutesNoCache, markdown_it: markdownIt, bytes: Buffer.byteLength(document), markdown_bytes: Buffer.byteLength(markdown) },
            check_small: { minutes: check, minutes_no_cache: checkNoCache, node, lines: TWELVE_LINES.split('\n').length - 1 }
        };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

/** Both pages must have been written: timing a command that did nothing means nothing. */
export function checkOutput(...pages: string[]): void {
    for (const page of pages) {
        if (readFileSync(page, 'utf8').length < 100_000) throw new Error(`${page} is missing or too short`);
    }
}
