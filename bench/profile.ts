/**
 * `npm run bench -- --profile`: profiles the 1 MB full pipeline (parse, link, validate,
 * renderStandalonePage) and the language server's edit → diagnostics loop on 2,000 lines with
 * V8's CPU profiler, each in a child process, and summarises the profiles: self time per source module and per function, and the
 * inclusive time of the pipeline's main steps. The bench bundle is not minified, and esbuild
 * marks each module's code with a `// path` comment line, so the profile's bundle line
 * numbers map back to source files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderStandalonePage } from '../language/render/html.js';
import { generateMinutes } from './generate.js';
import { buildFresh, createCoreServices, forget } from './pipeline.js';
import { editAndWaitForDiagnostics, startHarness } from './lsp.js';

interface ProfileNode {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    hitCount?: number;
    children?: number[];
}

interface CpuProfile {
    nodes: ProfileNode[];
    startTime: number;
    endTime: number;
    samples?: number[];
    timeDeltas?: number[];
}

export interface ProfileSummary {
    file: string;
    total_ms: number;
    /** Self time by source module (node_modules/<package>/… kept to the package and folder). */
    modules: Array<{ module: string; self_ms: number; percent: number }>;
    /** Functions with the most self time, with the callers that time came through. */
    functions: Array<{ name: string; module: string; self_ms: number; percent: number; callers: string[] }>;
    /** Inclusive time of named steps of the pipeline. */
    steps: Array<{ name: string; module: string; total_ms: number; percent: number }>;
}

export type ProfileKind = 'pipeline' | 'edits';

/**
 * Runs in the child: prepares the work, warms up, then profiles `runs` runs through the
 * inspector (the same CPU profiler as `node --cpu-prof`, but started after the generator and
 * the warm-up, so that neither is in the profile) and writes the profile.
 *  - pipeline: the 1 MB document through parse, link, validate and renderStandalonePage;
 *  - edits: the in-process language server on the 2,000-line document, one didChange and its
 *    diagnostics per run (the diagnostics latency case).
 */
export async function profileChild(kind: ProfileKind, runs: number, outFile: string): Promise<void> {
    let once: (label: string) => Promise<void>;
    let close = (): void => undefined;
    if (kind === 'pipeline') {
        const { minutes } = generateMinutes({ lang: 'sv', bytes: 1_000_000, seed: 1 });
        const services = createCoreServices();
        once = async label => {
            const start = performance.now();
            const document = await buildFresh(services, minutes);
            renderStandalonePage(document.parseResult.value);
            forget(services, document);
            process.stderr.write(`${label}: ${(performance.now() - start).toFixed(0)} ms\n`);
        };
    } else {
        const text = generateMinutes({ lang: 'sv', lines: 2_000, seed: 2 }).minutes;
        const harness = await startHarness(text);
        const lines = text.split('\n');
        const middle = Math.floor(lines.length / 2);
        const owner = lines.findIndex((l, i) => i > middle && l.startsWith('Ansvarig: '));
        const position = { line: owner, character: lines[owner].length };
        let edits = 0;
        once = async label => {
            const typing = edits++ % 2 === 0;
            const { ms } = await editAndWaitForDiagnostics(harness, position, typing ? 'x' : '', typing ? 0 : 1);
            if (edits % 50 === 0) process.stderr.write(`${label}: ${ms.toFixed(1)} ms\n`);
        };
        close = () => harness.dispose();
    }
    const warmups = kind === 'pipeline' ? 3 : 20;
    for (let i = 0; i < warmups; i++) await once(`warm-up ${i + 1}/${warmups}`);
    const session = new Session();
    session.connect();
    const post = (method: string, params?: object): Promise<unknown> =>
        new Promise((resolve, reject) => session.post(method, params, (error, result) => error ? reject(error) : resolve(result)));
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 100 });
    await post('Profiler.start');
    const start = performance.now();
    for (let i = 0; i < runs; i++) await once(`profiled run ${i + 1}/${runs}`);
    process.stderr.write(`${runs} profiled runs took ${(performance.now() - start).toFixed(0)} ms of wall time\n`);
    const { profile } = await post('Profiler.stop') as { profile: CpuProfile };
    session.disconnect();
    close();
    writeFileSync(outFile, JSON.stringify(profile));
}

/** Starts the profiled child and summarises its profile. */
export function runProfile(script: string, outDir: string, kind: ProfileKind, runs: number): ProfileSummary {
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, kind === 'pipeline' ? 'pipeline-1mb.cpuprofile' : 'edits-2000-lines.cpuprofile');
    rmSync(file, { force: true });
    const child = spawnSync(process.execPath, [script, '--profile-child', kind, String(runs), file], {
        stdio: ['ignore', 'inherit', 'inherit']
    });
    if (child.status !== 0) throw new Error(`profiled child exited with ${child.status}`);
    return summarizeProfile(file, script);
}

