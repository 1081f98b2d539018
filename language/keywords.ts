/**
 * The one table of keywords of the minutes language: Swedish canonical spellings, English
 * aliases, and the token type each keyword line produces. The lexer, completion, the
 * formatter and the renderer's labels all read it from here.
 */

import { strings, type Lang } from '../common/l10n/index.js';

export type { Lang };

/** Every keyword of both editions and of SERIES.md, by what it means. */
export type KeywordId =
    // the header line
    | 'kind'
    // the header (before the first item)
    | 'date' | 'place' | 'rules' | 'body' | 'members' | 'quorum' | 'agenda' | 'recess' | 'groups'
    | 'present' | 'voting' | 'serving' | 'substitutes' | 'others' | 'absent'
    | 'chair' | 'secretary' | 'adjuster' | 'tellers'
    // items and what stands in them
    | 'item' | 'decision' | 'action' | 'motion' | 'vote' | 'reservation' | 'record-note' | 'recusal'
    | 'confidential' | 'attachment'
    // fields of an action, of a motion, of a vote
    | 'owner' | 'due' | 'from' | 'status'
    | 'moved-by' | 'seconded-by'
    | 'yes' | 'no' | 'abstain'
    // the trailer (also in the header, before the first item)
    | 'next' | 'approval' | 'posted' | 'kept-at' | 'closing';

/**
 * Where a keyword line belongs. `first-line`: only the document's first line. `header`: before
 * the first item (inside an item such a line is prose). `items`: inside an item. The fields:
 * directly under their element (`Uppdrag`, `Yrkande`, `Omröstning`). `trailer`: after the last
 * item, or in the header.
 */
export type Placement = 'first-line' | 'header' | 'items' | 'action-field' | 'motion-field' | 'vote-field' | 'trailer';

export interface KeywordInfo {
    id: KeywordId;
    /** Token type the lexer emits for the keyword itself. */
    token: string;
    /** Where its line belongs. */
    placement: Placement;
    /** Canonical spelling per language (the first of each alias list). */
    canonical: Record<Lang, string>;
    /** All spellings, lower-case, single-spaced. */
    aliases: Record<Lang, readonly string[]>;
    /** All spellings as the table writes them (`Nästa möte`), in the order of `aliases`. */
    spellings: Record<Lang, readonly string[]>;
}

/** The parts of a document, in order; `attachments` are the `Bilaga` sections after the last item. */
export type Section = 'header' | 'items' | 'attachments' | 'trailer';

