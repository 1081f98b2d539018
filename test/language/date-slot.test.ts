/**
 * The date slot scanner (language/date-slot.ts): every date and time form of LANGUAGE-2.md
 * section 1 and the relative values of sections 3 and 4 split into their spans, in both
 * languages; what is no date form; and, by fast-check, that any value is scanned without an
 * exception into spans that stand in order inside it.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RELATIVE_SUGGESTIONS, scanDateSlot, scanTimeRange, type DateSlotKind, type DateSpan } from '../../language/date-slot.js';
import { readVoteCounts, VOTE_MARKER_SUGGESTIONS } from '../../language/votes.js';

/** The spans as `TYPE:text`, or `INVALID` when the value is no date form. */
function spans(value: string, kind: DateSlotKind, lang: 'sv' | 'en' = 'sv'): string {
    const found = scanDateSlot(value, kind, lang);
    return found ? show(value, found) : 'INVALID';
}

function show(value: string, found: DateSpan[]): string {
    return found.map(s => `${s.type}:${value.slice(s.start, s.end)}`).join(' | ');
}

describe('dates with their weekday', () => {
    test.each([
        ['den 26 februari 2019', 'DATE:26 februari 2019'],
        ['tisdag den 26 februari 2019', 'WEEKDAY:tisdag | DATE:26 februari 2019'],
        ['den 2019-02-26', 'DATE:2019-02-26'],
        ['Tisdagen den 26 februari 2019', 'WEEKDAY:Tisdagen | DATE:26 februari 2019'],
        ['torsdag 6 okt. 2022', 'WEEKDAY:torsdag | DATE:6 okt. 2022'],
        ['Monday, March 16, 2026', 'WEEKDAY:Monday | DATE:March 16, 2026'],
        ['May 9, 2006', 'DATE:May 9, 2006'],
        ['12 March 2026', 'DATE:12 March 2026'],
        ['3/11/2021', 'DATE:3/11/2021'],
    ])('%s', (value, expected) => {
        expect(spans(value, 'date')).toBe(expected);
    });
});

describe('meetings over several days', () => {
    test.each([
        ['2002-01-26–27', 'DATE:2002-01-26–27'],
        ['2002-01-31–02-01', 'DATE:2002-01-31–02-01'],
        ['26–27 januari 2002', 'DATE:26–27 januari 2002'],
        ['lördag–söndag 26–27 januari 2002', 'WEEKDAY:lördag–söndag | DATE:26–27 januari 2002'],
        ['2002-01-26 – 2002-01-27', 'DATE:2002-01-26 – 2002-01-27'],
        ['30 januari – 2 februari 2002', 'DATE:30 januari – 2 februari 2002'],
        ['Saturday - Sunday March 14–15, 2026', 'WEEKDAY:Saturday - Sunday | DATE:March 14–15, 2026'],
        ['March 31–April 1, 2026', 'DATE:March 31–April 1, 2026'],
    ])('%s', (value, expected) => {
        expect(spans(value, 'date')).toBe(expected);
    });

    test('a day after the dash that is the start of a time is not a last day', () => {
        expect(spans('2026-03-12 18.00–19.00', 'date')).toBe('DATE:2026-03-12 | TIME:18.00 | TIME:19.00');
        expect(spans('2026-03-12 - 18.00', 'date')).toBe('INVALID');
        expect(spans('2026-03-12 – 7 pm', 'date')).toBe('INVALID');
    });
});

