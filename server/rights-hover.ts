/**
 * Hovers about decisions (LANGUAGE-2.md, section 6, and issue 12's editor part): on an item's
 * keyword or number, who may decide there, who has `Jäv`, the quorum and the arithmetic of its
 * votes; on `Regler:` the rule set that applies and what it means. Who may decide is read from
 * language/decision-rights.ts, as the checks read it.
 */
import type { Document, Item, Person, Vote } from '../language/generated/ast.js';
import { decisionRights } from '../language/decision-rights.js';
import { itemRecord } from '../language/item-record.js';
import { defaultRuleSet, rulesOf } from '../language/rule-sets.js';
import { choiceOfList, readVoteCounts, VOTE_CHOICES, type VoteChoice } from '../language/votes.js';
import { itemNumbers, keywordOf, leadingToken } from '../language/model.js';
import { strings, type Lang } from '../common/l10n/index.js';
import { escapeMarkdown } from './markdown.js';
import { itemLabelOf } from '../language/checks/rights-context.js';

/** `**§ 14 Riktlinjer**`, who may decide, `Jäv`, the quorum, and each vote's sum against the voters. */
export function itemHover(doc: Document, item: Item, lang: Lang): string {
    const ui = strings(lang).rights;
    const rights = decisionRights(doc);
    const itemRights = rights.of(item);
    const number = item.number ?? String(itemNumbers(doc)[doc.items.indexOf(item)]);
    const heading = [leadingToken(item)?.text, number, item.title].filter(Boolean).join(' ');
    const lines = [`**${escapeMarkdown(heading)}**`, ''];
    const deciders = itemRights.deciders.map(person => person.name ?? '');
    lines.push(deciders.length > 0 ? `${ui.mayDecide(deciders.length)}: ${escapeMarkdown(deciders.join(', '))}` : ui.nobodyMayDecide);
    const record = itemRecord(doc, item);
    const recused = record.recusals.flatMap(recusal => recusal.names.map(ref => ref.ref?.name ?? ref.$refText));
    if (recused.length > 0) lines.push('', `${ui.recused}: ${escapeMarkdown(recused.join(', '))}`);
    if (rights.quorum !== undefined) lines.push('', ui.quorum(rights.quorum));
    for (const vote of record.votes) {
        const arithmetic = voteArithmetic(vote, deciders.length, lang);
        if (arithmetic) lines.push('', `${escapeMarkdown(keywordOf(vote)?.text ?? '')} ${arithmetic}`);
    }
    return lines.join('\n');
}

/**
 * `5 + 2 + 1 = 8 röster; 8 får besluta`: the written counts (or, without counts, the names
 * under each list), for, against, abstaining; undefined for a vote with neither.
 */
export function voteArithmetic(vote: Vote, voters: number, lang: Lang): string | undefined {
    const counts = vote.counts === undefined ? undefined : readVoteCounts(vote.counts);
    let parts: number[];
    if (counts?.kind === 'counts') {
        parts = VOTE_CHOICES.filter(choice => counts.spans[choice] || counts[choice] > 0).map(choice => counts[choice]);
    } else {
        const named = new Map<VoteChoice, number>();
        for (const list of vote.lists) {
            const choice = choiceOfList(list.choice);
            if (choice) named.set(choice, (named.get(choice) ?? 0) + list.names.length);
        }
        if (named.size === 0) return undefined;
        parts = VOTE_CHOICES.filter(choice => named.has(choice)).map(choice => named.get(choice)!);
    }
    const total = parts.reduce((sum, n) => sum + n, 0);
    return strings(lang).rights.voteArithmetic(parts.join(' + '), total, voters);
}

/** `**kommunallagen**`, what it means, and whether it is the kind's default. */
export function rulesHover(doc: Document, lang: Lang): string {
    const ui = strings(lang).rights;
    const rules = rulesOf(doc);
    const set = ui.ruleSets[rules.id];
    const lines = [`**${escapeMarkdown(set.name)}**`, '', set.summary];
    const kind = doc.header?.kind;
    if (kind && (!rules.line || !rules.known) && defaultRuleSet(kind) === rules.id) lines.push('', ui.ruleSetDefault(kind));
    return lines.join('\n');
}

/**
 * A person's part in the decisions, for their hover: `Yrkanden: § 14` (moved or seconded),
 * `Röster: § 14 Ja, § 16 Nej`,
 * `Reservationer: § 14`, `Jäv: § 15` (the list keywords as written); nothing when they had none.
 */
export function votesCast({ doc, person, lang }: { doc: Document; person: Person; lang: Lang }): string[] {
    const ui = strings(lang).rights;
    const numbers = itemNumbers(doc);
    const votes: string[] = [];
    const reservations: string[] = [];
    const recusals: string[] = [];
    const motions: string[] = [];
    doc.items.forEach((item, i) => {
        const record = itemRecord(doc, item);
        if (record.votes.length + record.motions.length + record.reservations.length + record.recusals.length === 0) return;
        const label = itemLabelOf(item, numbers[i]);
        for (const vote of record.votes) {
            for (const list of vote.lists) if (list.names.some(ref => ref.ref === person)) votes.push(`${label} ${list.choice}`);
        }
        if (record.motions.some(motion => motion.fields.some(field => field.names.some(ref => ref.ref === person)))) motions.push(label);
        if (record.reservations.some(({ reservation }) => reservation.names.some(ref => ref.ref === person))) reservations.push(label);
        if (record.recusals.some(recusal => recusal.names.some(ref => ref.ref === person))) recusals.push(label);
    });
    return [[ui.motions, motions], [ui.votes, votes], [ui.reservations, reservations], [ui.recused, recusals]]
        .filter(([, items]) => items.length > 0)
        .map(([heading, items]) => `${heading}: ${escapeMarkdown((items as string[]).join(', '))}`);
}
