/**
 * The one list of diagnostic codes and their messages in Swedish and English. Codes are
 * stable (they appear in `diagnostic.code`, in the CLI's `[code]` and in quick fixes);
 * messages say what is wrong and how to fix it, in the secretary's words.
 */
import { KEYWORD_BY_ID, type KeywordId, type Lang } from './keywords.js';

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
} as const;

export type DiagnosticCode = typeof Code[keyof typeof Code];

export const ALL_CODES: readonly DiagnosticCode[] = Object.values(Code);

/** Where a misplaced keyword line belongs, for the message that says so. */
export type Misplacement = 'first-line' | 'header' | 'inside-item' | 'after-trailer' | 'action-field';

export interface Messages {
    missingHeader(): string;
    invalidDateSlot(keyword: string, value: string, placeAllowed: boolean): string;
    personListInline(keyword: string): string;
    misplaced(keyword: string, where: Misplacement): string;
    duplicateField(keyword: string): string;
    tooManyNames(keyword: string, max: number): string;
    emptyRole(keyword: string): string;
    personWithoutName(): string;
    unreadableLine(): string;
    documentTooLarge(lines: number): string;
    encodingGuessed(encoding: string): string;
    checkFailed(reason: string): string;
    meetingDateMissing(): string;
    dateInvalid(text: string): string;
    timeInvalid(text: string): string;
    weekdayMismatch(written: string, date: string, actual: string): string;
    timeOrder(start: string, end: string): string;
    personUnknown(name: string, suggestion?: string): string;
    personDuplicate(name: string): string;
    personPresentAndAbsent(name: string): string;
    adjusterMissing(protocol: boolean): string;
    adjusterNotPresent(name: string): string;
    adjusterIsSecretary(name: string): string;
    adjusterIsChair(name: string): string;
    chairNotPresent(name: string): string;
    secretaryNotPresent(name: string): string;
    itemNumberDuplicate(number: number): string;
    itemNumberGap(previous: number, number: number): string;
    decisionEmpty(keyword: string): string;
    actionOwnerMissing(keyword: string): string;
    deadlineBeforeMeeting(due: string, meeting: string): string;
    nextMeetingNotAfter(next: string, meeting: string): string;
    approvalBeforeMeeting(approval: string, meeting: string): string;
    approvalTooLate(days: number, limit: number): string;
}

/** Spells a keyword as the document writes it: `Ansvarig` in a Swedish document, `Owner` in an English one. */
type Keyword = (id: KeywordId) => string;