describe('times', () => {
    test.each([
        ['2026-03-12 6:33 PM', 'DATE:2026-03-12 | TIME:6:33 PM'],
        ['2026-03-12 7:30pm', 'DATE:2026-03-12 | TIME:7:30pm'],
        ['2026-03-12 7 pm', 'DATE:2026-03-12 | TIME:7 pm'],
        ['2026-03-12 7 p.m.', 'DATE:2026-03-12 | TIME:7 p.m.'],
        ['2026-03-12 6:30 PM–8:45 PM', 'DATE:2026-03-12 | TIME:6:30 PM | TIME:8:45 PM'],
        ['2026-03-12 6:30–8:45 PM', 'DATE:2026-03-12 | TIME:6:30 | TIME:8:45 PM'],
        ['2026-03-12 7–9 pm', 'DATE:2026-03-12 | TIME:7 | TIME:9 pm'],
        ['2026-03-12 15:00 UTC', 'DATE:2026-03-12 | TIME:15:00 | ZONE:UTC'],
        ['2026-03-12 kl. 13.00 CET', 'DATE:2026-03-12 | TIME:13.00 | ZONE:CET'],
        ['2026-03-12 14:00–15:00 UTC+1', 'DATE:2026-03-12 | TIME:14:00 | TIME:15:00 | ZONE:UTC+1'],
        ['2026-03-12 kl. 13', 'DATE:2026-03-12 | TIME:13'],
        ['2026-03-12 klockan 13–15', 'DATE:2026-03-12 | TIME:13 | TIME:15'],
        ['Monday, March 16, 2026, 6:30 PM–8:45 PM', 'WEEKDAY:Monday | DATE:March 16, 2026 | TIME:6:30 PM | TIME:8:45 PM'],
        ['May 9, 2006, 6:33 PM', 'DATE:May 9, 2006 | TIME:6:33 PM'],
        ['March 12, 2026 at 18.30', 'DATE:March 12, 2026 | TIME:18.30'],
        ['tisdag den 17 februari 2026 kl. 13.00–16.10', 'WEEKDAY:tisdag | DATE:17 februari 2026 | TIME:13.00 | TIME:16.10'],
    ])('%s', (value, expected) => {
        expect(spans(value, 'date', 'en')).toBe(expected);
    });

    test('an hour alone is a time only after kl. or before an end with am/pm', () => {
        expect(spans('2026-03-12 7', 'date')).toBe('INVALID');
        expect(spans('2026-03-12 at 7', 'next')).toBe('INVALID');
        expect(spans('2026-03-12 7–9', 'date')).toBe('INVALID');
    });

    test('a zone only after a time, and only a known one', () => {
        expect(spans('2026-03-12 UTC', 'date')).toBe('INVALID');
        expect(spans('2026-03-12 15:00 ABC', 'date')).toBe('INVALID');
    });
});

describe('the place after the date and time', () => {
    test.each([
        ['Thursday, May 14, 2026, 7:30pm at Menlo Park', 'WEEKDAY:Thursday | DATE:May 14, 2026 | TIME:7:30pm | TEXT:Menlo Park'],
        ['Monday, April 20, 2026, 6:30 PM at the Co-op community room',
            'WEEKDAY:Monday | DATE:April 20, 2026 | TIME:6:30 PM | TEXT:the Co-op community room'],
        ['fredag 2022-10-28, Huddinge kommunhus', 'WEEKDAY:fredag | DATE:2022-10-28 | TEXT:Huddinge kommunhus'],
        ['2026-04-14 kl. 18.00 i Stadshuset', 'DATE:2026-04-14 | TIME:18.00 | TEXT:Stadshuset'],
        ['2026-04-14 på kansliet', 'DATE:2026-04-14 | TEXT:kansliet'],
        ['March 12, 2027 at 18.30, Town hall, room 2', 'DATE:March 12, 2027 | TIME:18.30 | TEXT:Town hall, room 2'],
    ])('%s', (value, expected) => {
        expect(spans(value, 'next')).toBe(expected);
    });

    test('a time is never a place', () => {
        expect(spans('2026-04-14, 18.00', 'next')).toBe('DATE:2026-04-14 | TIME:18.00');
        expect(spans('2026-04-14 at 7:30pm', 'next')).toBe('DATE:2026-04-14 | TIME:7:30pm');
    });

    test('Tid and Senast take no place', () => {
        expect(spans('2026-04-14, Stadshuset', 'date')).toBe('INVALID');
        expect(spans('2026-04-14 i Stadshuset', 'due')).toBe('INVALID');
    });

    test('Justering with a time and a place; Anslag with a place', () => {
        expect(spans('2011-10-19 kl. 16.00, Förvaltningshuset', 'approval')).toBe('DATE:2011-10-19 | TIME:16.00 | TEXT:Förvaltningshuset');
        expect(spans('torsdag 2026-02-26, Socialförvaltningen, Kommunhuset', 'posted'))
            .toBe('WEEKDAY:torsdag | DATE:2026-02-26 | TEXT:Socialförvaltningen, Kommunhuset');
    });
});

