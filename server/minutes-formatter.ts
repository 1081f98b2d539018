/**
 * Formatting for minutes, line by line. Langium's node formatter works on hidden tokens between
 * grammar elements, which a line language does not have, so this formatter reads the line
 * model (language/line-model.ts: what the lexer decided each line is) and rewrites only
 * whitespace, bullet markers and the capitalisation of keywords:
 *
 * - keywords as the table writes the alias the writer chose (`NÄSTA MÖTE:` → `Nästa möte:`,
 *   `beslut:` → `Beslut:`; an alias is never swapped for another), one space after the colon;
 * - bullets as `- ` (from `* ` and `• `), a bullet's continuation lines indented two spaces,
 *   `- Name, organisation` with one space after the comma;
 * - keyword lines, bullets and prose not indented, no trailing whitespace; an item line without a
 *   colon (`§ 1 Mötets öppnande`) and `Beslut` alone stay so; `1.  Title` in an agenda → `1. Title`;
 * - fenced blocks (three backticks) exactly as written, blank lines inside them too;
 * - one blank line before each item, never two blank lines in a row, none at the start or end,
 *   and a line break at the end.
 *
 * The words of prose are never touched, text the lexer left unread (past its size limits) is
 * kept as it is, and formatting twice gives the same text as once. Formatting on type does only
 * one thing: Enter on an empty bullet ends the list (minutes-on-enter.ts).
 */
import type { LangiumDocument, Lexer } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, Range,
    TextEdit
} from 'vscode-languageserver';
import { bulletLength, type LineModel, type Line, type MinutesLexingReport } from '../language/line-model.js';
import { clampPosition, clampRange, linesOf, tableSpelling } from './document-lines.js';
import { endListOnEnter } from './minutes-on-enter.js';

/** What a line is, for formatting. */
type LineKind = 'blank' | 'comment' | 'keyword' | 'item' | 'bullet' | 'person' | 'enumerated' | 'bullet-continuation' | 'prose' | 'verbatim';

/** What the formatted text ended with so far. */
type Emitted = 'start' | 'blank' | 'content';

