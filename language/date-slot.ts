/**
 * The date slot: what stands after `Tid:`, `Senast:`, `Nästa möte:`, `Justering:` and `Anslag:`
 * (LANGUAGE-2.md, section 1), split into spans in grammar order — TENTATIVE? (WEEKDAY? DATE
 * (TIME TIME? ZONE?)? | RELATIVE) TEXT? — for the lexer to emit as tokens. Only the shape of a
 * value is read here; what the spans mean (which day a slash date is, the minutes of `6:30 PM`)
 * is dates.ts's, which reads each span with the `read…Form` functions below, so the grammar of
 * dates and times has this one home.
 *
 * A hand-written scanner rather than one regular expression: a regular expression with this
 * many optional parts backtracks, and one that did (the first edition's date slot) was
 * quadratic in a run of spaces. Here every part reads a run of one kind of character (letters,
 * digits, whitespace) at most a fixed number of times, so a value is read in linear time
 * (bench/linear.ts measures it).
 */
import { monthIndex, weekdayIndex } from './keywords.js';

export type DateSpanType = 'TENTATIVE' | 'WEEKDAY' | 'DATE' | 'TIME' | 'ZONE' | 'RELATIVE' | 'TEXT';
/** A part of a date slot: offsets into the value, end exclusive. */
export interface DateSpan { type: DateSpanType; start: number; end: number }
/** Which keyword the slot follows: `Tid`, `Senast`, `Nästa möte`, `Justering`, `Anslag`. */
export type DateSlotKind = 'date' | 'due' | 'next' | 'approval' | 'posted';

/** What a relative value (a RELATIVE token) stands for. */
export type RelativeTag = 'next-meeting' | 'tomorrow' | 'month' | 'ongoing' | 'undecided' | 'pull-request' | 'immediately';

/** Day, month and year as written; the day may not exist (`2022-02-30`). */
export interface DayParts { year: number; month: number; day: number }

/** A date form read from `at`: its first and last day, and where it ends. */
export interface DateForm {
    end: number;
    first: DayParts;
    /** The same as `first` for one day; the last day of a multi-day form (`26–27 januari 2002`). */
    last: DayParts;
    /**
     * Written with slashes (`3/11/2021`): `first` and `last` are then read month/day (the first
     * number is the month); dates.ts swaps them for a Swedish document.
     */
    slash: boolean;
}

/** A time read from `at` (`18.30`, `6:33 PM`, `7 pm`, and after `kl.` also `13`). */
export interface TimeForm {
    end: number;
    hour: number;
    /** Undefined when only the hour is written. */
    minute?: number;
    meridiem?: 'am' | 'pm';
}

/** One weekday or two (`lördag–söndag`), as ISO indexes (0 = Monday), with where each word ends or starts. */
export interface WeekdayForm { end: number; first: number; firstEnd: number; last?: number; lastStart?: number }

/**
 * The spans of a date slot in grammar order (TEXT = the place), or undefined when the value is
 * no date form (the lexer then emits one INVALID token). Offsets are into `value`; an empty
 * value has no spans. The words of both languages are read whatever `lang` is (minutes quote
 * each other's dates); the document's language decides only how a slash date is read, in
 * dates.ts. Linear time (bench/linear.ts).
 */
export function scanDateSlot(value: string, kind: DateSlotKind, lang: 'sv' | 'en' | undefined): DateSpan[] | undefined {
    const start = skipSpaces(value, 0);
    const end = trimmedEnd(value);
    if (start >= end) return [];
    return relativeSlot(value, start, end, kind)
        ?? datedSlot(value, start, end, kind)
        ?? (kind === 'next' && !hasDigit(value, start, end) ? [{ type: 'RELATIVE', start, end }] : undefined);
}

/**
 * The spans of an `Ajournering`/`Recess` value: a time or a time range (`10.00–10.20`,
 * `kl. 14.30–14.45`, `2:30–2:45 PM`), or undefined when it is none.
 */
export function scanTimeRange(value: string): DateSpan[] | undefined {
    const start = skipSpaces(value, 0);
    const end = trimmedEnd(value);
    if (start >= end) return [];
    const times = timePart(value, start, false);
    return times && skipSpaces(value, times.end) >= end ? times.spans : undefined;
}

