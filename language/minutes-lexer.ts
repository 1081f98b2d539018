/**
 * The line lexer of the minutes language.
 *
 * Minutes are line-oriented prose: whether a line is a keyword line, a person, a bullet or
 * the continuation of a decision depends on where the line starts and on the lines before
 * it, which a regular-expression lexer cannot see. This lexer reads the text line by line,
 * classifies each line with a small state machine and emits the token types that the
 * grammar's terminals define. Every element (a keyword line with its continuation lines, a
 * paragraph, a bullet, a person) ends with one EOL token, so the parser only sees well-formed
 * sequences: a line that cannot be read becomes an INVALID or MISPLACED token that the
 * validator reports in words, instead of a parser error.
 */
import type { IToken, TokenType, TokenTypeDictionary } from 'chevrotain';
import type { LangiumCoreServices, Lexer, LexerResult, LexingDiagnostic, TokenizeOptions } from 'langium';
import { lookupKeyword, sectionOf, weekdayIndex, type KeywordId } from './keywords.js';
import { toIsoDate } from './dates.js';

/** Where a keyword line was found and what it is. */
interface KeywordMatch {
    id: KeywordId;
    /** The token type of the keyword. */
    token: string;
    /** Length of the keyword text (`Nästa möte`, `Punkt`) in the line body. */
    length: number;
    /** Index of the colon in the line body. */
    colon: number;
    /** Item number digits and their index in the body, for `Punkt 3:`. */
    number?: { text: string; index: number };
}

/** What the next prose line does. */
type Block =
    | 'none'          // a prose line starts a new paragraph
    | 'continuable'   // a prose line continues the current element's text
    | 'person-list'   // just after `Deltagare:`: bullets declare persons
    | 'persons';      // inside a person list

type SectionState = 'start' | 'header' | 'items' | 'trailer';

const BULLET = /^([-*•])(?:\s+|$)/u;
const ITEM_KEYWORD = /^(punkt|item|§)\s*(\d+)?$/iu;
/**
 * How much of a document is read as minutes (measurements in the README, "Security").
 * When a line starts beyond any of these limits, the rest of the text is one unread block of
 * prose: kept, rendered and exported as plain text, reported once as `document-too-large`,
 * but not parsed line by line, so a pasted log or a runaway file cannot stall the language
 * server. A long real protocol has a few thousand lines, a few dozen names and some ten
 * thousand tokens; reading up to the limits takes a language server about a second on a slow
 * machine.
 */
export const CHECK_LIMITS = {
    /** Lines read as minutes. */
    lines: 50_000,
    /** Tokens produced. */
    tokens: 120_000,
    /** Person names on role and owner lines (each one a reference to link and check). */
    names: 20_000,
    /** Names split off one role or owner line; the rest of the line stays in the last name. */
    namesPerLine: 100
} as const;

/** The message of the lexer's report that marks the unread rest; the validator words it. */
export const UNCHECKED_REST = 'document-too-large';

/** Longest text before a colon that can be a keyword (`Vid anteckningarna`, `Punkt 123`). */
const MAX_KEYWORD_LENGTH = 24;
/**
 * A date slot: `[weekday] [den] date [kl.] [start[–end]] [, place]`. The date is ISO or a
 * long form (`6 oktober 2022`, `12 March 2026`, `March 12, 2026`).
 *
 * Linear in the length of the value (bench/linear.ts checks it): quantifiers that meet are
 * over disjoint characters (letters, digits, whitespace), so a failed branch fails at its
 * first character. The place is `\S(?:.*\S)?` rather than the lazy `\S.*?` before `\s*$`:
 * the lazy form tried the trailing `\s*$` at every character of the place, which is
 * quadratic in a run of spaces inside it (`2026-06-20, a<200,000 spaces>b` took 20 s).
 */
