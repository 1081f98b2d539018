/**
 * One round of bench/compare.mjs for one commit: the in-process cases of `npm run bench` (parse +
 * validate, the full pipeline and the page alone on 10 KB, 100 KB and 1 MB, the municipal
 * protocol of 1 MB, the language server's latencies and the preview), printed as one JSON object.
 *
 * bench/compare.mjs bundles this file once per commit: `./pipeline.js`, `./lsp.js` and the
 * renderer come from the commit being measured; the documents, the loops and the latencies'
 * method (generate, municipal, stats, latencies, positions) from the commit that runs the
 * comparison, so that both commits are measured on the same texts in the same way.
 */
import '../language/polyfill.mjs';
import { renderBody, renderStandalonePage } from '../language/render/html.js';
import * as lsp from './lsp.js';
import {
    assertClean, buildFresh, createCoreServices, createMarkdownIt, forget, markdownItRun, parseValidateRun, pipelineRun
} from './pipeline.js';
import { generateMinutes } from './generate.js';
import { generateMunicipalProtocol } from './municipal.js';
import { measureLatencies } from './latencies.js';
import { measureInterleaved, type LoopOptions, type Stats } from './stats.js';

/** A case's figures in one round. */
export interface RoundFigures {
    median: number;
    p95: number;
    cpuMedian: number;
    n: number;
}

/** What one round prints. */
export interface RoundResult {
    cases: Record<string, RoundFigures>;
    /** Cases the commit cannot run cleanly (the municipal protocol before the second edition), with why. */
    skipped: Record<string, string>;
}

const quick = process.argv.includes('--quick');
const log = (line: string): void => { process.stderr.write(`${line}\n`); };

function figures(stats: Stats): RoundFigures {
    return { median: stats.median, p95: stats.p95, cpuMedian: stats.cpuMedian, n: stats.n };
}

function loopFor(bytes: number): LoopOptions {
    if (quick) return { warmup: 1, minIterations: 3, maxIterations: 3, budgetMs: 0 };
    if (bytes >= 1_000_000) return { warmup: 2, minIterations: 6, maxIterations: 12, budgetMs: 6_000 };
    if (bytes >= 100_000) return { warmup: 5, minIterations: 20, maxIterations: 60, budgetMs: 3_000 };
    return { warmup: 20, minIterations: 100, maxIterations: 300, budgetMs: 2_000 };
}

async function main(): Promise<void> {
    const services = createCoreServices();
    const md = createMarkdownIt();
    const result: RoundResult = { cases: {}, skipped: {} };
    for (const [id, bytes] of [['10kb', 10_000], ['100kb', 100_000], ['1mb', 1_000_000]] as const) {
        const generated = generateMinutes({ lang: 'sv', bytes, seed: 1 });
        const built = await buildFresh(services, generated.minutes);
        assertClean(built, `the ${id} document`);
        const [parse, pipeline, render, markdownIt] = await measureInterleaved([
            parseValidateRun(services, generated.minutes),
            pipelineRun(services, generated.minutes),
            () => renderStandalonePage(built.parseResult.value),
            markdownItRun(md, generated.markdown)
        ], loopFor(bytes));
        forget(services, built);
        result.cases[`parse-validate-${id}`] = figures(parse);
        result.cases[`pipeline-${id}`] = figures(pipeline);
        result.cases[`render-standalone-${id}`] = figures(render);
        result.cases[`markdown-it-${id}`] = figures(markdownIt);
    }

    const municipal = generateMunicipalProtocol(1_000_000);
    const built = await buildFresh(services, municipal);
    try {
        assertClean(built, 'the municipal protocol');
        forget(services, built);
        const [parse, pipeline] = await measureInterleaved([parseValidateRun(services, municipal), pipelineRun(services, municipal)], loopFor(1_000_000));
        result.cases['parse-validate-municipal-1mb'] = figures(parse);
        result.cases['pipeline-municipal-1mb'] = figures(pipeline);
    } catch (error) {
        forget(services, built);
        const why = `does not check clean: ${String(error instanceof Error ? error.message : error).split('\n')[1] ?? ''}`;
        result.skipped['parse-validate-municipal-1mb'] = why;
        result.skipped['pipeline-municipal-1mb'] = why;
    }

    const latencyLoop = quick ? { warmup: 1, minIterations: 5, maxIterations: 5, budgetMs: 0 } : { warmup: 20, minIterations: 100, maxIterations: 300, budgetMs: 1_500 };
    const editLoop = quick ? { warmup: 1, minIterations: 4, maxIterations: 4, budgetMs: 0 } : { warmup: 4, minIterations: 30, maxIterations: 60, budgetMs: 4_000 };
    const latency = await measureLatencies({ ...lsp, renderBody }, { latency: latencyLoop, edits: editLoop }, log);
    for (const [name, stats] of Object.entries(latency.stats)) result.cases[name] = figures(stats);
    process.stdout.write(JSON.stringify(result) + '\n');
}

main().then(() => process.exit(0), error => {
    process.stderr.write(`compare-child failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
});
