/**
 * Pieces of the render model (render-model.ts) for who was there and who signs (LANGUAGE-2.md
 * sections 2, 5 and 8): the attendance groups with short forms, attendance ranges and
 * substitutions as written; the roles with a chair's items; and the signature block of the
 * document's rule set, which rule-sets.ts decides and this only lays out.
 */
import { isAttendanceList, isTellersLine, type AttendanceList, type ChairLine, type Document, type Person } from '../generated/ast.js';
import { attendanceGroup } from '../attendance.js';
import { parseIsoDate, formatLongDate } from '../dates.js';
import { ATTENDANCE_GROUPS, type Lang } from '../keywords.js';
import { personInfo, roleLines, roleNames } from '../model.js';
import { signatureBlock } from '../rule-sets.js';
import { lineOf, nameOf, type PartContext } from './model-parts.js';
import type { NameView, PeopleList, PersonEntry, RoleView, ServingView, SignatureBlock } from './render-model.js';

/** What these pieces need besides the labels: the document's language. */
export interface AttendanceContext extends PartContext {
    readonly lang: Lang;
}

/** The serving part of a substitute's line: `för Olle Berg (M) § 3`, the member by their declared name and short form. */
function servingView(person: Person): ServingView | undefined {
    const serving = person.serving;
    if (!serving) return undefined;
    const member = serving.member && { ...nameOf(serving.member), short: serving.member.ref?.short };
    return { word: serving.word, member, range: serving.range?.trim() || undefined };
}

/** A person as every list shows them: name, short form, attendance ranges, free text, whom they serve for. */
export function personEntry(person: Person, ctx: PartContext): PersonEntry {
    return {
        kind: 'person',
        name: person.name,
        short: person.short,
        ranges: person.ranges.length > 0 ? person.ranges : undefined,
        info: personInfo(person),
        serving: servingView(person),
        line: lineOf(ctx, person)
    };
}

function peopleList(list: AttendanceList, ctx: AttendanceContext): PeopleList {
    const entries: PersonEntry[] = [];
    // `Deltagare: Anna, Bo` on one line is an error; the names still show, as written.
    if (list.invalid) entries.push({ kind: 'written', text: list.invalid, line: lineOf(ctx, list) });
    for (const person of list.persons) entries.push(personEntry(person, ctx));
    return { heading: list.group.trim(), group: attendanceGroup(list), entries, line: lineOf(ctx, list) };
}

/**
 * Every attendance list as written (its own heading: `Tjänstepersoner`, `Gäster`), in a
 * protocol's order of groups — members, serving substitutes, substitutes, others, absent — and
 * in document order within a group. Empty lists are left out.
 */
export function attendanceGroups(doc: Document, ctx: AttendanceContext): PeopleList[] {
    const lists = doc.preamble.filter(isAttendanceList).map(list => peopleList(list, ctx)).filter(list => list.entries.length > 0);
    const rank = (list: PeopleList) => ATTENDANCE_GROUPS.indexOf(list.group ?? 'present');
    return lists.map((list, index) => ({ list, index })).sort((a, b) => rank(a.list) - rank(b.list) || a.index - b.index).map(({ list }) => list);
}

/** A chair with the items they chair, as written (`(§ 94–106)`). */
function chairNames(line: ChairLine): NameView[] {
    return line.chairs.map(chair => ({ ...nameOf(chair.person), range: chair.range?.trim() || undefined }));
}

/** The roles in the order a protocol states them: chair, secretary, adjusters, tellers. */
export function roleViews(doc: Document, ctx: AttendanceContext): RoleView[] {
    const { chair, secretary, adjuster } = roleLines(doc);
    const tellers = doc.preamble.find(isTellersLine);
    const roles: RoleView[] = [];
    if (chair && chair.chairs.length > 0) roles.push({ role: 'chair', label: ctx.labels.keyword('chair'), names: chairNames(chair), line: lineOf(ctx, chair) });
    for (const [role, node] of [['secretary', secretary], ['adjuster', adjuster], ['tellers', tellers]] as const) {
        if (node && roleNames(node).length > 0) {
            roles.push({ role, label: ctx.labels.keyword(role), names: roleNames(node).map(nameOf), line: lineOf(ctx, node) });
        }
    }
    return roles;
}

/**
 * The signature block of the document's rule set (rule-sets.ts): its signers in its order, and
 * under Robert's Rules the approval (`Approved 20 March 2026`, `To be approved at the next meeting`).
 */
export function signatureView(doc: Document, ctx: AttendanceContext): SignatureBlock | undefined {
    const block = signatureBlock(doc, ctx.lang);
    const approvalDate = parseIsoDate(block.approval?.date);
    const approval = block.approval && [block.approval.text, approvalDate && formatLongDate(approvalDate, ctx.lang, false)].filter(Boolean).join(' ');
    if (block.signers.length === 0 && !approval) return undefined;
    return {
        heading: ctx.labels.signatures,
        signatures: block.signers.map(signer => ({
            role: signer.label,
            name: { text: signer.name, resolved: signer.resolved },
            line: ctx.sourceLines ? signer.line : undefined
        })),
        approval
    };
}
