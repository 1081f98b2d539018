/**
 * Attendance, chair and serving ranges (LANGUAGE-2.md sections 2 and 9): the text of a RANGE
 * or SERVING_RANGE token — `(§ 170, 172–184)`, `(ej § 91–97)`, `(från § 5)`, `(till § 7)`,
 * `(items 3–5)`, `(left after item 4)`, `(lämnade vid punkt 4)`, `§ 170, 172–184` — read into
 * a predicate over item numbers, with the item numbers it names. The person-line splitter
 * (person-line.ts) asks here whether a parenthesised group is a range and how far an
 * unparenthesised one reads, so the range syntax has this one home. Pure and linear in the
 * length of the text.
 *
 * A range is one or more clauses:
 * - a list `§ 170, 172–184` (also `punkt`, `item(s)`, `§§`): present in those items;
 * - `ej`/`not` and a list: present in every item but those;
 * - `från`/`from`/`fr.o.m.` and an item: that item and all after it;
 * - `till`/`until`/`t.o.m.` and an item: all items up to and including it;
 * - `lämnade`/`left` … `efter`/`after`/`vid`/`at`/`under`/`during` and an item: up to and
 *   including it; … `före`/`before` an item: up to the one before it.
 * Ranges are inclusive and an item includes its sub-items: `§ 3–5` and `till § 5` include
 * 5.1, `§ 5.1` is 5.1 alone. Several clauses and several ranges of one person combine: the
 * lists add up, every other clause restricts (`(från § 3) (lämnade efter § 7)` is 3–7).
 */

import { isDigit, isLetter, isSpace } from './characters.js';

/** An item number as written: `5` (major only) or `5.1`. */
export interface ItemNumber {
    major: number;
    minor?: number;
}

/** An item number the range text names, where it stands in that text. */
export interface NamedItem {
    number: ItemNumber;
    /** As written: `172`, `5.1`. */
    text: string;
    start: number;
    end: number;
}

/** One clause of a range, in sort keys (see {@link lowKey}). */
export type RangeClause =
    | { kind: 'list'; spans: ReadonlyArray<readonly [number, number]> }
    | { kind: 'except'; spans: ReadonlyArray<readonly [number, number]> }
    | { kind: 'from'; key: number }
    | { kind: 'until'; key: number };

/** A readable range: its clauses and the item numbers it names. */
export interface ItemRange {
    clauses: readonly RangeClause[];
    named: readonly NamedItem[];
}

/** What {@link readRange} found: the range, or the offset where the text stops being one. */
export type RangeReading = { ok: true; range: ItemRange } | { ok: false; at: number };

/** Sub-items per item in the sort keys; an item's own key is its major number times this. */
const SUB = 100_000;

/** The sort key of the first item a number stands for: `5` → item 5 itself, `5.1` → 5.1. */
function lowKey(n: ItemNumber): number {
    return n.major * SUB + (n.minor ?? 0);
}

/** The sort key of the last item a number stands for: `5` → the last sub-item of 5. */
function highKey(n: ItemNumber): number {
    return n.minor === undefined ? n.major * SUB + SUB - 1 : n.major * SUB + n.minor;
}

/** The sort key of an item of the document. */
export function itemKey(n: ItemNumber): number {
    return lowKey(n);
}

/** `5` → {major 5}, `5.1` → {major 5, minor 1}; undefined for anything else. */
export function parseItemNumber(text: string): ItemNumber | undefined {
    const m = /^(\d{1,9})(?:\.(\d{1,4}))?$/u.exec(text.trim());
    if (!m) return undefined;
    return m[2] === undefined ? { major: Number(m[1]) } : { major: Number(m[1]), minor: Number(m[2]) };
}

export function formatItemNumber(n: ItemNumber): string {
    return n.minor === undefined ? String(n.major) : `${n.major}.${n.minor}`;
}

// ---- words ------------------------------------------------------------------------------

