/**
 * The readers of date tokens (language/dates.ts): what each written form means, in a Swedish
 * and in an English document.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
    addDays, dayNumber, daysBetween, fromDayNumber, readDate, readDateRange, readRelative, readTime, readWeekdays, resolveRelative,
    toIsoDate, weekdayOf, type CalendarDate
} from '../../language/dates.js';

const day = (year: number, month: number, d: number): CalendarDate => ({ year, month, day: d });

describe('DATE tokens', () => {
    test('one day in every form', () => {
        for (const text of ['2019-02-26', '26 februari 2019', '26. feb. 2019', 'February 26, 2019', 'Feb 26 2019', '26 February 2019']) {
            expect(readDateRange(text, 'sv'), text).toEqual({ start: day(2019, 2, 26), end: day(2019, 2, 26) });
        }
    });

    test('several days', () => {
        const saturdaySunday = { start: day(2002, 1, 26), end: day(2002, 1, 27) };
        for (const text of ['2002-01-26–27', '26–27 januari 2002', '2002-01-26 – 2002-01-27', 'January 26–27, 2002', '26 januari 2002 – 27 januari 2002']) {
            expect(readDateRange(text, 'sv'), text).toEqual(saturdaySunday);
        }
        expect(readDateRange('30 januari – 2 februari 2002', 'sv')).toEqual({ start: day(2002, 1, 30), end: day(2002, 2, 2) });
        expect(readDateRange('2002-01-31–02-01', 'sv')).toEqual({ start: day(2002, 1, 31), end: day(2002, 2, 1) });
        expect(readDateRange('March 31–April 1, 2026', 'en')).toEqual({ start: day(2026, 3, 31), end: day(2026, 4, 1) });
    });

    test('a slash date is day/month in a Swedish document and month/day in an English one', () => {
        expect(readDate('3/11/2021', 'sv')).toEqual({ first: day(2021, 11, 3), last: day(2021, 11, 3), slash: 'day-month' });
        expect(readDate('3/11/2021', 'en')).toEqual({ first: day(2021, 3, 11), last: day(2021, 3, 11), slash: 'month-day' });
        expect(readDateRange('13/11/2021', 'en')).toBeUndefined();
        expect(readDate('2021-11-03', 'en')?.slash).toBeUndefined();
    });

    test('days that do not exist, a range backwards, and what is no date', () => {
        expect(readDate('2022-02-30', 'sv')).toEqual({ first: day(2022, 2, 30), last: day(2022, 2, 30) });
        expect(readDateRange('2022-02-30', 'sv')).toBeUndefined();
        expect(readDateRange('2024-02-29', 'sv')).toEqual({ start: day(2024, 2, 29), end: day(2024, 2, 29) });
        expect(readDateRange('27–26 januari 2002', 'sv')).toBeUndefined();
        expect(readDate('snart', 'sv')).toBeUndefined();
        expect(readDate('2022-10-06 x', 'sv')).toBeUndefined();
        expect(toIsoDate('6 oktober 2022')).toBe('2022-10-06');
        expect(toIsoDate('3/11/2021', 'en')).toBe('2021-03-11');
    });
});

describe('WEEKDAY tokens', () => {
    test('one or two weekdays, with where each word stands', () => {
        expect(readWeekdays('tisdag')).toEqual([{ index: 1, start: 0, end: 6 }]);
        expect(readWeekdays('Torsdagen')).toEqual([{ index: 3, start: 0, end: 9 }]);
        expect(readWeekdays('lördag–söndag')).toEqual([{ index: 5, start: 0, end: 6 }, { index: 6, start: 7, end: 13 }]);
        expect(readWeekdays('Saturday - Sunday')).toEqual([{ index: 5, start: 0, end: 8 }, { index: 6, start: 11, end: 17 }]);
        expect(readWeekdays('den')).toBeUndefined();
    });
});

describe('TIME tokens', () => {
    test('24-hour and 12-hour times in minutes after midnight', () => {
        expect(readTime('13.00')).toBe(780);
        expect(readTime('13:45')).toBe(825);
        expect(readTime('24.00')).toBe(1440);
        expect(readTime('6:33 PM')).toBe(18 * 60 + 33);
        expect(readTime('7:30pm')).toBe(19 * 60 + 30);
        expect(readTime('7 pm')).toBe(19 * 60);
        expect(readTime('12 PM')).toBe(12 * 60);
        expect(readTime('12:15 a.m.')).toBe(15);
        expect(readTime('13')).toBe(780);
    });

    test('a start without am/pm takes the end\'s, unless that puts it after the end', () => {
        expect(readTime('6:30', '8:45 PM')).toBe(18 * 60 + 30);
        expect(readTime('7', '9 pm')).toBe(19 * 60);
        expect(readTime('11:30', '1:00 PM')).toBe(11 * 60 + 30);
        expect(readTime('6:30 AM', '8:45 PM')).toBe(6 * 60 + 30);
        expect(readTime('18.30', '8:45 PM')).toBe(18 * 60 + 30);
    });

    test('what is no time of day', () => {
        for (const text of ['25.00', '13.60', '13:00 PM', '0 am', '24.30', 'x']) expect(readTime(text), text).toBeUndefined();
    });
});

describe('RELATIVE tokens', () => {
    test('each value and what it resolves to', () => {
        const context = { meeting: day(2026, 3, 16), nextMeeting: day(2026, 4, 20) };
        const cases: Array<[string, CalendarDate | undefined]> = [
            ['nästa möte', context.nextMeeting], ['next meeting', context.nextMeeting], ['vid nästa möte', context.nextMeeting],
            ['imorgon', day(2026, 3, 17)], ['tomorrow', day(2026, 3, 17)], ['juni 2026', day(2026, 6, 30)], ['February 2024', day(2024, 2, 29)],
            ['löpande', undefined], ['ongoing.', undefined], ['genom pull request', undefined], ['TBD', undefined], ['i maj, se kallelsen', undefined],
        ];
        for (const [text, expected] of cases) expect(resolveRelative(readRelative(text), context), text).toEqual(expected);
        expect(readRelative('by pull request')).toEqual({ kind: 'pull-request' });
        expect(readRelative('omedelbar justering')).toEqual({ kind: 'immediately' });
        expect(readRelative('ej bestämt')).toEqual({ kind: 'undecided' });
        expect(readRelative('i maj, se kallelsen')).toEqual({ kind: 'undecided' });
        expect(resolveRelative(readRelative('nästa möte'), { meeting: context.meeting })).toBeUndefined();
    });
});

describe('day arithmetic', () => {
    test('weekdays and day numbers, also before year 100', () => {
        expect(weekdayOf(day(2022, 10, 6))).toBe(3);
        expect(weekdayOf(day(1970, 1, 1))).toBe(3);
        expect(dayNumber(day(1970, 1, 1))).toBe(0);
        expect(daysBetween(day(2026, 2, 28), day(2026, 3, 1))).toBe(1);
        expect(addDays(day(2026, 2, 26), 21)).toEqual(day(2026, 3, 19));
        expect(fromDayNumber(dayNumber(day(99, 12, 31)))).toEqual(day(99, 12, 31));
        expect(weekdayOf(day(1, 1, 1))).toBe(0);
    });

    test('fromDayNumber undoes dayNumber, and the next day is one weekday on', () => {
        fc.assert(fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), n => {
            const date = fromDayNumber(n);
            expect(dayNumber(date)).toBe(n);
            expect(weekdayOf(addDays(date, 1))).toBe((weekdayOf(date) + 1) % 7);
        }), { seed: 1, numRuns: 5_000 });
    });
});
