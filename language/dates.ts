/**
 * Calendar dates and times as the minutes language writes them. Dates are plain calendar
 * days (no time zone): `2022-10-06`, `6 oktober 2022`, `12 March 2026`, `March 12, 2026`.
 */
import { strings } from '../common/l10n/index.js';
import { monthIndex, type Lang } from './keywords.js';

export interface CalendarDate {
    year: number;
    month: number;
    day: number;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;
const DAY_MONTH_YEAR = /^(\d{1,2})\.?\s+(\p{L}+\.?)\s+(\d{4})$/u;
const MONTH_DAY_YEAR = /^(\p{L}+\.?)\s+(\d{1,2}),?\s+(\d{4})$/u;

/**
 * The ISO spelling (`YYYY-MM-DD`) of a date written in any accepted form, or undefined when
 * the text is not a date at all. The result may still name a day that does not exist
 * (`2022-02-30`): see {@link parseIsoDate}.
 */
export function toIsoDate(text: string): string | undefined {
    const trimmed = text.trim();
    let m = ISO.exec(trimmed);
    if (m) return iso(+m[1], +m[2], +m[3]);
    m = DAY_MONTH_YEAR.exec(trimmed);
    if (m) {
        const month = monthIndex(m[2]);
        return month ? iso(+m[3], month, +m[1]) : undefined;
    }
    m = MONTH_DAY_YEAR.exec(trimmed);
    if (m) {
        const month = monthIndex(m[1]);
        return month ? iso(+m[3], month, +m[2]) : undefined;
    }
    return undefined;
}

function iso(year: number, month: number, day: number): string {
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar date of an ISO date string, or undefined when that day does not exist. */
export function parseIsoDate(text: string | undefined): CalendarDate | undefined {
    const m = text ? ISO.exec(text) : null;
    if (!m) return undefined;
    const date = { year: +m[1], month: +m[2], day: +m[3] };
    return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month)
        ? date : undefined;
}

export function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01; differences of these are day counts. */
export function dayNumber(date: CalendarDate): number {
    return Math.round(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

export function fromDayNumber(days: number): CalendarDate {
    const d = new Date(days * 86_400_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
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
    return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
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

/** `13.00` or `13:00`; undefined when the hour or minute is out of range. */
export function parseTime(text: string | undefined): ClockTime | undefined {
    const m = text ? /^(\d{1,2})[.:](\d{2})$/u.exec(text) : null;
    if (!m) return undefined;
    const time = { hour: +m[1], minute: +m[2] };
    // 24.00 is a valid end of day in Swedish practice.
    const valid = time.minute < 60 && (time.hour < 24 || (time.hour === 24 && time.minute === 0));
    return valid ? time : undefined;
}

export function minutesOfDay(time: ClockTime): number {
    return time.hour * 60 + time.minute;
}

/** `13.00` (Swedish and English minutes both write the dot). */
export function formatTime(time: ClockTime): string {
    return `${String(time.hour).padStart(2, '0')}.${String(time.minute).padStart(2, '0')}`;
}
