#!/usr/bin/env node
// `npm run test:vscode`: bundles the mocha suite in test/vscode/suite/ and runs
// it inside a real VS Code with the extension at the repo root loaded from
// source, the folder test/vscode/fixtures/ open. Prints every test and a final
// `N passed, N failed` line; exits non-zero when a test failed or none ran.
//
// Runners (MINUTES_VSCODE_RUNNER):
//   code-server (default)  code-server + headless Chromium (works offline; the
//                          install script is run first, it is fast when done)
//   electron               @vscode/test-electron's runTests with a desktop VS Code:
//                          VSCODE_EXECUTABLE_PATH=/path/to/code, or
//                          MINUTES_VSCODE_DOWNLOAD=1 to let it download one (internet)
// Restricted Mode (`npm run test:vscode:untrusted` = run.mjs --untrusted):
//   MINUTES_VSCODE_UNTRUSTED=1 workspace trust on, the folder not trusted: runs the suite in
//                          test/vscode/untrusted/ against test/vscode/untrusted/workspace/
//                          (code-server runner only; test-electron always disables trust)
// Other env:
//   MINUTES_VSCODE_SUITE       folder with index.ts + *.test.ts (default test/vscode/suite)
//   MINUTES_VSCODE_EXTENSION   extensionDevelopmentPath (default: repo root)
//   MINUTES_VSCODE_FOLDER      workspace folder to open (default: test/vscode/fixtures/)
//   MINUTES_VSCODE_TIMEOUT_MS  whole-run timeout (default 300000)
//   MINUTES_VSCODE_GREP        only tests whose full title matches
//   MINUTES_VSCODE_DEBUG=1     stream code-server output and workbench console
//   CODE_SERVER_BIN            use this code-server, skip the install script

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { readResult, repoRoot, runExtensionTests, writeResultWrapper } from './code-server.mjs';

const env = process.env;
const runner = env.MINUTES_VSCODE_RUNNER || 'code-server';
const untrusted = env.MINUTES_VSCODE_UNTRUSTED === '1' || process.argv.includes('--untrusted');
const name = untrusted ? 'test:vscode:untrusted' : 'test:vscode';
const suiteDir = path.resolve(env.MINUTES_VSCODE_SUITE || path.join(repoRoot, untrusted ? 'test/vscode/untrusted' : 'test/vscode/suite'));
const extensionDevelopmentPath = path.resolve(env.MINUTES_VSCODE_EXTENSION || repoRoot);
const folder = path.resolve(env.MINUTES_VSCODE_FOLDER || path.join(repoRoot, untrusted ? 'test/vscode/untrusted/workspace' : 'test/vscode/fixtures'));
const timeoutMs = Number(env.MINUTES_VSCODE_TIMEOUT_MS || 300_000);
const bundleFile = path.join(repoRoot, untrusted ? 'out/test/vscode/untrusted-suite.cjs' : 'out/test/vscode/suite.cjs');

