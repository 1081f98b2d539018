/**
 * `npm run bench`: the project against markdown-it (what VS Code's Markdown preview renders
 * with) and our own editing latencies, in one run.
 *
 *   npm run bench                 table on stdout, progress on stderr
 *   npm run bench -- --json       one JSON object on stdout (use `npm run -s bench -- --json`
 *                                 to keep npm's own "> minutes bench" banner off stdout)
 *   npm run bench -- --quick      a few iterations of each case, for CI (no vsix build, no VS Code)
 *   npm run bench -- --profile    CPU profiles of the 1 MB pipeline and of the edit loop, summarised
 *   npm run bench -- --linear-only   only the linear-time rule (bench/linear.ts); with --quick as CI runs it,
 *                                 with --linear-kind 'Chair:' for one line kind
 *   --no-process                  skip the whole-process cases (minutes export / check as new processes)
 *   --no-package                  do not run `npm run package` for the vsix size
 *   --no-vscode                   do not start VS Code (code-server) for the activation time
 *   --soak-only                   only the server soak (bench/soak.ts)
 *   --pathological-only           only the pathological documents through the real server (bench/pathological.ts)
 *   --pdf-only                    only pdf-100-pages (a protocol of 101 pages to PDF)
 *   --workspace-only              only the series' workspace and folder figures (bench/workspace.ts)
 *
 * Every run also writes its JSON to bench/results/latest.json. What each case measures, and the
 * figures of one run: docs/benchmarks.md.
 */
import '../language/polyfill.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderBody, renderStandalonePage } from '../language/render/html.js';
import { generateMinutes, utf8Length } from './generate.js';
import { generateMunicipalProtocol } from './municipal.js';
import { heapChild, measureHeap, type HeapResult } from './heap.js';
import { formatLinear, measureLinear, type LinearResult } from './linear.js';
import * as lsp from './lsp.js';
import { measureLatencies } from './latencies.js';
import {
    assertClean, buildFresh, createCoreServices, createMarkdownIt, forget, markdownItRun, parseValidateRun, pdfRun, pipelineRun
} from './pipeline.js';
import { formatProfile, profileChild, runProfile, type ProfileKind } from './profile.js';
import { formatSoak, measureSoak, type SoakResult } from './soak.js';
import { ANSWER_TARGET_MS, formatPathological, measurePathological, type PathologicalResult } from './pathological.js';
import { measureSizes, type SizeResult } from './sizes.js';
import { measureActivation, type ActivationResult } from './activation.js';
import { measureProcesses, type ProcessResult, type ProcessStats } from './process.js';
import { formatMs, measure, measureInterleaved, round, type LoopOptions, type Stats } from './stats.js';
import { measureWorkspace, workspaceChild, type WorkspaceResult } from './workspace.js';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
/** The bundle itself (out/bench.cjs); the repository root is its parent's parent. */
const script = resolve(process.argv[1]);
const root = resolve(dirname(script), '..');

const log = (line: string): void => { process.stderr.write(`${line}\n`); };

interface Case {
    id: string;
    bytes: number;
    ours_ms: number;
    ours_p95_ms: number;
    baseline: string | null;
    baseline_ms: number | null;
    baseline_p95_ms: number | null;
    baseline_bytes: number | null;
    ratio: number | null;
    /** The same from CPU time of the process (see Stats.cpuMedian). */
    ours_cpu_ms: number;
    baseline_cpu_ms: number | null;
    ratio_cpu: number | null;
    iterations: number;
    target?: string;
    meets_target?: boolean;
}

/** A case measured on our side only (no baseline to compare with). */
function oursOnlyCase(id: string, bytes: number, stats: Stats): Case {
    return {
        id,
        bytes,
        ours_ms: round(stats.median),
        ours_p95_ms: round(stats.p95),
        baseline: null,
        baseline_ms: null,
        baseline_p95_ms: null,
        baseline_bytes: null,
        ratio: null,
        ours_cpu_ms: round(stats.cpuMedian),
        baseline_cpu_ms: null,
        ratio_cpu: null,
        iterations: stats.n
    };
}


const SIZES = [
    { label: '10 KB', bytes: 10_000 },
    { label: '100 KB', bytes: 100_000 },
    { label: '1 MB', bytes: 1_000_000 }
];

/** Items of the generated protocol for pdf-100-pages: 107 A4 pages with seed 7 (decisions unnumbered, no summary in a Protokoll). */
const PDF_ITEMS = 156;

/**
 * pdf-100-pages: a protocol of at least 100 A4 pages from text to PDF bytes, in this process:
 * parse, link, validate, the render model and pdfkit (issue 14: under 3 s).
 */
