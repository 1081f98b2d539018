/**
 * Folding for minutes: each item, each person list, and every element that spans several lines
 * (a wrapped paragraph, decision or bullet, an action with its owner and deadline, a trailer
 * line with its notes).
 */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { FoldingRangeProvider } from 'langium/lsp';
import type { FoldingRange } from 'vscode-languageserver';
import type { Document } from '../language/generated/ast.js';

/** Elements that may fold; everything else is a single line or part of one of these. */
const FOLDABLE = new Set([
    'Item', 'AttendanceList', 'Paragraph', 'Bullet', 'Decision', 'Action', 'NextMeeting', 'Approval', 'Closing', 'Misplaced'
]);

/** Elements whose children never fold (persons, fields are single lines). */
const LEAVES = new Set(['AttendanceList', 'Paragraph', 'Bullet', 'Decision', 'Action', 'Misplaced']);

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
