/**
 * Pieces of the render model (render-model.ts) for what items of the second edition hold
 * (LANGUAGE-2.md, section 3): motions with their movers, votes with the named voters,
 * reservations, notes for the record, conflicts of interest, fenced blocks, the `Sekretess`
 * line, and the agenda of the header. Each turns one AST element into one block of plain data; render-model.ts decides where
 * it goes.
 */
import { GrammarUtils, type AstNode, type Reference } from 'langium';
import {
    isMovedBy, isMotion, isRecordNote, isRecusal, isReservation,
    type Agenda, type Confidential, type Fenced, type Motion, type RecordNote, type Recusal, type Reservation, type Responsible, type Vote
} from '../generated/ast.js';
import { joinLines } from '../model.js';
import { choiceOfList, readVoteCounts, VOTE_CHOICES, type VoteChoice } from '../votes.js';
import type { Labels } from './labels.js';
import type { AgendaView, Block, NameView, StatementBlock, StatementField, VoteBlock, VoteRow } from './render-model.js';

/** What the pieces need to know: the labels of the document's language, and whether to record source lines. */
export interface PartContext {
    readonly labels: Labels;
    readonly sourceLines: boolean;
}

/** The 0-based first source line of a node, when asked for. */
export function lineOf(ctx: Pick<PartContext, 'sourceLines'>, node: AstNode | undefined): number | undefined {
    return ctx.sourceLines ? node?.$cstNode?.range.start.line : undefined;
}

/** A name as the reader sees it: the declared person's (or group's), or as written when it names no one. */
export function nameOf(ref: Reference<Responsible>): NameView {
    const person = ref.ref;
    return person?.name ? { text: person.name, resolved: true } : { text: ref.$refText, resolved: false };
}

/**
 * What stands between a statement's names and its text in the source: `: ` after a colon
 * (`Reservation: Anna Berg: för eget förslag`), otherwise a space (`… Sven Åberg mot beslutet`).
 */
function separatorOf(node: AstNode, names: ReadonlyArray<Reference<Responsible>>): string {
    const last = names[names.length - 1]?.$refNode;
    const text = GrammarUtils.findNodeForProperty(node.$cstNode, 'text', 0);
    if (!last || !text) return ' ';
    return text.root.fullText.slice(last.end, text.offset).includes(':') ? ': ' : ' ';
}

type StatementNode = Motion | Reservation | RecordNote | Recusal;

function roleOf(node: StatementNode): StatementBlock['role'] {
    if (isMotion(node)) return 'motion';
    if (isReservation(node)) return 'reservation';
    if (isRecordNote(node)) return 'record-note';
    return 'recusal';
}

/** A motion, reservation, note for the record or conflict of interest, with its keyword as the label. */
export function statementBlock(node: StatementNode, ctx: PartContext): StatementBlock {
    const role = roleOf(node);
    const refs = isRecordNote(node) ? (node.person ? [node.person] : []) : isMotion(node) ? [] : node.names;
    const fields: StatementField[] = isMotion(node)
        ? node.fields.map(field => ({
            label: ctx.labels.keyword(isMovedBy(field) ? 'moved-by' : 'seconded-by'),
            names: field.names.map(nameOf),
            line: lineOf(ctx, field)
        }))
        : [];
    return {
        kind: 'statement',
        role,
        label: ctx.labels.keyword(role),
        names: refs.map(nameOf),
        separator: separatorOf(node, refs),
        text: joinLines(node.text),
        fields,
        line: lineOf(ctx, node)
    };
}

/** Whether an element is one of the statements {@link statementBlock} reads. */
export function isStatement(node: AstNode): node is StatementNode {
    return isMotion(node) || isReservation(node) || isRecordNote(node) || isRecusal(node);
}

/** The keyword of each choice, for the rows of a vote's table. */
const CHOICE_KEYWORDS: Readonly<Record<VoteChoice, 'yes' | 'no' | 'abstain'>> = { for: 'yes', against: 'no', abstain: 'abstain' };

/**
 * A vote: the counts as written, and a row for each choice that has a count written or a list
 * of named voters (`Ja`, `Nej`, `Avstår`, in that order): the count as written (votes.ts reads
 * `7 ja, 2 nej`, `7–2–1`), else the number of names, and the names. `Enhälligt`, `acklamation`
 * and counts that cannot be read have no table.
 */
export function voteBlock(vote: Vote, ctx: PartContext): VoteBlock {
    const counts = vote.counts === undefined ? undefined : readVoteCounts(vote.counts);
    const tally = counts?.kind === 'counts' ? counts : undefined;
    const rows: VoteRow[] = [];
    for (const choice of VOTE_CHOICES) {
        const lists = vote.lists.filter(list => choiceOfList(list.choice) === choice);
        const written = tally?.spans[choice] ? tally[choice] : undefined;
        if (lists.length === 0 && written === undefined) continue;
        const names = lists.flatMap(list => list.names.map(nameOf));
        rows.push({ choice: ctx.labels.keyword(CHOICE_KEYWORDS[choice]), count: written ?? names.length, names, line: lineOf(ctx, lists[0]) });
    }
    const { choice, count, names } = ctx.labels.record.vote;
    return {
        kind: 'vote',
        label: vote.kind.trim(),
        counts: vote.counts ?? vote.invalid,
        columns: [choice, count, names],
        rows,
        line: lineOf(ctx, vote)
    };
}

/** A fenced block's lines, verbatim. */
export function fencedBlock(fenced: Fenced, ctx: PartContext): Block {
    return { kind: 'fenced', lines: fenced.lines, line: lineOf(ctx, fenced) };
}

/** `Sekretess: ground` as the full version shows it. */
export function confidentialBlock(node: Confidential, ctx: PartContext): Block {
    return { kind: 'confidential', label: ctx.labels.keyword('confidential'), ground: node.ground?.trim() || undefined, line: lineOf(ctx, node) };
}

/**
 * `Dagordning:` with its entries: a `1. Title` entry keeps the number written (`1`), a `- Title`
 * entry has none (no number the writer did not write). None when there is no agenda or it is empty.
 */
export function agendaView(agenda: Agenda | undefined, ctx: PartContext): AgendaView | undefined {
    if (!agenda || agenda.entries.length === 0) return undefined;
    return {
        heading: ctx.labels.keyword('agenda'),
        entries: agenda.entries.map(entry => ({
            number: entry.number?.replace(/[.)]\s*$/u, '').trim() || undefined,
            title: entry.title?.trim() ?? '',
            line: lineOf(ctx, entry)
        })),
        line: lineOf(ctx, agenda)
    };
}
