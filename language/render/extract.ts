/**
 * Extracts (protokollsutdrag, issue 14 point 3): which items `--extract "§ 14, 16"` names, and who
 * took part in an item. The extract itself is a mode of the one render model
 * (render-model.ts, `extract`), drawn by the same back ends as the minutes.
 */
import { isAttendanceList, type Document, type Item, type Person } from '../generated/ast.js';
import { decisionRights } from '../decision-rights.js';
import { itemNumbers } from '../model.js';
import { personEntry } from './attendance-parts.js';
import type { Labels } from './labels.js';
import type { Block, PersonEntry } from './render-model.js';

/** The number an item is known by: as written (`14`, `5.1`), else counted on from the one before. */
export function itemNumberTexts(doc: Document): string[] {
    const counted = itemNumbers(doc);
    return doc.items.map((item, i) => item.number ?? String(counted[i]));
}

/** What stands in `--extract`: single numbers and ranges (`14`, `5.1`, `14–16`). */
type Wanted = { from: string; to?: string };

/** Words and marks that may stand around the numbers: `§`, `punkt`, `item`, `och`, `and`, commas. */
const FILLER = /^(?:§+|punkt(?:erna)?|paragraf(?:erna)?|items?|och|and|&)$/iu;

/** The numbers and ranges of a selection, or undefined when it names none or holds anything else. */
function readWanted(value: string): Wanted[] | undefined {
    const wanted: Wanted[] = [];
    for (const word of value.split(/[\s,;]+/u)) {
        if (word === '' || FILLER.test(word)) continue;
        const stripped = word.replace(/^§+/u, '');
        const range = /^(\d+(?:\.\d+)?)(?:[-–—](\d+(?:\.\d+)?))?$/u.exec(stripped);
        if (!range) return undefined;
        wanted.push({ from: range[1], to: range[2] });
    }
    return wanted.length > 0 ? wanted : undefined;
}

/** `5.1` → [5, 1], for comparing item numbers in order. */
function numberKey(text: string): [number, number] {
    const [main, sub] = text.split('.');
    return [Number(main), sub === undefined ? 0 : Number(sub)];
}

function compare(a: string, b: string): number {
    const [x, y] = [numberKey(a), numberKey(b)];
    return x[0] - y[0] || x[1] - y[1];
}

/** The outcome of reading a selection: the items in document order, or why there are none. */
export type ItemSelection =
    | { readonly ok: true; readonly items: readonly Item[] }
    | { readonly ok: false; readonly reason: 'no-items' }
    | { readonly ok: false; readonly reason: 'unknown'; readonly missing: readonly string[] };

/**
 * The items `value` names (`§ 14`, `§ 14, 16`, `14–16`, `Punkt 3`, `items 3 and 5`), in document
 * order. A range takes every item numbered within it, sub-items too; a number or range that no
 * item has is reported as missing.
 */
export function selectItems(doc: Document, value: string): ItemSelection {
    const wanted = readWanted(value);
    if (!wanted) return { ok: false, reason: 'no-items' };
    const numbers = itemNumberTexts(doc);
    const chosen = new Set<Item>();
    const missing: string[] = [];
    for (const { from, to } of wanted) {
        const matches = doc.items.filter((_, i) => to === undefined
            ? numbers[i] === from
            : compare(numbers[i], from) >= 0 && compare(numbers[i].split('.')[0], to) <= 0);
        if (matches.length === 0) missing.push(to === undefined ? from : `${from}–${to}`);
        for (const item of matches) chosen.add(item);
    }
    if (missing.length > 0) return { ok: false, reason: 'unknown', missing };
    return { ok: true, items: doc.items.filter(item => chosen.has(item)) };
}

/** `§ 12–16`: the first item's label and the last one's number (one label for one item). */
export function itemSpan(labels: readonly string[], numbers: readonly string[]): string {
    if (labels.length === 0) return '';
    return labels.length === 1 ? labels[0] : `${labels[0]}–${numbers[numbers.length - 1]}`;
}


/**
 * Who took part in `item`, by who may decide in it (decision-rights.ts, LANGUAGE-2.md section 6):
 * those who decide (members and, where they serve, serving substitutes, less anyone with `Jäv`
 * there, whom the item's own `Jäv` line names) and the others present for the item (substitutes
 * who do not serve, staff, guests), each in the order the attendance lists declare them.
 */
export function participantBlocks(doc: Document, item: Item, labels: Labels): Block[] {
    const rights = decisionRights(doc).of(item);
    const deciders = new Set(rights.deciders);
    const seen = new Set<Person>();
    const entries = { decides: [] as PersonEntry[], present: [] as PersonEntry[] };
    // Each person as the minutes' attendance lists them (attendance-parts.ts).
    const entryOf = (person: Person) => personEntry(person, { labels, sourceLines: false });
    for (const person of doc.preamble.filter(isAttendanceList).flatMap(list => list.persons)) {
        if (!person.name || seen.has(person)) continue;
        seen.add(person);
        if (deciders.has(person)) entries.decides.push(entryOf(person));
        else if (rights.present(person) && rights.bar(person) !== 'recused') entries.present.push(entryOf(person));
    }
    const words = labels.record.extract;
    const blocks: Block[] = [];
    if (entries.decides.length > 0) blocks.push({ kind: 'people', list: { heading: words.deciders, entries: entries.decides } });
    if (entries.present.length > 0) blocks.push({ kind: 'people', list: { heading: words.othersPresent, entries: entries.present } });
    return blocks;
}
