/**
 * How a name on a role, owner, vote, reservation, note, `Jäv`, `Av`/`Instämmer` or `för` line
 * finds its person (LANGUAGE-2.md section 2, "References"): by full name, then by short form,
 * then by first name alone (the first word of the name); case and spacing never matter, and
 * trailing parentheses in the reference are ignored ("Bo Eliasson (V)"). An owner may also be
 * a group of `Grupper:`. A short form or first name that fits several persons resolves to
 * nobody and is reported as `person-ambiguous`; a full name always wins.
 *
 * The scope provider links through {@link PersonNames.resolve}; the checks, hover, rename and
 * quick fixes ask the same index why a name resolved the way it did.
 */
import { AstUtils, isReference, type AstNode, type CstNode, type LeafCstNode, type Reference } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import {
    isAction, isAdjusterLine, isAttendanceList, isChairLine, isGroupList, isMotion, isMovedBy, isOwnerLine,
    isRecordNote, isRecusal, isReservation, isSecondedBy, isSecretaryLine, isTellersLine, isVote,
    isGroup, isOwnerLine as isOwnerReference, isPerson,
    type Document, type Group, type Person
} from './generated/ast.js';
import { declaredPersons, normalizeName, perDocument, personIndex, personKey } from './model.js';

/** How a reference names its person. */
export type NameForm = 'full' | 'short' | 'first';

/** What a reference's text names. */
export type Resolution =
    | { kind: 'person'; person: Person; form: NameForm }
    | { kind: 'group'; group: Group }
    | { kind: 'ambiguous'; form: 'short' | 'first'; candidates: readonly Person[] }
    | { kind: 'unknown' };

/**
 * A reference's text without trailing parenthesised groups (`Bo Eliasson (V)` → `Bo
 * Eliasson`), as written; the text itself when nothing else is left. Linear: each group is
 * looked at once, from the end.
 */
export function withoutTrailingParentheses(text: string): string {
    let end = text.trimEnd().length;
    while (end > 0 && text[end - 1] === ')') {
        const open = text.lastIndexOf('(', end - 1);
        if (open <= 0) break;
        const before = text.slice(0, open).trimEnd().length;
        if (before === 0) break;
        end = before;
    }
    return text.slice(0, end).trim();
}

/** The normalised key of a reference's text (see {@link withoutTrailingParentheses}). */
export function referenceKey(text: string): string {
    return normalizeName(withoutTrailingParentheses(text));
}

/** The key of a short form as declared (`(@Jasnell)`) or referred to (`jasnell`, `@jasnell`). */
export function shortFormKey(text: string): string {
    const inner = text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1) : text;
    return normalizeName(inner).replace(/^@/u, '');
}

/** The short form as written inside its parentheses (`S`, `@jasnell`). */
export function shortFormText(person: Person): string | undefined {
    const short = person.short;
    return short === undefined ? undefined : short.slice(1, -1);
}

/** The first word of a name, normalised: first-name matching uses it alone. */
export function firstNameKey(name: string): string {
    return firstWordOfKey(normalizeName(name));
}

/** The first word of a normalised name (words are one space apart). */
function firstWordOfKey(key: string): string {
    return key.split(' ')[0];
}

/** The first word of a name as written. */
export function firstName(name: string): string {
    return name.trim().split(/\s+/u)[0];
}

/** The names of one document's persons and groups, by every form a reference may use. */
export class PersonNames {
    /** Full name → the person references resolve to (model.ts personIndex). */
    readonly byFullName: ReadonlyMap<string, Person>;
    private readonly byShort = new Map<string, Person[]>();
    private readonly byFirst = new Map<string, Person[]>();
    private readonly groups = new Map<string, Group>();
    private readonly declarations = new Map<string, Person[]>();
    /** Resolutions made so far: of references that may name a person only, and of those that may name a group too. */
    private readonly resolved: [Map<string, Resolution>, Map<string, Resolution>] = [new Map(), new Map()];

