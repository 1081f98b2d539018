/**
 * The words the rendered minutes add around what the secretary wrote, in the document's own
 * language. Words that are keywords of the language (Plats, Beslut, Ansvarig, …) come from
 * the keyword table, so a keyword and its heading never disagree.
 */
import { KEYWORD_BY_ID, type KeywordId, type Lang } from '../keywords.js';

export interface Labels {
    /** The document kind: `Minnesanteckningar`, `Protokoll`, `Minutes`, `Protocol`. */
    kind(protocol: boolean): string;
    /** A keyword's canonical spelling, for headings and table columns. */
    keyword(id: KeywordId): string;
    /** `Beslut 3` / `Decision 3`: decisions are numbered through the document. */
    decisionNumber(n: number): string;
    /** `kl. 13.00–13.45` / `18.30–20.10`. */
    timeRange(start: string, end?: string): string;
    /** The day of an approval (`Datum`), where the meeting itself has `Tid`. */
    date: string;
    attendance: string;
    actionsCaption: string;
    task: string;
    number: string;
    signatures: string;
    /** Who signs as the one who wrote the minutes: `Vid anteckningarna` / `Vid protokollet`. */
    recordedBy(protocol: boolean): string;
    approvedBy: string;
    summary: string;
    decisionsCaption: string;
    /** `2 fel och 1 varning` / `2 errors and 1 warning` (`undefined` when both are 0). */
    problems(errors: number, warnings: number): string | undefined;
    /** The name of the notice on an exported page whose document has errors. */
    exportNoticeLabel: string;
    /** What that notice says: the page was made from a document with `errors` errors. */
    exportedWithErrors(errors: number): string;
}

function plural(n: number, one: string, many: string): string {
    return `${n} ${n === 1 ? one : many}`;
}

const sv: Labels = {
    kind: protocol => protocol ? 'Protokoll' : 'Minnesanteckningar',
    keyword: id => KEYWORD_BY_ID[id].canonical.sv,
    decisionNumber: n => `Beslut ${n}`,
    timeRange: (start, end) => `kl. ${start}${end ? `–${end}` : ''}`,
    date: 'Datum',
    attendance: 'Närvaro',
    actionsCaption: 'Uppdrag',
    task: 'Uppdrag',
    number: 'Nr',
    signatures: 'Underskrifter',
    // Swedish practice: a protocol is signed "Vid protokollet", notes "Vid anteckningarna".
    recordedBy: protocol => protocol ? 'Vid protokollet' : 'Vid anteckningarna',
    approvedBy: 'Justeras',
    summary: 'Sammanfattning',
    decisionsCaption: 'Beslut',
    problems: (errors, warnings) => {
        const parts = [errors && `${errors} fel`, warnings && plural(warnings, 'varning', 'varningar')].filter(Boolean);
        return parts.length ? `Dokumentet har ${parts.join(' och ')}.` : undefined;
    },
    exportNoticeLabel: 'Fel i dokumentet',
    exportedWithErrors: errors =>
        `Obs! Dokumentet hade ${errors} fel när den här sidan exporterades, så sidan kan vara ofullständig eller felaktig. Rätta felen och exportera igen innan sidan delas.`
};

const en: Labels = {
    kind: protocol => protocol ? 'Protocol' : 'Minutes',
    keyword: id => KEYWORD_BY_ID[id].canonical.en,
    decisionNumber: n => `Decision ${n}`,
    timeRange: (start, end) => `${start}${end ? `–${end}` : ''}`,
    date: 'Date',
    attendance: 'Attendance',
    actionsCaption: 'Actions',
    task: 'Action',
    number: 'No.',
    signatures: 'Signatures',
    recordedBy: () => 'Recorded by',
    approvedBy: 'Approved by',
    summary: 'Summary',
    decisionsCaption: 'Decisions',
    problems: (errors, warnings) => {
        const parts = [errors && plural(errors, 'error', 'errors'), warnings && plural(warnings, 'warning', 'warnings')].filter(Boolean);
        return parts.length ? `The document has ${parts.join(' and ')}.` : undefined;
    },
    exportNoticeLabel: 'Errors in the document',
    exportedWithErrors: errors =>
        `Note: the document had ${plural(errors, 'error', 'errors')} when this page was exported, so the page may be incomplete or wrong. Correct them and export again before you share the page.`
};

export const LABELS: Readonly<Record<Lang, Labels>> = { sv, en };
