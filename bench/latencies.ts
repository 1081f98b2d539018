/**
 * The language server's latencies on the generated 2,000-line document, in-process over JSON-RPC
 * as VS Code talks to it (bench/lsp.ts), and the preview's render: `npm run bench` (bench/run.ts)
 * and bench/compare-child.ts, which passes another commit's bench/lsp.ts and renderer, measure
 * them the same way.
 */
import type * as LspBench from './lsp.js';
import type { renderBody } from '../language/render/html.js';
import { generateMinutes, utf8Length } from './generate.js';
import { findPositions } from './positions.js';
import { formatMs, measure, type LoopOptions, type Stats } from './stats.js';

/** What is measured: bench/lsp.ts's functions and the renderer's renderBody, of one commit. */
export type LatencyApi = Pick<typeof LspBench, 'startHarness' | 'requestCompletion' | 'requestHover' | 'directCompletion' | 'directHover' | 'editAndWaitForDiagnostics'> & {
    renderBody: typeof renderBody;
};

export type LatencyName = 'completion_role' | 'completion_line_start' | 'hover_person' | 'hover_date' | 'completion_direct' | 'hover_direct' | 'diagnostics' | 'preview';

export interface Latency {
    lines: number;
    bytes: number;
    stats: Record<LatencyName, Stats & { note: string }>;
}

function even(n: number): number {
    return n % 2 === 0 ? n : n + 1;
}

/** Measures every latency in turn; fails when an answer is not what the document should give. */
export async function measureLatencies(api: LatencyApi, loop: { latency: LoopOptions; edits: LoopOptions }, log: (line: string) => void): Promise<Latency> {
    const lspDoc = generateMinutes({ lang: 'sv', lines: 2_000, seed: 2 }).minutes;
    const lines = lspDoc.split('\n');
    log(`language server: ${lines.length - 1} lines, ${utf8Length(lspDoc)} bytes…`);
    const positions = findPositions(lines);
    const harness = await api.startHarness(lspDoc);
    const latency = { lines: lines.length - 1, bytes: utf8Length(lspDoc), stats: {} as Latency['stats'] };
    const record = (name: LatencyName, stats: Stats, note: string): void => {
        latency.stats[name] = { ...stats, note };
        log(`  ${name}: median ${formatMs(stats.median)} ms, p95 ${formatMs(stats.p95)} ms (n=${stats.n}) ${note}`);
    };
    const completionCounts = {
        role: await api.requestCompletion(harness, positions.adjuster),
        lineStart: await api.requestCompletion(harness, positions.lineStart)
    };
    const roleCompletion = await measure(() => api.requestCompletion(harness, positions.adjuster), loop.latency);
    record('completion_role', roleCompletion, `after "Justerare: " (line ${positions.adjuster.line + 1}), ${completionCounts.role} items`);
    const lineCompletion = await measure(() => api.requestCompletion(harness, positions.lineStart), loop.latency);
    record('completion_line_start', lineCompletion, `line start inside item (line ${positions.lineStart.line + 1}), ${completionCounts.lineStart} items`);
    const hoverPerson = await api.requestHover(harness, positions.person);
    const hoverDate = await api.requestHover(harness, positions.date);
    const personHover = await measure(() => api.requestHover(harness, positions.person), loop.latency);
    record('hover_person', personHover, `person reference (line ${positions.person.line + 1}), ${hoverPerson ? 'has content' : 'NO HOVER'}`);
    const dateHover = await measure(() => api.requestHover(harness, positions.date), loop.latency);
    record('hover_date', dateHover, `date (line ${positions.date.line + 1}), ${hoverDate ? 'has content' : 'NO HOVER'}`);

    const directCounts = {
        role: await api.directCompletion(harness, positions.adjuster),
        lineStart: await api.directCompletion(harness, positions.lineStart),
        personHover: !!await api.directHover(harness, positions.person),
        dateHover: !!await api.directHover(harness, positions.date)
    };
    if (directCounts.role !== completionCounts.role || directCounts.lineStart !== completionCounts.lineStart) {
        throw new Error(`direct completion gives other items than the server: ${JSON.stringify({ directCounts, completionCounts })}`);
    }
    const directCompletionStats = await measure(i => api.directCompletion(harness, i % 2 === 0 ? positions.adjuster : positions.lineStart), loop.latency);
    record('completion_direct', directCompletionStats, `CompletionProvider.getCompletion without JSON-RPC, both positions (${directCounts.role} and ${directCounts.lineStart} items)`);
    const directHoverStats = await measure(i => api.directHover(harness, i % 2 === 0 ? positions.person : positions.date), loop.latency);
    record('hover_direct', directHoverStats, `HoverProvider.getHoverContent without JSON-RPC, both positions (${directCounts.personHover && directCounts.dateHover ? 'both have content' : 'A HOVER IS EMPTY'})`);

    // Typing a letter into an owner's name makes them unknown (one person-unknown error);
    // deleting it clears the error again. Each edit waits for its diagnostics.
    const edit = positions.ownerEnd;
    const editSamples: number[] = [];
    const counts = new Set<string>();
    let edits = 0;
    const diagnostics = await measure(async () => {
        const typing = edits++ % 2 === 0;
        const result = typing
            ? await api.editAndWaitForDiagnostics(harness, edit, 'x', 0)
            : await api.editAndWaitForDiagnostics(harness, edit, '', 1);
        counts.add(`${typing ? 'typed' : 'deleted'}:${result.diagnostics.length}`);
        editSamples.push(result.ms);
    }, { ...loop.edits, minIterations: even(loop.edits.minIterations), maxIterations: even(loop.edits.maxIterations) });
    if (edits % 2 === 1) await api.editAndWaitForDiagnostics(harness, edit, '', 1);
    if (![...counts].every(c => c === 'typed:1' || c === 'deleted:0')) {
        throw new Error(`unexpected diagnostics after edits: ${[...counts].join(', ')}`);
    }
    record('diagnostics', diagnostics, `didChange → publishDiagnostics (line ${edit.line + 1}: type/delete a letter in an owner's name; 1 error / 0 errors)`);

    const previewDoc = harness.document().parseResult.value;
    const preview = await measure(() => {
        const body = api.renderBody(previewDoc, { dataLines: true });
        if (body.length === 0) throw new Error('empty preview');
    }, loop.latency);
    record('preview', preview, 'renderBody(doc, { dataLines: true }) of the built document');
    harness.dispose();
    return latency;
}