// ---------------------------------------------------------------------------------------------
// Relative values

/** A phrase as its words, lower-case (`['vid', 'nästa', 'möte']`): any whitespace may stand between them. */
export type Phrase = readonly string[];

const words = (...phrases: string[]): Phrase[] => phrases.map(p => p.split(' '));

/** `Senast: nästa möte`, `Justering: vid nästa möte`. */
const NEXT_MEETING = words(
    'nästa möte', 'till nästa möte', 'före nästa möte', 'vid nästa möte', 'på nästa möte', 'vid nästa sammanträde',
    'next meeting', 'the next meeting', 'by the next meeting', 'by next meeting', 'before the next meeting',
    'at the next meeting', 'at next meeting');
const TOMORROW = words('imorgon', 'i morgon', 'tomorrow');
const ONGOING = words('löpande', 'ongoing');
const PULL_REQUEST = words('genom pull request', 'via pull request', 'by pull request', 'through pull request');
const IMMEDIATELY = words('omedelbart', 'omedelbar justering', 'immediately');
/** Words that may stand before an approval phrase: `justeras vid nästa möte`, `to be approved at the next meeting`. */
export const APPROVAL_PREFIXES = words('justeras', 'to be approved', 'approved');
/** `Nästa möte: ej bestämt`, `Next meeting: TBD`. */
const UNDECIDED = words(
    'ej bestämt', 'inte bestämt', 'ej fastställt', 'inte fastställt', 'obestämt', 'meddelas senare', 'kallelse kommer',
    'tbd', 'tba', 'to be decided', 'to be determined', 'to be announced', 'not decided', 'not yet decided', 'not scheduled');
/** `Nästa möte: preliminärt tisdag 2026-03-17`. */
const TENTATIVE = words('preliminärt', 'prel', 'preliminary', 'tentative', 'tentatively');

/**
 * The phrases of each relative value (a month and year, `juni 2026`, is read apart). The lexer
 * reads them here; the TextMate grammar's test checks that the grammar colours the same.
 */
export const RELATIVE_PHRASES: ReadonlyArray<readonly [RelativeTag, readonly Phrase[]]> = [
    ['next-meeting', NEXT_MEETING], ['tomorrow', TOMORROW], ['ongoing', ONGOING], ['pull-request', PULL_REQUEST],
    ['immediately', IMMEDIATELY], ['undecided', UNDECIDED]
];

/** The relative values whose phrase may follow one of {@link APPROVAL_PREFIXES}. */
export const PREFIXED_TAGS: readonly RelativeTag[] = ['next-meeting', 'pull-request', 'immediately'];

/** The relative values each kind of slot takes. */
export const RELATIVE_BY_KIND: Readonly<Record<DateSlotKind, readonly RelativeTag[]>> = {
    date: [],
    due: ['next-meeting', 'tomorrow', 'ongoing', 'month'],
    next: ['undecided'],
    approval: ['next-meeting', 'pull-request', 'immediately'],
    posted: []
};

/**
 * The relative values completion offers after each kind of slot, in the document's language;
 * each reads back as a relative value of that slot (a test checks).
 */
export const RELATIVE_SUGGESTIONS: Readonly<Record<DateSlotKind, Readonly<Record<'sv' | 'en', readonly string[]>>>> = {
    date: { sv: [], en: [] },
    due: { sv: ['nästa möte', 'imorgon', 'löpande'], en: ['next meeting', 'tomorrow', 'ongoing'] },
    next: { sv: ['ej bestämt'], en: ['TBD'] },
    approval: { sv: ['vid nästa möte', 'genom pull request', 'omedelbart'], en: ['at the next meeting', 'by pull request', 'immediately'] },
    posted: { sv: [], en: [] }
};

/** A relative value read from `at`: what it stands for and where it ends. */
export interface RelativeForm { end: number; tag: RelativeTag; month?: { year: number; month: number } }