const sv = (k: Keyword): Messages => ({
    missingHeader: () =>
        'Första raden ska säga vad dokumentet är, till exempel "Minnesanteckningar: Styrelsemöte" eller "Protokoll: Kommunstyrelsen".',
    invalidDateSlot: (keyword, value, placeAllowed) =>
        `"${value}" är inget datum. Skriv ett datum som 2022-10-06 efter ${keyword}` +
        (placeAllowed ? ' (veckodag, klockslag och ", plats" får stå med).' : ` (veckodag och klockslag får stå med; platsen skrivs på en egen rad "${k('place')}:").`),
    personListInline: keyword =>
        `Skriv personerna under ${keyword} på egna rader som börjar med "- ", till exempel "- Anna Andersson, Botkyrka".`,
    misplaced: (keyword, where) => {
        switch (where) {
            case 'first-line': return `${keyword} får bara stå på första raden. Ta bort raden eller gör om den till vanlig text.`;
            case 'header': return `${keyword} hör till mötets inledning, före första ${k('item')}. Flytta raden dit.`;
            case 'inside-item': return `${keyword} ska stå inom en punkt. Lägg till en rad som "${k('item')} 1: Rubrik" ovanför.`;
            case 'after-trailer': return `${keyword} står efter ${k('next')}/${k('approval')}/${k('closing')}. Flytta raden ovanför dem.`;
            case 'action-field': return `${keyword} ska stå direkt under en rad "${k('action')}:".`;
        }
    },
    duplicateField: keyword => `${keyword} finns redan. Behåll en av raderna.`,
    tooManyNames: (keyword, max) =>
        max === 1 ? `${keyword} tar ett namn. Ta bort de övriga.` : `${keyword} tar högst ${max} namn. Ta bort de övriga.`,
    emptyRole: keyword => `Skriv ett namn efter ${keyword}, eller ta bort raden.`,
    personWithoutName: () => 'Raden saknar namn. Skriv "- Förnamn Efternamn, organisation".',
    unreadableLine: () => 'Raden kunde inte läsas. Kontrollera nyckelordet och kolonet i början av raden.',
    documentTooLarge: lines => `Dokumentet är för stort för att kontrolleras helt (${lines} rader). Dela upp det i flera filer.`,
    encodingGuessed: encoding =>
        `Filen är inte sparad som UTF-8 (det första tecknet som inte är UTF-8 står på den här raden) och läses som ${encoding}. Kontrollera å, ä och ö och spara filen som UTF-8.`,
    checkFailed: reason => `Dokumentet kunde inte kontrolleras: ${reason}. Andra dokument påverkas inte; nästa ändring kontrollerar det igen.`,
    meetingDateMissing: () => `Mötets datum saknas. Lägg till en rad som "${k('date')}: 2022-10-06 13.00–14.00".`,
    dateInvalid: text => `${text} är inget giltigt datum: den dagen finns inte i kalendern.`,
    timeInvalid: text => `${text} är inget giltigt klockslag.`,
    weekdayMismatch: (written, date, actual) => `${date} är en ${actual}, inte ${written}.`,
    timeOrder: (start, end) => `Sluttiden ${end} måste vara efter starttiden ${start}.`,
    personUnknown: (name, suggestion) =>
        `${name} finns inte bland deltagarna.` + (suggestion ? ` Menade du ${suggestion}?` : ` Lägg till personen under ${k('present')} eller rätta stavningen.`),
    personDuplicate: name => `${name} står redan i listan. Ta bort den ena raden.`,
    personPresentAndAbsent: name => `${name} står både som närvarande och som ej närvarande. Ta bort personen från den ena listan.`,
    adjusterMissing: protocol =>
        protocol ? `Ett protokoll måste ha en justerare. Lägg till en rad "${k('adjuster')}: Namn".`
            : `Justerare saknas. Lägg till en rad "${k('adjuster')}: Namn".`,
    adjusterNotPresent: name => `Justeraren ${name} var inte närvarande. Välj en närvarande justerare eller flytta personen till ${k('present')}.`,
    adjusterIsSecretary: name => `${name} har skrivit anteckningarna och kan inte också justera dem. Välj en annan justerare.`,
    adjusterIsChair: name => `${name} är ordförande och justerare. Välj helst en annan justerare.`,
    chairNotPresent: name => `Ordföranden ${name} var inte närvarande.`,
    secretaryNotPresent: name => `Sekreteraren ${name} var inte närvarande.`,
    itemNumberDuplicate: number => `Punkt ${number} finns redan. Numrera om punkterna.`,
    itemNumberGap: (previous, number) => `Punkt ${number} följer på punkt ${previous}: numren hoppar över ${previous + 1}.`,
    decisionEmpty: keyword => `${keyword} saknar text. Skriv vad mötet beslutade.`,
    actionOwnerMissing: keyword => `${keyword} saknar ansvarig. Lägg till en rad "${k('owner')}: Namn" under uppdraget.`,
    deadlineBeforeMeeting: (due, meeting) => `Sista dagen ${due} är före mötet ${meeting}.`,
    nextMeetingNotAfter: (next, meeting) => `Nästa möte ${next} måste vara efter detta möte ${meeting}.`,
    approvalBeforeMeeting: (approval, meeting) => `Justeringen ${approval} kan inte vara före mötet ${meeting}.`,
    approvalTooLate: (days, limit) => `Justeringen sker ${days} dagar efter mötet; den ska ske inom ${limit} dagar.`,
});

