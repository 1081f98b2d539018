/**
 * Dates and times in words for the rendered minutes: `torsdag 6 oktober 2022, kl. 13.00–13.45`,
 * `Thursday 12 March 2026, 18.30–20.10`. A date or time that does not exist is shown as
 * written, so the reader sees what the source says while the editor reports the error.
 */
import type { DateSpec } from '../generated/ast.js';
import { formatLongDate, formatTime, parseIsoDate, parseTime } from '../dates.js';
import type { Lang } from '../keywords.js';
import { propertyText } from '../model.js';
import { strings } from '../../common/l10n/index.js';

function timeText(text: string | undefined): string | undefined {
    if (!text) return undefined;
    const time = parseTime(text);
    return time ? formatTime(time) : text;
}

/**
 * A date slot in words with its times, or `undefined` when the slot is empty. With
 * `withWeekday` false the weekday is left out (deadlines in tables).
 */
export function formatWhen(spec: DateSpec | undefined, lang: Lang, withWeekday = true): string | undefined {
    if (!spec) return undefined;
    if (spec.invalid !== undefined) return spec.invalid;
    if (spec.date === undefined) return undefined;
    const date = parseIsoDate(spec.date);
    let text: string;
    if (date) {
        // The weekday is computed from the date; a wrongly written one is reported by the validator.
        text = formatLongDate(date, lang, withWeekday);
    } else {
        const written = propertyText(spec, 'date') || spec.date;
        text = spec.weekday && withWeekday ? `${spec.weekday} ${written}` : written;
    }
    const start = timeText(spec.start);
    if (start) text += `, ${strings(lang).calendar.timeRange(start, timeText(spec.end))}`;
    return text;
}