/**
 * A relative value at `at` of one of the kinds `tags` (all when not given): a phrase, or for
 * `month` a month and year (`juni 2026`, `June 2026`). An approval phrase may follow
 * `justeras`/`to be approved`.
 */
export function readRelativeForm(text: string, at: number, tags?: readonly RelativeTag[]): RelativeForm | undefined {
    const wanted = (tag: RelativeTag) => tags === undefined || tags.includes(tag);
    for (const [tag, phrases] of RELATIVE_PHRASES) {
        if (!wanted(tag)) continue;
        let end = phraseAt(text, at, phrases);
        if (end === undefined && PREFIXED_TAGS.includes(tag)) {
            const prefixEnd = phraseAt(text, at, APPROVAL_PREFIXES);
            const next = prefixEnd === undefined ? undefined : skipSpaces(text, prefixEnd);
            if (next !== undefined && next > prefixEnd!) end = phraseAt(text, next, phrases);
        }
        if (end !== undefined) return { end, tag };
    }
    if (wanted('month')) {
        const month = monthWordAt(text, at);
        const yearStart = month ? skipSpaces(text, month.end) : at;
        const year = month && yearStart > month.end ? yearAt(text, yearStart) : undefined;
        if (month && year) return { end: year.end, tag: 'month', month: { year: year.value, month: month.value } };
    }
    return undefined;
}

/** A relative value that is the whole slot (a trailing period allowed), or `TBD, text` in `Nästa möte`. */
function relativeSlot(value: string, start: number, end: number, kind: DateSlotKind): DateSpan[] | undefined {
    const tags = RELATIVE_BY_KIND[kind];
    if (tags.length === 0) return undefined;
    const form = readRelativeForm(value, start, tags);
    if (!form) return undefined;
    const relative: DateSpan = { type: 'RELATIVE', start, end: form.end };
    const rest = skipSpaces(value, value.charCodeAt(form.end) === 46 ? form.end + 1 : form.end); // .
    if (rest >= end) return [relative];
    if (kind !== 'next') return undefined;
    const place = placeAfter(value, form.end, end, false);
    return place ? [relative, place] : undefined;
}

// ---------------------------------------------------------------------------------------------
// A date with its weekday, times, zone and place

/** Words that may stand before the time: `kl. 13.00`, `klockan 13`; `at 18.30`, `@ 7pm`. */
const CLOCK_WORDS = words('kl', 'klockan');
const AT_WORDS = words('at');
/** Words after which the rest is the place: `i Stadshuset`, `på kansliet`, `at Menlo Park`. */
const PLACE_WORDS = words('i', 'på', 'at');

function datedSlot(value: string, start: number, end: number, kind: DateSlotKind): DateSpan[] | undefined {
    const spans: DateSpan[] = [];
    let at = start;
    if (kind === 'next') {
        const tentative = phraseAt(value, at, TENTATIVE);
        if (tentative !== undefined) {
            let after = tentative;
            const code = value.charCodeAt(after);
            if (code === 46 || code === 58 || code === 44) after++; // . : ,
            const next = skipSpaces(value, after);
            if (next > after) {
                spans.push({ type: 'TENTATIVE', start: at, end: tentative });
                at = next;
            }
        }
    }
    const weekday = weekdayBeforeDate(value, at);
    if (weekday) {
        spans.push({ type: 'WEEKDAY', start: at, end: weekday.end });
        at = weekday.next;
    }
    const den = phraseAt(value, at, [['den']]);
    if (den !== undefined && skipSpaces(value, den) > den) at = skipSpaces(value, den);
    const date = readDateForm(value, at);
    if (!date) return undefined;
    spans.push({ type: 'DATE', start: at, end: date.end });
    at = date.end;
    const times = timeAfterDate(value, at);
    if (times) {
        spans.push(...times.spans);
        at = times.end;
    }
    const rest = skipSpaces(value, at);
    if (rest >= end) return spans;
    if (kind !== 'next' && kind !== 'approval' && kind !== 'posted') return undefined;
    const place = placeAfter(value, at, end, true);
    if (!place) return undefined;
    spans.push(place);
    return spans;
}

