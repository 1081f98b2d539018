#!/usr/bin/env node
// `npm run test:acceptance`: the acceptance examples, which live beside the repository (not in
// it), must give no error and no warning, both through the command line (`minutes check`) and
// through the language server (`minutes lsp --stdio`, as an editor opens them). Information
// notes are printed but pass: the two first-edition examples name no body, so SERIES.md makes
// them one series, and the older one's open action is noted on the newer.
//
// The formal record (issue 14) is made of each example too, HTML and PDF, through the CLI: the
// public version, an extract of its first item, and the notice of approval, which only the one
// municipal protocol can give (Justering with a date, Anslag): the others are refused with exit 2
// and one sentence naming what they lack.
//
// `npm test` never reads them (it has its own fixtures in test/fixtures/), so a clone with nothing
// beside it passes `npm test`; this suite is for CI, which has the examples beside the checkout.
// When a folder is missing it says so in one sentence and exits 2.
//
// Bundles the sources first (langium:generate + esbuild.mjs; skip with MINUTES_ACCEPTANCE_NO_BUILD=1).
// Prints every check and ends with `N passed, N failed`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import lsp from 'vscode-languageserver/node';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(repoRoot, 'bin/minutes.cjs');
const ANSWER_MS = 30_000;

/**
 * The folders of acceptance examples, relative to the repository: the first edition's and the
 * second edition's (LANGUAGE-2.md).
 */
export const ACCEPTANCE_FOLDERS = ['../shared/examples', '../shared/examples-2'];

/** The .minutes files directly in `folder` (sorted), or undefined when the folder does not exist. */
function minutesFiles(folder) {
    if (!fs.existsSync(folder)) return undefined;
    return fs.readdirSync(folder).filter((name) => name.endsWith('.minutes')).sort().map((name) => path.join(folder, name));
}

const results = [];
function record(title, ok, detail) {
    results.push(ok);
    console.log(`  ${ok ? '✓' : '✗'} ${title}${detail ? `\n      ${detail.replace(/\n/g, '\n      ')}` : ''}`);
}

/** Stops with one sentence on standard error (exit 2): the suite cannot run at all. */
function cannotRun(sentence) {
    console.error(`test:acceptance: ${sentence}`);
    process.exit(2);
}

function build() {
    const steps = [['npm', ['run', '--silent', 'langium:generate']], [process.execPath, ['esbuild.mjs']]];
    for (const [command, args] of steps) {
        const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8' });
        if (result.status !== 0) cannotRun(`the build failed (${command} ${args.join(' ')}):\n${result.stdout}${result.stderr}`);
    }
}

/** Each file through `minutes check`, one process per file so a failure names its file. */
function checkWithCli(files) {
    for (const file of files) {
        const result = spawnSync(process.execPath, [CLI, 'check', file], { encoding: 'utf8' });
        const output = `${result.stdout}${result.stderr}`;
        const clean = result.status === 0 && !/: (?:error|warning): /u.test(output);
        record(`minutes check ${path.relative(path.dirname(repoRoot), file)}`, clean,
            clean ? output.trim() : `exit ${result.status}\n${output}`.trim());
    }
}

