/**
 * Renaming a person or a group, from its declaration or from any reference to it
 * (LANGUAGE-2.md section 2, "References"). What is renamed is the form under the cursor:
 * - the full name (at a declaration or a full-name reference): every declaration and full-name
 *   reference gets the new name (a reference keeps its trailing parentheses, `(V)`), first-name
 *   references the new first name, short-form references stay;
 * - the first name (at a first-name reference): the same, with the new first word in front of
 *   the rest of the name (a new name with a space is taken as the whole new name);
 * - the short form (at `(S)` or a short-form reference): every declaration's short form and
 *   every short-form reference.
 * A reference that would then fit another person is written with the full name instead. The
 * new name must not be another person's, and must still read as one name on a role line (no
 * comma, semicolon, `&`, `och`/`and`). The old full name where it stands in prose is offered
 * too: as edits that need confirmation (a change annotation), for clients that show them; the
 * plain `changes` leave prose alone.
 */
import { CstUtils, type LangiumDocument } from 'langium';
import type { RenameProvider } from 'langium/lsp';
import {
    ResponseError, ErrorCodes, type ChangeAnnotation, type Range, type RenameParams, type TextDocumentPositionParams,
    type TextEdit, type WorkspaceEdit
} from 'vscode-languageserver';
import type { Document, Group, Person } from '../language/generated/ast.js';
import { normalizeName, propertyRange } from '../language/model.js';
import type { MinutesSettings } from '../language/minutes-module.js';
import {
    firstName, firstNameKey, nameTargetAt, namePartRange, personNames, personReferences, shortFormKey, withoutTrailingParentheses,
    type NameTarget, type PersonNames
} from '../language/references.js';
import { isWordChar } from '../language/characters.js';
import { clampPosition } from './document-lines.js';
import { strings, type EditorText } from '../common/l10n/index.js';
import { languageFor } from '../language/messages.js';

/** What the lexer would split a role line at, or end a declaration's name at. */
const NOT_IN_A_NAME = /[,;&()\r\n]|\s(?:och|and)\s/iu;
/** What cannot stand in a short form: it is one word in parentheses. */
const NOT_IN_A_SHORT_FORM = /[\s,;&()]/u;
/** The id of the change annotation on edits in prose. */
const IN_PROSE = 'minutes.nameInProse';

export class MinutesRenameProvider implements RenameProvider {
    private readonly settings: MinutesSettings;

    constructor(services: { settings: { Settings: MinutesSettings } }) {
        this.settings = services.settings.Settings;
    }

    /** The name under the cursor, without a reference's trailing parentheses or a short form's. */
    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        return targetAt(document, params)?.range;
    }

    rename(document: LangiumDocument, params: RenameParams): WorkspaceEdit | undefined {
        const target = targetAt(document, params);
        if (!target) return undefined;
        const doc = document.parseResult.value as Document;
        const ui = strings(languageFor(this.settings, doc)).editor;
        const names = personNames(doc);
        const written = params.newName.trim().replace(/\s+/gu, ' ');
        const renaming = target.kind === 'person' && target.form === 'short'
            ? renameShortForm(doc, names, target.person, written, ui)
            : renameFullName(document, names, target, newFullName(target, written), ui);
        const uri = document.textDocument.uri;
        const edit: WorkspaceEdit = { changes: { [uri]: renaming.edits } };
        if (renaming.prose.length === 0) return edit;
        const annotation: ChangeAnnotation = { label: ui.nameInProse, needsConfirmation: true };
        return {
            ...edit,
            documentChanges: [{
                textDocument: { uri, version: document.textDocument.version },
                edits: [...renaming.edits, ...renaming.prose.map(range => ({ range, newText: renaming.newName, annotationId: IN_PROSE }))]
            }],
            changeAnnotations: { [IN_PROSE]: annotation }
        };
    }
}

/** What the cursor stands on, the position first brought inside the document. */
function targetAt(document: LangiumDocument, params: TextDocumentPositionParams): NameTarget | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const offset = document.textDocument.offsetAt(clampPosition(document.textDocument, params.position));
    // At the very end of a name the cursor still points at it.
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeAtOffset(root, offset - 1);
    return leaf && !leaf.hidden ? nameTargetAt(document.parseResult.value as Document, leaf) : undefined;
}

/** The new full name: what was typed, or at a first-name reference the typed first name and the rest of the old name. */
function newFullName(target: NameTarget, written: string): string {
    if (target.kind !== 'person' || target.form !== 'first' || written.includes(' ')) return written;
    const old = target.person.name ?? '';
    return written + old.trim().slice(firstName(old).length);
}

interface Renaming {
    edits: TextEdit[];
    /** Where the old full name stands in prose. */
    prose: Range[];
    newName: string;
}