/** A weekday (or two) followed by `.`/`,` and whitespace, before a date: where it ends and where the date part starts. */
function weekdayBeforeDate(text: string, at: number): { end: number; next: number } | undefined {
    const weekday = readWeekdayForm(text, at);
    if (!weekday) return undefined;
    let after = weekday.end;
    if (text.charCodeAt(after) === 46) after++; // .
    if (text.charCodeAt(after) === 44) after++; // ,
    const next = skipSpaces(text, after);
    return next > after ? { end: weekday.end, next } : undefined;
}

/** The time part after a date: `[,] [kl.|klockan|at|@] time [– time] [zone]`. */
function timeAfterDate(text: string, dateEnd: number): { spans: DateSpan[]; end: number } | undefined {
    let at = skipSpaces(text, dateEnd);
    if (text.charCodeAt(at) === 44) at = skipSpaces(text, at + 1); // ,
    // A time needs something between it and the date: `2026-06-2018.00` is no date and time.
    if (at === dateEnd && timeIntroAt(text, at) === undefined) return undefined;
    return timePart(text, at);
}

/** The end of `kl.`, `kl`, `klockan`, `at` or `@` at `at`, and whether it was the Swedish clock word. */
function timeIntroAt(text: string, at: number): { end: number; clock: boolean } | undefined {
    const clock = phraseAt(text, at, CLOCK_WORDS, true);
    if (clock !== undefined) return { end: text.charCodeAt(clock) === 46 ? clock + 1 : clock, clock: true }; // `kl.`
    const word = phraseAt(text, at, AT_WORDS, true) ?? (text.charCodeAt(at) === 64 ? at + 1 : undefined); // @
    return word === undefined ? undefined : { end: word, clock: false };
}

/** `[kl.|klockan|at|@] time [– time] [zone]` at `at` (the zone when `zoneAllowed`). */
function timePart(text: string, at: number, zoneAllowed = true): { spans: DateSpan[]; end: number } | undefined {
    const intro = timeIntroAt(text, at);
    // After `kl.` an hour alone is a time (`kl. 13`); `at 6` says neither morning nor evening.
    const clock = intro?.clock ?? false;
    const from = intro ? skipSpaces(text, intro.end) : at;
    const start = readTimeForm(text, from);
    if (!start) return undefined;
    const spans: DateSpan[] = [{ type: 'TIME', start: from, end: start.end }];
    let end = start.end;
    let last: TimeForm | undefined;
    const second = dashAfter(text, end);
    if (second !== undefined) {
        const form = readTimeForm(text, second);
        if (form && (form.minute !== undefined || form.meridiem || clock)) {
            last = form;
            spans.push({ type: 'TIME', start: second, end: form.end });
            end = form.end;
        }
    }
    // An hour alone is a time after `kl.` (`kl. 13`) or before an end with am/pm (`7–9 pm`).
    if (start.minute === undefined && !start.meridiem && !clock && !last?.meridiem) return undefined;
    const zone = zoneAllowed ? zoneAt(text, end) : undefined;
    if (zone) {
        spans.push({ type: 'ZONE', start: zone.start, end: zone.end });
        end = zone.end;
    }
    return { spans, end };
}

