import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import {
    isAction, isBullet, isDecision, isDueLine, isOwnerLine, type Document
} from '../../language/generated/ast.js';
import { generateMinutes, utf8Length, wrap, type GeneratedMinutes, type GeneratorLang } from '../../bench/generate.js';
import { check } from '../language/helpers.js';

/** What the tests compare between the content, the minutes AST and the Markdown twin. */
interface Shared {
    titles: string[];
    decisions: string[][];
    bullets: string[][];
    actions: Array<Array<{ text: string; owners: string; due: string }>>;
}

function fromContent(generated: GeneratedMinutes): Shared {
    const items = generated.content.items;
    return {
        titles: items.map(i => `${i.number}: ${i.title}`),
        decisions: items.map(i => i.blocks.flatMap(b => b.kind === 'decision' ? [b.text] : [])),
        bullets: items.map(i => i.blocks.flatMap(b => b.kind === 'bullets' ? b.bullets : [])),
        actions: items.map(i => i.blocks.flatMap(b => b.kind === 'action'
            ? [{ text: b.text, owners: b.owners.join(', '), due: b.due }] : []))
    };
}

function fromMinutes(doc: Document): Shared {
    return {
        titles: doc.items.map(i => `${i.number}: ${i.title}`),
        decisions: doc.items.map(i => i.content.filter(isDecision).map(d => d.text.join(' '))),
        bullets: doc.items.map(i => i.content.filter(isBullet).map(b => b.text.join(' '))),
        actions: doc.items.map(i => i.content.filter(isAction).map(a => ({
            text: a.text.join(' '),
            owners: a.fields.filter(isOwnerLine).flatMap(o => o.names.map(n => n.ref?.name ?? `?${n.$refText}`)).join(', '),
            due: a.fields.filter(isDueLine)[0]?.when?.date ?? ''
        })))
    };
}

/** Reads the Markdown twin back through markdown-it's token stream. */
function fromMarkdown(markdown: string): Shared {
    const tokens = new MarkdownIt({ html: true, linkify: true }).parse(markdown, {});
    const shared: Shared = { titles: [], decisions: [], bullets: [], actions: [] };
    let inItem = false;
    let row: string[] | undefined;
    let header = false;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const inline = tokens[i + 1]?.type === 'inline' ? tokens[i + 1].content.replace(/\n\s*/gu, ' ') : undefined;
        if (token.type === 'heading_open' && token.tag === 'h2') {
            const heading = /^(?:Punkt|§|Item) (\d+: .*)$/u.exec(inline ?? '');
            inItem = !!heading;
            if (heading) {
                shared.titles.push(heading[1]);
                shared.decisions.push([]);
                shared.bullets.push([]);
                shared.actions.push([]);
            }
        }
        if (!inItem) continue;
        const last = shared.titles.length - 1;
        if (token.type === 'list_item_open') {
            shared.bullets[last].push(tokens[i + 2].content.replace(/\n\s*/gu, ' '));
        } else if (token.type === 'paragraph_open' && inline !== undefined && tokens[i - 1]?.type !== 'list_item_open') {
            const decision = /^\*\*(?:Beslut|Decision|Resolved):\*\* (.*)$/u.exec(inline);
            if (decision) shared.decisions[last].push(decision[1]);
        } else if (token.type === 'thead_open') {
            header = true;
        } else if (token.type === 'tbody_open') {
            header = false;
        } else if (token.type === 'tr_open') {
            row = [];
        } else if ((token.type === 'td_open' || token.type === 'th_open') && row) {
            row.push(inline ?? '');
        } else if (token.type === 'tr_close' && row && !header) {
            const [text, owners, due] = row;
            shared.actions[last].push({ text, owners, due: due.replace(/^\p{L}+ /u, '') });
            row = undefined;
        }
    }
    return shared;
}

const cases: Array<{ lang: GeneratorLang; bytes: number; seed: number }> = [];
for (const lang of ['sv', 'en'] as const) {
    for (const seed of [1, 2, 3]) cases.push({ lang, bytes: 10_000, seed });
    cases.push({ lang, bytes: 100_000, seed: 7 });
}

describe('bench generator', () => {
    for (const { lang, bytes, seed } of cases) {
        test(`${lang} ${bytes / 1000} KB (seed ${seed}) checks with no errors and no warnings`, async () => {
            const generated = generateMinutes({ lang, bytes, seed });
            const size = utf8Length(generated.minutes);
            expect(size).toBeGreaterThanOrEqual(bytes);
            expect(size).toBeLessThan(bytes + 6_000);
            const { document, diagnostics } = await check(generated.minutes);
            expect(diagnostics.map(d => `${d.range.start.line + 1}: [${d.code}] ${d.message}`)).toEqual([]);
            expect(document.parseResult.lexerErrors).toEqual([]);
            expect(document.parseResult.parserErrors).toEqual([]);
            const doc = document.parseResult.value;
            expect(doc.items.length).toBe(generated.content.items.length);
            expect(fromMinutes(doc)).toEqual(fromContent(generated));
        });

        test(`${lang} ${bytes / 1000} KB (seed ${seed}): the Markdown twin holds the same items, decisions, bullets and actions`, () => {
            const generated = generateMinutes({ lang, bytes, seed });
            expect(fromMarkdown(generated.markdown)).toEqual(fromContent(generated));
        });
    }

    test('is realistic: dozens of persons, a few absent, roles, bullets with continuation lines', () => {
        const { content, minutes } = generateMinutes({ lang: 'sv', bytes: 100_000, seed: 7 });
        expect(content.persons.length).toBeGreaterThanOrEqual(24);
        const absent = content.persons.filter(p => p.absent).length;
        expect(absent).toBeGreaterThanOrEqual(2);
        expect(absent).toBeLessThanOrEqual(4);
        expect(minutes).toMatch(/^Justerare: /mu);
        expect(minutes).toMatch(/^- .*\n {2}\S/mu);
        expect(minutes).toMatch(/^(?:Beslut|Uppdrag): .*\n[^\n-]/mu);
        expect(minutes).toMatch(/^Ansvarig: .*\nSenast: /mu);
    });

    test('covers both document kinds in Swedish', () => {
        const kinds = new Set([1, 2, 3, 4, 5, 6, 7, 8].map(seed => generateMinutes({ lang: 'sv', bytes: 2_000, seed }).content.protocol));
        expect(kinds).toEqual(new Set([true, false]));
    });

    test('is deterministic for a seed and varies with it', () => {
        const a = generateMinutes({ lang: 'en', bytes: 20_000, seed: 42 });
        expect(generateMinutes({ lang: 'en', bytes: 20_000, seed: 42 })).toEqual(a);
        expect(generateMinutes({ lang: 'en', bytes: 20_000, seed: 43 }).minutes).not.toBe(a.minutes);
    });

    test('stops at a line count when asked', () => {
        const { minutes } = generateMinutes({ lang: 'sv', lines: 2_000, seed: 3 });
        const lines = minutes.split('\n').length - 1;
        expect(lines).toBeGreaterThanOrEqual(2_000);
        expect(lines).toBeLessThan(2_100);
    });

    test('wrap keeps the words', () => {
        const text = 'Ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton tjugo';
        const lines = wrap(text, 20);
        expect(lines.every(line => line.length <= 20)).toBe(true);
        expect(lines.join(' ')).toBe(text);
    });
});
