// Drives a real VS Code (code-server = VS Code server + web workbench) in
// Debian's Chromium through playwright-core. See shared/REAL-VSCODE.md.
//
// code-server is installed by scripts/install-code-server.sh into
// ${MINUTES_CACHE:-~/.cache/minutes}/code-server (or set CODE_SERVER_BIN).
//
//   const server = await startCodeServer({ folder });
//   const browser = await launchChromium();
//   const page = await openWorkbench(browser, server, { folder });
//   ...
//   await browser.close(); await server.stop();
//
// runExtensionTests() does all of that for an extension test suite.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');

/** Chromium flags that make headless Chromium behave offline and in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** User settings written into every throwaway user-data-dir: quiet, deterministic workbench. */
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
};

/**
 * User settings for `untrusted: true` (on top of DEFAULT_SETTINGS): workspace trust on, and the
 * folder opens in Restricted Mode without the startup dialog, the banner or a prompt for files
 * outside the folder. Nothing grants trust, so `vscode.workspace.isTrusted` stays false.
 */
export const UNTRUSTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
  'security.workspace.trust.emptyWindow': false,
};

const log = (...a) => { if (process.env.MINUTES_VSCODE_DEBUG) console.error('[code-server.mjs]', ...a); };

/** Path of the code-server binary: $CODE_SERVER_BIN, else the install script's cache location. */
export function codeServerBin() {
  if (process.env.CODE_SERVER_BIN) return process.env.CODE_SERVER_BIN;
  const cache = process.env.MINUTES_CACHE || path.join(os.homedir(), '.cache', 'minutes');
  const bin = path.join(cache, 'code-server', 'node_modules', '.bin', 'code-server');
  if (!fs.existsSync(bin)) {
    throw new Error(`code-server not found at ${bin}; run: bash scripts/install-code-server.sh`);
  }
  return bin;
}

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Kills a detached child's whole process group: SIGTERM, then SIGKILL after graceMs. */
async function killGroup(child, graceMs = 3000) {
  if (!child || child.pid === undefined) return;
  const alive = () => child.exitCode === null && child.signalCode === null;
  const signal = (sig) => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
  if (alive()) {
    signal('SIGTERM');
    const deadline = Date.now() + graceMs;
    while (alive() && Date.now() < deadline) await sleep(50);
  }
  // Also reap grandchildren (extension host, pty host, ...) that outlived the leader.
  signal('SIGKILL');
}

// Process groups still running; killed synchronously if this Node process
// exits, also through Ctrl+C or a kill (code-server runs in its own process
// group, so a terminal's SIGINT would not reach it).
const liveGroups = new Set();
const liveTmpDirs = new Set();
const killLiveGroups = () => {
  for (const pid of liveGroups) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } }
  for (const dir of liveTmpDirs) { try { fs.rmSync(dir, { recursive: true, force: true }); } catch { /* busy */ } }
};
process.on('exit', killLiveGroups);
let signalsHooked = false;
function hookSignals() {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => { killLiveGroups(); process.exit(128 + os.constants.signals[sig]); });
  }
}

/**
 * Starts code-server on 127.0.0.1 (free port unless given), with throwaway
 * user-data, extensions, config and XDG dirs, and waits until it answers HTTP.
 * Workspace trust is off (`--disable-workspace-trust`) unless `untrusted` is set:
 * then trust is on with UNTRUSTED_SETTINGS, and the folder opens in Restricted Mode.
 * @param {{ folder?: string, extensionsDir?: string, userDataDir?: string, port?: number, untrusted?: boolean,
 *           env?: Record<string,string>, settings?: object, args?: string[], startTimeoutMs?: number }} opts
 * @returns {Promise<{ url: string, port: number, process: import('node:child_process').ChildProcess,
 *           output: () => string, stop: () => Promise<void> }>}
 */
export async function startCodeServer(opts = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startCodeServerOnce(opts);
    } catch (e) {
      // The free port may be taken between probing and binding: try another.
      if (opts.port !== undefined || attempt >= 3 || !/EADDRINUSE/.test(e.message)) throw e;
    }
  }
}