/** The place after a comma, or after ` i `/` på `/` at ` (`wordsAllowed`), running to the end of the value. */
function placeAfter(text: string, at: number, end: number, wordsAllowed: boolean): DateSpan | undefined {
    const next = skipSpaces(text, at);
    if (text.charCodeAt(next) === 44) { // ,
        const place = skipSpaces(text, next + 1);
        return place < end ? { type: 'TEXT', start: place, end } : undefined;
    }
    if (!wordsAllowed || next === at) return undefined;
    const word = phraseAt(text, next, PLACE_WORDS);
    if (word === undefined) return undefined;
    const place = skipSpaces(text, word);
    // A time is never a place: `at 6` is not a place called "6".
    return place > word && place < end && !isDigit(text.charCodeAt(place)) ? { type: 'TEXT', start: place, end } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Dates

/**
 * A date form at `at`: ISO `2026-02-17`, `17 februari 2026`, `February 17, 2026`, `3/11/2021`,
 * and the multi-day forms `2002-01-26–27`, `2002-01-26 – 2002-01-27`, `26–27 januari 2002`,
 * `30 januari–2 februari 2002`, `March 16–17, 2026`, `March 31–April 1, 2026`.
 */
export function readDateForm(text: string, at: number): DateForm | undefined {
    return isDigit(text.charCodeAt(at)) ? isoDate(text, at) ?? slashDate(text, at) ?? dayMonthYear(text, at) : monthDayYear(text, at);
}

/** `2026-02-17`, then an optional `–27`, `–03-01` or `– 2026-03-01`. */
function isoDate(text: string, at: number): DateForm | undefined {
    const first = isoDay(text, at);
    if (!first) return undefined;
    const form: DateForm = { end: first.end, first: first.day, last: first.day, slash: false };
    const from = dashAfter(text, first.end);
    if (from === undefined) return form;
    const full = isoDay(text, from);
    if (full) return { ...form, end: full.end, last: full.day };
    const a = numberAt(text, from, 2);
    if (!a || isDigit(text.charCodeAt(a.end))) return form;
    if (text.charCodeAt(a.end) === 45) { // -: `–03-01`
        const b = numberAt(text, a.end + 1, 2);
        if (b && !isDigit(text.charCodeAt(b.end))) return { ...form, end: b.end, last: { year: first.day.year, month: a.value, day: b.value } };
        return form;
    }
    // `–27` is a day only when it is not the start of a time (`– 18.00`, `– 7 pm`).
    if (looksLikeTimeAfterNumber(text, a.end)) return form;
    return { ...form, end: a.end, last: { year: first.day.year, month: first.day.month, day: a.value } };
}

function isoDay(text: string, at: number): { end: number; day: DayParts } | undefined {
    const year = numberAt(text, at, 4);
    if (!year || year.end - at !== 4 || text.charCodeAt(year.end) !== 45) return undefined;
    const month = numberAt(text, year.end + 1, 2);
    if (!month || text.charCodeAt(month.end) !== 45) return undefined;
    const day = numberAt(text, month.end + 1, 2);
    if (!day || isDigit(text.charCodeAt(day.end))) return undefined;
    return { end: day.end, day: { year: year.value, month: month.value, day: day.value } };
}

/** `3/11/2021`: read month/day here (see {@link DateForm.slash}). */
function slashDate(text: string, at: number): DateForm | undefined {
    const a = numberAt(text, at, 2);
    if (!a || text.charCodeAt(a.end) !== 47) return undefined; // /
    const b = numberAt(text, a.end + 1, 2);
    if (!b || text.charCodeAt(b.end) !== 47) return undefined;
    const year = yearAt(text, b.end + 1);
    if (!year) return undefined;
    const day = { year: year.value, month: a.value, day: b.value };
    return { end: year.end, first: day, last: day, slash: true };
}

/** `17 februari 2026`, `17. feb. 2026`, `26–27 januari 2002`, `30 januari – 2 februari 2002`, `1 mars 2026 – 2 mars 2026`. */
function dayMonthYear(text: string, at: number): DateForm | undefined {
    const day = dayAt(text, at);
    if (!day) return undefined;
    // `26–27 januari 2002`: the month and the year are the last day's.
    const dayRange = dashAfter(text, day.end);
    if (dayRange !== undefined) {
        const last = dayMonthYearAt(text, dayRange);
        return last && { end: last.end, slash: false, first: { ...last.day, day: day.value }, last: last.day };
    }
    const monthStart = skipSpaces(text, day.end);
    const month = monthStart > day.end ? monthWordAt(text, monthStart) : undefined;
    if (!month) return undefined;
    // `30 januari – 2 februari 2002`: the year is the last day's.
    const monthRange = dashAfter(text, month.end);
    if (monthRange !== undefined) {
        const last = dayMonthYearAt(text, monthRange);
        return last && { end: last.end, slash: false, first: { year: last.day.year, month: month.value, day: day.value }, last: last.day };
    }
    const yearStart = skipSpaces(text, month.end);
    const year = yearStart > month.end ? yearAt(text, yearStart) : undefined;
    if (!year) return undefined;
    const first = { year: year.value, month: month.value, day: day.value };
    const form: DateForm = { end: year.end, first, last: first, slash: false };
    // `1 mars 2026 – 2 mars 2026`
    const fullRange = dashAfter(text, year.end);
    const last = fullRange === undefined ? undefined : dayMonthYearAt(text, fullRange);
    return last ? { ...form, end: last.end, last: last.day } : form;
}

/** `27 januari 2002`: a day with its month and year. */
function dayMonthYearAt(text: string, at: number): { end: number; day: DayParts } | undefined {
    const day = dayAt(text, at);
    const rest = day && monthAndYear(text, day.end);
    return rest && day && { end: rest.end, day: { year: rest.year, month: rest.month, day: day.value } };
}

/** ` februari 2002` after a day: whitespace, a month word, whitespace, a year. */
function monthAndYear(text: string, at: number): { end: number; month: number; year: number } | undefined {
    const monthStart = skipSpaces(text, at);
    const month = monthStart > at ? monthWordAt(text, monthStart) : undefined;
    if (!month) return undefined;
    const yearStart = skipSpaces(text, month.end);
    const year = yearStart > month.end ? yearAt(text, yearStart) : undefined;
    return year && { end: year.end, month: month.value, year: year.value };
}

/** `March 16, 2026`, `Mar. 16 2026`, `March 16–17, 2026`, `March 31–April 1, 2026`, `March 16, 2026 – March 17, 2026`. */
function monthDayYear(text: string, at: number): DateForm | undefined {
    const first = monthDay(text, at);
    if (!first) return undefined;
    let last: { end: number; month: number; day: number } | undefined;
    const from = dashAfter(text, first.end);
    if (from !== undefined) {
        const day = dayAt(text, from);
        last = day ? { end: day.end, month: first.month, day: day.value } : monthDay(text, from);
        if (!last) return undefined;
    }
    const year = yearAfterDay(text, (last ?? first).end);
    if (!year) return undefined;
    const firstDay = { year: year.value, month: first.month, day: first.day };
    const form: DateForm = {
        end: year.end, slash: false, first: firstDay, last: last ? { year: year.value, month: last.month, day: last.day } : firstDay
    };
    if (last) return form;
    // `March 16, 2026 – March 17, 2026`
    const fullRange = dashAfter(text, year.end);
    if (fullRange === undefined) return form;
    const second = monthDay(text, fullRange);
    const secondYear = second && yearAfterDay(text, second.end);
    return second && secondYear
        ? { ...form, end: secondYear.end, last: { year: secondYear.value, month: second.month, day: second.day } } : form;
}

/** `March 16` (`Mar. 16`). */
function monthDay(text: string, at: number): { end: number; month: number; day: number } | undefined {
    const month = monthWordAt(text, at);
    if (!month) return undefined;
    const dayStart = skipSpaces(text, month.end);
    const day = dayStart > month.end ? dayAt(text, dayStart) : undefined;
    return day && { end: day.end, month: month.value, day: day.value };
}

/** `, 2026` or ` 2026` after the day of a US date. */
function yearAfterDay(text: string, at: number): { end: number; value: number } | undefined {
    let from = at;
    if (text.charCodeAt(from) === 44) from++; // ,
    const yearStart = skipSpaces(text, from);
    return yearStart > at ? yearAt(text, yearStart) : undefined;
}

/** A day number of one or two digits, optionally followed by `.` (`17.`). */
function dayAt(text: string, at: number): { end: number; value: number } | undefined {
    const day = numberAt(text, at, 2);
    if (!day || isDigit(text.charCodeAt(day.end))) return undefined;
    // `17.` is a day; `17.30` is a time.
    if (text.charCodeAt(day.end) === 46 && !isDigit(text.charCodeAt(day.end + 1))) return { end: day.end + 1, value: day.value };
    return day;
}

/** A four-digit year not followed by another digit. */
function yearAt(text: string, at: number): { end: number; value: number } | undefined {
    const year = numberAt(text, at, 4);
    return year && year.end - at === 4 && !isDigit(text.charCodeAt(year.end)) ? year : undefined;
}

/** A month word (`februari`, `Feb.`, `sept`) and where it ends, its period included. */
function monthWordAt(text: string, at: number): { end: number; value: number } | undefined {
    const end = wordEnd(text, at, 10);
    if (end === undefined) return undefined;
    const value = monthIndex(text.slice(at, end));
    if (value === undefined) return undefined;
    return { end: text.charCodeAt(end) === 46 ? end + 1 : end, value };
}

// ---------------------------------------------------------------------------------------------
// Weekdays, times and zones

/** `tisdag`, `Torsdagen`, `lördag–söndag`, `Saturday - Sunday`. */
export function readWeekdayForm(text: string, at: number): WeekdayForm | undefined {
    const first = weekdayWordAt(text, at);
    if (!first) return undefined;
    const lastStart = dashAfter(text, first.end);
    if (lastStart !== undefined) {
        const last = weekdayWordAt(text, lastStart);
        if (last) return { end: last.end, first: first.value, firstEnd: first.end, last: last.value, lastStart };
    }
    return { end: first.end, first: first.value, firstEnd: first.end };
}

function weekdayWordAt(text: string, at: number): { end: number; value: number } | undefined {
    const end = wordEnd(text, at, 12);
    if (end === undefined) return undefined;
    const value = weekdayIndex(text.slice(at, end));
    return value === undefined ? undefined : { end, value };
}

/**
 * A time at `at`: one or two digits for the hour, then `.mm`/`:mm` and/or `am`/`pm`/`a.m.`/`p.m.`
 * (with or without a space before). An hour alone (`13`) is returned too; whether it counts as
 * a time depends on what stands around it (`kl. 13`, `7–9 pm`).
 */
export function readTimeForm(text: string, at: number): TimeForm | undefined {
    const hour = numberAt(text, at, 2);
    if (!hour || isDigit(text.charCodeAt(hour.end))) return undefined;
    let end = hour.end;
    let minute: number | undefined;
    const separator = text.charCodeAt(end);
    if (separator === 46 || separator === 58) { // . :
        const m = numberAt(text, end + 1, 2);
        if (m && m.end - (end + 1) === 2 && !isDigit(text.charCodeAt(m.end))) {
            minute = m.value;
            end = m.end;
        }
    }
    const meridiem = meridiemAt(text, skipSpaces(text, end));
    if (meridiem) return { end: meridiem.end, hour: hour.value, minute, meridiem: meridiem.value };
    return isLetter(text.charCodeAt(end)) ? undefined : { end, hour: hour.value, minute }; // not `18h`
}

/** `am`, `pm`, `a.m.`, `p.m.`, `AM`, `P.M` not followed by a letter or digit. */
function meridiemAt(text: string, at: number): { end: number; value: 'am' | 'pm' } | undefined {
    const first = text.charCodeAt(at) | 32;
    if (first !== 97 && first !== 112) return undefined; // a p
    let i = at + 1;
    if (text.charCodeAt(i) === 46) i++;
    if ((text.charCodeAt(i) | 32) !== 109) return undefined; // m
    i++;
    if (text.charCodeAt(i) === 46) i++;
    if (isLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i))) return undefined;
    return { end: i, value: first === 97 ? 'am' : 'pm' };
}

