// `npm run test:security`: the hostile-content corpus (test/security/payloads.ts) in Chromium.
//
// Every payload goes into every text slot of a minutes document, which is then opened
//   - as the exported page (renderStandalonePage), and
//   - as the live preview: the webview shell the extension builds (client/preview/
//     document-renderer.ts) with its real script (media/preview.js), receiving the server's
//     render message by postMessage, as in VS Code.
// Each page must show every slot's text literally (innerText, less the direction overrides the
// renderer removes on purpose), run nothing (no dialog, `window.__pwned` unset, no foreign
// element or handler in the DOM), load nothing but itself (and, for the preview, its own script
// and styles), and keep its own styles. Two canaries (a page that does run a script, a page with
// the escaping skipped) prove that the check notices when things go wrong.
//
// Prints one line per failure and `N passed, N failed`; exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXPORT_URL = 'https://export.minutes.test/minutes.html';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Elements and attributes the renderer writes into the minutes content. */
const TAGS = new Set(['ARTICLE', 'HEADER', 'SECTION', 'DIV', 'H1', 'H2', 'H3', 'P', 'DL', 'DT', 'DD', 'UL', 'LI', 'SPAN', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'MAIN', 'PRE']);
const ATTRIBUTES = ['class', 'lang', 'data-line', 'scope', 'role', 'id'];
/** A link between meetings as language/render/links.ts makes them (isMeetingHref; `.` and `..` segments are refused besides). */
const MEETING_HREF = String.raw`^(?:[A-Za-z0-9%._~!$&'()*+,;=@-]+\/)*[A-Za-z0-9%._~!$&'()*+,;=@-]+\.html(?:#p\d{1,6}(?:\.\d{1,6})*)?$`;

/** Builds the webview script and the bundle of the corpus pages; returns the corpus module. */
async function buildCorpus(workDir) {
    const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('esbuild.mjs failed');
    const outfile = join(workDir, 'security-pages.cjs');
    await esbuild.build({
        absWorkingDir: root, entryPoints: ['test/security/pages.ts'], outfile, bundle: true, platform: 'node', target: 'node20',
        format: 'cjs', logLevel: 'warning', external: ['vscode'],
        define: { 'import.meta.url': 'import_meta_url' },
        banner: { js: "const import_meta_url = require('url').pathToFileURL(__filename).href;" },
    });
    return createRequire(import.meta.url)(outfile);
}

const collapse = text => text.replace(/\s+/gu, ' ');

