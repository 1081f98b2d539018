/**
 * Read-only views of a parsed minutes document that the validator, the language server and
 * the renderer share: persons by name, roles, items with their effective numbers, the meeting
 * date, keyword positions. Nothing here re-reads the text.
 */
import { GrammarUtils, isCompositeCstNode, isLeafCstNode, type AstNode, type LeafCstNode, type Reference } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import {
    isAction, isAdjusterLine, isAttendanceList, isChairLine, isMeetingTime, isPerson, isPlace, isSecretaryLine,
    type AttendanceList, type OwnerLine, type TellersLine,
    type AdjusterLine, type Approval, type ChairLine, type Closing, type DateSpec, type Document, type Item,
    type MeetingTime, type PreambleElement, type NextMeeting, type Person, type Place, type SecretaryLine, type Action, type Posted, type KeptAt
} from './generated/ast.js';
import { isProtocolKind, languageOfKind, lookupKeyword, type Lang } from './keywords.js';
import { readDateRange, type CalendarDate, type DateRange } from './dates.js';

/** Names are compared NFC-normalised, case-insensitively and with single spaces. */
export function normalizeName(name: string): string {
    return name.normalize('NFC').toLowerCase().trim().replace(/\s+/gu, ' ');
}

/** An attendance list whose persons are present (every group but `Ej närvarande`/`Absent`). */
export function isPresentList(node: unknown): node is AttendanceList {
    return isAttendanceList(node) && lookupKeyword(node.group)?.info.id !== 'absent';
}

/** An `Ej närvarande`/`Frånvarande`/`Absent` list. */
export function isAbsentList(node: unknown): node is AttendanceList {
    return isAttendanceList(node) && lookupKeyword(node.group)?.info.id === 'absent';
}

export function isAbsent(person: Person): boolean {
    return isAbsentList(person.$container);
}

/**
 * A person's free text (the pieces between ranges and the `för` part): joined by commas, a
 * parenthesised piece by a space (`socialchef (via Zoom), Socialkontoret`).
 */
export function personInfo(person: Person): string | undefined {
    const info = person.info.reduce((text, piece) => text === '' ? piece : `${text}${piece.startsWith('(') ? ' ' : ', '}${piece}`, '').trim();
    return info || undefined;
}

/** The persons a role line names, in order (a chair's range aside). */
export function roleNames(line: ChairLine | SecretaryLine | AdjusterLine | TellersLine): Array<Reference<Person>> {
    return 'chairs' in line ? line.chairs.map(chair => chair.person) : line.names;
}

/** The owners of an owner line that are persons (a group is not a person). */
export function personOwners(line: OwnerLine): Array<Reference<Person>> {
    return line.names.filter(ref => ref.ref === undefined || isPerson(ref.ref)) as Array<Reference<Person>>;
}

/** All declared persons in document order, present lists and absent lists alike. */
export function declaredPersons(doc: Document): Person[] {
    const persons: Person[] = [];
    for (const element of doc.preamble) {
        if (isPresentList(element) || isAbsentList(element)) persons.push(...element.persons);
    }
    return persons;
}

/**
 * What is worked out of a node (or any object) once: the first call for it makes the value,
 * later calls return it, `undefined` included. A parsed tree does not change (a new parse makes
 * new nodes), and checks, hovers and renderings ask the same questions of it again and again.
 */
export function perNode<N extends object, T>(make: (node: N) => T): (node: N) => T {
    const made = new WeakMap<N, T>();
    return node => {
        let value = made.get(node);
        if (value === undefined && !made.has(node)) {
            value = make(node);
            made.set(node, value);
        }
        return value as T;
    };
}

/** A view of a parsed document computed once (see {@link perNode}; a new parse is a new document). */
export function perDocument<T>(make: (doc: Document) => T): (doc: Document) => T {
    return perNode(make);
}

/**
 * A declared person's normalised name ({@link normalizeName}), worked out once per declaration:
 * the index, the names of references and the checks each key every person by it.
 */
export const personKey: (person: Person) => string = perNode(person => normalizeName(person.name ?? ''));

/**
 * The person each normalised name refers to: the first declaration of that name, preferring a
 * present one when the name is (wrongly) listed as both present and absent.
 */
export const personIndex: (doc: Document) => Map<string, Person> = perDocument(doc => {
    const index = new Map<string, Person>();
    for (const person of declaredPersons(doc)) {
        if (!person.name) continue;
        const key = personKey(person);
        const earlier = index.get(key);
        if (!earlier || (isAbsent(earlier) && !isAbsent(person))) index.set(key, person);
    }
    return index;
});

export type RoleLine = ChairLine | SecretaryLine | AdjusterLine;

/** The first line of each role (later duplicates are reported, not used). */
export function roleLines(doc: Document): { chair?: ChairLine; secretary?: SecretaryLine; adjuster?: AdjusterLine } {
    return {
        chair: doc.preamble.find(isChairLine),
        secretary: doc.preamble.find(isSecretaryLine),
        adjuster: doc.preamble.find(isAdjusterLine)
    };
}

export function meetingTime(doc: Document): MeetingTime | undefined {
    return doc.preamble.find(isMeetingTime);
}

export function place(doc: Document): Place | undefined {
    return doc.preamble.find(isPlace);
}

/** The meeting's (first) day when the document states one that exists. */
export function meetingDate(doc: Document): CalendarDate | undefined {
    return dateOf(meetingTime(doc)?.when);
}

