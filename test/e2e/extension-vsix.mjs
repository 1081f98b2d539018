#!/usr/bin/env node
// End-to-end check of the packaged extension in a real VS Code (code-server in headless
// Chromium): installs out/minutes.vsix (run `npm run package` first), opens a copy of
// examples/, and checks highlighting, diagnostics, the live preview (render, typing, scroll
// sync, problem links, theme, restore after reload) and the HTML export (Open shows the page
// rendered; a document with errors is exported only when confirmed). Screenshots go to
// test-results/. Prints `N passed, N failed`.
//
//   node test/e2e/extension-vsix.mjs [--keep]   (--keep: leave the workspace copy for a look)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, openWorkbench, startCodeServer } from '../vscode/code-server.mjs';
import {
    RESULTS_DIR, countSquiggles, findInWebviews, focusEditor, installVsix, openFile, repoRoot, runCommand, screenshot, stepRunner, typeInEditor, waitFor,
} from './harness.mjs';

const vsix = path.join(repoRoot, 'out/minutes.vsix');
const steps = stepRunner('vsix');
const step = steps.step;

/** The frame of the minutes preview whose text matches, or throws. */
const previewFrame = (page, text, timeoutMs = 20_000) => findInWebviews(page, text, { timeoutMs, extensionId: 'minutes-team.minutes' });

/** Opens a workspace file by Quick Open, or from the explorer when Quick Open did not take (focus was in a webview). */
async function open(page, name) {
    // Keyboard focus may still be in a webview (after a click there); Quick Open needs the workbench.
    if (await page.locator('.editor-group-container.active .monaco-editor').count()) await focusEditor(page);
    try {
        await openFile(page, name);
    } catch {
        // Quick Open's Enter can be lost right after a webview had focus: open the file from
        // the explorer, as a user would then do.
        await page.keyboard.press('Escape');
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
        await page.locator(`.tab.active[data-resource-name="${name}"]`).first().waitFor({ timeout: 15_000 });
    }
}

/** Runs a palette command that opens a quick input of its own (harness's runCommand waits for the palette to close). */
async function runCommandThatAsks(page, label) {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget').waitFor({ state: 'visible' });
    await page.keyboard.type(label);
    await page.locator('.quick-input-widget .monaco-list-row', { has: page.locator('.label-name', { hasText: label }) }).first().click();
}

