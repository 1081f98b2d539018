/**
 * The small summary of one minutes file that the series needs (SERIES.md): its meeting date,
 * body, folder, items with their numbers as written, decisions, actions with their follow-up
 * lines, and the prose references to earlier meetings. Made once per parse, it is all that is
 * kept of a file that is not open, so every range a series check reports on is in it. Plain
 * data (JSON-safe), no I/O.
 */
import { isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode } from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';
import {
    isAction, isBodyLine, isDecision, isDueLine, isFromLine, isMeetingTime, isOwnerLine, isReservation, isVote,
    type Action, type Document, type Item
} from './generated/ast.js';
import { formatIsoDate, readDateRange, toIsoDate } from './dates.js';
import { isProtocolKind, languageOfKind, type Lang } from './keywords.js';
import { joinLines, keywordOf, leadingToken, propertyRange } from './model.js';

/** How an item is numbered: `§ 14` (through the year in a protocol) or `Punkt 3`/`Item 3`. */
export type ItemMark = 'section' | 'point';

/** A follow-up's status (`klart`/`done`, `pågår`/`ongoing`, `struken`/`dropped`). */
export type FollowUpStatus = 'done' | 'ongoing' | 'dropped';

/** A meeting and item named in writing: `2026-05-20 punkt 1`, `2026-02-17 § 14`. */
export interface ItemReference {
    /** ISO date. */
    date: string;
    /** The item number as written (`14`, `5.1`). */
    item: string;
    mark: ItemMark;
}

export interface DecisionSummary {
    text: string;
    range: Range;
}

export interface ItemSummary {
    /** As written, or the automatic number of an item without one. */
    number: string;
    mark: ItemMark;
    title: string;
    /** The item's line. */
    range: Range;
    /** Its number as written, or its keyword when it has none. */
    numberRange: Range;
    decisions: DecisionSummary[];
    /** `Omröstning`/`Vote` counts as written. */
    votes: string[];
    /** Names on `Reservation` lines, as written. */
    reservations: string[];
}

export interface ActionSummary {
    /** Index of its item in {@link MeetingSummary.items}. */
    item: number;
    text: string;
    /** Owners as written. */
    owners: string[];
    /** The deadline when it is a date (ISO). */
    due?: string;
    /** The deadline as written (`juni 2026`, `2026-06-05`). */
    dueText?: string;
    /** The `Uppdrag`/`Action` line. */
    range: Range;
    /** The line a new `Ansvarig` goes below (completion after `Från:`): the last line of the action. */
    lastLine: number;
    /** `Från`/`From`: the origin of a follow-up; `origin` undefined when the value names none. */
    from?: { text: string; origin?: ItemReference; range: Range };
    /** `Status`; `value` undefined when the value is empty or no status. */
    status?: { text: string; value?: FollowUpStatus; range: Range };
}

/** `2026-02-17 § 14` in prose. */
export interface ReferenceSummary extends ItemReference {
    text: string;
    range: Range;
}

