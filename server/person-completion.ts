/**
 * Completion of the member a serving substitute serves for: after `för`/`ersätter`/`for`/
 * `replacing` on a `Tjänstgörande ersättare`/`Serving substitutes` line, the persons of the
 * groups that vote (LANGUAGE-2.md section 2), then the absent persons (the member replaced is
 * often listed under `Ej närvarande`). A name already written there is replaced whole. Asked
 * for right after the line's comma, the same persons with the word before them.
 */
import { GrammarUtils, type LangiumDocument } from 'langium';
import { CompletionItemKind, TextEdit, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver';
import type { Document, Person } from '../language/generated/ast.js';
import { attendanceGroup, groupVotes } from '../language/attendance.js';
import { documentLanguage, normalizeName } from '../language/model.js';
import type { Lang } from '../language/keywords.js';
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
    const items = servedCandidates(document.parseResult.value, person, ui)
        .filter(({ member }) => matchesTyped(normalizeName(member.name!), typed))
        .map(candidate => memberItem(candidate, candidate.member.name!, range, candidate.member.name!));
    return { isIncomplete: typed !== '', items };
}

/**
 * Asked for after the comma of a serving substitute's line that names no member yet
 * (`- Cristina Kvist (V), |`): `för Bo Eliasson` (`for …` in English) for each member the
 * substitute may serve for, ranked as after `för`. `prefix` goes before (a space right after the comma).
 */
export function servingWordCompletion(person: Person, range: Range, prefix: string, ui: EditorText): CompletionItem[] {
    if (person.serving || attendanceGroup(person.$container) !== 'serving') return [];
    const doc = person.$container.$container;
    const word = FOR_WORD[documentLanguage(doc)];
    return servedCandidates(doc, person, ui)
        .map(candidate => memberItem(candidate, `${word} ${candidate.member.name}`, range, `${prefix}${word} ${candidate.member.name}`));
}

/** A member the substitute may serve for, as a completion item labelled `text` that writes `newText`. */
function memberItem({ member, rank, order, label }: ServedCandidate, text: string, range: Range, newText: string): CompletionItem {
    return {
        label: text,
        kind: CompletionItemKind.Variable,
        labelDetails: { description: [member.short, label].filter(Boolean).join(' ') },
        detail: label,
        sortText: `${rank}${String(order).padStart(5, '0')}`,
        filterText: text,
        textEdit: TextEdit.replace(range, newText)
    };
}

/** A member a serving substitute may serve for: rank 0 a voting person, 1 an absent one; `order` of declaration. */
interface ServedCandidate { member: Person; rank: number; order: number; label: string }

/** The word that names the member served for, in the document's language. */
const FOR_WORD: Readonly<Record<Lang, string>> = { sv: 'för', en: 'for' };

/** Whom the serving substitute `person` may serve for: the voting groups' persons (rank 0), then the absent ones (rank 1). */
function servedCandidates(doc: Document, person: Person, ui: EditorText): ServedCandidate[] {
    const self = personNames(doc).declarationsOf(person);
    const candidates: ServedCandidate[] = [];
    personNames(doc).persons().forEach((member, order) => {
        if (!member.name || self.includes(member)) return;
        const group = attendanceGroup(member.$container);
        const rank = group !== 'serving' && groupVotes(doc, group) ? 0 : group === 'absent' ? 1 : undefined;
        if (rank === undefined) return;
        const label = group === 'present' ? ui.present : group === 'absent' ? ui.absent : ui.attendanceGroup(group === 'voting' ? 'voting' : 'others');
        candidates.push({ member, rank, order, label });
    });
    return candidates;
}

/** Whether a normalised name matches what was typed: the whole name or one of its words starts with it. */
export function matchesTyped(name: string, typed: string): boolean {
    return typed === '' || name.startsWith(typed) || name.split(' ').some(word => word.startsWith(typed));
}