async function measurePdf(services: ReturnType<typeof createCoreServices>, options: LoopOptions): Promise<{ pdfCase: Case; pdfPageCount: number }> {
    const text = generateMinutes({ lang: 'sv', items: PDF_ITEMS, protocol: true, seed: 7 }).minutes;
    let pdfPageCount = 0;
    log(`pdf-100-pages: a protocol of ${PDF_ITEMS} § (${utf8Length(text)} bytes) to PDF…`);
    const stats = await measure(pdfRun(services, text, pages => { pdfPageCount = pages; }), options);
    if (pdfPageCount < 100) throw new Error(`pdf-100-pages: the protocol made ${pdfPageCount} pages, not 100 or more; raise PDF_ITEMS`);
    log(`  median ${formatMs(stats.median)} ms (CPU ${formatMs(stats.cpuMedian)} ms) for ${pdfPageCount} pages (n=${stats.n})`);
    const pdfCase = oursOnlyCase('pdf-100-pages', utf8Length(text), stats);
    pdfCase.target = `median < 3 s (${pdfPageCount} pages)`;
    pdfCase.meets_target = stats.median < 3000;
    return { pdfCase, pdfPageCount };
}

/**
 * The second edition on 1 MB (bench/municipal.ts): a municipal protocol of about 2,150 § with
 * attendance groups, serving substitutes for part of the meeting, Jäv, motions, votes with named
 * voters and reservations; parse + link + validate, and the full pipeline with the page. It has
 * no Markdown twin (Markdown has no votes or substitutes), so no ratio.
 */
async function measureMunicipal(services: ReturnType<typeof createCoreServices>, options: LoopOptions): Promise<Case[]> {
    const text = generateMunicipalProtocol(1_000_000);
    const bytes = utf8Length(text);
    const built = await buildFresh(services, text);
    assertClean(built, 'the municipal protocol');
    const items = built.parseResult.value.items.length;
    forget(services, built);
    log(`municipal protocol 1 MB (${bytes} bytes, ${items} §): parse + link + validate | full pipeline with renderStandalonePage, interleaved…`);
    const [parse, pipeline] = await measureInterleaved([parseValidateRun(services, text), pipelineRun(services, text)], options);
    log(`  medians: parse + validate ${formatMs(parse.median)} ms, pipeline ${formatMs(pipeline.median)} ms (n=${parse.n})`);
    return [oursOnlyCase('parse-validate-municipal-1mb', bytes, parse), oursOnlyCase('pipeline-municipal-1mb', bytes, pipeline)];
}

function loops(quick: boolean): { bySize: (bytes: number) => LoopOptions; latency: LoopOptions; edits: LoopOptions; pdf: LoopOptions } {
    if (quick) {
        const q = { warmup: 1, minIterations: 3, maxIterations: 3, budgetMs: 0 };
        return { bySize: () => q, latency: { ...q, minIterations: 5, maxIterations: 5 }, edits: { ...q, minIterations: 4, maxIterations: 4 }, pdf: { ...q, minIterations: 2, maxIterations: 2 } };
    }
    return {
        pdf: { warmup: 2, minIterations: 7, maxIterations: 15, budgetMs: 30_000 },
        bySize: bytes => bytes >= 1_000_000
            ? { warmup: 5, minIterations: 30, maxIterations: 60, budgetMs: 25_000 }
            : bytes >= 100_000
                ? { warmup: 10, minIterations: 60, maxIterations: 300, budgetMs: 10_000 }
                : { warmup: 30, minIterations: 200, maxIterations: 1000, budgetMs: 5_000 },
        latency: { warmup: 30, minIterations: 200, maxIterations: 1000, budgetMs: 5_000 },
        edits: { warmup: 6, minIterations: 100, maxIterations: 300, budgetMs: 15_000 }
    };
}

