#!/usr/bin/env node
// `npm run test:e2e:typing`: a secretary types whole minutes into the packaged extension in a
// real VS Code (code-server in headless Chromium), key by key, with Enter at the end of every
// line, and the saved file must be exactly what they meant. Where the editor already put `- `
// on the new line (after a bullet with text) they do not type another; to end a list they press
// Enter on that empty bullet, which must remove it. No suggestion popup may take an Enter:
// prose, person lines and fully typed names and dates end their line. The Swedish document also
// names "Huddinge kommunhus" before "Huddinge kommun" is typed (the report's case).
//
// Needs out/minutes.vsix (`npm run package`; MINUTES_E2E_VSIX=<file> for another) and
// code-server (scripts/install-code-server.sh). Prints `N passed, N failed`; screenshots of
// failures go to test-results/typing-*.png.
//
//   node test/e2e/typing.mjs [--keep]   (--keep: leave the workspace for a look;
//                                        MINUTES_TYPING_ONLY=sv or en types one document only)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, openWorkbench, startCodeServer } from '../vscode/code-server.mjs';
import { RESULTS_DIR, focusEditor, installVsix, openFile, repoRoot, saveEditor, screenshot, stepRunner, waitFor } from './harness.mjs';

/** What the secretary means to write: every line ends with Enter, the file with a line break. */
const SWEDISH = `Minnesanteckningar: Styrelsemöte i Huddinge
Tid: torsdag 2022-10-06 kl. 13.00–14.30
Plats: Huddinge kommunhus, sal 3

Deltagare:
- Anna Andersson, Botkyrka kommun
- Magnus Gyllestad, Huddinge kommun
- Bertil Berg, Huddinge
- Cecilia Carlsson

Ej närvarande:
- David Dahl, Salem

Ordförande: Anna Andersson
Sekreterare: Bertil Berg
Justerare: Cecilia Carlsson

Punkt 1: Budget för 2023
Nästa vecka presenteras budgeten (se bilaga 2) för nämnden.
Be om synpunkter från "alla" kommuner.
Mötet
Ansvaret ligger hos kommunen.

Beslut: Styrelsen godkänner budgeten.

Uppdrag: Ta fram en jämförelse med Salem.
Ansvarig: Magnus Gyllestad
Senast: torsdag 2022-10-20

Punkt 2: Övrigt
- Lokalen bokas till våren
- Anna tar med kaffe

Nästa möte: torsdag 2022-10-13 kl. 13.00–14.30
`;

const ENGLISH = `Minutes: Board meeting
Date: Thursday 2026-03-12 18.30–20.00
Place: Harbour Street Library

Present:
- Ann Archer, chair of the board
- Bob Baker
- Carol Clark

Chair: Ann Archer
Secretary: Bob Baker
Adjuster: Carol Clark

Item 1: Opening hours
Present were all trustees.
Action items from last time are done.
- Saturday opening from May
- Longer hours in summer

Decision: Open on Saturdays from May.
Action: Ask the staff about Saturdays.
Owner: Carol Clark
`;

const steps = stepRunner('typing', { stackLines: 12 });
const step = steps.step;

const BULLET = /^[-*•] /u;
/** Keys between characters, like a quick typist (and slow enough for the completion requests). */
const KEY_DELAY_MS = 25;
/** A person looks at the new line before typing on. */
const PAUSE_AFTER_ENTER_MS = 250;

