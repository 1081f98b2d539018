/**
 * Vote counts as secretaries write them after `Omröstning:`/`Vote:` (LANGUAGE-2.md, sections 3
 * and 9): `7 ja, 2 nej, 1 avstår`, `for 7, against 2, abstain 1`, `7–2–1`, `7-0`, or
 * `enhälligt`/`unanimous`/`acklamation`/`acclamation`. The lexer hands the value over as one
 * token; this reads it, in time linear in its length (bench/linear.ts).
 */
import { lookupKeyword, normalizeKeyword } from './keywords.js';

/** The three ways to vote, in the order counts are written. */
export type VoteChoice = 'for' | 'against' | 'abstain';

export const VOTE_CHOICES: readonly VoteChoice[] = ['for', 'against', 'abstain'];

/** Where a number stands in the value (offsets into the text given to {@link readVoteCounts}). */
export interface Span {
    start: number;
    end: number;
}

/** Counts written as numbers. A choice not written counts 0 (`7-0` has no abstentions). */
export interface VoteTally {
    readonly kind: 'counts';
    readonly for: number;
    readonly against: number;
    readonly abstain: number;
    /** Where each written count stands; a choice without a span was not written. */
    readonly spans: Readonly<Partial<Record<VoteChoice, Span>>>;
    /** `dash` for `7–2–1`, `words` for `7 ja, 2 nej`. */
    readonly style: 'dash' | 'words';
}

/** `enhälligt`/`unanimous` (nobody against) or `acklamation`/`acclamation` (no count taken). */
export interface VoteMarker {
    readonly kind: 'unanimous' | 'acclamation';
}

export type VoteCounts = VoteTally | VoteMarker;

const MARKERS = new Map<string, VoteMarker['kind']>([
    ['enhälligt', 'unanimous'], ['enhällig', 'unanimous'], ['enigt', 'unanimous'],
    ['unanimous', 'unanimous'], ['unanimously', 'unanimous'],
    ['acklamation', 'acclamation'], ['med acklamation', 'acclamation'],
    ['acclamation', 'acclamation'], ['by acclamation', 'acclamation'],
]);

/** The words completion offers for a vote without counts, in the document's language (each is one of the markers above). */
export const VOTE_MARKER_SUGGESTIONS: Readonly<Record<'sv' | 'en', readonly string[]>> = {
    sv: ['enhälligt', 'acklamation'], en: ['unanimous', 'acclamation']
};

/** The words that name a choice beside its number, in either language. */
const CHOICE_WORDS = new Map<string, VoteChoice>([
    ...['ja', 'för', 'ja-röster', 'jaröster', 'yes', 'aye', 'ayes', 'for', 'in favour', 'in favor'].map(w => [w, 'for'] as const),
    ...['nej', 'nej-röster', 'nejröster', 'no', 'nay', 'nays', 'noes', 'against', 'emot', 'mot'].map(w => [w, 'against'] as const),
    ...['avstår', 'avstod', 'avstående', 'nedlagda', 'blanka', 'abstain', 'abstained', 'abstaining', 'abstention', 'abstentions']
        .map(w => [w, 'abstain'] as const),
]);

/** The choice a `Ja:`/`Nej:`/`Avstår:` (`Yes:`/`Aye:`, `No:`/`Nay:`, `Abstain:`) list stands for. */
export function choiceOfList(keyword: string): VoteChoice | undefined {
    // Checks ask for every list of every vote; a document spells these few keywords a few ways.
    if (choices.has(keyword)) return choices.get(keyword);
    let choice: VoteChoice | undefined;
    switch (lookupKeyword(keyword.replace(/:\s*$/u, ''))?.info.id) {
        case 'yes': choice = 'for'; break;
        case 'no': choice = 'against'; break;
        case 'abstain': choice = 'abstain'; break;
    }
    if (choices.size < MAX_CACHED_SPELLINGS) choices.set(keyword, choice);
    return choice;
}

const choices = new Map<string, VoteChoice | undefined>();
const MAX_CACHED_SPELLINGS = 1_000;

const DASHES = '-–—';
const MAX_DIGITS = 6;

/**
 * The counts a vote value states, or undefined when it is none of the forms above (the
 * validator reports that as `syntax` on the value).
 */
