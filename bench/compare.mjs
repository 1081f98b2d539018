// Benchmarks two commits in the same session, alternately, so that both meet the same moments of
// a shared, noisy machine (issue 12: "bench the commit before and the commit after in the same
// run"):
//
//   node bench/compare.mjs <before> <after> [--rounds N] [--process-rounds N] [--quick] [--no-process] [--keep]
//
// A commit is anything `git rev-parse` takes; `.` is this working tree as it is (uncommitted
// changes included). Each commit is checked out in a scratch worktree under the system's temporary
// folder (git worktree add --detach), with this repository's node_modules linked in, its Langium
// files generated and its bundles built (node esbuild.mjs), as a fresh clone would. Then:
//
// - In-process cases: bench/compare-child.ts, bundled once per commit (the measured code, i.e.
//   bench/pipeline.ts, bench/lsp.ts and the renderer, from that commit; the documents and the
//   method from this one), runs as a new process per round, the commits alternating
//   (A B, B A, A B, …); each case's figure is the median over the rounds of each round's median.
//   markdown-it runs in every round of both: the same code, so its ratio shows how fair the
//   alternation was.
// - Whole processes (bench/process.ts): `minutes check` of twelve lines and `minutes export` of
//   the 1 MB document with each commit's bin/minutes.cjs, `node -e 0` and the markdown-it script,
//   in alternation.
//
// It prints a Markdown table (after ÷ before for every median, and whether it is within 10 %) and
// writes the JSON to bench/results/compare-<before>-<after>.json. The scratch worktrees are
// removed at the end unless --keep is given.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at < 0 ? fallback : Number(args[at + 1]);
};
const flag = name => args.includes(name);
const commits = args.filter((arg, i) => !arg.startsWith('--') && !['--rounds', '--process-rounds'].includes(args[i - 1]));
if (commits.length !== 2) {
    process.stderr.write('usage: node bench/compare.mjs <before> <after> [--rounds N] [--process-rounds N] [--quick] [--no-process] [--keep]\n');
    process.exit(2);
}
const quick = flag('--quick');
const rounds = option('--rounds', quick ? 1 : 6);
const processRounds = option('--process-rounds', quick ? 1 : 11);
const log = line => process.stderr.write(`${line}\n`);