/** Watches one page: requests, dialogs, errors, CSP violations; a script sentinel is read later. */
async function watchedPage(browser, routes) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const seen = { requests: [], blocked: [], dialogs: [], errors: [], console: [] };
    page.on('request', request => seen.requests.push(request.url()));
    page.on('dialog', dialog => { seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`); void dialog.dismiss().catch(() => {}); });
    page.on('pageerror', error => seen.errors.push(error.message));
    page.on('console', message => seen.console.push(`[${message.type()}] ${message.text()}`));
    await context.route('**/*', route => {
        const url = route.request().url();
        const answer = routes.get(url);
        if (answer) return route.fulfill({ status: 200, contentType: answer.type, body: answer.body });
        seen.blocked.push(url);
        return route.abort('blockedbyclient');
    });
    await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', event => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    return { context, page, seen };
}

/** Moves, clicks, focuses and scrolls, so that handlers waiting for a user would fire. */
async function interact(page) {
    for (const [x, y] of [[5, 5], [300, 200], [500, 450], [200, 700]]) await page.mouse.move(x, y);
    await page.mouse.click(300, 300);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(150);
}

/** Problems common to both pages: execution, foreign markup, missing text. */
function judge(state, seen, allowedUrls, expectedTexts) {
    const problems = [];
    if (state.pwned !== undefined) problems.push(`a script ran (window.__pwned = ${JSON.stringify(state.pwned)})`);
    if (seen.dialogs.length > 0) problems.push(`a dialog opened: ${seen.dialogs.join('; ')}`);
    const foreign = seen.requests.filter(url => !allowedUrls.includes(url));
    if (foreign.length > 0) problems.push(`requests beyond the page: ${foreign.join(', ')}`);
    if (state.foreign.length > 0) problems.push(`foreign markup in the content: ${state.foreign.slice(0, 5).join(', ')}`);
    if (state.display === 'none' || state.visibility === 'hidden') problems.push('the page was hidden by injected CSS');
    const text = collapse(state.text);
    const missing = expectedTexts.filter(expected => !text.includes(expected));
    if (missing.length > 0) problems.push(`text not shown literally: ${missing.slice(0, 3).map(m => JSON.stringify(m)).join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''}`);
    return problems;
}

/** Reads the page's state: the sentinel, the text, foreign elements/attributes under `selector`. */
function readState(page, selector) {
    return page.evaluate(({ selector, tags, attributes, meetingHref }) => {
        const root = document.querySelector(selector);
        const foreign = [];
        // The renderer's two links: an address (http, https, mailto) shown as itself, with a rel
        // that gives away nothing; a link to another meeting's page (relative, no scheme, no `..`).
        const isOwnLink = element => {
            const names = element.getAttributeNames().sort().join(' ');
            const href = element.getAttribute('href') ?? '';
            if (names === 'href rel') {
                return element.getAttribute('rel') === 'noopener noreferrer' && /^(?:https?:\/\/|mailto:)\S+$/iu.test(href) && element.textContent === href;
            }
            return names === 'class href' && element.getAttribute('class') === 'minutes-meeting-link'
                && new RegExp(meetingHref, 'u').test(href) && !href.split('#')[0].split('/').some(segment => segment === '.' || segment === '..');
        };
        for (const element of root ? root.querySelectorAll('*') : []) {
            if (element.tagName === 'A') {
                if (!isOwnLink(element)) foreign.push(`<a ${element.getAttributeNames().map(name => `${name}="${element.getAttribute(name)}"`).join(' ')}>`);
                continue;
            }
            if (!tags.includes(element.tagName)) foreign.push(`<${element.tagName.toLowerCase()}>`);
            for (const attribute of element.getAttributeNames()) {
                if (!attributes.includes(attribute)) foreign.push(`${attribute}= on <${element.tagName.toLowerCase()}>`);
            }
        }
        return {
            pwned: window.__pwned,
            text: root ? root.innerText : '',
            title: document.title,
            foreign,
            display: getComputedStyle(document.body).display,
            visibility: getComputedStyle(document.body).visibility,
            violations: window.__violations ?? [],
            sheets: document.styleSheets.length
        };
    }, { selector, tags: [...TAGS], attributes: ATTRIBUTES, meetingHref: MEETING_HREF });
}

/** The exported page of one case. */
async function checkExport(browser, html, expectedTexts, expectedTitle) {
    const { context, page, seen } = await watchedPage(browser, new Map([[EXPORT_URL, { type: 'text/html; charset=utf-8', body: html }]]));
    try {
        await page.goto(EXPORT_URL, { waitUntil: 'load' });
        await interact(page);
        const state = await readState(page, 'body');
        const problems = judge(state, seen, [EXPORT_URL], expectedTexts);
        if (state.title !== expectedTitle) problems.push(`title ${JSON.stringify(state.title)} instead of ${JSON.stringify(expectedTitle)}`);
        if (state.sheets !== 1) problems.push(`${state.sheets} style sheets instead of the renderer's one`);
        return { problems, violations: state.violations };
    } finally {
        await context.close();
    }
}