/** A promise that rejects with `what` when it has not settled within `ms`. */
function within(promise, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms); });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Each file opened in one language-server session; the first diagnostics published are its verdict. */
async function checkWithServer(files) {
    const server = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let serverLog = '';
    server.stderr.on('data', (chunk) => { serverLog = (serverLog + chunk).slice(-5_000); });
    const connection = lsp.createProtocolConnection(new lsp.StreamMessageReader(server.stdout), new lsp.StreamMessageWriter(server.stdin));
    const published = new Map();
    const waiting = new Map();
    connection.onNotification(lsp.PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
        if (!published.has(uri)) published.set(uri, diagnostics);
        waiting.get(uri)?.(diagnostics);
    });
    connection.onRequest(lsp.ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'minutes' ? { messageLanguage: 'auto' } : null)));
    connection.onRequest(lsp.RegistrationRequest.type, () => undefined);
    connection.onRequest(lsp.WorkDoneProgressCreateRequest.type, () => undefined);
    connection.listen();
    try {
        await within(connection.sendRequest(lsp.InitializeRequest.type, {
            processId: process.pid, rootUri: null, workspaceFolders: null,
            capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } }
        }), ANSWER_MS, 'initialize');
        await connection.sendNotification(lsp.InitializedNotification.type, {});
        for (const file of files) {
            const uri = pathToFileURL(file).href;
            const verdict = published.has(uri) ? Promise.resolve(published.get(uri)) : new Promise((resolve) => waiting.set(uri, resolve));
            await connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, {
                textDocument: { uri, languageId: 'minutes', version: 1, text: fs.readFileSync(file, 'utf8') }
            });
            const title = `minutes lsp --stdio: ${path.relative(path.dirname(repoRoot), file)}`;
            try {
                const diagnostics = await within(verdict, ANSWER_MS, `diagnostics for ${uri}`);
                // Severity 1 is an error, 2 a warning; information (3) and hints (4) pass, and are shown.
                record(title, !diagnostics.some((d) => d.severity === undefined || d.severity <= 2),
                    diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} [${d.code}] ${d.message}`).join('\n'));
            } catch (error) {
                record(title, false, `${error.message}\n${serverLog}`.trim());
            }
        }
        await within(connection.sendRequest(lsp.ShutdownRequest.type), ANSWER_MS, 'shutdown');
        await connection.sendNotification(lsp.ExitNotification.type);
    } catch (error) {
        record('the language server answers', false, `${error.message}\n${serverLog}`.trim());
    } finally {
        connection.dispose();
        server.kill();
    }
}

/** What the notice of each acceptance example must say, or the start of its refusal. */
const NOTICES = {
    'norrvik-socialnamnden-2026-02-17.minutes': {
        facts: ['<dt>Organ</dt><dd>Socialnämnden</dd>', '<dt>Paragrafer</dt><dd>§ 12–16</dd>', '<dt>Datum för justering</dt><dd>tisdag 24 februari 2026</dd>',
            '<dt>Anslaget sätts upp</dt><dd>torsdag 26 februari 2026</dd>', '<dt>Anslaget tas ned</dt><dd>torsdag 19 mars 2026</dd>',
            '<dt>Förvaringsplats för protokollet</dt><dd>Socialförvaltningen, Kommunhuset</dd>', 'senast den 19 mars 2026']
    },
    'riverside-coop-board-2026-03-16.minutes': { refused: 'minutes: No notice can be made: the minutes lack a date of approval' },
    'harbour-library-board-2026-03-12.minutes': { refused: 'minutes: No notice can be made: the minutes lack ' },
    'sodertorn-ledningsgrupp-2022-10-06.minutes': { refused: 'minutes: Anslaget kan inte skapas: protokollet saknar ' }
};

/** Runs `minutes export file …flags -o out`, returning the result and what was written. */
function exportTo(file, flags, out) {
    fs.rmSync(out, { force: true });
    const result = spawnSync(process.execPath, [CLI, 'export', file, ...flags, '-o', out], { encoding: 'utf8' });
    return { ...result, written: fs.existsSync(out) ? fs.readFileSync(out) : undefined };
}

/** The public version, an extract and the notice of each example, HTML and PDF (see the top of this file). */
function checkRecord(files) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-acceptance-'));
    try {
        for (const file of files) {
            const name = path.relative(path.dirname(repoRoot), file);
            const page = spawnSync(process.execPath, [CLI, 'export', file, '-o', '-'], { encoding: 'utf8' }).stdout;
            // The first item's heading (its section carries an anchor, `id="p1"`, for the links between meetings).
            const first = /<section class="minutes-item"[^>]*><h2><span class="minutes-item-number">([^<]*?) ([\d.]+)<\/span>/.exec(page);
            if (!first) throw new Error(`${name}: the exported page has no numbered item to make an extract of`);
            const outputs = [
                { label: 'public version', flags: ['--public'], html: ['<p class="minutes-version minutes-version-public">'] },
                { label: `extract of ${first?.[1]} ${first?.[2]}`, flags: ['--extract', first?.[2] ?? ''],
                    html: [`<span class="minutes-item-number">${first?.[1]} ${first?.[2]}</span>`, /(?:Utdragsbestyrkande|Certified extract)/u] },
                { label: 'notice', flags: ['--notice'], html: NOTICES[path.basename(file)]?.facts ?? [], refused: NOTICES[path.basename(file)]?.refused }
            ];
            for (const output of outputs) {
                const title = `minutes export ${name} ${output.flags.join(' ')} (${output.label})`;
                if (output.refused !== undefined) {
                    const result = exportTo(file, output.flags, path.join(dir, 'refused.html'));
                    const lines = result.stderr.split('\n').filter(Boolean);
                    const ok = result.status === 2 && result.stdout === '' && lines.length === 1 && lines[0].startsWith(output.refused) && !result.written;
                    record(`${title}: refused in one sentence`, ok, ok ? lines[0] : `exit ${result.status}\n${result.stdout}${result.stderr}`);
                    continue;
                }
                const html = exportTo(file, output.flags, path.join(dir, 'page.html'));
                const text = html.written?.toString('utf8') ?? '';
                const missing = output.html.filter((expected) => typeof expected === 'string' ? !text.includes(expected) : !expected.test(text));
                record(`${title}: HTML`, html.status === 0 && missing.length === 0,
                    html.status === 0 ? (missing.length ? `missing: ${missing.join(' | ')}` : '') : `exit ${html.status}\n${html.stderr}`);
                const pdf = exportTo(file, [...output.flags, '--format', 'pdf'], path.join(dir, 'page.pdf'));
                const isPdf = pdf.written?.subarray(0, 8).toString('latin1') === '%PDF-1.7';
                record(`${title}: PDF`, pdf.status === 0 && isPdf, pdf.status === 0 ? (isPdf ? '' : 'not a PDF') : `exit ${pdf.status}\n${pdf.stderr}`);
            }
        }
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

const files = [];
for (const folder of ACCEPTANCE_FOLDERS) {
    const absolute = path.resolve(repoRoot, folder);
    const found = minutesFiles(absolute);
    if (found === undefined) {
        cannotRun(`${folder} is missing (looked for ${absolute}): put the acceptance examples beside the repository, as CI has them; npm test does not need them.`);
    }
    if (found.length === 0) cannotRun(`${folder} (${absolute}) holds no .minutes file: the acceptance examples are missing.`);
    files.push(...found);
}

if (!process.env.MINUTES_ACCEPTANCE_NO_BUILD) build();
console.log(`Acceptance examples: ${files.length} files in ${ACCEPTANCE_FOLDERS.join(', ')}`);
checkWithCli(files);
await checkWithServer(files);
checkRecord(files);

const failed = results.filter((ok) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed || results.length === 0 ? 1 : 0);