export class MinutesFormatter implements Formatter {
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return formatLineModel(linesOf(document));
    }

    /** The whole document is formatted; only the changes that touch the range are applied. */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const { start, end } = clampRange(document.textDocument, params.range);
        return formatLineModel(linesOf(document)).filter(edit => {
            // An edit of whole lines ends at the start of the line after its last one.
            const lastLine = edit.range.end.character === 0 && edit.range.end.line > edit.range.start.line
                ? edit.range.end.line - 1 : edit.range.end.line;
            return edit.range.start.line <= end.line && lastLine >= start.line;
        });
    }

    /** On typing a line break, only one thing happens: Enter on an empty bullet ends the list. */
    formatDocumentOnType(document: LangiumDocument, params: DocumentOnTypeFormattingParams): TextEdit[] {
        return params.ch === '\n' ? endListOnEnter(document.textDocument, clampPosition(document.textDocument, params.position)) : [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions {
        return { firstTriggerCharacter: '\n' };
    }
}

/** The edits that format a text, read by `lexer`. */
export function formatText(text: string, lexer: Lexer): TextEdit[] {
    return formatLineModel((lexer.tokenize(text).report as MinutesLexingReport).lines!);
}

/** The edits that format the text of a line model: one per run of changed lines, so unchanged lines stay untouched. */
export function formatLineModel(model: LineModel): TextEdit[] {
    const text = model.text;
    if (text === '') return [];
    const eol = /\r\n|\n|\r/u.exec(text)?.[0] ?? '\n';
    const lines = text.split(/\r\n|\n|\r/u);
    const hasFinalBreak = lines.length > 1 && lines[lines.length - 1] === '';
    if (hasFinalBreak) lines.pop();
    const kinds = lines.map((_, i) => kindOf(model, model.line(i)));
    const replacement = formatLines(lines, kinds, model);

    const last = lines.length - 1;
    if (new Set(text.match(/\r\n|\n|\r/gu)).size > 1) {
        // Mixed line ends: a line rewritten with one kind next to a lone CR of the other could
        // merge into a CRLF and shift every line after it. Rewrite the whole text with the
        // first kind instead, which also makes the line ends consistent.
        const end = hasFinalBreak ? { line: last + 1, character: 0 } : { line: last, character: lines[last].length };
        return [{ range: { start: { line: 0, character: 0 }, end }, newText: replacement.flat().map(line => line + eol).join('') }];
    }
    const edits: TextEdit[] = [];
    const changed = (i: number) =>
        replacement[i].length !== 1 || replacement[i][0] !== lines[i] || (i === last && !hasFinalBreak);
    for (let i = 0; i <= last; i++) {
        if (!changed(i)) continue;
        const first = i;
        while (i < last && changed(i + 1)) i++;
        const range: Range = {
            start: { line: first, character: 0 },
            end: i < last || hasFinalBreak ? { line: i + 1, character: 0 } : { line: i, character: lines[i].length }
        };
        const newText = replacement.slice(first, i + 1).flat().map(line => line + eol).join('');
        edits.push({ range, newText });
    }
    return edits;
}

/** The formatted lines that replace each original line: none (removed), one, or a blank line and one. */
function formatLines(lines: string[], kinds: LineKind[], model: LineModel): string[][] {
    const out: string[][] = lines.map(() => []);
    let previous: Emitted = 'start';
    let blankRun: number[] = [];
    /** Comments right above a line go with it: a blank line before an item goes above them. */
    let commentRun: { first: number; before: Emitted } | undefined;
    lines.forEach((line, i) => {
        const kind = kinds[i];
        if (kind === 'blank') {
            blankRun.push(i);
            return;
        }
        if (blankRun.length > 0) {
            // One blank line stays of a run, none at the start of the document.
            if (previous !== 'start') {
                out[blankRun[0]] = [''];
                previous = 'blank';
            }
            blankRun = [];
            commentRun = undefined;
        }
        const formatted = formatLine(line, kind, model, model.line(i)!);
        if (kind === 'comment') {
            commentRun ??= { first: i, before: previous };
            out[i] = [formatted];
            previous = 'content';
            return;
        }
        out[i] = [formatted];
        if (kind === 'item') {
            const before = commentRun ? commentRun.before : previous;
            if (before === 'content') out[commentRun ? commentRun.first : i].unshift('');
        }
        previous = 'content';
        commentRun = undefined;
    });
    // A blank run still open here is at the end of the document: it goes.
    return out;
}

function formatLine(line: string, kind: LineKind, model: LineModel, info: Line): string {
    const body = line.trim();
    switch (kind) {
        case 'blank': return '';
        case 'comment': return line.trimEnd();
        case 'keyword': case 'item': return formatKeywordLine(model, info);
        case 'bullet': return `-${bulletText(body) ? ' ' + bulletText(body) : ''}`;
        case 'person': return formatPersonLine(bulletText(body));
        case 'enumerated': return body.replace(/^(\d+\.)\s+/u, '$1 ');
        case 'bullet-continuation': return `  ${body}`;
        case 'prose': return body;
        case 'verbatim': return line;
    }
}

function bulletText(body: string): string {
    return body.slice(bulletLength(body)).trim();
}

/** What a line is, from the line model. */
function kindOf(model: LineModel, line: Line | undefined): LineKind {
    switch (line?.kind) {
        case undefined: case 'fence': case 'verbatim': case 'unread': return 'verbatim';
        case 'blank': case 'comment': case 'item': case 'person': case 'prose': case 'bullet-continuation': case 'bullet':
            return line.kind;
        case 'header': case 'keyword': case 'misplaced': return 'keyword';
        case 'continuation': return 'prose';
        case 'group': return 'bullet';
        // `- att …` and `- Title` are bullets, `att …` prose, `1. Title` an enumeration.
        case 'clause': case 'agenda-entry':
            return bulletLength(model.body(line)) >= 0 ? 'bullet' : line.kind === 'clause' ? 'prose' : 'enumerated';
    }
}

/**
 * `NÄSTA  MÖTE:torsdag …` → `Nästa möte: torsdag …`; `punkt 3 :` → `Punkt 3:`; `§1   Öppnande` →
 * `§ 1 Öppnande` (no colon where none was written); `beslut` → `Beslut`.
 */
function formatKeywordLine(model: LineModel, line: Line): string {
    const written = model.keywordText(line);
    const keyword = tableSpelling(written) ?? written;
    const number = model.numberText(line);
    const head = number ? `${keyword} ${number}` : keyword;
    const value = model.value(line);
    if (line.colon < 0) return value ? `${head} ${value}` : head;
    return value ? `${head}: ${value}` : `${head}:`;
}

/** `- Name ,org` → `- Name, org`: the name ends at the first comma outside parentheses, the rest is free text. */
function formatPersonLine(text: string): string {
    let depth = 0;
    let comma = -1;
    for (let i = 0; i < text.length && comma < 0; i++) {
        const c = text[i];
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) comma = i;
    }
    if (comma < 0) return `- ${text}`;
    const name = text.slice(0, comma).trim();
    const info = text.slice(comma + 1).trim();
    return `- ${name},${info ? ' ' + info : ''}`;
}