/** Whether an hour number ending at `at` is followed by minutes or am/pm, i.e. is a time. */
function looksLikeTimeAfterNumber(text: string, at: number): boolean {
    const code = text.charCodeAt(at);
    if ((code === 46 || code === 58) && isDigit(text.charCodeAt(at + 1))) return true;
    return meridiemAt(text, skipSpaces(text, at)) !== undefined;
}

/** Time zone abbreviations read after a time (`15:00 UTC`, `kl. 13.00 CET`). */
const ZONES = new Set([
    'utc', 'gmt', 'cet', 'cest', 'eet', 'eest', 'bst', 'ist', 'msk',
    'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'akst', 'akdt', 'hst',
    'aest', 'aedt', 'acst', 'acdt', 'awst', 'nzst', 'nzdt', 'jst', 'kst', 'sgt', 'hkt'
]);

/** A zone after whitespace at `at`: an abbreviation, and after `UTC`/`GMT` an offset (`UTC+1`, `GMT-05:00`). */
function zoneAt(text: string, at: number): { start: number; end: number } | undefined {
    const start = skipSpaces(text, at);
    if (start === at) return undefined;
    const letters = wordEnd(text, start, 4);
    if (letters === undefined) return undefined;
    const word = text.slice(start, letters).toLowerCase();
    if (!ZONES.has(word)) return undefined;
    let end = letters;
    const sign = text.charCodeAt(end);
    if ((word === 'utc' || word === 'gmt') && (sign === 43 || sign === 45 || sign === 0x2212)) { // + - −
        const hours = numberAt(text, end + 1, 2);
        if (hours) {
            end = hours.end;
            const colon = text.charCodeAt(end) === 58 ? end + 1 : end;
            const minutes = numberAt(text, colon, 2);
            if (minutes && minutes.end - colon === 2) end = minutes.end;
        }
    }
    return isLetter(text.charCodeAt(end)) || isDigit(text.charCodeAt(end)) ? undefined : { start, end };
}