/** Renames the full name of a person or a group. */
function renameFullName(document: LangiumDocument, names: PersonNames, target: NameTarget, newName: string, ui: EditorText): Renaming {
    const doc = document.parseResult.value as Document;
    if (newName === '' || NOT_IN_A_NAME.test(` ${newName} `)) {
        throw new ResponseError(ErrorCodes.InvalidParams, ui.renameInvalid(newName));
    }
    const named: Person | Group = target.kind === 'person' ? target.person : target.group;
    const holder = names.resolve(newName, { groups: true });
    const holderNode = holder.kind === 'person' && holder.form === 'full' ? holder.person : holder.kind === 'group' ? holder.group : undefined;
    if (holderNode && holderNode !== named) {
        throw new ResponseError(ErrorCodes.InvalidParams, ui.renameTaken(holderNode.name ?? newName));
    }
    const oldName = named.name ?? '';
    const edits: TextEdit[] = [];
    const declarations = target.kind === 'person' ? names.declarationsOf(target.person) : [target.group];
    for (const declaration of declarations) {
        const range = propertyRange(declaration, 'name');
        if (range) edits.push({ range, newText: newName });
    }
    const person = target.kind === 'person' ? target.person : undefined;
    const newFirst = firstName(newName);
    const firstIsFree = person !== undefined && !names.persons().some(other => other !== person && fitsOther(names, other, newFirst));
    for (const { ref, groups } of personReferences(doc)) {
        const leaf = ref.$refNode;
        if (!leaf) continue;
        const found = names.resolve(ref.$refText, { groups });
        if (found.kind === 'group' ? found.group !== named : found.kind !== 'person' || found.person !== named) continue;
        const form = found.kind === 'person' ? found.form : 'full';
        if (form === 'short') continue;
        const text = form === 'first' && firstIsFree ? newFirst : newName;
        if (withoutTrailingParentheses(leaf.text) !== text) edits.push({ range: namePartRange(leaf), newText: text });
    }
    return { edits, prose: proseOccurrences(document, oldName, edits), newName };
}

/** Renames a person's short form (`(S)` → `(M)`) and the references written with it. */
function renameShortForm(doc: Document, names: PersonNames, person: Person, written: string, ui: EditorText): Renaming {
    const short = written.startsWith('(') && written.endsWith(')') ? written.slice(1, -1).trim() : written;
    if (short === '' || NOT_IN_A_SHORT_FORM.test(short)) throw new ResponseError(ErrorCodes.InvalidParams, ui.renameShortInvalid(written));
    const edits: TextEdit[] = [];
    for (const declaration of names.declarationsOf(person)) {
        const range = propertyRange(declaration, 'short');
        if (range) edits.push({ range: { start: { ...range.start, character: range.start.character + 1 }, end: { ...range.end, character: range.end.character - 1 } }, newText: short });
    }
    const free = !names.persons().some(other => other !== person && (fitsOther(names, other, short) || other.short !== undefined && shortFormKey(other.short) === shortFormKey(short)));
    for (const { ref, groups } of personReferences(doc)) {
        const leaf = ref.$refNode;
        const found = names.resolve(ref.$refText, { groups });
        if (!leaf || found.kind !== 'person' || found.person !== person || found.form !== 'short') continue;
        edits.push({ range: namePartRange(leaf), newText: free ? short : person.name ?? short });
    }
    return { edits, prose: [], newName: short };
}

/** Whether a one-word reference `word` would name `other` by their full name, short form or first name. */
function fitsOther(names: PersonNames, other: Person, word: string): boolean {
    const key = normalizeName(word);
    if (!other.name) return false;
    return normalizeName(other.name) === key || firstNameKey(other.name) === key
        || names.declarationsOf(other).some(p => p.short !== undefined && shortFormKey(p.short) === shortFormKey(word));
}

/**
 * The exact old name (same case, whole words) outside the ranges already edited: in prose,
 * in a person's free text, in a comment.
 */
function proseOccurrences(document: LangiumDocument, oldName: string, edited: readonly TextEdit[]): Range[] {
    const text = document.textDocument.getText();
    if (oldName === '') return [];
    const found: Range[] = [];
    for (let at = text.indexOf(oldName); at >= 0; at = text.indexOf(oldName, at + oldName.length)) {
        const end = at + oldName.length;
        if (isWordChar(text, at - 1) || isWordChar(text, end)) continue;
        const range = { start: document.textDocument.positionAt(at), end: document.textDocument.positionAt(end) };
        if (!edited.some(e => overlaps(e.range, range))) found.push(range);
    }
    return found;
}

function overlaps(a: Range, b: Range): boolean {
    const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
    return !(before(a.end, b.start) || before(b.end, a.start));
}