/** Bundles index.ts first, then every *.test.ts, into one CommonJS file (vscode external). */
async function bundleSuite() {
  if (!fs.existsSync(path.join(suiteDir, 'index.ts'))) throw new Error(`no index.ts in ${suiteDir}`);
  const tests = fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts')).sort();
  // index.ts must be evaluated first: it defines the mocha globals the tests use.
  const contents = [
    `export { run } from ${JSON.stringify('./index.ts')};`,
    ...tests.map((f) => `import ${JSON.stringify('./' + f)};`),
  ].join('\n');
  await build({
    stdin: { contents, resolveDir: suiteDir, sourcefile: 'suite-entry.js', loader: 'js' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    nodePaths: [path.join(repoRoot, 'node_modules')],
    outfile: bundleFile,
    sourcemap: true,
    logLevel: 'warning',
    // mocha's parallel mode (unused here) resolves its worker files at run time.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return tests;
}

function checkExtension() {
  const pkgFile = path.join(extensionDevelopmentPath, 'package.json');
  if (!fs.existsSync(pkgFile)) throw new Error(`no package.json in ${extensionDevelopmentPath}`);
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  if (pkg.main && !fs.existsSync(path.resolve(extensionDevelopmentPath, pkg.main))) {
    console.warn(`warning: extension main ${pkg.main} does not exist yet (run npm run build first)`);
  }
  if (!fs.existsSync(folder)) throw new Error(`workspace folder ${folder} does not exist`);
}

/** Runs scripts/install-code-server.sh (idempotent) and returns the code-server path. */
function ensureCodeServer() {
  if (env.CODE_SERVER_BIN) return env.CODE_SERVER_BIN;
  const r = spawnSync('bash', [path.join(repoRoot, 'scripts/install-code-server.sh')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error('scripts/install-code-server.sh failed');
  return r.stdout.trim().split('\n').pop();
}

async function runWithCodeServer() {
  process.env.CODE_SERVER_BIN = ensureCodeServer();
  return runExtensionTests({
    extensionDevelopmentPath,
    extensionTestsPath: bundleFile,
    folder,
    untrusted,
    timeoutMs,
    onConsole: env.MINUTES_VSCODE_DEBUG ? (l) => console.error(`[workbench] ${l}`) : undefined,
  });
}

async function runWithElectron() {
  if (untrusted) {
    throw new Error('MINUTES_VSCODE_UNTRUSTED=1 needs the code-server runner: @vscode/test-electron always passes --disable-workspace-trust');
  }
  const vscodeExecutablePath = env.VSCODE_EXECUTABLE_PATH || undefined;
  if (!vscodeExecutablePath && env.MINUTES_VSCODE_DOWNLOAD !== '1') {
    throw new Error(
      'MINUTES_VSCODE_RUNNER=electron needs a desktop VS Code: set VSCODE_EXECUTABLE_PATH=/path/to/code, ' +
        'or MINUTES_VSCODE_DOWNLOAD=1 to let @vscode/test-electron download one (needs internet access to ' +
        'update.code.visualstudio.com, which offline/CI machines lack; use the default code-server runner there).',
    );
  }
  const { runTests } = await import('@vscode/test-electron');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-vscode-electron-'));
  const { wrapper, resultFile } = writeResultWrapper(bundleFile, tmp);
  let timer;
  try {
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`electron runner timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    const exitCode = await Promise.race([
      runTests({
        vscodeExecutablePath,
        cachePath: path.join(repoRoot, '.cache/vscode-test'),
        timeout: 15_000, // idle timeout of the download
        extensionDevelopmentPath,
        extensionTestsPath: wrapper,
        extensionTestsEnv: { MINUTES_VSCODE_RESULT: resultFile },
        launchArgs: [folder, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
      }).catch((e) => (readResult(resultFile) ? 1 : Promise.reject(e))),
      timeout,
    ]);
    const result = readResult(resultFile);
    if (!result) throw new Error(`VS Code exited (${exitCode}) without a test result`);
    return result;
  } finally {
    clearTimeout(timer);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function report(result) {
  for (const t of result.tests ?? []) {
    const ms = t.durationMs !== undefined ? ` (${t.durationMs} ms)` : '';
    if (t.state === 'passed') console.log(`  ✓ ${t.title}${ms}`);
    else if (t.state === 'pending') console.log(`  - ${t.title} (skipped)`);
  }
  for (const f of result.failures ?? []) {
    console.log(`  ✗ ${f.title}`);
    console.log(String(f.error).replace(/^/gm, '      '));
  }
}

const started = Date.now();
let result;
try {
  checkExtension();
  const tests = await bundleSuite();
  console.log(`${name}: ${tests.length} test file(s), runner ${runner}, folder ${folder}${untrusted ? ' (Restricted Mode)' : ''}`);
  if (runner === 'code-server') result = await runWithCodeServer();
  else if (runner === 'electron') result = await runWithElectron();
  else throw new Error(`unknown MINUTES_VSCODE_RUNNER=${runner} (code-server | electron)`);
} catch (e) {
  console.error(`${name}: ${e.message}`);
  if (e.diagnostics) {
    console.error(`--- workbench console (tail) ---\n${e.diagnostics.console}`);
    console.error(`--- code-server output (tail) ---\n${e.diagnostics.server}`);
  }
  result = { passed: 0, failed: 1, failures: [], harnessError: true };
}
report(result);
if (!result.harnessError) console.log(`${name}: finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (result.pending) console.log(`${result.pending} skipped`);
console.log(`${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed > 0 || result.passed === 0 ? 1 : 0);
