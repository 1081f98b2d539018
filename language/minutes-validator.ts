/**
 * Validation of minutes: every rule in the diagnostics table of the language design, each
 * reported with its stable code on the precise range of the offending name, date or keyword.
 */
import { AstUtils, type AstNode, type ValidationAcceptor, type ValidationSeverity } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import {
    isAction, isDecision, isDueLine, isMisplaced, 
    isAttendanceList, isAttachment, isOwnerLine, 
    type Action, type Document, type Misplaced
} from './generated/ast.js';
import type { MinutesServices } from './minutes-module.js';
import { Code, languageFor, messagesFor, noteDiagnosticsLanguage, type DiagnosticCode, type Messages, type Misplacement } from './messages.js';
import {
    dateOf, documentLanguage, isAbsent, itemNumbers, keywordOf, meetingDate, meetingDays, 
    propertyRange, referenceRange, roleLines, roleNames
} from './model.js';
import { daysBetween, formatIsoDate, type CalendarDate } from './dates.js';
import { approvalLine, dateSlots, nextMeetingLine, slotKind } from './meeting-dates.js';
import { DateChecks } from './checks/dates.js';
import { sectionOf, type KeywordId, type Section } from './keywords.js';
import { lineModelOf, type Line, type LineModel } from './line-model.js';
import type { DocumentChecks } from './minutes-validation-registry.js';
import { adjusterSeverity, ruleSeverity } from './rule-sets.js';
import { ruleSetChecks } from './checks/rules.js';
import { recordChecks } from './checks/record.js';
import { SyntaxChecks } from './checks/syntax.js';
import { registerPersonChecks } from './checks/persons.js';
import { registerSeriesLineChecks } from './checks/series-lines.js';
import { identityChecks } from './checks/identity.js';

/** Registers the language's checks, all on `Document` (minutes-validation-registry.ts says why). */
export function registerValidationChecks(services: MinutesServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.MinutesValidator;
    const checks: DocumentChecks = {
        Document: [
            validator.checkStructure,
            ...new DateChecks(services).checks,
            validator.checkRoles,
            validator.checkItems,
            validator.checkActionsAndDecisions,
            validator.checkTrailer,
            new SyntaxChecks(services).check,
            ...ruleSetChecks(services),
            ...recordChecks(services),
            ...identityChecks(services)
        ],
    };
    registry.register(checks, validator);
    registerPersonChecks(services);
    registerSeriesLineChecks(services);
}

/** What a check needs to know about the document and the reader. */
interface Context {
    doc: Document;
    messages: Messages;
    meeting?: CalendarDate;
    accept: ValidationAcceptor;
}

/** The validation checks of the minutes language (see the diagnostics table in the README). */
export class MinutesValidator {
    constructor(private readonly services: MinutesServices) { }

    private context(doc: Document, accept: ValidationAcceptor): Context {
        const lang = languageFor(this.services.settings.Settings, doc);
        noteDiagnosticsLanguage(doc, lang);
        return {
            doc,
            messages: messagesFor(lang, documentLanguage(doc)),
            meeting: meetingDate(doc),
            accept
        };
    }

    private report(ctx: Context, severity: ValidationSeverity, code: DiagnosticCode, message: string, node: AstNode, range?: Range): void {
        ctx.accept(severity, message, { node, range, code, data: { code } });
    }

    /** Header line, misplaced keyword lines, fields given twice, unreadable values. */
    checkStructure = (doc: Document, accept: ValidationAcceptor): void => {
        const ctx = this.context(doc, accept);
        const m = ctx.messages;
        if (!doc.header) {
            const first = doc.preamble[0] ?? doc.items[0] ?? doc.trailer[0];
            const range = first?.$cstNode ? lineRangeOf(first.$cstNode.range) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            this.report(ctx, 'error', Code.syntax, m.missingHeader(), doc, range);
        }
        const lines = lineModelOf(AstUtils.getDocument(doc));
        for (const element of doc.preamble) {
            if (isAttendanceList(element)) {
                if (element.invalid !== undefined) {
                    this.report(ctx, 'error', Code.syntax, m.personListInline(keywordOf(element)!.text), element, propertyRange(element, 'invalid'));
                }
                for (const person of element.persons) {
                    if (!person.name) this.report(ctx, 'error', Code.syntax, m.personWithoutName(), person);
                }
            }
        }
        // A field given twice: once in the header (trailer lines count there too) and once in the trailer.
        const seen = new Set<KeywordId>();
        for (const element of [...doc.preamble, ...doc.trailer]) {
            const keyword = lines && keywordLineOf(lines, element);
            if (!keyword?.keyword || REPEATABLE.has(keyword.keyword)) continue;
            if (seen.has(keyword.keyword)) {
                const written = keywordOf(element)!;
                this.report(ctx, 'error', Code.syntax, m.duplicateField(written.text), element, written.range);
            }
            seen.add(keyword.keyword);
        }
        for (const misplaced of AstIterate.misplaced(doc)) {
            this.reportMisplaced(ctx, misplaced, lines);
        }
        for (const spec of dateSlots(doc)) {
            if (spec.invalid !== undefined) {
                const keyword = keywordOf(spec.$container)!;
                this.report(ctx, 'error', Code.syntax, m.invalidDateSlot(keyword.text, spec.invalid, slotKind(spec)), spec, propertyRange(spec, 'invalid'));
            }
        }
    };

