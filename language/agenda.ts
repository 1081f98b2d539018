/**
 * Which agenda entry (`Dagordning:`) stands for which item (LANGUAGE-2.md, section 9): an entry
 * matches an item when their titles are equal ignoring case, punctuation and a leading number,
 * or, for a numbered entry (`3. …`), when an item has that number. A `- …` entry matches by
 * title only. Read by the agenda checks, the quick fix that adds an entry, and the renderer.
 */
import { isAgenda, type Agenda, type AgendaEntry, type Document, type Item } from './generated/ast.js';
import { itemNumbers } from './model.js';

/** How a document's agenda and items correspond. */
export interface AgendaMatch {
    agenda: Agenda;
    /** The item each entry stands for, or undefined when none matches (`agenda-item-missing`). */
    itemOf: Map<AgendaEntry, Item | undefined>;
    /** Whether an item is on the agenda (`item-not-on-agenda` when not). */
    onAgenda(item: Item): boolean;
}

/**
 * A title as the matching compares it: lower-case, without punctuation, without a leading
 * number (`3.`, `§ 3`, `3)`), with single spaces.
 */
export function comparableTitle(title: string): string {
    return title.normalize('NFC').toLowerCase()
        .replace(/[\p{P}\p{S}]+/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim()
        .replace(/^(?:punkt |item )?\d+(?: \d+)* ?/u, '');
}

/** The agenda of `doc` and what each entry matches, or undefined without an agenda with entries. */
export function matchAgenda(doc: Document): AgendaMatch | undefined {
    const agenda = doc.preamble.find(isAgenda);
    if (!agenda || agenda.entries.length === 0) return undefined;
    const numbers = itemNumbers(doc);
    const byTitle = new Map<string, Item>();
    const byNumber = new Map<string, Item>();
    doc.items.forEach((item, i) => {
        const title = comparableTitle(item.title ?? '');
        if (title && !byTitle.has(title)) byTitle.set(title, item);
        const number = item.number ?? String(numbers[i]);
        if (!byNumber.has(number)) byNumber.set(number, item);
    });
    const itemOf = new Map<AgendaEntry, Item | undefined>();
    const matched = new Set<Item>();
    for (const entry of agenda.entries) {
        const number = entry.number?.replace(/\.$/u, '');
        const item = byTitle.get(comparableTitle(entry.title ?? '')) ?? (number === undefined ? undefined : byNumber.get(number));
        itemOf.set(entry, item);
        if (item) matched.add(item);
    }
    return {
        agenda,
        itemOf,
        // A sub-item (5.1) is on the agenda with its item (5).
        onAgenda: item => matched.has(item) || (item.number?.includes('.') === true && isParentMatched(item.number, matched))
    };
}

function isParentMatched(number: string, matched: ReadonlySet<Item>): boolean {
    const parent = number.slice(0, number.indexOf('.'));
    for (const item of matched) if (item.number === parent) return true;
    return false;
}