async function main(): Promise<void> {
    if (flag('--heap-child')) return heapChild(Number(args[args.indexOf('--heap-child') + 1]), args[args.indexOf('--heap-child') + 2]);
    if (flag('--workspace-child')) {
        const at = args.indexOf('--workspace-child');
        return workspaceChild(args[at + 1], Number(args[at + 2]), args[at + 3]);
    }
    if (flag('--workspace-only')) {
        const result = await measureWorkspace({ script, quick: flag('--quick'), log, loop: loops(flag('--quick')).latency });
        process.stdout.write(JSON.stringify(summarizeWorkspace(result), null, flag('--json') ? undefined : 2) + '\n');
        return;
    }
    if (flag('--soak-only')) {
        process.stdout.write(formatSoak(await measureSoak({ root, quick: flag('--quick'), log })) + '\n');
        return;
    }
    if (flag('--pathological-only')) {
        const result = await measurePathological({ root, quick: flag('--quick'), log });
        process.stdout.write(flag('--json') ? JSON.stringify(result) + '\n' : formatPathological(result).join('\n') + '\n');
        return;
    }
    if (flag('--profile-child')) {
        const at = args.indexOf('--profile-child');
        return profileChild(args[at + 1] as ProfileKind, Number(args[at + 2]), args[at + 3]);
    }
    if (flag('--profile')) {
        const dir = join(root, 'bench/results/profiles');
        const summaries = [
            runProfile(script, dir, 'pipeline', flag('--quick') ? 2 : 10),
            runProfile(script, dir, 'edits', flag('--quick') ? 20 : 300)
        ];
        writeFileSync(join(root, 'bench/results/profile-summary.json'), JSON.stringify(summaries, null, 2) + '\n');
        process.stdout.write(flag('--json') ? JSON.stringify(summaries) + '\n' : summaries.map(formatProfile).join('\n\n') + '\n');
        return;
    }
    const quick = flag('--quick');
    const json = flag('--json');
    if (flag('--pdf-only')) {
        const { pdfCase } = await measurePdf(createCoreServices(), loops(quick).pdf);
        process.stdout.write(json ? JSON.stringify(pdfCase) + '\n' : `${pdfCase.id}: median ${formatMs(pdfCase.ours_ms)} ms, p95 ${formatMs(pdfCase.ours_p95_ms)} ms, CPU median ${formatMs(pdfCase.ours_cpu_ms)} ms, n=${pdfCase.iterations}; target ${pdfCase.target}: ${pdfCase.meets_target ? 'met' : 'NOT met'}\n`);
        return;
    }
    // The linear-time rule first: it is a pass/fail check, and its failure fails the run (at the end).
    const only = flag('--linear-kind') ? args[args.indexOf('--linear-kind') + 1] : undefined;
    const linear = await measureLinear({ quick, log, only });
    if (flag('--linear-only')) {
        process.stdout.write(json ? JSON.stringify(linear) + '\n' : formatLinear(linear).join('\n') + '\n');
        if (!linear.linear) throw new Error('the linear-time rule is broken (see NOT LINEAR above)');
        return;
    }
    const loop = loops(quick);
    const started = performance.now();
    const machine = {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memory_gb: round(totalmem() / 2 ** 30),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        load_average_at_start: loadavg().map(round)
    };
    const source = sourceState();
    log(`minutes bench${quick ? ' (quick)' : ''}: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.load_average_at_start.join(' ')}`);
    if (source.modified.length > 0) log(`  source: ${source.commit} with uncommitted changes in ${source.modified.join(', ')}`);

    // a, b: parse + validate, and the full pipeline against markdown-it.
    const services = createCoreServices();
    const md = createMarkdownIt();
    const cases: Case[] = [];
    for (const size of SIZES) {
        const generated = generateMinutes({ lang: 'sv', bytes: size.bytes, seed: 1 });
        const bytes = utf8Length(generated.minutes);
        const markdownBytes = utf8Length(generated.markdown);
        log(`${size.label} (${bytes} bytes, ${generated.content.items.length} items; Markdown twin ${markdownBytes} bytes): `
            + 'parse + link + validate | full pipeline with renderStandalonePage | markdown-it, interleaved…');
        const built = await buildFresh(services, generated.minutes);
        assertClean(built, `the ${size.label} document`);
        const [parse, ours, baseline, render] = await measureInterleaved([
            parseValidateRun(services, generated.minutes),
            pipelineRun(services, generated.minutes),
            markdownItRun(md, generated.markdown),
            () => renderStandalonePage(built.parseResult.value)
        ], loop.bySize(size.bytes));
        forget(services, built);
        log(`  medians: parse + validate ${formatMs(parse.median)} ms, pipeline ${formatMs(ours.median)} ms, markdown-it ${formatMs(baseline.median)} ms, `
            + `renderStandalonePage alone ${formatMs(render.median)} ms (n=${parse.n})`);
        const id = size.label.replace(' ', '').toLowerCase();
        const parseCase = oursOnlyCase(`parse-validate-${id}`, bytes, parse);
        const pipelineCase: Case = {
            id: `pipeline-${id}`,
            bytes,
            ours_ms: round(ours.median),
            ours_p95_ms: round(ours.p95),
            baseline: 'markdown-it 14.1.0 render of the Markdown twin (html, linkify)',
            baseline_ms: round(baseline.median),
            baseline_p95_ms: round(baseline.p95),
            baseline_bytes: markdownBytes,
            ratio: round(ours.median / baseline.median),
            ours_cpu_ms: round(ours.cpuMedian),
            baseline_cpu_ms: round(baseline.cpuMedian),
            ratio_cpu: round(ours.cpuMedian / baseline.cpuMedian),
            iterations: ours.n
        };
        if (size.bytes === 1_000_000) {
            parseCase.target = 'median < 300 ms';
            parseCase.meets_target = parse.median < 300;
            pipelineCase.target = 'ratio ≤ 2';
            pipelineCase.meets_target = ours.median / baseline.median <= 2;
        }
        const renderCase = oursOnlyCase(`render-standalone-${id}`, bytes, render);
        cases.push(parseCase, pipelineCase, renderCase);
    }

    cases.push(...await measureMunicipal(services, loop.bySize(1_000_000)));

    const { pdfCase, pdfPageCount } = await measurePdf(services, loop.pdf);
    cases.push(pdfCase);

    // c, d: the language server in-process on a 2,000-line document, and the preview render.
    const latency = await measureLatencies({ ...lsp, renderBody }, loop, log);
    const { completion_role: roleCompletion, completion_line_start: lineCompletion, hover_person: personHover, hover_date: dateHover, diagnostics, preview } = latency.stats;

    // Whole processes: what a user starting `minutes` feels, Node's start-up included.
    log('whole processes (each run a new Node process)…');
    let processes: ProcessResult | { error: string };
    if (flag('--no-process')) {
        processes = { error: 'not measured (--no-process)' };
    } else {
        try {
            const big = generateMinutes({ lang: 'sv', bytes: 1_000_000, seed: 1 });
            processes = measureProcesses(root, big.minutes, big.markdown, { quick, log });
            const e = processes.export_1mb;
            const c = processes.check_small;
            log(`  export 1 MB: minutes ${formatMs(e.minutes.stats.median)} ms (without code cache ${formatMs(e.minutes_no_cache.stats.median)} ms), `
                + `markdown-it script ${formatMs(e.markdown_it.stats.median)} ms: ${(e.minutes.stats.median / e.markdown_it.stats.median).toFixed(2)}×`);
            log(`  check ${c.lines} lines: minutes ${formatMs(c.minutes.stats.median)} ms (without code cache ${formatMs(c.minutes_no_cache.stats.median)} ms), `
                + `node -e 0 ${formatMs(c.node.stats.median)} ms: overhead ${formatMs(c.minutes.stats.median - c.node.stats.median)} ms`);
        } catch (error) {
            processes = { error: String(error) };
            log(`  failed: ${String(error)}`);
        }
    }

    // e: heap in a child process.
    log('peak heap for the 1 MB document (child process, --expose-gc)…');
    let heap: HeapResult | { error: string };
    try {
        heap = await measureHeap(script, 1_000_000);
        log(`  ${heap.heap_mb.toFixed(1)} MB over a baseline of ${heap.baseline_mb.toFixed(1)} MB (peak ${heap.peak_at}, ${heap.gc_count} collections during the run); retained ${heap.retained_mb.toFixed(1)} MB`);
    } catch (error) {
        heap = { error: String(error) };
        log(`  failed: ${String(error)}`);
    }

    // f: sizes and activation.
    log('sizes…');
    let size: SizeResult;
    try {
        size = measureSizes(root, !quick && !flag('--no-package'), quick ? '--quick' : '--no-package', log);
    } catch (error) {
        size = {
            vsix_bytes: null, vsix_file: null, vsix_note: `failed: ${String(error)}`, server_bundle_bytes: null,
            client_bundle_bytes: null, cli_bundle_bytes: null, bundles_minified: null
        };
    }
    log(`  vsix ${size.vsix_bytes ?? 'null'} (${size.vsix_note}); server ${size.server_bundle_bytes}, extension ${size.client_bundle_bytes}, cli ${size.cli_bundle_bytes}`);
    log('extension activation…');
    const activation: ActivationResult = await measureActivation(root, { quick, vscode: !quick && !flag('--no-vscode'), starts: 5, log });

    // h: the series (bench/workspace.ts): a workspace of 200 and 2,000 files through the server, a folder of 50 meetings on the command line.
    log('series: workspace index and a folder of 50 meetings…');
    let workspace: ReturnType<typeof summarizeWorkspace> | { error: string };
    try {
        workspace = summarizeWorkspace(await measureWorkspace({ script, quick, log, loop: loop.latency }));
    } catch (error) {
        workspace = { error: String(error) };
    }

    // g: the real server through a long session (bench/soak.ts); after the sizes, as it rebuilds the bundles.
    log('server soak (minutes lsp --stdio)…');
    let soak: SoakResult | { error: string };
    try {
        soak = await measureSoak({ root, quick, log });
        log(`  answers ${soak.answer_ms_before} ms before, ${soak.answer_ms_after} ms after; memory ${soak.rss_mb_start} → ${soak.rss_mb_end} MB; `
            + `release: heap ${soak.release.heap_mb_start} → ${soak.release.heap_mb_end} MB`);
    } catch (error) {
        soak = { error: String(error) };
        log(`  failed: ${String(error)}`);
    }

    // h: the pathological documents through the real server (bench/pathological.ts): the answers within 5 s.
    log('pathological documents (minutes lsp --stdio)…');
    let pathological: PathologicalResult | { error: string };
    try {
        pathological = await measurePathological({ root, quick, log });
        log(`  slowest median ${formatMs(pathological.worst_median_ms)} ms; ${pathological.all_under_5_s ? 'all' : 'NOT all'} under 5 s`);
    } catch (error) {
        pathological = { error: String(error) };
        log(`  failed: ${String(error)}`);
    }

    const p95 = (s: Stats): number => round(s.p95);
    const result = {
        machine,
        source,
        quick,
        documents: 'generated by bench/generate.ts: Swedish minutes, seed 1 (sizes) and seed 2 (2,000 lines)',
        cases,
        linear,
        latency: {
            completion_p95_ms: round(Math.max(roleCompletion.p95, lineCompletion.p95)),
            hover_p95_ms: round(Math.max(personHover.p95, dateHover.p95)),
            diagnostics_p95_ms: p95(diagnostics),
            preview_p95_ms: p95(preview),
            completion_median_ms: round(Math.max(roleCompletion.median, lineCompletion.median)),
            hover_median_ms: round(Math.max(personHover.median, dateHover.median)),
            diagnostics_median_ms: round(diagnostics.median),
            preview_median_ms: round(preview.median),
            document_lines: latency.lines,
            document_bytes: latency.bytes,
            detail: Object.fromEntries(Object.entries(latency.stats).map(([k, s]) => [k, {
                median_ms: round(s.median), p95_ms: round(s.p95), min_ms: round(s.min), max_ms: round(s.max),
                cpu_median_ms: round(s.cpuMedian), cpu_p95_ms: round(s.cpuP95), n: s.n, note: s.note
            }]))
        },
        memory: 'error' in heap ? { heap_mb_1mb: null, error: heap.error } : {
            heap_mb_1mb: round(heap.heap_mb),
            baseline_mb: round(heap.baseline_mb),
            retained_mb_1mb: round(heap.retained_mb),
            peak_at: heap.peak_at,
            samples: heap.samples,
            gc_count: heap.gc_count,
            bytes: heap.bytes
        },
        size: { ...size },
        activation,
        soak,
        pathological,
        workspace,
        processes: 'error' in processes ? processes : summarizeProcesses(processes),
        targets: {} as Record<string, Target>,
        load_average_at_end: loadavg().map(round),
        duration_s: 0
    };
    const pipeline1mb = cases.find(c => c.id === 'pipeline-1mb')!;
    const parse1mb = cases.find(c => c.id === 'parse-validate-1mb')!;
    const target = (value: number | null, limit: number, text: string, cpuValue?: number): Target =>
        ({ target: text, value, met: value === null ? null : value <= limit, cpu_value: cpuValue === undefined ? null : round(cpuValue) });
    const cpuP95 = (...stats: Stats[]): number => Math.max(...stats.map(s => s.cpuP95));
    result.targets = {
        pipeline_1mb_ratio: target(pipeline1mb.ratio, 2, 'full pipeline on 1 MB ≤ 2× markdown-it (medians)', pipeline1mb.ratio_cpu ?? undefined),
        parse_validate_1mb_ms: target(parse1mb.ours_ms, 300, '1 MB parse + validate < 300 ms (median)', parse1mb.ours_cpu_ms),
        completion_p95_ms: target(result.latency.completion_p95_ms, 50, 'completion p95 < 50 ms', cpuP95(roleCompletion, lineCompletion)),
        hover_p95_ms: target(result.latency.hover_p95_ms, 50, 'hover p95 < 50 ms', cpuP95(personHover, dateHover)),
        diagnostics_p95_ms: target(result.latency.diagnostics_p95_ms, 150, 'diagnostics after an edit p95 < 150 ms on 2,000 lines', diagnostics.cpuP95),
        vsix_bytes: target(size.vsix_bytes, 2.5 * 1024 * 1024, '.vsix < 2.5 MB (with the PDF fonts)'),
        pdf_100_pages_ms: target(pdfCase.ours_ms, 3000, `a protocol of ${pdfPageCount} pages to PDF < 3 s (median)`, pdfCase.ours_cpu_ms),
        soak_answer_ms: target('error' in soak ? null : soak.answer_ms_after, 100, 'after the server soak, a fresh document answered < 100 ms (median)'),
        soak_memory_mb: target('error' in soak ? null : Math.max(soak.rss_growth_mb, soak.release.heap_growth_mb), 50, 'server memory back within 50 MB after the soak and after 82 KB documents opened and closed'),
        pathological_answer_ms: target('error' in pathological ? null : pathological.worst_median_ms, ANSWER_TARGET_MS,
            'pathological documents through the real server: diagnostics, hover and symbols each < 5 s (slowest median)',
            'error' in pathological ? undefined : Math.max(...pathological.documents.map(d => d.diagnostics_cpu_ms ?? NaN))),
        ...processTargets(processes, target),
        ...workspaceTargets(workspace, target)
    };
    result.duration_s = round((performance.now() - started) / 1000);

    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, 'bench/results', quick ? 'latest-quick.json' : 'latest.json'), JSON.stringify(result, null, 2) + '\n');
    process.stdout.write(json ? JSON.stringify(result) + '\n' : formatTable(result) + '\n');
    if (!linear.linear) throw new Error('the linear-time rule is broken (see NOT LINEAR above)');
}

