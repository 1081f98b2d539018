/**
 * Splitting a person line (`- Name [(short)] [(attendance)], free text [för Name [range]]`)
 * and a chair line into the spans the lexer emits as tokens (LANGUAGE-2.md, "A person line").
 * This is a compact version with the fixed signatures of the interfaces; the people work of
 * the second edition owns this file and refines it. Linear time: every character is looked at
 * a fixed number of times.
 */

export type PersonSpanType = 'NAME' | 'SHORT' | 'RANGE' | 'TEXT' | 'FOR' | 'MEMBER' | 'SERVING_RANGE';
export interface PersonSpan { type: PersonSpanType; start: number; end: number }

/** The words that start an attendance range inside parentheses: `(§ 12)`, `(ej § 3)`, `(left after item 4)`. */
const RANGE_START = /^\(\s*(?:§|ej\s|punkt|items?(?![\p{L}])|not\s|från\s|from\s|till\s|until\s|lämnade\s|left\s)/iu;
/** An unparenthesised range after a serving substitute's member: `§ 15–16`, `punkt 3`, `item 4`. */
const BARE_RANGE_START = /^(?:§|punkt(?![\p{L}])|items?(?![\p{L}]))/iu;
/** The word that names the member a serving substitute serves for. */
const FOR_WORD = /(?:^|\s)(för|ersätter|for|replacing)(?=\s|$)/iu;

function isSpace(code: number): boolean {
    return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code > 127 && /\s/u.test(String.fromCharCode(code)));
}

/** The end of the parenthesised group that starts at `open` (after its `)`, or the end of `text`). */
function groupEnd(text: string, open: number, limit: number): number {
    let depth = 0;
    for (let i = open; i < limit; i++) {
        const c = text.charCodeAt(i);
        if (c === 40) depth++;
        else if (c === 41 && --depth === 0) return i + 1;
    }
    return limit;
}

/** Pushes `[start, end)` trimmed, if anything is left. */
function push(spans: PersonSpan[], type: PersonSpanType, text: string, start: number, end: number): void {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) spans.push({ type, start, end });
}

/** Free text and parenthesised groups in `[from, to)`: ranges as RANGE, everything else as TEXT (the first single word as SHORT when `short`). */
function pieces(spans: PersonSpan[], text: string, from: number, to: number, short: boolean): void {
    let textStart = from;
    let i = from;
    while (i < to) {
        if (text.charCodeAt(i) !== 40) {
            i++;
            continue;
        }
        const end = groupEnd(text, i, to);
        const group = text.slice(i, end);
        const isRange = RANGE_START.test(group);
        const isShort = short && !isRange && /^\(\S+\)$/u.test(group) && text.slice(textStart, i).trim() === '';
        if (isRange || isShort) {
            push(spans, 'TEXT', text, textStart, i);
            spans.push({ type: isRange ? 'RANGE' : 'SHORT', start: i, end });
            textStart = end;
        }
        short = false;
        i = end;
    }
    push(spans, 'TEXT', text, textStart, to);
}

/** Where the parenthesised groups at the end of `text.slice(0, end)` start (`Bo Eliasson (V) (§ 3)`), or `end`. */
function trailingGroups(text: string, end: number): number {
    let groups = end;
    let i = end;
    for (;;) {
        while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
        if (i === 0 || text.charCodeAt(i - 1) !== 41) return groups;
        let depth = 0;
        let j = i - 1;
        for (; j >= 0; j--) {
            const c = text.charCodeAt(j);
            if (c === 41) depth++;
            else if (c === 40 && --depth === 0) break;
        }
        if (j < 0) return groups;
        groups = j;
        i = j;
    }
}

/** The first depth-0 comma of `text` at or after `from`, or -1. */
function topLevelComma(text: string, from: number): number {
    let depth = 0;
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 40) depth++;
        else if (c === 41) depth = Math.max(0, depth - 1);
        else if (c === 44 && depth === 0) return i;
    }
    return -1;
}

/**
 * The spans of a person line's text after the bullet, in grammar order:
 * NAME? SHORT? (RANGE|TEXT)* (FOR MEMBER? SERVING_RANGE? (RANGE|TEXT)*)?
 */
export function splitPersonLine(rest: string, options: { serving: boolean }): PersonSpan[] {
    const spans: PersonSpan[] = [];
    const comma = topLevelComma(rest, 0);
    const nameEnd = comma < 0 ? rest.length : comma;
    const open = trailingGroups(rest, nameEnd);
    push(spans, 'NAME', rest, 0, open);
    pieces(spans, rest, open, nameEnd, spans.length > 0);
    if (comma < 0) return spans;
    const free = comma + 1;
    const found = options.serving ? FOR_WORD.exec(rest.slice(free)) : null;
    if (!found) {
        pieces(spans, rest, free, rest.length, false);
        return spans;
    }
    const forStart = free + found.index + found[0].length - found[1].length;
    const forEnd = forStart + found[1].length;
    pieces(spans, rest, free, forStart, false);
    spans.push({ type: 'FOR', start: forStart, end: forEnd });
    // The member's name runs to a range (parenthesised or not) or the end; other parentheses belong to it ("Bo Eliasson (V)").
    let i = forEnd;
    let memberEnd = rest.length;
    let range: { start: number; end: number } | undefined;
    while (i < rest.length) {
        const c = rest.charCodeAt(i);
        const wordStart = i === forEnd || isSpace(rest.charCodeAt(i - 1));
        if (c === 40) {
            const end = groupEnd(rest, i, rest.length);
            if (RANGE_START.test(rest.slice(i, end))) {
                memberEnd = i;
                range = { start: i, end };
                break;
            }
            i = end;
        } else if (wordStart && BARE_RANGE_START.test(rest.slice(i, i + 6))) {
            memberEnd = i;
            const next = rest.indexOf('(', i);
            range = { start: i, end: next < 0 ? rest.length : next };
            break;
        } else {
            i++;
        }
    }
    push(spans, 'MEMBER', rest, forEnd, memberEnd);
    if (range) {
        push(spans, 'SERVING_RANGE', rest, range.start, range.end);
        pieces(spans, rest, range.end, rest.length, false);
    }
    return spans;
}

/** The names and ranges of a chair line: `Anna Berg (§ 94–106), Per Holm (§ 107–110)`. Separators inside parentheses do not split. */
export function splitChairLine(value: string): PersonSpan[] {
    const spans: PersonSpan[] = [];
    let start = 0;
    let i = 0;
    const piece = (end: number) => {
        let open = -1;
        for (let j = start; j < end; j++) {
            if (value.charCodeAt(j) !== 40) continue;
            const close = groupEnd(value, j, end);
            if (RANGE_START.test(value.slice(j, close))) {
                open = j;
                break;
            }
            j = close - 1;
        }
        if (open < 0) {
            push(spans, 'NAME', value, start, end);
        } else {
            const before = spans.length;
            push(spans, 'NAME', value, start, open);
            if (spans.length > before) push(spans, 'RANGE', value, open, groupEnd(value, open, end));
        }
    };
    while (i < value.length) {
        const c = value.charCodeAt(i);
        if (c === 40) {
            i = groupEnd(value, i, value.length);
            continue;
        }
        let separatorEnd = -1;
        if (c === 44 || c === 59 || c === 38) separatorEnd = i + 1;
        else if (isSpace(c) && /^\s(?:och|and)\s/iu.test(value.slice(i, i + 5))) separatorEnd = i + 4;
        if (separatorEnd >= 0) {
            piece(i);
            start = separatorEnd;
            i = separatorEnd;
        } else {
            i++;
        }
    }
    piece(value.length);
    return spans;
}