/** The preview webview with the render message in it: the shell and its script, as VS Code runs them. */
async function openPreview(browser, corpus, message) {
    const origin = corpus.WEBVIEW_ORIGIN;
    const shell = corpus.previewShell(message.source);
    const media = file => readFileSync(join(root, 'media', file), 'utf8');
    const routes = new Map([
        [`${origin}/index.html`, { type: 'text/html; charset=utf-8', body: shell.html }],
        [`${origin}/media/preview.js`, { type: 'text/javascript', body: media('preview.js') }],
        [`${origin}/media/minutes.css`, { type: 'text/css', body: media('minutes.css') }],
        [`${origin}/media/preview.css`, { type: 'text/css', body: media('preview.css') }],
    ]);
    const watched = await watchedPage(browser, routes);
    const { page } = watched;
    // What VS Code gives a webview: acquireVsCodeApi. Messages to the extension are collected.
    await page.addInitScript(() => {
        window.__fromWebview = [];
        window.acquireVsCodeApi = () => ({ postMessage: m => window.__fromWebview.push(m), getState: () => undefined, setState: () => {} });
    });
    await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__fromWebview.some(m => m.type === 'ready'), null, { timeout: 10_000 });
    await page.evaluate(m => window.postMessage(m, '*'), message);
    await page.waitForFunction(() => document.querySelector('#minutes-content article.minutes'), null, { timeout: 10_000 });
    return { ...watched, routes };
}

/** The preview webview of one case: the shell, its script, the render message. */
async function checkPreview(browser, corpus, message, expectedTexts) {
    const { context, page, seen, routes } = await openPreview(browser, corpus, message);
    try {
        await interact(page);
        const state = await readState(page, '#minutes-content');
        const problems = judge(state, seen, [...routes.keys()], expectedTexts);
        const problemText = collapse(await page.locator('#minutes-problems').innerText());
        const unshown = message.diagnostics.filter(d => !problemText.includes(collapse(d.message).trim()));
        if (unshown.length > 0) problems.push(`problem messages not shown literally: ${unshown.map(d => JSON.stringify(d.message)).join(', ')}`);
        // The webview's own title (not shown by VS Code) is set as text; the browser turns NUL into a space.
        const plain = text => text.replace(/[\u0000-\u001F\s]+/gu, ' ').trim();
        if (plain(state.title) !== plain(message.title)) problems.push(`title ${JSON.stringify(state.title)} instead of ${JSON.stringify(message.title)}`);
        if (seen.errors.length > 0) problems.push(`page errors: ${seen.errors.join('; ')}`);
        return { problems, violations: state.violations };
    } finally {
        await context.close();
    }
}

/**
 * Links between meetings (meeting-link-pages.ts: hostile file names, a `Från` out of the folder,
 * markup typed beside references). In the export every link is an `<a>` that leads to a page in
 * the page's own folder; in the preview a click on one navigates nowhere and loads nothing, and
 * only asks the extension to open that meeting (`openLink` with the link as written).
 */
async function checkMeetingLinks(browser, corpus) {
    const pages = await corpus.meetingLinkPages();
    const problems = [];
    const exported = await watchedPage(browser, new Map([[EXPORT_URL, { type: 'text/html; charset=utf-8', body: pages.exportHtml }]]));
    try {
        await exported.page.goto(EXPORT_URL, { waitUntil: 'load' });
        const links = await exported.page.evaluate(() => [...document.querySelectorAll('[href]')].map(a => ({ tag: a.tagName, href: a.href })));
        if (links.length !== 7) problems.push(`export: ${links.length} links instead of 7`);
        const folder = EXPORT_URL.slice(0, EXPORT_URL.lastIndexOf('/') + 1);
        for (const { tag, href } of links) {
            if (tag !== 'A' || !href.startsWith(folder) || href.slice(folder.length).split('#')[0].includes('/')) problems.push(`export: <${tag.toLowerCase()}> leads to ${href}`);
        }
    } finally {
        await exported.context.close();
    }
    const message = { type: 'render', source: pages.render.uri, ...pages.render, strings: corpus.PREVIEW_STRINGS };
    const { context, page, seen, routes } = await openPreview(browser, corpus, message);
    try {
        const start = page.url();
        const written = await page.evaluate(() => [...document.querySelectorAll('#minutes-content a')].map(a => a.getAttribute('href')));
        for (let i = 0; i < written.length; i++) await page.locator('#minutes-content a').nth(i).click();
        await page.waitForTimeout(200);
        const asked = await page.evaluate(() => window.__fromWebview.filter(m => m.type === 'openLink').map(m => m.href));
        if (JSON.stringify(asked) !== JSON.stringify(written)) problems.push(`preview: asked to open ${JSON.stringify(asked)} for the links ${JSON.stringify(written)}`);
        if (written.length !== 7) problems.push(`preview: ${written.length} links instead of 7`);
        if (page.url() !== start) problems.push(`preview: a click navigated to ${page.url()}`);
        const foreign = seen.requests.filter(url => !routes.has(url));
        if (foreign.length > 0) problems.push(`preview: requests beyond the page: ${foreign.join(', ')}`);
        if (seen.errors.length > 0) problems.push(`preview: page errors: ${seen.errors.join('; ')}`);
    } finally {
        await context.close();
    }
    return problems;
}

