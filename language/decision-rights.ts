/**
 * Who may decide in each item (LANGUAGE-2.md, section 6): the voting groups, less those whose
 * attendance range excludes the item, less those with `Jäv` in it; a serving substitute counts
 * in the items where they serve. Computed once per document and read by every check, hover and
 * rendering that needs it, so they all agree on who could vote.
 *
 * The computation ({@link computeRights}) is on plain inputs; {@link decisionRights} feeds it
 * the document's attendance lists, ranges and recusals.
 */
import {
    isAttendanceList, isChairLine, isMembersLine, isQuorumLine,
    type AttendanceList, type Chair, type Document, type Item, type Person
} from './generated/ast.js';
import { attendance, attendanceGroup, type AttendanceGroup } from './attendance.js';
import { rangesInclude, readRange, type ItemRange } from './ranges.js';
import { itemRecord } from './item-record.js';
import { perDocument } from './model.js';

/** How the members of an attendance group take part in decisions. */
export type GroupVoting =
    /** `Beslutande`, `Ledamöter`, `Tjänstgörande ledamöter`, `Members present`, … */
    | 'members'
    /** `Deltagare`, `Närvarande`, `Present`, …: they vote unless the document has a members group. */
    | 'participants'
    /** `Tjänstgörande ersättare`, `Serving substitutes`: they vote in the items they serve. */
    | 'serving'
    /** `Ersättare`, `Övriga närvarande`, `Guests`, …: present, no vote. */
    | 'non-voting'
    /** `Ej närvarande`, `Absent`, `Regrets`, …: not there. */
    | 'absent';

/** How each attendance group (attendance.ts) takes part in decisions. */
const VOTING_BY_GROUP: Readonly<Record<AttendanceGroup, GroupVoting>> = {
    present: 'participants', voting: 'members', serving: 'serving', substitutes: 'non-voting', others: 'non-voting', absent: 'absent'
};

/** How the members of an attendance list take part in decisions. */
export function groupVoting(list: AttendanceList): GroupVoting {
    return VOTING_BY_GROUP[attendanceGroup(list)];
}

/** Why a person may not decide in an item; the most specific reason first. */
export type Bar =
    /** `Jäv` in the item. */
    | 'recused'
    /** Listed under `Ej närvarande`/`Absent`. */
    | 'absent'
    /** Present at the meeting, but their attendance range leaves the item out. */
    | 'not-present'
    /** In a group that does not vote (`Ersättare`, `Övriga närvarande`; `Deltagare` beside `Beslutande`). */
    | 'no-vote'
    /** A serving substitute outside the items they serve. */
    | 'not-serving';

/** One declared person and the facts about them that decide their right to decide. */
export interface Entrant<P> {
    person: P;
    voting: GroupVoting;
}

/** What {@link computeRights} is computed from. */
export interface RightsInput<P, I> {
    /** Every declared person, in document order. */
    entrants: ReadonlyArray<Entrant<P>>;
    items: readonly I[];
    /** Whether the document has a members group (`Beslutande`): then `Deltagare` do not vote. */
    membersGroup: boolean;
    /** Whether the person is at the meeting for the item (their attendance range includes it; no range: every item). */
    presentIn(person: P, item: I): boolean;
    /** Whether a serving substitute serves in the item (their serving range includes it; no range: every item). */
    servesIn(person: P, item: I): boolean;
    /** Whether the person has `Jäv` in the item. */
    recusedIn(person: P, item: I): boolean;
}

/** Who may decide in one item. */
export interface ItemRights<P> {
    /** The persons who may decide, in document order. */
    readonly deciders: readonly P[];
    /** Why `person` may not decide here; undefined when they may (or when they are not declared). */
    bar(person: P): Bar | undefined;
    /** Whether `person` is at the meeting for this item (whatever their vote). */
    present(person: P): boolean;
    /** Whether `person` is a serving substitute who serves in this item. */
    serves(person: P): boolean;
}

/** Who may decide in each item; undefined for an item that is not one of the input's. */
export interface RightsByItem<P, I> {
    get(item: I): ItemRights<P> | undefined;
}

/**
 * Who may decide in each item of `input.items`. An item's rights are worked out the first time
 * they are asked for: a check or a hover usually needs a few items of a long protocol.
 */
export function computeRights<P, I>(input: RightsInput<P, I>): RightsByItem<P, I> {
    const items = new Set(input.items);
    const rights = new Map<I, ItemRights<P>>();
    const voting = new Map<P, GroupVoting>();
    // A person listed twice (a range under a voting group, the rest under `Ej närvarande`) is
    // judged by the entry that puts them there, so the present entry wins.
    for (const { person, voting: group } of input.entrants) {
        if (!voting.has(person) || voting.get(person) === 'absent') voting.set(person, group);
    }
    return {
        get: item => {
            let found = rights.get(item);
            if (!found && items.has(item)) {
                found = itemRights(input, voting, item);
                rights.set(item, found);
            }
            return found;
        }
    };
}

/** Who may decide in one item: every person's standing is worked out once; the checks and hovers only look it up. */
function itemRights<P, I>(input: RightsInput<P, I>, voting: ReadonlyMap<P, GroupVoting>, item: I): ItemRights<P> {
    const standings = new Map<P, Standing>();
    const deciders: P[] = [];
    for (const [person, group] of voting) {
        const standing = standingOf(input, person, group, item);
        standings.set(person, standing);
        if (standing.bar === undefined) deciders.push(person);
    }
    return {
        deciders,
        bar: person => standings.get(person)?.bar,
        present: person => standings.get(person)?.present ?? false,
        serves: person => standings.get(person)?.serves ?? false
    };
}

