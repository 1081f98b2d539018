/**
 * Checks of decisions on the record (LANGUAGE-2.md, sections 6, 7 and 9): votes against their
 * counts and against who may decide, conflicts of interest, reservations, quorum, serving
 * substitutes, movers, the agenda and references to attachments. Who may decide comes from
 * decision-rights.ts, computed once per document. One diagnostic per offending line or
 * reference; where several codes fit, the most specific one alone (`jav-participated` before
 * `voter-not-entitled`, `mover-not-present` before it too).
 */
import { CstUtils, GrammarUtils, type AstNode, type Reference, type ValidationAcceptor } from 'langium';
import {
    isAttachment,
    type Document, type Item, type Person, type Vote
} from '../generated/ast.js';
import { Code } from '../messages.js';
import { keywordOf, leadingToken, propertyRange, referenceRange } from '../model.js';
import type { MinutesServices } from '../minutes-module.js';
import { rulesOf } from '../rule-sets.js';
import { choiceOfList, readVoteCounts, totalVotes, type VoteCounts } from '../votes.js';
import { decisionRights, type Bar, type DecisionRights } from '../decision-rights.js';
import { matchAgenda } from '../agenda.js';
import { itemRecord } from '../item-record.js';
import { RightsContext, spanning, type DocumentCheck } from './rights-context.js';

/** The record checks, for registerValidationChecks. */
export function recordChecks(services: MinutesServices): DocumentCheck[] {
    const run = (check: (ctx: RightsContext) => void): DocumentCheck =>
        (doc: Document, accept: ValidationAcceptor) => check(new RightsContext(services, doc, accept));
    return [run(checkVotes), run(checkMotions), run(checkReservations), run(checkChairs), run(checkQuorum),
        run(checkSubstitutes), run(checkAgenda), run(checkAttachments)];
}

/** The attendance keyword a person stands under, as written (`Ersättare`). */
function groupOf(person: Person): string {
    return person.$container.group;
}

/**
 * `jav-participated` when the person has `Jäv` in the item, else `voter-not-entitled` when they
 * may not decide there (only when the document declares who votes: otherwise every name would
 * be reported, and `voters-undeclared` says it once). True when something was reported.
 */
function reportEntitlement(ctx: RightsContext, rights: DecisionRights, item: Item, ref: Reference<Person>, act: 'vote' | 'move' | 'reserve',
    node: AstNode, bar: Bar | undefined): boolean {
    if (!bar || (bar !== 'recused' && !rights.votersDeclared)) return false;
    const person = ref.ref!;
    const name = person.name ?? ref.$refText;
    const label = ctx.itemLabel(item);
    if (bar === 'recused') {
        ctx.report('error', Code.javParticipated, ctx.messages.javParticipated(name, label, act), node, referenceRange(ref));
    } else {
        ctx.report('error', Code.voterNotEntitled, ctx.messages.voterNotEntitled(name, label, bar, groupOf(person)), node, referenceRange(ref));
    }
    return true;
}

/** The counts of a vote, or undefined when it states none that can be read. */
function countsOf(vote: Vote): VoteCounts | undefined {
    return vote.counts === undefined ? undefined : readVoteCounts(vote.counts);
}

/** Votes: readable counts, lists that agree with them, no more votes than voters, voters who may decide. */
function checkVotes(ctx: RightsContext): void {
    const rights = decisionRights(ctx.doc);
    for (const item of ctx.doc.items) {
        const votes = itemRecord(ctx.doc, item).votes;
        if (votes.length === 0) continue;
        const itemRights = rights.of(item);
        for (const vote of votes) {
            const counts = countsOf(vote);
            const value = vote.counts ?? vote.invalid;
            if (value !== undefined && !counts) {
                ctx.report('error', Code.syntax, ctx.messages.voteCountsUnreadable(keywordOf(vote)!.text, value), vote,
                    propertyRange(vote, vote.counts !== undefined ? 'counts' : 'invalid'));
            }
            checkVoteLists(ctx, vote, counts);
            const votes = counts?.kind === 'counts' ? totalVotes(counts) : vote.lists.reduce((sum, list) => sum + list.names.length, 0);
            if (rights.votersDeclared && votes > itemRights.deciders.length) {
                ctx.report('error', Code.voteExceedsVoters, ctx.messages.voteExceedsVoters(votes, itemRights.deciders.length, ctx.itemLabel(item)),
                    vote, (counts?.kind === 'counts' ? propertyRange(vote, 'counts') : undefined) ?? keywordOf(vote)!.range);
            }
            for (const list of vote.lists) {
                for (const ref of list.names) {
                    if (ref.ref) reportEntitlement(ctx, rights, item, ref, 'vote', list, itemRights.bar(ref.ref));
                }
            }
        }
    }
}

