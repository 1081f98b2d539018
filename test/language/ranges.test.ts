/**
 * Reading attendance, chair and serving ranges (language/ranges.ts): every form of
 * LANGUAGE-2.md sections 2 and 9, the item numbers a range names, and where an unreadable one
 * stops being a range.
 */
import { describe, expect, test } from 'vitest';
import {
    formatItemNumber, isItemWordAt, isRangeGroup, parseItemNumber, rangeEnd, rangesInclude, readRange, type ItemRange
} from '../../language/ranges.js';

const ITEMS = ['1', '2', '3', '4', '4.1', '4.2', '5', '5.1', '5.2', '6', '7', '8', '90', '91', '97', '98', '170', '171', '172', '184', '185'];

function read(text: string): ItemRange {
    const reading = readRange(text);
    if (!reading.ok) throw new Error(`unreadable at ${reading.at}: ${text}`);
    return reading.range;
}

/** The items of ITEMS that the ranges include. */
function included(...texts: string[]): string[] {
    const ranges = texts.map(read);
    return ITEMS.filter(item => rangesInclude(ranges, parseItemNumber(item)!));
}

describe('readRange', () => {
    test('a list of items and spans, inclusive', () => {
        expect(included('(§ 170, 172–184)')).toEqual(['170', '172', '184']);
        expect(included('(§ 163–169, 171)')).toEqual(['171']);
        expect(included('(§§ 1-3)')).toEqual(['1', '2', '3']);
        expect(included('(items 3–5)')).toEqual(['3', '4', '4.1', '4.2', '5', '5.1', '5.2']);
        expect(included('(punkt 1–3)')).toEqual(['1', '2', '3']);
        expect(included('(items 1 to 3 and 5)')).toEqual(['1', '2', '3', '5', '5.1', '5.2']);
        expect(included('(item 2 och punkt 7)')).toEqual(['2', '7']);
        expect(included('(§ 5 till § 7)')).toEqual(['5', '5.1', '5.2', '6', '7']);
    });

    test('exclusion, from, until', () => {
        expect(included('(ej § 91–97)')).toEqual(ITEMS.filter(i => !['91', '97'].includes(i)));
        expect(included('(not items 1–7)')).toEqual(['8', '90', '91', '97', '98', '170', '171', '172', '184', '185']);
        expect(included('(från § 90)')).toEqual(['90', '91', '97', '98', '170', '171', '172', '184', '185']);
        expect(included('(from item 171)')).toEqual(['171', '172', '184', '185']);
        expect(included('(fr.o.m. § 184)')).toEqual(['184', '185']);
        expect(included('(till § 2)')).toEqual(['1', '2']);
        expect(included('(until item 4)')).toEqual(['1', '2', '3', '4', '4.1', '4.2']);
        expect(included('(t.o.m. punkt 1)')).toEqual(['1']);
    });

    test('left after, at or before an item: up to and including it, or up to the one before', () => {
        const upToFour = ['1', '2', '3', '4', '4.1', '4.2'];
        expect(included('(left after item 4)')).toEqual(upToFour);
        expect(included('(lämnade efter punkt 4)')).toEqual(upToFour);
        expect(included('(lämnade vid punkt 4)')).toEqual(upToFour);
        expect(included('(left the meeting during item 4)')).toEqual(upToFour);
        expect(included('(lämnade sammanträdet före § 5)')).toEqual(upToFour);
        expect(included('(left before item 4.2)')).toEqual(['1', '2', '3', '4', '4.1']);
    });

    test('sub-items: an item includes its sub-items, a sub-item is itself alone', () => {
        expect(included('(§ 5)')).toEqual(['5', '5.1', '5.2']);
        expect(included('(§ 5.1)')).toEqual(['5.1']);
        expect(included('(§ 4.2–5.1)')).toEqual(['4.2', '5', '5.1']);
        expect(included('(till § 5.1)')).toEqual(['1', '2', '3', '4', '4.1', '4.2', '5', '5.1']);
        expect(included('(från § 4.2)')[0]).toBe('4.2');
    });

    test('several clauses and several ranges combine: lists add up, the rest restricts', () => {
        expect(included('(från § 3) (lämnade efter § 5)')).toEqual(['3', '4', '4.1', '4.2', '5', '5.1', '5.2']);
        expect(included('(från § 3, lämnade efter § 4)')).toEqual(['3', '4', '4.1', '4.2']);
        expect(included('(§ 1–3)', '(§ 7)')).toEqual(['1', '2', '3', '7']);
        expect(included('(§ 1–7)', '(ej § 2–6)')).toEqual(['1', '7']);
        expect(ITEMS.filter(i => rangesInclude([], parseItemNumber(i)!))).toEqual(ITEMS);
    });

    test('an unparenthesised range (the serving range after `för`)', () => {
        expect(included('§ 170, 172–184')).toEqual(['170', '172', '184']);
        expect(included('punkt 3')).toEqual(['3']);
    });

    test('the item numbers a range names, where they stand', () => {
        const range = read('(§ 170, 172–184)');
        expect(range.named.map(n => [n.text, n.start, n.end, formatItemNumber(n.number)])).toEqual([
            ['170', 3, 6, '170'], ['172', 8, 11, '172'], ['184', 12, 15, '184']
        ]);
        expect(read('(lämnade efter punkt 4.1)').named.map(n => n.text)).toEqual(['4.1']);
        expect(read('(från § 3) (till § 7)').named.map(n => [n.text, n.start])).toEqual([['3', 8], ['7', 19]]);
    });

    test('where an unreadable range stops being one', () => {
        expect(readRange('(§ 5 och framåt)')).toEqual({ ok: false, at: 5 });
        expect(readRange('(§ 7–3)')).toEqual({ ok: false, at: 5 });
        expect(readRange('(§)')).toEqual({ ok: false, at: 2 });
        expect(readRange('(§ 1–)')).toEqual({ ok: false, at: 4 });
        expect(readRange('(§ 1) text')).toEqual({ ok: false, at: 6 });
        expect(readRange('(§ 1')).toEqual({ ok: false, at: 4 });
        expect(readRange('ej')).toEqual({ ok: false, at: 0 });
    });
});