// ---------------------------------------------------------------------------------------------
// Characters

/**
 * The end of a phrase of `phrases` starting at `at` (its words separated by whitespace, any
 * case), if one stands there whole: not followed by a letter, nor by a digit unless
 * `digitMayFollow` (`kl13.00`).
 */
function phraseAt(text: string, at: number, phrases: readonly Phrase[], digitMayFollow = false): number | undefined {
    let best: number | undefined;
    for (const phrase of phrases) {
        let i = at;
        let ok = true;
        for (let w = 0; w < phrase.length && ok; w++) {
            if (w > 0) {
                const next = skipSpaces(text, i);
                ok = next > i;
                i = next;
            }
            const word = phrase[w];
            ok = ok && text.length - i >= word.length && text.slice(i, i + word.length).toLowerCase() === word
                && !isLetter(text.charCodeAt(i + word.length)) && (digitMayFollow || !isDigit(text.charCodeAt(i + word.length)));
            i += word.length;
        }
        // The longest phrase wins (`omedelbar justering` over `omedelbar`).
        if (ok && (best === undefined || i > best)) best = i;
    }
    return best;
}

/** A number of 1 to `max` digits at `at` (it may go on with more digits: callers check). */
function numberAt(text: string, at: number, max: number): { end: number; value: number } | undefined {
    let i = at;
    while (i < text.length && i - at < max && isDigit(text.charCodeAt(i))) i++;
    return i === at ? undefined : { end: i, value: Number(text.slice(at, i)) };
}

