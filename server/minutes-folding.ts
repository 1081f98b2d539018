/**
 * Folding for minutes: each item, each person list, the agenda and the groups, each attachment,
 * and every element that spans several lines (a wrapped paragraph, decision or bullet, a
 * decision with its att-clauses, an action with its fields, a motion with its mover, a vote with
 * its lists, a reservation or note that wraps, a fenced block, a trailer line with its notes).
 */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { FoldingRangeProvider } from 'langium/lsp';
import type { FoldingRange } from 'vscode-languageserver';
import type { Document } from '../language/generated/ast.js';

/** Elements that may fold; everything else is a single line or part of one of these. */
const FOLDABLE = new Set([
    'Item', 'AttendanceList', 'Agenda', 'GroupList', 'Paragraph', 'Bullet', 'Fenced', 'Decision', 'Clause', 'Action', 'Motion', 'Vote',
    'Reservation', 'RecordNote', 'Recusal', 'Attachment', 'NextMeeting', 'Approval', 'Posted', 'KeptAt', 'Closing', 'Misplaced'
]);

/** Elements whose children never fold (persons, fields, entries, clauses are single lines or fold with them). */
const LEAVES = new Set([
    'AttendanceList', 'Agenda', 'GroupList', 'Paragraph', 'Bullet', 'Fenced', 'Decision', 'Action', 'Motion', 'Vote', 'Reservation',
    'RecordNote', 'Recusal', 'Misplaced'
]);

export class MinutesFoldingRangeProvider implements FoldingRangeProvider {
    getFoldingRanges(document: LangiumDocument): FoldingRange[] {
        const doc = document.parseResult.value as Document;
        const ranges: FoldingRange[] = [];
        const tree = AstUtils.streamAllContents(doc).iterator();
        for (let next = tree.next(); !next.done; next = tree.next()) {
            const node = next.value;
            if (FOLDABLE.has(node.$type)) {
                const range = foldingRange(node);
                if (range) ranges.push(range);
            }
            if (LEAVES.has(node.$type)) tree.prune();
        }
        return ranges;
    }
}

/** From the element's first line to its last (its CST node ends with the line break of that line). */
function foldingRange(node: AstNode): FoldingRange | undefined {
    const range = node.$cstNode?.range;
    if (!range || range.end.line <= range.start.line) return undefined;
    return { startLine: range.start.line, endLine: range.end.line };
}
