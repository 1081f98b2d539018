/**
 * Completion of the member a serving substitute serves for: after `för`/`ersätter`/`for`/
 * `replacing` on a `Tjänstgörande ersättare`/`Serving substitutes` line, the persons of the
 * groups that vote (LANGUAGE-2.md section 2), then the absent persons (the member replaced is
 * often listed under `Ej närvarande`). A name already written there is replaced whole.
 */
import { GrammarUtils, type LangiumDocument } from 'langium';
import { CompletionItemKind, TextEdit, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver';
import type { Document, Person } from '../language/generated/ast.js';
import { attendanceGroup, groupVotes } from '../language/attendance.js';
import { normalizeName } from '../language/model.js';
import { namePartRange, personNames } from '../language/references.js';
import type { EditorText } from '../common/l10n/index.js';

/** The completion after the `för` word of the serving substitute declared by `person`, when the cursor is there. */
export function servedMemberCompletion(document: LangiumDocument<Document>, person: Person, position: Position, ui: EditorText): CompletionList | undefined {
    const serving = person.serving;
    if (!serving || attendanceGroup(person.$container) !== 'serving') return undefined;
    const word = GrammarUtils.findNodeForProperty(serving.$cstNode, 'word');
    const offset = document.textDocument.offsetAt(position);
    // Right after the word (`för|`) the secretary may still be typing `förvaltningen`.
    if (!word || offset <= word.end) return undefined;
    const member = serving.member?.$refNode;
    const servingRange = GrammarUtils.findNodeForProperty(serving.$cstNode, 'range');
    if (servingRange && offset > servingRange.offset) return undefined;
    let range: Range;
    if (member) {
        range = namePartRange(member);
        if (offset > document.textDocument.offsetAt(range.end) || offset < member.offset) return undefined;
    } else {
        const text = document.textDocument.getText();
        let start = word.end;
        while (start < offset && /\s/u.test(text[start])) start++;
        // Anything typed after the word would be the member (or a range): nothing to complete.
        if (start < offset) return undefined;
        range = { start: document.textDocument.positionAt(start), end: position };
    }
    const typed = normalizeName(document.textDocument.getText({ start: range.start, end: position }));
    const doc = document.parseResult.value;
    const self = personNames(doc).declarationsOf(person);
    const items: CompletionItem[] = [];
    personNames(doc).persons().forEach((candidate, order) => {
        if (!candidate.name || self.includes(candidate)) return;
        const group = attendanceGroup(candidate.$container);
        const rank = group !== 'serving' && groupVotes(doc, group) ? 0 : group === 'absent' ? 1 : undefined;
        if (rank === undefined || !matchesTyped(normalizeName(candidate.name), typed)) return;
        const label = group === 'present' ? ui.present : group === 'absent' ? ui.absent : ui.attendanceGroup(group === 'voting' ? 'voting' : 'others');
        items.push({
            label: candidate.name,
            kind: CompletionItemKind.Variable,
            labelDetails: { description: [candidate.short, label].filter(Boolean).join(' ') },
            detail: label,
            sortText: `${rank}${String(order).padStart(5, '0')}`,
            filterText: candidate.name,
            textEdit: TextEdit.replace(range, candidate.name)
        });
    });
    return { isIncomplete: typed !== '', items };
}

/** Whether a normalised name matches what was typed: the whole name or one of its words starts with it. */
export function matchesTyped(name: string, typed: string): boolean {
    return typed === '' || name.startsWith(typed) || name.split(' ').some(word => word.startsWith(typed));
}
