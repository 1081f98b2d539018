/**
 * Hover for minutes: on a person (declaration, short form or any reference) who they are, the
 * groups they were in and for which items, their roles, whom they serve for or are replaced by,
 * and the actions they own; on a group its actions; on a date its weekday in words and how far
 * it lies from the meeting. In the document's view language (languageFor: the document's own
 * language unless the reader forced one).
 */
import { CstUtils, type LangiumDocument, type LeafCstNode } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isAction, isDateSpec, isDueLine, isOwnerLine, type DateSpec, type Document, type Group, type Person
} from '../language/generated/ast.js';
import { attendance, attendanceGroup } from '../language/attendance.js';
import { nameTargetAt, personNames } from '../language/references.js';
import { daysBetween, formatLongDate, parseIsoDate } from '../language/dates.js';
import { itemNumbers, joinLines, meetingDate, personInfo, roleLines } from '../language/model.js';
import type { MinutesSettings } from '../language/minutes-module.js';
import type { Lang } from '../language/keywords.js';
import { clampPosition, shorten } from './document-lines.js';
import { strings, type EditorText } from '../common/l10n/index.js';
import { languageFor } from '../language/messages.js';

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
                return target && markdown(personHover({ doc, person: target.person, ui }), leaf);
            }
            case 'DATE': case 'WEEKDAY': {
                const spec = leaf.astNode;
                return isDateSpec(spec) ? markdown(dateHover(doc, spec, lang), leaf) : undefined;
            }
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
}

/** One section of a person's hover: its lines of Markdown (none: the section is left out). */
export type PersonHoverSection = (context: PersonHoverContext) => string[];

/**
 * The sections of a person's hover, in order, separated by blank lines: who they are, where
 * they were and in what role, whom they replace or are replaced by, and the actions they own.
 * A section about the person's votes (decision-rights.ts) goes after the substitutions.
 */
const PERSON_SECTIONS: readonly PersonHoverSection[] = [identity, presence, substitutions, ownedActions];

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
        for (const element of item.content) {
            if (!isAction(element)) continue;
            if (!element.fields.some(field => isOwnerLine(field) && field.names.some(ref => ref.ref === person))) continue;
            const due = element.fields.find(isDueLine)?.when?.date;
            const text = shorten(joinLines(element.text), ACTION_SUMMARY_LENGTH);
            actions.push(`- ${ui.item(numbers[i])}: ${escape(text)}${due ? ` (${ui.due(due)})` : ''}`);
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

/** `torsdag 6 oktober 2022` and `22 dagar efter mötet` / `mötesdagen`. */
function dateHover(doc: Document, spec: DateSpec, lang: Lang): string | undefined {
    const date = parseIsoDate(spec.date);
    if (!date) return undefined;
    const ui = strings(lang).editor;
    const lines = [`**${formatLongDate(date, lang)}**`];
    const meeting = meetingDate(doc);
    // The meeting's own date reads "mötesdagen" (0 days).
    if (meeting) lines.push('', capitalize(ui.daysFromMeeting(daysBetween(meeting, date))));
    return lines.join('\n');
}


function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Names and texts are the writer's; keep Markdown from reading `*` or `_` in them as formatting. */
function escape(text: string): string {
    return text.replace(/[\\`*_[\]<>#|]/gu, match => `\\${match}`);
}