async function startCodeServerOnce(opts) {
  const bin = codeServerBin();
  const port = opts.port ?? (await freePort());
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-code-server-'));
  liveTmpDirs.add(tmp);
  const userDataDir = opts.userDataDir ?? path.join(tmp, 'user-data');
  const extensionsDir = opts.extensionsDir ?? path.join(tmp, 'extensions');
  for (const d of [userDataDir, extensionsDir, path.join(tmp, 'xdg-data'), path.join(tmp, 'xdg-config')]) {
    fs.mkdirSync(d, { recursive: true });
  }
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) {
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    const trust = opts.untrusted ? UNTRUSTED_SETTINGS : {};
    fs.writeFileSync(settingsFile, JSON.stringify({ ...DEFAULT_SETTINGS, ...trust, ...opts.settings }, null, 2));
  }
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n'); // keeps code-server from writing ~/.config/code-server

  const args = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', config,
    '--disable-telemetry',
    '--disable-update-check',
    ...(opts.untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--extensions-dir', extensionsDir,
    '--user-data-dir', userDataDir,
    ...(opts.args ?? []),
  ];
  if (opts.folder) args.push(path.resolve(opts.folder));

  const env = {
    ...process.env,
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    // No extension gallery (default open-vsx.org): nothing to look up offline.
    EXTENSIONS_GALLERY: '{}',
    ...opts.env,
  };
  delete env.PORT; // code-server would take $PORT over --bind-addr
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;

  log('spawn', bin, args.join(' '));
  const child = spawn(bin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  liveGroups.add(child.pid);
  hookSignals();
  let output = '';
  const onData = (d) => {
    output += d;
    if (output.length > 1_000_000) output = output.slice(-500_000);
    if (process.env.MINUTES_VSCODE_DEBUG) process.stderr.write(d);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await killGroup(child);
    liveGroups.delete(child.pid);
    fs.rmSync(tmp, { recursive: true, force: true });
    liveTmpDirs.delete(tmp);
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.startTimeoutMs ?? 60_000);
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`code-server exited early (${child.exitCode ?? child.signalCode}):\n${output}`);
      }
      try {
        const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
        if (res.ok) break;
      } catch { /* not listening yet */ }
      if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url} in time:\n${output}`);
      await sleep(200);
    }
  } catch (e) {
    await stop();
    throw e;
  }
  log('code-server ready at', url);
  return { url, port, process: child, output: () => output, stop };
}

/**
 * Launches headless Debian Chromium through playwright-core.
 * @param {import('playwright-core').LaunchOptions} [opts]
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium(opts = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    ...opts,
    args: [...CHROMIUM_ARGS, ...(opts.args ?? [])],
  });
}

/** The workbench URL for a folder, with an optional extension-development payload. */
export function workbenchUrl(server, { folder, payload } = {}) {
  let url = `${server.url}/`;
  const q = [];
  if (folder) q.push(`folder=${encodeURIComponent(path.resolve(folder))}`);
  if (payload) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return q.length ? `${url}?${q.join('&')}` : url;
}

/** `vscode-remote://` URI of a path on the code-server machine, as the payload wants it. */
export function remoteUri(server, absPath) {
  return `vscode-remote://127.0.0.1:${server.port}${path.resolve(absPath)}`;
}

/**
 * Opens the workbench in a new page and waits for `.monaco-workbench`.
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, port: number }} server
 * @param {{ folder?: string, payload?: [string,string][], viewport?: {width:number,height:number}, timeoutMs?: number }} [opts]
 * @returns {Promise<import('playwright-core').Page>}
 */
export async function openWorkbench(browser, server, opts = {}) {
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1400, height: 900 } });
  const page = await context.newPage();
  // Close the context along with the page so no browser state leaks between tests.
  page.once('close', () => { context.close().catch(() => {}); });
  await page.goto(workbenchUrl(server, opts), { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: opts.timeoutMs ?? 60_000 });
  return page;
}

// Loaded by the extension host as extensionTestsPath. It calls the real suite's
// run(), then writes the outcome as JSON to $MINUTES_VSCODE_RESULT. Counts come
// from the suite: run() may resolve to (or reject with an error carrying
// `.results`) an object { passed, failed, failures, tests }.
const WRAPPER_SOURCE = String.raw`'use strict';
const fs = require('fs');
const SUITE = __SUITE__;
function write(result) {
  const file = process.env.MINUTES_VSCODE_RESULT;
  if (!file) return;
  fs.writeFileSync(file + '.part', JSON.stringify(result));
  fs.renameSync(file + '.part', file);
}
function errText(e) { return e && (e.stack || e.message) ? String(e.stack || e.message) : String(e); }
exports.run = async function run(testsRoot) {
  let result;
  try {
    const suite = require(SUITE);
    if (typeof suite.run !== 'function') throw new Error(SUITE + ' exports no run()');
    const r = suite.run.length >= 2
      ? await new Promise((res, rej) => suite.run(testsRoot, (err, failures) => err ? rej(err) : res({ failed: failures || 0 })))
      : await suite.run(testsRoot);
    result = r && typeof r === 'object' ? r : {};
    result.failed = result.failed || 0;
    if (result.passed === undefined) result.passed = result.failed ? 0 : 1;
  } catch (e) {
    result = e && e.results && typeof e.results === 'object'
      ? e.results
      : { passed: 0, failed: 1, failures: [{ title: 'suite run()', error: errText(e) }] };
  }
  result.failures = result.failures || [];
  write(result);
  if (result.failed) throw new Error(result.failed + ' test(s) failed');
};
`;

