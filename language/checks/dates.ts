/**
 * The checks of dates and times (LANGUAGE.md; LANGUAGE-2.md sections 1, 3, 7 and 9): the meeting
 * has a date; every date exists and every stated weekday is its date's (both of a multi-day
 * date's); times are times of day and end after they start; a slash date is read one way and
 * says so (`date-ambiguous`); deadlines, relative ones resolved (`imorgon`, `juni 2026`), are not
 * before the meeting, and `Senast: nästa möte` has a next meeting with a date to stand for
 * (`deadline-unresolved`); a recess lies within the meeting's hours (`recess-outside-meeting`).
 * The checks of the next meeting and the approval date stay with the trailer checks in
 * minutes-validator.ts; they read their dates through meeting-dates.ts like these.
 */
import { GrammarUtils, type AstNode, type ValidationAcceptor, type ValidationCheck, type ValidationSeverity } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isMeetingTime, type DateSpec, type Document, type Recess } from '../generated/ast.js';
import type { MinutesServices } from '../minutes-module.js';
import { Code, languageFor, messagesFor, noteDiagnosticsLanguage, type DiagnosticCode, type Messages } from '../messages.js';
import { documentLanguage, keywordOf, meetingDate, meetingTime, propertyRange } from '../model.js';
import {
    dateSlots, dueDate, isMultiDay, meetingTimes, nextMeetingLine, recessLines, relativeOf, slotKind, timesOf
} from '../meeting-dates.js';
import {
    dayExists, daysBetween, daysOf, formatIsoDate, formatLongDate, readDate, readWeekdays, weekdayOf, type CalendarDate
} from '../dates.js';
import { weekdayName, type Lang } from '../keywords.js';

/** What a check needs: the document, its messages in the view's language, and where to report. */
interface Context {
    doc: Document;
    /** The view's language (weekday names in messages). */
    lang: Lang;
    /** The document's own language (how a slash date is read). */
    docLang: Lang;
    messages: Messages;
    accept: ValidationAcceptor;
}

/** The date and time checks, registered on `Document` beside the validator's (minutes-validator.ts). */
export class DateChecks {
    constructor(private readonly services: MinutesServices) { }

    /** The checks, in the order their diagnostics are wanted. */
    get checks(): Array<ValidationCheck<Document>> {
        return [this.checkDateSlots, this.checkDeadlines, this.checkRecesses];
    }

    private context(doc: Document, accept: ValidationAcceptor): Context {
        const lang = languageFor(this.services.settings.Settings, doc);
        noteDiagnosticsLanguage(doc, lang);
        const docLang = documentLanguage(doc);
        return { doc, lang, docLang, messages: messagesFor(lang, docLang), accept };
    }

    private report(ctx: Context, severity: ValidationSeverity, code: DiagnosticCode, message: string, node: AstNode, range?: Range): void {
        ctx.accept(severity, message, { node, range, code, data: { code } });
    }