/** `vote-count-mismatch`: once per written `Ja:`/`Nej:`/`Avstår:` list whose names differ from its count. */
function checkVoteLists(ctx: RightsContext, vote: Vote, counts: VoteCounts | undefined): void {
    if (!counts || counts.kind === 'acclamation') return;
    for (const list of vote.lists) {
        const choice = choiceOfList(list.choice);
        if (!choice) continue;
        // `enhälligt`/`unanimous`: nobody against; the other counts are not stated.
        const written = counts.kind === 'counts' ? counts[choice] : choice === 'against' ? 0 : undefined;
        if (written === undefined || list.names.length === written) continue;
        const keyword = keywordOf(list)!;
        ctx.report('error', Code.voteCountMismatch, ctx.messages.voteCountMismatch(keyword.text, list.names.length, vote.counts!, written),
            list, keyword.range);
    }
}

/** Movers and seconders: present for the item, without `Jäv`, and under kommunallagen entitled to decide. */
function checkMotions(ctx: RightsContext): void {
    const rights = decisionRights(ctx.doc);
    const municipal = rulesOf(ctx.doc).id === 'kommunallagen';
    for (const item of ctx.doc.items) {
        const motions = itemRecord(ctx.doc, item).motions;
        if (motions.length === 0) continue;
        const itemRights = rights.of(item);
        for (const motion of motions) {
            for (const field of motion.fields) {
                for (const ref of field.names) {
                    const person = ref.ref;
                    if (!person) continue;
                    const bar = itemRights.bar(person);
                    // Absence has a code of its own here; the right to decide counts for movers under kommunallagen only.
                    const judged = bar === 'recused' || (municipal && bar !== 'absent' && bar !== 'not-present') ? bar : undefined;
                    if (reportEntitlement(ctx, rights, item, ref, 'move', field, judged)) continue;
                    if (!itemRights.present(person)) {
                        ctx.report('error', Code.moverNotPresent,
                            ctx.messages.moverNotPresent(person.name ?? ref.$refText, ctx.itemLabel(item), keywordOf(field)!.text), field, referenceRange(ref));
                    }
                }
            }
        }
    }
}

/** Reservations: by persons who may decide in the item, not by someone who voted for the decision. */
function checkReservations(ctx: RightsContext): void {
    const rights = decisionRights(ctx.doc);
    for (const item of ctx.doc.items) {
        const reservations = itemRecord(ctx.doc, item).reservations;
        if (reservations.length === 0) continue;
        const itemRights = rights.of(item);
        for (const { reservation, vote } of reservations) {
            for (const ref of reservation.names) {
                const person = ref.ref;
                if (!person || reportEntitlement(ctx, rights, item, ref, 'reserve', reservation, itemRights.bar(person))) continue;
                const yes = vote?.lists.find(list => choiceOfList(list.choice) === 'for' && list.names.some(name => name.ref === person));
                if (yes) {
                    ctx.report('warning', Code.reservationVotedFor, ctx.messages.reservationVotedFor(person.name ?? ref.$refText, keywordOf(yes)!.text),
                        reservation, referenceRange(ref));
                }
            }
        }
    }
}

/** `jav-participated` for a chair: on the name under `Jäv` of a person who chairs that item. */
function checkChairs(ctx: RightsContext): void {
    const rights = decisionRights(ctx.doc);
    for (const item of ctx.doc.items) {
        const chairs = new Set(rights.chairsOf(item).map(chair => chair.person.ref).filter(Boolean));
        if (chairs.size === 0) continue;
        for (const recusal of itemRecord(ctx.doc, item).recusals) {
            for (const ref of recusal.names) {
                if (!ref.ref || !chairs.has(ref.ref)) continue;
                ctx.report('error', Code.javParticipated, ctx.messages.javParticipated(ref.ref.name ?? ref.$refText, ctx.itemLabel(item), 'chair'),
                    recusal, referenceRange(ref));
            }
        }
    }
}

/** The range of an item's keyword and number (`§ 14`, `Punkt 3:`). */
function itemHeadRange(item: Item) {
    const keyword = keywordOf(item)!.range;
    return spanning(keyword, propertyRange(item, 'number'));
}

/** `quorum-not-met`: an item with a decision where fewer may decide than the quorum. */
function checkQuorum(ctx: RightsContext): void {
    const rights = decisionRights(ctx.doc);
    const quorum = rights.quorum;
    // Without anyone listed who votes, every item would fall short for one cause (`voters-undeclared`).
    if (quorum === undefined || !rights.votersDeclared) return;
    for (const item of ctx.doc.items) {
        if (!itemRecord(ctx.doc, item).hasDecision) continue;
        const voters = rights.of(item).deciders.length;
        if (voters < quorum) {
            ctx.report('error', Code.quorumNotMet, ctx.messages.quorumNotMet(ctx.itemLabel(item), voters, quorum), item, itemHeadRange(item));
        }
    }
}