    private reportMisplaced(ctx: Context, misplaced: Misplaced, lines: LineModel | undefined): void {
        const keyword = keywordOf(misplaced)!;
        const line = lines && keywordLineOf(lines, misplaced);
        if (!line?.keyword) return;
        const where = misplacement(line.keyword, line.section, ctx.doc.trailer.length > 0 && isAfterTrailer(ctx.doc, misplaced));
        this.report(ctx, 'error', Code.syntax, ctx.messages.misplaced(keyword.text, where), misplaced, keyword.range);
    }

    /** Chair, secretary and adjusters: present, not doubling up, the right number of names. */
    checkRoles = (doc: Document, accept: ValidationAcceptor): void => {
        const ctx = this.context(doc, accept);
        const m = ctx.messages;
        const { chair, secretary, adjuster } = roleLines(doc);
        // Several chairs may share a meeting (each with the items they chaired); one to three adjusters (LANGUAGE-2.md, section 2).
        for (const [line, max] of [[chair, Infinity], [secretary, 1], [adjuster, 3]] as const) {
            if (!line) continue;
            const keyword = keywordOf(line)!;
            const names = roleNames(line);
            if (names.length === 0 && line !== adjuster) {
                this.report(ctx, 'error', Code.syntax, m.emptyRole(keyword.text), line, keyword.range);
            }
            for (let i = max; i < names.length; i++) {
                this.report(ctx, 'error', Code.syntax, m.tooManyNames(keyword.text, max), line, referenceRange(names[i]));
            }
        }
        const chairRef = chair ? roleNames(chair)[0] : undefined;
        const chairPerson = chairRef?.ref;
        const secretaryPerson = secretary?.names[0]?.ref;
        if (secretary && secretaryPerson && isAbsent(secretaryPerson)) {
            this.report(ctx, 'error', Code.secretaryNotPresent, m.secretaryNotPresent(secretary.names[0].$refText), secretary, referenceRange(secretary.names[0]));
        }
        if (!adjuster || adjuster.names.length === 0) {
            // Whether, and how severely, follows the rule set (rule-sets.ts).
            const severity = adjusterSeverity(doc);
            if (!severity) return;
            const node = adjuster ?? doc.header ?? doc;
            const range = adjuster ? keywordOf(adjuster)?.range : doc.header ? keywordOf(doc.header)?.range : undefined;
            this.report(ctx, severity, Code.adjusterMissing, m.adjusterMissing(severity === 'error'), node,
                range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
            return;
        }
        for (const ref of adjuster.names.slice(0, 2)) {
            const person = ref.ref;
            if (!person) continue;
            const range = referenceRange(ref);
            if (isAbsent(person)) {
                this.report(ctx, 'error', Code.adjusterNotPresent, m.adjusterNotPresent(ref.$refText), adjuster, range);
            }
            if (person === secretaryPerson) {
                this.report(ctx, 'error', Code.adjusterIsSecretary, m.adjusterIsSecretary(ref.$refText), adjuster, range);
            }
            if (person === chairPerson) {
                this.report(ctx, 'warning', Code.adjusterIsChair, m.adjusterIsChair(ref.$refText), adjuster, range);
            }
        }
    };

    /** Item numbers: no duplicates, no gaps. */
    checkItems = (doc: Document, accept: ValidationAcceptor): void => {
        const ctx = this.context(doc, accept);
        const numbers = itemNumbers(doc);
        // Sub-items (`5.1`) are numbered within their item: 5, 5.1, 5.2, 6 are consecutive (LANGUAGE-2.md, section 3).
        const seen = new Set<string>();
        let previousMain: number | undefined;
        doc.items.forEach((item, i) => {
            const number = numbers[i];
            const sub = item.number?.includes('.') ?? false;
            const key = sub ? item.number!.split('.').map(part => String(Number(part))).join('.') : String(number);
            // Looked up only when reported: a CST search per item is a noticeable share of validation.
            const range = (): Range | undefined => propertyRange(item, 'number') ?? keywordOf(item)?.range;
            if (seen.has(key)) {
                this.report(ctx, 'error', Code.itemNumberDuplicate, ctx.messages.itemNumberDuplicate(number), item, range());
            } else if (!sub && previousMain !== undefined && number - previousMain > 1) {
                this.report(ctx, 'warning', Code.itemNumberGap, ctx.messages.itemNumberGap(previousMain, number), item, range());
            }
            seen.add(key);
            if (!sub) previousMain = number;
        });
    };

    /** Decisions with text; actions with an owner, a single owner line and a deadline after the meeting. */
    checkActionsAndDecisions = (doc: Document, accept: ValidationAcceptor): void => {
        const ctx = this.context(doc, accept);
        const m = ctx.messages;
        for (const item of doc.items) {
            for (const element of item.content) {
                // Att-clauses are the decision's text (LANGUAGE-2.md, section 3).
                if (isDecision(element) && element.text.length === 0 && element.clauses.length === 0) {
                    const keyword = keywordOf(element)!;
                    this.report(ctx, 'error', Code.decisionEmpty, m.decisionEmpty(keyword.text), element, keyword.range);
                } else if (isAction(element)) {
                    this.checkAction(ctx, element);
                }
            }
        }
    };

    private checkAction(ctx: Context, action: Action): void {
        const m = ctx.messages;
        const owners = action.fields.filter(isOwnerLine);
        const dues = action.fields.filter(isDueLine);
        for (const duplicate of [...owners.slice(1), ...dues.slice(1)]) {
            const keyword = keywordOf(duplicate)!;
            this.report(ctx, 'error', Code.syntax, m.duplicateField(keyword.text), duplicate, keyword.range);
        }
        if (!owners.some(owner => owner.names.length > 0)) {
            const keyword = keywordOf(action)!;
            this.report(ctx, 'warning', Code.actionOwnerMissing, m.actionOwnerMissing(keyword.text), action, keyword.range);
        }
    }

    /** Next meeting after this one; approval on or after the meeting and within the deadline. */
    checkTrailer = (doc: Document, accept: ValidationAcceptor): void => {
        const ctx = this.context(doc, accept);
        const m = ctx.messages;
        const meeting = ctx.meeting;
        const lastDay = meetingDays(doc)?.end;
        if (!meeting || !lastDay) return;
        // A meeting over several days is followed by the next one after its last day, and approved within the deadline from it.
        const next = nextMeetingLine(doc)?.when;
        const nextDate = dateOf(next);
        if (next && nextDate && daysBetween(lastDay, nextDate) <= 0) {
            this.report(ctx, 'error', Code.nextMeetingNotAfter, m.nextMeetingNotAfter(formatIsoDate(nextDate), formatIsoDate(lastDay)),
                next, propertyRange(next, 'date'));
        }
        // An approval `vid nästa möte` or `genom pull request` has no date to check here.
        const approval = approvalLine(doc)?.when;
        const approvalDate = dateOf(approval);
        if (approval && approvalDate) {
            const days = daysBetween(lastDay, approvalDate);
            const limit = this.services.settings.Settings.approvalDays;
            if (daysBetween(meeting, approvalDate) < 0) {
                this.report(ctx, 'error', Code.approvalBeforeMeeting, m.approvalBeforeMeeting(formatIsoDate(approvalDate), formatIsoDate(meeting)),
                    approval, propertyRange(approval, 'date'));
            } else if (days > limit) {
                const severity = ruleSeverity('approval-too-late', doc);
                if (severity) this.report(ctx, severity, Code.approvalTooLate, m.approvalTooLate(days, limit), approval, propertyRange(approval, 'date'));
            }
        }
    };
}

/** Walks of the document that several checks share. */
const AstIterate = {
    *misplaced(doc: Document): Generator<Misplaced> {
        for (const element of [...doc.preamble, ...doc.trailer]) {
            if (isMisplaced(element)) yield element;
            else if ('notes' in element) for (const note of element.notes) if (isMisplaced(note)) yield note;
        }
        for (const item of doc.items) {
            for (const element of item.content) {
                if (isMisplaced(element)) yield element;
                else if (isAttachment(element)) yield* element.content.filter(isMisplaced);
            }
        }
        for (const attachment of doc.attachments) yield* attachment.content.filter(isMisplaced);
    }
};

/** Header lines that may stand more than once: attendance groups (`Deltagare` twice is one list in two parts) and recesses. */
const REPEATABLE = new Set<KeywordId>(['present', 'voting', 'serving', 'substitutes', 'others', 'absent', 'recess']);

/** The line model's line where a node starts. */
function keywordLineOf(lines: LineModel, node: AstNode): Line | undefined {
    const offset = node.$cstNode?.offset;
    return offset === undefined ? undefined : lines.line(lines.lineAt(offset));
}

/** Where a misplaced keyword belongs, for its message. */
function misplacement(id: KeywordId, section: Section, afterTrailer: boolean): Misplacement {
    const placement = sectionOf(id);
    switch (placement) {
        case 'first-line': case 'header': case 'action-field': case 'motion-field':
            return placement;
        case 'trailer':
            return section === 'header' ? 'before-items' : 'between-items';
        default:
            return afterTrailer || section === 'trailer' ? 'after-trailer' : section === 'header' ? 'inside-item' : 'inside-attachment';
    }
}

function isAfterTrailer(doc: Document, node: AstNode): boolean {
    const first = doc.trailer[0]?.$cstNode;
    return !!first && !!node.$cstNode && node.$cstNode.offset > first.offset;
}

function lineRangeOf(range: Range): Range {
    return { start: range.start, end: { line: range.start.line, character: range.end.line === range.start.line ? range.end.character : range.start.character } };
}

