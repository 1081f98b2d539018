/**
 * The patterns rewritten to run in linear time (issue 11, points 1, 6 and 7) still find what
 * the old, backtracking patterns found: each is compared with the old pattern on many short
 * random values made of the characters that matter. Their speed on long values is measured by
 * `npm run bench` (bench/linear.ts), not here; the long cases through the whole core and the
 * real server, with a time limit, are in test/robustness/pathological.ts.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nameSeparators } from '../../language/minutes-lexer.js';
import { scanDateSlot } from '../../language/date-slot.js';
import { weekdayIndex } from '../../language/keywords.js';
import { readDate } from '../../language/dates.js';
import { editDistance, MAX_SUGGESTED_NAME_LENGTH, NameSuggestions } from '../../language/names.js';
import { check } from './helpers.js';
import { isChairLine } from '../../language/generated/ast.js';

/** The name separator before issue 11: quadratic in a run of whitespace without a separator. */
const OLD_NAME_SEPARATOR = /\s*(?:[,;&]|\s(?:och|and)\s)\s*/giu;

/** The date slot before issue 11: quadratic in a run of whitespace inside the place. */
const OLD_DATE_SLOT = new RegExp(
    '^(?:(?<weekday>\\p{L}+)\\.?,?\\s+)?(?:den\\s+)?' +
    '(?<date>\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\.?\\s+\\p{L}+\\.?\\s+\\d{4}|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4})' +
    '(?:,?\\s*(?:(?:kl\\.?|klockan|at)\\s*)?(?<start>\\d{1,2}[.:]\\d{2})(?:\\s*[-–—]\\s*(?<end>\\d{1,2}[.:]\\d{2}))?)?' +
    '(?:\\s*,\\s*(?<place>\\S.*?))?\\s*$', 'iud');

/** Strings of the given pieces: short enough for the old patterns, varied enough to meet every branch. */
const textOf = (pieces: string[], maxLength = 14) => fc.array(fc.constantFrom(...pieces), { maxLength }).map(parts => parts.join(''));

describe('name separators on role and owner lines', () => {
    test('are the matches of the old pattern, for any text of spaces, separators and conjunctions', () => {
        const value = textOf([' ', '  ', '\t', '\u00a0', '\u2028', ',', ';', '&', 'och', 'OCH', 'and', 'And', 'o', 'ch', 'a', 'nd', 'x', 'Anna', 'Å']);
        fc.assert(fc.property(value, text => {
            const old = [...text.matchAll(OLD_NAME_SEPARATOR)].map(m => ({ start: m.index, end: m.index + m[0].length }));
            expect([...nameSeparators(text)], JSON.stringify(text)).toEqual(old);
        }), { seed: 11, numRuns: 20_000 });
    });

    test('split a role line written the usual ways', () => {
        const spans = (text: string) => [...nameSeparators(text)].map(s => text.slice(s.start, s.end));
        expect(spans('Anna Berg, Bo Ek och Cecilia Dahl')).toEqual([', ', ' och ']);
        expect(spans('Ada & Bo;Cy and  Dee')).toEqual([' & ', ';', ' and  ']);
        expect(spans('Jochen Andersson')).toEqual([]);
        expect(spans('a' + ' '.repeat(1_000) + 'b')).toEqual([]);
    });

    test('a role line with a long run of spaces between two names is one name', async () => {
        const { document } = await check(`Minutes: Board\n\nPresent:\n- Ada Lind\n\nChair: Ada${' '.repeat(5_000)}Lind\n`);
        const chair = document.parseResult.value.preamble.find(isChairLine);
        expect(chair?.chairs.map(c => c.person.$refText.length)).toEqual([5_007]);
        expect(chair?.chairs[0].person.ref).toBeDefined();
    });
});