/** `substitute-while-serving`: once on the name after `för`, listing the items where the member is there too. */
function checkSubstitutes(ctx: RightsContext): void {
    const rights = decisionRights(ctx.doc);
    for (const { list, voting } of rights.groups) {
        if (voting !== 'serving') continue;
        for (const substitute of list.persons) {
            const ref = substitute.serving?.member;
            const member = ref?.ref;
            if (!ref || !member || member === substitute) continue;
            const both = ctx.doc.items.filter(item => {
                const itemRights = rights.of(item);
                // A member with `Jäv` takes no part, and a substitute may serve in their place.
                return itemRights.serves(substitute) && itemRights.present(member) && itemRights.bar(member) !== 'recused';
            });
            if (both.length === 0) continue;
            ctx.report('error', Code.substituteWhileServing,
                ctx.messages.substituteWhileServing(substitute.name ?? '', member.name ?? ref.$refText, itemList(ctx, both)), substitute, referenceRange(ref));
        }
    }
}

/** `§ 15, 16`: the first item's label and the numbers of the rest. */
function itemList(ctx: RightsContext, items: readonly Item[]): string {
    const [first, ...rest] = items.map(item => ctx.itemLabel(item));
    const numbers = rest.map(label => label.slice(label.lastIndexOf(' ') + 1));
    return [first, ...numbers].join(', ');
}

/** `agenda-item-missing` on each entry no item matches; `item-not-on-agenda` on each item no entry matches. */
function checkAgenda(ctx: RightsContext): void {
    const match = matchAgenda(ctx.doc);
    if (!match) return;
    for (const [entry, item] of match.itemOf) {
        if (item) continue;
        const title = entry.title ?? entry.number ?? '';
        ctx.report('warning', Code.agendaItemMissing, ctx.messages.agendaItemMissing(title), entry,
            propertyRange(entry, 'title') ?? propertyRange(entry, 'number'));
    }
    for (const item of ctx.doc.items) {
        if (match.onAgenda(item)) continue;
        const head = itemHeadRange(item);
        const titleNode = GrammarUtils.findNodeForProperty(item.$cstNode, 'title');
        const first = leadingToken(item)!;
        const heading = titleNode ? first.root.fullText.slice(first.offset, titleNode.end) : first.root.fullText.slice(first.offset, first.end);
        ctx.report('info', Code.itemNotOnAgenda, ctx.messages.itemNotOnAgenda(heading), item, spanning(head, titleNode?.range));
    }
}

/**
 * `bilaga 3`, `Attachment 2`, `appendix 1` in running text (within one line). The word must
 * not end a longer word (`tilläggsbilaga 2`): {@link wordStartsAt} checks the character before
 * it, so that the pattern starts with the words themselves and the engine can skip ahead to them.
 */
const ATTACHMENT_REFERENCE = /(bilaga|attachment|appendix)[ \t\u00a0]+(\d+)(?![\p{L}\p{N}])/giu;

/** A letter or digit just before `at` (the last code point, a surrogate pair included). */
const LETTER_BEFORE = /[\p{L}\p{N}]$/u;

function wordStartsAt(text: string, at: number): boolean {
    return at === 0 || !LETTER_BEFORE.test(text.slice(Math.max(0, at - 2), at));
}

/** `attachment-missing`: a reference in prose (outside fenced blocks) to an attachment that is not there. */
function checkAttachments(ctx: RightsContext): void {
    const root = ctx.doc.$cstNode;
    const textDocument = ctx.doc.$document?.textDocument;
    if (!root || !textDocument) return;
    const text = root.root.fullText;
    ATTACHMENT_REFERENCE.lastIndex = 0;
    let defined: Set<number> | undefined;
    for (const match of text.matchAll(ATTACHMENT_REFERENCE)) {
        if (!wordStartsAt(text, match.index)) continue;
        // Only prose: not the `Bilaga 1:` keyword, not a fenced block's verbatim lines.
        const leaf = CstUtils.findLeafNodeAtOffset(root, match.index);
        if (leaf?.tokenType.name !== 'TEXT') continue;
        defined ??= attachmentNumbers(ctx.doc);
        if (defined.has(Number(match[2]))) continue;
        const range = { start: textDocument.positionAt(match.index), end: textDocument.positionAt(match.index + match[0].length) };
        const word = match[1];
        const attachment = `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()} ${match[2]}:`;
        ctx.report('warning', Code.attachmentMissing, ctx.messages.attachmentMissing(match[0], attachment), leaf.astNode, range);
    }
}

/** The numbers of the document's attachments, after the items and inside them. */
function attachmentNumbers(doc: Document): Set<number> {
    const numbers = new Set<number>();
    for (const attachment of doc.attachments) if (attachment.number !== undefined) numbers.add(attachment.number);
    for (const item of doc.items) {
        for (const element of item.content) if (isAttachment(element) && element.number !== undefined) numbers.add(element.number);
    }
    return numbers;
}