/** Sets the colour theme through the command palette. */
async function setTheme(page, label) {
    await page.keyboard.press('F1');
    await page.keyboard.type('Preferences: Color Theme');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Preferences: Color Theme' }).first().click();
    await page.keyboard.type(label);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.waitForTimeout(800);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-vsix-'));
const workspace = path.join(tmp, 'examples');
fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
fs.mkdirSync(RESULTS_DIR, { recursive: true });
const { extensionsDir, userDataDir } = installVsix(vsix, tmp);

let server;
let browser;
try {
    server = await startCodeServer({
        folder: workspace, extensionsDir, userDataDir,
        settings: { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'window.zoomLevel': 0 },
    });
    browser = await launchChromium();
    const page = await openWorkbench(browser, server, { folder: workspace, viewport: { width: 1500, height: 900 } });
    steps.failuresOn(page);
    const consoleLines = [];
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    await page.waitForTimeout(1500);

    await step('a .minutes file opens in the minutes language with coloured tokens', async () => {
        await open(page, 'brf-lindblomman-styrelsemote-2025-11-18.minutes');
        await waitFor(() => page.locator('[id="status.editor.mode"]').textContent(), (t) => /Minutes|Minnesanteckningar/.test(t ?? ''), { what: 'language mode Minutes' });
        const classes = await waitFor(() => page.evaluate(() => {
            const spans = document.querySelectorAll('.editor-group-container.active .view-lines .view-line span span');
            return [...new Set([...spans].map((s) => s.className))];
        }), (c) => c.length >= 4, { what: 'several token colours' });
        if (classes.length < 4) throw new Error(`only ${classes.length} token colours`);
    });

    await step('the broken example shows error and warning squiggles', async () => {
        await open(page, 'board-meeting-with-mistakes.minutes');
        await waitFor(() => countSquiggles(page, 'error'), (n) => n >= 5, { what: 'error squiggles', timeoutMs: 30_000 });
        await waitFor(() => countSquiggles(page, 'warning'), (n) => n >= 1, { what: 'warning squiggles' });
        await page.waitForTimeout(500);
        await screenshot(page, 'vsix-editor-diagnostics');
    });

    await step('Open Preview to the Side shows the problems with links, and a link reveals the line', async () => {
        await runCommand(page, 'Minutes: Open Preview to the Side');
        const frame = await previewFrame(page, /errors?, \d+ warnings?/);
        const links = frame.locator('.problem-link');
        await waitFor(() => links.count(), (n) => n >= 7, { what: 'problem links' });
        await page.waitForTimeout(500);
        await screenshot(page, 'vsix-preview-problems');
        // The link of the empty decision (line 21) puts the cursor there.
        // The preview may render once more right after it opens (the server's check in the current
        // language): a click on the list it replaces is lost, so the link is clicked until the cursor moves.
        await waitFor(async () => {
            await frame.locator('.problem-link', { hasText: 'Line 21' }).first().click({ timeout: 5_000 }).catch(() => {});
            return page.locator('[id="status.editor.selection"]').textContent({ timeout: 3_000 }).catch(() => null);
        }, (t) => /Ln 21,/.test(t ?? ''), { what: 'cursor on line 21', timeoutMs: 30_000, intervalMs: 1_000 });
    });

    await step('forcing minutes.messageLanguage to sv turns the preview\'s labels and messages Swedish together, and auto turns them back', async () => {
        const settingsFile = path.join(workspace, '.vscode', 'settings.json');
        fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
        fs.writeFileSync(settingsFile, JSON.stringify({ 'minutes.messageLanguage': 'sv' }));
        let frame = await previewFrame(page, /\d+ fel, \d+ varning/);
        await waitFor(() => frame.locator('.problem-link', { hasText: 'Rad 21' }).first().textContent(), (t) => /Rad 21.*saknar text/.test(t ?? ''), { what: 'line 21 in Swedish' });
        fs.writeFileSync(settingsFile, JSON.stringify({ 'minutes.messageLanguage': 'auto' }));
        frame = await previewFrame(page, /\d+ errors?, \d+ warnings?/);
        await waitFor(() => frame.locator('.problem-link', { hasText: 'Line 21' }).first().textContent(), (t) => /Line 21.*has no text/.test(t ?? ''), { what: 'line 21 in English again' });
    });

    await step('the preview of a clean document renders beside the editor', async () => {
        await open(page, 'brf-lindblomman-styrelsemote-2025-11-18.minutes');
        await runCommand(page, 'Minutes: Open Preview to the Side');
        const frame = await previewFrame(page, 'Stambyte och badrumsrenovering');
        await waitFor(() => frame.locator('.problems-summary').textContent(), (t) => /Inga problem/.test(t ?? ''), { what: 'no problems, in the Swedish document\'s language' });
        await page.waitForTimeout(500);
        const scrollY = await frame.evaluate(() => window.scrollY);
        if (scrollY !== 0) throw new Error(`the preview opened scrolled to ${scrollY} px, not at the top like the editor`);
        await screenshot(page, 'vsix-preview-beside-editor');
    });

    await step('typing in the editor updates the preview without reloading it', async () => {
        const frame = await previewFrame(page, 'Stambyte och badrumsrenovering');
        await frame.evaluate(() => { window.__minutesMarker = 'same page'; });
        await focusEditor(page);
        await page.keyboard.press('Control+G');
        await page.keyboard.type('2');
        await page.keyboard.press('Enter');
        // End goes to the line, not to the Go to Line box, once that box has closed.
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        await page.keyboard.press('End');
        await typeInEditor(page, ' (extra)');
        await waitFor(() => frame.evaluate(() => document.querySelector('h1')?.textContent ?? ''), (t) => t.includes('styrelsemöte (extra)'), { what: 'new title in preview' });
        const marker = await frame.evaluate(() => window.__minutesMarker);
        if (marker !== 'same page') throw new Error('the preview page was reloaded instead of updated');
    });

    await step('the preview follows the editor\'s scrolling', async () => {
        const frame = await previewFrame(page, 'Stambyte och badrumsrenovering');
        const before = await frame.evaluate(() => window.scrollY);
        await focusEditor(page);
        await page.keyboard.press('Control+G');
        await page.keyboard.type('55');
        await page.keyboard.press('Enter');
        await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().hover();
        await page.mouse.wheel(0, 600);
        const after = await waitFor(() => frame.evaluate(() => window.scrollY), (y) => y > before + 100, { what: 'preview scrolled' });
        console.log(`      preview scrollY ${before} → ${after}`);
    });

    await step('double-click in the preview reveals the line in the editor', async () => {
        const frame = await previewFrame(page, 'Stambyte och badrumsrenovering');
        const heading = frame.locator('.minutes-item h2', { hasText: 'Ekonomisk rapport' });
        const line = Number(await frame.locator('.minutes-item', { has: frame.locator('h2', { hasText: 'Ekonomisk rapport' }) }).getAttribute('data-line'));
        await heading.scrollIntoViewIfNeeded();
        await heading.dblclick();
        await waitFor(() => page.locator('[id="status.editor.selection"]').textContent(), (t) => new RegExp(`Ln ${line + 1},`).test(t ?? ''), { what: `cursor on line ${line + 1}` });
    });

    await step('the preview follows the theme (dark, high contrast)', async () => {
        await setTheme(page, 'Dark Modern');
        let frame = await previewFrame(page, 'Stambyte och badrumsrenovering');
        const dark = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
        await screenshot(page, 'vsix-preview-dark');
        await setTheme(page, 'Dark High Contrast');
        frame = await previewFrame(page, 'Stambyte och badrumsrenovering');
        const contrast = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
        await screenshot(page, 'vsix-preview-high-contrast');
        await setTheme(page, 'Light Modern');
        frame = await previewFrame(page, 'Stambyte och badrumsrenovering');
        const light = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
        console.log(`      body background: light ${light}, dark ${dark}, high contrast ${contrast}`);
        if (new Set([light, dark, contrast]).size !== 3) throw new Error('the preview background did not change with the theme');
    });

    await step('Export to HTML writes the page next to the source and says so', async () => {
        await open(page, 'riverside-garden-club-2025-10-02.minutes');
        await runCommand(page, 'Minutes: Export to HTML');
        const target = path.join(workspace, 'riverside-garden-club-2025-10-02.html');
        const toast = page.locator('.notification-toast', { hasText: 'Exported to' });
        await toast.waitFor({ timeout: 20_000 });
        await page.waitForTimeout(500);
        await screenshot(page, 'vsix-export-notification');
        // In the browser there is no OS file manager: Reveal selects the page in the explorer.
        await toast.locator('.monaco-button', { hasText: 'Reveal' }).click();
        await page.locator('.explorer-folders-view .monaco-list-row.selected', { hasText: 'riverside-garden-club-2025-10-02.html' }).waitFor({ timeout: 10_000 });
        if (!fs.existsSync(target)) throw new Error(`${target} was not written`);
        const html = fs.readFileSync(target, 'utf8');
        if (!html.includes('Riverside Community Garden')) throw new Error('exported page lacks the title');
        const exported = await browser.newPage({ viewport: { width: 1100, height: 900 } });
        await exported.goto(`file://${target}`);
        await exported.screenshot({ path: path.join(RESULTS_DIR, 'vsix-exported-page.png') });
        await exported.close();
    });

    await step('Open after an export shows the page rendered, not its HTML source', async () => {
        await open(page, 'riverside-garden-club-2025-10-02.minutes');
        await runCommand(page, 'Minutes: Export to HTML');
        const toast = page.locator('.notification-toast', { hasText: 'Exported to' });
        await toast.waitFor({ timeout: 20_000 });
        await toast.locator('.monaco-button', { hasText: /^Open$/ }).click();
        await page.locator('.tab.active', { hasText: 'riverside-garden-club-2025-10-02.html' }).waitFor({ timeout: 15_000 });
        const frame = await findInWebviews(page, 'Riverside Community Garden', { extensionId: 'minutes-team.minutes' });
        const shown = await frame.evaluate(() => ({
            page: document.querySelector('.minutes-page') !== null,
            heading: document.querySelector('h1')?.textContent ?? '',
            notice: document.querySelector('.minutes-export-notice') !== null,
        }));
        if (!shown.page || !shown.heading) throw new Error(`the panel does not show the rendered page: ${JSON.stringify(shown)}`);
        if (shown.notice) throw new Error('a clean document\'s page shows the notice about errors');
        const sourceShown = await page.locator('.editor-group-container.active .monaco-editor .view-lines', { hasText: '<!DOCTYPE html>' }).count();
        if (sourceShown) throw new Error('Open showed the HTML source in a text editor');
        await page.waitForTimeout(500);
        await screenshot(page, 'vsix-export-opened');
    });

    await step('a document with errors: the export asks first; Cancel writes nothing, Export anyway writes a page that says so', async () => {
        const target = path.join(workspace, 'with-mistakes', 'board-meeting-with-mistakes.html');
        await open(page, 'board-meeting-with-mistakes.minutes');
        await runCommand(page, 'Minutes: Export to HTML');
        const dialog = page.locator('.monaco-dialog-box');
        await dialog.waitFor({ timeout: 20_000 });
        const question = await dialog.textContent();
        if (!/board-meeting-with-mistakes\.minutes has \d+ errors\. Export it anyway\?/.test(question ?? '')) throw new Error(`the question reads: ${question}`);
        await screenshot(page, 'vsix-export-asks');
        await dialog.locator('.monaco-button', { hasText: /^Cancel$/ }).click();
        await dialog.waitFor({ state: 'hidden' });
        await page.waitForTimeout(1500);
        if (fs.existsSync(target)) throw new Error('Cancel still wrote the page');

        await runCommand(page, 'Minutes: Export to HTML');
        await dialog.waitFor({ timeout: 20_000 });
        await dialog.locator('.monaco-button', { hasText: /^Export anyway$/ }).click();
        const toast = page.locator('.notification-toast', { hasText: 'Exported to' });
        await toast.waitFor({ timeout: 20_000 });
        if (!fs.readFileSync(target, 'utf8').includes('<aside class="minutes-notice minutes-export-notice"')) throw new Error('the page does not say that the document has errors');
        await toast.locator('.monaco-button', { hasText: /^Open$/ }).click();
        const frame = await findInWebviews(page, /Note: the document had \d+ errors when this page was exported/, { extensionId: 'minutes-team.minutes' });
        const top = await frame.evaluate(() => document.querySelector('.minutes-page')?.firstElementChild?.className ?? '');
        if (!top.includes('minutes-export-notice')) throw new Error(`the notice is not at the top of the page (first element: ${top})`);
        await page.waitForTimeout(500);
        await screenshot(page, 'vsix-export-with-errors-opened');
    });

    await step('an unsaved document exports where the save dialog says, named after its title', async () => {
        await runCommand(page, 'File: New Untitled Text File');
        await runCommandThatAsks(page, 'Change Language Mode');
        const picker = page.locator('.quick-input-widget input[placeholder="Select Language Mode"]');
        const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: /^Minutes/ }).first();
        await waitFor(async () => {
            await picker.fill('Minutes').catch(() => {});
            return row.isVisible();
        }, Boolean, { what: 'Minutes in the language picker' });
        await row.click();
        await waitFor(() => page.locator('[id="status.editor.mode"]').textContent(), (t) => /Minutes/.test(t ?? ''), { what: 'language mode Minutes' });
        await typeInEditor(page, 'Minutes: Quick sync\nDate: 2025-06-02\n\nItem 1: Status\nAll on track.\n', { paste: true });
        await runCommandThatAsks(page, 'Minutes: Export to HTML');
        // VS Code's own save dialog (a quick input with the path) proposes the workspace folder.
        const input = page.locator('.quick-input-widget input');
        await waitFor(() => input.inputValue(), (v) => v.endsWith('Quick sync.html'), { what: 'suggested file name' });
        await page.keyboard.press('Enter');
        const target = path.join(workspace, 'Quick sync.html');
        await waitFor(() => fs.existsSync(target), Boolean, { what: `${target} written` });
        if (!fs.readFileSync(target, 'utf8').includes('All on track.')) throw new Error('exported page lacks the text');
    });

    await step('the preview comes back after a window reload', async () => {
        await open(page, 'brf-lindblomman-styrelsemote-2025-11-18.minutes');
        await runCommand(page, 'Minutes: Open Preview to the Side');
        await previewFrame(page, 'Stambyte och badrumsrenovering');
        await runCommand(page, 'Developer: Reload Window');
        await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
        await previewFrame(page, 'Stambyte och badrumsrenovering', 60_000);
    });

    const errors = consoleLines.filter((l) => /minutes|preview\.js|Content Security Policy/i.test(l) && /error|refused|violat/i.test(l));
    if (errors.length) console.log(`  workbench console:\n    ${errors.slice(0, 20).join('\n    ')}`);
} finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (!process.argv.includes('--keep')) fs.rmSync(tmp, { recursive: true, force: true });
    else console.log(`workspace kept in ${workspace}`);
}
steps.finish();
