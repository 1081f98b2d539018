/**
 * Hover for minutes: on a person (declaration or reference) who they are, whether they were
 * present, their roles and the actions they own; on a date its weekday in words and how far it
 * lies from the meeting (both days of a meeting over two, how a slash date was read, the end of
 * the appeal period after `Anslag`); on a relative date (`nästa möte`, `imorgon`, `juni 2026`)
 * the day it stands for. In the document's view language (languageFor: the document's own
 * language unless the reader forced one).
 */
import { CstUtils, type LangiumDocument, type LeafCstNode } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isAction, isDateSpec, isDueLine, isItem, isOwnerLine, isPerson, isPosted, isRulesLine, type DateSpec, type Document, type Person
} from '../language/generated/ast.js';
import { daysBetween, formatLongDate, readDate, weekdayOf, type CalendarDate } from '../language/dates.js';
import {
    dateRangeOf, documentLanguage, isAbsent, itemNumbers, joinLines, meetingDate, personInfo, referenceAt, roleLines, roleNames
} from '../language/model.js';
import { appealEnd, approvalDate, dueDate, relativeOf, slotKind } from '../language/meeting-dates.js';
import { formatWhen } from '../language/render/format.js';
import type { MinutesSettings } from '../language/minutes-module.js';
import type { Lang } from '../language/keywords.js';
import { clampPosition, shorten } from './document-lines.js';
import { strings, type EditorText } from '../common/l10n/index.js';
import { languageFor } from '../language/messages.js';
import { escapeMarkdown as escape } from './markdown.js';
import { itemHover, rulesHover } from './rights-hover.js';

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
            case 'NAME': {
                const person = personAt(leaf);
                return person && markdown(personHover(doc, person, ui), leaf);
            }
            case 'DATE': case 'WEEKDAY': case 'RELATIVE': {
                const spec = leaf.astNode;
                return isDateSpec(spec) ? markdown(dateHover(doc, spec, lang), leaf) : undefined;
            }
            case 'K_ITEM': case 'ITEM_NUMBER':
                return isItem(leaf.astNode) ? markdown(itemHover(doc, leaf.astNode, lang), leaf) : undefined;
            case 'K_RULES':
                return markdown(rulesHover(doc, lang), leaf);
            case 'TEXT':
                return isRulesLine(leaf.astNode) ? markdown(rulesHover(doc, lang), leaf) : undefined;
            default:
                return undefined;
        }
    }
}

/** The person a NAME token declares or refers to. */
function personAt(leaf: LeafCstNode): Person | undefined {
    const node = leaf.astNode;
    if (isPerson(node)) return node;
    const found = referenceAt(node, leaf)?.ref;
    return isPerson(found) ? found : undefined;
}

function markdown(value: string | undefined, leaf: LeafCstNode): Hover | undefined {
    return value === undefined ? undefined : { contents: { kind: 'markdown', value }, range: leaf.range };
}

/** `**Helene Olofsson**, Södertörnskommunerna`, presence and roles, then the actions they own. */
function personHover(doc: Document, person: Person, ui: EditorText): string {
    const info = personInfo(person);
    const lines = [`**${escape(person.name ?? '')}**${info ? `, ${escape(info)}` : ''}`, ''];
    const { chair, secretary, adjuster } = roleLines(doc);
    const roles: string[] = [];
    if (chair && roleNames(chair).some(ref => ref.ref === person)) roles.push(ui.chair);
    if (secretary?.names.some(ref => ref.ref === person)) roles.push(ui.secretary);
    if (adjuster?.names.some(ref => ref.ref === person)) roles.push(ui.adjuster);
    const presence = isAbsent(person) ? ui.absent : ui.present;
    lines.push([capitalize(presence), ...roles].join(' · '));

    const numbers = itemNumbers(doc);
    const actions: string[] = [];
    doc.items.forEach((item, i) => {
        for (const element of item.content) {
            if (!isAction(element)) continue;
            if (!element.fields.some(field => isOwnerLine(field) && field.names.some(ref => ref.ref === person))) continue;
            // The deadline as written: `2026-04-01`, `1 april 2026`, `nästa möte`.
            const when = element.fields.find(isDueLine)?.when;
            const due = when?.date ?? when?.relative;
            const text = shorten(joinLines(element.text), ACTION_SUMMARY_LENGTH);
            actions.push(`- ${ui.item(numbers[i])}: ${escape(text)}${due ? ` (${ui.due(escape(due))})` : ''}`);
        }
    });
    if (actions.length > 0) lines.push('', `${ui.actions}:`, ...actions);
    return lines.join('\n');
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