/** The cursor as the status bar shows it: `{ line, column }`, 1-based. */
async function cursorAt(page) {
    const text = (await page.locator('[id="status.editor.selection"]').textContent()) ?? '';
    const match = /Ln (\d+), Col (\d+)/.exec(text);
    return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

const suggestVisible = (page) => page.locator('.editor-group-container.active .suggest-widget.visible').count().then((n) => n > 0);

/**
 * Types `text` line by line as a person would. Returns the lines at whose end a suggestion
 * popup was open when Enter was pressed (allowed, as long as Enter still makes the new line).
 */
async function typeDocument(page, text) {
    const lines = text.replace(/\n$/u, '').split('\n');
    const popupAtEnter = [];
    let dashWaiting = false; // the editor has put `- ` on the current line
    for (const [index, line] of lines.entries()) {
        let toType = line;
        if (dashWaiting && BULLET.test(line)) {
            toType = line.replace(BULLET, '');
        } else if (dashWaiting) {
            // The list ends here: Enter on the empty bullet removes it and stays on that line.
            const before = await cursorAt(page);
            await page.keyboard.press('Enter');
            await waitFor(() => cursorAt(page), (c) => c?.line === before.line && c.column === 1,
                { what: `Enter on the empty bullet of line ${before.line} to remove it (cursor was ${JSON.stringify(before)})`, timeoutMs: 5_000 });
        }
        await page.keyboard.type(toType, { delay: KEY_DELAY_MS });
        // Typing stops; whatever popup is going to open has time to open.
        await page.waitForTimeout(300);
        if (await suggestVisible(page)) {
            const focused = await page.locator('.editor-group-container.active .suggest-widget.visible .monaco-list-row.focused').first().getAttribute('aria-label').catch(() => '?');
            popupAtEnter.push(`${index + 1}: ${line} [${focused}]`);
        }
        await page.keyboard.press('Enter');
        await page.waitForTimeout(PAUSE_AFTER_ENTER_MS);
        dashWaiting = BULLET.test(line) && line.replace(BULLET, '').trim() !== '';
    }
    return popupAtEnter;
}

/** A readable first difference between what was meant and what was saved. */
function firstDifference(expected, actual) {
    const a = expected.split('\n');
    const b = actual.split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (a[i] !== b[i]) return `line ${i + 1}: meant ${JSON.stringify(a[i])}, saved ${JSON.stringify(b[i])}`;
    }
    return 'none';
}

/** The empty files the documents are typed into, made before the workbench starts so Quick Open lists them. */
const FILES = { sv: 'styrelsemote.minutes', en: 'board.minutes' };

async function typeAndCompare(page, workspace, name, text) {
    await openFile(page, name);
    await waitFor(() => page.locator('[id="status.editor.mode"]').textContent(), (t) => /Minutes|Minnesanteckningar/.test(t ?? ''), { what: 'language mode Minutes' });
    await focusEditor(page);
    const popups = await typeDocument(page, text);
    await saveEditor(page);
    const saved = await waitFor(() => fs.readFileSync(path.join(workspace, name), 'utf8'), (t) => t !== '', { what: `${name} saved` });
    console.log(`      ${text.split('\n').length - 1} lines typed; a popup was open at the end of ${popups.length}${popups.length ? ` (${popups.join(' | ')})` : ''}`);
    if (saved !== text) {
        await screenshot(page, `typing-${name}`);
        throw new Error(`the saved file differs from what was typed, first at ${firstDifference(text, saved)}\n--- saved ---\n${saved}`);
    }
}

// --- the packaged extension in code-server ---------------------------------------------------
const vsix = process.env.MINUTES_E2E_VSIX ? path.resolve(process.env.MINUTES_E2E_VSIX) : path.join(repoRoot, 'out/minutes.vsix');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-typing-'));
const workspace = path.join(tmp, 'minutes');
for (const dir of [workspace, RESULTS_DIR]) fs.mkdirSync(dir, { recursive: true });
// A file made after the workbench has listed the folder may be missing from Quick Open for a while.
for (const name of Object.values(FILES)) fs.writeFileSync(path.join(workspace, name), '');
const { extensionsDir, userDataDir } = installVsix(vsix, tmp);

let server;
let browser;
try {
    // The user's own settings say nothing about suggestions: the extension's defaults for [minutes] apply.
    server = await startCodeServer({
        folder: workspace, extensionsDir, userDataDir,
        settings: { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false },
    });
    browser = await launchChromium();
    const page = await openWorkbench(browser, server, { folder: workspace, viewport: { width: 1400, height: 900 } });
    steps.failuresOn(page);
    await page.waitForSelector('.explorer-folders-view, .explorer-viewlet', { timeout: 30_000 }).catch(() => {});
    await page.waitForTimeout(1000);

    const only = process.env.MINUTES_TYPING_ONLY; // sv or en: type one document only
    if (only !== 'en') await step('Swedish minutes typed line by line are saved exactly as meant', () => typeAndCompare(page, workspace, FILES.sv, SWEDISH));
    if (only !== 'sv') await step('English minutes typed line by line are saved exactly as meant', () => typeAndCompare(page, workspace, FILES.en, ENGLISH));
} finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (!process.argv.includes('--keep')) fs.rmSync(tmp, { recursive: true, force: true });
    else console.log(`workspace kept in ${workspace}`);
}
steps.finish();
