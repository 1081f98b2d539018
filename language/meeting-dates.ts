/**
 * The dates and times a document states, read once from its AST for the checks, the hover and
 * the renderer: every date slot, the meeting's days and hours, the next meeting, deadlines with
 * their relative forms resolved (`nästa möte`, `imorgon`, `juni 2026`), how the minutes are
 * approved, and the end of the appeal period after `Anslag`. The text of each token is read by
 * dates.ts; nothing here looks at the document's text.
 */
import type { AstNode } from 'langium';
import {
    isAction, isApproval, isDueLine, isMeetingTime, isNextMeeting, isPosted, isRecess,
    type Approval, type DateSpec, type Document, type NextMeeting, type Posted, type Recess
} from './generated/ast.js';
import { addDays, daysBetween, readRelative, readTime, resolveRelative, type CalendarDate, type RelativeDate } from './dates.js';
import type { DateSlotKind } from './date-slot.js';
import { dateOf, dateRangeOf, meetingDate, meetingDays, meetingTime, trailerOf } from './model.js';

/** Days from `Anslag` to the end of the appeal period: three weeks (kommunallagen 13 kap. 5 §). */
export const APPEAL_DAYS = 21;

export function nextMeetingLine(doc: Document): NextMeeting | undefined {
    return trailerOf(doc, isNextMeeting);
}

export function approvalLine(doc: Document): Approval | undefined {
    return trailerOf(doc, isApproval);
}

export function postedLine(doc: Document): Posted | undefined {
    return trailerOf(doc, isPosted);
}

/** The `Ajournering`/`Recess` lines, in order. */
export function recessLines(doc: Document): Recess[] {
    return (doc.preamble as AstNode[]).filter(isRecess);
}

/** Every date slot of the document in document order: `Tid`, each `Senast`, `Nästa möte`, `Justering`, `Anslag`. */
export function* dateSlots(doc: Document): Generator<DateSpec> {
    for (const element of doc.preamble as AstNode[]) {
        const when = slotOf(element);
        if (when) yield when;
    }
    for (const item of doc.items) {
        for (const element of item.content) {
            if (!isAction(element)) continue;
            for (const field of element.fields) if (isDueLine(field) && field.when) yield field.when;
        }
    }
    for (const element of doc.trailer) {
        const when = slotOf(element);
        if (when) yield when;
    }
}

function slotOf(element: AstNode): DateSpec | undefined {
    return isMeetingTime(element) || isNextMeeting(element) || isApproval(element) || isPosted(element) ? element.when : undefined;
}

/** Which keyword a date slot follows (what it may hold: date-slot.ts). */
export function slotKind(spec: DateSpec): DateSlotKind {
    const line = spec.$container;
    return isMeetingTime(line) ? 'date' : isDueLine(line) ? 'due' : isNextMeeting(line) ? 'next' : isApproval(line) ? 'approval' : 'posted';
}

/** What a slot's RELATIVE token stands for, if it has one. */
export function relativeOf(spec: DateSpec | undefined): RelativeDate | undefined {
    return spec?.relative === undefined ? undefined : readRelative(spec.relative);
}

/** The next meeting's (first) day, when `Nästa möte` states one that exists. */
export function nextMeetingDate(doc: Document): CalendarDate | undefined {
    return dateOf(nextMeetingLine(doc)?.when);
}

/**
 * The day a deadline (`Senast`) stands for: its date, or its relative form resolved — `nästa
 * möte` the next meeting's day, `imorgon` the day after the meeting, `juni 2026` the month's
 * last day; undefined for `löpande` and when the day it depends on is not known.
 */
export function dueDate(spec: DateSpec | undefined, doc: Document): CalendarDate | undefined {
    if (!spec) return undefined;
    const relative = relativeOf(spec);
    if (!relative) return dateOf(spec);
    return resolveRelative(relative, { meeting: meetingDate(doc), nextMeeting: nextMeetingDate(doc) });
}

/**
 * How the minutes are approved (`Justering`/`Approval`): on a date (`dated`), by the body at
 * its next meeting (`vid nästa möte`), through a pull request, or at the meeting itself
 * (`omedelbart`); undefined without an approval line, or with one that says none of these.
 */
export type ApprovalMode = 'dated' | 'next-meeting' | 'pull-request' | 'immediate';

export function approvalMode(doc: Document): ApprovalMode | undefined {
    const when = approvalLine(doc)?.when;
    if (!when) return undefined;
    if (when.date !== undefined) return 'dated';
    switch (relativeOf(when)?.kind) {
        case 'next-meeting': return 'next-meeting';
        case 'pull-request': return 'pull-request';
        case 'immediately': return 'immediate';
        default: return undefined;
    }
}

/**
 * The day the minutes are approved, when it is known: the date of `Justering`, the meeting's
 * last day for `omedelbart`, the next meeting's day for `vid nästa möte`.
 */
export function approvalDate(doc: Document): CalendarDate | undefined {
    switch (approvalMode(doc)) {
        case 'dated': return dateOf(approvalLine(doc)?.when);
        case 'immediate': return meetingDays(doc)?.end;
        case 'next-meeting': return nextMeetingDate(doc);
        default: return undefined;
    }
}

/** The last day of the appeal period: three weeks after the date of `Anslag`. */
export function appealEnd(posted: Posted): CalendarDate | undefined {
    const date = dateOf(posted.when);
    return date && addDays(date, APPEAL_DAYS);
}

/** Start and end of a slot's or a recess's times in minutes after midnight (`6:30–8:45 PM`: 1110 and 1245), those that are valid. */
export interface Times {
    start?: number;
    end?: number;
}

export function timesOf(node: DateSpec | Recess | undefined): Times {
    if (!node || node.start === undefined) return {};
    return { start: readTime(node.start, node.end), end: node.end === undefined ? undefined : readTime(node.end) };
}

/** The meeting's start and end times (`Tid: … 13.00–16.10`). */
export function meetingTimes(doc: Document): Times {
    return timesOf(meetingTime(doc)?.when);
}

/** Whether a slot's date covers more than one day (`26–27 januari 2002`). */
export function isMultiDay(spec: DateSpec | undefined): boolean {
    const range = dateRangeOf(spec);
    return !!range && daysBetween(range.start, range.end) > 0;
}