const ITEM_WORDS = new Set(['§', '§§', 'punkt', 'punkter', 'punkterna', 'item', 'items']);
const EXCEPT_WORDS = new Set(['ej', 'not', 'utom', 'except']);
const FROM_WORDS = new Set(['från', 'from', 'fr.o.m.', 'fr.o.m']);
const UNTIL_WORDS = new Set(['till', 'until', 't.o.m.', 't.o.m']);
const LEFT_WORDS = new Set(['lämnade', 'left']);
/** After `lämnade`/`left`: present up to and including the item. */
const LEFT_AFTER = new Set(['efter', 'after', 'vid', 'at', 'under', 'during']);
/** After `lämnade`/`left`: present up to the item before. */
const LEFT_BEFORE = new Set(['före', 'innan', 'before']);
/** Between two numbers of one span, besides a dash. */
const SPAN_WORDS = new Set(['till', 'to', 'through', 't.o.m.', 't.o.m']);
const LIST_WORDS = new Set(['och', 'and', 'samt']);

type TokenKind = 'word' | 'number' | 'dash' | 'separator' | 'other';

interface Token {
    kind: TokenKind;
    /** Lower-cased for words; `§` and `§§` are words. */
    text: string;
    start: number;
    end: number;
}

const DASHES = new Set(['-', '–', '—', '‐', '‒', '−']);

/** The token that starts at `i` (not at whitespace), within `[i, to)`. */
function tokenAt(text: string, i: number, to: number): Token {
    const c = text[i];
    if (c === '§') {
        const end = i + 1 < to && text[i + 1] === '§' ? i + 2 : i + 1;
        return { kind: 'word', text: text.slice(i, end), start: i, end };
    }
    if (isDigit(text.charCodeAt(i))) {
        let end = i;
        while (end < to && isDigit(text.charCodeAt(end))) end++;
        if (end + 1 < to && text[end] === '.' && isDigit(text.charCodeAt(end + 1))) {
            end++;
            while (end < to && isDigit(text.charCodeAt(end))) end++;
        }
        return { kind: 'number', text: text.slice(i, end), start: i, end };
    }
    if (isLetter(text, i)) {
        let end = i + 1;
        while (end < to && (isLetter(text, end) || text[end] === '.')) end++;
        return { kind: 'word', text: text.slice(i, end).toLowerCase(), start: i, end };
    }
    const kind: TokenKind = DASHES.has(c) ? 'dash' : c === ',' || c === ';' || c === '&' ? 'separator' : 'other';
    return { kind, text: c, start: i, end: i + 1 };
}

/**
 * The tokens of `text[from, to)`, read as far as they are asked for: a reader that fails at
 * the first token (most free text) reads no further.
 */
class Tokens {
    private readonly read: Token[] = [];
    private next: number;

    constructor(private readonly text: string, from: number, readonly to: number) {
        this.next = from;
    }

    at(i: number): Token | undefined {
        while (this.read.length <= i) {
            while (this.next < this.to && isSpace(this.text.charCodeAt(this.next))) this.next++;
            if (this.next >= this.to) return undefined;
            const token = tokenAt(this.text, this.next, this.to);
            this.read.push(token);
            this.next = token.end;
        }
        return this.read[i];
    }
}

const isWord = (t: Token | undefined, words: ReadonlySet<string>): boolean => t !== undefined && t.kind === 'word' && words.has(t.text);

/**
 * Whether the tokens from `i` start a range clause: an item word, `ej`/`från`/`till` and an
 * item word, or `lämnade`/`left` followed (past other words) by `efter`/`vid`/`före`… and an
 * item word. `(left early)`, `(från Socialstyrelsen)` and `(ej närvarande)` are free text.
 */
function startsClause(tokens: Tokens, i: number): boolean {
    const t = tokens.at(i);
    if (isWord(t, ITEM_WORDS)) return true;
    if (isWord(t, EXCEPT_WORDS) || isWord(t, FROM_WORDS) || isWord(t, UNTIL_WORDS)) return isWord(tokens.at(i + 1), ITEM_WORDS);
    if (isWord(t, LEFT_WORDS)) return leftRelation(tokens, i) !== undefined;
    return false;
}

/** The index of the `efter`/`vid`/`före` word after `lämnade`/`left` at `i`, past other words, when an item word follows it. */
function leftRelation(tokens: Tokens, i: number): number | undefined {
    let j = i + 1;
    let t = tokens.at(j);
    while (t !== undefined && t.kind === 'word' && !LEFT_AFTER.has(t.text) && !LEFT_BEFORE.has(t.text)) t = tokens.at(++j);
    return (isWord(t, LEFT_AFTER) || isWord(t, LEFT_BEFORE)) && isWord(tokens.at(j + 1), ITEM_WORDS) ? j : undefined;
}

