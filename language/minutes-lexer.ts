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
 *
 * What it decided about each line is the line model (line-model.ts), which it returns with
 * its report: every other part of the language reads that instead of looking at the text again.
 *
 * One pass before the reading finds the fenced blocks (a block whose closing fence never
 * comes is no block: its opening line is reported and the lines after it read as usual) and
 * the first and last item lines: a trailer keyword before the first item stands in the
 * header, between two items it is misplaced on its line only, after the last item it starts
 * the trailer (LANGUAGE-2.md, section 9). So a mistake on one line never changes how later
 * lines are read.
 */
import type { IToken, TokenType, TokenTypeDictionary } from 'chevrotain';
import type { LangiumCoreServices, Lexer, LexerResult, LexingDiagnostic, TokenizeOptions } from 'langium';
import {
    KEYWORD_BY_ID, KEYWORDS, MAX_KEYWORD_LENGTH, NUMBERED_KEYWORDS, keywordForValue, lookupKeyword,
    type KeywordId, type Lang, type Section
} from './keywords.js';
import { LineModel, LineModelBuilder, bulletLength, isClosingFence, isFence, type KeywordFacts, type LineKind, type MinutesLexingReport } from './line-model.js';
import { splitChairLine, splitPersonLine, type PersonSpan } from './person-line.js';
import { scanDateSlot, scanTimeRange, type DateSlotKind, type DateSpan } from './date-slot.js';

/** Where a keyword line was found and what it is. */
export interface KeywordMatch {
    id: KeywordId;
    /** The token type of the keyword. */
    token: string;
    /** The language of the spelling. */
    lang: Lang;
    /** Length of the keyword text (`Nästa möte`, `Punkt`) in the line body. */
    length: number;
    /** Index of the colon in the line body, or -1 (`§ 1 Mötets öppnande`, `Beslut` alone). */
    colon: number;
    /** The number after `Punkt`, `§`, `Item`, `Bilaga` (`5.1`, `2`) and its index in the body. */
    number?: { text: string; index: number };
    /** Where the value starts in the body (after the colon, or after the number when there is no colon). */
    valueIndex: number;
}

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

/** Longest text before a colon that can be a keyword (`Icke tjänstgörande ersättare`, `Punkt 123.45`). */
const MAX_HEAD_LENGTH = MAX_KEYWORD_LENGTH + 8;

const numberedSpellings = KEYWORDS.filter(k => NUMBERED_KEYWORDS.includes(k.id))
    .flatMap(k => (['sv', 'en'] as const).flatMap(lang => k.spellings[lang].map(s => ({ spelling: s, id: k.id, lang }))));
