#!/usr/bin/env node
// `npm start`: builds and packages the extension, then opens examples/ in VS Code with it.
//
// - With the desktop `code` on PATH: installs the .vsix there and opens examples/.
// - Otherwise: the browser-based VS Code (code-server, installed on first use into
//   ${MINUTES_CACHE:-~/.cache/minutes}), with the .vsix in a throwaway extensions folder, on
//   127.0.0.1 (port $MINUTES_PORT, else 8080 when free, else any free port). Prints the URL and
//   runs until Ctrl+C, then stops code-server and removes its folders.
//
// Each step is numbered and timed; the first code-server install (minutes) prints its progress.
//
// Options: --no-package (use the existing out/minutes.vsix), --port <n>.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vsix = path.join(root, 'out', 'minutes.vsix');
const examples = path.join(root, 'examples');
const args = process.argv.slice(2);

const started = Date.now();
let stepNumber = 0;
let stepCount = 0;
let stepStarted = started;

function elapsed(since) {
    const seconds = Math.round((Date.now() - since) / 1000);
    return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** Announces the next of `stepCount` steps, and how long the previous one took. */
function step(what) {
    if (stepNumber > 0) console.log(`    (${elapsed(stepStarted)})`);
    stepNumber++;
    stepStarted = Date.now();
    console.log(`[${stepNumber}/${stepCount}] ${what}`);
}

function run(command, commandArgs, options = {}) {
    const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
    if (result.error) throw result.error;
    if (result.status !== 0) {
        throw new Error(`${command} ${commandArgs.join(' ')} failed (exit ${result.status ?? result.signal})`);
    }
    return result;
}

/** The desktop VS Code's `code` command, if one is on PATH (code-server's own is not). */
function desktopCode() {
    const which = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { encoding: 'utf8' });
    const found = which.status === 0 ? which.stdout.split(/\r?\n/)[0].trim() : '';
    if (!found) return undefined;
    const version = spawnSync(found, ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
    return version.status === 0 ? found : undefined;
}

function portIsFree(port) {
    return new Promise((resolve) => {
        const server = net.createServer();
        server.once('error', () => resolve(false));
        server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
}

async function choosePort(freePort) {
    const index = args.indexOf('--port');
    const wanted = Number(index >= 0 ? args[index + 1] : process.env.MINUTES_PORT);
    if (wanted) return wanted;
    return (await portIsFree(8080)) ? 8080 : freePort();
}

async function startInBrowser() {
    step('The browser-based VS Code (code-server): installed the first time, which takes minutes (progress below)');
    const install = spawnSync('bash', [path.join(root, 'scripts/install-code-server.sh')], {
        cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8',
    });
    if (install.status !== 0) throw new Error('scripts/install-code-server.sh failed');
    process.env.CODE_SERVER_BIN ||= install.stdout.trim().split('\n').pop();
    const { startCodeServer, freePort } = await import('../test/vscode/code-server.mjs');

    // Our own throwaway folders; removed on any exit, including Ctrl+C.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-start-'));
    process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
    const extensionsDir = path.join(tmp, 'extensions');
    const userDataDir = path.join(tmp, 'user-data');
    fs.mkdirSync(extensionsDir, { recursive: true });

    step(`Installing ${path.relative(root, vsix)} into code-server`);
    run(process.env.CODE_SERVER_BIN, ['--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir], {
        env: { ...process.env, XDG_DATA_HOME: path.join(tmp, 'xdg-data'), XDG_CONFIG_HOME: path.join(tmp, 'xdg-config') },
        stdio: ['ignore', 'ignore', 'inherit'],
    });

    step('Starting code-server');
    const port = await choosePort(freePort);
    const server = await startCodeServer({ folder: examples, extensionsDir, userDataDir, port, startTimeoutMs: 120_000 });
    const url = `${server.url}/?folder=${encodeURIComponent(examples)}`;
    console.log(`    (${elapsed(stepStarted)}; ${elapsed(started)} in all)`);
    console.log('');
    console.log('VS Code (code-server) with the Minutes extension is running. Open:');
    console.log('');
    console.log(`    ${url}`);
    console.log('');
    console.log('Press Ctrl+C to stop.');
    server.process.once('exit', (code, signal) => {
        console.error(`code-server stopped (${code ?? signal}).`);
        process.exit(1);
    });
    // Runs until Ctrl+C: code-server.mjs then kills code-server's process group and exits.
    await new Promise(() => {});
}

try {
    const packaging = !args.includes('--no-package');
    const code = desktopCode();
    stepCount = (packaging ? 1 : 0) + (code ? 2 : 3);
    if (packaging) {
        step('Building and packaging the extension (npm run package)');
        run('npm', ['run', 'package'], { shell: process.platform === 'win32' });
    }
    if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing; run npm run package`);
    if (code) {
        step(`Installing ${path.relative(root, vsix)} into VS Code`);
        run(code, ['--install-extension', vsix, '--force']);
        step(`Opening ${examples}`);
        run(code, [examples]);
        console.log(`Opened ${examples} in VS Code with the Minutes extension (${elapsed(started)} in all).`);
    } else {
        await startInBrowser();
    }
} catch (error) {
    console.error(`npm start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
}