describe('what the person-line splitter asks', () => {
    const group = (text: string) => isRangeGroup(text, 1, text.length - 1);

    test('a group is a range when it starts with a range word', () => {
        for (const text of ['(§ 170)', '(§5)', '(ej § 91–97)', '(från § 5)', '(till § 7)', '(items 3–5)', '(item 3)', '(Punkt 2)',
            '(not items 1–2)', '(from item 4)', '(until item 4)', '(left after item 4)', '(LÄMNADE vid punkt 4)', '(§ 5 och framåt)']) {
            expect(group(text), text).toBe(true);
        }
    });

    test('other groups are free text', () => {
        for (const text of ['(S)', '(2nd half)', '(via Zoom)', '(left early)', '(left at 9pm)', '(lämnade mötet)', '(ej närvarande)',
            '(från Socialstyrelsen)', '(till kl. 15)', '(punktlig)', '(Items)x', '()', '(170, 172)']) {
            expect(group(text), text).toBe(text === '(Items)x');
        }
    });

    test('item words as words of their own', () => {
        expect(isItemWordAt('Bo § 3', 3)).toBe(true);
        expect(isItemWordAt('Bo punkt 3', 3)).toBe(true);
        expect(isItemWordAt('Bo Items', 3)).toBe(true);
        expect(isItemWordAt('Bo punktlig', 3)).toBe(false);
        expect(isItemWordAt('Bopunkt', 2)).toBe(false);
        expect(isItemWordAt('5punkt', 1)).toBe(false);
    });

    test('how far an unparenthesised range reads', () => {
        const end = (text: string, from = 0) => { const e = rangeEnd(text, from); return e === undefined ? undefined : text.slice(from, e); };
        expect(end('§ 170, 172–184')).toBe('§ 170, 172–184');
        expect(end('§ 170, 172–184 enligt beslut')).toBe('§ 170, 172–184');
        expect(end('§ 170, 172–184, hela dagen')).toBe('§ 170, 172–184');
        expect(end('§ 3 (V)')).toBe('§ 3');
        expect(end('items 3 and 5, remote')).toBe('items 3 and 5');
        expect(end('§ x')).toBeUndefined();
        expect(end('hela mötet')).toBeUndefined();
    });
});
