/**
 * Quick fixes for the diagnostics whose fix is mechanical, found by `diagnostic.code`:
 * add an unknown person to Deltagare or correct the name to a declared one, remove a person
 * listed as both present and absent from one list, write the right weekday, renumber items, and
 * move an absent adjuster (chair, secretary) to Deltagare. A list left without persons loses its
 * heading too.
 */
import { CstUtils, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Position, type TextEdit
} from 'vscode-languageserver';
import {
    isDateSpec, isMeetingTime, isPerson, isPlace,
    type AttendanceList, type Document, type Person
} from '../language/generated/ast.js';
import { Code } from '../language/messages.js';
import { dateRangeOf, declaredPersons, documentLanguage, isAbsentList, isPresentList, itemNumbers, normalizeName, personIndex, personInfo, propertyRange, referenceAt } from '../language/model.js';
import { normalizeKeyword, weekdayName, KEYWORD_BY_ID } from '../language/keywords.js';
import { readWeekdays, weekdayOf } from '../language/dates.js';
import { similarNames } from '../language/names.js';
import type { MinutesSettings } from '../language/minutes-module.js';
import { clampRange, leadingKeyword, lineText } from './document-lines.js';
import { strings, type EditorText } from '../common/l10n/index.js';
import { languageFor } from '../language/messages.js';
import { addAgendaEntry, countsFromNames, type RightsFixContext } from './rights-code-actions.js';
import { personCodeActions } from './person-code-actions.js';
import { identityFixes } from './identity-code-actions.js';

/** One fix request: the document, its AST and how to write lines into it. */
interface FixContext {
    document: LangiumDocument<Document>;
    doc: Document;
    ui: EditorText;
    eol: string;
}

/**
 * The request with its range and its diagnostics' ranges inside the document: the diagnostics
 * come back from the client, which may send any range (see clampPosition).
 */
function clampedParams(document: LangiumDocument, params: CodeActionParams): CodeActionParams {
    const textDocument = document.textDocument;
    return {
        ...params,
        range: clampRange(textDocument, params.range),
        context: {
            ...params.context,
            diagnostics: (params.context?.diagnostics ?? []).map(d => ({ ...d, range: clampRange(textDocument, d.range) }))
        }
    };
}