    constructor(doc: Document) {
        this.byFullName = personIndex(doc);
        for (const person of declaredPersons(doc)) {
            if (!person.name) continue;
            const key = personKey(person);
            const list = this.declarations.get(key);
            if (list) list.push(person);
            else this.declarations.set(key, [person]);
        }
        for (const [key, person] of this.byFullName) {
            // A person listed twice (present for some items, absent for others) counts once,
            // with the short form of any of their declarations.
            const shorts = new Set(this.declarationsOf(person).map(p => p.short).filter((s): s is string => s !== undefined).map(shortFormKey));
            for (const short of shorts) if (short) add(this.byShort, short, person);
            add(this.byFirst, firstWordOfKey(key), person);
        }
        for (const element of doc.preamble) {
            if (!isGroupList(element)) continue;
            for (const group of element.groups) {
                const key = normalizeName(group.name);
                if (key && !this.groups.has(key)) this.groups.set(key, group);
            }
        }
    }

    /** Every declaration with the person's full name (one, or two when listed present for some items and absent for others). */
    declarationsOf(person: Person): readonly Person[] {
        return (person.name && this.declarations.get(personKey(person))) || [person];
    }

    /** The persons references resolve to, one per full name, in document order. */
    persons(): Person[] {
        return [...this.byFullName.values()];
    }

    /** The groups of `Grupper:`, one per name. */
    allGroups(): Group[] {
        return [...this.groups.values()];
    }

    /**
     * What a reference's text names; `groups`: the reference may name a group (an owner).
     * Remembered per text: linking, the checks, hover, rename and the code actions ask about
     * the same reference again and again (the editor asks for code actions at every diagnostic
     * of a line), and reading a name is linear in its length, which a pasted line makes long.
     */
    resolve(text: string, options: { groups: boolean }): Resolution {
        const known = this.resolved[options.groups ? 1 : 0];
        let found = known.get(text);
        if (found === undefined) {
            found = this.read(text, options.groups);
            known.set(text, found);
        }
        return found;
    }

    /** What a reference's text names, read against the names (see {@link resolve}). */
    private read(text: string, groups: boolean): Resolution {
        const key = referenceKey(text);
        if (!key) return { kind: 'unknown' };
        const full = this.byFullName.get(key);
        if (full) return { kind: 'person', person: full, form: 'full' };
        if (groups) {
            const group = this.groups.get(key);
            if (group) return { kind: 'group', group };
        }
        const short = this.byShort.get(key.replace(/^@/u, ''));
        if (short) return short.length === 1 ? { kind: 'person', person: short[0], form: 'short' } : { kind: 'ambiguous', form: 'short', candidates: short };
        if (key.includes(' ')) return { kind: 'unknown' };
        const first = this.byFirst.get(key);
        if (first) return first.length === 1 ? { kind: 'person', person: first[0], form: 'first' } : { kind: 'ambiguous', form: 'first', candidates: first };
        return { kind: 'unknown' };
    }
}

function add(map: Map<string, Person[]>, key: string, person: Person): void {
    const list = map.get(key);
    if (!list) map.set(key, [person]);
    else if (!list.includes(person)) list.push(person);
}

/** The names of a document's persons and groups (computed once per parsed document). */
export const personNames = perDocument(doc => new PersonNames(doc));

/** One reference to a person (or, for owners, a group) and the line element that holds it. */
export interface PersonReference {
    /** The element whose property holds the reference (`ChairLine`'s `Chair`, `OwnerLine`, `Serving`, …). */
    node: AstNode;
    ref: Reference<Person> | Reference<Person | Group>;
    /** Whether a group may answer it (owners). */
    groups: boolean;
}

/**
 * Every reference to a person in the document, in document order: roles, `för`, owners,
 * `Av`/`Instämmer`, `Ja`/`Nej`/`Avstår`, reservations, notes for the record, `Jäv`. Walks only
 * the elements that hold references, not the whole AST.
 */
