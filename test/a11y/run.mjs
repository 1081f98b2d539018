#!/usr/bin/env node
// `npm run test:a11y`: the HTML page that `minutes export` writes, for every example (ours in
// examples/, with-mistakes/ included, the test fixtures, and the two shared acceptance examples
// beside the repository), checked with axe-core in Chromium against WCAG 2.0/2.1 A and AA, with the
// light and with the dark colour scheme preferred. Any violation fails. The formal record's pages
// (issue 14) are checked the same way for every one of those documents, the second edition's
// fixtures, the four acceptance examples (../shared/examples and ../shared/examples-2) and the
// long record protocols (test/fixtures/record-protocol.ts) included: the public version
// (`--public`), an extract of the first item (`--extract`) and the notice of approval (`--notice`,
// where the document has what it needs).
//
// Bundles the sources first (langium:generate + esbuild.mjs, as npm test does; skip with
// MINUTES_A11Y_NO_BUILD=1) and needs Chromium (/usr/bin/chromium, or CHROMIUM_PATH;
// scripts/install-code-server.sh installs it). Prints `N passed, N failed`.
//
// Env: MINUTES_A11Y_KEEP=1 keeps the exported pages (the folder is printed).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { launchChromium, repoRoot } from '../vscode/code-server.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCHEMES = ['light', 'dark'];
const AXE = path.join(repoRoot, 'node_modules/axe-core/axe.min.js');
const CLI = path.join(repoRoot, 'bin/minutes.cjs');
const AXE_SOURCE = `${fs.readFileSync(AXE, 'utf8')}\n;void 0;`;
const started = Date.now();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-a11y-'));

function minutesFiles(dir, recursive) {
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) return recursive ? minutesFiles(p, true) : [];
        return e.name.endsWith('.minutes') ? [p] : [];
    }).sort();
}

const results = [];
const record = (title, ok, detail) => {
    results.push({ title, ok });
    console.log(`  ${ok ? '✓' : '✗'} ${title}${detail ? `\n      ${detail.replace(/\n/g, '\n      ')}` : ''}`);
};

const axeVersion = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules/axe-core/package.json'), 'utf8')).version;
// Bundle the current sources first (as npm test does), so the CLI exports with today's renderer.
if (!process.env.MINUTES_A11Y_NO_BUILD) {
    for (const args of [['run', '--silent', 'langium:generate'], null]) {
        const r = args ? spawnSync('npm', args, { cwd: repoRoot, encoding: 'utf8' })
            : spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, encoding: 'utf8' });
        if (r.status !== 0) {
            console.error(`test:a11y: the build failed:\n${r.stdout}${r.stderr}`);
            console.log('0 passed, 1 failed');
            process.exit(1);
        }
    }
}
if (!fs.existsSync(path.join(repoRoot, 'out/cli.cjs'))) {
    console.error('test:a11y: out/cli.cjs is missing: run npm run build first');
    console.log('0 passed, 1 failed');
    process.exit(1);
}

// A CI-only suite: it also checks the acceptance examples beside the repository, and says so
// when they are missing (npm test does not need them).
const sharedDir = path.resolve(repoRoot, '../shared/examples');
const shared = minutesFiles(sharedDir, false);
const files = [...minutesFiles(path.join(repoRoot, 'examples'), true), ...minutesFiles(path.join(repoRoot, 'test/fixtures'), false), ...shared];
const sharedSecond = minutesFiles(path.resolve(repoRoot, '../shared/examples-2'), false);
record(`the two acceptance examples of the second edition are present (../shared/examples-2)`, sharedSecond.length === 2, sharedSecond.length === 2 ? ''
    : `found ${sharedSecond.length} .minutes files: put the acceptance examples beside the repository, as CI has them`);
const secondEdition = [...minutesFiles(path.join(repoRoot, 'test/fixtures/second-edition'), false), ...sharedSecond, ...await recordProtocols()];
// The minutes themselves of the second edition's documents (votes as tables, fenced blocks, «Intern version»).
files.push(...secondEdition);
// The formal record's pages of every document whose minutes are checked.
const recordSources = [...files];
// Every page: [file, label, flags, expected h1].
const pages = [
    ...files.map((file) => ({ file, label: '', flags: [], h1: titleOf(file) })),
    ...recordSources.flatMap((file) => recordPages(file).map((output) => ({ file, ...output, label: ` ${output.label}` })))
];
record(`the two shared acceptance examples are present (../shared/examples)`, shared.length === 2, shared.length === 2 ? ''
    : `found ${shared.length} .minutes files in ${sharedDir}: put the acceptance examples beside the repository, as CI has them`);