describe('relative values', () => {
    test.each([
        ['nästa möte', 'due'], ['next meeting', 'due'], ['Next Meeting', 'due'], ['imorgon', 'due'], ['i morgon', 'due'], ['tomorrow', 'due'],
        ['juni 2026', 'due'], ['June 2026', 'due'], ['löpande', 'due'], ['ongoing', 'due'],
        ['vid nästa möte', 'approval'], ['at the next meeting', 'approval'], ['genom pull request', 'approval'], ['by pull request', 'approval'],
        ['omedelbart', 'approval'], ['omedelbar justering', 'approval'], ['immediately', 'approval'], ['justeras vid nästa möte', 'approval'],
        ['to be approved at the next meeting', 'approval'],
        ['ej bestämt', 'next'], ['TBD', 'next'], ['to be decided', 'next'], ['i maj, se kallelsen', 'next'],
    ] as Array<[string, DateSlotKind]>)('%s after %s', (value, kind) => {
        expect(spans(value, kind)).toBe(`RELATIVE:${value}`);
    });

    test('a period may end a relative value; it is no part of it', () => {
        expect(spans('ongoing.', 'due')).toBe('RELATIVE:ongoing');
        expect(spans('omedelbart.', 'approval')).toBe('RELATIVE:omedelbart');
    });

    test('each slot takes only its own relative values', () => {
        expect(spans('nästa möte', 'date')).toBe('INVALID');
        expect(spans('imorgon', 'approval')).toBe('INVALID');
        expect(spans('genom pull request', 'due')).toBe('INVALID');
        expect(spans('juni 2026', 'posted')).toBe('INVALID');
        expect(spans('snarast', 'due')).toBe('INVALID');
    });

    test('Nästa möte: a tentative date, a phrase with a note, and text with digits that is no date', () => {
        expect(spans('preliminärt tisdag 2026-03-17', 'next')).toBe('TENTATIVE:preliminärt | WEEKDAY:tisdag | DATE:2026-03-17');
        expect(spans('Tentative: April 20, 2026, 6:30 PM', 'next')).toBe('TENTATIVE:Tentative | DATE:April 20, 2026 | TIME:6:30 PM');
        expect(spans('TBD, probably week 12', 'next')).toBe('RELATIVE:TBD | TEXT:probably week 12');
        expect(spans('in week 12', 'next')).toBe('INVALID');
        expect(spans('preliminärt 2026-03-17', 'due')).toBe('INVALID');
    });
});

describe('Ajournering', () => {
    test('a time or a time range, with kl. or without', () => {
        const read = (value: string) => { const found = scanTimeRange(value); return found ? show(value, found) : 'INVALID'; };
        expect(read('14.30–14.45')).toBe('TIME:14.30 | TIME:14.45');
        expect(read('kl. 14.30 - 14.45')).toBe('TIME:14.30 | TIME:14.45');
        expect(read('2:30–2:45 PM')).toBe('TIME:2:30 | TIME:2:45 PM');
        expect(read('14.30')).toBe('TIME:14.30');
        expect(read('14.30–14.45 UTC')).toBe('INVALID');
        expect(read('efter punkt 3')).toBe('INVALID');
        expect(read('  ')).toBe('');
    });
});

describe('any value', () => {
    const pieces = ['2026', '-', '–', '03', '12', '/', '.', ':', ',', ' ', '  ', '\t', 'kl', 'at', 'i', 'den', 'PM', 'am', 'UTC', '+1',
        'tisdag', 'Monday', 'juni', 'March', 'nästa', 'möte', 'TBD', 'preliminärt', 'Stadshuset', 'x', 'é'];
    const value = fc.oneof(
        fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map(parts => parts.join('')),
        fc.string({ maxLength: 40 }));
    const kind = fc.constantFrom<DateSlotKind>('date', 'due', 'next', 'approval', 'posted');

    test('is scanned without an exception into spans in order inside the value', () => {
        fc.assert(fc.property(value, kind, fc.constantFrom<'sv' | 'en' | undefined>('sv', 'en', undefined), (text, k, lang) => {
            const found = scanDateSlot(text, k, lang);
            let at = 0;
            for (const span of found ?? []) {
                expect(span.start, JSON.stringify(text)).toBeGreaterThanOrEqual(at);
                expect(span.end).toBeGreaterThan(span.start);
                at = span.end;
            }
            expect(at).toBeLessThanOrEqual(text.length);
            const times = scanTimeRange(text);
            for (const span of times ?? []) expect(span.end).toBeLessThanOrEqual(text.length);
        }), { seed: 12, numRuns: 20_000 });
    });

    test('spans hold no surrounding whitespace, and a place only where a place is taken', () => {
        fc.assert(fc.property(value, kind, (text, k) => {
            for (const span of scanDateSlot(text, k, 'sv') ?? []) {
                const piece = text.slice(span.start, span.end);
                expect(piece.trim(), JSON.stringify(text)).toBe(piece);
                if (span.type === 'TEXT') expect(['next', 'approval', 'posted']).toContain(k);
            }
        }), { seed: 13, numRuns: 10_000 });
    });
});

describe('the words completion offers', () => {
    test('each relative word of a slot reads back as one relative value of that slot', () => {
        for (const [kind, words] of Object.entries(RELATIVE_SUGGESTIONS) as Array<[DateSlotKind, Record<'sv' | 'en', readonly string[]>]>) {
            for (const lang of ['sv', 'en'] as const) {
                for (const word of words[lang]) {
                    expect(scanDateSlot(word, kind, lang), `${kind}: ${word}`).toEqual([{ type: 'RELATIVE', start: 0, end: word.length }]);
                }
            }
        }
    });

    test('each vote word reads as a vote without counts', () => {
        for (const word of [...VOTE_MARKER_SUGGESTIONS.sv, ...VOTE_MARKER_SUGGESTIONS.en]) {
            expect(readVoteCounts(word)?.kind, word).toMatch(/^(unanimous|acclamation)$/u);
        }
    });
});
