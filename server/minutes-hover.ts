/**
 * Hover for minutes: on a person (declaration, short form or any reference) who they are, the
 * groups they were in and for which items, their roles, whom they serve for or are replaced by,
 * and the actions they own; on a group its actions; on a date its weekday in words and how far
 * it lies from the meeting (both days of a meeting over two, how a slash date was read, the end
 * of the appeal period after `Anslag`); on a relative date (`nästa möte`, `imorgon`, `juni 2026`)
 * the day it stands for. In the document's view language (languageFor: the document's own
 * language unless the reader forced one).
 */
import { CstUtils, type LangiumDocument, type LeafCstNode } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isDateSpec, isDueLine, isItem, isOwnerLine, isPosted, isRulesLine, isTellersLine, type DateSpec, type Document, type Group, type Person
} from '../language/generated/ast.js';
import { attendance, attendanceGroup } from '../language/attendance.js';
import { nameTargetAt, personNames } from '../language/references.js';
import { daysBetween, formatLongDate, readDate, weekdayOf, type CalendarDate } from '../language/dates.js';
import {
    dateRangeOf, documentLanguage, itemNumbers, joinLines, meetingDate, personInfo, roleLines
} from '../language/model.js';
import { appealEnd, approvalDate, dueDate, relativeOf, slotKind } from '../language/meeting-dates.js';
import { formatWhen } from '../language/render/format.js';
import type { MinutesSettings } from '../language/minutes-module.js';
import type { Lang } from '../language/keywords.js';
import { clampPosition, shorten } from './document-lines.js';
import { strings, type EditorText } from '../common/l10n/index.js';
import { languageFor } from '../language/messages.js';
import { escapeMarkdown as escape } from './markdown.js';
import { itemHover, rulesHover, votesCast } from './rights-hover.js';
import { itemRecord } from '../language/item-record.js';

/** Longest action text shown in a person's hover before it is cut with an ellipsis. */
const ACTION_SUMMARY_LENGTH = 70;

export class MinutesHoverProvider implements HoverProvider {
    constructor(private readonly services: { settings: { Settings: MinutesSettings } }) { }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(clampPosition(document.textDocument, params.position));
        // At the very end of a token the cursor still points at it.
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeAtOffset(root, offset - 1);
        if (!leaf || leaf.hidden) return undefined;
        const doc = document.parseResult.value as Document;
        const lang = languageFor(this.services.settings.Settings, doc);
        const ui = strings(lang).editor;
        switch (leaf.tokenType.name) {
            case 'NAME': case 'SHORT': {
                const target = nameTargetAt(doc, leaf);
                if (target?.kind === 'group') return markdown(groupHover(doc, target.group, ui), leaf);
                return target && markdown(personHover({ doc, person: target.person, ui, lang }), leaf);
            }
            case 'DATE': case 'WEEKDAY': case 'RELATIVE': {
                const spec = leaf.astNode;
                return isDateSpec(spec) ? markdown(dateHover(doc, spec, lang), leaf) : undefined;
            }
            case 'K_ITEM': case 'ITEM_NUMBER':
                return isItem(leaf.astNode) ? markdown(itemHover(doc, leaf.astNode, lang), leaf) : undefined;
            case 'K_RULES':
                return markdown(rulesHover(doc, lang), leaf);
            case 'K_POSTED': {
                // On `Anslag` itself, as on its date: the date and the end of the appeal period.
                const posted = leaf.astNode;
                return isPosted(posted) && posted.when ? markdown(dateHover(doc, posted.when, lang), leaf) : undefined;
            }
            case 'TEXT':
                return isRulesLine(leaf.astNode) ? markdown(rulesHover(doc, lang), leaf) : undefined;
            default:
                return undefined;
        }
    }
}

function markdown(value: string | undefined, leaf: LeafCstNode): Hover | undefined {
    return value === undefined ? undefined : { contents: { kind: 'markdown', value }, range: leaf.range };
}

/** What a section of a person's hover is given. */
export interface PersonHoverContext {
    doc: Document;
    /** The person references resolve to (the first declaration of their name). */
    person: Person;
    ui: EditorText;
    /** The view's language. */
    lang: Lang;
}

/** One section of a person's hover: its lines of Markdown (none: the section is left out). */
export type PersonHoverSection = (context: PersonHoverContext) => string[];

/**
 * The sections of a person's hover, in order, separated by blank lines: who they are, where
 * they were and in what role, whom they replace or are replaced by, and the actions they own.
 * A section about the person's votes (decision-rights.ts) goes after the substitutions.
 */
const PERSON_SECTIONS: readonly PersonHoverSection[] = [identity, presence, substitutions, votesCast, ownedActions];

/** `**Bo Eliasson** (V), Socialkontoret`: the name, the short form and the free text as written. */
function identity({ person, doc }: PersonHoverContext): string[] {
    const declarations = personNames(doc).declarationsOf(person);
    const short = declarations.find(p => p.short !== undefined)?.short;
    const info = declarations.map(personInfo).find(text => text !== undefined);
    return [`**${escape(person.name ?? '')}**${short ? ` ${escape(short)}` : ''}${info ? `${info.startsWith('(') ? ' ' : ', '}${escape(info)}` : ''}`];
}

