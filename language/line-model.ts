/**
 * The one model of a document's lines: what the lexer decided each line is (its kind, its
 * keyword, the section it stands in, where its keyword, number and value are). The lexer
 * writes it while it reads the text (minutes-lexer.ts) and hands it over with its tokens;
 * the validator, the formatter, completion, on-enter and the editor's line views read it
 * instead of working out from the text again what a line is.
 */
import type { LangiumDocument } from 'langium';
import { KEYWORDS, type KeywordId, type Lang, type Section } from './keywords.js';

/** What a line is. */
export type LineKind =
    | 'blank'
    /** A `//` comment line. */
    | 'comment'
    /** The document's first line: `Protokoll: …`. */
    | 'header'
    /** A keyword line in its place (not an item line). */
    | 'keyword'
    /** `Punkt 3: …`, `§ 1 Mötets öppnande`. */
    | 'item'
    /** A keyword line where its keyword does not belong (reported as `syntax`). */
    | 'misplaced'
    /** `- Name …` in an attendance group. */
    | 'person'
    /** `- Förvaltningen` under `Grupper:`. */
    | 'group'
    /** `- Title` or `1. Title` under `Dagordning:`. */
    | 'agenda-entry'
    | 'bullet'
    /** `- att …`, or `att …` after a blank line, under a Swedish decision. */
    | 'clause'
    /** A line of prose that starts a paragraph. */
    | 'prose'
    /** Prose that continues the text of the line above (a paragraph, a decision, a reservation, …). */
    | 'continuation'
    /** Prose that continues a bullet or a `- att` clause. */
    | 'bullet-continuation'
    /** The first or last line of a fenced block (three backticks). */
    | 'fence'
    /** A line inside a fenced block, kept as written (blank ones too). */
    | 'verbatim'
    /** Past the lexer's limits: kept, not read. */
    | 'unread';

/** One line. Offsets are into the text; a field that a line does not have is -1. */
export interface Line {
    kind: LineKind;
    /** The section the line stands in. */
    section: Section;
    /** The keyword of a `header`, `keyword`, `item` or `misplaced` line. */
    keyword: KeywordId | undefined;
    /** The language of the keyword as spelled. */
    lang: Lang | undefined;
    /** The line without its line break. */
    start: number;
    end: number;
    /** The line's text without indentation and trailing whitespace (empty for a blank line). */
    bodyStart: number;
    bodyEnd: number;
    /** The end of the keyword as written (`Nästa möte`, `Punkt`), or -1. */
    keywordEnd: number;
    /** The number after a numbered keyword (`Punkt 5.1`, `Bilaga 2`), or -1. */
    numberStart: number;
    numberEnd: number;
    /** The colon after the keyword (and number), or -1 when the line has none (`§ 1 Öppnande`, `Beslut`). */
    colon: number;
    /** The value after the colon (or after the number), trimmed; empty when valueStart === valueEnd. */
    valueStart: number;
    valueEnd: number;
}

const KINDS: readonly LineKind[] = [
    'blank', 'comment', 'header', 'keyword', 'item', 'misplaced', 'person', 'group', 'agenda-entry', 'bullet', 'clause', 'prose',
    'continuation', 'bullet-continuation', 'fence', 'verbatim', 'unread'
];
const KIND_CODES = new Map(KINDS.map((kind, i) => [kind, i]));
const UNREAD = KIND_CODES.get('unread')!;
const SECTIONS: readonly Section[] = ['header', 'items', 'attachments', 'trailer'];
const SECTION_CODES = new Map(SECTIONS.map((section, i) => [section, i]));
const LANGS: ReadonlyArray<Lang | undefined> = [undefined, 'sv', 'en'];
const KEYWORD_IDS: readonly KeywordId[] = KEYWORDS.map(k => k.id);
const KEYWORD_CODES = new Map(KEYWORD_IDS.map((id, i) => [id, i]));

/** The fields of one line in the model's array, at these positions. */
const FIELDS = 14;
const F = {
    Kind: 0, Section: 1, Keyword: 2, Lang: 3, Start: 4, End: 5, BodyStart: 6, BodyEnd: 7, KeywordEnd: 8, NumberStart: 9, NumberEnd: 10,
    Colon: 11, ValueStart: 12, ValueEnd: 13
} as const;

/** What a keyword line adds to a line: its keyword and where its parts are (offsets, -1 when absent). */
export interface KeywordFacts {
    keyword: KeywordId | undefined;
    lang: Lang | undefined;
    keywordEnd: number;
    numberStart: number;
    numberEnd: number;
    colon: number;
    valueStart: number;
    valueEnd: number;
}

/**
 * The lines of one text, as the lexer read them. Kept as numbers in one typed array (a long
 * document has tens of thousands of lines, read again on every keystroke); a line becomes an
 * object only when asked for.
 */
export class LineModel {
    private materialized: Line[] | undefined;

    constructor(readonly text: string, private readonly data: Int32Array, readonly count: number) { }

    /** Every line, as objects (made once, on the first call). */
    get lines(): readonly Line[] {
        this.materialized ??= Array.from({ length: this.count }, (_, n) => this.make(n));
        return this.materialized;
    }

    /** Line `n` as read: past the lexer's limits, the one `unread` line that stands for the rest. */
    line(n: number): Line | undefined {
        if (n < 0) return undefined;
        if (n < this.count) return this.materialized?.[n] ?? this.make(n);
        const last = this.count - 1;
        return last >= 0 && this.data[last * FIELDS + F.Kind] === UNREAD ? this.make(last) : undefined;
    }