const alternation = numberedSpellings.map(s => s.spelling.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+')).join('|');
/** `Punkt 3`, `§14`, `Item 5.1`, `Bilaga 2` before a colon (the number is optional there). */
const NUMBERED_HEAD = new RegExp(`^(${alternation})\\s*(\\d+(?:\\.\\d+)?)?$`, 'iu');
const itemAlternation = numberedSpellings.filter(s => s.id === 'item').map(s => s.spelling.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
/** The first characters of a keyword's spellings in any case: only lines that start so can be its lines without a colon. */
function initialsOf(id: KeywordId): ReadonlySet<number> {
    const info = KEYWORD_BY_ID[id];
    return new Set([...info.spellings.sv, ...info.spellings.en].flatMap(s => [s.charCodeAt(0), s.toUpperCase().charCodeAt(0), s.toLowerCase().charCodeAt(0)]));
}
const ITEM_INITIALS = initialsOf('item');
/** An item keyword at a position (sticky): the lines worth a closer look before the reading. */
const ITEM_START = new RegExp(`(?:${[...KEYWORD_BY_ID.item.spellings.sv, ...KEYWORD_BY_ID.item.spellings.en].join('|')})`, 'iuy');
const DECISION_INITIALS = initialsOf('decision');

/** An item line without a colon: a number must follow (`§ 1 Mötets öppnande`, `Punkt 3 Ekonomi`). */
const ITEM_WITHOUT_COLON = new RegExp(`^(${itemAlternation})\\s*(\\d+(?:\\.\\d+)?)(?=\\s|$)`, 'iu');

/** Whether a character (one UTF-16 unit) is whitespace as `\s` means it. */
function isSpace(code: number): boolean {
    if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
    if (code < 0xa0) return false;
    return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
        || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The index of the first character at or after `from` that is not whitespace. */
function skipSpaces(text: string, from: number, to = text.length): number {
    let i = from;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
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

/**
 * The end of the line that starts at `start` (its line break or the end of the text). Without
 * a carriage return in the text (`lf`), the native search finds it.
 */
function lineEnd(text: string, start: number, lf: boolean): number {
    if (lf) {
        const end = text.indexOf('\n', start);
        return end < 0 ? text.length : end;
    }
    let end = start;
    while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === 10 || code === 13) break;
        end++;
    }
    return end;
}

/** The length of the line break at `end`: 2 for CRLF, 1 for LF or CR, 0 at the end of the text. */
function lineBreakLength(text: string, end: number): number {
    if (end >= text.length) return 0;
    return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1;
}

/**
 * Recognises a keyword line: a keyword at line start followed by a colon; an item keyword
 * followed by a number (with or without a colon); or a decision keyword alone on its line.
 * Where the line stands decides whether it is read as one (see LineScanner.placement).
 */
export function matchKeyword(body: string): KeywordMatch | undefined {
    const colon = body.indexOf(':');
    if (colon > 0 && colon <= MAX_HEAD_LENGTH) {
        const head = body.slice(0, colon);
        const found = lookupKeyword(head);
        if (found) {
            const value = body.slice(colon + 1).trim();
            const { info, lang } = keywordForValue(found, head, value !== '');
            return { id: info.id, token: info.token, lang, length: head.trimEnd().length, colon, valueIndex: colon + 1 };
        }
        const numbered = NUMBERED_HEAD.exec(head.trimEnd());
        if (numbered) {
            const keyword = lookupKeyword(numbered[1])!;
            const digits = numbered[2];
            // An attachment has a whole number.
            if (!(keyword.info.id === 'attachment' && digits?.includes('.'))) {
                const number = digits !== undefined ? { text: digits, index: head.lastIndexOf(digits) } : undefined;
                return { id: keyword.info.id, token: keyword.info.token, lang: keyword.lang, length: numbered[1].length, colon, number, valueIndex: colon + 1 };
            }
        }
    }
    const initial = body.charCodeAt(0);
    const item = ITEM_INITIALS.has(initial) ? ITEM_WITHOUT_COLON.exec(body) : null;
    if (item) {
        const keyword = lookupKeyword(item[1])!;
        const index = item[0].length - item[2].length;
        // `Punkt 2       : Övrigt`: a colon after the number and any spaces is the item's colon, however far.
        const next = skipSpaces(body, item[0].length);
        const spacedColon = body.charCodeAt(next) === 58 ? next : -1;
        return {
            id: 'item', token: 'K_ITEM', lang: keyword.lang, length: item[1].length, colon: spacedColon,
            number: { text: item[2], index }, valueIndex: spacedColon < 0 ? item[0].length : spacedColon + 1
        };
    }
    if (colon < 0 && body.length <= MAX_KEYWORD_LENGTH && DECISION_INITIALS.has(initial)) {
        const found = lookupKeyword(body);
        if (found?.info.id === 'decision') {
            return { id: 'decision', token: found.info.token, lang: found.lang, length: body.length, colon: -1, valueIndex: body.length };
        }
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

/** Token types by name, for reading lines without the language's services (the tokens are not used). */
const anyTokenTypes = new Map<string | symbol, TokenType>();
const ANY_TOKEN_TYPES = new Proxy({} as TokenTypeDictionary, {
    get: (_, name) => {
        let type = anyTokenTypes.get(name);
        if (!type) anyTokenTypes.set(name, type = { name: String(name), tokenTypeIdx: 0 } as TokenType);
        return type;
    }
});

/** The line model of a text, read without the language's services (its tokens are dropped). */
export function readLines(text: string): LineModel {
    return (new LineScanner(text, ANY_TOKEN_TYPES).scan().report as MinutesLexingReport).lines!;
}

/** What the next prose or bullet line does. */
type Block =
    | 'none'          // a prose line starts a new paragraph
    | 'continuable'   // a prose line continues the current element's text
    | 'list-start'    // just after `Deltagare:`, `Grupper:`, `Dagordning:` (a blank line may follow)
    | 'list';         // inside such a list

type ListKind = 'persons' | 'serving' | 'groups' | 'agenda';

/** Which field lines may follow: those of an action, a motion or a vote. */
type Fields = 'none' | 'action' | 'motion' | 'vote';

/** How a keyword line is read where it stands. */
type Placed = 'keyword' | 'prose' | 'misplaced';

/** The fenced-block role of a line, found before reading (see LineScanner.findStructure). */
const Fence = { None: 0, Open: 1, Inside: 2, Close: 3, Unclosed: 4 } as const;


/** Date slots by keyword. */
const DATE_SLOTS: Partial<Record<KeywordId, DateSlotKind>> = { date: 'date', due: 'due', next: 'next', approval: 'approval', posted: 'posted' };

/** `att` as the first word: the start of an att-clause. */
function attLength(text: string): number {
    if (text.length < 3 || text.slice(0, 3).toLowerCase() !== 'att') return -1;
    if (text.length > 3 && !isSpace(text.charCodeAt(3))) return -1;
    return 3;
}

/** `1.` then whitespace or the end: an agenda entry's number; its length, or -1. */
function enumLength(body: string): number {
    let i = 0;
    while (i < body.length && i < 9 && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
    if (i === 0 || body.charCodeAt(i) !== 46) return -1;
    return i + 1 < body.length && !isSpace(body.charCodeAt(i + 1)) ? -1 : i + 1;
}

/** `Reservation: names` then `:` or `mot`/`against` and a text. */
const AGAINST = /\s(?:mot|against)(?=\s|$)/iu;

/** One run of the lexer over one text. */
class LineScanner {
    private readonly tokens: IToken[] = [];
    private readonly hidden: IToken[] = [];
    private readonly diagnostics: LexingDiagnostic[] = [];
    private readonly lines: LineModelBuilder;
    /** The keyword facts of the line being read (one object, filled again for each keyword line). */
    private readonly facts: KeywordFacts = {
        keyword: undefined, lang: undefined, keywordEnd: -1, numberStart: -1, numberEnd: -1, colon: -1, valueStart: -1, valueEnd: -1
    };
    /** Names on role and owner lines so far. */
    private references = 0;
    private section: Section | 'start' = 'start';
    private block: Block = 'none';
    private listKind: ListKind = 'persons';
    private fields: Fields = 'none';
    /** After a Swedish decision: `- att` lines, and `att` lines after a blank line, are its clauses. */
    private clauses = false;
    /** Inside the body of a `Bilaga`. */
    private inAttachment = false;
    /** What a continuation line of the open element is. */
    private continuation: LineKind = 'continuation';
    /** The line before was blank. */
    private afterBlank = false;
    /** The document's language (its header keyword), for date slots. */
    private lang: Lang | undefined;
    /** Whether an element is open and needs its EOL. */
    private open = false;
    /** Where the open element's EOL goes: the line break after its last line. */
    private eolOffset = 0;
    private eolLength = 0;
    private eolLine = 0;
    private eolColumn = 0;
    private line = 0;
    private lineStart = 0;
    /** The fenced blocks, as pairs of line numbers (opening, closing), and the openings never closed. */
    private fences: number[] = [];
    private unclosed: number[] = [];
    /** The next pair of `fences` and the next of `unclosed` that the reading has not passed. */
    private nextFence = 0;
    private nextUnclosed = 0;
    private firstItem = -1;
    private lastItem = -1;

    /** The text has no carriage return: lines end at `\n` only. */
    private readonly lf: boolean;

    constructor(private readonly text: string, private readonly types: TokenTypeDictionary) {
        this.lf = !text.includes('\r');
        // Minutes run about 40 characters a line: room for most documents' lines at once.
        this.lines = new LineModelBuilder(text.length / 40);
    }

    scan(): LexerResult {
        this.findStructure();
        const text = this.text;
        const lf = this.lf;
        let start = 0;
        for (let i = 0; start <= text.length; i++) {
            if (i >= CHECK_LIMITS.lines || this.tokens.length >= CHECK_LIMITS.tokens || this.references >= CHECK_LIMITS.names) {
                this.uncheckedRest(start, i);
                break;
            }
            const end = lineEnd(text, start, lf);
            const breakLength = lineBreakLength(text, end);
            this.line = i;
            this.lineStart = start;
            this.scanLine(i, start, end, breakLength);
            if (breakLength === 0) break;
            start = end + breakLength;
        }
        this.closeElement();
        const report: MinutesLexingReport = { diagnostics: this.diagnostics, lines: this.lines.build(text) };
        return { tokens: this.tokens, hidden: this.hidden, errors: [], report: report as LexerResult['report'] };
    }

    /**
     * Before the reading: the first and last item lines, and the fenced blocks (an opening fence
     * pairs with the next closing one; an opening that none closes is no block). Only lines that
     * start with a backtick or like an item keyword (`Punkt`, `Item`, `§`) are looked at closely.
     */
    private findStructure(): void {
        const text = this.text;
        const openers: number[] = [];
        const closers: number[] = [];
        const items: number[] = [];
        const lf = this.lf;
        let start = 0;
        for (let i = 0; i < CHECK_LIMITS.lines && start <= text.length; i++) {
            const end = lineEnd(text, start, lf);
            // Within the line: a run of blank lines is whitespace too, and skipping it from every line would be quadratic.
            const first = skipSpaces(text, start, end);
            const c = first < end ? text.charCodeAt(first) : -1;
            ITEM_START.lastIndex = first;
            if (c === 96 || (ITEM_INITIALS.has(c) && ITEM_START.test(text))) {
                const body = text.slice(first, end).trimEnd();
                if (isFence(body)) {
                    openers.push(i);
                    if (isClosingFence(body)) closers.push(i);
                } else if (matchKeyword(body)?.id === 'item') {
                    items.push(i);
                }
            }
            const breakLength = lineBreakLength(text, end);
            if (breakLength === 0) break;
            start = end + breakLength;
        }
        let closer = 0;
        for (let o = 0; o < openers.length;) {
            const open = openers[o];
            while (closer < closers.length && closers[closer] <= open) closer++;
            if (closer < closers.length) {
                const close = closers[closer++];
                this.fences.push(open, close);
                while (o < openers.length && openers[o] <= close) o++;
            } else {
                this.unclosed.push(open);
                o++;
            }
        }
        // Item lines inside a fenced block are no item lines.
        let pair = 0;
        for (const item of items) {
            while (pair < this.fences.length && this.fences[pair + 1] < item) pair += 2;
            if (pair < this.fences.length && this.fences[pair] < item) continue;
            if (this.firstItem < 0) this.firstItem = item;
            this.lastItem = item;
        }
    }

    /** Where line `index` stands in a fenced block (the lines are read in order). */
    private fenceAt(index: number): number {
        const fences = this.fences;
        while (this.nextFence < fences.length && fences[this.nextFence + 1] < index) this.nextFence += 2;
        if (this.nextFence < fences.length) {
            const open = fences[this.nextFence];
            const close = fences[this.nextFence + 1];
            if (index === open) return Fence.Open;
            if (index === close) return Fence.Close;
            if (index > open && index < close) return Fence.Inside;
        }
        while (this.nextUnclosed < this.unclosed.length && this.unclosed[this.nextUnclosed] < index) this.nextUnclosed++;
        return this.unclosed[this.nextUnclosed] === index ? Fence.Unclosed : Fence.None;
    }

    /**
     * The text from `start` on, past the limits: one TEXT token from its first to its last
     * visible character (over many lines), and a report of where it begins. Blank lines alone
     * leave nothing unread.
     */
    private uncheckedRest(start: number, index: number): void {
        const text = this.text;
        this.line = index;
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
        this.lines.push('unread', this.currentSection(), first, end, first, end);
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

    private currentSection(): Section {
        return this.section === 'start' ? 'header' : this.section;
    }

    private scanLine(index: number, start: number, end: number, breakLength: number): void {
        const text = this.text;
        const bodyStart = skipSpaces(text, start, end);
        let bodyEnd = end;
        while (bodyEnd > bodyStart && isSpace(text.charCodeAt(bodyEnd - 1))) bodyEnd--;
        const fence = this.fenceAt(index);
        if (fence === Fence.Inside) {
            // Kept as written, indentation and all; nothing inside is a keyword line.
            if (end > start) this.tokens.push(this.token('VERBATIM', start, end - start));
            this.lines.push('verbatim', this.currentSection(), start, end, bodyStart, bodyEnd);
            this.setEol(index, start, end, breakLength);
            return;
        }
        if (fence === Fence.Close) {
            this.tokens.push(this.token('FENCE', bodyStart, bodyEnd - bodyStart));
            this.lines.push('fence', this.currentSection(), start, end, bodyStart, bodyEnd);
            this.setEol(index, start, end, breakLength);
            this.block = 'none';
            return;
        }
        if (bodyEnd === bodyStart) {
            this.closeElement();
            // A blank line ends a list, except right after its keyword line.
            if (this.block !== 'list-start') this.block = 'none';
            this.afterBlank = true;
            this.lines.push('blank', this.currentSection(), start, end, bodyStart, bodyStart);
            return;
        }
        const body = text.slice(bodyStart, bodyEnd);
        if (body.startsWith('//')) {
            this.hidden.push(this.token('COMMENT', bodyStart, body.length));
            this.lines.push('comment', this.currentSection(), start, end, bodyStart, bodyEnd);
            return;
        }
        let kind: LineKind | undefined;
        if (fence === Fence.Open || fence === Fence.Unclosed) {
            kind = this.fenceLine(body, bodyStart);
        } else {
            const keyword = matchKeyword(body);
            if (keyword) {
                // A keyword line read as prose (`Ordförande: berättade …` in an item) is a paragraph of its own.
                kind = this.keywordLine(keyword, body, bodyStart, index) ?? this.ownParagraph(body, bodyStart);
            }
            if (!kind) {
                const bullet = bulletLength(body);
                kind = bullet >= 0 ? this.bulletLine(bullet, body, bodyStart) : this.proseLine(body, bodyStart);
            }
        }
        const keywordLine = kind === 'keyword' || kind === 'item' || kind === 'header' || kind === 'misplaced';
        this.lines.push(kind, this.currentSection(), start, end, bodyStart, bodyEnd, keywordLine ? this.facts : undefined);
        this.afterBlank = false;
        this.setEol(index, start, end, breakLength);
    }

    /** The open element's EOL goes on this line's break, unless a later line of the element moves it. */
    private setEol(index: number, start: number, end: number, breakLength: number): void {
        this.eolOffset = end;
        this.eolLength = breakLength;
        this.eolLine = index;
        this.eolColumn = end - start;
    }

    /** Opens a fenced block (its lines and closing fence follow), or stands alone when it is never closed. */
    private fenceLine(body: string, bodyStart: number): LineKind {
        this.startElement();
        this.enterContent();
        this.tokens.push(this.token('FENCE', bodyStart, body.length));
        this.block = 'none';
        this.fields = 'none';
        this.clauses = false;
        return 'fence';
    }

    /** The header starts with the first line that is not the header line itself. */
    private enterContent(): void {
        if (this.section === 'start') this.section = 'header';
    }

    private proseLine(body: string, bodyStart: number): LineKind {
        if (this.block === 'list-start' || this.block === 'list') {
            if (this.listKind === 'agenda') {
                const number = enumLength(body);
                if (number > 0) return this.agendaEntry('ENUM', number, body, bodyStart);
            }
        } else if (this.clauses && this.afterBlank) {
            const att = attLength(body);
            if (att > 0) return this.clause(att, 0, body, bodyStart);
        }
        if (this.open && this.block === 'continuable') {
            this.tokens.push(this.token('TEXT', bodyStart, body.length));
            return this.continuation;
        }
        this.startElement();
        this.enterContent();
        this.fields = 'none';
        this.clauses = false;
        this.tokens.push(this.token('TEXT', bodyStart, body.length));
        this.block = 'continuable';
        this.continuation = 'continuation';
        return 'prose';
    }

    private ownParagraph(body: string, bodyStart: number): LineKind {
        this.block = 'none';
        const line = this.proseLine(body, bodyStart);
        this.block = 'none';
        return line;
    }

    private bulletLine(bulletLength: number, body: string, bodyStart: number): LineKind {
        const rest = body.slice(bulletLength);
        const restStart = bodyStart + bulletLength;
        if (this.block === 'list-start' || this.block === 'list') {
            switch (this.listKind) {
                case 'persons': case 'serving':
                    return this.person(rest, restStart, bodyStart);
                case 'groups':
                    if (rest !== '') {
                        this.startElement();
                        this.tokens.push(this.token('BULLET', bodyStart, 1));
                        this.tokens.push(this.token('NAME', restStart, rest.length));
                        this.block = 'list';
                        return 'group';
                    }
                    break;
                case 'agenda':
                    return this.agendaEntry('BULLET', 1, body, bodyStart);
            }
        } else if (this.clauses) {
            const att = attLength(rest);
            if (att > 0) return this.clause(bulletLength + att, bulletLength, body, bodyStart);
        }
        this.startElement();
        this.enterContent();
        this.fields = 'none';
        this.clauses = false;
        this.tokens.push(this.token('BULLET', bodyStart, 1));
        if (rest) this.tokens.push(this.token('TEXT', restStart, rest.length));
        this.block = 'continuable';
        this.continuation = 'bullet-continuation';
        return 'bullet';
    }

    /** `- Name (S) (§ 3–5), free text, för Name § 4`: the spans of person-line.ts as tokens. */
    private person(rest: string, restStart: number, bodyStart: number): LineKind {
        this.startElement();
        this.tokens.push(this.token('BULLET', bodyStart, 1));
        for (const span of splitPersonLine(rest, { serving: this.listKind === 'serving' })) {
            this.tokens.push(this.token(span.type === 'MEMBER' ? 'NAME' : span.type, restStart + span.start, span.end - span.start));
            if (span.type === 'MEMBER') this.references++;
        }
        this.block = 'list';
        return 'person';
    }

    /** `- Title` or `1. Title` under `Dagordning:`. */
    private agendaEntry(mark: 'BULLET' | 'ENUM', markLength: number, body: string, bodyStart: number): LineKind {
        this.startElement();
        this.tokens.push(this.token(mark, bodyStart, markLength));
        const title = body.slice(markLength);
        const trimmed = title.trim();
        if (trimmed) this.tokens.push(this.token('TEXT', bodyStart + markLength + (title.length - title.trimStart().length), trimmed.length));
        this.block = 'list';
        return 'agenda-entry';
    }

    /** `- att …` or `att …`: the mark (bullet and `att`), then the text. */
    private clause(markLength: number, bulletLength: number, body: string, bodyStart: number): LineKind {
        this.startElement();
        this.tokens.push(this.token('CLAUSE', bodyStart, markLength));
        const text = body.slice(markLength);
        const trimmed = text.trim();
        if (trimmed) this.tokens.push(this.token('TEXT', bodyStart + markLength + (text.length - text.trimStart().length), trimmed.length));
        this.block = 'continuable';
        this.continuation = bulletLength > 0 ? 'bullet-continuation' : 'continuation';
        return 'clause';
    }

    /** A keyword line: read as one, as prose (undefined), or as misplaced. */
    private keywordLine(keyword: KeywordMatch, body: string, bodyStart: number, index: number): LineKind | undefined {
        const placed = this.placement(keyword, body, index);
        if (placed === 'prose') return undefined;
        this.startElement();
        // The body ends with no whitespace: the value is what follows the colon and its spaces.
        const valueStart = skipSpaces(this.text, bodyStart + keyword.valueIndex, bodyStart + body.length);
        const value = this.text.slice(valueStart, bodyStart + body.length);
        const facts = this.facts;
        facts.keyword = keyword.id;
        facts.lang = keyword.lang;
        facts.keywordEnd = bodyStart + keyword.length;
        facts.numberStart = keyword.number ? bodyStart + keyword.number.index : -1;
        facts.numberEnd = keyword.number ? bodyStart + keyword.number.index + keyword.number.text.length : -1;
        facts.colon = keyword.colon < 0 ? -1 : bodyStart + keyword.colon;
        facts.valueStart = valueStart;
        facts.valueEnd = valueStart + value.length;
        if (placed === 'misplaced') {
            this.tokens.push(this.token('MISPLACED', bodyStart, body.length));
            this.block = 'continuable';
            this.continuation = 'continuation';
            this.fields = 'none';
            this.clauses = false;
            return 'misplaced';
        }
        const id = keyword.id;
        const token = id === 'attachment' && this.section === 'items' ? 'K_ITEM_ATTACHMENT' : keyword.token;
        this.tokens.push(this.token(token, bodyStart, keyword.length));
        if (keyword.number) {
            this.tokens.push(this.token(id === 'item' ? 'ITEM_NUMBER' : 'INT', bodyStart + keyword.number.index, keyword.number.text.length));
        }
        if (keyword.colon >= 0) this.tokens.push(this.token('COLON', bodyStart + keyword.colon, 1));
        this.block = 'none';
        this.continuation = 'continuation';
        const placement = KEYWORD_BY_ID[id].placement;
        if (!placement.endsWith('-field')) this.fields = 'none';
        this.clauses = false;
        switch (id) {
            case 'kind':
                this.lang = keyword.lang;
                this.text_(value, valueStart);
                break;
            case 'place': case 'rules': case 'body': case 'kept-at': case 'from': case 'status': case 'confidential': case 'item': case 'attachment':
                this.text_(value, valueStart);
                break;
            case 'decision':
                this.text_(value, valueStart);
                this.block = 'continuable';
                this.clauses = keyword.lang === 'sv';
                break;
            case 'action': case 'motion': case 'closing':
                this.text_(value, valueStart);
                this.block = 'continuable';
                if (id !== 'closing') this.fields = id;
                break;
            case 'members': case 'quorum':
                if (value) this.tokens.push(this.token(/^\d+$/u.test(value) ? 'INT' : 'INVALID', valueStart, value.length));
                break;
            case 'recess':
                this.recess(value, valueStart);
                break;
            case 'agenda': case 'groups': case 'present': case 'voting': case 'serving': case 'substitutes': case 'others': case 'absent':
                if (value) this.tokens.push(this.token('INVALID', valueStart, value.length));
                this.block = 'list-start';
                this.listKind = id === 'agenda' ? 'agenda' : id === 'groups' ? 'groups' : id === 'serving' ? 'serving' : 'persons';
                break;
            case 'chair':
                this.spans(splitChairLine(value), value, valueStart);
                break;
            case 'secretary': case 'adjuster': case 'tellers': case 'owner': case 'moved-by': case 'seconded-by':
            case 'yes': case 'no': case 'abstain':
                this.names(value, valueStart);
                break;
            case 'vote':
                if (value) this.tokens.push(this.token('VOTE_COUNTS', valueStart, value.length));
                this.fields = 'vote';
                break;
            case 'reservation': case 'recusal': case 'record-note':
                this.namesAndText(id, value, valueStart);
                this.block = 'continuable';
                break;
            case 'date': case 'due': case 'next': case 'approval': case 'posted':
                this.dateSlot(value, valueStart, DATE_SLOTS[id]!);
                break;
        }
        return keyword.id === 'item' ? 'item' : keyword.id === 'kind' ? 'header' : 'keyword';
    }

    /**
     * Whether a keyword line is read as one where it stands, moving to the section it starts.
     * Inside an item a header keyword is prose; a trailer keyword between the first and the
     * last item line is misplaced on its line only (LANGUAGE-2.md, section 3 and 9).
     */
    private placement(keyword: KeywordMatch, body: string, index: number): Placed {
        const id = keyword.id;
        if (id !== 'kind') this.enterContent();
        const section = this.section;
        const inItems = section === 'items' || section === 'attachments';
        switch (KEYWORD_BY_ID[id].placement) {
            case 'first-line':
                if (section === 'start') {
                    this.section = 'header';
                    return 'keyword';
                }
                return inItems ? 'prose' : 'misplaced';
            case 'header':
                // `Dagordning: text` stays prose, as in the first edition.
                if (id === 'agenda' && body.slice(keyword.valueIndex).trim() !== '') return 'prose';
                if (section === 'header') return 'keyword';
                return inItems ? 'prose' : 'misplaced';
            case 'items':
                if (id === 'item') {
                    if (section === 'trailer') return 'misplaced';
                    this.section = 'items';
                    this.inAttachment = false;
                    return 'keyword';
                }
                if (keyword.colon < 0) {
                    // `Beslut` alone is a keyword line only where a decision may stand.
                    return section === 'items' && !this.inAttachment ? 'keyword' : 'prose';
                }
                if (id === 'attachment') {
                    if (!inItems) return 'misplaced';
                    if (index > this.lastItem) this.section = 'attachments';
                    this.inAttachment = true;
                    return 'keyword';
                }
                return section === 'items' && !this.inAttachment ? 'keyword' : 'misplaced';
            case 'action-field':
                if (this.fields === 'action') return 'keyword';
                return id === 'from' || id === 'status' ? 'prose' : 'misplaced';
            case 'motion-field':
                return this.fields === 'motion' ? 'keyword' : 'misplaced';
            case 'vote-field':
                return this.fields === 'vote' ? 'keyword' : 'prose';
            case 'trailer':
                if (section === 'trailer') return 'keyword';
                if (this.firstItem < 0 || index < this.firstItem) {
                    if (id !== 'closing') {
                        this.section = 'header';
                        return 'keyword';
                    }
                    if (this.firstItem >= 0) return 'misplaced';
                } else if (index < this.lastItem) {
                    // Inside an item: reported on its line; it ends an attachment's body.
                    this.inAttachment = false;
                    return 'misplaced';
                }
                this.section = 'trailer';
                return 'keyword';
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

    /** Spans of a chair line (names and their ranges), at most `namesPerLine` names. */
    private spans(spans: PersonSpan[], value: string, valueStart: number): void {
        let names = 0;
        for (const span of spans) {
            if (span.type === 'NAME' && ++names === CHECK_LIMITS.namesPerLine) {
                // The last name takes the rest of the line, as on other role lines.
                this.name(value.slice(span.start), valueStart + span.start);
                return;
            }
            this.tokens.push(this.token(span.type, valueStart + span.start, span.end - span.start));
            if (span.type === 'NAME') this.references++;
        }
    }

    /**
     * `Reservation: Anna Berg, Per Holm: text` or `… mot beslutet …`; `Jäv: Per Holm: text`;
     * `Protokollsanteckning: Anna Berg: text`. The names, then the text (with `mot`/`against`).
     */
    private namesAndText(id: KeywordId, value: string, valueStart: number): void {
        const colon = value.indexOf(':');
        const against = id === 'reservation' ? AGAINST.exec(colon < 0 ? value : value.slice(0, colon)) : null;
        let namesEnd = value.length;
        let textStart = value.length;
        if (against) {
            namesEnd = against.index;
            textStart = against.index + 1;
        } else if (colon >= 0) {
            namesEnd = colon;
            textStart = colon + 1;
        } else if (id === 'record-note') {
            // No person before a colon: all of it is the note's text (reported).
            namesEnd = 0;
            textStart = 0;
        }
        const names = value.slice(0, namesEnd);
        if (id === 'record-note') this.name(names, valueStart);
        else this.names(names, valueStart);
        const text = value.slice(textStart);
        const trimmed = text.trim();
        if (trimmed) this.tokens.push(this.token('TEXT', valueStart + textStart + (text.length - text.trimStart().length), trimmed.length));
    }

    /** A time range after `Ajournering:` (`10.00–10.20`, `kl. 14.30–14.45`, `6:30–6:45 PM`: date-slot.ts). */
    private recess(value: string, valueStart: number): void {
        this.slotSpans(value, valueStart, scanTimeRange(value));
    }

    private dateSlot(value: string, valueStart: number, kind: DateSlotKind): void {
        this.slotSpans(value, valueStart, scanDateSlot(value, kind, this.lang));
    }

    /** The spans of a date slot or a time range as tokens, or one INVALID token when the value is none. */
    private slotSpans(value: string, valueStart: number, spans: DateSpan[] | undefined): void {
        if (!value) return;
        if (!spans) {
            this.tokens.push(this.token('INVALID', valueStart, value.length));
            return;
        }
        for (const span of spans) this.tokens.push(this.token(span.type, valueStart + span.start, span.end - span.start));
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
