/**
 * Hostile content without a browser: every payload of the corpus in every text slot, rendered
 * for the export and for the preview, parsed as a browser parses HTML (parse5). Only the
 * renderer's own elements and attributes appear, nothing executable, no URL anywhere but in a
 * link of the renderer's one form (an `http(s)://` or `mailto:` address written in prose), the one
 * style is the renderer's, and every slot's text reads back exactly as written (less the
 * direction overrides the renderer removes on purpose). test/security/browser-check.mjs
 * (`npm run test:security`) checks the same pages in Chromium.
 */
import { createHash } from 'node:crypto';
import { parse, parseFragment } from 'parse5';
import { beforeAll, describe, expect, test } from 'vitest';
import { MINUTES_CSS } from '../../language/render/styles.js';
import { isOneName, PAYLOADS, visibleText } from './payloads.js';
import { documentFor, previewShell, securityCases, WEBVIEW_ORIGIN, type SecurityCase } from './pages.js';

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node; value?: string };

interface Element {
    tag: string;
    attrs: Array<{ name: string; value: string }>;
    text: string;
}

const textOf = (node: Node): string =>
    node.nodeName === '#text' ? node.value ?? '' : (node.childNodes ?? []).map(textOf).join('');

/** Every element of a parsed tree, with its decoded attributes and text. */
function elementsOf(root: Node): Element[] {
    const out: Element[] = [];
    const walk = (node: Node) => {
        if (node.tagName) out.push({ tag: node.tagName, attrs: node.attrs ?? [], text: textOf(node) });
        for (const child of node.childNodes ?? []) walk(child);
        if (node.content) walk(node.content);
    };
    walk(root);
    return out;
}

/** What the renderer writes; anything else is user text that got out. */
const TAGS = new Set([
    'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'article', 'header', 'section', 'div', 'h1', 'h2', 'h3',
    'p', 'dl', 'dt', 'dd', 'ul', 'li', 'span', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'pre', 'a'
]);
const ATTRIBUTES = new Set(['class', 'lang', 'data-line', 'scope', 'role', 'charset', 'http-equiv', 'content', 'name']);
const URL_LIKE = /(?:javascript|vbscript|data|https?|file):|\/\//iu;
/** An `<a` that is not the start of the renderer's one form of link. */
const OTHER_LINK = /<a\b(?! href="(?:https?:\/\/|mailto:)[^"]*" rel="noopener noreferrer">)/iu;

/**
 * A link exactly as the renderer writes one: the address as its text, `http(s)://` or `mailto:`
 * (no other scheme, no script), and a `rel` that gives the target neither the page nor the referrer.
 */