/** The series' figures in the JSON (`workspace`): per workspace size, and the 50-meeting folder. */
function summarizeWorkspace(result: WorkspaceResult) {
    const stat = (s: Stats) => ({ median_ms: round(s.median), p95_ms: round(s.p95), cpu_median_ms: round(s.cpuMedian), n: s.n });
    return {
        sizes: result.sizes,
        folder_50: { files: result.folder_50.files, index: stat(result.folder_50.index), minutes_actions: stat(result.folder_50.actions) }
    };
}

/** The targets of issue 13 on the largest workspace (2,000 files). */
function workspaceTargets(w: ReturnType<typeof summarizeWorkspace> | { error: string }, target: (value: number | null, limit: number, text: string) => Target): Record<string, Target> {
    const largest = 'error' in w ? undefined : w.sizes.at(-1);
    return {
        workspace_cold_index_ms: target(largest?.cold_index_ms ?? null, 3000, 'series: cold index of 2,000 files of 10 KB < 3 s'),
        workspace_memory_mb: target(largest ? largest.rss_mb : null, 300, 'series: server memory (rss) after indexing 2,000 files < 300 MB'),
        workspace_edit_p95_ms: target(largest ? Math.max(largest.edit_diagnostics.p95, largest.edit_view.p95) : null, 100,
            'series: an edit updates its series\' diagnostics and the view < 100 ms (p95)')
    };
}

