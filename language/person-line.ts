/**
 * Splitting a person line and a chair line (LANGUAGE-2.md sections 2 and 9). The lexer calls
 * these for every `- ` line of an attendance list and for the value of an `Ordförande:` line,
 * and emits one token per span, so the grammar sees `NAME SHORT RANGE TEXT FOR NAME
 * SERVING_RANGE …` and never re-reads the text.
 *
 * `- Name [(short)] [(attendance)], free text`:
 * - the name is the text up to the first comma outside parentheses (in a serving
 *   substitutes' list also up to the `för` word), without trailing parentheses;
 * - a parenthesised single word right after the name is the short form (`(S)`, `(AJ)`,
 *   `(Cart)`, `(@jasnell)`), unless it is a role word (`(ordförande)`, `(Chair)`), which
 *   says what the person is and stays free text;
 * - a parenthesised group that starts with a range word is an attendance range wherever it
 *   stands (ranges.ts decides); other parentheses are free text;
 * - in a serving substitutes' list, the first `för`/`ersätter`/`for`/`replacing` word outside
 *   parentheses starts the member reference, which runs to a parenthesis, a `§`/`punkt`/`item`
 *   word, a comma or the end of the line, and keeps the non-range parentheses right after it
 *   (`för Bo Eliasson (V)`: references ignore trailing parentheses); the first range right
 *   after it, parenthesised or not, is the serving range.
 *
 * Linear in the length of the line: parentheses are matched in one pass, and every later step
 * moves forward over characters it has not looked at, or looks at a bounded number of them.
 */
import { isSpace, isWordChar } from './characters.js';
import { lookupKeyword } from './keywords.js';
import { isItemWordAt, isRangeGroup, rangeEnd } from './ranges.js';

export type PersonSpanType = 'NAME' | 'SHORT' | 'RANGE' | 'TEXT' | 'FOR' | 'MEMBER' | 'SERVING_RANGE';

export interface PersonSpan {
    type: PersonSpanType;
    start: number;
    end: number;
}

/** The words that start the member reference of a serving substitute (compared lower-cased). */
const FOR_WORDS = ['för', 'ersätter', 'for', 'replacing'] as const;
const FOR_INITIALS = new Set(FOR_WORDS.flatMap(word => [word[0], word[0].toUpperCase()]));
/** Token types of the role keywords: a role word in parentheses after a name is no short form. */
const ROLE_TOKENS = new Set(['K_CHAIR', 'K_SECRETARY', 'K_ADJUSTER', 'K_TELLERS']);

/**
 * The matching `)` of every `(` (nested ones included; a `(` that is never closed has none), and
 * the matching `(` of every `)`. One pass with a stack, from the first `(`: most lines have none.
 */
function matchParentheses(text: string): { closeOf: Map<number, number>; openOf: Map<number, number> } {
    const closeOf = new Map<number, number>();
    const openOf = new Map<number, number>();
    const first = text.indexOf('(');
    if (first < 0) return { closeOf, openOf };
    const stack: number[] = [];
    for (let i = first; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 40) stack.push(i);
        else if (c === 41 && stack.length > 0) {
            const open = stack.pop()!;
            closeOf.set(open, i);
            openOf.set(i, open);
        }
    }
    return { closeOf, openOf };
}

/** One line being split. */
class LineSplitter {
    readonly spans: PersonSpan[] = [];
    private readonly closeOf: Map<number, number>;
    private readonly openOf: Map<number, number>;
    /** Per `(` asked about: whether its group is an attendance range. */
    private readonly rangeGroups = new Map<number, boolean>();

    constructor(private readonly text: string) {
        ({ closeOf: this.closeOf, openOf: this.openOf } = matchParentheses(text));
    }

    /** Whether a closed group opens at `i`. */
    groupAt(i: number): boolean {
        return this.closeOf.has(i);
    }

    /** The index after the group that opens at `i` (one that groupAt found). */
    groupEnd(i: number): number {
        return this.closeOf.get(i)! + 1;
    }

    /** Whether the group that opens at `i` is an attendance range (asked at most once per group). */
    isRange(i: number): boolean {
        let range = this.rangeGroups.get(i);
        if (range === undefined) {
            range = isRangeGroup(this.text, i + 1, this.closeOf.get(i)!);
            this.rangeGroups.set(i, range);
        }
        return range;
    }