export function readVoteCounts(text: string): VoteCounts | undefined {
    // A protocol writes the same few counts again and again; every validation reads them all.
    if (readings.has(text)) return readings.get(text);
    const marker = MARKERS.get(normalizeKeyword(text).replace(/\.$/u, ''));
    const counts = marker ? { kind: marker } : readDashes(text) ?? readWords(text);
    if (readings.size >= MAX_CACHED_READINGS) readings.clear();
    if (text.length <= MAX_CACHED_LENGTH) readings.set(text, counts);
    return counts;
}

const readings = new Map<string, VoteCounts | undefined>();
const MAX_CACHED_READINGS = 1_000;
const MAX_CACHED_LENGTH = 200;

/** `7–2–1`, `7-0`, `4 - 1 - 1`: two or three numbers, for, against, abstaining. */
function readDashes(text: string): VoteTally | undefined {
    const spans: Span[] = [];
    let i = skipSpaces(text, 0);
    for (;;) {
        const number = numberAt(text, i);
        if (!number) return undefined;
        spans.push(number);
        i = skipSpaces(text, number.end);
        if (i >= text.length || (text[i] === '.' && skipSpaces(text, i + 1) >= text.length)) break;
        if (!DASHES.includes(text[i]) || spans.length === 3) return undefined;
        i = skipSpaces(text, i + 1);
    }
    if (spans.length < 2) return undefined;
    return tally(text, { for: spans[0], against: spans[1], abstain: spans[2] }, 'dash');
}

/**
 * `7 ja, 2 nej, 1 avstår`, `for 7, against 2, abstain 1`, `ja 7 nej 2`: parts separated by
 * commas, semicolons, `och`/`and` or plain spaces, each a number and a choice word in either
 * order, each choice at most once.
 */
function readWords(text: string): VoteTally | undefined {
    const words = tokens(text);
    const spans: Partial<Record<VoteChoice, Span>> = {};
    let i = 0;
    let count = 0;
    while (i < words.length) {
        const word = words[i];
        if (word.kind === 'separator' || word.text === 'och' || word.text === 'and') {
            i++;
            continue;
        }
        // A number then its choice word, or a choice word (one or two words: `in favour`) then its number.
        let number: Token | undefined;
        let choice: VoteChoice | undefined;
        if (word.kind === 'number') {
            number = word;
            const found = choiceAt(words, i + 1);
            if (!found) return undefined;
            choice = found.choice;
            i = found.next;
        } else {
            const found = choiceAt(words, i);
            if (!found) return undefined;
            choice = found.choice;
            const colon = words[found.next]?.text === ':' ? 1 : 0;
            number = words[found.next + colon];
            if (number?.kind !== 'number') return undefined;
            i = found.next + colon + 1;
        }
        if (spans[choice]) return undefined;
        spans[choice] = { start: number.start, end: number.end };
        count++;
    }
    return count === 0 ? undefined : tally(text, spans, 'words');
}

function tally(text: string, spans: Partial<Record<VoteChoice, Span | undefined>>, style: VoteTally['style']): VoteTally {
    const written: Partial<Record<VoteChoice, Span>> = {};
    for (const choice of VOTE_CHOICES) if (spans[choice]) written[choice] = spans[choice];
    const value = (choice: VoteChoice) => {
        const span = written[choice];
        return span ? Number(text.slice(span.start, span.end)) : 0;
    };
    return { kind: 'counts', for: value('for'), against: value('against'), abstain: value('abstain'), spans: written, style };
}

interface Token {
    kind: 'number' | 'word' | 'separator';
    /** Lower-case for words. */
    text: string;
    start: number;
    end: number;
}

/** The choice named by one or two words at `i` (`nej`, `in favour`), and the index after them. */
function choiceAt(words: readonly Token[], i: number): { choice: VoteChoice; next: number } | undefined {
    const one = words[i];
    if (one?.kind !== 'word') return undefined;
    const two = words[i + 1];
    const pair = two?.kind === 'word' ? CHOICE_WORDS.get(`${one.text} ${two.text}`) : undefined;
    if (pair) return { choice: pair, next: i + 2 };
    const single = CHOICE_WORDS.get(one.text);
    return single ? { choice: single, next: i + 1 } : undefined;
}