/** One whole-process command in the JSON: medians, p95 and CPU medians in milliseconds. */
function processFigures(p: ProcessStats): ProcessFigures {
    return {
        command: p.command, median_ms: round(p.stats.median), p95_ms: round(p.stats.p95), min_ms: round(p.stats.min),
        cpu_median_ms: round(p.stats.cpuMedian), n: p.stats.n
    };
}

interface ProcessFigures {
    command: string;
    median_ms: number;
    p95_ms: number;
    min_ms: number;
    cpu_median_ms: number;
    n: number;
}

interface ProcessSummary {
    export_1mb: {
        bytes: number; markdown_bytes: number; minutes: ProcessFigures; minutes_no_cache: ProcessFigures; markdown_it: ProcessFigures;
        ratio: number; ratio_no_cache: number; ratio_cpu: number;
    };
    check_small: {
        lines: number; minutes: ProcessFigures; minutes_no_cache: ProcessFigures; node: ProcessFigures;
        overhead_ms: number; overhead_no_cache_ms: number; overhead_cpu_ms: number;
    };
}

function summarizeProcesses(p: ProcessResult): ProcessSummary {
    const e = p.export_1mb;
    const c = p.check_small;
    return {
        export_1mb: {
            bytes: e.bytes,
            markdown_bytes: e.markdown_bytes,
            minutes: processFigures(e.minutes),
            minutes_no_cache: processFigures(e.minutes_no_cache),
            markdown_it: processFigures(e.markdown_it),
            ratio: round(e.minutes.stats.median / e.markdown_it.stats.median),
            ratio_no_cache: round(e.minutes_no_cache.stats.median / e.markdown_it.stats.median),
            ratio_cpu: round(e.minutes.stats.cpuMedian / e.markdown_it.stats.cpuMedian)
        },
        check_small: {
            lines: c.lines,
            minutes: processFigures(c.minutes),
            minutes_no_cache: processFigures(c.minutes_no_cache),
            node: processFigures(c.node),
            overhead_ms: round(c.minutes.stats.median - c.node.stats.median),
            overhead_no_cache_ms: round(c.minutes_no_cache.stats.median - c.node.stats.median),
            overhead_cpu_ms: round(c.minutes.stats.cpuMedian - c.node.stats.cpuMedian)
        }
    };
}