    /** The `för` word at `i`, when one stands there as a word of its own. */
    forWordAt(i: number): number | undefined {
        if (!FOR_INITIALS.has(this.text[i]) || isWordChar(this.text, i - 1)) return undefined;
        for (const word of FOR_WORDS) {
            const end = i + word.length;
            if (end <= this.text.length && !isWordChar(this.text, end) && this.text.slice(i, end).toLowerCase() === word) return end;
        }
        return undefined;
    }

    skipSpaces(i: number, to = this.text.length): number {
        while (i < to && isSpace(this.text.charCodeAt(i))) i++;
        return i;
    }

    /** The end of `[from, to)` without trailing whitespace. */
    trimEnd(from: number, to: number): number {
        while (to > from && isSpace(this.text.charCodeAt(to - 1))) to--;
        return to;
    }

    push(type: PersonSpanType, start: number, end: number): void {
        if (end > start) this.spans.push({ type, start, end });
    }

    /** Free text `[from, to)` without the spaces and commas around it, if anything is left. */
    pushText(from: number, to: number): void {
        let start = from;
        let end = to;
        while (start < end && (isSpace(this.text.charCodeAt(start)) || this.text[start] === ',')) start++;
        while (end > start && (isSpace(this.text.charCodeAt(end - 1)) || this.text[end - 1] === ',')) end--;
        this.push('TEXT', start, end);
    }

    /**
     * The parenthesised groups that end `[from, to)` (only whitespace between them), first
     * first, and where the text before them ends.
     */
    trailingGroups(from: number, to: number): { end: number; groups: Array<[number, number]> } {
        const groups: Array<[number, number]> = [];
        let end = this.trimEnd(from, to);
        let open: number | undefined;
        while (end > from && (open = this.openOf.get(end - 1)) !== undefined && open >= from) {
            groups.push([open, end]);
            end = this.trimEnd(from, open);
        }
        return { end, groups: groups.reverse() };
    }
}

/** Whether the inside of a group is one word (no whitespace) that is not a role keyword. */
function isShortForm(text: string, open: number, end: number): boolean {
    const inner = text.slice(open + 1, end - 1);
    if (inner === '' || /\s/u.test(inner)) return false;
    return !ROLE_TOKENS.has(lookupKeyword(inner)?.info.token ?? '');
}

/**
 * The spans of a person line, in grammar order (`NAME? SHORT? (RANGE|TEXT)* (FOR MEMBER?
 * SERVING_RANGE? (RANGE|TEXT)*)?`). `rest` is the text after the bullet and its space;
 * `serving`: the line is in a `Tjänstgörande ersättare`/`Serving substitutes` list.
 */
export function splitPersonLine(rest: string, options: { serving: boolean }): PersonSpan[] {
    const line = new LineSplitter(rest);
    const length = rest.length;
    // The name's region: up to a comma, a range group or (serving) the `för` word.
    let regionEnd = 0;
    while (regionEnd < length) {
        const c = rest.charCodeAt(regionEnd);
        if (c === 44) break;
        if (line.groupAt(regionEnd)) {
            if (line.isRange(regionEnd)) break;
            regionEnd = line.groupEnd(regionEnd);
            continue;
        }
        if (options.serving && line.forWordAt(regionEnd) !== undefined) break;
        regionEnd++;
    }
    const start = line.skipSpaces(0, regionEnd);
    const { end: nameEnd, groups } = line.trailingGroups(start, regionEnd);
    line.push('NAME', start, nameEnd);
    groups.forEach(([open, end], i) => line.push(i === 0 && isShortForm(rest, open, end) ? 'SHORT' : 'TEXT', open, end));
    freeText(line, rest, regionEnd, options.serving);
    return line.spans;
}