    /** The number of the line that holds `offset` (the last line for an offset past the end). */
    lineAt(offset: number): number {
        const data = this.data;
        let low = 0;
        let high = this.count - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (data[middle * FIELDS + F.Start] <= offset) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    private make(n: number): Line {
        const d = this.data;
        const at = n * FIELDS;
        const keyword = d[at + F.Keyword];
        return {
            kind: KINDS[d[at + F.Kind]], section: SECTIONS[d[at + F.Section]],
            keyword: keyword < 0 ? undefined : KEYWORD_IDS[keyword], lang: LANGS[d[at + F.Lang]],
            start: d[at + F.Start], end: d[at + F.End], bodyStart: d[at + F.BodyStart], bodyEnd: d[at + F.BodyEnd],
            keywordEnd: d[at + F.KeywordEnd], numberStart: d[at + F.NumberStart], numberEnd: d[at + F.NumberEnd], colon: d[at + F.Colon],
            valueStart: d[at + F.ValueStart], valueEnd: d[at + F.ValueEnd]
        };
    }

    /** The text of a line's body, its keyword as written, its number, its value. */
    body(line: Line): string {
        return this.text.slice(line.bodyStart, line.bodyEnd);
    }

    keywordText(line: Line): string {
        return line.keywordEnd < 0 ? '' : this.text.slice(line.bodyStart, line.keywordEnd);
    }

    numberText(line: Line): string {
        return line.numberStart < 0 ? '' : this.text.slice(line.numberStart, line.numberEnd);
    }

    value(line: Line): string {
        return this.text.slice(line.valueStart, line.valueEnd);
    }
}

/** Writes a line model line by line (the lexer's side). */
export class LineModelBuilder {
    private data: Int32Array;
    private count = 0;

    /** `expectedLines`: room for that many lines at first (it grows when there are more). */
    constructor(expectedLines = 64) {
        this.data = new Int32Array(FIELDS * Math.max(16, Math.ceil(expectedLines)));
    }

    /** Adds a line; `facts` for a keyword line, undefined for any other. */
    push(kind: LineKind, section: Section, start: number, end: number, bodyStart: number, bodyEnd: number, facts?: KeywordFacts): void {
        if ((this.count + 1) * FIELDS > this.data.length) {
            const grown = new Int32Array(this.data.length * 2);
            grown.set(this.data);
            this.data = grown;
        }
        const d = this.data;
        const at = this.count++ * FIELDS;
        d[at + F.Kind] = KIND_CODES.get(kind)!;
        d[at + F.Section] = SECTION_CODES.get(section)!;
        d[at + F.Start] = start;
        d[at + F.End] = end;
        d[at + F.BodyStart] = bodyStart;
        d[at + F.BodyEnd] = bodyEnd;
        if (facts?.keyword) {
            d[at + F.Keyword] = KEYWORD_CODES.get(facts.keyword)!;
            d[at + F.Lang] = LANGS.indexOf(facts.lang);
            d[at + F.KeywordEnd] = facts.keywordEnd;
            d[at + F.NumberStart] = facts.numberStart;
            d[at + F.NumberEnd] = facts.numberEnd;
            d[at + F.Colon] = facts.colon;
            d[at + F.ValueStart] = facts.valueStart;
            d[at + F.ValueEnd] = facts.valueEnd;
        } else {
            d[at + F.Keyword] = -1;
            d[at + F.Lang] = 0;
            d[at + F.KeywordEnd] = d[at + F.NumberStart] = d[at + F.NumberEnd] = d[at + F.Colon] = -1;
            d[at + F.ValueStart] = d[at + F.ValueEnd] = bodyEnd;
        }
    }

    build(text: string): LineModel {
        return new LineModel(text, this.data, this.count);
    }
}

/** What the lexer reports with its tokens: its diagnostics and the line model. */
export interface MinutesLexingReport {
    diagnostics: Array<{ offset: number; line?: number; column?: number; length: number; message: string; severity?: string }>;
    lines?: LineModel;
}

/** The line model of a parsed document (undefined before it is parsed). */
export function lineModelOf(document: LangiumDocument): LineModel | undefined {
    return (document.parseResult?.lexerReport as MinutesLexingReport | undefined)?.lines;
}

/**
 * A bullet marker at the start of a line's body: `-`, `*` or `•` followed by whitespace or
 * the end of the line. The length of the marker with its whitespace, or -1.
 */
export function bulletLength(body: string): number {
    const code = body.charCodeAt(0);
    if (code !== 45 && code !== 42 && code !== 0x2022) return -1; // - * •
    let i = 1;
    if (i < body.length && !/\s/u.test(body[i])) return -1;
    while (i < body.length && /\s/u.test(body[i])) i++;
    return i;
}

/** Whether a line's body is a bullet marker with nothing after it. */
export function isEmptyBullet(body: string): boolean {
    const trimmed = body.trim();
    return trimmed.length === 1 && bulletLength(trimmed) === 1;
}

/** A fence line opens or closes a fenced block: three backticks (an opening one may name its content). */
export function isFence(body: string): boolean {
    return body.startsWith('```');
}

/** Only a closing fence: backticks and nothing else. */
export function isClosingFence(body: string): boolean {
    return /^`{3,}$/u.test(body);
}
