/**
 * Hover for minutes: on a person (declaration or reference) who they are, whether they were
 * present, their roles and the actions they own; on a date its weekday in words and how far it
 * lies from the meeting. In the document's view language (languageFor: the document's own
 * language unless the reader forced one).
 */
import { CstUtils, type LangiumDocument, type LeafCstNode } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isAction, isDateSpec, isDueLine, isItem, isOwnerLine, isPerson, isRulesLine, type DateSpec, type Document, type Person
} from '../language/generated/ast.js';
import { daysBetween, formatLongDate, parseIsoDate } from '../language/dates.js';
import { isAbsent, itemNumbers, joinLines, meetingDate, personInfo, referenceAt, roleLines, roleNames } from '../language/model.js';
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
            case 'DATE': case 'WEEKDAY': {
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
            const due = element.fields.find(isDueLine)?.when?.date;
            const text = shorten(joinLines(element.text), ACTION_SUMMARY_LENGTH);
            actions.push(`- ${ui.item(numbers[i])}: ${escape(text)}${due ? ` (${ui.due(due)})` : ''}`);
        }
    });
    if (actions.length > 0) lines.push('', `${ui.actions}:`, ...actions);
    return lines.join('\n');
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