    /** The meeting's date is stated; every date slot's days, weekdays and times are what they say. */
    checkDateSlots = (doc: Document, accept: ValidationAcceptor): void => {
        const ctx = this.context(doc, accept);
        const time = meetingTime(doc);
        const hasUnreadableDate = doc.preamble.some(e => isMeetingTime(e) && e.when?.invalid !== undefined);
        if (!time?.when?.date && !hasUnreadableDate) {
            const node = time ?? doc.header ?? doc;
            const range = time ? keywordOf(time)?.range : doc.header ? propertyRange(doc.header, 'title') ?? keywordOf(doc.header)?.range : undefined;
            this.report(ctx, 'error', Code.meetingDateMissing, ctx.messages.meetingDateMissing(), node, range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
        }
        for (const spec of dateSlots(doc)) {
            this.checkDate(ctx, spec);
            this.checkTimes(ctx, spec, !isMultiDay(spec));
        }
    };

    /** The days exist and are in order, a slash date says how it was read, the weekdays are the days'. */
    private checkDate(ctx: Context, spec: DateSpec): void {
        if (spec.date === undefined) return;
        const m = ctx.messages;
        const written = readDate(spec.date, ctx.docLang);
        const range = propertyRange(spec, 'date');
        if (!written) return;
        if (!dayExists(written.first) || !dayExists(written.last)) {
            this.report(ctx, 'error', Code.dateInvalid, m.dateInvalid(spec.date), spec, range);
            return;
        }
        const days = daysOf(written);
        if (!days) {
            this.report(ctx, 'error', Code.dateInvalid, m.dateRangeReversed(spec.date), spec, range);
            return;
        }
        if (written.slash) {
            this.report(ctx, 'warning', Code.dateAmbiguous,
                m.dateAmbiguous(spec.date, formatLongDate(days.start, ctx.lang, false), written.slash, formatIsoDate(days.start)), spec, range);
        }
        if (spec.weekday === undefined) return;
        const weekdays = readWeekdays(spec.weekday) ?? [];
        const weekdayRange = propertyRange(spec, 'weekday');
        // One weekday names the first day; two name the first and the last.
        weekdays.forEach((weekday, i) => {
            const day: CalendarDate = i === 0 ? days.start : days.end;
            const actual = weekdayOf(day);
            if (weekday.index === actual) return;
            const word = spec.weekday!.slice(weekday.start, weekday.end);
            this.report(ctx, 'error', Code.weekdayMismatch, m.weekdayMismatch(word, formatIsoDate(day), weekdayName(actual, ctx.lang)),
                spec, weekdayRange && within(weekdayRange, weekday.start, weekday.end));
        });
    }

    /** Each time is a time of day; on a one-day date the end comes after the start. */
    private checkTimes(ctx: Context, node: DateSpec | Recess, oneDay: boolean): void {
        const m = ctx.messages;
        const { start, end } = timesOf(node);
        if (node.start !== undefined && start === undefined) {
            this.report(ctx, 'error', Code.dateInvalid, m.timeInvalid(node.start), node, propertyRange(node, 'start'));
        }
        if (node.end !== undefined && end === undefined) {
            this.report(ctx, 'error', Code.dateInvalid, m.timeInvalid(node.end), node, propertyRange(node, 'end'));
        }
        if (oneDay && start !== undefined && end !== undefined && end <= start) {
            this.report(ctx, 'error', Code.timeOrder, m.timeOrder(node.start!, node.end!), node, propertyRange(node, 'end'));
        }
    }

    /** Deadlines: not before the meeting (relative ones resolved); `nästa möte` needs a next meeting with a date. */
    checkDeadlines = (doc: Document, accept: ValidationAcceptor): void => {
        const ctx = this.context(doc, accept);
        const m = ctx.messages;
        const meeting = meetingDate(doc);
        for (const spec of dateSlots(doc)) {
            if (slotKind(spec) !== 'due') continue;
            const relative = relativeOf(spec);
            if (relative?.kind === 'next-meeting') {
                // The next meeting's own date is checked against the meeting there (next-meeting-not-after).
                const next = nextMeetingLine(doc);
                if (!next || next.when === undefined || next.when.relative !== undefined) {
                    this.report(ctx, 'warning', Code.deadlineUnresolved, m.deadlineUnresolved(spec.relative!, !next), spec, propertyRange(spec, 'relative'));
                }
                continue;
            }
            const due = dueDate(spec, doc);
            if (!meeting || !due || daysBetween(meeting, due) >= 0) continue;
            if (relative) {
                this.report(ctx, 'error', Code.deadlineBeforeMeeting,
                    m.relativeDeadlineBeforeMeeting(spec.relative!, formatIsoDate(due), formatIsoDate(meeting)), spec, propertyRange(spec, 'relative'));
            } else {
                this.report(ctx, 'error', Code.deadlineBeforeMeeting, m.deadlineBeforeMeeting(formatIsoDate(due), formatIsoDate(meeting)),
                    spec, propertyRange(spec, 'date'));
            }
        }
    };

    /** Each recess's times are times of day, in order, and within the meeting's start and end when both are stated. */
    checkRecesses = (doc: Document, accept: ValidationAcceptor): void => {
        const ctx = this.context(doc, accept);
        const meeting = meetingTimes(doc);
        const when = meetingTime(doc)?.when;
        for (const recess of recessLines(doc)) {
            this.checkTimes(ctx, recess, true);
            // Only a meeting with a start and a later end (time-order reports one that ends before it starts).
            if (!when || meeting.start === undefined || meeting.end === undefined || meeting.end <= meeting.start) continue;
            const { start, end } = timesOf(recess);
            if (start === undefined || (recess.end !== undefined && end === undefined)) continue;
            // Bounds are inclusive; a recess partly outside the meeting is outside it.
            const last = end ?? start;
            if (start >= meeting.start && last <= meeting.end) continue;
            const written = writtenSpan(recess);
            this.report(ctx, 'warning', Code.recessOutsideMeeting, ctx.messages.recessOutsideMeeting(written.text, writtenSpan(when).text),
                recess, written.range);
        }
    };
}

/** The part of a one-line range from `start` to `end` characters after its start. */
function within(range: Range, start: number, end: number): Range {
    const line = range.start.line;
    return { start: { line, character: range.start.character + start }, end: { line, character: range.start.character + end } };
}

/** The times of a slot or a recess as written, from the start time to the end time (`14.30–14.45`), and their range. */
function writtenSpan(node: DateSpec | Recess): { text: string; range?: Range } {
    const first = GrammarUtils.findNodeForProperty(node.$cstNode, 'start');
    const last = GrammarUtils.findNodeForProperty(node.$cstNode, 'end') ?? first;
    if (!first || !last) return { text: '' };
    return { text: first.root.fullText.slice(first.offset, last.end), range: { start: first.range.start, end: last.range.end } };
}