/** The targets of the whole-process cases (none when they were not measured). */
function processTargets(p: ProcessResult | { error: string }, target: (value: number | null, limit: number, text: string, cpuValue?: number) => Target): Record<string, Target> {
    if ('error' in p) return {};
    const s = summarizeProcesses(p);
    return {
        export_1mb_process_ratio: target(s.export_1mb.ratio, 1, 'minutes export of 1 MB ≤ 1.0× a markdown-it script (whole processes, medians)', s.export_1mb.ratio_cpu),
        check_startup_overhead_ms: target(s.check_small.overhead_ms, 100, `minutes check of ${s.check_small.lines} lines < 100 ms more than node -e 0 (medians)`, s.check_small.overhead_cpu_ms)
    };
}

/** The commit measured and the tracked source files changed on top of it (read-only git). */
function sourceState(): { commit: string | null; modified: string[] } {
    const git = (...gitArgs: string[]): string | null => {
        const run = spawnSync('git', gitArgs, { cwd: root, encoding: 'utf8' });
        return run.status === 0 ? run.stdout.trimEnd() : null;
    };
    const status = git('status', '--porcelain', '--untracked-files=no', '--', 'language', 'common', 'server', 'client', 'cli') ?? '';
    return { commit: git('rev-parse', '--short', 'HEAD')?.trim() ?? null, modified: status.split('\n').filter(Boolean).map(line => line.slice(3)) };
}

