/**
 * Links between meetings (SERIES.md) with hostile names and values: the only links a minutes
 * page (export and preview) may hold besides none at all are relative links to a sibling
 * exported page and an item on it (`isMeetingHref`). A `Från` value that climbs out of the folder,
 * file names with a scheme, quotes, `#`, `?` and spaces, and markup typed in prose must give no
 * other link, and every name must be percent-encoded in the link and escaped in the text.
 */
import { parse, parseFragment } from 'parse5';
import { beforeAll, describe, expect, test } from 'vitest';
import { isMeetingHref } from '../../language/render/links.js';
import type { SeriesLinks } from '../../language/series-links.js';
import type { RenderResult } from '../../common/contract.js';
import { meetingLinkPages, uriOf } from './meeting-link-pages.js';

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };

let links: SeriesLinks;
let exportHtml: string;
let publicHtml: string;
let previewHtml: string;
let previewLinks: RenderResult['links'];

beforeAll(async () => {
    ({ links, exportHtml, publicHtml, render: { html: previewHtml, links: previewLinks } } = await meetingLinkPages());
});

function elements(root: Node): Node[] {
    const out: Node[] = [];
    const walk = (node: Node) => {
        if (node.tagName) out.push(node);
        for (const child of node.childNodes ?? []) walk(child);
    };
    walk(root);
    return out;
}

const textOf = (node: Node): string => node.nodeName === '#text' ? node.value ?? '' : (node.childNodes ?? []).map(textOf).join('');

/** Every link of a page as parsed: its href and text. */
function linksOf(root: Node): Array<{ href: string; text: string }> {
    return elements(root).filter(e => e.attrs?.some(a => a.name === 'href')).map(e => ({
        href: e.attrs!.find(a => a.name === 'href')!.value, text: textOf(e)
    }));
}

const EXPECTED = [
    { href: 'kfn-2026-01-20.html#p3', text: '2026-01-20 § 3' },
    { href: 'javascript%3Aalert(1).html#p14', text: '2026-02-17 § 14' },
    { href: 'a%20%22quoted%22%20%231%20%3Fx%20y\'s.html#p20', text: '2026-03-17 § 20' }
];

describe('links between meetings with hostile names', () => {
    test('the exported page links exactly the resolved references, each percent-encoded, relative and on <a> alone', () => {
        const root = parse(exportHtml) as unknown as Node;
        const found = linksOf(root);
        // The follow-up, the two references in prose, the reference typed next to markup and the one after it,
        // the decision's, and the follow-up again in the summary's table of actions.
        expect(found).toEqual([EXPECTED[0], EXPECTED[1], EXPECTED[2], EXPECTED[0], EXPECTED[0], EXPECTED[2], EXPECTED[0]]);
        for (const { href } of found) expect(isMeetingHref(href), href).toBe(true);
        for (const element of elements(root)) {
            for (const attribute of element.attrs ?? []) {
                if (attribute.name === 'href') expect(element.tagName).toBe('a');
                expect(attribute.value, `${attribute.name} on <${element.tagName}>`).not.toMatch(/javascript:|\.\.\/|^\/|\/\//iu);
            }
        }
        // Quotes in a name are never raw inside the attribute.
        expect(exportHtml).toContain('href="a%20%22quoted%22%20%231%20%3Fx%20y&#39;s.html#p20"');
    });

    test('a Från that climbs out of the folder, unknown items and other bodies\' references stay plain, escaped text', () => {
        const root = parse(exportHtml) as unknown as Node;
        const text = textOf(root).replace(/\s+/gu, ' ');
        expect(text).toContain('Från: ../../etc/passwd');
        expect(text).toContain('inte 2026-02-17 § 99 eller KF 2025-11-20 § 134.');
        expect(text).toContain('<a href="javascript:alert(2)">2026-01-20 § 3</a> och [x](javascript:alert(3)) 2026-01-20 § 3.');
        expect(exportHtml).toContain('&lt;a href=&quot;javascript:alert(2)&quot;&gt;<a class="minutes-meeting-link" href="kfn-2026-01-20.html#p3">2026-01-20 § 3</a>&lt;/a&gt;');
        expect(exportHtml).not.toMatch(/<a [^>]*href="(?!kfn-|javascript%3A|a%20)/u);
    });

    test('the preview gets the same links, with where each leads in the editor, and nothing else', () => {
        const fragment = parseFragment(previewHtml) as unknown as Node;
        expect(linksOf(fragment)).toEqual(linksOf(parse(exportHtml) as unknown as Node));
        expect(previewLinks).toEqual({
            'kfn-2026-01-20.html#p3': { uri: uriOf('kfn-2026-01-20.minutes').toString(), line: 12 },
            'javascript%3Aalert(1).html#p14': { uri: uriOf('javascript:alert(1).minutes').toString(), line: 12 },
            'a%20%22quoted%22%20%231%20%3Fx%20y\'s.html#p20': { uri: uriOf('a "quoted" #1 ?x y\'s.minutes').toString(), line: 12 }
        });
    });

    test('the public version keeps the links and nothing more', () => {
        const found = linksOf(parse(publicHtml) as unknown as Node);
        expect(found.length).toBe(7);
        for (const { href } of found) expect(isMeetingHref(href), href).toBe(true);
    });

    test('every item has its anchor, once', () => {
        expect(exportHtml).toMatch(/<section class="minutes-item" id="p30">/u);
        expect(exportHtml).toMatch(/<section class="minutes-item" id="p31">/u);
        expect(links.targets.size).toBe(3);
    });

    test('isMeetingHref admits only relative links to a page and an item on it', () => {
        for (const href of ['kfn-2026-02-17.html', 'kfn-2026-02-17.html#p14', 'sub/x%20y.html#p5.1', 'javascript%3Ax.html']) {
            expect(isMeetingHref(href), href).toBe(true);
        }
        for (const href of [
            'javascript:alert(1)', 'JAVASCRIPT:x.html', 'https://evil.example/x.html', '//evil.example/x.html', '/etc/passwd.html',
            '../x.html', 'a/../x.html', './x.html', 'x.html#top', 'x.html#p1"onmouseover=1', 'x.minutes', 'x y.html', 'x.html?p=1',
            'data:text/html,x.html', 'x.html#p14#p15', ''
        ]) {
            expect(isMeetingHref(href), href).toBe(false);
        }
    });
});