/** Runs `task` over `items` with at most `limit` at a time. */
async function pool(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    await Promise.all(Array.from({ length: limit }, async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    }));
    return results;
}

async function main() {
    const workDir = mkdtempSync(join(tmpdir(), 'minutes-security-'));
    let browser;
    let passed = 0;
    let failed = 0;
    const report = (name, problems) => {
        if (problems.length === 0) {
            passed++;
        } else {
            failed++;
            console.log(`FAIL ${name}\n  ${problems.join('\n  ')}`);
        }
    };
    try {
        const corpus = await buildCorpus(workDir);
        const cases = await corpus.securityCases();
        browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
        let violations = 0;

        // Canaries: the check must notice a script that runs, and text that was not escaped.
        const running = await checkExport(browser, '<!DOCTYPE html><title>t</title><body><p>S01 x</p><script>window.__pwned = 1</script>', ['S01 x'], 't');
        report('canary: a page that runs a script is caught', running.problems.some(p => p.startsWith('a script ran')) ? [] : ['the check did not notice a running script']);
        const sample = cases.find(c => c.payload.name === 'img onerror');
        const unescaped = sample.exportHtml.replace('S13 &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;', 'S13 <img src=x onerror="window.__pwned=1">');
        const raw = await checkExport(browser, unescaped, sample.expectedTexts, sample.expectedTitle);
        report('canary: text that was not escaped is caught', raw.problems.some(p => p.startsWith('text not shown literally') || p.startsWith('foreign markup'))
            ? [] : ['the check did not notice unescaped text']);

        report('links between meetings: export and preview', await checkMeetingLinks(browser, corpus));

        await pool(cases, 3, async c => {
            const exported = await checkExport(browser, c.exportHtml, c.expectedTexts, c.expectedTitle);
            report(`export: ${c.payload.name}`, exported.problems);
            const preview = await checkPreview(browser, corpus, c.renderMessage, c.expectedTexts);
            report(`preview: ${c.payload.name}`, preview.problems);
            violations += exported.violations.length + preview.violations.length;
            // The formal record's pages (issue 14): the notice, an extract, the public version.
            for (const page of c.recordPages) {
                const record = await checkExport(browser, page.html, page.expectedTexts, page.expectedTitle);
                report(`${page.name}: ${c.payload.name}`, record.problems);
                violations += record.violations.length;
            }
        });
        console.log(`${cases.length} payloads in ${cases[0].expectedTexts.length} slots each (fewer where a payload cannot be a name), export, preview, ` +
            `notice, extract and public version; ${violations} CSP violation report(s)`);
    } catch (error) {
        failed++;
        console.log(`FAIL the check could not run: ${error instanceof Error ? error.stack : String(error)}`);
    } finally {
        await browser?.close().catch(() => {});
        rmSync(workDir, { recursive: true, force: true });
    }
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed === 0 ? 0 : 1;
}

await main();
