#!/usr/bin/env node
// Takes the README's screenshots of the extension in a real VS Code (code-server in headless
// Chromium, the extension from source: run `npm run build` first) and writes them to images/:
//   editor-diagnostics.png    the deliberately broken example with squiggles and a hover
//   preview-beside-editor.png a Swedish protocol with its live preview
//   exported-page.png         the page "Export to HTML" wrote
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findInWebviews, focusEditor, openFile, repoRoot, runCommand, startWorkbench, waitFor, countSquiggles } from './harness.mjs';

const images = path.join(repoRoot, 'images');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-readme-shots-'));
const workspace = path.join(tmp, 'examples');
fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });

function save(buffer, name) {
    const file = path.join(images, name);
    fs.writeFileSync(file, buffer);
    console.log(`${path.relative(repoRoot, file)}: ${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
}

const wb = await startWorkbench({
    folder: workspace,
    extensionDevelopmentPath: repoRoot,
    viewport: { width: 1280, height: 760 },
    settings: {
        'workbench.colorTheme': 'Default Light Modern',
        'editor.minimap.enabled': false,
        'breadcrumbs.enabled': false,
        'workbench.activityBar.location': 'hidden',
        'window.commandCenter': false,
        'workbench.layoutControl.enabled': false,
    },
});
const { page } = wb;
try {
    await page.keyboard.press('Control+B'); // hide the side bar: room for the editor and preview

    // 1. Diagnostics, with the hover of one of them.
    await openFile(page, 'board-meeting-with-mistakes.minutes');
    await waitFor(() => countSquiggles(page, 'error'), (n) => n >= 5, { what: 'squiggles', timeoutMs: 30_000 });
    await page.waitForTimeout(1000);
    const unknown = page.locator('.editor-group-container.active .view-line span', { hasText: 'Linnea Falk' }).first();
    await unknown.hover();
    await page.locator('.monaco-hover', { hasText: 'not listed among the participants' }).first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(400);
    save(await page.screenshot(), 'editor-diagnostics.png');
    await page.mouse.move(5, 700);

    // 2. The preview beside the editor.
    await openFile(page, 'brf-lindblomman-styrelsemote-2025-11-18.minutes');
    await runCommand(page, 'Minutes: Open Preview to the Side');
    await findInWebviews(page, 'Stambyte och badrumsrenovering', { timeoutMs: 30_000 });
    await focusEditor(page);
    await page.mouse.move(5, 700);
    await page.waitForTimeout(1200);
    save(await page.screenshot(), 'preview-beside-editor.png');

    // 3. The exported page.
    await runCommand(page, 'Minutes: Export to HTML');
    const target = path.join(workspace, 'brf-lindblomman-styrelsemote-2025-11-18.html');
    await waitFor(() => fs.existsSync(target), Boolean, { what: 'exported file' });
    const exported = await wb.browser.newPage({ viewport: { width: 1000, height: 760 } });
    await exported.goto(`file://${target}`);
    save(await exported.screenshot(), 'exported-page.png');
    await exported.close();
} finally {
    await wb.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
}
