#!/usr/bin/env node
// `npm run test:e2e`: a user's session in a real VS Code (code-server in headless Chromium,
// see test/vscode/code-server.mjs) with the PACKAGED extension installed, as users get it:
//
//   1. open an example: no squiggles, no problems
//   2. type an unknown name after "Justerare: ": an error squiggle, the Problems count goes up
//   3. Ctrl+Space after "Justerare: " and accept a suggested name: the squiggle goes away
//   4. open the preview to the side and read the decision inside the webview
//   5. change the decision in the editor: the preview follows
//   6. run "Minutes: Export to HTML": the page is on disk, with the edited decision
//
// A screenshot of every step (and of every failure) goes to test-results/e2e-*.png.
// Prints `N passed, N failed`; exits non-zero when a step failed. A failed step skips the
// steps that build on it (they count as failed): 3 needs 2, 5 needs 4, 6 needs 5.
//
// Env:
//   MINUTES_E2E_VSIX=<file>   use this .vsix instead of running `npm run package` first
//   MINUTES_E2E_KEEP=1        keep the temporary workspace (printed) for a look
//   MINUTES_VSCODE_DEBUG=1    stream code-server's output
//   CODE_SERVER_BIN           use this code-server (default: scripts/install-code-server.sh's)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeServerBin, launchChromium, openWorkbench, startCodeServer } from '../vscode/code-server.mjs';
import {
    RESULTS_DIR, countSquiggles, editorText, findInWebviews, focusEditor, openFile, problemsCount, repoRoot, runCommand, screenshot,
    waitFor,
} from './harness.mjs';

const EXTENSION_ID = 'minutes-team.minutes';
const EXAMPLE = 'brf-linden-2026-05-20.minutes';
const started = Date.now();