export function* personReferences(doc: Document): Generator<PersonReference> {
    for (const element of doc.preamble) {
        if (isChairLine(element)) {
            for (const chair of element.chairs) yield { node: chair, ref: chair.person, groups: false };
        } else if (isSecretaryLine(element) || isAdjusterLine(element) || isTellersLine(element)) {
            for (const ref of element.names) yield { node: element, ref, groups: false };
        } else if (isAttendanceList(element)) {
            for (const person of element.persons) {
                const serving = person.serving;
                if (serving?.member) yield { node: serving, ref: serving.member, groups: false };
            }
        }
    }
    for (const item of doc.items) {
        for (const element of item.content) {
            if (isAction(element)) {
                for (const field of element.fields) {
                    if (isOwnerLine(field)) for (const ref of field.names) yield { node: field, ref, groups: true };
                }
            } else if (isMotion(element)) {
                for (const field of element.fields) {
                    if (isMovedBy(field) || isSecondedBy(field)) for (const ref of field.names) yield { node: field, ref, groups: false };
                }
            } else if (isVote(element)) {
                for (const list of element.lists) for (const ref of list.names) yield { node: list, ref, groups: false };
            } else if (isReservation(element) || isRecusal(element)) {
                for (const ref of element.names) yield { node: element, ref, groups: false };
            } else if (isRecordNote(element) && element.person) {
                yield { node: element, ref: element.person, groups: false };
            }
        }
    }
}

/** A name in the document that stands for a person or a group: a declaration or a reference. */
export type NameTarget =
    | { kind: 'person'; person: Person; form: NameForm; declaration: boolean; reference?: Reference; range: Range }
    | { kind: 'group'; group: Group; declaration: boolean; reference?: Reference; range: Range };

/**
 * The person or group a token stands for, and how it names them: a declaration's NAME (the
 * full name) or SHORT (the short form, without its parentheses), or a reference that resolves
 * (by the form it resolved by; `range` without the reference's trailing parentheses).
 */
export function nameTargetAt(doc: Document, leaf: LeafCstNode): NameTarget | undefined {
    const node = leaf.astNode;
    const type = leaf.tokenType.name;
    if (type === 'SHORT' && isPerson(node)) {
        return { kind: 'person', person: canonical(doc, node), form: 'short', declaration: true, range: inner(leaf.range) };
    }
    if (type !== 'NAME') return undefined;
    // A person's own NAME (a `för` member's NAME belongs to the Serving node).
    if (isPerson(node)) {
        return { kind: 'person', person: canonical(doc, node), form: 'full', declaration: true, range: leaf.range };
    }
    if (isGroup(node)) return { kind: 'group', group: node, declaration: true, range: leaf.range };
    const reference = AstUtils.streamReferences(node).map(info => info.reference).find((ref): ref is Reference => isReference(ref) && ref.$refNode === leaf);
    if (!reference) return undefined;
    const found = personNames(doc).resolve(reference.$refText, { groups: isOwnerReference(node) });
    const range = namePartRange(leaf);
    if (found.kind === 'person') return { kind: 'person', person: found.person, form: found.form, declaration: false, reference, range };
    if (found.kind === 'group') return { kind: 'group', group: found.group, declaration: false, reference, range };
    return undefined;
}

/** The person references resolve to for a declaration (the first of a name declared twice). */
function canonical(doc: Document, person: Person): Person {
    return (person.name && personNames(doc).byFullName.get(normalizeName(person.name))) || person;
}

/** A reference token's range without its trailing parentheses (`Bo Eliasson` of `Bo Eliasson (V)`). */
export function namePartRange(leaf: CstNode): Range {
    const name = withoutTrailingParentheses(leaf.text);
    const start = leaf.range.start;
    return { start, end: { line: start.line, character: start.character + name.length } };
}

/** A one-line range less its first and last character (the parentheses of `(S)`). */
function inner(range: Range): Range {
    return { start: { line: range.start.line, character: range.start.character + 1 }, end: { line: range.end.line, character: range.end.character - 1 } };
}