function run(command, commandArgs, cwd, options = {}) {
    const result = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
    if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} (in ${cwd}) failed with ${result.status ?? result.signal}:\n${result.stderr ?? ''}`);
    return result.stdout;
}

const git = (...gitArgs) => run('git', gitArgs, root).trim();

/** Modules of the comparison's method and documents: taken from this working tree for both commits. */
const METHOD = new Set(['./generate.js', './municipal.js', './stats.js', './latencies.js', './positions.js']);

/** The child, bundled against `tree` (see {@link METHOD}), as `<tree>/out/compare-child.cjs`. */
async function buildChild(tree) {
    const outfile = join(tree, 'out', 'compare-child.cjs');
    await esbuild.build({
        stdin: { contents: readFileSync(join(root, 'bench', 'compare-child.ts'), 'utf8'), resolveDir: join(tree, 'bench'), sourcefile: 'compare-child.ts', loader: 'ts' },
        bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'warning', external: ['vscode'],
        define: { 'import.meta.url': 'import_meta_url' },
        banner: { js: "const import_meta_url = require('url').pathToFileURL(__filename).href;" },
        plugins: [{
            name: 'compare-method-from-this-tree',
            setup(build) {
                build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, resolveArgs => {
                    // Only the child's own imports (esbuild names the stdin entry <stdin>).
                    if (!/^<stdin>$|compare-child\.ts$/u.test(resolveArgs.importer) || !METHOD.has(resolveArgs.path)) return undefined;
                    return { path: join(root, 'bench', resolveArgs.path.replace(/\.js$/u, '.ts')) };
                });
            }
        }]
    });
    return outfile;
}

/** A commit ready to measure: its tree (built) and its child bundle. */
async function prepare(commit, scratch) {
    if (commit === '.') {
        log(`. = this working tree (${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' with uncommitted changes' : ''})`);
        run(process.execPath, ['esbuild.mjs'], root, { stdio: ['ignore', 'ignore', 'inherit'] });
        return { commit, label: `. (${git('rev-parse', '--short', 'HEAD')}+)`, tree: root, scratch: false, child: await buildChild(root) };
    }
    const sha = git('rev-parse', '--short', `${commit}^{commit}`);
    const tree = join(scratch, sha);
    log(`${commit} = ${sha} ${git('log', '-1', '--format=%s', sha).slice(0, 90)}: worktree ${tree}`);
    git('worktree', 'add', '--detach', tree, sha);
    symlinkSync(realpathSync(join(root, 'node_modules')), join(tree, 'node_modules'));
    run('npm', ['run', '-s', 'langium:generate'], tree);
    run(process.execPath, ['esbuild.mjs'], tree, { stdio: ['ignore', 'ignore', 'inherit'] });
    return { commit, label: sha, tree, scratch: true, child: await buildChild(tree) };
}

function median(values) {
    const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
    if (sorted.length === 0) return NaN;
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Bundles a TypeScript module of this tree in memory and imports it. */
async function importTs(path) {
    const { outputFiles } = await esbuild.build({ entryPoints: [path], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
    return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/** `minutes check` and `minutes export` of both commits, `node -e 0` and markdown-it, alternating. */
async function measureProcesses(sides) {
    const { alternate, processFiles, checkOutput } = await importTs(join(root, 'bench', 'process.ts'));
    const { generateMinutes } = await importTs(join(root, 'bench', 'generate.ts'));
    const dir = mkdtempSync(join(tmpdir(), 'minutes-compare-process-'));
    try {
        const big = generateMinutes({ lang: 'sv', bytes: 1_000_000, seed: 1 });
        const files = processFiles(dir, root, big.minutes, big.markdown);
        const bin = side => join(side.tree, 'bin', 'minutes.cjs');
        log(`whole processes: minutes export of 1 MB (each commit) | markdown-it script, ${processRounds} rounds…`);
        const exports = alternate([
            ...sides.map((side, i) => ({ name: `export ${side.label}`, args: [bin(side), 'export', files.big, '-o', join(dir, `big-${i}.html`)], ok: [0] })),
            { name: 'markdown-it', args: [files.renderMarkdown, files.twin, join(dir, 'big-md.html')], ok: [0] }
        ], processRounds, files.preload, dir);
        checkOutput(join(dir, 'big-0.html'), join(dir, 'big-1.html'), join(dir, 'big-md.html'));
        const checkRounds = quick ? 2 : 2 * processRounds - 1;
        log(`whole processes: minutes check of twelve lines (each commit) | node -e 0, ${checkRounds} rounds…`);
        const checks = alternate([
            ...sides.map(side => ({ name: `check ${side.label}`, args: [bin(side), 'check', files.small], ok: [0] })),
            { name: 'node -e 0', args: ['-e', '0'], ok: [0] }
        ], checkRounds, files.preload, dir);
        return { export: exports, check: checks };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

const scratch = mkdtempSync(join(tmpdir(), 'minutes-compare-'));
const sides = [];
try {
    for (const commit of commits) sides.push(await prepare(commit, scratch));
    const samples = sides.map(() => ({}));
    const skipped = sides.map(() => ({}));
    for (let round = 0; round < rounds; round++) {
        // A B, then B A: neither commit always runs right after the other.
        const order = round % 2 === 0 ? [0, 1] : [1, 0];
        for (const i of order) {
            log(`round ${round + 1}/${rounds}: ${sides[i].label}…`);
            const out = run(process.execPath, [sides[i].child, ...(quick ? ['--quick'] : [])], sides[i].tree, { stdio: ['ignore', 'pipe', 'ignore'] });
            const result = JSON.parse(out.trim().split('\n').at(-1));
            for (const [id, figures] of Object.entries(result.cases)) (samples[i][id] ??= []).push(figures);
            Object.assign(skipped[i], result.skipped);
        }
    }
    const ids = [...new Set(sides.flatMap((_, i) => [...Object.keys(samples[i]), ...Object.keys(skipped[i])]))];
    const summary = Object.fromEntries(ids.map(id => [id, sides.map((_, i) => samples[i][id]
        ? { median: median(samples[i][id].map(f => f.median)), cpu_median: median(samples[i][id].map(f => f.cpuMedian)), p95: median(samples[i][id].map(f => f.p95)), rounds: samples[i][id].length }
        : { skipped: skipped[i][id] ?? 'not measured' })]));
    const processes = flag('--no-process') ? null : await measureProcesses(sides);
    const result = { machine: { node: process.version, load_average_at_end: loadavg() }, commits: sides.map(s => s.label), rounds, cases: summary, processes };
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(join(root, 'bench', 'results', `compare-${sides[0].label.split(' ')[0]}-${sides[1].label.split(' ')[0]}.json`.replace(/[^\w.-]/gu, '_')), JSON.stringify(result, null, 2) + '\n');
    process.stdout.write(table(result) + '\n');
} finally {
    if (!flag('--keep')) {
        for (const side of sides) if (side.scratch) git('worktree', 'remove', '--force', side.tree);
        rmSync(scratch, { recursive: true, force: true });
    } else {
        log(`kept ${scratch} (remove with git worktree remove --force)`);
    }
}

function table(result) {
    const [a, b] = result.commits;
    const ms = value => !Number.isFinite(value) ? '–' : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
    const ratio = (after, before) => Number.isFinite(after) && Number.isFinite(before) && before > 0 ? after / before : NaN;
    const verdict = r => !Number.isFinite(r) ? '–' : r <= 1.1 ? 'yes' : 'NO';
    const both = (wall, cpu) => `${verdict(wall)} / ${verdict(cpu)}`;
    const lines = [
        `In-process, ${result.rounds} alternating rounds (median of the rounds' medians, ms; CPU = process CPU time):`,
        '',
        `| case | ${a} | ${b} | ratio | CPU ${a} | CPU ${b} | CPU ratio | within 10 % (wall / CPU) |`,
        '|---|---:|---:|---:|---:|---:|---:|---|'
    ];
    for (const [id, [before, after]] of Object.entries(result.cases)) {
        if (before.skipped || after.skipped) {
            lines.push(`| ${id} | ${before.skipped ? '–' : ms(before.median)} | ${after.skipped ? '–' : ms(after.median)} | – | | | | – (${before.skipped ? `${a} ${before.skipped}` : `${b} ${after.skipped}`}) |`);
            continue;
        }
        const wall = ratio(after.median, before.median);
        const cpu = ratio(after.cpu_median, before.cpu_median);
        lines.push(`| ${id} | ${ms(before.median)} | ${ms(after.median)} | ${wall.toFixed(2)}× | ${ms(before.cpu_median)} | ${ms(after.cpu_median)} | ${cpu.toFixed(2)}× | ${both(wall, cpu)} |`);
    }
    if (result.processes) {
        const row = p => `| ${p.command} | ${ms(p.stats.median)} | ${ms(p.stats.cpuMedian)} | ${p.stats.n} |`;
        lines.push('', 'Whole processes, alternating (medians, ms):', '', '| command | wall | CPU | n |', '|---|---:|---:|---:|');
        for (const p of [...result.processes.export, ...result.processes.check]) lines.push(row(p));
    }
    return lines.join('\n');
}
