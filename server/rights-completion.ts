/**
 * Completion about decisions: the rule sets after `Regler:`/`Rules:`, and on the `Ja:`/`Nej:`/
 * `Avstår:` lines under a vote (and on `Av:`, `Instämmer:` and `Reservation:` lines) the
 * persons who may decide in that item first (from
 * language/decision-rights.ts, as the checks read it), then the others, leaving out those
 * already named under the vote. minutes-completion.ts calls these for the values.
 */
import { CompletionItemKind, TextEdit, type CompletionItem, type Range } from 'vscode-languageserver';
import { AstUtils } from 'langium';
import {
    isItem, isVoteList, type Document, type MovedBy, type Person, type Reservation, type SecondedBy, type VoteList
} from '../language/generated/ast.js';
import { decisionRights } from '../language/decision-rights.js';
import { defaultRuleSet, RULE_SET_SPELLINGS, RULE_SETS } from '../language/rule-sets.js';
import { documentLanguage } from '../language/model.js';
import { normalizeKeyword } from '../language/keywords.js';
import type { RightsEditorText } from '../common/l10n/index.js';

/**
 * The rule sets, the kind's default first, each with what it means. A value typed out in full
 * has nothing left to complete (the popup would take the Enter that ends the line).
 */
export function ruleSetItems(doc: Document, typed: string, range: Range, lead: string, ui: RightsEditorText): CompletionItem[] {
    const wanted = normalizeKeyword(typed);
    if (wanted !== '' && RULE_SETS.some(id => RULE_SET_SPELLINGS[id].some(s => normalizeKeyword(s) === wanted))) return [];
    const first = defaultRuleSet(doc.header?.kind);
    const english = documentLanguage(doc) === 'en';
    return [first, ...RULE_SETS.filter(id => id !== first)].flatMap((id, rank) => {
        const spellings = RULE_SET_SPELLINGS[id];
        // `Robert's Rules` is how English minutes name it; the others are Swedish words either way.
        const label = id === 'roberts' && english ? spellings[1] : spellings[0];
        const matching = wanted === '' ? label : spellings.find(s => normalizeKeyword(s).startsWith(wanted));
        if (!matching) return [];
        return [{
            label: matching,
            kind: CompletionItemKind.EnumMember,
            detail: ui.ruleSets[id].summary,
            sortText: String(rank),
            filterText: matching,
            textEdit: TextEdit.replace(range, lead + matching)
        }];
    });
}

/** How a person ranks on a vote list: 0 who may decide in the item, 1 the others; undefined to leave them out. */
export interface VoteRank {
    rank: number;
    description: string;
}

/** The lines inside an item that name those taking part in its decision: voters, movers, seconders, reserving persons. */
export type DeciderLine = VoteList | MovedBy | SecondedBy | Reservation;

/**
 * The ranking of persons on `line`: those who may decide in its item first. On a `Ja:`/`Nej:`/
 * `Avstår:` line anyone already named under the vote, on this line or another, is left out
 * (`except` is the reference being typed over, which does not count).
 */
export function voteRanking(line: DeciderLine, ui: RightsEditorText, except?: unknown): (person: Person) => VoteRank | undefined {
    const item = AstUtils.getContainerOfType(line, isItem);
    const itemRights = item ? decisionRights(item.$container).of(item) : undefined;
    const named = new Set<Person>();
    if (isVoteList(line)) {
        for (const other of line.$container.lists) {
            for (const ref of other.names) if (ref !== except && ref.ref) named.add(ref.ref);
        }
    }
    return person => {
        if (named.has(person)) return undefined;
        const may = itemRights?.bar(person) === undefined && itemRights?.deciders.includes(person) === true;
        return may ? { rank: 0, description: ui.mayVote } : { rank: 1, description: ui.mayNotVote };
    };
}
