/**
 * Scanning a date slot: the value after `Tid:`, `Senast:`, `Nästa möte:`, `Justering:` or
 * `Anslag:`, split into its parts as the grammar's DateSpec takes them. This version reads the
 * first edition's forms (`[weekday] [den] date [kl.] [start[–end]] [, place]`); the dates work
 * of the second edition replaces it with the same signature.
 */
import { weekdayIndex } from './keywords.js';
import { toIsoDate } from './dates.js';

export type DateSpanType = 'TENTATIVE' | 'WEEKDAY' | 'DATE' | 'TIME' | 'ZONE' | 'RELATIVE' | 'TEXT';
export interface DateSpan { type: DateSpanType; start: number; end: number }
export type DateSlotKind = 'date' | 'due' | 'next' | 'approval' | 'posted';

/**
 * A date slot: `[weekday] [den] date [kl.] [start[–end]] [, place]`. The date is ISO or a
 * long form (`6 oktober 2022`, `12 March 2026`, `March 12, 2026`).
 *
 * Linear in the length of the value (bench/linear.ts checks it): quantifiers that meet are
 * over disjoint characters (letters, digits, whitespace), so a failed branch fails at its
 * first character. The place is `\S(?:.*\S)?` rather than the lazy `\S.*?` before `\s*$`:
 * the lazy form tried the trailing `\s*$` at every character of the place, which is
 * quadratic in a run of spaces inside it (`2026-06-20, a<200,000 spaces>b` took 20 s).
 */
export const DATE_SLOT = new RegExp(
    '^(?:(?<weekday>\\p{L}+)\\.?,?\\s+)?(?:den\\s+)?' +
    '(?<date>\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\.?\\s+\\p{L}+\\.?\\s+\\d{4}|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4})' +
    '(?:,?\\s*(?:(?:kl\\.?|klockan|at)\\s*)?(?<start>\\d{1,2}[.:]\\d{2})(?:\\s*[-–—]\\s*(?<end>\\d{1,2}[.:]\\d{2}))?)?' +
    '(?:\\s*,\\s*(?<place>\\S(?:.*\\S)?))?\\s*$', 'iud');

const PART_TYPES = [['weekday', 'WEEKDAY'], ['date', 'DATE'], ['start', 'TIME'], ['end', 'TIME'], ['place', 'TEXT']] as const;

/** The spans of a date slot in grammar order (TEXT = the place), or undefined when the value is no date form. */
export function scanDateSlot(value: string, kind: DateSlotKind, _lang: 'sv' | 'en' | undefined): DateSpan[] | undefined {
    const m = DATE_SLOT.exec(value);
    const groups = m?.groups;
    const indices = m?.indices?.groups;
    const placeAllowed = kind === 'next' || kind === 'approval' || kind === 'posted';
    const valid = groups && indices
        && (groups.weekday === undefined || weekdayIndex(groups.weekday) !== undefined)
        && toIsoDate(groups.date) !== undefined
        && (placeAllowed || groups.place === undefined);
    if (!valid) return undefined;
    const spans: DateSpan[] = [];
    for (const [part, type] of PART_TYPES) {
        const range = indices[part];
        if (range) spans.push({ type, start: range[0], end: range[1] });
    }
    return spans;
}