/** Reads clauses from the tokens; `pos` is where it stands. */
class ClauseReader {
    pos = 0;
    readonly clauses: RangeClause[] = [];
    readonly named: NamedItem[] = [];
    /** Where reading failed, when it did. */
    failedAt?: number;

    constructor(private readonly tokens: Tokens) { }

    /** Reads as many clauses as there are; `whole`: every token must belong to one. */
    read(whole: boolean): boolean {
        if (!startsClause(this.tokens, this.pos)) return this.fail(this.pos);
        while (this.clause()) {
            const t = this.tokens.at(this.pos);
            const after = t !== undefined && (t.kind === 'separator' || isWord(t, LIST_WORDS)) ? this.pos + 1 : this.pos;
            if (!startsClause(this.tokens, after)) break;
            this.pos = after;
        }
        if (this.failedAt !== undefined) return false;
        if (whole && this.tokens.at(this.pos) !== undefined) return this.fail(this.pos);
        return true;
    }

    /** The offset after the last token read. */
    get readEnd(): number {
        return this.pos > 0 ? this.tokens.at(this.pos - 1)!.end : 0;
    }

    private fail(at: number): false {
        this.failedAt ??= this.tokens.at(at)?.start ?? this.tokens.to;
        return false;
    }

    private clause(): boolean {
        const t = this.tokens.at(this.pos);
        if (isWord(t, ITEM_WORDS)) return this.list('list');
        if (isWord(t, EXCEPT_WORDS)) {
            this.pos++;
            return this.list('except');
        }
        if (isWord(t, FROM_WORDS) || isWord(t, UNTIL_WORDS)) {
            this.pos++;
            if (isWord(this.tokens.at(this.pos), ITEM_WORDS)) this.pos++;
            const n = this.number();
            if (!n) return false;
            this.clauses.push(isWord(t, FROM_WORDS) ? { kind: 'from', key: lowKey(n) } : { kind: 'until', key: highKey(n) });
            return true;
        }
        if (isWord(t, LEFT_WORDS)) {
            const relation = leftRelation(this.tokens, this.pos);
            if (relation === undefined) return this.fail(this.pos);
            const before = LEFT_BEFORE.has(this.tokens.at(relation)!.text);
            this.pos = relation + 2;
            const n = this.number();
            if (!n) return false;
            this.clauses.push({ kind: 'until', key: before ? lowKey(n) - 1 : highKey(n) });
            return true;
        }
        return this.fail(this.pos);
    }

    /** `§ 170, 172–184`, `items 3 and 5`, `punkt 3 till 5`. */
    private list(kind: 'list' | 'except'): boolean {
        if (!isWord(this.tokens.at(this.pos), ITEM_WORDS)) return this.fail(this.pos);
        this.pos++;
        const spans: Array<readonly [number, number]> = [];
        for (;;) {
            const span = this.span();
            if (!span) return false;
            spans.push(span);
            // Another span of the list: a separator, maybe an item word, then a number.
            const t = this.tokens.at(this.pos);
            if (!t || !(t.kind === 'separator' || isWord(t, LIST_WORDS))) break;
            const afterWord = isWord(this.tokens.at(this.pos + 1), ITEM_WORDS) ? this.pos + 2 : this.pos + 1;
            if (this.tokens.at(afterWord)?.kind !== 'number') break;
            this.pos = afterWord;
        }
        this.clauses.push({ kind, spans });
        return true;
    }

    /** `172`, `172–184`, `3 till 5`, `5.1–5.3`. */
    private span(): readonly [number, number] | undefined {
        const first = this.number();
        if (!first) return undefined;
        const t = this.tokens.at(this.pos);
        const joined = t !== undefined && (t.kind === 'dash' || isWord(t, SPAN_WORDS));
        if (!joined) return [lowKey(first), highKey(first)];
        const afterWord = isWord(this.tokens.at(this.pos + 1), ITEM_WORDS) ? this.pos + 2 : this.pos + 1;
        // `från § 5 till § 7` reads `till § 7` as a clause; `§ 5 till § 7` as a span.
        if (this.tokens.at(afterWord)?.kind !== 'number') return [lowKey(first), highKey(first)];
        this.pos = afterWord;
        const at = this.pos;
        const last = this.number();
        if (!last) return undefined;
        if (highKey(last) < lowKey(first)) {
            this.fail(at);
            return undefined;
        }
        return [lowKey(first), highKey(last)];
    }