/** The one table: id, token, placement, Swedish spellings, English spellings (canonical first). */
const table: Array<[KeywordId, string, Placement, readonly string[], readonly string[]]> = [
    ['kind', 'K_KIND', 'first-line', ['Minnesanteckningar', 'Protokoll'], ['Minutes', 'Protocol']],
    ['date', 'K_DATE', 'header', ['Tid', 'Datum'], ['Date', 'Time']],
    ['place', 'K_PLACE', 'header', ['Plats'], ['Place', 'Location']],
    ['rules', 'K_RULES', 'header', ['Regler'], ['Rules']],
    ['body', 'K_BODY', 'header', ['Organ'], ['Body']],
    ['members', 'K_MEMBERS', 'header', ['Antal ledamöter'], ['Members']],
    ['quorum', 'K_QUORUM', 'header', ['Beslutförhet'], ['Quorum']],
    ['agenda', 'K_AGENDA', 'header', ['Dagordning'], ['Agenda']],
    ['recess', 'K_RECESS', 'header', ['Ajournering'], ['Recess']],
    ['groups', 'K_GROUPS', 'header', ['Grupper'], ['Groups']],
    ['present', 'K_ATTENDANCE', 'header', ['Deltagare', 'Närvarande'], ['Present', 'Attendees', 'Participants']],
    ['voting', 'K_ATTENDANCE', 'header', ['Beslutande', 'Ledamöter', 'Tjänstgörande ledamöter'], ['Members present', 'Voting members', 'Board members']],
    ['serving', 'K_ATTENDANCE', 'header', ['Tjänstgörande ersättare'], ['Serving substitutes', 'Serving alternates']],
    ['substitutes', 'K_ATTENDANCE', 'header', ['Ersättare', 'Suppleanter', 'Icke tjänstgörande ersättare'], ['Substitutes', 'Alternates']],
    ['others', 'K_ATTENDANCE', 'header', ['Övriga närvarande', 'Övriga deltagare', 'Tjänstepersoner', 'Gäster'], ['Also present', 'Staff', 'Guests', 'Observers']],
    ['absent', 'K_ATTENDANCE', 'header', ['Ej närvarande', 'Frånvarande', 'Anmält förhinder'], ['Absent', 'Regrets', 'Apologies']],
    ['chair', 'K_CHAIR', 'header', ['Ordförande', 'Mötesordförande'], ['Chair', 'Facilitator', 'Host', 'Presiding']],
    ['secretary', 'K_SECRETARY', 'header', ['Sekreterare', 'Vid anteckningarna', 'Vid protokollet', 'Protokollförare'], ['Secretary', 'Scribe', 'Recorded by', 'Minute taker']],
    ['adjuster', 'K_ADJUSTER', 'header', ['Justerare', 'Justeras', 'Justeringspersoner', 'Justeringsmän'], ['Adjuster', 'Adjusters', 'Approver', 'Approvers']],
    ['tellers', 'K_TELLERS', 'header', ['Rösträknare'], ['Tellers']],
    ['item', 'K_ITEM', 'items', ['Punkt', '§'], ['Item']],
    ['decision', 'K_DECISION', 'items', ['Beslut'], ['Decision', 'Resolved']],
    ['action', 'K_ACTION', 'items', ['Uppdrag'], ['Action']],
    ['owner', 'K_OWNER', 'action-field', ['Ansvarig'], ['Owner', 'Responsible']],
    ['due', 'K_DUE', 'action-field', ['Senast'], ['Due']],
    ['from', 'K_FROM', 'action-field', ['Från'], ['From']],
    ['status', 'K_STATUS', 'action-field', ['Status'], ['Status']],
    ['motion', 'K_MOTION', 'items', ['Yrkande', 'Förslag'], ['Motion', 'Proposal']],
    ['moved-by', 'K_MOVED_BY', 'motion-field', ['Av'], ['Moved by']],
    ['seconded-by', 'K_SECONDED_BY', 'motion-field', ['Instämmer'], ['Seconded by']],
    ['vote', 'K_VOTE', 'items', ['Omröstning', 'Sluten omröstning'], ['Vote', 'Ballot']],
    ['yes', 'K_VOTE_CHOICE', 'vote-field', ['Ja'], ['Yes', 'Aye']],
    ['no', 'K_VOTE_CHOICE', 'vote-field', ['Nej'], ['No', 'Nay']],
    ['abstain', 'K_VOTE_CHOICE', 'vote-field', ['Avstår'], ['Abstain']],
    ['reservation', 'K_RESERVATION', 'items', ['Reservation'], ['Dissent']],
    ['record-note', 'K_RECORD_NOTE', 'items', ['Protokollsanteckning'], ['Note for the record']],
    ['recusal', 'K_RECUSAL', 'items', ['Jäv'], ['Conflict of interest', 'Recused']],
    ['confidential', 'K_CONFIDENTIAL', 'items', ['Sekretess'], ['Confidential']],
    ['attachment', 'K_ATTACHMENT', 'items', ['Bilaga'], ['Attachment', 'Appendix']],
    ['next', 'K_NEXT', 'trailer', ['Nästa möte'], ['Next meeting']],
    ['approval', 'K_APPROVAL', 'trailer', ['Justering'], ['Approval']],
    ['posted', 'K_POSTED', 'trailer', ['Anslag'], ['Posted']],
    ['kept-at', 'K_KEPT_AT', 'trailer', ['Förvaringsplats'], ['Kept at']],
    ['closing', 'K_CLOSING', 'trailer', ['Avslutning'], ['Closing']],
];

