/**
 * Case f, activation: the extension's activate() time in a real VS Code (code-server, the
 * harness of test/vscode/code-server.mjs) with bench/vscode/activation-suite.ts as the test
 * suite. A stand-in `vscode` module would have to imitate whatever the extension and
 * vscode-languageclient call during activation, and its figure would say little about VS Code;
 * the real extension host is slower to start but measures the real thing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateMinutes } from './generate.js';
import { readPackageJson } from './sizes.js';

export interface ActivationResult {
    /** Median of extension.activate() awaited in the extension host: bundle load + activate(). */
    activate_ms: number | null;
    activate_samples_ms?: number[];
    /** Median time from opening a file with one error until VS Code has that diagnostic. */
    first_diagnostics_ms: number | null;
    first_diagnostics_samples_ms?: number[];
    method: string;
    note: string;
    was_active?: boolean;
    vscode_version?: string;
    extension_host_node?: string;
    /** Cold starts of VS Code (one activation each). */
    samples: number;
}

interface CodeServerHarness {
    codeServerBin(): string;
    runExtensionTests(opts: {
        extensionDevelopmentPath: string;
        extensionTestsPath: string;
        folder?: string;
        timeoutMs?: number;
        env?: Record<string, string>;
    }): Promise<{ passed: number; failed: number; failures: Array<{ title: string; error: string }>; bench?: SuiteBench }>;
}

interface SuiteBench {
    wasActive: boolean;
    activateMs: number;
    firstDiagnosticsMs: number;
    codes: string[];
    vscodeVersion: string;
    node: string;
}

const METHOD = 'real VS Code (code-server + headless Chromium via test/vscode/code-server.mjs): '
    + 'extension.activate() awaited from a test suite in the extension host, no .minutes file open before';

export async function measureActivation(root: string, options: { quick: boolean; vscode: boolean; starts: number; log: (line: string) => void }): Promise<ActivationResult> {
    const none = (note: string): ActivationResult => ({ activate_ms: null, first_diagnostics_ms: null, method: METHOD, note, samples: 0 });
    const pkg = readPackageJson(root);
    const publisher = (pkg as { publisher?: string }).publisher;
    if (!pkg.main) return none('package.json has no "main" (no extension entry yet)');
    if (!existsSync(join(root, pkg.main))) return none(`${pkg.main} does not exist (run npm run build)`);
    if (!options.vscode) return none(options.quick ? 'not measured with --quick (starting VS Code takes longer than the whole quick run)' : 'not measured (--no-vscode)');
    const suite = join(root, 'out/bench-activation-suite.cjs');
    if (!existsSync(suite)) return none('out/bench-activation-suite.cjs is missing (bench/build.mjs builds it)');
    const harnessFile = join(root, 'test/vscode/code-server.mjs');
    if (!existsSync(harnessFile)) return none('test/vscode/code-server.mjs is missing');

    const harness = await import(pathToFileURL(harnessFile).href) as CodeServerHarness;
    if (!process.env.CODE_SERVER_BIN) {
        try {
            harness.codeServerBin();
        } catch {
            options.log('  installing code-server (scripts/install-code-server.sh)…');
            const install = spawnSync('bash', [join(root, 'scripts/install-code-server.sh')], { stdio: ['ignore', 'pipe', 2], encoding: 'utf8' });
            if (install.status !== 0) return none('code-server is not installed and scripts/install-code-server.sh failed');
            process.env.CODE_SERVER_BIN = install.stdout.trim().split('\n').pop();
        }
    }

    const folder = mkdtempSync(join(tmpdir(), 'minutes-bench-activation-'));
    try {
        // A small document with one unknown owner, so that VS Code has a diagnostic to show.
        const text = generateMinutes({ lang: 'sv', bytes: 10_000, seed: 3 }).minutes.replace(/^Ansvarig: .*$/mu, 'Ansvarig: Okänd Person');
        const file = join(folder, 'aktivering.minutes');
        writeFileSync(file, text);
        const runs: SuiteBench[] = [];
        const failures: string[] = [];
        for (let i = 0; i < options.starts; i++) {
            options.log(`  VS Code cold start ${i + 1}/${options.starts} (code-server + Chromium)…`);
            try {
                const result = await harness.runExtensionTests({
                    extensionDevelopmentPath: root,
                    extensionTestsPath: suite,
                    folder,
                    timeoutMs: 240_000,
                    env: { MINUTES_BENCH_FILE: file, MINUTES_BENCH_EXTENSION_ID: `${publisher}.${pkg.name}` }
                });
                if (result.failed > 0 || !result.bench) {
                    throw new Error(result.failures.map(f => f.error.split('\n')[0]).join('; ') || 'no result');
                }
                runs.push(result.bench);
                options.log(`    activate ${result.bench.activateMs.toFixed(1)} ms, first diagnostics ${result.bench.firstDiagnosticsMs.toFixed(0)} ms`);
            } catch (error) {
                const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
                failures.push(message);
                options.log(`    failed: ${message}`);
            }
        }
        if (runs.length === 0) return none(`every VS Code start failed: ${failures.join('; ')}`);
        const activate = runs.map(r => round1(r.activateMs));
        const diagnostics = runs.map(r => round1(r.firstDiagnosticsMs));
        const warm = runs.some(r => r.wasActive);
        return {
            activate_ms: median(activate),
            activate_samples_ms: activate,
            first_diagnostics_ms: median(diagnostics),
            first_diagnostics_samples_ms: diagnostics,
            method: METHOD,
            note: warm
                ? 'the extension was already active when the suite started in some runs: activate_ms is not a cold activation there'
                : `cold activation in each of ${runs.length} fresh VS Code instances; activate() does not await the language client's start, so the server's start-up shows in first_diagnostics_ms`
                    + (failures.length > 0 ? `; ${failures.length} more start(s) failed: ${failures.join('; ')}` : ''),
            was_active: warm,
            vscode_version: runs[0].vscodeVersion,
            extension_host_node: runs[0].node,
            samples: runs.length
        };
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

function round1(ms: number): number {
    return Math.round(ms * 10) / 10;
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const n = sorted.length;
    return n % 2 === 1 ? sorted[(n - 1) / 2] : round1((sorted[n / 2 - 1] + sorted[n / 2]) / 2);
}
