/**
 * What an item puts on the record — its votes, motions, reservations, conflicts of interest,
 * actions, attachments and whether it has a decision — sorted out once per document, so that each check and hover
 * about decisions reads lists instead of walking every item's content again.
 */
import type { Action, Attachment, Document, Item, Motion, Recusal, Reservation, Vote } from './generated/ast.js';
import { perDocument } from './model.js';

/** The record of one item, in document order. */
export interface ItemRecord {
    votes: Vote[];
    motions: Motion[];
    /** Each reservation with the vote that stands before it in the item, if any. */
    reservations: Array<{ reservation: Reservation; vote?: Vote }>;
    recusals: Recusal[];
    actions: Action[];
    attachments: Attachment[];
    hasDecision: boolean;
}

const EMPTY: ItemRecord = { votes: [], motions: [], reservations: [], recusals: [], actions: [], attachments: [], hasDecision: false };

/** The record of every item of a document (the `$type` names are the grammar's). */
export const itemRecords = perDocument((doc: Document): Map<Item, ItemRecord> => {
    const records = new Map<Item, ItemRecord>();
    for (const item of doc.items) {
        const record: ItemRecord = { votes: [], motions: [], reservations: [], recusals: [], actions: [], attachments: [], hasDecision: false };
        for (const element of item.content) {
            switch (element.$type) {
                case 'Vote': record.votes.push(element as Vote); break;
                case 'Motion': record.motions.push(element as Motion); break;
                case 'Reservation': record.reservations.push({ reservation: element as Reservation, vote: record.votes.at(-1) }); break;
                case 'Recusal': record.recusals.push(element as Recusal); break;
                case 'Action': record.actions.push(element as Action); break;
                case 'Attachment': record.attachments.push(element as Attachment); break;
                case 'Decision': record.hasDecision = true; break;
            }
        }
        records.set(item, record);
    }
    return records;
});

/** The record of `item` (of `doc`). */
export function itemRecord(doc: Document, item: Item): ItemRecord {
    return itemRecords(doc).get(item) ?? EMPTY;
}