function fail(message) {
    console.error(`test:e2e: ${message}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
}

function run(command, args, opts = {}) {
    const r = spawnSync(command, args, { encoding: 'utf8', ...opts });
    if (r.status !== 0) fail(`${command} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout ?? ''}${r.stderr ?? ''}`);
    return r.stdout;
}

// --- the packaged extension -------------------------------------------------------------
if (!process.env.CODE_SERVER_BIN) {
    const out = run('bash', [path.join(repoRoot, 'scripts/install-code-server.sh')], { stdio: ['ignore', 'pipe', 'inherit'] });
    process.env.CODE_SERVER_BIN = out.trim().split('\n').pop();
}
let vsix = process.env.MINUTES_E2E_VSIX && path.resolve(process.env.MINUTES_E2E_VSIX);
if (!vsix) {
    console.log('test:e2e: npm run package');
    const t = Date.now();
    run('npm', ['run', 'package'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    vsix = path.join(repoRoot, 'out/minutes.vsix');
    console.log(`test:e2e: packaged ${path.relative(repoRoot, vsix)} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
if (!fs.existsSync(vsix)) fail(`${vsix} does not exist`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-'));
const workspace = path.join(tmp, 'examples');
// The clean examples only (not with-mistakes/): the Problems count covers the whole workspace.
fs.mkdirSync(workspace);
for (const f of fs.readdirSync(path.join(repoRoot, 'examples')).filter((f) => f.endsWith('.minutes'))) {
    fs.copyFileSync(path.join(repoRoot, 'examples', f), path.join(workspace, f));
}
const extensionsDir = path.join(tmp, 'extensions');
const userDataDir = path.join(tmp, 'user-data');
fs.mkdirSync(extensionsDir);
const xdg = { XDG_DATA_HOME: path.join(tmp, 'xdg'), XDG_CONFIG_HOME: path.join(tmp, 'xdg') };
const csArgs = ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir];
run(codeServerBin(), ['--install-extension', vsix, ...csArgs], { env: { ...process.env, ...xdg } });
const listed = run(codeServerBin(), ['--list-extensions', '--show-versions', ...csArgs], { env: { ...process.env, ...xdg } });
const installed = listed.split('\n').find((l) => l.startsWith(`${EXTENSION_ID}@`));
if (!installed) fail(`${EXTENSION_ID} is not installed after --install-extension: ${listed}`);
console.log(`test:e2e: installed ${installed} from ${path.relative(repoRoot, vsix) || vsix}`);

// --- the steps ----------------------------------------------------------------------------
const source = fs.readFileSync(path.join(workspace, EXAMPLE), 'utf8').split('\n');
/** 1-based number of the first line matching re in the example as shipped. */
const lineOf = (re) => {
    const i = source.findIndex((l) => re.test(l));
    if (i < 0) fail(`${EXAMPLE} has no line matching ${re}`);
    return i + 1;
};
const ADJUSTER_LINE = lineOf(/^Justerare: /);
const DECISION_LINE = lineOf(/^Beslut: /);
const decisionFirstLine = source[DECISION_LINE - 1];
const decisionWithoutLabel = (s) => s.replace(/^Beslut:\s*/, '');
const PRESENT = source.slice(lineOf(/^Deltagare:/), lineOf(/^Ej närvarande:/) - 1)
    .filter((l) => l.startsWith('- ')).map((l) => l.slice(2).split(',')[0].trim());
const ADJUSTER = source[ADJUSTER_LINE - 1].replace(/^Justerare:\s*/, '');
const UNKNOWN = 'Kalle Okänd';
const CHANGED_DECISION = 'Beslut: Styrelsen väljer offert A, den billigaste, och tecknar avtal';

// Screenshots of an earlier run would mix with this run's.
if (fs.existsSync(RESULTS_DIR)) {
    for (const f of fs.readdirSync(RESULTS_DIR)) if (/^e2e-.*\.png$/.test(f)) fs.rmSync(path.join(RESULTS_DIR, f));
}
const results = [];
let page;

/**
 * Runs one step. needs: numbers (1-based) of earlier steps this one builds on; when one of
 * them failed, this step is not run and counts as failed.
 */
async function step(title, shot, needs, fn) {
    const t = Date.now();
    const missing = needs.map((n) => results[n - 1]).filter((r) => !r?.ok);
    if (missing.length) {
        results.push({ title, ok: false });
        console.log(`  ✗ ${title}\n      not run: it needs "${missing[0]?.title}"`);
        return;
    }
    try {
        const note = await fn();
        await screenshot(page, `e2e-${shot}`);
        results.push({ title, ok: true });
        console.log(`  ✓ ${title} (${Date.now() - t} ms) → test-results/e2e-${shot}.png`);
        if (note) console.log(`      ${note}`);
    } catch (error) {
        results.push({ title, ok: false });
        const file = await screenshot(page, `e2e-${shot}-FAILED`).catch(() => undefined);
        console.log(`  ✗ ${title}\n      ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n      ')}`);
        if (file) console.log(`      screenshot: ${path.relative(repoRoot, file)}`);
    }
}

/** Puts the cursor at the end of a line (Ctrl+G) and selects the line's text. */
async function selectLine(line) {
    await focusEditor(page);
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget').waitFor({ state: 'visible' });
    await page.keyboard.type(String(line));
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await waitFor(() => page.locator('[id="status.editor.selection"]').textContent(), (t) => new RegExp(`Ln ${line},`).test(t ?? ''), { what: `cursor on line ${line}` });
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
}

/** The text of one line of the active editor as rendered (the line must be on screen). */
async function lineText(needle) {
    return (await editorText(page)).split('\n').find((l) => l.startsWith(needle));
}

const suggestWidget = () => page.locator('.editor-group-container.active .suggest-widget.visible');
const previewFrame = (text, timeoutMs = 30_000) => findInWebviews(page, text, { timeoutMs, extensionId: EXTENSION_ID });
const decisionText = (frame) => frame.locator('.minutes-item .minutes-decision-text').first().textContent({ timeout: 5_000 });

let server;
let browser;
try {
    server = await startCodeServer({
        folder: workspace, extensionsDir, userDataDir,
        settings: { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false },
    });
    browser = await launchChromium();
    page = await openWorkbench(browser, server, { folder: workspace, viewport: { width: 1500, height: 900 } });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 30_000 }).catch(() => {});

    await step(`open ${EXAMPLE}: no squiggles and no problems`, '1-example-clean', [], async () => {
        await openFile(page, EXAMPLE);
        await waitFor(() => page.locator('[id="status.editor.mode"]').textContent(), (t) => /Minutes|Minnesanteckningar/.test(t ?? ''), { what: 'language mode Minutes', timeoutMs: 30_000 });
        // The server has answered for this document once semantic highlighting has coloured the
        // person names (after parsing and linking; validation follows right after).
        await waitFor(() => page.evaluate(() => {
            const spans = document.querySelectorAll('.editor-group-container.active .view-lines .view-line span span');
            return new Set([...spans].map((s) => s.className)).size;
        }), (n) => n >= 4, { what: 'coloured tokens', timeoutMs: 30_000 });
        // No squiggles and no problems, and it stays so for two seconds.
        const deadline = Date.now() + 2000;
        while (Date.now() < deadline) {
            const squiggles = (await countSquiggles(page, 'error')) + (await countSquiggles(page, 'warning'));
            const problems = await problemsCount(page);
            if (squiggles || problems.errors || problems.warnings) {
                throw new Error(`the example shows ${squiggles} squiggle(s) and ${problems.errors} error(s), ${problems.warnings} warning(s)`);
            }
            await page.waitForTimeout(200);
        }
    });

    let errorsBefore = 0;
    await step(`type an unknown name after "Justerare: ": error squiggle, Problems count up`, '2-unknown-name', [1], async () => {
        errorsBefore = (await problemsCount(page)).errors;
        await selectLine(ADJUSTER_LINE);
        await page.keyboard.type(`Justerare: ${UNKNOWN}`);
        await page.keyboard.press('Escape'); // close a suggestion list that typing may have opened
        await waitFor(() => lineText('Justerare:'), (t) => t === `Justerare: ${UNKNOWN}`, { what: 'the typed line' });
        await waitFor(() => countSquiggles(page, 'error'), (n) => n >= 1, { what: 'an error squiggle', timeoutMs: 20_000 });
        const problems = await waitFor(() => problemsCount(page), (p) => p.errors > errorsBefore, { what: 'the Problems error count to go up', timeoutMs: 20_000 });
        // The squiggle is under the unknown name: hovering it tells why.
        await page.locator('.editor-group-container.active .view-line span', { hasText: UNKNOWN }).first().hover();
        // The example is Swedish, so the message is too (whatever the workbench's language).
        await page.locator('.monaco-hover', { hasText: UNKNOWN }).filter({ hasText: /finns inte bland deltagarna/ }).first().waitFor({ timeout: 15_000 });
        await page.waitForTimeout(300); // let the hover finish fading in, for the screenshot
        return `Problems: ${errorsBefore} → ${problems.errors} error(s)`;
    });

    await step('Ctrl+Space after "Justerare: " and accept a present person: the squiggle goes away', '3-completion-accepted', [2], async () => {
        await page.mouse.move(5, 850); // away from the hover
        await selectLine(ADJUSTER_LINE);
        await page.keyboard.type('Justerare: ');
        await page.keyboard.press('Control+Space');
        await suggestWidget().waitFor({ timeout: 15_000 });
        const rows = suggestWidget().locator('.monaco-list-row');
        const labels = await waitFor(() => rows.evaluateAll((els) => els.map((e) => e.querySelector('.label-name')?.textContent ?? '')),
            (l) => l.includes(ADJUSTER), { what: `${ADJUSTER} among the suggestions` });
        for (const name of PRESENT) if (!labels.includes(name)) throw new Error(`${name} (present) is not suggested: ${labels}`);
        await screenshot(page, 'e2e-3-completion-list');
        await rows.filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${ADJUSTER}$`) }) }).first().click();
        await suggestWidget().waitFor({ state: 'hidden' });
        await waitFor(() => lineText('Justerare:'), (t) => t === `Justerare: ${ADJUSTER}`, { what: `"Justerare: ${ADJUSTER}"` });
        await waitFor(() => countSquiggles(page, 'error'), (n) => n === 0, { what: 'no error squiggle', timeoutMs: 20_000 });
        await waitFor(() => problemsCount(page), (p) => p.errors === errorsBefore && p.warnings === 0, { what: 'the Problems count back down', timeoutMs: 20_000 });
        // The tab's problem badge follows (decorations are updated a little later).
        await waitFor(() => page.locator('.tab.active').first().textContent(), (t) => (t ?? '').trim() === EXAMPLE, { what: 'the tab without a problem badge', timeoutMs: 20_000 });
        return `suggested: ${labels.join(', ')}`;
    });

    let frame;
    await step('"Minutes: Open Preview to the Side" shows the decision in the webview', '4-preview', [1], async () => {
        await runCommand(page, 'Minutes: Open Preview to the Side');
        frame = await previewFrame(decisionWithoutLabel(decisionFirstLine));
        const text = await decisionText(frame);
        if (!text?.startsWith(decisionWithoutLabel(decisionFirstLine))) throw new Error(`the preview's decision reads ${JSON.stringify(text)}`);
        // Beside the editor: two editor groups.
        const groups = await page.locator('.editor-group-container').count();
        if (groups < 2) throw new Error(`the preview is not beside the editor (${groups} editor group)`);
        return `preview: "${text}"`;
    });

    await step('change the decision in the editor: the preview follows', '5-preview-follows', [4], async () => {
        await selectLine(DECISION_LINE);
        await page.keyboard.type(CHANGED_DECISION);
        await page.keyboard.press('Escape');
        const want = decisionWithoutLabel(CHANGED_DECISION);
        const text = await waitFor(() => decisionText(frame).catch(() => ''), (t) => (t ?? '').startsWith(want), { what: 'the changed decision in the preview', timeoutMs: 20_000 });
        if (text.includes(decisionWithoutLabel(decisionFirstLine))) throw new Error(`the preview still shows the old decision: ${text}`);
        return `preview: "${text}"`;
    });

    await step('"Minutes: Export to HTML" writes the page next to the file', '6-exported', [5], async () => {
        const target = path.join(workspace, EXAMPLE.replace(/\.minutes$/, '.html'));
        if (fs.existsSync(target)) throw new Error(`${target} exists before the export`);
        await focusEditor(page);
        await runCommand(page, 'Minutes: Export to HTML');
        await waitFor(() => fs.existsSync(target), Boolean, { what: `${target} on disk`, timeoutMs: 30_000 });
        // The example is Swedish, so the notice is too (one language per document).
        await page.locator('.notifications-toasts', { hasText: 'Exporterat till' }).waitFor({ timeout: 20_000 });
        // The explorer lists the new file too.
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: path.basename(target) }).first().waitFor({ timeout: 20_000 });
        await page.waitForTimeout(300); // let the notification finish sliding in, for the screenshot
        const html = fs.readFileSync(target, 'utf8');
        const title = source[0].replace(/^[^:]*:\s*/, '');
        if (!html.includes(`<title>`) || !html.includes(title)) throw new Error(`the page lacks the title "${title}"`);
        // What is exported is what the editor shows, unsaved change included.
        if (!html.includes(decisionWithoutLabel(CHANGED_DECISION))) throw new Error('the page lacks the decision as edited in the editor');
        return `${path.basename(target)}: ${html.length} bytes`;
    });
} catch (error) {
    results.push({ title: 'workbench session', ok: false });
    console.log(`  ✗ workbench session\n      ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n      ')}`);
} finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (process.env.MINUTES_E2E_KEEP) console.log(`workspace kept in ${workspace}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
console.log(`test:e2e: finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed || results.length === 0 ? 1 : 0);