/** `Närvarande (§ 1–2) · Ej närvarande (§ 3) · ordförande (§ 1–2) · sekreterare`. */
function presence({ doc, person, ui }: PersonHoverContext): string[] {
    const parts: string[] = [];
    personNames(doc).declarationsOf(person).forEach((declaration, i) => {
        const group = attendanceGroup(declaration.$container);
        const label = group === 'present' ? ui.present : group === 'absent' ? ui.absent : ui.attendanceGroup(group);
        const ranges = declaration.ranges.map(escape).join(' ');
        parts.push(`${i === 0 ? capitalize(label) : label}${ranges ? ` ${ranges}` : ''}`);
    });
    const { chair, secretary, adjuster } = roleLines(doc);
    for (const seat of chair?.chairs ?? []) {
        if (seat.person.ref === person) parts.push(`${ui.chair}${seat.range ? ` ${escape(seat.range)}` : ''}`);
    }
    if (secretary?.names.some(ref => ref.ref === person)) parts.push(ui.secretary);
    if (adjuster?.names.some(ref => ref.ref === person)) parts.push(ui.adjuster);
    if (doc.preamble.some(line => isTellersLine(line) && line.names.some(ref => ref.ref === person))) parts.push(ui.teller);
    return [parts.join(' · ')];
}

/** `Tjänstgör för Bo Eliasson § 170, 172–184` and `Ersätts av Cristina Kvist § 170, 172–184`. */
function substitutions({ doc, person, ui }: PersonHoverContext): string[] {
    const lines: string[] = [];
    for (const declaration of personNames(doc).declarationsOf(person)) {
        const member = declaration.serving?.member?.ref;
        if (member?.name) lines.push(`${ui.servesFor(escape(member.name), declaration.serving?.range && escape(declaration.serving.range))}`);
    }
    for (const substitute of attendance(doc).substitutesFor(person)) {
        if (substitute.name) lines.push(`${ui.replacedBy(escape(substitute.name), substitute.serving?.range && escape(substitute.serving.range))}`);
    }
    return lines;
}

/** `Uppdrag:` and one line per action the person (or group) owns. */
function ownedActions({ doc, person, ui }: { doc: Document; person: Person | Group; ui: EditorText }): string[] {
    const numbers = itemNumbers(doc);
    const actions: string[] = [];
    doc.items.forEach((item, i) => {
        for (const element of itemRecord(doc, item).actions) {
            if (!element.fields.some(field => isOwnerLine(field) && field.names.some(ref => ref.ref === person))) continue;
            // The deadline as written: `2026-04-01`, `1 april 2026`, `nästa möte`.
            const when = element.fields.find(isDueLine)?.when;
            const due = when?.date ?? when?.relative;
            const text = shorten(joinLines(element.text), ACTION_SUMMARY_LENGTH);
            actions.push(`- ${ui.item(numbers[i])}: ${escape(text)}${due ? ` (${ui.due(escape(due))})` : ''}`);
        }
    });
    return actions.length > 0 ? [`${ui.actions}:`, ...actions] : [];
}

/** The sections of a person's hover, blank lines between them. */
function personHover(context: PersonHoverContext): string {
    return PERSON_SECTIONS.map(section => section(context)).filter(lines => lines.length > 0).map(lines => lines.join('\n')).join('\n\n');
}

/** A group of `Grupper:`: its name and the actions it owns. */
function groupHover(doc: Document, group: Group, ui: EditorText): string {
    return [[`**${escape(group.name)}**`], ownedActions({ doc, person: group, ui })].filter(lines => lines.length > 0).map(lines => lines.join('\n')).join('\n\n');
}

/**
 * `torsdag 6 oktober 2022` and `22 dagar efter mötet` / `mötesdagen`; both days of a meeting over
 * two and their count; how a slash date was read; after `Anslag` the end of the appeal period.
 */
function dateHover(doc: Document, spec: DateSpec, lang: Lang): string | undefined {
    if (spec.relative !== undefined) return relativeHover(doc, spec, lang);
    const days = dateRangeOf(spec);
    if (!days) return undefined;
    const ui = strings(lang).editor;
    const count = daysBetween(days.start, days.end) + 1;
    const title = count === 1 ? formatLongDate(days.start, lang)
        : `${strings(lang).calendar.dateRange(withWeekday(days.start), withWeekday(days.end))} (${ui.days(count)})`;
    const lines = [`**${title}**`];
    const slash = readDate(spec.date!, documentLanguage(doc))?.slash;
    if (slash) lines.push('', capitalize(ui.slashReading(slash)));
    const meeting = meetingDate(doc);
    // The meeting's own date reads "mötesdagen" (0 days).
    if (meeting) lines.push('', capitalize(ui.daysFromMeeting(daysBetween(meeting, days.start))));
    const posted = spec.$container;
    const end = isPosted(posted) ? appealEnd(posted) : undefined;
    if (end) lines.push('', capitalize(ui.appealEnds(formatLongDate(end, lang))));
    return lines.join('\n');
}

/** A relative date in words and the day it stands for: `nästa möte` → the next meeting's day, `juni 2026` → 30 juni 2026. */
function relativeHover(doc: Document, spec: DateSpec, lang: Lang): string | undefined {
    const ui = strings(lang).editor;
    const relative = relativeOf(spec)!;
    const kind = slotKind(spec);
    const day = kind === 'due' ? dueDate(spec, doc) : kind === 'approval' ? approvalDate(doc) : undefined;
    const lines = [`**${capitalize(escape(formatWhen(spec, lang) ?? ''))}**`];
    if (day) {
        lines.push('', formatLongDate(day, lang));
        const meeting = meetingDate(doc);
        if (meeting) lines.push('', capitalize(ui.daysFromMeeting(daysBetween(meeting, day))));
    } else if (relative.kind === 'next-meeting') {
        lines.push('', capitalize(ui.nextMeetingUndated));
    } else if (relative.kind === 'ongoing') {
        lines.push('', capitalize(ui.noDeadline));
    }
    return lines.join('\n');
}

function withWeekday(date: CalendarDate): CalendarDate & { weekday: number } {
    return { ...date, weekday: weekdayOf(date) };
}

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