export const DATE_SLOT = new RegExp(
    '^(?:(?<weekday>\\p{L}+)\\.?,?\\s+)?(?:den\\s+)?' +
    '(?<date>\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\.?\\s+\\p{L}+\\.?\\s+\\d{4}|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4})' +
    '(?:,?\\s*(?:(?:kl\\.?|klockan|at)\\s*)?(?<start>\\d{1,2}[.:]\\d{2})(?:\\s*[-–—]\\s*(?<end>\\d{1,2}[.:]\\d{2}))?)?' +
    '(?:\\s*,\\s*(?<place>\\S(?:.*\\S)?))?\\s*$', 'iud');

/** Whether a character (one UTF-16 unit) is whitespace as `\s` means it. */
function isSpace(code: number): boolean {
    return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/u.test(String.fromCharCode(code)));
}

/** The index of the first character at or after `from` that is not whitespace. */
function skipSpaces(text: string, from: number): number {
    let i = from;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    return i;
}

/** Whether `och` or `and` (any case) followed by whitespace stands at `at`. */
function conjunctionAt(text: string, at: number): boolean {
    if (at + 3 >= text.length || !isSpace(text.charCodeAt(at + 3))) return false;
    const word = text.slice(at, at + 3).toLowerCase();
    return word === 'och' || word === 'and';
}

/**
 * The separators between names on a role or owner line, left to right: a comma, semicolon or
 * `&` with the whitespace around it, or `och`/`and` with whitespace on both sides (and all of
 * it). The same matches as the regular expression `\s*(?:[,;&]|\s(?:och|and)\s)\s*` (flags
 * `giu`) with `matchAll`, found in one pass: that pattern backtracked over a run of spaces
 * from each of its characters, so `Chair: a<200,000 spaces>b` took 100 s and froze the
 * language server.
 */
export function* nameSeparators(value: string): Generator<{ start: number; end: number }> {
    let i = 0;
    while (i < value.length) {
        const run = skipSpaces(value, i);
        const code = value.charCodeAt(run);
        if (code === 44 || code === 59 || code === 38) { // , ; &
            const end = skipSpaces(value, run + 1);
            yield { start: i, end };
            i = end;
        } else if (run > i && conjunctionAt(value, run)) {
            const end = skipSpaces(value, run + 3);
            yield { start: i, end };
            i = end;
        } else {
            // No separator starts anywhere in the run (each of its characters sees the same
            // text after it), nor at the character that ends it.
            i = run + 1;
        }
    }
}

/** Recognises a keyword line: a keyword at line start followed by a colon. */
export function matchKeyword(body: string): KeywordMatch | undefined {
    const colon = body.indexOf(':');
    if (colon <= 0 || colon > MAX_KEYWORD_LENGTH) return undefined;
    const head = body.slice(0, colon);
    const keyword = lookupKeyword(head);
    if (keyword) {
        return { id: keyword.info.id, token: keyword.info.token, length: head.trimEnd().length, colon };
    }
    const item = ITEM_KEYWORD.exec(head.trimEnd());
    if (item) {
        const keywordLength = item[1].length;
        const number = item[2] !== undefined ? { text: item[2], index: head.lastIndexOf(item[2]) } : undefined;
        return { id: 'item', token: 'K_ITEM', length: keywordLength, colon, number };
    }
    return undefined;
}

/** A Langium lexer service that tokenizes minutes line by line. */
export class MinutesLexer implements Lexer {
    readonly definition: TokenTypeDictionary;

    constructor(services: LangiumCoreServices) {
        const tokens = services.parser.TokenBuilder.buildTokens(services.Grammar, {
            caseInsensitive: services.LanguageMetaData.caseInsensitive
        });
        const list = Array.isArray(tokens) ? tokens : Object.values(tokens as TokenTypeDictionary);
        this.definition = Object.fromEntries((list as TokenType[]).map(t => [t.name, t]));
    }

    tokenize(text: string, _options?: TokenizeOptions): LexerResult {
        return new LineScanner(text, this.definition).scan();
    }
}

