import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import {
    buildMessageShell, buildPreviewShell, contentSecurityPolicy, escapeAttribute, type PreviewShellOptions
} from '../../client/preview/document-renderer.js';
import type { PreviewStrings } from '../../common/contract.js';

const strings: PreviewStrings = {
    loading: 'Loading preview…', noProblems: 'No problems', oneError: '1 error', manyErrors: '{0} errors',
    oneWarning: '1 warning', manyWarnings: '{0} warnings', lineLabel: 'Line {0}', problemsLabel: 'Problems',
    renderFailed: 'Failed: {0}', error: 'Error', warning: 'Warning',
};

const options: PreviewShellOptions = {
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js',
    styleUris: ['https://file+.vscode-resource.vscode-cdn.net/ext/media/minutes.css', 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css'],
    settings: { source: 'file:///home/anna/m%C3%B6te.minutes', scrollSync: true, line: 12 },
    strings,
    uiLanguage: 'sv',
    title: 'Förhandsgranska möte.minutes',
};

/** An element as a browser's HTML parser sees it. */
interface Element {
    tag: string;
    attrs: Record<string, string>;
    text: string;
}

/** Parses the page as a browser would and lists every element with its decoded attributes. */
function elements(html: string): Element[] {
    type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node; value?: string };
    const result: Element[] = [];
    const textOf = (node: Node): string => node.nodeName === '#text' ? node.value ?? '' : (node.childNodes ?? []).map(textOf).join('');
    const walk = (node: Node) => {
        if (node.tagName) {
            result.push({ tag: node.tagName, attrs: Object.fromEntries((node.attrs ?? []).map(a => [a.name, a.value])), text: textOf(node) });
        }
        for (const child of node.childNodes ?? []) walk(child);
    };
    walk(parse(html) as unknown as Node);
    return result;
}

function tags(html: string, tag: string): Element[] {
    return elements(html).filter(e => e.tag === tag);
}

function csp(html: string): string | undefined {
    return elements(html).find(e => e.tag === 'meta' && e.attrs['http-equiv'] === 'Content-Security-Policy')?.attrs.content;
}

function dataAttribute(html: string, name: string): string {
    const value = elements(html).find(e => e.attrs.id === 'minutes-preview-data')?.attrs[`data-${name}`];
    if (value === undefined) throw new Error(`no data-${name}`);
    return value;
}

describe('preview shell', () => {
    test('has a strict CSP: nothing by default, our script by nonce, styles and images from the extension only', () => {
        const { html, nonce } = buildPreviewShell(options);
        expect(csp(html)).toBe(
            `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${options.cspSource}; img-src ${options.cspSource}`);
        expect(elements(html).filter(e => e.attrs['http-equiv'])).toHaveLength(1);
    });

    test('uses a fresh nonce for every shell', () => {
        const nonces = new Set(Array.from({ length: 50 }, () => buildPreviewShell(options).nonce));
        expect(nonces.size).toBe(50);
        for (const nonce of nonces) expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    });

    test('its only script is ours, external and carrying the nonce; no inline script or handler', () => {
        const { html, nonce } = buildPreviewShell(options);
        expect(tags(html, 'script')).toEqual([{ tag: 'script', attrs: { nonce, src: options.scriptUri }, text: '' }]);
        for (const element of elements(html)) {
            expect(Object.keys(element.attrs).filter(name => name.startsWith('on'))).toEqual([]);
            expect(Object.values(element.attrs).join(' ')).not.toMatch(/javascript:/i);
        }
        expect(tags(html, 'form')).toEqual([]);
    });

    test('links the stylesheets in order and has no inline style', () => {
        const { html } = buildPreviewShell(options);
        expect(tags(html, 'link').map(link => link.attrs.href)).toEqual(options.styleUris);
        expect(tags(html, 'style')).toEqual([]);
        expect(elements(html).filter(e => 'style' in e.attrs)).toEqual([]);
    });

    test('passes settings and strings as JSON in data-* attributes that read back unchanged', () => {
        const { html } = buildPreviewShell(options);
        expect(JSON.parse(dataAttribute(html, 'settings'))).toEqual(options.settings);
        expect(JSON.parse(dataAttribute(html, 'strings'))).toEqual(strings);
    });

    test('escapes hostile settings and strings so they cannot leave their attribute', () => {
        const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2) \'';
        const { html } = buildPreviewShell({
            ...options,
            settings: { source: `file:///tmp/${hostile}.minutes`, scrollSync: false },
            strings: { ...strings, loading: hostile, noProblems: hostile },
            title: hostile,
            uiLanguage: hostile,
        });
        // Parsed as a browser would: still exactly our one script, no injected element or handler.
        expect(tags(html, 'script')).toHaveLength(1);
        expect(tags(html, 'img')).toEqual([]);
        expect(elements(html).flatMap(e => Object.keys(e.attrs)).filter(name => name.startsWith('on'))).toEqual([]);
        expect(JSON.parse(dataAttribute(html, 'settings')).source).toBe(`file:///tmp/${hostile}.minutes`);
        expect(JSON.parse(dataAttribute(html, 'strings')).loading).toBe(hostile);
        expect(tags(html, 'title')[0].text).toBe(hostile);
        expect(tags(html, 'p')[0].text).toBe(hostile);
    });

    test('escapeAttribute encodes every character that could end an attribute or open a tag', () => {
        expect(escapeAttribute(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
        expect(escapeAttribute('möte § 12 – ok')).toBe('möte § 12 – ok');
    });

    test('the message shell has no script at all', () => {
        const html = buildMessageShell(options.cspSource, options.styleUris, 'en', '<b>gone</b>');
        expect(tags(html, 'script')).toEqual([]);
        expect(tags(html, 'b')).toEqual([]);
        expect(tags(html, 'p')[0].text).toBe('<b>gone</b>');
        expect(csp(html)).toBe(`default-src 'none'; style-src ${options.cspSource}`);
    });

    test('contentSecurityPolicy names the nonce it is given', () => {
        expect(contentSecurityPolicy('vscode-resource:', 'abc')).toBe(
            "default-src 'none'; script-src 'nonce-abc'; style-src vscode-resource:; img-src vscode-resource:");
    });
});