/**
 * Writes into dir a CommonJS module to pass as extensionTestsPath instead of
 * suitePath: it runs the suite and writes the outcome to $MINUTES_VSCODE_RESULT
 * (set that to the returned resultFile in the extension host's environment).
 * Works for code-server and for @vscode/test-electron (extensionTestsEnv).
 * @returns {{ wrapper: string, resultFile: string }}
 */
export function writeResultWrapper(suitePath, dir) {
  const wrapper = path.join(dir, 'run-wrapper.cjs');
  fs.writeFileSync(wrapper, WRAPPER_SOURCE.replace('__SUITE__', JSON.stringify(path.resolve(suitePath))));
  return { wrapper, resultFile: path.join(dir, 'result.json') };
}

/**
 * Reads the result file written by the wrapper, or undefined if not there yet.
 * @returns {{ passed: number, failed: number, failures: {title: string, error: string}[], tests?: object[] } | undefined}
 */
export function readResult(resultFile) {
  if (!fs.existsSync(resultFile)) return undefined;
  return JSON.parse(fs.readFileSync(resultFile, 'utf8'));
}

/**
 * Runs an extension test suite inside code-server, like @vscode/test-electron's
 * runTests: the extension at extensionDevelopmentPath runs from source in the
 * remote (Node) extension host, and extensionTestsPath's exported run() is called.
 * The result comes back through a JSON file named by $MINUTES_VSCODE_RESULT,
 * which is in code-server's environment and so in the extension host's.
 * Always stops Chromium and code-server, also on timeout or error.
 * `untrusted: true` opens the folder in Restricted Mode (see startCodeServer).
 * @param {{ extensionDevelopmentPath: string, extensionTestsPath: string, folder?: string, untrusted?: boolean,
 *           timeoutMs?: number, env?: Record<string,string>, settings?: object,
 *           onConsole?: (line: string) => void }} opts
 * @returns {Promise<{ passed: number, failed: number, failures: {title: string, error: string}[],
 *           tests?: {title: string, state: string, durationMs?: number, error?: string}[] }>}
 */
export async function runExtensionTests(opts) {
  const timeoutMs = opts.timeoutMs ?? 300_000;
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-vscode-tests-'));
  liveTmpDirs.add(tmp);
  const { wrapper, resultFile } = writeResultWrapper(opts.extensionTestsPath, tmp);

  const consoleLines = [];
  const onConsole = (line) => {
    consoleLines.push(line);
    if (consoleLines.length > 2000) consoleLines.shift();
    opts.onConsole?.(line);
  };

  let server;
  let browser;
  try {
    server = await startCodeServer({
      folder: opts.folder,
      untrusted: opts.untrusted,
      settings: opts.settings,
      env: { ...opts.env, MINUTES_VSCODE_RESULT: resultFile },
    });
    browser = await launchChromium();
    const payload = [
      ['extensionDevelopmentPath', remoteUri(server, opts.extensionDevelopmentPath)],
      ['extensionTestsPath', remoteUri(server, wrapper)],
    ];
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.on('console', (m) => onConsole(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => onConsole(`[pageerror] ${e.message}`));
    await page.goto(workbenchUrl(server, { folder: opts.folder, payload }), { waitUntil: 'domcontentloaded' });

    for (;;) {
      const result = readResult(resultFile);
      if (result) {
        result.durationMs = Date.now() - started;
        return result;
      }
      if (server.process.exitCode !== null || server.process.signalCode !== null) {
        throw new Error(`code-server exited during the tests:\n${server.output().slice(-4000)}`);
      }
      if (Date.now() - started > timeoutMs) {
        const err = new Error(`extension tests timed out after ${timeoutMs} ms (no result from the extension host)`);
        err.diagnostics = { console: consoleLines.slice(-60).join('\n'), server: server.output().slice(-4000) };
        throw err;
      }
      await sleep(250);
    }
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
    liveTmpDirs.delete(tmp);
  }
}

/** Pids of code-server / chromium processes still running (for leak checks in tests). */
export function strayProcesses() {
  const r = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return r.stdout.split('\n').filter((l) => /code-server|chromium/.test(l) && !/ps -eo/.test(l));
}
