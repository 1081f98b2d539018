/**
 * The one table of keywords of the minutes language: Swedish canonical spellings, English
 * aliases, and the token type each keyword line produces. The lexer, completion, the
 * formatter and the renderer's labels all read it from here.
 */

import { strings, type Lang } from '../common/l10n/index.js';

export type { Lang };

export type KeywordId =
    | 'kind' | 'date' | 'place' | 'present' | 'absent' | 'chair' | 'secretary' | 'adjuster'
    | 'item' | 'decision' | 'action' | 'owner' | 'due' | 'next' | 'approval' | 'closing'
    // series (SERIES.md): until core's second-edition table lands
    | 'body' | 'from' | 'status';

export interface KeywordInfo {
    id: KeywordId;
    /** Token type the lexer emits for the keyword itself. */
    token: string;
    /** Canonical spelling per language (the first of each alias list). */
    canonical: Record<Lang, string>;
    /** All spellings, lower-case, single-spaced. */
    aliases: Record<Lang, readonly string[]>;
    /** All spellings as the table writes them (`Nästa möte`), in the order of `aliases`. */
    spellings: Record<Lang, readonly string[]>;
}

/** Where in a document a keyword line belongs. */
export type Section = 'header' | 'items' | 'trailer';

const table: Array<[KeywordId, string, readonly string[], readonly string[]]> = [
    ['kind', 'K_KIND', ['Minnesanteckningar', 'Protokoll'], ['Minutes', 'Protocol']],
    ['date', 'K_DATE', ['Tid', 'Datum'], ['Date', 'Time']],
    ['place', 'K_PLACE', ['Plats'], ['Place', 'Location']],
    ['present', 'K_ATTENDANCE', ['Deltagare', 'Närvarande'], ['Present', 'Attendees', 'Participants']],
    ['absent', 'K_ATTENDANCE', ['Ej närvarande', 'Frånvarande'], ['Absent', 'Regrets']],
    ['chair', 'K_CHAIR', ['Ordförande'], ['Chair']],
    ['secretary', 'K_SECRETARY', ['Sekreterare', 'Vid anteckningarna'], ['Secretary']],
    ['adjuster', 'K_ADJUSTER', ['Justerare'], ['Adjuster', 'Approver']],
    ['item', 'K_ITEM', ['Punkt', '§'], ['Item']],
    ['decision', 'K_DECISION', ['Beslut'], ['Decision', 'Resolved']],
    ['action', 'K_ACTION', ['Uppdrag'], ['Action']],
    ['owner', 'K_OWNER', ['Ansvarig'], ['Owner', 'Responsible']],
    ['due', 'K_DUE', ['Senast'], ['Due']],
    ['next', 'K_NEXT', ['Nästa möte'], ['Next meeting']],
    ['approval', 'K_APPROVAL', ['Justering'], ['Approval']],
    ['closing', 'K_CLOSING', ['Avslutning'], ['Closing']],
    // series (SERIES.md): until core's second-edition table lands
    ['body', 'K_BODY', ['Organ'], ['Body']],
    ['from', 'K_FROM', ['Från'], ['From']],
    ['status', 'K_STATUS', ['Status'], ['Status']],
];

/** Every keyword, in the order a document uses them. */
export const KEYWORDS: readonly KeywordInfo[] = table.map(([id, token, sv, en]) => ({
    id,
    token,
    canonical: { sv: sv[0], en: en[0] },
    aliases: { sv: sv.map(normalizeKeyword), en: en.map(normalizeKeyword) },
    spellings: { sv, en }
}));

export const KEYWORD_BY_ID: Readonly<Record<KeywordId, KeywordInfo>> =
    Object.fromEntries(KEYWORDS.map(k => [k.id, k])) as Record<KeywordId, KeywordInfo>;

const bySpelling = new Map<string, { info: KeywordInfo; lang: Lang }>();
for (const info of KEYWORDS) {
    for (const lang of ['sv', 'en'] as const) {
        for (const alias of info.aliases[lang]) {
            bySpelling.set(alias, { info, lang });
        }
    }
}

/** Keywords are compared NFC-normalised, lower-cased and with single spaces. */
export function normalizeKeyword(text: string): string {
    return text.normalize('NFC').toLowerCase().trim().replace(/\s+/gu, ' ');
}

/** The keyword and its language for a spelling such as `NÄSTA  MÖTE`, if it is one. */
export function lookupKeyword(text: string): { info: KeywordInfo; lang: Lang } | undefined {
    return bySpelling.get(normalizeKeyword(text));
}

/** The section a keyword line belongs to; `kind` is the header line itself. */
export function sectionOf(id: KeywordId): Section | 'first-line' | 'action-field' {
    switch (id) {
        case 'kind': return 'first-line';
        case 'item': case 'decision': case 'action': return 'items';
        case 'owner': case 'due': case 'from': case 'status': return 'action-field';
        case 'next': case 'approval': case 'closing': return 'trailer';
        default: return 'header';
    }
}

const PROTOCOL_KINDS = new Set(['protokoll', 'protocol']);

/** `Protokoll`/`Protocol` make a formal protocol; everything else is meeting notes. */
export function isProtocolKind(kindKeyword: string | undefined): boolean {
    return kindKeyword !== undefined && PROTOCOL_KINDS.has(normalizeKeyword(kindKeyword));
}

/** The document's language, decided by its kind keyword (Swedish when there is none). */
export function languageOfKind(kindKeyword: string | undefined): Lang {
    return (kindKeyword && lookupKeyword(kindKeyword)?.lang) || 'sv';
}

/** Weekday names for display: `torsdag`, `Thursday` (the catalog's words). */
export function weekdayName(index: number, lang: Lang): string {
    return strings(lang).calendar.weekdays[index];
}

/** Month names for display: `oktober`, `October` (the catalog's words). */
export function monthName(month: number, lang: Lang): string {
    return strings(lang).calendar.months[month - 1];
}

// Reading goes by the same words the catalogs write, in any case; Swedish also `torsdagen`.
const weekdayBySpelling = new Map<string, number>();
const monthBySpelling = new Map<string, number>();
for (const lang of ['sv', 'en'] as const) {
    const { weekdays, months } = strings(lang).calendar;
    weekdays.forEach((w, i) => {
        weekdayBySpelling.set(normalizeKeyword(w), i);
        if (lang === 'sv') weekdayBySpelling.set(normalizeKeyword(w) + 'en', i);
    });
    months.forEach((m, i) => {
        monthBySpelling.set(normalizeKeyword(m), i + 1);
        monthBySpelling.set(normalizeKeyword(m).slice(0, 3), i + 1);
    });
}
monthBySpelling.set('sept', 9);

/** ISO weekday index (0 = Monday) of a weekday word in either language, any case. */
export function weekdayIndex(word: string): number | undefined {
    return weekdayBySpelling.get(normalizeKeyword(word));
}

/** Month number (1–12) of a month word or its three-letter abbreviation, any case. */
export function monthIndex(word: string): number | undefined {
    return monthBySpelling.get(normalizeKeyword(word).replace(/\.$/u, ''));
}