describe('the date slot', () => {
    /** What the first edition's lexer made of a value: the old pattern's groups, when its weekday and date were real. */
    function oldSpans(text: string): Record<string, string> | undefined {
        const m = OLD_DATE_SLOT.exec(text);
        const groups = m?.groups;
        if (!m || !groups || (groups.weekday !== undefined && weekdayIndex(groups.weekday) === undefined)) return undefined;
        if (!readDate(groups.date, 'sv')) return undefined;
        // `2026-06-2018.00`: the old pattern read a time glued to the date's digits.
        if (m.indices!.groups!.start?.[0] === m.indices!.groups!.date[1]) return undefined;
        // `2026-06-20 ,19:30`, `2026-06-20,kl 12`: the old pattern read a time as the place, which the second edition never does.
        if (groups.start === undefined && /^(?:kl\.?|klockan)?\s*\d/iu.test(groups.place ?? '')) return undefined;
        return Object.fromEntries(Object.entries(groups).filter(([, v]) => v !== undefined)) as Record<string, string>;
    }

    test('reads what the first edition read, for any value of dates, times, places and spaces', () => {
        const value = textOf(['2026-06-20', '6', ' ', '  ', '\t', '\u2028', ',', ', ', 'kl.', 'kl ', 'at ', '18.00', '19:30', '–', '-',
            'torsdag ', 'den ', 'oktober ', 'March ', '12', '2026', 'a', 'Stadshuset', '.'], 10);
        const names = { WEEKDAY: 'weekday', DATE: 'date', TEXT: 'place' } as const;
        fc.assert(fc.property(value, text => {
            const old = oldSpans(text);
            if (!old) return;
            const spans = scanDateSlot(text, 'next', 'sv');
            const read: Record<string, string> = {};
            for (const span of spans ?? []) {
                const name = span.type === 'TIME' ? (read.start === undefined ? 'start' : 'end') : names[span.type as keyof typeof names];
                read[name] = text.slice(span.start, span.end);
            }
            expect(read, JSON.stringify(text)).toEqual(old);
        }), { seed: 6, numRuns: 20_000 });
    });

    test('a place with a long run of spaces inside it is kept whole', () => {
        const value = `2026-06-20, a${' '.repeat(5_000)}b`;
        const place = scanDateSlot(value, 'next', 'sv')?.find(span => span.type === 'TEXT');
        expect(place && value.slice(place.start, place.end)).toBe(value.slice('2026-06-20, '.length));
    });
});

describe('"did you mean" costs', () => {
    /** Levenshtein distance without bounds, the textbook way. */
    function plainDistance(a: string, b: string): number {
        let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
        for (let i = 1; i <= a.length; i++) {
            const current = [i];
            for (let j = 1; j <= b.length; j++) {
                current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.length];
    }

    test('the banded edit distance is the distance, or limit + 1 when that is exceeded', () => {
        const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 9 });
        fc.assert(fc.property(word, word, fc.constantFrom(0, 1, 2, 3, Infinity), (a, b, limit) => {
            expect(editDistance(a, b, limit)).toBe(Math.min(plainDistance(a, b), limit + 1));
        }), { seed: 7, numRuns: 5_000 });
    });

    test('a comparison of two long names costs cells in proportion to their length, not its square', () => {
        const cells = { count: 0 };
        const name = 'x'.repeat(1_000);
        expect(editDistance(name, name.slice(2) + 'yy', 2, cells)).toBe(2);
        expect(cells.count).toBeLessThanOrEqual(1_000 * 5);
    });

    test('long "names" get no suggestion; real names still do', () => {
        const long = (i: number) => `${'Person '.repeat(150)}${i}`;
        const declared = [...Array.from({ length: 300 }, (_, i) => long(i)), 'Anna Berg', 'Maria Magdalena Lindqvist-Öberg'];
        const suggestions = new NameSuggestions(declared);
        expect(long(7).length).toBeGreaterThan(MAX_SUGGESTED_NAME_LENGTH);
        expect(suggestions.closest(long(7) + 'x')).toBeUndefined();
        expect(suggestions.closest('Ana Berg')).toBe('Anna Berg');
        expect(suggestions.closest('Maria Magdalena Lindqvist Oberg')).toBe('Maria Magdalena Lindqvist-Öberg');
    });

    test('the budget counts cells: long similar names spend it sooner than short ones', () => {
        const names = (length: number) => Array.from({ length: 100 }, (_, i) => `${'n'.repeat(length - 3)}${String(i).padStart(3, '0')}`);
        const lookups = (length: number) => {
            const suggestions = new NameSuggestions(names(length), 200_000);
            let found = 0;
            for (let i = 0; i < 200; i++) if (suggestions.closest(`${'n'.repeat(length - 3)}${String(i).padStart(3, '0')}x`)) found++;
            return found;
        };
        // A lookup among 10-character names costs several times less than among 100-character ones
        // (counted in comparisons, as before, both would get the same number of lookups).
        expect(lookups(10)).toBeGreaterThan(3 * lookups(100));
        expect(lookups(100)).toBeGreaterThan(0);
    });
});
