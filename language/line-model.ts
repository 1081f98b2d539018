/**
 * The one model of a document's lines: what the lexer decided each line is (its kind, its
 * keyword, the section it stands in, where its keyword, number and value are). The lexer
 * writes it while it reads the text (minutes-lexer.ts) and hands it over with its tokens;
 * the validator, the formatter, completion, on-enter and the editor's line views read it
 * instead of working out from the text again what a line is.
 */
import type { LangiumDocument } from 'langium';
import type { KeywordId, Lang, Section } from './keywords.js';

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

/** The lines of one text, as the lexer read them. */
export class LineModel {
    constructor(readonly text: string, readonly lines: readonly Line[]) { }

    /** The number of the line that holds `offset` (the last line for an offset past the end). */
    lineAt(offset: number): number {
        const lines = this.lines;
        let low = 0;
        let high = lines.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (lines[middle].start <= offset) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    /** Line `n` as read: past the lexer's limits, the one `unread` line that stands for the rest. */
    line(n: number): Line | undefined {
        const lines = this.lines;
        if (n < lines.length) return lines[n];
        const last = lines[lines.length - 1];
        return last?.kind === 'unread' ? last : undefined;
    }

    /** The text of a line's body, its keyword as written, its value. */
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

/** A line with no keyword, number, colon or value. */
export function plainLine(kind: LineKind, section: Section, start: number, end: number, bodyStart: number, bodyEnd: number): Line {
    return {
        kind, section, keyword: undefined, lang: undefined, start, end, bodyStart, bodyEnd,
        keywordEnd: -1, numberStart: -1, numberEnd: -1, colon: -1, valueStart: bodyEnd, valueEnd: bodyEnd
    };
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
