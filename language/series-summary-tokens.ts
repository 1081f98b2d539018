/**
 * The summary of a file that is only indexed (SERIES.md), read from the lexer's tokens without
 * the parser: the workspace index summarises every minutes file of the workspace at start-up,
 * and the command line every file of a checked file's folder, and the parser's syntax tree
 * (its nodes, their links and the tree of tokens behind them) cost three times the lexing,
 * only to be thrown away.
 *
 * The lexer decides what every line is and ends every element with one EOL token, so that the
 * parser only sees sequences the grammar accepts (minutes-lexer.ts): which rule an element is
 * follows from its first token, and where it stands from the elements before it. This reader
 * follows the grammar (minutes.langium) for the few rules a summary needs and passes over the
 * others; whatever it does not expect there, it leaves to the parser (summarizeText), so the
 * summary is always the one a built document gives (test/language/series-summary-tokens.test.ts).
 */
import type { IToken } from 'chevrotain';
import type { LexerResult } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Document } from './generated/ast.js';
import {
    lineFrom, summarizeMeeting, summaryOf, type ActionOutline, type ItemOutline, type MeetingOutline, type MeetingSummary
} from './series-summary.js';

/** What summarising a text needs of the language's parser services. */
export interface SummaryParser {
    Lexer: { tokenize(text: string): LexerResult };
    LangiumParser: { parse(text: string): { value: unknown } };
}

/**
 * The summary of a text, without linking or validation and, as a rule, without parsing: what
 * the workspace index keeps of a file that is not open, and what the command line reads of a
 * file's series.
 */
export function summarizeText(parser: SummaryParser, text: string, uri: string): MeetingSummary {
    const outline = outlineOfTokens(parser.Lexer.tokenize(text).tokens, text);
    return outline ? summaryOf(outline, uri) : summarizeMeeting(parser.LangiumParser.parse(text).value as Document, uri);
}

/** Keyword tokens that end the items: the document's attachments and the trailer. */
const AFTER_ITEMS = new Set(['K_ATTACHMENT', 'K_NEXT', 'K_APPROVAL', 'K_POSTED', 'K_KEPT_AT', 'K_CLOSING']);
/** Keyword tokens of an action's field lines (ActionField). */
const ACTION_FIELDS = new Set(['K_OWNER', 'K_DUE', 'K_FROM', 'K_STATUS']);

/**
 * The outline of a text from its tokens, as the parser would build it: undefined when the
 * tokens are not as the grammar has them (the parser then reads the text).
 */
export function outlineOfTokens(tokens: readonly IToken[], text: string): MeetingOutline | undefined {
    const outline: MeetingOutline = { text, items: [] };
    let section: 'preamble' | 'items' | 'rest' = 'preamble';
    let item: ItemOutline | undefined;
    /** The decision its clauses follow, the action its fields follow (Decision.clauses, Action.fields). */
    let decision: { clauses: Array<{ mark: string; text: string[] }> } | undefined;
    let action: ActionOutline | undefined;
    let meetingTimeSeen = false;
    for (let start = 0; start < tokens.length;) {
        let end = start;
        while (end < tokens.length && tokens[end].tokenType.name !== 'EOL') end++;
        if (end === tokens.length) return undefined;
        const first = tokens[start];
        const type = first.tokenType.name;
        const element = new Element(tokens, start, end);
        start = end + 1;
        if (type === 'K_KIND') {
            // Header: only the document's first element.
            if (element.start !== 0) return undefined;
            const title = element.after(2, 'TEXT');
            if (!element.colonAt(1) || !element.endsAt(title ? 3 : 2)) return undefined;
            outline.header = { kind: first.image, title: title?.image, range: lineOf(text, first) };
            continue;
        }
        if (type === 'CLAUSE') {
            const texts = element.textsFrom(1);
            if (!decision || !texts) return undefined;
            decision.clauses.push({ mark: first.image, text: texts });
            continue;
        }
        if (ACTION_FIELDS.has(type)) {
            if (!action || !element.colonAt(1)) return undefined;
            const field = actionField(element, text);
            if (!field) return undefined;
            action.fields.push(field);
            action.lastLine = element.eolLine();
            continue;
        }
        decision = undefined;
        action = undefined;
        if (section === 'preamble') {
            if (type === 'K_DATE') {
                // MeetingTime: the first one is the meeting's.
                if (!element.colonAt(1)) return undefined;
                if (!meetingTimeSeen && element.end > element.start + 2) {
                    const date = element.rest(2).find(token => token.tokenType.name === 'DATE');
                    outline.meetingTime = { date: date?.image, dateRange: date && rangeOf(date) };
                }
                meetingTimeSeen = true;
            } else if (type === 'K_BODY') {
                const value = element.after(2, 'TEXT');
                if (!element.colonAt(1) || !element.endsAt(value ? 3 : 2)) return undefined;
                outline.body ??= { text: value?.image, line: rangeOf(first).start.line };
            } else if (type === 'K_ITEM') {
                section = 'items';
            } else if (type === 'K_CLOSING' || type === 'K_ATTACHMENT') {
                section = 'rest';
            }
        } else if (section === 'items' && AFTER_ITEMS.has(type)) {
            section = 'rest';
        }
        if (section !== 'items') continue;
        if (type === 'K_ITEM') {
            item = itemOf(element, text);
            if (!item) return undefined;
            outline.items.push(item);
        } else if (type === 'K_DECISION') {
            const texts = element.textsFrom(element.colonAt(1) ? 2 : 1);
            if (!texts) return undefined;
            decision = { clauses: [] };
            item!.elements.push({ type: 'decision', text: texts, clauses: decision.clauses, range: lineOf(text, first) });
        } else if (type === 'K_VOTE') {
            const counts = element.after(2, 'VOTE_COUNTS');
            if (!element.colonAt(1)) return undefined;
            item!.elements.push({ type: 'vote', counts: counts?.image });
        } else if (type === 'K_RESERVATION') {
            if (!element.colonAt(1)) return undefined;
            item!.elements.push({ type: 'reservation', names: element.images('NAME') });
        } else if (type === 'K_ACTION') {
            const texts = element.textsFrom(2);
            if (!element.colonAt(1) || !texts) return undefined;
            action = { type: 'action', text: texts, range: lineOf(text, first), lastLine: element.eolLine(), fields: [] };
            item!.elements.push(action);
        }
    }
    return outline;
}

