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
    isAttendanceList, isChairLine, isMembersLine, isQuorumLine, isRecusal,
    type AttendanceList, type Chair, type Document, type Item, type Person
} from './generated/ast.js';
import { attendance, attendanceGroup, type AttendanceGroup } from './attendance.js';
import { rangesInclude, readRange, type ItemRange } from './ranges.js';

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

/** Who may decide in each item of `input.items`. */
export function computeRights<P, I>(input: RightsInput<P, I>): Map<I, ItemRights<P>> {
    const rights = new Map<I, ItemRights<P>>();
    const voting = new Map<P, GroupVoting>();
    // A person listed twice (a range under a voting group, the rest under `Ej närvarande`) is
    // judged by the entry that puts them there, so the present entry wins.
    for (const { person, voting: group } of input.entrants) {
        if (!voting.has(person) || voting.get(person) === 'absent') voting.set(person, group);
    }
    for (const item of input.items) {
        const bars = new Map<P, Bar | undefined>();
        const deciders: P[] = [];
        for (const [person, group] of voting) {
            const bar = barOf(input, person, group, item);
            bars.set(person, bar);
            if (bar === undefined) deciders.push(person);
        }
        rights.set(item, {
            deciders,
            bar: person => bars.get(person),
            present: person => {
                const group = voting.get(person);
                return group !== undefined && group !== 'absent' && input.presentIn(person, item);
            },
            serves: person => voting.get(person) === 'serving' && input.presentIn(person, item) && input.servesIn(person, item)
        });
    }
    return rights;
}

function barOf<P, I>(input: RightsInput<P, I>, person: P, group: GroupVoting, item: I): Bar | undefined {
    if (input.recusedIn(person, item)) return 'recused';
    if (group === 'absent') return 'absent';
    if (!input.presentIn(person, item)) return 'not-present';
    if (group === 'non-voting' || (group === 'participants' && input.membersGroup)) return 'no-vote';
    if (group === 'serving' && !input.servesIn(person, item)) return 'not-serving';
    return undefined;
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

const cache = new WeakMap<Document, DecisionRights>();

/** Who may decide in each item of `doc`: computed once per document. */
export function decisionRights(doc: Document): DecisionRights {
    let rights = cache.get(doc);
    if (!rights) {
        rights = documentRights(doc, attendanceOf(doc));
        cache.set(doc, rights);
    }
    return rights;
}

function documentRights(doc: Document, attendance: AttendanceByItem): DecisionRights {
    const groups = doc.preamble.filter(isAttendanceList).map(list => ({ list, voting: groupVoting(list) }));
    const entrants = groups.flatMap(({ list, voting }) => list.persons.filter(p => p.name).map(person => ({ person, voting })));
    const recused = new Map<Item, Set<Person>>();
    for (const item of doc.items) {
        const persons = new Set<Person>();
        for (const element of item.content) {
            if (isRecusal(element)) for (const ref of element.names) if (ref.ref) persons.add(ref.ref);
        }
        recused.set(item, persons);
    }
    const byItem = computeRights<Person, Item>({
        entrants,
        items: doc.items,
        membersGroup: groups.some(group => group.voting === 'members'),
        presentIn: (person, item) => attendance.presentIn(person, item),
        servesIn: (person, item) => attendance.servesIn(person, item),
        recusedIn: (person, item) => recused.get(item)?.has(person) ?? false
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