/** A target of the issue, met or not by the wall-clock value; the CPU-time value for comparison. */
interface Target {
    target: string;
    value: number | null;
    met: boolean | null;
    cpu_value: number | null;
}


type Result = {
    machine: { cpu: string; cores: number; node: string; load_average_at_start: number[] };
    source: { commit: string | null; modified: string[] };
    quick: boolean;
    cases: Case[];
    latency: Record<string, unknown> & { detail: Record<string, { median_ms: number; p95_ms: number; cpu_median_ms: number; cpu_p95_ms: number; n: number; note: string }> };
    memory: { heap_mb_1mb: number | null; retained_mb_1mb?: number; baseline_mb?: number; error?: string };
    size: SizeResult;
    activation: ActivationResult;
    soak: SoakResult | { error: string };
    pathological: PathologicalResult | { error: string };
    processes: ProcessSummary | { error: string };
    targets: Record<string, Target>;
    load_average_at_end: number[];
    duration_s: number;
    linear: LinearResult;
};

function formatTable(r: Result): string {
    const out: string[] = [];
    const mb = (bytes: number | null): string => bytes === null ? 'null' : `${(bytes / 1024 / 1024).toFixed(2)} MB (${bytes} B)`;
    out.push(`Machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}; load average ${r.machine.load_average_at_start.join(' ')} → ${r.load_average_at_end.join(' ')}${r.quick ? '  [--quick: few iterations, figures are rough]' : ''}`);
    out.push(`Source: ${r.source.commit ?? 'unknown commit'}${r.source.modified.length > 0 ? ` + uncommitted changes in ${r.source.modified.join(', ')}` : ''}`);
    out.push('');
    out.push('Wall-clock medians (targets) and, in the last three columns, CPU-time medians of the process, which a busy machine disturbs less.');
    out.push('');
    out.push('| case | bytes | ours median ms | ours p95 ms | markdown-it median ms | ratio | ours CPU ms | markdown-it CPU ms | CPU ratio | n |');
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    const times = (ratio: number | null): string => ratio === null ? '–' : ratio.toFixed(2) + '×';
    for (const c of r.cases) {
        out.push(`| ${c.id} | ${c.bytes} | ${formatMs(c.ours_ms)} | ${formatMs(c.ours_p95_ms)} | ${formatMs(c.baseline_ms)} | ${times(c.ratio)} | `
            + `${formatMs(c.ours_cpu_ms)} | ${formatMs(c.baseline_cpu_ms)} | ${times(c.ratio_cpu)} | ${c.iterations} |`);
    }
    out.push('');
    out.push(`Language server in-process, ${String(r.latency.document_lines)} lines:`);
    out.push('');
    out.push('| latency | median ms | p95 ms | CPU median ms | CPU p95 ms | n | what |');
    out.push('|---|---:|---:|---:|---:|---:|---|');
    for (const [name, s] of Object.entries(r.latency.detail)) {
        out.push(`| ${name} | ${formatMs(s.median_ms)} | ${formatMs(s.p95_ms)} | ${formatMs(s.cpu_median_ms)} | ${formatMs(s.cpu_p95_ms)} | ${s.n} | ${s.note} |`);
    }
    out.push('');
    out.push(`Peak heap, 1 MB parse + validate + render: ${r.memory.heap_mb_1mb === null ? `null (${r.memory.error})` : `${r.memory.heap_mb_1mb.toFixed(1)} MB over baseline (retained afterwards ${r.memory.retained_mb_1mb?.toFixed(1)} MB)`}`);
    out.push(`.vsix: ${mb(r.size.vsix_bytes)} — ${r.size.vsix_note}`);
    out.push(`Bundles${r.size.bundles_minified === null ? '' : r.size.bundles_minified ? ' (minified)' : ' (development build, not minified)'}: server ${mb(r.size.server_bundle_bytes)}, extension ${mb(r.size.client_bundle_bytes)}, cli ${mb(r.size.cli_bundle_bytes)}`);
    const act = r.activation;
    out.push(`Activation: ${act.activate_ms === null ? 'null' : `activate() median ${formatMs(act.activate_ms)} ms (${act.activate_samples_ms?.join(', ')}), open → first diagnostics median ${formatMs(act.first_diagnostics_ms)} ms (${act.first_diagnostics_samples_ms?.join(', ')})`}`);
    out.push(`  how: ${act.method}; ${act.note}`);
    out.push(formatSoak(r.soak));
    out.push('');
    out.push(...formatPathological(r.pathological));
    out.push('');
    out.push(...formatProcesses(r.processes));
    out.push('');
    out.push('| target | value | met | same from CPU time |');
    out.push('|---|---:|---|---:|');
    for (const t of Object.values(r.targets)) {
        out.push(`| ${t.target} | ${t.value === null ? 'null' : t.value} | ${t.met === null ? '–' : t.met ? 'yes' : 'NO'} | ${t.cpu_value ?? '–'} |`);
    }
    out.push('');
    out.push(...formatLinear(r.linear));
    out.push('');
    out.push(`Took ${r.duration_s.toFixed(0)} s.`);
    return out.join('\n');
}