function isDigit(code: number): boolean {
    return code >= 48 && code <= 57;
}

/** Where the text after a dash (and the whitespace around it) starts, when a dash follows `at`. */
function dashAfter(text: string, at: number): number | undefined {
    const dash = skipSpaces(text, at);
    return isDash(text.charCodeAt(dash)) ? skipSpaces(text, dash + 1) : undefined;
}

function isDash(code: number): boolean {
    // - ‐ ‑ ‒ – —
    return code === 45 || (code >= 0x2010 && code <= 0x2014);
}

const LETTER = /\p{L}/u;
const SPACE = /\s/u;

function isLetter(code: number): boolean {
    if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
    return LETTER.test(String.fromCharCode(code));
}

function isSpace(code: number): boolean {
    return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(String.fromCharCode(code)));
}

/** The end of the word of letters at `at`, or undefined when there is none or it is longer than `max` (no longer word is looked up). */
function wordEnd(text: string, at: number, max: number): number | undefined {
    let i = at;
    while (i < text.length && i - at <= max && isLetter(text.charCodeAt(i))) i++;
    return i === at || i - at > max ? undefined : i;
}

function skipSpaces(text: string, at: number): number {
    let i = at;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    return i;
}

function trimmedEnd(text: string): number {
    let i = text.length;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    return i;
}

function hasDigit(text: string, start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (isDigit(text.charCodeAt(i))) return true;
    return false;
}