function expectOwnLink(element: Element, label: string): void {
    const attrs = Object.fromEntries(element.attrs.map(({ name, value }) => [name, value]));
    expect(Object.keys(attrs).sort(), `${label}: attributes of <a>`).toEqual(['href', 'rel']);
    expect(attrs.rel, `${label}: rel`).toBe('noopener noreferrer');
    expect(attrs.href, `${label}: href`).toMatch(/^(?:https?:\/\/[^\s"<>]+|mailto:[^\s"<>]+@[^\s"<>]+)$/iu);
    expect(element.text, `${label}: link text`).toBe(attrs.href);
}

function expectOnlyOwnMarkup(elements: Element[], label: string): void {
    for (const element of elements) {
        expect(TAGS.has(element.tag), `${label}: element <${element.tag}>`).toBe(true);
        if (element.tag === 'a') {
            expectOwnLink(element, label);
            continue;
        }
        for (const { name, value } of element.attrs) {
            expect(ATTRIBUTES.has(name), `${label}: attribute ${name} on <${element.tag}>`).toBe(true);
            expect(name.startsWith('on'), `${label}: handler ${name}`).toBe(false);
            expect(value, `${label}: URL in ${name}`).not.toMatch(URL_LIKE);
        }
    }
}

/** The page's text as a reader sees it: white space runs as one space. */
function readerText(root: Node): string {
    const body = elementsOf(root).find(e => e.tag === 'body');
    return (body?.text ?? textOf(root)).replace(/\s+/gu, ' ');
}

let cases: SecurityCase[];

beforeAll(async () => {
    cases = await securityCases();
});

describe('the corpus', () => {
    test('has at least 50 payloads, each one line, each with its own name', () => {
        expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
        expect(new Set(PAYLOADS.map(p => p.name)).size).toBe(PAYLOADS.length);
        for (const payload of PAYLOADS) expect(payload.text, payload.name).not.toMatch(/[\r\n]/u);
    });

    test('every payload is in every slot it can be in: 22 slots, 16 when it cannot be a name', () => {
        // title, place, preamble, organisation, item title, prose, bullet, decision, action, deadline,
        // next meeting place and notes, approval place, where the minutes are kept (Posted), closing and
        // its notes; and when it can be a name: a chair, secretary, adjuster, owner, absent person and an
        // undeclared owner.
        for (const payload of PAYLOADS) {
            expect(documentFor(payload.text).slots.length, payload.name).toBe(isOneName(payload.text) ? 22 : 16);
        }
        expect(PAYLOADS.filter(payload => isOneName(payload.text)).length).toBeGreaterThanOrEqual(40);
    });
});

describe('the exported page', () => {
    test('has only the renderer\'s elements and attributes, no handler, no URL, no script', () => {
        for (const c of cases) {
            const label = c.payload.name;
            // Raw `<` only starts the renderer's own tags; handlers in text ("onerror=") are only text.
            expect(c.exportHtml, label).not.toMatch(/<(?:script|iframe|object|embed|form|base|link|img|svg|math|input|video|meta http-equiv="refresh")/iu);
            expect(c.exportHtml, label).not.toMatch(OTHER_LINK);
            expectOnlyOwnMarkup(elementsOf(parse(c.exportHtml) as unknown as Node), label);
        }
    });

    test('its only style is the renderer\'s, allowed by hash, and the policy forbids everything else', () => {
        const hash = createHash('sha256').update(MINUTES_CSS, 'utf8').digest('base64');
        for (const c of cases) {
            const elements = elementsOf(parse(c.exportHtml) as unknown as Node);
            expect(elements.filter(e => e.tag === 'style').map(e => e.text), c.payload.name).toEqual([MINUTES_CSS]);
            const csp = elements.filter(e => e.attrs.some(a => a.name === 'http-equiv'));
            expect(csp.map(e => e.attrs.find(a => a.name === 'content')?.value), c.payload.name).toEqual([
                `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`
            ]);
            // The policy comes before anything the document wrote.
            expect(c.exportHtml.indexOf('Content-Security-Policy')).toBeLessThan(c.exportHtml.indexOf('S01'));
        }
    });

    test('shows every slot literally, and the title too', () => {
        for (const c of cases) {
            const root = parse(c.exportHtml) as unknown as Node;
            const text = readerText(root);
            for (const expected of c.expectedTexts) expect(text, c.payload.name).toContain(expected);
            const title = elementsOf(root).find(e => e.tag === 'title')!.text;
            expect(visibleText(title), c.payload.name).toBe(c.expectedTitle);
        }
    });

    test('entities the writer typed stay as typed: &lt;script&gt; reads "&lt;script&gt;"', () => {
        const typed = cases.find(c => c.payload.name === 'escaped script, as typed')!;
        expect(typed.exportHtml).toContain('S13 &amp;lt;script&amp;gt;window.__pwned=1&amp;lt;/script&amp;gt;');
        expect(readerText(parse(typed.exportHtml) as unknown as Node)).toContain('S13 &lt;script&gt;window.__pwned=1&lt;/script&gt;');
    });

    test('direction overrides and isolates are gone from the page, the letters stay in order', () => {
        const override = cases.find(c => c.payload.name === 'right-to-left override')!;
        expect(override.exportHtml).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
        expect(override.exportHtml).toContain('S13 Pay evil 100 kr');
    });
});

describe('the formal record\'s pages: the notice, an extract, the public version', () => {
    test('have only the renderer\'s elements and attributes, its one style by hash, and show their slots and title literally', () => {
        const hash = createHash('sha256').update(MINUTES_CSS, 'utf8').digest('base64');
        for (const c of cases) {
            for (const page of c.recordPages) {
                const label = `${c.payload.name} (${page.name})`;
                expect(page.html, label).not.toMatch(/<(?:script|iframe|object|embed|form|base|link|img|svg|math|input|video|meta http-equiv="refresh")/iu);
                expect(page.html, label).not.toMatch(OTHER_LINK);
                const root = parse(page.html) as unknown as Node;
                const elements = elementsOf(root);
                expectOnlyOwnMarkup(elements, label);
                expect(elements.filter(e => e.tag === 'style').map(e => e.text), label).toEqual([MINUTES_CSS]);
                const csp = elements.find(e => e.attrs.some(a => a.name === 'http-equiv'))?.attrs.find(a => a.name === 'content')?.value;
                expect(csp, label).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`);
                expect(page.expectedTexts.length, label).toBeGreaterThan(0);
                const text = readerText(root);
                for (const expected of page.expectedTexts) expect(text, label).toContain(expected);
                expect(visibleText(elements.find(e => e.tag === 'title')!.text), label).toBe(page.expectedTitle);
            }
        }
    });
});

describe('the preview', () => {
    test('content from the server has only the renderer\'s elements and attributes', () => {
        for (const c of cases) {
            const fragment = parseFragment(c.renderMessage.html) as unknown as Node;
            expectOnlyOwnMarkup(elementsOf(fragment), c.payload.name);
            const text = textOf(fragment).replace(/\s+/gu, ' ');
            for (const expected of c.expectedTexts) expect(text, c.payload.name).toContain(expected);
        }
    });

    test('problem messages naming hostile text are plain strings, set as text by the webview', () => {
        const withName = cases.filter(c => c.renderMessage.diagnostics.some(d => d.code === 'person-unknown' && d.message.startsWith('S11')));
        expect(withName.length).toBeGreaterThan(30);
        for (const c of withName) {
            const unknown = c.renderMessage.diagnostics.find(d => d.code === 'person-unknown')!;
            expect(visibleText(unknown.message).startsWith(c.expectedTexts.find(t => t.startsWith('S11'))!), c.payload.name).toBe(true);
        }
    });

    test('the webview shell allows only its own nonce script; no inline script, handler or foreign origin', () => {
        for (const c of cases.slice(0, 5)) {
            const { html, nonce } = previewShell(c.renderMessage.source);
            const elements = elementsOf(parse(html) as unknown as Node);
            const csp = elements.find(e => e.attrs.some(a => a.name === 'http-equiv' && a.value === 'Content-Security-Policy'));
            expect(csp?.attrs.find(a => a.name === 'content')?.value).toBe(
                `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${WEBVIEW_ORIGIN}; img-src ${WEBVIEW_ORIGIN}`);
            const scripts = elements.filter(e => e.tag === 'script');
            expect(scripts.map(s => Object.fromEntries(s.attrs.map(a => [a.name, a.value])))).toEqual([{ nonce, src: `${WEBVIEW_ORIGIN}/media/preview.js` }]);
            expect(scripts[0].text).toBe('');
            for (const element of elements) {
                for (const { name, value } of element.attrs) {
                    expect(name.startsWith('on')).toBe(false);
                    if (name === 'src' || name === 'href') expect(value.startsWith(`${WEBVIEW_ORIGIN}/media/`)).toBe(true);
                }
            }
        }
    });
});