function formatProcesses(p: ProcessSummary | { error: string }): string[] {
    if ('error' in p) return [`Whole processes: ${p.error}`];
    const row = (what: string, f: ProcessFigures): string =>
        `| ${what} | ${formatMs(f.median_ms)} | ${formatMs(f.p95_ms)} | ${formatMs(f.min_ms)} | ${formatMs(f.cpu_median_ms)} | ${f.n} |`;
    const e = p.export_1mb;
    const c = p.check_small;
    return [
        'Whole processes (each run a new Node process, start-up included; the commands alternate):',
        '',
        '| command | median ms | p95 ms | min ms | CPU median ms | n |',
        '|---|---:|---:|---:|---:|---:|',
        row(`minutes export, 1 MB (${e.bytes} B)`, e.minutes),
        row('  the same without the code cache', e.minutes_no_cache),
        row(`markdown-it script, Markdown twin (${e.markdown_bytes} B)`, e.markdown_it),
        row(`minutes check, ${c.lines} lines`, c.minutes),
        row('  the same without the code cache', c.minutes_no_cache),
        row('node -e 0', c.node),
        '',
        `Export ratio ${e.ratio.toFixed(2)}× (without the code cache ${e.ratio_no_cache.toFixed(2)}×, CPU ${e.ratio_cpu.toFixed(2)}×); `
        + `check start-up overhead ${formatMs(c.overhead_ms)} ms (without the code cache ${formatMs(c.overhead_no_cache_ms)} ms, CPU ${formatMs(c.overhead_cpu_ms)} ms).`
    ];
}

main().then(() => {
    // The language client/server streams and timers are closed; exit explicitly in case a library keeps a handle.
    process.exit(0);
}, error => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
});