export interface MeetingSummary {
    uri: string;
    /**
     * The URI up to its last `/`: files in different folders are never one series. A document
     * that is not a file (unsaved, in memory) is a folder of its own.
     */
    folder: string;
    fileName: string;
    /** The document's language (Swedish without a header, as everywhere). */
    lang: Lang;
    /** The language its header declares; undefined without a header. */
    declaredLang?: Lang;
    protocol: boolean;
    title?: string;
    /** ISO date of the meeting when it states one that exists. */
    date?: string;
    /** The meeting date as written, or the header when there is none. */
    dateRange: Range;
    /** The first line. */
    headerRange: Range;
    /** `Organ`/`Body` as written. */
    body?: string;
    items: ItemSummary[];
    actions: ActionSummary[];
    references: ReferenceSummary[];
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * The lines of a meeting that its summary is made of, as written: read from the syntax tree of
 * a built document ({@link outlineOfDocument}) or from the lexer's tokens of a file that is only
 * indexed (series-summary-tokens.ts); {@link summaryOf} makes the summary from either, so both
 * give the same summary.
 */
export interface MeetingOutline {
    /** The whole text (prose references are found in it). */
    text: string;
    header?: { kind: string; title?: string; range: Range };
    /** The date slot of the first `Tid`/`Date` line, when that line has one. */
    meetingTime?: { date?: string; dateRange?: Range };
    /** The first `Organ`/`Body` line. */
    body?: { text?: string; line?: number };
    items: ItemOutline[];
}

export interface ItemOutline {
    /** The item's keyword as written (`§`, `Punkt`). */
    keyword?: string;
    number?: string;
    title?: string;
    range: Range;
    numberRange: Range;
    /** Its decisions, votes, reservations and actions, in document order. */
    elements: ItemElementOutline[];
}

export type ItemElementOutline =
    | { type: 'decision'; text: string[]; clauses: Array<{ mark: string; text: string[] }>; range: Range }
    | { type: 'vote'; counts?: string }
    | { type: 'reservation'; names: string[] }
    | ActionOutline;

export interface ActionOutline {
    type: 'action';
    text: string[];
    range: Range;
    lastLine: number;
    fields: ActionFieldOutline[];
}

export type ActionFieldOutline =
    | { type: 'owner'; names: string[] }
    /** `when`: the date slot, when the line has one (its date token, and all of it as written). */
    | { type: 'due'; when?: { date?: string; text: string } }
    | { type: 'from' | 'status'; value?: string; range: Range };

/** The summary of a parsed document at `uri`. Linear in the document's size. */
export function summarizeMeeting(doc: Document, uri: string): MeetingSummary {
    return summaryOf(outlineOfDocument(doc), uri);
}

/** The summary of a meeting's outline at `uri`. */
export function summaryOf(outline: MeetingOutline, uri: string): MeetingSummary {
    const slash = uri.startsWith('file:') ? uri.lastIndexOf('/') : -1;
    const kind = outline.header?.kind;
    const lang = languageOfKind(kind);
    const headerRange = outline.header?.range ?? START;
    const written = outline.meetingTime?.date;
    const date = written === undefined ? undefined : readDateRange(written, lang)?.start;
    const items: ItemSummary[] = [];
    const actions: ActionSummary[] = [];
    let previous = 0;
    outline.items.forEach((item, index) => {
        // As the reader numbers them: written numbers, and the previous one + 1 for an item without one.
        const number = item.number === undefined ? previous + 1 : Number.parseInt(item.number, 10);
        previous = number;
        items.push(itemSummary(item, item.number ?? String(number)));
        for (const element of item.elements) if (element.type === 'action') actions.push(actionSummary(element, index, lang));
    });
    const body = own(outline.body?.text?.trim());
    const notProse = new Set<number>();
    if (outline.body?.line !== undefined) notProse.add(outline.body.line);
    for (const action of actions) {
        if (action.from) notProse.add(action.from.range.start.line);
        if (action.status) notProse.add(action.status.range.start.line);
    }
    return {
        uri,
        folder: slash < 0 ? uri : uri.slice(0, slash + 1),
        fileName: uri.slice(uri.lastIndexOf('/') + 1),
        lang,
        declaredLang: outline.header ? lang : undefined,
        protocol: isProtocolKind(kind),
        title: own(outline.header?.title?.trim()) || undefined,
        date: date && formatIsoDate(date),
        dateRange: outline.meetingTime?.dateRange ?? headerRange,
        headerRange,
        body: body || undefined,
        items,
        actions,
        references: proseReferences(outline.text, notProse)
    };
}

function itemSummary(item: ItemOutline, number: string): ItemSummary {
    const summary: ItemSummary = {
        number,
        mark: item.keyword === '§' ? 'section' : 'point',
        title: own(item.title?.trim()) ?? '',
        range: item.range,
        numberRange: item.numberRange,
        decisions: [],
        votes: [],
        reservations: []
    };
    for (const element of item.elements) {
        if (element.type === 'decision') {
            const text = [joinLines(element.text), ...element.clauses.map(c => `${c.mark.replace(/^-\s*/u, '')} ${joinLines(c.text)}`)]
                .filter(Boolean).join(' ').trim();
            summary.decisions.push({ text: own(text), range: element.range });
        } else if (element.type === 'vote' && element.counts) {
            summary.votes.push(own(element.counts.trim()));
        } else if (element.type === 'reservation') {
            summary.reservations.push(...element.names.map(own));
        }
    }
    return summary;
}

function actionSummary(action: ActionOutline, item: number, lang: Lang): ActionSummary {
    const summary: ActionSummary = {
        item,
        text: own(joinLines(action.text).trim()),
        owners: [],
        range: action.range,
        lastLine: action.lastLine
    };
    for (const field of action.fields) {
        if (field.type === 'owner') {
            if (summary.owners.length === 0) summary.owners = field.names.map(own);
        } else if (field.type === 'due' && summary.dueText === undefined && field.when) {
            const date = field.when.date === undefined ? undefined : readDateRange(field.when.date, lang)?.start;
            summary.due = date && formatIsoDate(date);
            summary.dueText = own(field.when.text.trim());
        } else if (field.type === 'from' && !summary.from) {
            const text = own(field.value?.trim() ?? '');
            summary.from = { text, origin: readItemReference(text), range: field.range };
        } else if (field.type === 'status' && !summary.status) {
            const text = own(field.value?.trim() ?? '');
            summary.status = { text, value: readStatus(text), range: field.range };
        }
    }
    return summary;
}

/** The outline of a parsed document: what its summary is made of, read from its syntax tree. */
export function outlineOfDocument(doc: Document): MeetingOutline {
    const time = doc.preamble.find(isMeetingTime);
    const bodyLine = doc.preamble.find(isBodyLine);
    return {
        text: doc.$cstNode?.root.fullText ?? '',
        header: doc.header && { kind: doc.header.kind, title: doc.header.title, range: doc.header.$cstNode ? firstLine(doc.header.$cstNode) : START },
        meetingTime: time?.when && { date: time.when.date, dateRange: propertyRange(time.when, 'date') },
        body: bodyLine && { text: bodyLine.text, line: bodyLine.$cstNode?.range.start.line },
        items: doc.items.map(itemOutline)
    };
}

function itemOutline(item: Item): ItemOutline {
    const range = item.$cstNode ? firstLine(item.$cstNode) : START;
    const elements: ItemElementOutline[] = [];
    for (const element of item.content) {
        if (isDecision(element)) {
            const clauses = element.clauses.map(c => ({ mark: c.mark, text: c.text }));
            elements.push({ type: 'decision', text: element.text, clauses, range: element.$cstNode ? firstLine(element.$cstNode) : range });
        } else if (isVote(element)) {
            elements.push({ type: 'vote', counts: element.counts });
        } else if (isReservation(element)) {
            elements.push({ type: 'reservation', names: element.names.map(ref => ref.$refText) });
        } else if (isAction(element)) {
            elements.push(actionOutline(element));
        }
    }
    return {
        keyword: leadingToken(item)?.text,
        number: item.number,
        title: item.title,
        range,
        numberRange: itemNumberRange(item) ?? keywordOf(item)?.range ?? range,
        elements
    };
}

function actionOutline(action: Action): ActionOutline {
    const range = action.$cstNode ? firstLine(action.$cstNode) : START;
    const fields: ActionFieldOutline[] = action.fields.map(field => {
        if (isOwnerLine(field)) return { type: 'owner', names: field.names.map(ref => ref.$refText) };
        if (isDueLine(field)) return { type: 'due', when: field.when && { date: field.when.date, text: field.when.$cstNode?.text ?? '' } };
        if (isFromLine(field)) return { type: 'from', value: field.origin, range: valueRange(field, 'origin') };
        return { type: 'status', value: field.value, range: valueRange(field, 'value') };
    });
    return { type: 'action', text: action.text, range, lastLine: action.$cstNode ? lastLine(action.$cstNode) : range.start.line, fields };
}

/**
 * A string that does not keep the text it was cut from: V8 keeps the whole of a long string
 * that a slice, a token's image or a match was cut from, so each summary of a closed file would
 * hold its file's text. Concatenated and cut again, it is a copy of its own.
 */
function own<T extends string | undefined>(value: T): T {
    return (value === undefined || value.length < 13 ? value : ` ${value}`.slice(1)) as T;
}

/** The range of a line's value, or of its keyword when the value is empty. */
function valueRange(node: AstNode, property: string): Range {
    return propertyRange(node, property) ?? keywordOf(node)?.range ?? (node.$cstNode ? firstLine(node.$cstNode) : START);
}

/**
 * The part of a node's range on its first line, up to the line's last visible character:
 * read from the text, not by walking the node's tokens (a summary is made of every file).
 */
function firstLine(node: CstNode): Range {
    // The first token's position is stored; a composite node would work its own out from its children.
    const first = isLeafCstNode(node) ? node : leadingToken(node.astNode) ?? node;
    return lineFrom(first.root.fullText, first.offset, first.range.start);
}

/** From `start` (at `offset` in `text`) to the last visible character of its line. */
export function lineFrom(text: string, offset: number, start: Position): Range {
    let end = offset;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    while (end > offset && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    return { start, end: { line: start.line, character: start.character + end - offset } };
}

/** The range of an item's number as written (the token after its keyword), undefined without one. */
function itemNumberRange(item: Item): Range | undefined {
    const children = isCompositeCstNode(item.$cstNode) ? item.$cstNode.content : [];
    for (const child of children.slice(0, 3)) {
        if (isLeafCstNode(child) && child.tokenType.name === 'ITEM_NUMBER') return child.range;
    }
    return undefined;
}

/** The last line of a node: that of the EOL token that ends it. */
function lastLine(node: CstNode): number {
    return node.range.end.line;
}

const STATUS_WORDS: ReadonlyMap<string, FollowUpStatus> = new Map([
    ['klart', 'done'], ['klar', 'done'], ['done', 'done'],
    ['pågår', 'ongoing'], ['ongoing', 'ongoing'],
    ['struken', 'dropped'], ['struket', 'dropped'], ['dropped', 'dropped']
]);

/** The status a `Status` value names, in either language and any case; undefined for anything else. */
export function readStatus(text: string): FollowUpStatus | undefined {
    return STATUS_WORDS.get(text.normalize('NFC').trim().toLowerCase().replace(/[.!]$/u, ''));
}

/** `§ 14`, `punkt 3`, `item 3` at the end of a text (anchored at its end; one pass). */
const ITEM_AT_END = /(?:^|\s)(§|punkt|item)\s*(\d{1,4}(?:\.\d{1,3})?)$/iu;

/**
 * The meeting and item a `Från` value names: a date in any form dates.ts reads, then `§ 3`,
 * `punkt 3` or `item 3`; undefined when it names none.
 */
export function readItemReference(text: string): ItemReference | undefined {
    const trimmed = text.trim();
    const m = ITEM_AT_END.exec(trimmed);
    if (!m) return undefined;
    const date = toIsoDate(trimmed.slice(0, m.index).replace(/,\s*$/u, ''));
    return date ? { date, item: m[2], mark: m[1] === '§' ? 'section' : 'point' } : undefined;
}

/**
 * `2026-02-17 § 14`, `2026-05-20 punkt 3`, `2026-05-20 item 3` in prose, also inside
 * parentheses. Each start position fails within a few characters unless a date stands there,
 * so the scan is linear in the text.
 */
const PROSE_REFERENCE = /(?<![\d-])(\d{4}-\d{2}-\d{2})[ \t]+(§|punkt|item)[ \t]*(\d{1,4}(?:\.\d{1,3})?)(?![\d.]*\d)/giu;

/**
 * The references to meetings and items in the document's prose, in document order: found in
 * the text in one pass (a summary is made of every file of a workspace), leaving out comment
 * lines and the lines whose value is not prose (`Från`, `Status`, `Organ`).
 */
export function proseReferences(text: string, notProse: ReadonlySet<number> = new Set()): ReferenceSummary[] {
    const references: ReferenceSummary[] = [];
    // Where each line starts, found as the scan goes (matches come in text order).
    let line = 0;
    let lineStart = 0;
    for (const m of text.matchAll(PROSE_REFERENCE)) {
        for (let i = text.indexOf('\n', lineStart); i >= 0 && i < m.index; i = text.indexOf('\n', lineStart)) {
            line++;
            lineStart = i + 1;
        }
        if (notProse.has(line) || toIsoDate(m[1]) !== m[1]) continue;
        if (/^[ \t]*\/\//u.test(text.slice(lineStart, lineStart + 200))) continue;
        const character = m.index - lineStart;
        references.push({
            date: m[1], item: m[3], mark: m[2] === '§' ? 'section' : 'point', text: own(m[0]),
            range: { start: { line, character }, end: { line, character: character + m[0].length } }
        });
    }
    return references;
}

/** A reference in a text and where it stands in it (offsets into the text). */
export interface ReferenceInText {
    start: number;
    end: number;
    reference: ItemReference;
}

/**
 * The references to meetings and items in one text of prose as a rendering shows it (a
 * paragraph, a decision): what {@link proseReferences} finds in the source, found the same way.
 */
export function referencesInText(text: string): ReferenceInText[] {
    const found: ReferenceInText[] = [];
    for (const m of text.matchAll(PROSE_REFERENCE)) {
        if (toIsoDate(m[1]) !== m[1]) continue;
        found.push({ start: m.index, end: m.index + m[0].length, reference: { date: m[1], item: m[3], mark: m[2] === '§' ? 'section' : 'point' } });
    }
    return found;
}