/** The long record protocols (test/fixtures/record-protocol.ts), written into `tmp`. */
async function recordProtocols() {
    const { outputFiles } = await esbuild.build({
        stdin: { contents: "export { recordProtocol } from './test/fixtures/record-protocol.ts';", resolveDir: repoRoot, loader: 'ts' },
        bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning'
    });
    const { recordProtocol } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
    return ['sv', 'en'].map((lang) => {
        const file = path.join(tmp, `record-protocol-40-${lang}.minutes`);
        fs.writeFileSync(file, recordProtocol(lang));
        return file;
    });
}

/** The title line of a minutes file: its h1 on the minutes' pages. */
function titleOf(file) {
    return fs.readFileSync(file, 'utf8').split('\n').find((l) => /^\s*[^/\s]/.test(l)).replace(/^[^:]*:\s*/, '').trim();
}

/**
 * The formal record's pages of a file and their h1: the public version and an extract (the
 * minutes' title), the notice (its own title) unless the file has no `Justering` date and
 * `Anslag` (then the CLI refuses it, which test:pdf checks).
 */
function recordPages(file) {
    const text = fs.readFileSync(file, 'utf8');
    const swedish = /^\s*(?:Minnesanteckningar|Protokoll)\s*:/iu.test(text);
    const page = spawnSync(process.execPath, [CLI, 'export', file, '-o', '-'], { encoding: 'utf8' }).stdout;
    const first = /<section class="minutes-item"[^>]*><h2><span class="minutes-item-number">[^<]*? ([\d.]+)<\/span>/.exec(page)?.[1];
    const notice = /^\s*(?:Anslag|Posted)\s*:\s*\S/imu.test(text) && /^\s*(?:Justering|Approval)\s*:[^\n]*\d{4}/imu.test(text);
    return [
        { label: 'public version', flags: ['--public'], h1: titleOf(file) },
        ...(first ? [{ label: `extract of ${first}`, flags: ['--extract', first], h1: titleOf(file) }] : []),
        ...(notice ? [{ label: 'notice', flags: ['--notice'], h1: swedish ? 'Tillkännagivande om justerat protokoll' : 'Notice of approved minutes' }] : [])
    ];
}
let browser;
try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    for (const { file, label, flags, h1: title } of pages) {
        const name = `${path.relative(path.dirname(repoRoot), file)}${label}`;
        const out = path.join(tmp, `${path.basename(file, '.minutes')}${label.replace(/[^\w]+/g, '-')}.html`);
        // The real CLI, as a user runs it.
        const r = spawnSync(process.execPath, [CLI, 'export', file, ...flags, '-o', out], { encoding: 'utf8' });
        if (r.status !== 0 || !fs.existsSync(out)) {
            for (const scheme of SCHEMES) record(`${name} (${scheme})`, false, `minutes export exited ${r.status}: ${r.stderr}${r.stdout}`);
            continue;
        }

        for (const scheme of SCHEMES) {
            const title_ = `${name} (${scheme}): no WCAG 2.1 A/AA violations`;
            try {
                pageErrors.length = 0;
                await page.emulateMedia({ colorScheme: scheme });
                await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
                // The page is the document, not an error page: its h1 is the title.
                const h1 = (await page.locator('h1').first().textContent({ timeout: 5000 }))?.trim();
                if (h1 !== title) throw new Error(`h1 is ${JSON.stringify(h1)}, expected ${JSON.stringify(title)}`);
                // Evaluated through the DevTools protocol: the page's Content-Security-Policy
                // (no scripts at all) stays in force, and axe runs anyway.
                await page.evaluate(AXE_SOURCE);
                const result = await page.evaluate(async (tags) => {
                    // eslint-disable-next-line no-undef
                    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                    return {
                        version: r.testEngine.version,
                        passes: r.passes.length,
                        incomplete: r.incomplete.map((i) => i.id),
                        violations: r.violations.map((v) => ({
                            id: v.id, impact: v.impact, help: v.help,
                            nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
                        })),
                    };
                }, TAGS);
                if (!result.version.startsWith('4.11')) throw new Error(`axe-core ${result.version} ran, expected 4.11`);
                if (result.passes === 0) throw new Error('axe ran no rule that passed: the page was not checked');
                if (pageErrors.length) throw new Error(`script errors on the page: ${pageErrors.join('; ')}`);
                if (result.violations.length) {
                    record(title_, false, result.violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 5).join('\n  ')}`).join('\n'));
                } else {
                    record(title_, true, result.incomplete.length ? `needs review by a person: ${result.incomplete.join(', ')}` : '');
                }
            } catch (error) {
                record(title_, false, String(error?.stack ?? error).split('\n').slice(0, 4).join('\n'));
            }
        }
    }
} catch (error) {
    record('browser session', false, String(error?.stack ?? error));
} finally {
    await browser?.close().catch(() => {});
    if (process.env.MINUTES_A11Y_KEEP) console.log(`exported pages kept in ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
console.log(`test:a11y: axe-core ${axeVersion}, tags ${TAGS.join(', ')}; finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed || results.length === 0 ? 1 : 0);
