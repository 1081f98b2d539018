/**
 * The one mechanism for user-visible strings (common/l10n): both catalogs are complete and
 * agree in shape, the language rule, plural rules, the one date formatter, and the quoting rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
    countOf, LANGS, languageChoice, langOfLocale, strings, viewLanguage,
    type Catalog, type EntitlementBar, type ExportErrorReason, type Misplacement, type RecusedAct
} from '../../common/l10n/index.js';
import { formatLongDate } from '../../language/dates.js';
import { KEYWORD_BY_ID } from '../../language/keywords.js';
import type { DateSlotKind } from '../../language/date-slot.js';

const MISPLACEMENTS: readonly Misplacement[] = ['first-line', 'header', 'inside-item', 'after-trailer', 'action-field'];
const BARS: readonly EntitlementBar[] = ['absent', 'not-present', 'no-vote', 'not-serving'];
const ACTS: readonly RecusedAct[] = ['vote', 'move', 'reserve', 'chair'];
const SLOT_KINDS: readonly DateSlotKind[] = ['date', 'due', 'next', 'approval', 'posted'];
const ORDERS = ['day-month', 'month-day'] as const;
const REASONS: readonly ExportErrorReason[] = [
    'same-as-source', 'target-is-directory', 'target-is-link', 'link-dangling', 'target-is-special', 'folder-missing',
    'permission-denied', 'read-only', 'disk-full', 'name-too-long', 'write-failed'
];

/**
 * Every string a catalog can produce, keyed by its path (`editor.persons`, `diagnostics.misplaced/header`).
 * Functions are called with sample arguments: `'2'` stands for a number or a text.
 */
function texts(catalog: Catalog): Map<string, string> {
    const found = new Map<string, string>();
    const walk = (value: unknown, path: string): void => {
        if (typeof value === 'string') found.set(path, value);
        else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
        else if (typeof value === 'function') {
            const name = path.split('.').pop()!;
            if (name === 'misplaced') MISPLACEMENTS.forEach(where => walk(value('Plats:', where), `${path}/${where}`));
            else if (name === 'exportError') REASONS.forEach(reason => walk(value(reason, { target: '/t.html', folder: '/', name: 't.html', suggestion: '/s.html', detail: 'fifo' }), `${path}/${reason}`));
            else if (name === 'diagnostics' || name === 'seriesDiagnostics') walk(value((id: keyof typeof KEYWORD_BY_ID) => KEYWORD_BY_ID[id].canonical[catalog.lang]), path);
            else if (name === 'state') (['open', 'ongoing', 'done', 'dropped'] as const).forEach(state => walk(value(state), `${path}/${state}`));
            else if (name === 'longDate') walk(value({ year: 2022, month: 10, day: 6, weekday: 3 }), path);
            else if (name === 'problems') walk(value(2, 1), path);
            else if (name === 'personAmbiguous') (['short', 'first'] as const).forEach(form => walk(value('Bo', form, ['Bo Ek', 'Bo Berg']), `${path}/${form}`));
            else if (name === 'attendanceGroup') (['voting', 'serving', 'substitutes', 'others'] as const).forEach(group => walk(value(group), `${path}/${group}`));
            else if (name === 'voterNotEntitled') BARS.forEach(bar => walk(value('Anna Berg', '§ 2', bar, 'Ersättare'), `${path}/${bar}`));
            else if (name === 'dateRange') walk(value({ year: 2002, month: 1, day: 26, weekday: 5 }, { year: 2002, month: 1, day: 27, weekday: 6 }), path);
            else if (name === 'invalidDateSlot') SLOT_KINDS.forEach(kind => walk(value('Senast:', 'snart', kind), `${path}/${kind}`));
            else if (name === 'dateAmbiguous') ORDERS.forEach(order => walk(value('3/11/2021', '3 november 2021', order, '2021-11-03'), `${path}/${order}`));
            else if (name === 'slashReading') ORDERS.forEach(order => walk(value(order), `${path}/${order}`));
            else if (name === 'deadlineUnresolved') [true, false].forEach(missing => walk(value('nästa möte', missing), `${path}/${missing}`));
            else if (name === 'javParticipated') ACTS.forEach(act => walk(value('Anna Berg', '§ 2', act), `${path}/${act}`));
            else {
                walk(value('2', '2', '2', '2'), `${path}/2`);
                walk(value(1, 1, 1, 1), `${path}/1`);
            }
        } else if (value && typeof value === 'object') {
            for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
        }
    };
    walk(catalog, '');
    return found;
}