/** The rest of a person line from `from`: ranges, free text and (serving) the `för` part. */
function freeText(line: LineSplitter, rest: string, from: number, serving: boolean): void {
    let textStart = from;
    let i = from;
    let forRead = !serving;
    while (i < rest.length) {
        if (line.groupAt(i)) {
            const end = line.groupEnd(i);
            if (line.isRange(i)) {
                line.pushText(textStart, i);
                line.push('RANGE', i, end);
                textStart = end;
            }
            i = end;
            continue;
        }
        const forEnd = forRead ? undefined : line.forWordAt(i);
        if (forEnd !== undefined) {
            line.pushText(textStart, i);
            line.push('FOR', i, forEnd);
            forRead = true;
            i = servedMember(line, rest, forEnd);
            textStart = i;
            continue;
        }
        i++;
    }
    line.pushText(textStart, rest.length);
}

/**
 * After the `för` word ending at `from`: the member reference and the serving range right after
 * it. Returns where the free text goes on.
 */
function servedMember(line: LineSplitter, rest: string, from: number): number {
    const start = line.skipSpaces(from);
    let i = start;
    while (i < rest.length && rest[i] !== '(' && rest[i] !== ',' && !isItemWordAt(rest, i)) i++;
    let end = line.trimEnd(start, i);
    // `(V)` after the name belongs to the reference; a range group after it does not.
    let next = line.skipSpaces(end);
    while (end > start && line.groupAt(next) && !line.isRange(next)) {
        end = line.groupEnd(next);
        next = line.skipSpaces(end);
    }
    line.push('MEMBER', start, end);
    let rangeStart = next;
    while (rangeStart < rest.length && rest[rangeStart] === ',') rangeStart = line.skipSpaces(rangeStart + 1);
    if (line.groupAt(rangeStart) && line.isRange(rangeStart)) {
        const rangeStop = line.groupEnd(rangeStart);
        line.push('SERVING_RANGE', rangeStart, rangeStop);
        return rangeStop;
    }
    const unparenthesised = rangeStart < rest.length && !isWordChar(rest, rangeStart - 1) ? rangeEnd(rest, rangeStart) : undefined;
    if (unparenthesised !== undefined) {
        line.push('SERVING_RANGE', rangeStart, unparenthesised);
        return unparenthesised;
    }
    return end;
}

/**
 * The spans of a chair line's value (`Anna Berg (§ 94–106), Per Holm (§ 107–110)`): NAME and
 * RANGE in order. Names are separated as on every role line (`,`, `;`, `&`, `och`, `and`),
 * but never inside parentheses; a name's first range group and everything after it in that
 * name's part is its RANGE (`(§ 1–3) (§ 7)`); other parentheses stay in the name (`Bo
 * Eliasson (V)`: references ignore them). A part that is only a range stays one NAME, which
 * then names nobody.
 */
export function splitChairLine(value: string): PersonSpan[] {
    const line = new LineSplitter(value);
    let partStart = 0;
    let firstRange: number | undefined;
    const endPart = (end: number): void => {
        const start = line.skipSpaces(partStart, end);
        const stop = line.trimEnd(start, end);
        const nameEnd = firstRange === undefined ? stop : line.trimEnd(start, firstRange);
        if (firstRange !== undefined && nameEnd > start) {
            line.push('NAME', start, nameEnd);
            line.push('RANGE', firstRange, stop);
        } else {
            line.push('NAME', start, stop);
        }
        firstRange = undefined;
    };
    let i = 0;
    while (i < value.length) {
        if (line.groupAt(i)) {
            if (firstRange === undefined && line.isRange(i)) firstRange = i;
            i = line.groupEnd(i);
            continue;
        }
        const separatorEnd = separatorAt(value, i);
        if (separatorEnd !== undefined) {
            endPart(i);
            partStart = separatorEnd;
            i = separatorEnd;
            continue;
        }
        i++;
    }
    endPart(value.length);
    return line.spans;
}

/** The end of a name separator at `i` (`,`, `;`, `&`, or ` och `/` and ` with its spaces), if one starts there. */
function separatorAt(text: string, i: number): number | undefined {
    const c = text[i];
    if (c === ',' || c === ';' || c === '&') return i + 1;
    if (!isSpace(text.charCodeAt(i)) || i + 4 >= text.length || !isSpace(text.charCodeAt(i + 4))) return undefined;
    const word = text.slice(i + 1, i + 4).toLowerCase();
    return word === 'och' || word === 'and' ? i + 5 : undefined;
}