    private number(): ItemNumber | undefined {
        const t = this.tokens.at(this.pos);
        const n = t?.kind === 'number' ? parseItemNumber(t.text) : undefined;
        if (!t || !n) {
            this.fail(this.pos);
            return undefined;
        }
        this.named.push({ number: n, text: t.text, start: t.start, end: t.end });
        this.pos++;
        return n;
    }
}

/**
 * Whether the parenthesised group whose inside is `text[from, to)` is a range (it starts with
 * a range word, LANGUAGE-2.md section 2): `(§ 170)`, `(ej § 91–97)`, `(left after item 4)`.
 */
export function isRangeGroup(text: string, from: number, to: number): boolean {
    return startsClause(new Tokens(text, from, to), 0);
}

/** Longest item word (`punkterna`). */
const LONGEST_ITEM_WORD = 9;

/**
 * Whether an item word (`§`, `punkt`, `item`, `items`, …) stands at `i` as a word of its own.
 * Looks at no more than the longest item word's letters, so asking at every character of a
 * line stays linear.
 */
export function isItemWordAt(text: string, i: number): boolean {
    if (i > 0 && (isLetter(text, i - 1) || isDigit(text.charCodeAt(i - 1)))) return false;
    if (text[i] === '§') return true;
    let end = i;
    while (end < text.length && end - i <= LONGEST_ITEM_WORD && isLetter(text, end)) end++;
    return end - i <= LONGEST_ITEM_WORD && ITEM_WORDS.has(text.slice(i, end).toLowerCase());
}

/**
 * The end of the unparenthesised range that starts at `from` (`§ 170, 172–184` in
 * `för Bo Eliasson § 170, 172–184 enligt …`), or undefined when none starts there. It ends
 * before a parenthesis and after the last token that belongs to it.
 */
export function rangeEnd(text: string, from: number): number | undefined {
    let to = text.indexOf('(', from);
    if (to < 0) to = text.length;
    const reader = new ClauseReader(new Tokens(text, from, to));
    // A clause that failed half-way (`§ x`) is not a range: the text stays free text.
    return reader.read(false) ? reader.readEnd : undefined;
}

/**
 * Reads the text of a RANGE or SERVING_RANGE token: one or more parenthesised groups
 * (`(§ 170, 172–184)`, `(från § 3) (lämnade efter § 7)`) or one unparenthesised range.
 * Offsets (`named`, `at`) are into `text`.
 */
export function readRange(text: string): RangeReading {
    let i = 0;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (text[i] !== '(') return readClauses(text, i, text.length);
    const clauses: RangeClause[] = [];
    const named: NamedItem[] = [];
    while (i < text.length) {
        if (text[i] !== '(') return { ok: false, at: i };
        const close = text.indexOf(')', i + 1);
        if (close < 0) return { ok: false, at: text.length };
        const group = readClauses(text, i + 1, close);
        if (!group.ok) return group;
        clauses.push(...group.range.clauses);
        named.push(...group.range.named);
        i = close + 1;
        while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    }
    return { ok: true, range: { clauses, named } };
}

/** The clauses of `text[from, to)`, all of it. */
function readClauses(text: string, from: number, to: number): RangeReading {
    const reader = new ClauseReader(new Tokens(text, from, to));
    if (!reader.read(true)) return { ok: false, at: reader.failedAt ?? from };
    return { ok: true, range: { clauses: reader.clauses, named: reader.named } };
}

function inSpans(spans: ReadonlyArray<readonly [number, number]>, key: number): boolean {
    return spans.some(([low, high]) => low <= key && key <= high);
}

/**
 * Whether the item numbered `n` is within the ranges of one person (or one chair, one serving
 * substitute): in one of their lists, if they have any, and within every other clause. No
 * ranges: every item.
 */
export function rangesInclude(ranges: readonly ItemRange[], n: ItemNumber): boolean {
    const key = lowKey(n);
    let listed: boolean | undefined;
    for (const range of ranges) {
        for (const clause of range.clauses) {
            switch (clause.kind) {
                case 'list':
                    listed = listed === true || inSpans(clause.spans, key);
                    break;
                case 'except':
                    if (inSpans(clause.spans, key)) return false;
                    break;
                case 'from':
                    if (key < clause.key) return false;
                    break;
                case 'until':
                    if (key > clause.key) return false;
                    break;
            }
        }
    }
    return listed !== false;
}