/** One run of the lexer over one text. */
class LineScanner {
    private readonly tokens: IToken[] = [];
    private readonly hidden: IToken[] = [];
    private readonly diagnostics: LexingDiagnostic[] = [];
    /** Names on role and owner lines so far. */
    private references = 0;
    private section: SectionState = 'start';
    private block: Block = 'none';
    /** After an `Uppdrag:` element, `Ansvarig:` and `Senast:` lines belong to it. */
    private inActionFields = false;
    /** Whether an element is open and needs its EOL. */
    private open = false;
    /** Where the open element's EOL goes: the line break after its last line. */
    private eolOffset = 0;
    private eolLength = 0;
    private eolLine = 0;
    private eolColumn = 0;
    private line = 0;
    private lineStart = 0;

    constructor(private readonly text: string, private readonly types: TokenTypeDictionary) { }

    scan(): LexerResult {
        const text = this.text;
        let start = 0;
        while (start <= text.length) {
            if (this.line >= CHECK_LIMITS.lines || this.tokens.length >= CHECK_LIMITS.tokens || this.references >= CHECK_LIMITS.names) {
                this.uncheckedRest(start);
                break;
            }
            let end = start;
            while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
            const breakLength = end >= text.length ? 0 : (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
            this.lineStart = start;
            this.scanLine(start, end, breakLength);
            if (breakLength === 0) break;
            start = end + breakLength;
            this.line++;
        }
        this.closeElement();
        return { tokens: this.tokens, hidden: this.hidden, errors: [], report: { diagnostics: this.diagnostics } };
    }

    /**
     * The text from `start` on, past the limits: one TEXT token from its first to its last
     * visible character (over many lines), and a report of where it begins. Blank lines alone
     * leave nothing unread.
     */
    private uncheckedRest(start: number): void {
        const text = this.text;
        this.lineStart = start;
        const visible = /\S/gu;
        visible.lastIndex = start;
        const first = visible.exec(text)?.index;
        if (first === undefined) return;
        let end = text.length;
        while (end > first && /\s/u.test(text[end - 1])) end--;
        this.startElement();
        this.countLines(start, first);
        const line = this.line;
        const column = first - this.lineStart;
        let firstLineEnd = first;
        while (firstLineEnd < end && text.charCodeAt(firstLineEnd) !== 10 && text.charCodeAt(firstLineEnd) !== 13) firstLineEnd++;
        this.countLines(first, end);
        const type = this.types.TEXT;
        this.tokens.push({
            image: text.slice(first, end),
            startOffset: first,
            endOffset: end - 1,
            startLine: line + 1,
            startColumn: column + 1,
            endLine: this.line + 1,
            endColumn: end - this.lineStart,
            tokenType: type,
            tokenTypeIdx: type.tokenTypeIdx!
        });
        this.diagnostics.push({
            offset: first, line: line + 1, column: column + 1, length: firstLineEnd - first, message: UNCHECKED_REST, severity: 'error'
        });
        // The EOL goes on the line break after the block's last line, as for any element.
        let lineEnd = end;
        while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
        this.eolOffset = lineEnd;
        this.eolLength = lineEnd >= text.length ? 0 : text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1;
        this.eolLine = this.line;
        this.eolColumn = lineEnd - this.lineStart;
    }

    /** Moves the line counter over the line breaks in `[from, to)`; `to` is not inside a CRLF. */
    private countLines(from: number, to: number): void {
        const text = this.text;
        for (let i = from; i < to; i++) {
            const code = text.charCodeAt(i);
            if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
            if (code === 10 || code === 13) {
                this.line++;
                this.lineStart = i + 1;
            }
        }
    }

    private scanLine(start: number, end: number, breakLength: number): void {
        const lineText = this.text.slice(start, end);
        const indent = lineText.length - lineText.trimStart().length;
        const body = lineText.slice(indent).trimEnd();
        const bodyStart = start + indent;
        if (body === '') {
            this.closeElement();
            // A blank line ends a person list, except right after the `Deltagare:` line.
            if (this.block !== 'person-list') this.block = 'none';
            return;
        }
        if (body.startsWith('//')) {
            this.hidden.push(this.token('COMMENT', bodyStart, body.length));
            return;
        }
        const keyword = matchKeyword(body);
        if (keyword) {
            this.keywordLine(keyword, body, bodyStart);
        } else {
            const bullet = BULLET.exec(body);
            if (bullet) {
                this.bulletLine(bullet, body, bodyStart);
            } else {
                this.proseLine(body, bodyStart);
            }
        }
        this.eolOffset = end;
        this.eolLength = breakLength;
        this.eolLine = this.line;
        this.eolColumn = end - start;
    }

    private proseLine(body: string, bodyStart: number): void {
        if (this.open && this.block === 'continuable') {
            this.tokens.push(this.token('TEXT', bodyStart, body.length));
            return;
        }
        this.startElement();
        if (this.section === 'start') this.section = 'header';
        this.inActionFields = false;
        this.tokens.push(this.token('TEXT', bodyStart, body.length));
        this.block = 'continuable';
    }

    private bulletLine(bullet: RegExpExecArray, body: string, bodyStart: number): void {
        this.startElement();
        if (this.section === 'start') this.section = 'header';
        this.inActionFields = false;
        this.tokens.push(this.token('BULLET', bodyStart, 1));
        const restIndex = bullet[0].length;
        const rest = body.slice(restIndex);
        if (this.section === 'header' && (this.block === 'person-list' || this.block === 'persons')) {
            // `- Name, organisation`: the name is the text up to the first comma.
            const comma = rest.indexOf(',');
            const name = (comma < 0 ? rest : rest.slice(0, comma)).trimEnd();
            if (name) this.tokens.push(this.token('NAME', bodyStart + restIndex, name.length));
            if (comma >= 0) {
                const info = rest.slice(comma + 1);
                const infoTrimmed = info.trim();
                if (infoTrimmed) {
                    const infoIndex = restIndex + comma + 1 + (info.length - info.trimStart().length);
                    this.tokens.push(this.token('TEXT', bodyStart + infoIndex, infoTrimmed.length));
                }
            }
            this.block = 'persons';
            return;
        }
        if (rest) this.tokens.push(this.token('TEXT', bodyStart + restIndex, rest.length));
        this.block = 'continuable';
    }

    private keywordLine(keyword: KeywordMatch, body: string, bodyStart: number): void {
        this.startElement();
        const placement = this.placement(keyword.id);
        const valueIndex = keyword.colon + 1;
        const rawValue = body.slice(valueIndex);
        const value = rawValue.trim();
        const valueStart = bodyStart + valueIndex + (rawValue.length - rawValue.trimStart().length);
        if (placement === 'misplaced') {
            this.tokens.push(this.token('MISPLACED', bodyStart, body.length));
            this.block = 'continuable';
            this.inActionFields = false;
            return;
        }
        this.tokens.push(this.token(keyword.token, bodyStart, keyword.length));
        if (keyword.number) {
            this.tokens.push(this.token('ITEM_NUMBER', bodyStart + keyword.number.index, keyword.number.text.length));
        }
        this.tokens.push(this.token('COLON', bodyStart + keyword.colon, 1));
        this.inActionFields = keyword.id === 'action' || (this.inActionFields && sectionOf(keyword.id) === 'action-field');
        this.block = 'none';
        switch (keyword.id) {
            case 'kind': case 'place': case 'item': case 'body': case 'from': case 'status':
                this.text_(value, valueStart);
                break;
            case 'decision': case 'action': case 'closing':
                this.text_(value, valueStart);
                this.block = 'continuable';
                break;
            case 'present': case 'absent':
                if (value) this.tokens.push(this.token('INVALID', valueStart, value.length));
                this.block = 'person-list';
                break;
            case 'chair': case 'secretary': case 'adjuster': case 'owner':
                this.names(value, valueStart);
                break;
            case 'date': case 'due':
                this.dateSlot(value, valueStart, false);
                break;
            case 'next': case 'approval':
                this.dateSlot(value, valueStart, true);
                break;
        }
    }

    /** Whether a keyword may stand here, moving to the next section when it starts one. */
    private placement(id: KeywordId): 'ok' | 'misplaced' {
        const wanted = sectionOf(id);
        const current = this.section;
        if (wanted === 'first-line') {
            if (current !== 'start') return 'misplaced';
            this.section = 'header';
            return 'ok';
        }
        if (current === 'start') this.section = 'header';
        switch (wanted) {
            case 'header':
                return this.section === 'header' ? 'ok' : 'misplaced';
            case 'items':
                if (this.section === 'trailer') return 'misplaced';
                if (id !== 'item' && this.section !== 'items') return 'misplaced';
                this.section = 'items';
                return 'ok';
            case 'action-field':
                return this.inActionFields ? 'ok' : 'misplaced';
            case 'trailer':
                this.section = 'trailer';
                return 'ok';
        }
    }

    private text_(value: string, valueStart: number): void {
        if (value) this.tokens.push(this.token('TEXT', valueStart, value.length));
    }

    private names(value: string, valueStart: number): void {
        let index = 0;
        let count = 1;
        for (const separator of nameSeparators(value)) {
            if (count++ >= CHECK_LIMITS.namesPerLine) break;
            this.name(value.slice(index, separator.start), valueStart + index);
            index = separator.end;
        }
        this.name(value.slice(index), valueStart + index);
    }

    private name(piece: string, start: number): void {
        const trimmed = piece.trim();
        if (!trimmed) return;
        this.tokens.push(this.token('NAME', start + (piece.length - piece.trimStart().length), trimmed.length));
        this.references++;
    }

    private dateSlot(value: string, valueStart: number, placeAllowed: boolean): void {
        if (!value) return;
        const m = DATE_SLOT.exec(value);
        const groups = m?.groups;
        const indices = m?.indices?.groups;
        const valid = groups && indices
            && (groups.weekday === undefined || weekdayIndex(groups.weekday) !== undefined)
            && toIsoDate(groups.date) !== undefined
            && (placeAllowed || groups.place === undefined);
        if (!valid) {
            this.tokens.push(this.token('INVALID', valueStart, value.length));
            return;
        }
        for (const part of ['weekday', 'date', 'start', 'end', 'place'] as const) {
            const range = indices[part];
            if (range) {
                const type = part === 'weekday' ? 'WEEKDAY' : part === 'date' ? 'DATE' : part === 'place' ? 'TEXT' : 'TIME';
                this.tokens.push(this.token(type, valueStart + range[0], range[1] - range[0]));
            }
        }
    }

    private startElement(): void {
        this.closeElement();
        this.open = true;
    }

    /** Ends the open element with its EOL, placed on the line break after its last line. */
    private closeElement(): void {
        if (!this.open) return;
        this.open = false;
        const type = this.types.EOL;
        const image = this.text.substr(this.eolOffset, this.eolLength);
        this.tokens.push({
            image,
            startOffset: this.eolOffset,
            endOffset: this.eolOffset + image.length - 1,
            startLine: this.eolLine + 1,
            startColumn: this.eolColumn + 1,
            endLine: this.eolLine + 1,
            endColumn: this.eolColumn + image.length,
            tokenType: type,
            tokenTypeIdx: type.tokenTypeIdx!
        });
    }

    /** A token within the current line. */
    private token(typeName: string, offset: number, length: number): IToken {
        const type = this.types[typeName];
        const column = offset - this.lineStart;
        return {
            image: this.text.substr(offset, length),
            startOffset: offset,
            endOffset: offset + length - 1,
            startLine: this.line + 1,
            startColumn: column + 1,
            endLine: this.line + 1,
            endColumn: column + length,
            tokenType: type,
            tokenTypeIdx: type.tokenTypeIdx!
        };
    }
}