const en = (k: Keyword): Messages => ({
    missingHeader: () =>
        'The first line should say what this is, for example "Minutes: Board meeting" or "Protokoll: Kommunstyrelsen".',
    invalidDateSlot: (keyword, value, placeAllowed) =>
        `"${value}" is not a date. Write a date such as 2026-03-12 after ${keyword}` +
        (placeAllowed ? ' (a weekday, a time and ", place" may go with it).' : ` (a weekday and a time may go with it; the place goes on its own "${k('place')}:" line).`),
    personListInline: keyword =>
        `List the people under ${keyword} on lines of their own starting with "- ", for example "- Ada Lindqvist, treasurer".`,
    misplaced: (keyword, where) => {
        switch (where) {
            case 'first-line': return `${keyword} may only stand on the first line. Remove the line or make it ordinary text.`;
            case 'header': return `${keyword} belongs to the opening of the minutes, before the first ${k('item')}. Move the line there.`;
            case 'inside-item': return `${keyword} must stand inside an item. Add a line such as "${k('item')} 1: Title" above it.`;
            case 'after-trailer': return `${keyword} comes after ${k('next')}/${k('approval')}/${k('closing')}. Move the line above them.`;
            case 'action-field': return `${keyword} must stand right below an "${k('action')}:" line.`;
        }
    },
    duplicateField: keyword => `${keyword} is given twice. Keep one of the lines.`,
    tooManyNames: (keyword, max) =>
        max === 1 ? `${keyword} takes one name. Remove the others.` : `${keyword} takes at most ${max} names. Remove the others.`,
    emptyRole: keyword => `Write a name after ${keyword}, or remove the line.`,
    personWithoutName: () => 'This line has no name. Write "- First Last, organisation".',
    unreadableLine: () => 'This line could not be read. Check the keyword and the colon at the start of the line.',
    documentTooLarge: lines => `The document is too large to check completely (${lines} lines). Split it into several files.`,
    encodingGuessed: encoding =>
        `The file is not saved as UTF-8 (the first character that is not UTF-8 is on this line), so it is read as ${encoding}. Check å, ä and ö, and save the file as UTF-8.`,
    checkFailed: reason => `This document could not be checked: ${reason}. Other documents are not affected; the next change checks it again.`,
    meetingDateMissing: () => `The meeting date is missing. Add a line such as "${k('date')}: 2026-03-12 18.30–20.00".`,
    dateInvalid: text => `${text} is not a valid date: that day does not exist.`,
    timeInvalid: text => `${text} is not a valid time of day.`,
    weekdayMismatch: (written, date, actual) => `${date} is a ${actual}, not a ${written}.`,
    timeOrder: (start, end) => `The end time ${end} must be after the start time ${start}.`,
    personUnknown: (name, suggestion) =>
        `${name} is not listed among the participants.` + (suggestion ? ` Did you mean ${suggestion}?` : ` Add them under ${k('present')} or correct the spelling.`),
    personDuplicate: name => `${name} is already listed. Remove one of the lines.`,
    personPresentAndAbsent: name => `${name} is listed both as present and as absent. Remove them from one of the lists.`,
    adjusterMissing: protocol =>
        protocol ? `A protocol must name an adjuster. Add a line "${k('adjuster')}: Name".`
            : `No adjuster is named. Add a line "${k('adjuster')}: Name".`,
    adjusterNotPresent: name => `The adjuster ${name} was not present. Choose a present adjuster or move them to ${k('present')}.`,
    adjusterIsSecretary: name => `${name} wrote the minutes and cannot also adjust them. Choose another adjuster.`,
    adjusterIsChair: name => `${name} is both chair and adjuster. Prefer another adjuster.`,
    chairNotPresent: name => `The chair ${name} was not present.`,
    secretaryNotPresent: name => `The secretary ${name} was not present.`,
    itemNumberDuplicate: number => `Item ${number} already exists. Renumber the items.`,
    itemNumberGap: (previous, number) => `Item ${number} follows item ${previous}: the numbers skip ${previous + 1}.`,
    decisionEmpty: keyword => `${keyword} has no text. Write what the meeting decided.`,
    actionOwnerMissing: keyword => `${keyword} has no owner. Add a line "${k('owner')}: Name" below the action.`,
    deadlineBeforeMeeting: (due, meeting) => `The deadline ${due} is before the meeting on ${meeting}.`,
    nextMeetingNotAfter: (next, meeting) => `The next meeting ${next} must be after this meeting on ${meeting}.`,
    approvalBeforeMeeting: (approval, meeting) => `The approval ${approval} cannot be before the meeting on ${meeting}.`,
    approvalTooLate: (days, limit) => `The minutes are approved ${days} days after the meeting; it should be within ${limit} days.`,
});

const FACTORIES: Readonly<Record<Lang, (k: Keyword) => Messages>> = { sv, en };
const cache = new Map<string, Messages>();

/**
 * The messages in the reader's language `lang`, naming keywords in the document's language
 * `documentLang` (a Swedish secretary reading English messages about a Swedish document is
 * told to add an "Ansvarig:" line, not an "Owner:" line).
 */
export function messagesFor(lang: Lang, documentLang: Lang = lang): Messages {
    const key = `${lang}/${documentLang}`;
    let messages = cache.get(key);
    if (!messages) {
        messages = FACTORIES[lang](id => KEYWORD_BY_ID[id].canonical[documentLang]);
        cache.set(key, messages);
    }
    return messages;
}

/** Messages whose keywords are in the reader's own language. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { sv: messagesFor('sv'), en: messagesFor('en') };

/** The message language for a locale such as `sv`, `sv-SE`, `en-US` or a LANG value `sv_SE.UTF-8`. */
export function langOfLocale(locale: string | undefined): Lang {
    return locale && /^sv\b|^sv[_-]/iu.test(locale) ? 'sv' : 'en';
}

/**
 * The message language a reader chose: the `minutes.messageLanguage` setting when it says `sv`
 * or `en`, else (`auto`) the editor's locale. The server and the extension both decide by it.
 */
export function resolveMessageLanguage(setting: string | undefined, locale: string | undefined): Lang {
    return setting === 'sv' || setting === 'en' ? setting : langOfLocale(locale);
}
