/**
 * Quick fixes about decisions, where the fix is mechanical: vote counts written from the names
 * under `Ja:`/`Nej:`/`Avstår:` (`vote-count-mismatch`), and an agenda entry for an item that is
 * not on the agenda (`item-not-on-agenda`). minutes-code-actions.ts routes the diagnostics here.
 */
import { CstUtils, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { isItem, isVote, isVoteList, type AgendaEntry, type Document, type Item, type Vote } from '../language/generated/ast.js';
import { matchAgenda } from '../language/agenda.js';
import { documentLanguage, itemNumbers, propertyRange } from '../language/model.js';
import { choiceOfList, readVoteCounts, VOTE_CHOICES, withCounts, type VoteChoice } from '../language/votes.js';
import type { RightsEditorText } from '../common/l10n/index.js';

/** What the fixes need from the code-action provider. */
export interface RightsFixContext {
    document: LangiumDocument<Document>;
    doc: Document;
    ui: RightsEditorText;
    eol: string;
    /** An edit that inserts `text` as a line of its own below line `line`. */
    insertLineAfter(line: number, text: string): TextEdit;
}

/** The vote whose list (or whose counts) the diagnostic is on. */
function voteAt(ctx: RightsFixContext, diagnostic: Diagnostic): Vote | undefined {
    const root = ctx.doc.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, ctx.document.textDocument.offsetAt(diagnostic.range.start));
    const node = leaf?.astNode;
    return isVoteList(node) ? node.$container : isVote(node) ? node : undefined;
}

/** `vote-count-mismatch`: write the counts the names make (a choice without a list keeps its written count). */
export function countsFromNames(ctx: RightsFixContext, diagnostic: Diagnostic): CodeAction[] {
    const vote = voteAt(ctx, diagnostic);
    const range = vote && propertyRange(vote, 'counts');
    if (!vote || vote.counts === undefined || !range) return [];
    const written = readVoteCounts(vote.counts);
    const counts = {} as Record<VoteChoice, number>;
    for (const choice of VOTE_CHOICES) {
        const lists = vote.lists.filter(list => choiceOfList(list.choice) === choice);
        counts[choice] = lists.length > 0 ? lists.reduce((sum, list) => sum + list.names.length, 0)
            : written?.kind === 'counts' ? written[choice] : 0;
    }
    const text = withCounts(vote.counts, counts, documentLanguage(ctx.doc));
    if (text === vote.counts) return [];
    return [quickFix(ctx, ctx.ui.countsFromNames(text), diagnostic, [{ range, newText: text }])];
}

/**
 * `item-not-on-agenda`: an entry with the item's title (and number, on a numbered agenda),
 * placed after the entry of the nearest item above that is on the agenda, so the agenda keeps
 * the items' order.
 */
export function addAgendaEntry(ctx: RightsFixContext, diagnostic: Diagnostic): CodeAction[] {
    const root = ctx.doc.$cstNode;
    const node = root && CstUtils.findLeafNodeAtOffset(root, ctx.document.textDocument.offsetAt(diagnostic.range.start))?.astNode;
    const item = isItem(node) ? node : undefined;
    const match = matchAgenda(ctx.doc);
    if (!item || !match || !item.title) return [];
    const entries = match.agenda.entries;
    const numbered = entries.some(entry => entry.number !== undefined);
    const number = item.number ?? String(itemNumbers(ctx.doc)[ctx.doc.items.indexOf(item)]);
    const bullet = entries.find(entry => entry.bullet !== undefined)?.bullet ?? '-';
    const line = numbered ? `${number}. ${item.title}` : `${bullet} ${item.title}`;
    // Without an entry above, the new one goes first: right below the `Dagordning:` line.
    const anchor = (entryAbove(ctx.doc, item, match.itemOf) ?? match.agenda).$cstNode;
    if (!anchor) return [];
    return [quickFix(ctx, ctx.ui.addAgendaEntry(item.title), diagnostic, [ctx.insertLineAfter(anchor.range.start.line, line)])];
}

/** The agenda entry of the nearest item above `item` that has one. */
function entryAbove(doc: Document, item: Item, itemOf: ReadonlyMap<AgendaEntry, Item | undefined>): AgendaEntry | undefined {
    for (let i = doc.items.indexOf(item) - 1; i >= 0; i--) {
        for (const [entry, matched] of itemOf) if (matched === doc.items[i]) return entry;
    }
    return undefined;
}

function quickFix(ctx: RightsFixContext, title: string, diagnostic: Diagnostic, edits: TextEdit[]): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [ctx.document.textDocument.uri]: edits } }
    };
}
