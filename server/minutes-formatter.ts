/**
 * Formatting for minutes, line by line. Langium's node formatter works on hidden tokens between
 * grammar elements, which a line language does not have, so this formatter reads the line
 * lexer's tokens to know what each line is and rewrites only whitespace, bullet markers and the
 * capitalisation of keywords:
 *
 * - keywords as the table writes the alias the writer chose (`NÄSTA MÖTE:` → `Nästa möte:`,
 *   `beslut:` → `Beslut:`; an alias is never swapped for another), one space after the colon;
 * - bullets as `- ` (from `* ` and `• `), a bullet's continuation lines indented two spaces,
 *   `- Name, organisation` with one space after the comma;
 * - keyword lines, bullets and prose not indented, no trailing whitespace;
 * - one blank line before each item, never two blank lines in a row, none at the start or end,
 *   and a line break at the end.
 *
 * The words of prose are never touched, text the lexer left unread (past its size limits) is
 * kept as it is, and formatting twice gives the same text as once. Formatting on type does only
 * one thing: Enter on an empty bullet ends the list (minutes-on-enter.ts).
 */
import type { IToken } from 'chevrotain';
import type { LangiumDocument, Lexer } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, Range,
    TextEdit
} from 'vscode-languageserver';
import { matchKeyword } from '../language/minutes-lexer.js';
import { clampPosition, clampRange, tableSpelling } from './document-lines.js';
import { endListOnEnter } from './minutes-on-enter.js';

/** What a line is, as the lexer read it. */
type LineKind = 'blank' | 'comment' | 'keyword' | 'item' | 'bullet' | 'person' | 'bullet-continuation' | 'prose' | 'verbatim';

/** What the formatted text ended with so far. */
type Emitted = 'start' | 'blank' | 'content';

const BULLET = /^[-*•](?:\s+|$)/u;

export class MinutesFormatter implements Formatter {
    private readonly lexer: Lexer;

    constructor(services: { parser: { Lexer: Lexer } }) {
        this.lexer = services.parser.Lexer;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return formatText(document.textDocument.getText(), this.lexer);
    }

    /** The whole document is formatted; only the changes that touch the range are applied. */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const { start, end } = clampRange(document.textDocument, params.range);
        return formatText(document.textDocument.getText(), this.lexer).filter(edit => {
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

/** The edits that format a text: one per run of changed lines, so unchanged lines stay untouched. */
export function formatText(text: string, lexer: Lexer): TextEdit[] {
    if (text === '') return [];
    const eol = /\r\n|\n|\r/u.exec(text)?.[0] ?? '\n';
    const lines = text.split(/\r\n|\n|\r/u);
    const hasFinalBreak = lines.length > 1 && lines[lines.length - 1] === '';
    if (hasFinalBreak) lines.pop();
    const kinds = classifyLines(text, lines, lexer);
    const replacement = formatLines(lines, kinds);

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
function formatLines(lines: string[], kinds: LineKind[]): string[][] {
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
        const formatted = formatLine(line, kind);
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

function formatLine(line: string, kind: LineKind): string {
    const body = line.trim();
    switch (kind) {
        case 'blank': return '';
        case 'comment': return line.trimEnd();
        case 'keyword': case 'item': return formatKeywordLine(body);
        case 'bullet': return `-${bulletText(body) ? ' ' + bulletText(body) : ''}`;
        case 'person': return formatPersonLine(bulletText(body));
        case 'bullet-continuation': return `  ${body}`;
        case 'prose': return body;
        case 'verbatim': return line;
    }
}

function bulletText(body: string): string {
    return body.slice(BULLET.exec(body)![0].length).trim();
}

/** `NÄSTA  MÖTE:torsdag …` → `Nästa möte: torsdag …`; `punkt 3 :` → `Punkt 3:`. */
function formatKeywordLine(body: string): string {
    const match = matchKeyword(body)!;
    const written = body.slice(0, match.length);
    const keyword = tableSpelling(written) ?? written;
    const head = match.number ? `${keyword} ${match.number.text}` : keyword;
    const value = body.slice(match.colon + 1).trim();
    return value ? `${head}: ${value}` : `${head}:`;
}

/** `- Name ,org` → `- Name, org`: the name ends at the first comma, the rest is free text. */
function formatPersonLine(text: string): string {
    const comma = text.indexOf(',');
    if (comma < 0) return `- ${text}`;
    const name = text.slice(0, comma).trim();
    const info = text.slice(comma + 1).trim();
    return `- ${name},${info ? ' ' + info : ''}`;
}

/**
 * What each line is, from the lexer's tokens: every element ends with an EOL token, so a line
 * whose first token is text inside an element that began with a bullet continues that bullet.
 */
function classifyLines(text: string, lines: string[], lexer: Lexer): LineKind[] {
    const kinds: LineKind[] = lines.map(line => {
        const body = line.trim();
        return body === '' ? 'blank' : body.startsWith('//') ? 'comment' : 'prose';
    });
    const { tokens } = lexer.tokenize(text);
    let elementStart: IToken | undefined;
    let lastLine = -1;
    tokens.forEach((token, index) => {
        const name = token.tokenType.name;
        if (name === 'EOL') {
            elementStart = undefined;
            return;
        }
        const line = token.startLine! - 1;
        elementStart ??= token;
        if (token.endLine! > token.startLine!) {
            // Text the lexer left unread (past its size limits) is one token over many lines: kept as it is.
            for (let l = line; l < token.endLine!; l++) kinds[l] = 'verbatim';
            lastLine = token.endLine! - 1;
            return;
        }
        if (line === lastLine) return;
        lastLine = line;
        if (name === 'K_ITEM') {
            kinds[line] = 'item';
        } else if (name.startsWith('K_') || name === 'MISPLACED') {
            kinds[line] = 'keyword';
        } else if (name === 'BULLET') {
            kinds[line] = tokens[index + 1]?.tokenType.name === 'NAME' && tokens[index + 1].startLine === token.startLine ? 'person' : 'bullet';
        } else if (elementStart.tokenType.name === 'BULLET' && elementStart.startLine! - 1 < line) {
            kinds[line] = 'bullet-continuation';
        }
    });
    return kinds;
}