/** Numbers, words (letters and inner hyphens: `ja-röster`), and `,` `;` `:` as separators; a final `.` is dropped. */
function tokens(text: string): Token[] {
    const found: Token[] = [];
    let i = 0;
    const end = text.trimEnd().endsWith('.') ? text.trimEnd().length - 1 : text.length;
    while (i < end) {
        const c = text[i];
        if (/\s/u.test(c)) {
            i++;
        } else if (c === ',' || c === ';') {
            found.push({ kind: 'separator', text: c, start: i, end: i + 1 });
            i++;
        } else if (c === ':') {
            found.push({ kind: 'word', text: c, start: i, end: i + 1 });
            i++;
        } else if (isDigit(text.charCodeAt(i))) {
            const number = numberAt(text, i);
            if (!number) return [];
            found.push({ kind: 'number', text: text.slice(number.start, number.end), start: number.start, end: number.end });
            i = number.end;
        } else if (/\p{L}/u.test(c)) {
            let j = i + 1;
            while (j < end && (/\p{L}/u.test(text[j]) || (text[j] === '-' && /\p{L}/u.test(text[j + 1] ?? '')))) j++;
            found.push({ kind: 'word', text: text.slice(i, j).toLowerCase(), start: i, end: j });
            i = j;
        } else {
            return [];
        }
    }
    return found;
}

/** A run of at most {@link MAX_DIGITS} digits at `i`. */
function numberAt(text: string, i: number): Span | undefined {
    let j = i;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    return j > i && j - i <= MAX_DIGITS ? { start: i, end: j } : undefined;
}

function isDigit(code: number): boolean {
    return code >= 48 && code <= 57;
}

function skipSpaces(text: string, from: number): number {
    let i = from;
    while (i < text.length && /\s/u.test(text[i])) i++;
    return i;
}

/** The total of a tally: every vote cast, abstentions included. */
export function totalVotes(tally: VoteTally): number {
    return tally.for + tally.against + tally.abstain;
}

/** The word written after a count added to a Swedish or English value (`1 avstår`, `1 abstain`). */
const COUNT_WORDS: Readonly<Record<'sv' | 'en', Readonly<Record<VoteChoice, string>>>> = {
    sv: { for: 'ja', against: 'nej', abstain: 'avstår' },
    en: { for: 'for', against: 'against', abstain: 'abstain' },
};

/**
 * `text` with its counts changed to `counts`, in the form it was written: each written number
 * replaced where it stands, a missing count added in the same style (`7–2` → `5–2–1`,
 * `5 ja, 2 nej` → `5 ja, 2 nej, 1 avstår`). A value that states no counts (`enhälligt`, or one
 * that cannot be read) is written anew as `5 ja, 2 nej, 1 avstår` / `5 for, 2 against, 1 abstain`.
 * A count of 0 that was not written stays unwritten.
 */
export function withCounts(text: string, counts: Readonly<Record<VoteChoice, number>>, lang: 'sv' | 'en'): string {
    const tally = readVoteCounts(text);
    const words = COUNT_WORDS[lang];
    if (tally?.kind !== 'counts') {
        return VOTE_CHOICES.filter(choice => choice !== 'abstain' || counts.abstain > 0)
            .map(choice => `${counts[choice]} ${words[choice]}`).join(', ');
    }
    const written = VOTE_CHOICES.filter(choice => tally.spans[choice]).sort((a, b) => tally.spans[b]!.start - tally.spans[a]!.start);
    let result = text.trimEnd();
    const period = result.endsWith('.');
    if (period) result = result.slice(0, -1);
    for (const choice of written) {
        const span = tally.spans[choice]!;
        result = result.slice(0, span.start) + String(counts[choice]) + result.slice(span.end);
    }
    const dash = tally.style === 'dash' ? text.slice(tally.spans.for!.end, tally.spans.against!.start) : '';
    for (const choice of VOTE_CHOICES) {
        if (tally.spans[choice] || counts[choice] === 0) continue;
        result += tally.style === 'dash' ? `${dash}${counts[choice]}` : `, ${counts[choice]} ${words[choice]}`;
    }
    return period ? `${result}.` : result;
}