export class MinutesCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: { settings: { Settings: MinutesSettings } }) { }

    getCodeActions(document: LangiumDocument, clientParams: CodeActionParams): CodeAction[] {
        const params = clampedParams(document, clientParams);
        const text = document.textDocument.getText();
        const ctx: FixContext = {
            document: document as LangiumDocument<Document>,
            doc: document.parseResult.value as Document,
            ui: strings(languageFor(this.services.settings.Settings, document.parseResult.value as Document)).editor,
            eol: /\r\n|\n|\r/u.exec(text)?.[0] ?? '\n'
        };
        const actions: CodeAction[] = [];
        const numbering = params.context.diagnostics.filter(d => codeOf(d) === Code.itemNumberGap || codeOf(d) === Code.itemNumberDuplicate);
        for (const diagnostic of params.context.diagnostics) {
            switch (codeOf(diagnostic)) {
                case Code.personUnknown:
                    actions.push(...this.unknownPerson(ctx, diagnostic));
                    break;
                case Code.personPresentAndAbsent:
                    actions.push(...this.presentAndAbsent(ctx, diagnostic));
                    break;
                case Code.weekdayMismatch:
                    actions.push(...this.weekday(ctx, diagnostic));
                    break;
                case Code.adjusterNotPresent: case Code.chairNotPresent: case Code.secretaryNotPresent:
                    actions.push(...this.moveToPresent(ctx, diagnostic));
                    break;
                case Code.voteCountMismatch:
                    actions.push(...countsFromNames(this.rightsContext(ctx), diagnostic));
                    break;
                case Code.itemNotOnAgenda:
                    actions.push(...addAgendaEntry(this.rightsContext(ctx), diagnostic));
                    break;
                case Code.personalIdNumber:
                    actions.push(...identityFixes(ctx.document, languageFor(this.services.settings.Settings, ctx.doc), diagnostic, ctx.eol));
                    break;
            }
        }
        if (numbering.length > 0) actions.push(...this.renumber(ctx, numbering));
        actions.push(...personCodeActions(ctx.document, params, ctx.ui, codeOf));
        return actions;
    }

    /** What the fixes of rights-code-actions.ts need. */
    private rightsContext(ctx: FixContext): RightsFixContext {
        const lang = languageFor(this.services.settings.Settings, ctx.doc);
        return { ...ctx, ui: strings(lang).rights, insertLineAfter: (line, text) => insertLineAfter(ctx, line, text) };
    }

    /** Add the name to Deltagare, or change it to a declared name within two edits (preferred when there is one). */
    private unknownPerson(ctx: FixContext, diagnostic: Diagnostic): CodeAction[] {
        const name = ctx.document.textDocument.getText(diagnostic.range).trim();
        if (!name) return [];
        const declared = [...personIndex(ctx.doc).values()].map(person => person.name!);
        const similar = similarNames(name, declared);
        const actions: CodeAction[] = similar.map((candidate, i) =>
            fix(ctx, ctx.ui.replaceWith(candidate), diagnostic, [{ range: diagnostic.range, newText: candidate }], i === 0));
        const list = ctx.doc.preamble.find(isPresentList);
        const listName = list ? leadingKeyword(list)?.text : KEYWORD_BY_ID.present.canonical[documentLanguage(ctx.doc)];
        actions.push(fix(ctx, ctx.ui.addToPresent(name, listName ?? ''), diagnostic, this.addPresent(ctx, `- ${name}`), similar.length === 0));
        return actions;
    }

    /** Keep the person under Deltagare (preferred) or under Ej närvarande. */
    private presentAndAbsent(ctx: FixContext, diagnostic: Diagnostic): CodeAction[] {
        const person = nodeAt(ctx, diagnostic.range.start);
        if (!isPerson(person) || !person.name) return [];
        const key = normalizeName(person.name);
        const same = declaredPersons(ctx.doc).filter(p => p.name && normalizeName(p.name) === key);
        const absent = same.find(p => isAbsentList(p.$container));
        const present = same.find(p => isPresentList(p.$container));
        const actions: CodeAction[] = [];
        for (const [declaration, preferred] of [[absent, true], [present, false]] as const) {
            if (!declaration?.$cstNode) continue;
            const listName = leadingKeyword(declaration.$container)?.text ?? '';
            actions.push(fix(ctx, ctx.ui.removeFrom(person.name, listName), diagnostic, removeDeclaration(ctx, declaration), preferred));
        }
        return actions;
    }

    /**
     * The date's real weekday, in the language, form (`torsdagen`) and capitalisation written; of
     * `lördag–söndag` the word the diagnostic is on, for the first or the last day.
     */
    private weekday(ctx: FixContext, diagnostic: Diagnostic): CodeAction[] {
        const leaf = leafAt(ctx, diagnostic.range.start);
        const spec = leaf?.astNode;
        if (!leaf || !isDateSpec(spec) || spec.weekday === undefined) return [];
        const days = dateRangeOf(spec);
        const weekdays = readWeekdays(spec.weekday);
        if (!days || !weekdays) return [];
        const offset = ctx.document.textDocument.offsetAt(diagnostic.range.start) - leaf.offset;
        const i = Math.max(0, weekdays.findIndex(w => w.start === offset));
        const word = weekdays[i];
        const range = {
            start: ctx.document.textDocument.positionAt(leaf.offset + word.start),
            end: ctx.document.textDocument.positionAt(leaf.offset + word.end)
        };
        const replacement = matchWeekdayForm(spec.weekday.slice(word.start, word.end), weekdayOf(i === 0 ? days.start : days.end));
        return [fix(ctx, ctx.ui.writeWeekday(replacement), diagnostic, [{ range, newText: replacement }], true)];
    }

    /** Move an absent person's line from Ej närvarande to Deltagare. */
    private moveToPresent(ctx: FixContext, diagnostic: Diagnostic): CodeAction[] {
        const leaf = leafAt(ctx, diagnostic.range.start);
        const found = leaf && referenceAt(leaf.astNode, leaf)?.ref;
        const person = isPerson(found) ? found : undefined;
        if (!person?.$cstNode || !isAbsentList(person.$container)) return [];
        const info = personInfo(person);
        const declaration = `- ${person.name}${info ? `, ${info}` : ''}`;
        const present = ctx.doc.preamble.find(isPresentList);
        const listName = (present && leadingKeyword(present)?.text) ?? KEYWORD_BY_ID.present.canonical[documentLanguage(ctx.doc)];
        const edits = [...this.addPresent(ctx, declaration), ...removeDeclaration(ctx, person)];
        return [fix(ctx, ctx.ui.moveToPresent(person.name ?? '', listName), diagnostic, edits, true)];
    }

    /** Renumber every item consecutively from the first item's number; unnumbered items follow by themselves. */
    private renumber(ctx: FixContext, diagnostics: Diagnostic[]): CodeAction[] {
        const numbers = itemNumbers(ctx.doc);
        if (numbers.length === 0) return [];
        const first = numbers[0];
        const edits: TextEdit[] = [];
        ctx.doc.items.forEach((item, i) => {
            const range = propertyRange(item, 'number');
            if (range && item.number !== String(first + i)) edits.push({ range, newText: String(first + i) });
        });
        if (edits.length === 0) return [];
        return [{
            title: ctx.ui.renumber(first, first + numbers.length - 1),
            kind: CodeActionKind.QuickFix,
            diagnostics,
            isPreferred: true,
            edit: { changes: { [ctx.document.textDocument.uri]: edits } }
        }];
    }

    /** Edits that add a declaration line to the first Deltagare list, creating the list when there is none. */
    private addPresent(ctx: FixContext, declaration: string): TextEdit[] {
        const { doc, eol } = ctx;
        const list: AttendanceList | undefined = doc.preamble.find(isPresentList);
        if (list?.$cstNode) {
            return [insertLineAfter(ctx, list.$cstNode.range.end.line, declaration)];
        }
        const keyword = `${KEYWORD_BY_ID.present.canonical[documentLanguage(doc)]}:`;
        // The new list goes after the header fields (Tid, Plats), before everything else.
        const anchor: AstNode | undefined = doc.preamble.find(e => !isMeetingTime(e) && !isPlace(e)) ?? doc.items[0] ?? doc.trailer[0];
        if (anchor?.$cstNode) {
            const line = anchor.$cstNode.range.start.line;
            const above = line > 0 ? lineText(ctx.document, line - 1).trim() : '';
            const text = `${above ? eol : ''}${keyword}${eol}${declaration}${eol}${eol}`;
            return [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: text }];
        }
        const last: AstNode | undefined = doc.preamble[doc.preamble.length - 1] ?? doc.header;
        const line = last?.$cstNode?.range.end.line ?? 0;
        return [insertLineAfter(ctx, line, `${eol}${keyword}${eol}${declaration}`)];
    }
}