describe('catalogs', () => {
    const sv = texts(strings('sv'));
    const en = texts(strings('en'));

    test('both languages have the same strings, none empty or with a missing value', () => {
        expect(sv.size).toBeGreaterThan(150);
        expect([...sv.keys()].sort()).toEqual([...en.keys()].sort());
        for (const [lang, catalog] of [['sv', sv], ['en', en]] as const) {
            for (const [path, text] of catalog) {
                if (path === 'lang') continue;
                expect(text.trim(), `${lang} ${path}`).not.toBe('');
                expect(text, `${lang} ${path}`).not.toMatch(/undefined|NaN|\[object/u);
            }
        }
    });

    test('the preview\'s strings keep the same {0} slots in both languages', () => {
        const slots = (text: string) => (text.match(/\{\d\}/gu) ?? []).sort();
        for (const [key, text] of Object.entries(strings('en').preview)) {
            expect(slots(strings('sv').preview[key as keyof Catalog['preview']]), key).toEqual(slots(text));
        }
    });

    test('calendars have seven days and twelve months', () => {
        for (const lang of LANGS) {
            expect(strings(lang).calendar.weekdays).toHaveLength(7);
            expect(strings(lang).calendar.months).toHaveLength(12);
        }
    });
});

describe('package.nls*.json (manifest strings, as VS Code requires them)', () => {
    const read = (file: string) => JSON.parse(readFileSync(join(__dirname, '../..', file), 'utf8')) as Record<string, string>;
    test('English and Swedish have the same keys, none empty', () => {
        const english = read('package.nls.json');
        const swedish = read('package.nls.sv.json');
        expect(Object.keys(swedish).sort()).toEqual(Object.keys(english).sort());
        for (const texts of [english, swedish]) {
            expect(Object.entries(texts).filter(([, text]) => typeof text !== 'string' || text.trim() === '')).toEqual([]);
        }
    });
});

describe('which language a view speaks', () => {
    test('a forced setting wins over the document and the locale', () => {
        expect(viewLanguage('sv', 'en', 'en-US')).toBe('sv');
        expect(viewLanguage('en', 'sv', 'sv-SE')).toBe('en');
    });

    test('auto follows the document, and the locale only when the document has no header', () => {
        expect(viewLanguage('auto', 'sv', 'en-US')).toBe('sv');
        expect(viewLanguage('auto', 'en', 'sv-SE')).toBe('en');
        expect(viewLanguage('auto', undefined, 'sv-FI')).toBe('sv');
        expect(viewLanguage(undefined, undefined, 'de')).toBe('en');
        expect(viewLanguage('fr', undefined, 'sv')).toBe('sv');
    });

    test('locales and settings are read leniently', () => {
        expect(langOfLocale('sv_SE.UTF-8')).toBe('sv');
        expect(langOfLocale('svenska')).toBe('en');
        expect(langOfLocale(undefined)).toBe('en');
        expect(languageChoice('sv')).toBe('sv');
        expect(languageChoice('SV')).toBe('auto');
        expect(languageChoice(undefined)).toBe('auto');
    });
});

describe('plural rules', () => {
    test('one for exactly 1, other otherwise, in both languages', () => {
        expect(countOf('sv', 1, { one: 'varning', other: 'varningar' })).toBe('1 varning');
        expect(countOf('sv', 0, { one: 'varning', other: 'varningar' })).toBe('0 varningar');
        expect(countOf('en', 2, { one: 'person', other: 'people' })).toBe('2 people');
        expect(strings('sv').editor.persons(1)).toBe('1 person');
        expect(strings('sv').editor.daysFromMeeting(-1)).toBe('1 dag före mötet');
        expect(strings('en').editor.weeksLater(2)).toBe('in 2 weeks');
        expect(strings('en').cli.exportedWithErrors('a.minutes', 1)).toMatch(/^Note: a\.minutes has 1 error;/u);
    });
});

describe('dates and times in words', () => {
    test('one long date for page, hover and messages', () => {
        const date = { year: 2022, month: 10, day: 6 };
        expect(formatLongDate(date, 'sv')).toBe('torsdag 6 oktober 2022');
        expect(formatLongDate(date, 'en')).toBe('Thursday 6 October 2022');
        expect(formatLongDate(date, 'en', false)).toBe('6 October 2022');
    });

    test('"kl." is written by the Swedish time range only', () => {
        expect(strings('sv').calendar.timeRange('13.00', '14.00')).toBe('kl. 13.00–14.00');
        expect(strings('sv').calendar.timeRange('13.00')).toBe('kl. 13.00');
        expect(strings('en').calendar.timeRange('18.30', '20.00')).toBe('18.30–20.00');
    });
});

describe('messages quote the document\'s own words', () => {
    test('a weekday from the document stands in quotes, never in the reader\'s grammar', () => {
        const k = (lang: 'sv' | 'en') => strings(lang).diagnostics(id => KEYWORD_BY_ID[id].canonical[lang]);
        expect(k('sv').weekdayMismatch('onsdag', '2022-10-06', 'torsdag')).toBe('2022-10-06 är en torsdag, inte "onsdag".');
        expect(k('en').weekdayMismatch('onsdag', '2022-10-06', 'Thursday')).toBe('2022-10-06 is a Thursday, not "onsdag".');
        expect(k('en').decisionEmpty('Beslut:')).toBe('"Beslut:" has no text. Write what the meeting decided.');
        expect(k('sv').dateInvalid('2022-02-30')).toMatch(/^"2022-02-30" är inget giltigt datum/u);
    });
});