/** Maps bundle line numbers to the source module esbuild put there. */
function moduleMap(bundle: string): (line: number) => string {
    const starts: Array<{ line: number; module: string }> = [];
    bundle.split('\n').forEach((text, line) => {
        const m = /^\/\/ (\S+\.(?:[cm]?js|ts|mjs|cjs|json))$/u.exec(text);
        if (m) starts.push({ line, module: m[1] });
    });
    return line => {
        let lo = 0;
        let hi = starts.length - 1;
        let found = '(bundle)';
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (starts[mid].line <= line) {
                found = starts[mid].module;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    };
}

/** `node_modules/langium/lib/parser/langium-parser.js` → `langium/lib/parser/langium-parser.js`. */
function shortModule(module: string): string {
    return module.replace(/^.*node_modules\//u, '');
}

const STEPS = [
    'buildDocuments', 'fromString', 'tokenize', 'scan', 'parse', 'linkContentToContainer', 'assignMandatoryProperties',
    'link', 'collectLocalSymbols', 'collectExportedSymbols', 'createDescriptions', 'updateReferences',
    'validateDocument', 'validateAstNodes', 'checkStructure', 'checkDates', 'checkPersons', 'checkRoles', 'checkItems',
    'checkActionsAndDecisions', 'checkTrailer', 'renderStandalonePage', 'renderBody', 'escapeHtml', 'keywordOf',
    'propertyRange', 'flattenCst', 'findNodeForProperty', 'streamAst', 'gc'
];

export function summarizeProfile(file: string, bundleFile: string): ProfileSummary {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const moduleOf = moduleMap(readFileSync(bundleFile, 'utf8'));
    const byId = new Map(profile.nodes.map(n => [n.id, n]));
    const selfMicros = new Map<number, number>();
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
        // Each sample's time is the delta to the next one.
        const delta = deltas[i + 1] ?? 0;
        selfMicros.set(samples[i], (selfMicros.get(samples[i]) ?? 0) + Math.max(0, delta));
    }
    // Time the thread was idle (waiting for a message) is not work.
    for (const [id] of selfMicros) if (byId.get(id)!.callFrame.functionName === '(idle)') selfMicros.delete(id);
    const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);
    const moduleOfNode = (n: ProfileNode): string => {
        const url = n.callFrame.url;
        if (!url) return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : '(native)';
        if (url.endsWith(bundleFile.split('/').pop()!)) return shortModule(moduleOf(n.callFrame.lineNumber));
        return url.replace(/^node:/u, 'node:');
    };
    const key = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'}\u0000${moduleOfNode(n)}\u0000${n.callFrame.lineNumber}`;

    const parents = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
    const modules = new Map<string, number>();
    const functions = new Map<string, number>();
    const callers = new Map<string, Map<string, number>>();
    for (const [id, micros] of selfMicros) {
        const node = byId.get(id)!;
        const module = moduleOfNode(node);
        modules.set(module, (modules.get(module) ?? 0) + micros);
        functions.set(key(node), (functions.get(key(node)) ?? 0) + micros);
        // The nearest caller outside the function's own module says who asked for the work.
        let caller = parents.get(id);
        while (caller !== undefined && moduleOfNode(byId.get(caller)!) === module) caller = parents.get(caller);
        const callerNode = caller === undefined ? undefined : byId.get(caller);
        const callerName = callerNode ? `${callerNode.callFrame.functionName || '(anonymous)'} [${moduleOfNode(callerNode)}]` : '(root)';
        const byCaller = callers.get(key(node)) ?? new Map<string, number>();
        byCaller.set(callerName, (byCaller.get(callerName) ?? 0) + micros);
        callers.set(key(node), byCaller);
    }

    // Inclusive time per function name, counting a recursive function once per stack.
    const inclusive = new Map<string, { micros: number; module: string }>();
    for (const [id, micros] of selfMicros) {
        const seen = new Set<string>();
        for (let cur: number | undefined = id; cur !== undefined; cur = parents.get(cur)) {
            const node = byId.get(cur)!;
            const name = node.callFrame.functionName;
            if (!STEPS.includes(name) && !(name === '(garbage collector)' && cur === id)) continue;
            const label = name === '(garbage collector)' ? 'gc' : name;
            const module = moduleOfNode(node);
            const k = `${label}\u0000${module}`;
            if (seen.has(k)) continue;
            seen.add(k);
            const entry = inclusive.get(k) ?? { micros: 0, module };
            entry.micros += micros;
            inclusive.set(k, entry);
        }
    }

    const ms = (micros: number): number => Math.round(micros / 10) / 100;
    const percent = (micros: number): number => Math.round((micros / total) * 1000) / 10;
    return {
        file,
        total_ms: ms(total),
        modules: [...modules].sort((a, b) => b[1] - a[1]).slice(0, 20)
            .map(([module, micros]) => ({ module, self_ms: ms(micros), percent: percent(micros) })),
        functions: [...functions].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, micros]) => {
            const [name, module, line] = k.split('\u0000');
            const top = [...(callers.get(k) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).slice(0, 3)
                .map(([caller, t]) => `${caller} ${Math.round((t / micros) * 100)} %`);
            return { name: `${name} (line ${Number(line) + 1} of bundle)`, module, self_ms: ms(micros), percent: percent(micros), callers: top };
        }),
        steps: [...inclusive].sort((a, b) => b[1].micros - a[1].micros)
            .map(([k, v]) => ({ name: k.split('\u0000')[0], module: v.module, total_ms: ms(v.micros), percent: percent(v.micros) }))
    };
}

export function formatProfile(summary: ProfileSummary): string {
    const lines: string[] = [`CPU profile ${summary.file}: ${summary.total_ms.toFixed(0)} ms of samples (idle excluded)`, '', 'Self time by module:'];
    for (const m of summary.modules) lines.push(`  ${m.percent.toFixed(1).padStart(5)} %  ${m.self_ms.toFixed(0).padStart(7)} ms  ${m.module}`);
    lines.push('', 'Self time by function:');
    for (const f of summary.functions) {
        lines.push(`  ${f.percent.toFixed(1).padStart(5)} %  ${f.self_ms.toFixed(0).padStart(7)} ms  ${f.name}  [${f.module}]`);
        if (f.percent >= 1) lines.push(`                      via ${f.callers.join(', ')}`);
    }
    lines.push('', 'Inclusive time of pipeline steps:');
    for (const s of summary.steps) lines.push(`  ${s.percent.toFixed(1).padStart(5)} %  ${s.total_ms.toFixed(0).padStart(7)} ms  ${s.name}  [${s.module}]`);
    return lines.join('\n');
}