function codeOf(diagnostic: Diagnostic): string | undefined {
    const data = diagnostic.data as { code?: string } | undefined;
    return typeof diagnostic.code === 'string' ? diagnostic.code : data?.code;
}

function fix(ctx: FixContext, title: string, diagnostic: Diagnostic, edits: TextEdit[], isPreferred: boolean): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: { [ctx.document.textDocument.uri]: edits } }
    };
}

function leafAt(ctx: FixContext, position: Position): LeafCstNode | undefined {
    const root = ctx.doc.$cstNode;
    return root && CstUtils.findLeafNodeAtOffset(root, ctx.document.textDocument.offsetAt(position));
}

function nodeAt(ctx: FixContext, position: Position): AstNode | undefined {
    return leafAt(ctx, position)?.astNode;
}

/**
 * Removes a person's line from its list. When it was the list's only person, the list's heading
 * goes too (an empty `Ej närvarande:` says nothing), with one of the blank lines around it so
 * that no two blank lines are left in a row. Comment lines inside the list stay.
 */
function removeDeclaration(ctx: FixContext, person: Person): TextEdit[] {
    const line = person.$cstNode!.range.start.line;
    const list = person.$container;
    const heading = list.$cstNode?.range.start.line;
    if (list.persons.length > 1 || heading === undefined) return deleteLines(ctx, [line]);
    const isBlank = (n: number) => n >= 0 && n < ctx.document.textDocument.lineCount && lineText(ctx.document, n).trim() === '';
    const lines = [heading, line];
    if (isBlank(line + 1)) lines.push(line + 1);
    else if (isBlank(heading - 1)) lines.push(heading - 1);
    return deleteLines(ctx, lines);
}

/** Removes whole lines with their line breaks, one edit per run of consecutive lines. */
function deleteLines(ctx: FixContext, lines: number[]): TextEdit[] {
    const sorted = [...new Set(lines)].sort((a, b) => a - b);
    const edits: TextEdit[] = [];
    for (let i = 0; i < sorted.length;) {
        let last = sorted[i];
        let j = i + 1;
        while (j < sorted.length && sorted[j] === last + 1) last = sorted[j++];
        edits.push(deleteLineRun(ctx, sorted[i], last));
        i = j;
    }
    return edits;
}

/** Removes the lines `first`..`last` with their line breaks. */
function deleteLineRun(ctx: FixContext, first: number, last: number): TextEdit {
    const lastLine = ctx.document.textDocument.lineCount - 1;
    if (last < lastLine) {
        return { range: { start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } }, newText: '' };
    }
    // The last line has no break after it: take the one before the run instead.
    const start = first > 0 ? { line: first - 1, character: lineText(ctx.document, first - 1).length } : { line: first, character: 0 };
    return { range: { start, end: { line: last, character: lineText(ctx.document, last).length } }, newText: '' };
}

/** Inserts a line below the given one (also when that one is the last line, without a break). */
function insertLineAfter(ctx: FixContext, line: number, text: string): TextEdit {
    const lastLine = ctx.document.textDocument.lineCount - 1;
    if (line < lastLine) {
        const at = { line: line + 1, character: 0 };
        return { range: { start: at, end: at }, newText: `${text}${ctx.eol}` };
    }
    const at = { line, character: lineText(ctx.document, line).length };
    return { range: { start: at, end: at }, newText: `${ctx.eol}${text}` };
}

const SWEDISH_WEEKDAYS = Array.from({ length: 7 }, (_, i) => weekdayName(i, 'sv'));

/**
 * The weekday `index` written the way `written` is: Swedish or English, `torsdagen` with the
 * definite suffix, and in the same capitalisation (`Torsdag`, `TORSDAG`, `torsdag`).
 */
export function matchWeekdayForm(written: string, index: number): string {
    const normalized = normalizeKeyword(written);
    const swedish = SWEDISH_WEEKDAYS.some(day => normalized === day || normalized === `${day}en`);
    let word = weekdayName(index, swedish ? 'sv' : 'en').toLowerCase();
    if (swedish && normalized.endsWith('en')) word += 'en';
    if (written === written.toUpperCase() && written !== written.toLowerCase()) return word.toUpperCase();
    if (written[0] === written[0].toUpperCase() && written[0] !== written[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
    return word;
}
