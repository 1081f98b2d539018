/**
 * The one list of diagnostic codes, and the messages bound to a document: in the view's
 * language, naming keywords as the document spells them. Codes are stable (they appear in
 * `diagnostic.code`, in the CLI's `[code]` and in quick fixes); the words are in common/l10n.
 */
import { strings, viewLanguage, type DiagnosticMessages, type Misplacement, type SeriesMessages } from '../common/l10n/index.js';
import type { Document } from './generated/ast.js';
import { KEYWORD_BY_ID, type Lang } from './keywords.js';
import { documentLanguage } from './model.js';
import type { MinutesSettings } from './minutes-module.js';

export const Code = {
    syntax: 'syntax',
    meetingDateMissing: 'meeting-date-missing',
    dateInvalid: 'date-invalid',
    weekdayMismatch: 'weekday-mismatch',
    timeOrder: 'time-order',
    personUnknown: 'person-unknown',
    personDuplicate: 'person-duplicate',
    personPresentAndAbsent: 'person-present-and-absent',
    adjusterMissing: 'adjuster-missing',
    adjusterNotPresent: 'adjuster-not-present',
    adjusterIsSecretary: 'adjuster-is-secretary',
    adjusterIsChair: 'adjuster-is-chair',
    chairNotPresent: 'chair-not-present',
    secretaryNotPresent: 'secretary-not-present',
    itemNumberDuplicate: 'item-number-duplicate',
    itemNumberGap: 'item-number-gap',
    decisionEmpty: 'decision-empty',
    actionOwnerMissing: 'action-owner-missing',
    deadlineBeforeMeeting: 'deadline-before-meeting',
    nextMeetingNotAfter: 'next-meeting-not-after',
    approvalBeforeMeeting: 'approval-before-meeting',
    approvalTooLate: 'approval-too-late',
    documentTooLarge: 'document-too-large',
    encodingGuessed: 'encoding-guessed',
    checkFailed: 'check-failed',
    // Dates and times of the second edition (language/checks/dates.ts)
    dateAmbiguous: 'date-ambiguous',
    deadlineUnresolved: 'deadline-unresolved',
    recessOutsideMeeting: 'recess-outside-meeting',
    // rights: rule sets, votes and who may decide (LANGUAGE-2.md sections 5–7; language/checks/rules.ts, record.ts)
    rulesUnknown: 'rules-unknown',
    anslagBeforeApproval: 'anslag-before-approval',
    anslagLate: 'anslag-late',
    voteNamesMissing: 'vote-names-missing',
    votersUndeclared: 'voters-undeclared',
    motionMoverMissing: 'motion-mover-missing',
    voteCountMismatch: 'vote-count-mismatch',
    voteExceedsVoters: 'vote-exceeds-voters',
    voterNotEntitled: 'voter-not-entitled',
    javParticipated: 'jav-participated',
    reservationVotedFor: 'reservation-voted-for',
    quorumNotMet: 'quorum-not-met',
    substituteWhileServing: 'substitute-while-serving',
    moverNotPresent: 'mover-not-present',
    agendaItemMissing: 'agenda-item-missing',
    itemNotOnAgenda: 'item-not-on-agenda',
    attachmentMissing: 'attachment-missing',
    // people (LANGUAGE-2.md sections 2, 7 and 9)
    personAmbiguous: 'person-ambiguous',
    attendanceItemUnknown: 'attendance-item-unknown',
    chairRangeOverlap: 'chair-range-overlap',
    // series (SERIES.md): across the meetings of a series
    seriesDateDuplicate: 'series-date-duplicate',
    actionOriginUnknown: 'action-origin-unknown',
    actionOverdue: 'action-overdue',
    actionNotFollowedUp: 'action-not-followed-up',
    actionClosedTwice: 'action-closed-twice',
    itemSeriesGap: 'item-series-gap',
    itemSeriesOverlap: 'item-series-overlap',
    referenceUnknown: 'reference-unknown',
    // The formal record (issue 14): checks/identity.ts.
    personalIdNumber: 'personal-id-number',
} as const;

export type DiagnosticCode = typeof Code[keyof typeof Code];

export const ALL_CODES: readonly DiagnosticCode[] = Object.values(Code);

/** The diagnostics' messages (their words live in the catalogs of common/l10n). */
export type Messages = DiagnosticMessages;
export type { Misplacement };

const cache = new Map<string, Messages>();

/**
 * The messages in the reader's language `lang`, naming keywords in the document's language
 * `documentLang` (with a forced language, an English reader of a Swedish document is told to
 * add an "Ansvarig:" line, not an "Owner:" line).
 */
export function messagesFor(lang: Lang, documentLang: Lang = lang): Messages {
    const key = `${lang}/${documentLang}`;
    let messages = cache.get(key);
    if (!messages) {
        messages = strings(lang).diagnostics(id => KEYWORD_BY_ID[id].canonical[documentLang]);
        cache.set(key, messages);
    }
    return messages;
}

/** The messages for a document: in the language of its views, naming keywords in its own language. */
export function documentLanguageMessages(settings: Pick<MinutesSettings, 'messageLanguage' | 'locale'>, doc: Document): Messages {
    return messagesFor(languageFor(settings, doc), documentLanguage(doc));
}

const seriesCache = new Map<string, SeriesMessages>();

/** The series' messages (SERIES.md), as {@link messagesFor}. */
export function seriesMessagesFor(lang: Lang, documentLang: Lang = lang): SeriesMessages {
    const key = `${lang}/${documentLang}`;
    let messages = seriesCache.get(key);
    if (!messages) {
        messages = strings(lang).seriesDiagnostics(id => KEYWORD_BY_ID[id].canonical[documentLang]);
        seriesCache.set(key, messages);
    }
    return messages;
}

/** The language a document has declared by its header keyword; undefined without a header. */
export function declaredLanguage(doc: Document): Lang | undefined {
    return doc.header ? documentLanguage(doc) : undefined;
}

/** The language each document's diagnostics were last written in (see {@link diagnosticsLanguage}). */
const validatedIn = new WeakMap<Document, Lang>();

/** Notes the language a validation of `doc` writes its messages in; the validator calls it. */
export function noteDiagnosticsLanguage(doc: Document, lang: Lang): void {
    validatedIn.set(doc, lang);
}

/**
 * The language `doc`'s current diagnostics speak, or undefined before its first validation.
 * After the reader switches the language, this differs from {@link languageFor} until the
 * document is validated again; the preview waits for that, so its labels never speak
 * another language than its messages.
 */
export function diagnosticsLanguage(doc: Document): Lang | undefined {
    return validatedIn.get(doc);
}

/**
 * The language of every view of `doc` (diagnostics, hovers, completion details, outline,
 * code actions, the preview's and export's labels): see viewLanguage in common/l10n.
 */
export function languageFor(settings: Pick<MinutesSettings, 'messageLanguage' | 'locale'>, doc: Document): Lang {
    return viewLanguage(settings.messageLanguage, declaredLanguage(doc), settings.locale);
}