/** The meeting's days, first to last (one day unless written `26–27 januari 2002`), when they exist. */
export function meetingDays(doc: Document): DateRange | undefined {
    return dateRangeOf(meetingTime(doc)?.when);
}

/** The first day of a date slot's date, in any form (dates.ts), when it exists. */
export function dateOf(spec: DateSpec | undefined): CalendarDate | undefined {
    return dateRangeOf(spec)?.start;
}

/** A date slot's days (see {@link dateRangeOf}), read once per slot. */
const slotDays = perNode((spec: DateSpec) => spec.date === undefined ? undefined : readDateRange(spec.date, documentLanguage(rootOf(spec))));

/**
 * The days of a date slot's date, read in its document's language (which decides `3/11/2021`),
 * when they exist. Read once per slot: checks, hovers and every rendering ask again.
 */
export function dateRangeOf(spec: DateSpec | undefined): DateRange | undefined {
    return spec && slotDays(spec);
}

/** The document a node belongs to. */
export function rootOf(node: AstNode): Document {
    let root = node;
    while (root.$container) root = root.$container;
    return root as Document;
}

export function isProtocol(doc: Document): boolean {
    return isProtocolKind(doc.header?.kind);
}

/** The document's own language, decided by its kind keyword. */
export function documentLanguage(doc: Document): Lang {
    return languageOfKind(doc.header?.kind);
}

/**
 * Item numbers as the reader sees them: written ones, and previous + 1 for unnumbered items.
 * Worked out once per document (checks, hovers, completion and renderings all ask).
 */
export const itemNumbers: (doc: Document) => readonly number[] = perDocument(doc => {
    const numbers: number[] = [];
    let previous = 0;
    for (const item of doc.items) {
        const written = item.number === undefined ? undefined : Number.parseInt(item.number, 10);
        const number = written ?? previous + 1;
        numbers.push(number);
        previous = number;
    }
    return numbers;
});

export function actionsOf(item: Item): Action[] {
    return item.content.filter(isAction);
}

/**
 * The first trailer line of a type: in the trailer, or in the header, where municipal
 * protocols write `Justering`, `Anslag` and `Nästa möte` (LANGUAGE-2.md, section 3).
 */
export function trailerOf<T extends NextMeeting | Approval | Posted | KeptAt | Closing>(doc: Document, is: (n: unknown) => n is T): T | undefined {
    return doc.trailer.find(is) ?? doc.preamble.find((element): element is T & PreambleElement => is(element));
}

/** Joins the lines of a text that wraps over several lines. */
export function joinLines(lines: readonly string[] | undefined): string {
    return (lines ?? []).join(' ');
}

/** The first visible token of a node, found without flattening the node's whole subtree. */
export function leadingToken(node: AstNode): LeafCstNode | undefined {
    let cst = node.$cstNode;
    while (cst && isCompositeCstNode(cst)) {
        cst = cst.content.find(child => !child.hidden);
    }
    return cst && isLeafCstNode(cst) ? cst : undefined;
}

/**
 * The keyword of a keyword line as written, with its colon (`Beslut:`, `Punkt 3:`), and its
 * range; undefined for nodes that do not start with a keyword.
 */
export function keywordOf(node: AstNode): { text: string; range: Range } | undefined {
    const first = leadingToken(node);
    if (!first) return undefined;
    if (first.tokenType.name === 'MISPLACED') {
        const text = first.text.slice(0, first.text.indexOf(':') + 1);
        const start = first.range.start;
        return { text, range: { start, end: { line: start.line, character: start.character + text.length } } };
    }
    if (!first.tokenType.name.startsWith('K_')) return undefined;
    // The colon follows the keyword in the same rule, or the item number after `Punkt`.
    const siblings = first.container?.content ?? [];
    const index = siblings.indexOf(first);
    const colon = siblings.slice(index + 1, index + 3).find(leaf => isLeafCstNode(leaf) && leaf.tokenType.name === 'COLON');
    const end = colon ?? first;
    return {
        text: first.root.fullText.slice(first.offset, end.end),
        range: { start: first.range.start, end: end.range.end }
    };
}

/** The reference of `node` whose name is the token `leaf` (`names` of a role or owner line, `person` of a chair). */
export function referenceAt(node: AstNode, leaf: LeafCstNode): Reference | undefined {
    const { names, person } = node as { names?: Reference[]; person?: Reference };
    return [...(names ?? []), ...(person ? [person] : [])].find(ref => ref.$refNode === leaf);
}

/** The range of a reference's name as written. */
export function referenceRange(ref: Reference): Range | undefined {
    return ref.$refNode?.range;
}

/** The leaf token of a property (`number`, `date`, `weekday`, …) of a node, if written. */
export function propertyRange(node: AstNode, property: string, index?: number): Range | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property, index)?.range;
}

/** The source text of a property's token (`2022-02-30` as written, not converted). */
export function propertyText(node: AstNode, property: string, index?: number): string {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property, index)?.text ?? '';
}

/**
 * The language a text declares on its first non-blank line (`Protokoll:` → sv, `Minutes:` →
 * en), or undefined without a header there; for the extension, which does not parse minutes.
 */
export function languageOfText(text: string): Lang | undefined {
    const first = /^[ \t]*\S[^\r\n]*/mu.exec(text)?.[0].trim();
    const colon = first?.indexOf(':') ?? -1;
    if (!first || colon <= 0) return undefined;
    const found = lookupKeyword(first.slice(0, colon));
    return found?.info.id === 'kind' ? found.lang : undefined;
}
