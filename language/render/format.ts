/**
 * Dates and times in words for the rendered minutes: `torsdag 6 oktober 2022, kl. 13.00–13.45`,
 * `Monday 16 March 2026, 6:30 PM–8:45 PM`, `lördag 26 januari 2002 – söndag 27 januari 2002`,
 * `nästa möte`. Times in an English document keep the form written (6:33 PM stays 6:33 PM); a
 * Swedish document's are written the Swedish way (`18.30`). A date or time that does not exist
 * is shown as written, so the reader sees what the source says while the editor reports the
 * error.
 */
import type { DateSpec } from '../generated/ast.js';
import { daysBetween, formatLongDate, formatTime, parseTime, weekdayOf, type CalendarDate } from '../dates.js';
import type { Lang } from '../keywords.js';
import { dateRangeOf, documentLanguage, propertyText, rootOf } from '../model.js';
import { relativeOf, slotKind } from '../meeting-dates.js';
import { strings } from '../../common/l10n/index.js';

/**
 * A time as the page shows it: as written in an English document (`6:33 PM`, `18:30`), the
 * Swedish way in a Swedish one (`18.30`); as written when it is no time of day. `end` is the
 * range's end time as written, from which `6:30` in `6:30–8:45 PM` takes its PM.
 */
export function formatTimeText(text: string | undefined, documentLang: Lang, end?: string): string | undefined {
    if (!text) return undefined;
    if (documentLang === 'en') return text;
    const time = parseTime(text, end);
    return time ? formatTime(time) : text;
}

/**
 * A date slot in words with its times and zone, or `undefined` when the slot is empty. With
 * `withWeekday` false the weekday is left out (deadlines in tables).
 */
export function formatWhen(spec: DateSpec | undefined, lang: Lang, withWeekday = true): string | undefined {
    if (!spec) return undefined;
    if (spec.invalid !== undefined) return spec.invalid;
    const calendar = strings(lang).calendar;
    let text: string;
    if (spec.relative !== undefined) {
        text = formatRelative(spec, lang);
    } else if (spec.date !== undefined) {
        text = formatDays(spec, lang, withWeekday);
        const documentLang = documentLanguage(rootOf(spec));
        const start = formatTimeText(spec.start, documentLang, spec.end);
        if (start) text += `, ${calendar.timeRange(start, formatTimeText(spec.end, documentLang))}`;
        if (spec.zone) text += ` ${spec.zone}`;
    } else {
        return undefined;
    }
    return spec.tentative === undefined ? text : calendar.tentative(text);
}

/** The date's days in words: one long date, or the first and the last day of a meeting over several days. */
function formatDays(spec: DateSpec, lang: Lang, withWeekday: boolean): string {
    const days = dateRangeOf(spec);
    if (!days) {
        const written = propertyText(spec, 'date') || spec.date!;
        return spec.weekday && withWeekday ? `${spec.weekday} ${written}` : written;
    }
    // The weekday is computed from the date; a wrongly written one is reported by the validator.
    if (daysBetween(days.start, days.end) === 0) return formatLongDate(days.start, lang, withWeekday);
    const parts = (date: CalendarDate) => ({ ...date, weekday: withWeekday ? weekdayOf(date) : undefined });
    return strings(lang).calendar.dateRange(parts(days.start), parts(days.end));
}

/** A relative date in words: `nästa möte`, `vid nästa möte`, `juni 2026`; a next meeting without a date as written (`ej bestämt`). */
function formatRelative(spec: DateSpec, lang: Lang): string {
    const calendar = strings(lang).calendar;
    const relative = relativeOf(spec)!;
    switch (relative.kind) {
        case 'next-meeting': return slotKind(spec) === 'approval' ? calendar.relative.atNextMeeting : calendar.relative.nextMeeting;
        case 'tomorrow': return calendar.relative.tomorrow;
        case 'ongoing': return calendar.relative.ongoing;
        case 'pull-request': return calendar.relative.pullRequest;
        case 'immediately': return calendar.relative.immediately;
        case 'month': return calendar.monthYear(relative.month, relative.year);
        case 'undecided': return spec.relative!;
    }
}