/** Every keyword, in the order a document uses them. */
export const KEYWORDS: readonly KeywordInfo[] = table.map(([id, token, placement, sv, en]) => ({
    id,
    token,
    placement,
    canonical: { sv: sv[0], en: en[0] },
    aliases: { sv: sv.map(normalizeKeyword), en: en.map(normalizeKeyword) },
    spellings: { sv, en }
}));

export const KEYWORD_BY_ID: Readonly<Record<KeywordId, KeywordInfo>> =
    Object.fromEntries(KEYWORDS.map(k => [k.id, k])) as Record<KeywordId, KeywordInfo>;

/** The attendance groups, in the order a protocol lists them (all `K_ATTENDANCE`). */
export const ATTENDANCE_GROUPS: readonly KeywordId[] = ['present', 'voting', 'serving', 'substitutes', 'others', 'absent'];

/** The keywords that take a number after them on the same line: `Punkt 5.1:`, `Bilaga 2:`. */
export const NUMBERED_KEYWORDS: readonly KeywordId[] = ['item', 'attachment'];

/** The longest spelling of any keyword (`Icke tjänstgörande ersättare`, 28 characters). */
export const MAX_KEYWORD_LENGTH = Math.max(...KEYWORDS.flatMap(k => [...k.spellings.sv, ...k.spellings.en]).map(s => s.length));

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

/** Recent lookups by the text as written: the same few keywords are looked up on thousands of lines. */
const lookups = new Map<string, { info: KeywordInfo; lang: Lang } | null>();
const MAX_LOOKUPS = 4_096;

/** The keyword and its language for a spelling such as `NÄSTA  MÖTE`, if it is one. */
export function lookupKeyword(text: string): { info: KeywordInfo; lang: Lang } | undefined {
    let found = lookups.get(text);
    if (found === undefined) {
        found = bySpelling.get(normalizeKeyword(text)) ?? null;
        if (lookups.size >= MAX_LOOKUPS) lookups.clear();
        lookups.set(text, found);
    }
    return found ?? undefined;
}

/**
 * `Ledamöter:`/`Members:` mean two things (LANGUAGE-2.md, section 9): with a number after the
 * colon the count of seats (`Antal ledamöter`), with nothing after it the voting members'
 * attendance group. The keyword a spelling means, given whether a value follows the colon.
 */
export function keywordForValue(found: { info: KeywordInfo; lang: Lang }, spelling: string, hasValue: boolean): { info: KeywordInfo; lang: Lang } {
    const id = found.info.id;
    if (id !== 'members' && id !== 'voting') return found;
    const alias = normalizeKeyword(spelling);
    if (id === 'members' && !hasValue && alias === 'members') return { info: KEYWORD_BY_ID.voting, lang: found.lang };
    if (id === 'voting' && hasValue && alias === 'ledamöter') return { info: KEYWORD_BY_ID.members, lang: found.lang };
    return found;
}

/** Where a keyword line belongs (see {@link Placement}). */
export function sectionOf(id: KeywordId): Placement {
    return KEYWORD_BY_ID[id].placement;
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

/** Every month word read in a date (`februari`, `feb`, `sept`, `March`), lower-case. */
export const MONTH_SPELLINGS: readonly string[] = [...monthBySpelling.keys()];

/** ISO weekday index (0 = Monday) of a weekday word in either language, any case. */
export function weekdayIndex(word: string): number | undefined {
    return weekdayBySpelling.get(normalizeKeyword(word));
}

/** Month number (1–12) of a month word or its three-letter abbreviation, any case. */
export function monthIndex(word: string): number | undefined {
    return monthBySpelling.get(normalizeKeyword(word).replace(/\.$/u, ''));
}
