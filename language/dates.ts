/**
 * Calendar dates and times as the minutes language writes them, read from the tokens of a date
 * slot (date-slot.ts decides their shape; this file says what they mean): a DATE token's first
 * and last day (`2022-10-06`, `6 oktober 2022`, `March 12, 2026`, `26–27 januari 2002`,
 * `3/11/2021` read by the document's language), a WEEKDAY token's one or two weekdays, a TIME
 * token's minutes of the day (`18.30`, `6:33 PM`, and `6:30` in `6:30–8:45 PM`), a RELATIVE
 * token's tagged value (`nästa möte`, `imorgon`, `juni 2026`, `vid nästa möte`, …). Dates are
 * plain calendar days (no time zone).
 */
import { strings } from '../common/l10n/index.js';
import type { Lang } from './keywords.js';
import {
    readDateForm, readRelativeForm, readTimeForm, readWeekdayForm, type DayParts, type RelativeTag, type TimeForm
} from './date-slot.js';

export interface CalendarDate {
    year: number;
    month: number;
    day: number;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;

/** How a slash date (`3/11/2021`) was read: day/month in a Swedish document, month/day in an English one. */
export type SlashReading = 'day-month' | 'month-day';

/** A DATE token read as written: its first and last day (the same for one day), which may not exist (`2022-02-30`). */
export interface WrittenDate {
    first: DayParts;
    last: DayParts;
    /** Set when the date was written with slashes. */
    slash?: SlashReading;
}

/** The text of a DATE token read in a document of language `lang`, or undefined when it is no date form. */
export function readDate(text: string, lang: Lang): WrittenDate | undefined {
    const form = readDateForm(text, 0);
    if (!form || text.slice(form.end).trim() !== '') return undefined;
    if (!form.slash) return { first: form.first, last: form.last };
    if (lang === 'en') return { first: form.first, last: form.last, slash: 'month-day' };
    const swap = (d: DayParts): DayParts => ({ year: d.year, month: d.day, day: d.month });
    return { first: swap(form.first), last: swap(form.last), slash: 'day-month' };
}

/** The days a date covers: from `start` to `end` inclusive (the same day for a one-day date). */
export interface DateRange {
    start: CalendarDate;
    end: CalendarDate;
}

/** The days of a DATE token, or undefined when it is no date, names a day that does not exist, or ends before it starts. */
export function readDateRange(text: string, lang: Lang): DateRange | undefined {
    const written = readDate(text, lang);
    return written && daysOf(written);
}

/** The days of a date as written, or undefined when one of them does not exist or the last is before the first. */
export function daysOf(written: WrittenDate): DateRange | undefined {
    const { first, last } = written;
    if (!dayExists(first) || !dayExists(last) || daysBetween(first, last) < 0) return undefined;
    return { start: first, end: last };
}

/** Whether a day as written is in the calendar. */
export function dayExists(date: DayParts): boolean {
    return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

/** A weekday as written in a WEEKDAY token: its ISO index (0 = Monday) and where its word stands in the token's text. */
export interface WrittenWeekday {
    index: number;
    start: number;
    end: number;
}

/** A WEEKDAY token's weekday, or its two (`lördag–söndag`): one for the first day, one for the last. */
export function readWeekdays(text: string): WrittenWeekday[] | undefined {
    const form = readWeekdayForm(text, 0);
    if (!form || text.slice(form.end).trim() !== '') return undefined;
    const first = { index: form.first, start: 0, end: form.firstEnd };
    return form.last === undefined ? [first] : [first, { index: form.last, start: form.lastStart!, end: form.end }];
}

/** The written time alone (`6:33 PM`, `18.30`, `13`), or undefined. */
function timeForm(text: string): TimeForm | undefined {
    const form = readTimeForm(text, 0);
    return form && text.slice(form.end).trim() === '' ? form : undefined;
}

function toMinutes(hour: number, minute: number, meridiem: 'am' | 'pm' | undefined): number | undefined {
    if (minute < 0 || minute > 59) return undefined;
    if (meridiem) return hour >= 1 && hour <= 12 ? ((hour % 12) + (meridiem === 'pm' ? 12 : 0)) * 60 + minute : undefined;
    // 24.00 is a valid end of day in Swedish practice.
    return hour < 24 || (hour === 24 && minute === 0) ? hour * 60 + minute : undefined;
}

/**
 * A TIME token's minutes after midnight, or undefined when it is no time of day (`25.00`,
 * `13:00 PM`). `end` is the text of the range's end time: a start without am/pm takes the
 * end's (`6:30–8:45 PM` starts at 18.30), unless that puts it after the end (`11:30–1:00 PM`
 * starts at 11.30).
 */
export function readTime(text: string, end?: string): number | undefined {
    const form = timeForm(text);
    if (!form) return undefined;
    const endForm = end === undefined || form.meridiem ? undefined : timeForm(end);
    if (!endForm?.meridiem || form.hour < 1 || form.hour > 12) return toMinutes(form.hour, form.minute ?? 0, form.meridiem);
    const same = toMinutes(form.hour, form.minute ?? 0, endForm.meridiem);
    const endMinutes = toMinutes(endForm.hour, endForm.minute ?? 0, endForm.meridiem);
    if (same === undefined || endMinutes === undefined || same <= endMinutes) return same;
    return toMinutes(form.hour, form.minute ?? 0, endForm.meridiem === 'pm' ? 'am' : 'pm');
}

/** What a RELATIVE token stands for. */
export type RelativeDate =
    | { kind: Exclude<RelativeTag, 'month'> }
    | { kind: 'month'; year: number; month: number };

/**
 * A RELATIVE token's value. Any other text there (`Nästa möte: i maj, se kallelsen`) is a
 * next meeting without a date: `undecided`.
 */
export function readRelative(text: string): RelativeDate {
    const form = readRelativeForm(text, 0);
    const rest = form && text.slice(form.end).trim();
    if (!form || (rest !== '' && rest !== '.')) return { kind: 'undecided' };
    return form.tag === 'month' && form.month ? { kind: 'month', ...form.month } : { kind: form.tag as Exclude<RelativeTag, 'month'> };
}

/** What a relative date resolves against: the meeting's (first) day and the next meeting's. */
export interface RelativeContext {
    meeting?: CalendarDate;
    nextMeeting?: CalendarDate;
}

/**
 * The day a relative deadline stands for: `nästa möte` the next meeting's day, `imorgon` the day
 * after the meeting, a month its last day; undefined for `löpande` and when the day it depends
 * on is unknown.
 */
export function resolveRelative(relative: RelativeDate, context: RelativeContext): CalendarDate | undefined {
    switch (relative.kind) {
        case 'next-meeting': return context.nextMeeting;
        case 'tomorrow': return context.meeting && addDays(context.meeting, 1);
        case 'month': return { year: relative.year, month: relative.month, day: daysInMonth(relative.year, relative.month) };
        default: return undefined;
    }
}

/**
 * The ISO spelling (`YYYY-MM-DD`) of the first day of a date written in any accepted form, or
 * undefined when the text is not a date at all. The result may still name a day that does not
 * exist (`2022-02-30`): see {@link parseIsoDate}.
 */
export function toIsoDate(text: string, lang: Lang = 'sv'): string | undefined {
    const written = readDate(text.trim(), lang);
    return written && iso(written.first.year, written.first.month, written.first.day);
}

function iso(year: number, month: number, day: number): string {
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar date of an ISO date string, or undefined when that day does not exist. */
export function parseIsoDate(text: string | undefined): CalendarDate | undefined {
    const m = text ? ISO.exec(text) : null;
    if (!m) return undefined;
    const date = { year: +m[1], month: +m[2], day: +m[3] };
    return dayExists(date) ? date : undefined;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
    return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

/**
 * Days since 1970-01-01; differences of these are day counts. Computed in the proleptic
 * Gregorian calendar by arithmetic (Howard Hinnant's days_from_civil): JavaScript's Date reads
 * the years 0–99 as 1900–1999.
 */
export function dayNumber(date: CalendarDate): number {
    const y = date.year - (date.month <= 2 ? 1 : 0);
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * ((date.month + 9) % 12) + 2) / 5) + date.day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date `days` days after 1970-01-01 (the inverse of {@link dayNumber}). */
export function fromDayNumber(days: number): CalendarDate {
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const mp = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
    return fromDayNumber(dayNumber(date) + days);
}

/** `later - earlier` in days. */
export function daysBetween(earlier: CalendarDate, later: CalendarDate): number {
    return dayNumber(later) - dayNumber(earlier);
}

/** ISO weekday index, 0 = Monday. */
export function weekdayOf(date: CalendarDate): number {
    // 1970-01-01 was a Thursday (3).
    return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

export function formatIsoDate(date: CalendarDate): string {
    return iso(date.year, date.month, date.day);
}

/**
 * `torsdag 6 oktober 2022` / `Thursday 6 October 2022`: the catalog's one long date, used by
 * the page, the hover and the messages alike.
 */
export function formatLongDate(date: CalendarDate, lang: Lang, withWeekday = true): string {
    return strings(lang).calendar.longDate({ ...date, weekday: withWeekday ? weekdayOf(date) : undefined });
}

/** The calendar date of a JavaScript Date in local time (for "today"). */
export function calendarDateOf(date: Date): CalendarDate {
    return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export interface ClockTime {
    hour: number;
    minute: number;
}

/** A TIME token as hour and minute (see {@link readTime}, `end` likewise); undefined when it is no time of day. */
export function parseTime(text: string | undefined, end?: string): ClockTime | undefined {
    const minutes = text === undefined ? undefined : readTime(text, end);
    return minutes === undefined ? undefined : { hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

export function minutesOfDay(time: ClockTime): number {
    return time.hour * 60 + time.minute;
}

/** `13.00`: the 24-hour form, with the dot Swedish minutes write. */
export function formatTime(time: ClockTime): string {
    return `${String(time.hour).padStart(2, '0')}.${String(time.minute).padStart(2, '0')}`;
}