/** The tokens of one element: from its first token up to its EOL (`end`, not included). */
class Element {
    constructor(private readonly tokens: readonly IToken[], readonly start: number, readonly end: number) { }

    /** The token `offset` after the first, when it is of type `type` and before the EOL. */
    after(offset: number, type: string): IToken | undefined {
        const at = this.start + offset;
        return at < this.end && this.tokens[at].tokenType.name === type ? this.tokens[at] : undefined;
    }

    colonAt(offset: number): boolean {
        return this.after(offset, 'COLON') !== undefined;
    }

    /** Whether the element has `count` tokens before its EOL. */
    endsAt(count: number): boolean {
        return this.end === this.start + count;
    }

    /** The images of the tokens from `offset` on, when they are all TEXT (`text+=TEXT*`). */
    textsFrom(offset: number): string[] | undefined {
        const texts: string[] = [];
        for (let i = this.start + offset; i < this.end; i++) {
            if (this.tokens[i].tokenType.name !== 'TEXT') return undefined;
            texts.push(this.tokens[i].image);
        }
        return texts;
    }

    /** The images of its tokens of type `type`. */
    images(type: string): string[] {
        const images: string[] = [];
        for (let i = this.start + 1; i < this.end; i++) if (this.tokens[i].tokenType.name === type) images.push(this.tokens[i].image);
        return images;
    }

    /** The tokens from `offset` on (before the EOL). */
    rest(offset: number): readonly IToken[] {
        return this.tokens.slice(this.start + offset, this.end);
    }

    /** The line of its EOL: its last line. */
    eolLine(): number {
        return this.tokens[this.end].startLine! - 1;
    }
}

/** `Punkt 3: title`, `§ 14 title`: K_ITEM ITEM_NUMBER? COLON? TEXT? EOL. */
function itemOf(element: Element, text: string): ItemOutline | undefined {
    const keyword = element.rest(0)[0];
    const number = element.after(1, 'ITEM_NUMBER');
    let at = number ? 2 : 1;
    const colon = element.after(at, 'COLON');
    if (colon) at++;
    const title = element.after(at, 'TEXT');
    if (title) at++;
    if (!element.endsAt(at)) return undefined;
    // Without a number, the keyword as written with its colon (model.ts, keywordOf).
    const keywordRange: Range = { start: rangeOf(keyword).start, end: rangeOf(colon ?? keyword).end };
    return {
        keyword: keyword.image,
        number: number?.image,
        title: title?.image,
        range: lineOf(text, keyword),
        numberRange: number ? rangeOf(number) : keywordRange,
        elements: []
    };
}

/** `Ansvarig:`, `Senast:`, `Från:`, `Status:` after the colon; undefined when the tokens are not the grammar's. */
function actionField(element: Element, text: string): ActionOutline['fields'][number] | undefined {
    const keyword = element.rest(0)[0];
    switch (keyword.tokenType.name) {
        case 'K_OWNER': {
            const names = element.images('NAME');
            return element.endsAt(2 + names.length) ? { type: 'owner', names } : undefined;
        }
        case 'K_DUE': {
            // DueLine: K_DUE COLON when=DateSpec? EOL.
            const spec = element.rest(2);
            if (spec.length === 0) return { type: 'due' };
            const last = spec[spec.length - 1];
            const date = spec.find(token => token.tokenType.name === 'DATE');
            return { type: 'due', when: { date: date?.image, text: text.slice(spec[0].startOffset, last.startOffset + last.image.length) } };
        }
        default: {
            const value = element.after(2, 'TEXT');
            if (!element.endsAt(value ? 3 : 2)) return undefined;
            const colon = element.after(1, 'COLON')!;
            // The value as written, or the keyword with its colon when there is none.
            const range = value ? rangeOf(value) : { start: rangeOf(keyword).start, end: rangeOf(colon).end };
            return { type: keyword.tokenType.name === 'K_FROM' ? 'from' : 'status', value: value?.image, range };
        }
    }
}

/** A token's range, as the parser's tree has it (Chevrotain's lines and columns are 1-based, its end column inclusive). */
function rangeOf(token: IToken): Range {
    return { start: { line: token.startLine! - 1, character: token.startColumn! - 1 }, end: { line: token.endLine! - 1, character: token.endColumn! } };
}

/** From a token to the last visible character of its line. */
function lineOf(text: string, token: IToken): Range {
    return lineFrom(text, token.startOffset, rangeOf(token).start);
}
