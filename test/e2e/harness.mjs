// Helpers for playwright end-to-end tests against a real VS Code workbench
// (code-server in headless Chromium, see test/vscode/code-server.mjs):
//
//   const wb = await startWorkbench({ folder: 'examples', extensionDevelopmentPath: repoRoot });
//   await openFile(wb.page, 'board.minutes');
//   await typeInEditor(wb.page, 'text', { at: 'end' });
//   await waitFor(() => countSquiggles(wb.page), (n) => n > 0);
//   await screenshot(wb.page, 'board-with-error');
//   await wb.stop();
//
// Selectors were checked against code-server 4.100.3 (VS Code 1.100.3).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  codeServerBin,
  launchChromium,
  openWorkbench,
  remoteUri,
  repoRoot,
  startCodeServer,
} from '../vscode/code-server.mjs';

export { repoRoot };

/** Where screenshots go (git-ignored). */
export const RESULTS_DIR = path.join(repoRoot, 'test-results');

/**
 * Installs the packaged extension `vsix` into throw-away extension and user-data folders under
 * `tmp`, as a user would with "Install from VSIX"; exits the process when code-server refuses it.
 * @returns {{ extensionsDir: string, userDataDir: string }}
 */
export function installVsix(vsix, tmp) {
  if (!fs.existsSync(vsix)) {
    console.error(`${vsix} is missing: run npm run package first`);
    process.exit(1);
  }
  const extensionsDir = path.join(tmp, 'extensions');
  const userDataDir = path.join(tmp, 'user-data');
  fs.mkdirSync(extensionsDir, { recursive: true });
  const install = spawnSync(codeServerBin(), ['--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir], {
    encoding: 'utf8', env: { ...process.env, XDG_DATA_HOME: path.join(tmp, 'xdg'), XDG_CONFIG_HOME: path.join(tmp, 'xdg') },
  });
  if (install.status !== 0) {
    console.error(install.stdout, install.stderr);
    process.exit(1);
  }
  return { extensionsDir, userDataDir };
}

/**
 * Runs a script's checks one after another: each step is timed and printed; a failing one is
 * printed with the top of its stack (`stackLines`) and a screenshot of the page set with
 * `failuresOn`, and the script goes on. `finish()` prints `N passed, N failed` and exits
 * non-zero when a step failed.
 */
export function stepRunner(name, { stackLines = 4 } = {}) {
  const results = [];
  let page;
  return {
    failuresOn(p) { page = p; },
    async step(title, fn) {
      const started = Date.now();
      try {
        await fn();
        results.push({ title, ok: true });
        console.log(`  ✓ ${title} (${Date.now() - started} ms)`);
      } catch (error) {
        results.push({ title, ok: false });
        await screenshot(page, `${name}-failed-${results.length}`).catch(() => {});
        console.log(`  ✗ ${title}\n      ${String(error?.stack ?? error).split('\n').slice(0, stackLines).join('\n      ')}`);
      }
    },
    finish() {
      const failed = results.filter((r) => !r.ok).length;
      console.log(`${results.length - failed} passed, ${failed} failed`);
      process.exit(failed ? 1 : 0);
    },
  };
}

const isMac = process.platform === 'darwin'; // Chromium on macOS binds Cmd where Linux binds Ctrl
const MOD = isMac ? 'Meta' : 'Control';

/**
 * Starts code-server + Chromium and opens the workbench on folder. With
 * extensionDevelopmentPath the extension runs from source (as with F5).
 * @param {{ folder: string, extensionDevelopmentPath?: string, settings?: object,
 *           viewport?: {width:number,height:number}, env?: Record<string,string> }} opts
 * @returns {Promise<{ server: object, browser: import('playwright-core').Browser,
 *           page: import('playwright-core').Page, console: string[], stop: () => Promise<void> }>}
 */
export async function startWorkbench(opts) {
  const folder = path.resolve(opts.folder);
  const server = await startCodeServer({ folder, settings: opts.settings, env: opts.env });
  let browser;
  try {
    browser = await launchChromium();
    const payload = opts.extensionDevelopmentPath
      ? [['extensionDevelopmentPath', remoteUri(server, opts.extensionDevelopmentPath)]]
      : undefined;
    const page = await openWorkbench(browser, server, { folder, payload, viewport: opts.viewport });
    const consoleLines = [];
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    // Let the explorer and the extension host settle before the first keystroke.
    await page.waitForSelector('.explorer-folders-view, .explorer-viewlet', { timeout: 30_000 }).catch(() => {});
    await page.waitForTimeout(500);
    const stop = async () => {
      await browser.close().catch(() => {});
      await server.stop();
    };
    return { server, browser, page, console: consoleLines, stop };
  } catch (e) {
    await browser?.close().catch(() => {});
    await server.stop();
    throw e;
  }
}

