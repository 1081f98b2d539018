/**
 * Quick fixes for person references (LANGUAGE-2.md section 2, "References"): a short form or
 * first name that fits several persons (`person-ambiguous`) becomes one of their full names;
 * a short form or first name that fits one person may be written out as the full name, so the
 * minutes spell the name one way (offered at the cursor, without a diagnostic).
 */
import { CstUtils, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { Document } from '../language/generated/ast.js';
import { Code } from '../language/messages.js';
import { nameTargetAt, namePartRange, personNames, personReferences } from '../language/references.js';
import type { EditorText } from '../common/l10n/index.js';

/** The person quick fixes for a request: for its `person-ambiguous` diagnostics, and at its range. */
export function personCodeActions(document: LangiumDocument<Document>, params: CodeActionParams, ui: EditorText,
    codeOf: (d: Diagnostic) => string | undefined): CodeAction[] {
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
        if (codeOf(diagnostic) === Code.personAmbiguous) actions.push(...ambiguous(document, diagnostic, ui));
    }
    actions.push(...fullName(document, params, ui));
    return actions;
}

/** One fix per person the ambiguous name fits, in the order they are declared. */
function ambiguous(document: LangiumDocument<Document>, diagnostic: Diagnostic, ui: EditorText): CodeAction[] {
    const doc = document.parseResult.value;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    for (const { ref, groups } of personReferences(doc)) {
        const leaf = ref.$refNode;
        if (!leaf || offset < leaf.offset || offset >= leaf.end) continue;
        const found = personNames(doc).resolve(ref.$refText, { groups });
        if (found.kind !== 'ambiguous') return [];
        return found.candidates.map(person => action(document, ui.writeFullName(person.name!), [{ range: namePartRange(leaf), newText: person.name! }], [diagnostic], false));
    }
    return [];
}

/** `Skriv hela namnet Bo Eliasson` on a short-form or first-name reference at the start of the range. */
function fullName(document: LangiumDocument<Document>, params: CodeActionParams, ui: EditorText): CodeAction[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    const offset = document.textDocument.offsetAt(params.range.start);
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeAtOffset(root, offset - 1);
    const target = leaf && !leaf.hidden ? nameTargetAt(document.parseResult.value, leaf) : undefined;
    if (target?.kind !== 'person' || target.declaration || target.form === 'full' || !target.person.name) return [];
    return [action(document, ui.writeFullName(target.person.name), [{ range: target.range, newText: target.person.name }], [], false)];
}

function action(document: LangiumDocument, title: string, edits: TextEdit[], diagnostics: Diagnostic[], isPreferred: boolean): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        ...(diagnostics.length > 0 && { diagnostics }),
        isPreferred,
        edit: { changes: { [document.textDocument.uri]: edits } }
    };
}
