/**
 * Who was there in which item (LANGUAGE-2.md sections 2 and 9): the attendance group of each
 * list, the items of the document with their numbers, each declaration's attendance ranges, and
 * the one answer to "was this person present in item N?" and "does this substitute serve in
 * item N, and for whom?" that every check, hover and rendering reads (decision-rights.ts builds
 * on it). Computed once per parsed document.
 */
import {
    isAttendanceList, type AttendanceList, type Document, type Item, type Person
} from './generated/ast.js';
import { ATTENDANCE_GROUPS, keywordForValue, lookupKeyword, type KeywordId } from './keywords.js';
import { parseItemNumber, rangesInclude, readRange, type ItemNumber, type ItemRange } from './ranges.js';
import { perDocument, perNode } from './model.js';
import { personNames } from './references.js';

/** The attendance groups of LANGUAGE-2.md section 2 (their keyword ids). */
export type AttendanceGroup = Extract<KeywordId, 'present' | 'voting' | 'serving' | 'substitutes' | 'others' | 'absent'>;

/** Which group a list is (`Tjänstgörande ersättare` → `serving`); read once per list. */
export const attendanceGroup: (list: AttendanceList) => AttendanceGroup = perNode(list => {
    const found = lookupKeyword(list.group);
    // `Members:` with persons below is the voting members' group, not the count of seats.
    const id = found && keywordForValue(found, list.group, false).info.id;
    return id !== undefined && (ATTENDANCE_GROUPS as readonly string[]).includes(id) ? id as AttendanceGroup : 'present';
});

/** Whether the document has a `Beslutande`/`Voting members` group (then `Deltagare` do not vote). */
export function hasVotingGroup(doc: Document): boolean {
    return doc.preamble.some(element => isAttendanceList(element) && attendanceGroup(element) === 'voting');
}

/**
 * Whether a group's persons take part in decisions (the table of section 2): `Beslutande`
 * always, `Deltagare` unless the document has a `Beslutande` group, `Tjänstgörande
 * ersättare` for the member named by `för` (see {@link Attendance.servesIn}), no other group.
 */
export function groupVotes(doc: Document, group: AttendanceGroup): boolean {
    switch (group) {
        case 'voting': case 'serving': return true;
        case 'present': return !hasVotingGroup(doc);
        default: return false;
    }
}

/** An item with the number the reader sees: the one written (`5`, `5.1`), or the previous major number + 1. */
export interface NumberedItem {
    item: Item;
    number: ItemNumber;
}

/** The document's items with their numbers, in order. */
export function numberedItems(doc: Document): NumberedItem[] {
    const items: NumberedItem[] = [];
    let previous = 0;
    for (const item of doc.items) {
        const number = (item.number !== undefined ? parseItemNumber(item.number) : undefined) ?? { major: previous + 1 };
        items.push({ item, number });
        previous = number.major;
    }
    return items;
}

/** A declaration's readable attendance ranges (an unreadable one is reported as `syntax` and counts as none). */
export const attendanceRanges: (person: Person) => readonly ItemRange[] = perNode(person => {
    const ranges: ItemRange[] = [];
    for (const text of person.ranges) {
        const reading = readRange(text);
        if (reading.ok) ranges.push(reading.range);
    }
    return ranges;
});

/** A serving substitute's serving range, when written and readable. */
export function servingRange(person: Person): ItemRange | undefined {
    const text = person.serving?.range;
    if (text === undefined) return undefined;
    const reading = readRange(text);
    return reading.ok ? reading.range : undefined;
}

/** Whether a declaration lists the person as absent (`Ej närvarande`, `Frånvarande`, `Absent`). */
function isAbsentDeclaration(person: Person): boolean {
    return attendanceGroup(person.$container) === 'absent';
}

/**
 * Attendance item by item. A person may be declared twice — under a present group for some
 * items and under `Ej närvarande` for others — and is present in item N when a present
 * declaration's ranges include N (no ranges: every item) and no absent declaration's ranges
 * include it. Listed only as absent: present in no item.
 */
export class Attendance {
    /** The document's items with their numbers. */
    readonly items: readonly NumberedItem[];

    constructor(private readonly doc: Document) {
        this.items = numberedItems(doc);
    }

    /** Whether the person (any of their declarations, or the one references resolve to) was present in the item numbered `n`. */
    presentIn(person: Person, n: ItemNumber): boolean {
        const declarations = personNames(this.doc).declarationsOf(person);
        let present = false;
        for (const declaration of declarations) {
            const ranges = attendanceRanges(declaration);
            if (isAbsentDeclaration(declaration)) {
                if (ranges.length > 0 && rangesInclude(ranges, n)) return false;
            } else if (!present) {
                present = rangesInclude(ranges, n);
            }
        }
        return present;
    }

    /** Whether the person was present for the whole meeting (every item; with no items: declared present). */
    presentThroughout(person: Person): boolean {
        const items = this.items;
        if (items.length === 0) return personNames(this.doc).declarationsOf(person).some(p => !isAbsentDeclaration(p));
        return items.every(({ number }) => this.presentIn(person, number));
    }

    /**
     * Whether a serving substitute serves in the item numbered `n`: declared under
     * `Tjänstgörande ersättare`, present in it, and within their serving range (none: every
     * item). They serve for {@link memberServedBy}.
     */
    servesIn(person: Person, n: ItemNumber): boolean {
        const declaration = personNames(this.doc).declarationsOf(person).find(p => attendanceGroup(p.$container) === 'serving');
        if (!declaration || !this.presentIn(person, n)) return false;
        const range = servingRange(declaration);
        return range === undefined || rangesInclude([range], n);
    }

    /** The member a serving substitute serves for (the `för` reference), when it resolves. */
    memberServedBy(person: Person): Person | undefined {
        for (const declaration of personNames(this.doc).declarationsOf(person)) {
            const member = declaration.serving?.member?.ref;
            if (member) return member;
        }
        return undefined;
    }

    /** The serving substitutes whose `för` names this member, with their declarations. */
    substitutesFor(member: Person): Person[] {
        const names = personNames(this.doc);
        const wanted = new Set(names.declarationsOf(member));
        const found: Person[] = [];
        for (const element of this.doc.preamble) {
            if (!isAttendanceList(element)) continue;
            for (const person of element.persons) {
                const ref = person.serving?.member?.ref;
                if (ref && (ref === member || wanted.has(ref))) found.push(person);
            }
        }
        return found;
    }
}

/** The attendance of a parsed document (one instance per document). */
export const attendance = perDocument(doc => new Attendance(doc));