/** Saves a full-window PNG as test-results/<name>.png and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Polls fn() until check(value) holds; returns that value or throws after timeoutMs. */
export async function waitFor(fn, check = Boolean, { timeoutMs = 15_000, intervalMs = 200, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await fn();
    if (check(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last value: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

const quickInput = (page) => page.locator('.quick-input-widget');

/** Closes the quick input if it is open. */
async function closeQuickInput(page) {
  if (await quickInput(page).isVisible()) {
    await page.keyboard.press('Escape');
    await quickInput(page).waitFor({ state: 'hidden' });
  }
}

/**
 * Opens a workspace file through Quick Open (Ctrl+P) and waits until its
 * editor tab is active. fileName is a name or workspace-relative path.
 */
export async function openFile(page, fileName) {
  const base = path.basename(fileName);
  // Quick Open can miss: its file search may not list a file created a moment ago, and on a
  // loaded machine keys typed while the widget opens can be lost. Try again with a fresh widget.
  for (let attempt = 1; ; attempt++) {
    await closeQuickInput(page);
    await page.keyboard.press(`${MOD}+P`);
    await quickInput(page).waitFor({ state: 'visible' });
    await page.keyboard.type(fileName);
    // Wait for the file to be listed (file search runs in the server), then pick it.
    const row = quickInput(page).locator('.monaco-list-row', {
      has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRe(base)}$`) }),
    });
    const listed = await row.first().waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false);
    if (listed) break;
    if (attempt === 3) throw new Error(`Quick Open found no file named ${base} for "${fileName}" (3 attempts)`);
  }
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[data-resource-name="${base}"]`).first().waitFor({ timeout: 15_000 });
  await page.locator('.editor-group-container.active .monaco-editor').first().waitFor();
}

/**
 * Runs a command through the command palette (F1) by its exact label as shown
 * there, e.g. 'Markdown: Open Preview to the Side'.
 */
export async function runCommand(page, label) {
  await closeQuickInput(page);
  await page.keyboard.press('F1');
  await quickInput(page).waitFor({ state: 'visible' });
  await page.keyboard.type(label);
  const row = quickInput(page).locator('.monaco-list-row', {
    has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRe(label)}$`) }),
  });
  await row.first().waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
    throw new Error(`command palette has no command labelled "${label}"`);
  });
  await row.first().click();
  await quickInput(page).waitFor({ state: 'hidden' });
}

/**
 * Types into the active editor as a user would, key by key (so auto-closing
 * brackets, auto-indent and completion triggers apply). at: 'cursor' (default),
 * 'start' or 'end' of the document, or 'replace' (select all first).
 * With { paste: true } the text is pasted instead (one clipboard paste event):
 * no auto-closing or auto-indent, so whole documents arrive verbatim.
 */
export async function typeInEditor(page, text, { at = 'cursor', paste = false, delay = 0 } = {}) {
  await focusEditor(page);
  if (at === 'start') await page.keyboard.press(`${MOD}+Home`);
  else if (at === 'end') await page.keyboard.press(`${MOD}+End`);
  else if (at === 'replace') await page.keyboard.press(`${MOD}+A`);
  if (paste) {
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.activeElement.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
  } else {
    await page.keyboard.type(text, { delay });
  }
  await nextFrames(page);
}

/** Waits two animation frames, so the editor has rendered what was typed. */
async function nextFrames(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** Focuses the active editor without moving its cursor. */
export async function focusEditor(page) {
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.waitFor();
  // The hidden input (textarea, or EditContext div) receives the keystrokes.
  const input = editor.locator('textarea.inputarea, .native-edit-context').first();
  if (await input.count()) await input.focus();
  else await editor.locator('.view-lines').click();
}

/** Text of the active editor's rendered lines (only what is visible on screen). */
export async function editorText(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return '';
    const lines = [...editor.querySelectorAll('.view-lines .view-line')]
      .map((el) => ({ top: parseFloat(el.style.top) || 0, text: el.textContent.replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top);
    return lines.map((l) => l.text).join('\n');
  });
}

/** Saves the active editor (Ctrl+S). */
export async function saveEditor(page) {
  await focusEditor(page);
  await page.keyboard.press(`${MOD}+S`);
  await page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
}

/**
 * Number of squiggles rendered in the active editor (only the visible part of
 * the document is rendered). kind: 'error' | 'warning' | 'info' | 'hint'.
 */
export async function countSquiggles(page, kind = 'error') {
  return page.locator(`.editor-group-container.active .monaco-editor .squiggly-${kind}`).count();
}

/**
 * Problems counts as the status bar shows them (`status.problems` item:
 * error count, warning count, and info count when there are infos).
 * @returns {Promise<{ errors: number, warnings: number, infos: number, label: string }>}
 */
export async function problemsCount(page) {
  const item = page.locator('[id="status.problems"]');
  await item.waitFor();
  const text = (await item.textContent()) ?? '';
  const label = (await item.getAttribute('aria-label')) ?? '';
  const [errors = 0, warnings = 0, infos = 0] = (text.match(/\d+/g) ?? []).map(Number);
  return { errors, warnings, infos, label };
}

/**
 * Frames that belong to webviews. A webview is an iframe (pre/index.html)
 * holding the content iframe (pre/fake.html); both are listed.
 * @returns {import('playwright-core').Frame[]}
 */
export function webviewFrames(page) {
  return page.frames().filter((f) => f.url().includes('/contrib/webview/browser/pre/'));
}

/**
 * Finds a webview frame whose document text contains text (string or RegExp),
 * waiting up to timeoutMs. Returns the playwright Frame; throws if not found.
 * extensionId limits the search to webviews of that extension.
 * @param {{ timeoutMs?: number, extensionId?: string }} [opts]
 * @returns {Promise<import('playwright-core').Frame>}
 */
export async function findInWebviews(page, text, { timeoutMs = 15_000, extensionId } = {}) {
  const matches = (s) => (typeof text === 'string' ? s.includes(text) : text.test(s));
  const webviewId = (f) => new URL(f.url()).searchParams.get('id');
  return waitFor(
    async () => {
      let frames = webviewFrames(page);
      if (extensionId) {
        const ids = new Set(frames
          .filter((f) => new URL(f.url()).searchParams.get('extensionId') === extensionId)
          .map(webviewId));
        frames = frames.filter((f) => ids.has(webviewId(f)));
      }
      for (const frame of frames) {
        try {
          const body = await frame.evaluate(() => document.body?.innerText ?? '');
          if (matches(body)) return frame;
        } catch { /* frame navigated or detached */ }
      }
      return undefined;
    },
    Boolean,
    { timeoutMs, what: `webview text ${text}` },
  );
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