/** A person in one item: why they may not decide, whether they are there, whether they serve as a substitute. */
interface Standing {
    bar: Bar | undefined;
    present: boolean;
    serves: boolean;
}

function standingOf<P, I>(input: RightsInput<P, I>, person: P, group: GroupVoting, item: I): Standing {
    const present = group !== 'absent' && input.presentIn(person, item);
    const serves = group === 'serving' && present && input.servesIn(person, item);
    const bar: Bar | undefined = input.recusedIn(person, item) ? 'recused'
        : group === 'absent' ? 'absent'
            : !present ? 'not-present'
                : group === 'non-voting' || (group === 'participants' && input.membersGroup) ? 'no-vote'
                    : group === 'serving' && !serves ? 'not-serving'
                        : undefined;
    return { bar, present, serves };
}

/** Attendance by item (attendance.ts, ranges.ts), in the terms the rights are computed in. */
export interface AttendanceByItem {
    presentIn(person: Person, item: Item): boolean;
    servesIn(person: Person, item: Item): boolean;
    /** Whether a chair (of `Ordförande: Anna Berg (§ 94–106)`) chairs the item: no range, every item. */
    chairsIn(chair: Chair, item: Item): boolean;
}

/** The document's attendance by item, from the one answer of attendance.ts. */
function attendanceOf(doc: Document): AttendanceByItem {
    const present = attendance(doc);
    const numbers = new Map(present.items.map(({ item, number }) => [item, number]));
    const numberOf = (item: Item) => numbers.get(item) ?? { major: 0 };
    const chairRanges = new Map<Chair, ItemRange | undefined>();
    const chairRange = (chair: Chair) => {
        if (!chairRanges.has(chair)) {
            const reading = chair.range === undefined ? undefined : readRange(chair.range);
            // An unreadable range is reported by the person checks; the chair then chairs throughout.
            chairRanges.set(chair, reading?.ok ? reading.range : undefined);
        }
        return chairRanges.get(chair);
    };
    return {
        presentIn: (person, item) => present.presentIn(person, numberOf(item)),
        servesIn: (person, item) => present.servesIn(person, numberOf(item)),
        chairsIn: (chair, item) => {
            const range = chairRange(chair);
            return range === undefined || rangesInclude([range], numberOf(item));
        }
    };
}

/** A document's decision rights, per item. */
export interface DecisionRights {
    /** Who may decide in `item` (an item of this document). */
    of(item: Item): ItemRights<Person>;
    /** The attendance lists and how each votes. */
    readonly groups: ReadonlyArray<{ list: AttendanceList; voting: GroupVoting }>;
    /** Whether any person is in a group that votes (`Deltagare`, `Beslutande`, `Tjänstgörande ersättare`). */
    readonly votersDeclared: boolean;
    /** The chairs of `item`. */
    chairsOf(item: Item): Chair[];
    /** The number of members needed to decide, when the document states `Beslutförhet` or `Antal ledamöter`. */
    readonly quorum?: number;
}

/** Who may decide in each item of `doc`: computed once per document. */
export const decisionRights: (doc: Document) => DecisionRights = perDocument(doc => documentRights(doc, attendanceOf(doc)));

function documentRights(doc: Document, attendance: AttendanceByItem): DecisionRights {
    const groups = doc.preamble.filter(isAttendanceList).map(list => ({ list, voting: groupVoting(list) }));
    const entrants = groups.flatMap(({ list, voting }) => list.persons.filter(p => p.name).map(person => ({ person, voting })));
    const recused = new Map<Item, Set<Person>>();
    const recusedIn = (item: Item): Set<Person> => {
        let persons = recused.get(item);
        if (!persons) {
            persons = new Set<Person>();
            for (const recusal of itemRecord(doc, item).recusals) {
                for (const ref of recusal.names) if (ref.ref) persons.add(ref.ref);
            }
            recused.set(item, persons);
        }
        return persons;
    };
    const byItem = computeRights<Person, Item>({
        entrants,
        items: doc.items,
        membersGroup: groups.some(group => group.voting === 'members'),
        presentIn: (person, item) => attendance.presentIn(person, item),
        servesIn: (person, item) => attendance.servesIn(person, item),
        recusedIn: (person, item) => recusedIn(item).has(person)
    });
    const chairs = doc.preamble.filter(isChairLine).flatMap(line => line.chairs);
    return {
        of: item => byItem.get(item) ?? NOBODY,
        groups,
        votersDeclared: entrants.some(({ voting }) => voting === 'members' || voting === 'participants' || voting === 'serving'),
        chairsOf: item => chairs.filter(chair => attendance.chairsIn(chair, item)),
        quorum: quorumOf(doc)
    };
}

const NOBODY: ItemRights<Person> = { deciders: [], bar: () => undefined, present: () => false, serves: () => false };

/**
 * Members needed to decide: `Beslutförhet`/`Quorum` as written, else more than half of
 * `Antal ledamöter`/`Members`; undefined when the document states neither.
 */
export function quorumOf(doc: Document): number | undefined {
    const quorum = doc.preamble.find(isQuorumLine)?.count;
    if (quorum !== undefined) return quorum;
    const seats = doc.preamble.find(isMembersLine)?.count;
    return seats === undefined ? undefined : Math.floor(seats / 2) + 1;
}
