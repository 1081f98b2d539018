/**
 * Quick fixes for `personal-id-number` (language/checks/identity.ts): mark the item that holds the
 * number confidential (a `Sekretess:` line under its heading, with a ground for the secretary to
 * correct; the public version then leaves the item out), or remove the number. Neither is
 * preferred: which is right depends on why the number is there.
 */
import type { LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { isConfidential, type Document, type Item } from '../language/generated/ast.js';
import { documentLanguage } from '../language/model.js';
import { KEYWORD_BY_ID } from '../language/keywords.js';
import { strings, type Lang } from '../common/l10n/index.js';
import { lineText } from './document-lines.js';

/** The item whose lines include `line`, if any. */
function itemAtLine(doc: Document, line: number): Item | undefined {
    return doc.items.find(item => {
        const range = item.$cstNode?.range;
        return range !== undefined && range.start.line <= line && line <= range.end.line;
    });
}

/** The edit that writes `text` as a line of its own below `line`, also below a last line without a break. */
function lineBelow(document: LangiumDocument, line: number, text: string, eol: string): TextEdit {
    if (line < document.textDocument.lineCount - 1) {
        const at = { line: line + 1, character: 0 };
        return { range: { start: at, end: at }, newText: `${text}${eol}` };
    }
    const at = { line, character: lineText(document, line).length };
    return { range: { start: at, end: at }, newText: `${eol}${text}` };
}

/**
 * The number's range, with the space before it when a space, punctuation or the line's end
 * follows (`Sökande 811228-9874, Stockholm` → `Sökande, Stockholm`).
 */
function removalRange(document: LangiumDocument, diagnostic: Diagnostic): Diagnostic['range'] {
    const { start, end } = diagnostic.range;
    const text = lineText(document, start.line);
    const before = text.charAt(start.character - 1);
    const after = text.charAt(end.character);
    if (before === ' ' && /^(?:[\s.,;:!?)]|)$/u.test(after)) return { start: { line: start.line, character: start.character - 1 }, end };
    return diagnostic.range;
}

/** The fixes of one `personal-id-number` diagnostic, titled in `lang` (the view's language). */
export function identityFixes(document: LangiumDocument<Document>, lang: Lang, diagnostic: Diagnostic, eol: string): CodeAction[] {
    const doc = document.parseResult.value;
    const words = strings(lang).record.identity;
    const uri = document.textDocument.uri;
    const action = (title: string, edits: TextEdit[]): CodeAction =>
        ({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: edits } } });
    const actions: CodeAction[] = [];
    const item = itemAtLine(doc, diagnostic.range.start.line);
    if (item?.$cstNode && !item.content.some(isConfidential)) {
        const keyword = KEYWORD_BY_ID.confidential.canonical[documentLanguage(doc)];
        const edit = lineBelow(document, item.$cstNode.range.start.line, `${keyword}: ${words.defaultGround}`, eol);
        actions.push(action(words.markConfidential(keyword), [edit]));
    }
    actions.push(action(words.removeNumber, [{ range: removalRange(document, diagnostic), newText: '' }]));
    return actions;
}
