/**
 * The shape of a catalog: every user-visible string of server, extension, preview, export and
 * CLI, for one language. Both catalogs (sv.ts, en.ts) are typed by it, so a string missing in
 * one language does not compile; test/common/l10n.test.ts checks that none is empty.
 *
 * Quoting rule: a message quotes the document's own words (keywords, weekdays, dates and values
 * as written) in double quotes, so a forced English message about a Swedish document reads
 * «is a Thursday, not "onsdag"», never «not a onsdag». Names of people stand unquoted.
 */
import type { KeywordId } from '../../language/keywords.js';
import type { Lang } from './language.js';
import type { RecordText } from './record-catalog.js';

export type * from './record-catalog.js';

/** Spells a keyword as the document writes it: `Ansvarig` in a Swedish document, `Owner` in an English one. */
export type KeywordSpeller = (id: KeywordId) => string;

/** Where a misplaced keyword line belongs, for the message that says so. */
export type Misplacement = 'first-line' | 'header' | 'inside-item' | 'after-trailer' | 'action-field'
    // core (second edition): fields of a motion, item keywords in an attachment's body, `Avslutning` before the
    // items, a trailer keyword between two items
    | 'motion-field' | 'inside-attachment' | 'before-items' | 'between-items';

/** The diagnostics' messages: what is wrong and how to fix it. */
export interface DiagnosticMessages {
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
    /** The file was not UTF-8 and was read as `encoding`. */
    encodingGuessed(encoding: string): string;
    /** The document could not be checked at all (the server's parse or read failed). */
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
    // core (second edition): lines that cannot be read as written
    /** `Antal ledamöter:`/`Beslutförhet:` followed by something that is not a whole number. */
    countInvalid(keyword: string, value: string): string;
    /** `Ajournering:` followed by something that is not a time range. */
    recessInvalid(keyword: string, value: string): string;
    /** Text after `Grupper:` on its own line. */
    groupListInline(keyword: string): string;
    /** `- ` or `1.` under `Dagordning:` with no title. */
    agendaEntryEmpty(keyword: string): string;
    /** `Omröstning:` with no result. */
    voteEmpty(keyword: string): string;
    /** `Protokollsanteckning:` without `Name:` before the text. */
    recordNoteWithoutPerson(keyword: string): string;
    /** `Sekretess:` without a ground. */
    confidentialEmpty(keyword: string): string;
    /** `Bilaga:` without a number. */
    attachmentNumberMissing(keyword: string): string;
    /** A line of three backticks that no such line closes. */
    fenceUnclosed(): string;
}

/** Day, month and year of a calendar date; `weekday` is the ISO index (0 = Monday) when it is to be written. */
export interface DateParts {
    year: number;
    month: number;
    day: number;
    weekday?: number;
}

/** Names of days and months, and the one way dates and times are written in words. */
export interface CalendarText {
    /** Monday first (ISO 8601), as written in running text: `måndag`, `Monday`. */
    weekdays: readonly string[];
    /** January first: `januari`, `January`. */
    months: readonly string[];
    /** `torsdag 6 oktober 2022` / `Thursday 6 October 2022` (without the weekday when none is given). */
    longDate(date: DateParts): string;
    /** `kl. 13.00–13.45` / `13.00–13.45`: the only place the Swedish "kl." is written. */
    timeRange(start: string, end?: string): string;
}

/** The editor's words around the document: hovers, completion details, outline, quick-fix titles, rename. */
export interface EditorText {
    present: string;
    absent: string;
    chair: string;
    secretary: string;
    adjuster: string;
    actions: string;
    item(number: number): string;
    due(date: string): string;
    daysFromMeeting(days: number): string;
    today: string;
    weeksLater(weeks: number): string;
    lastApprovalDay: string;
    persons(count: number): string;
    newItem: string;
    newAction: string;
    template(kind: string): string;
    addToPresent(name: string, list: string): string;
    replaceWith(name: string): string;
    removeFrom(name: string, list: string): string;
    moveToPresent(name: string, list: string): string;
    writeWeekday(weekday: string): string;
    renumber(first: number, last: number): string;
    renameTaken(name: string): string;
    renameInvalid(name: string): string;
    /** Placeholders that the templates and snippets insert into the document (in its language). */
    placeholders: {
        title: string;
        place: string;
        persons: readonly [string, string, string];
        organisation: string;
        itemTitle: string;
        text: string;
        decision: string;
        action: string;
        start: string;
        end: string;
    };
}

/** The words the rendered page adds around what the secretary wrote. */
export interface PageLabels {
    /** The document kind: `Minnesanteckningar`, `Protokoll`, `Minutes`, `Protocol`. */
    kind(protocol: boolean): string;
    /** `Beslut 3` / `Decision 3`: decisions are numbered through the document. */
    decisionNumber(n: number): string;
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
    /** `Dokumentet har 2 fel och 1 varning.` (`undefined` when both are 0). */
    problems(errors: number, warnings: number): string | undefined;
    /** The name of the notice on an exported page whose document has errors. */
    exportNoticeLabel: string;
    /** What that notice says: the page was made from a document with `errors` errors. */
    exportedWithErrors(errors: number): string;
    /** The page number at the foot of a PDF page: `Sida 2 av 5`. */
    pageNumber(page: number, pages: number): string;
}

/** Why an export was refused or failed. */
export type ExportErrorReason =
    | 'same-as-source'
    | 'target-is-directory'
    | 'target-is-link'
    | 'link-dangling'
    | 'target-is-special'
    | 'folder-missing'
    | 'permission-denied'
    | 'read-only'
    | 'disk-full'
    | 'name-too-long'
    | 'write-failed';

/** What an export error message names: the paths are worked out by the caller (no I/O here). */
export interface ExportErrorFacts {
    /** The file that was to be written. */
    target: string;
    /** The folder it was to be written in. */
    folder: string;
    /** Its file name alone. */
    name: string;
    /**
     * A file name that would work (next to the source, or inside the folder given as target);
     * none for an unsaved document's page, which has no source to name one after.
     */
    suggestion?: string;
    /**
     * The system's error code (`EACCES`, …), a link's destination (`target-is-link`,
     * `link-dangling`), or the kind of special file (`fifo`, `character-device`, `block-device`,
     * `socket`) for `target-is-special`.
     */
    detail?: string;
}

/** The extension's own notifications, dialogs and panel titles. */
export interface ExtensionText {
    openMinutesFirst: string;
    serverCouldNotStart(reason: string): string;
    htmlPage: string;
    exportButton: string;
    exportTitle: string;
    exportNotOnDisk(target: string): string;
    exporting: string;
    pageCouldNotBeMade(reason: string): string;
    couldNotWrite(target: string, reason: string): string;
    exportedTo(target: string): string;
    open: string;
    reveal: string;
    notFound(file: string): string;
    previewTitle(name: string): string;
    serverTooSlow: string;
    /** The modal question before exporting a document with errors. */
    exportWithErrors(name: string, errors: number): string;
    exportAnyway: string;
    exportWithErrorsDetail: string;
    /** The title of the panel that shows an exported page rendered. */
    exportedPageTitle(name: string): string;
    /** "Export to PDF": the save dialog's file type, its title, the progress, the failures. */
    pdfDocument: string;
    exportPdfTitle: string;
    exportPdfNotOnDisk(target: string): string;
    exportingPdf: string;
    pdfCouldNotBeMade(reason: string): string;
}

/** What the language server answers when the preview or the export cannot be served. */
export interface ServerText {
    unknownDocument(uri: string): string;
    notValidatedInTime(uri: string): string;
    /** The preview shows the editor's text; a closed document has none. */
    notOpen(uri: string): string;
    /** A render asked for a version of the document the editor never sent. */
    versionNeverArrived(uri: string, version: number, known: number): string;
    /** The render of this one document failed (a bug); other documents are not affected. */
    couldNotRender(uri: string, reason: string): string;
}

/** Strings shown inside the preview webview (`{0}` is replaced there by a number or a text). */
export interface PreviewStrings {
    readonly loading: string;
    readonly noProblems: string;
    readonly oneError: string;
    readonly manyErrors: string;
    readonly oneWarning: string;
    readonly manyWarnings: string;
    readonly lineLabel: string;
    readonly problemsLabel: string;
    readonly renderFailed: string;
    readonly error: string;
    readonly warning: string;
}

/** The command line's own lines (beside the diagnostics and export errors it shares). */
export interface CliText {
    wrote(path: string): string;
    wroteStdout: string;
    /** The page went into a pipe or device that `-o` named. */
    wroteStream(path: string): string;
    exportedWithErrors(file: string, errors: number): string;
    /** `minutes export page.html`: the default page name would be the file itself (`.html` or `.pdf`). */
    exportsToItself(file: string, suggestion: string, extension: string): string;
    /** `--format pdf` to standard output that is a terminal: the bytes would garble it. */
    pdfToTerminal: string;
}

/** Every user-visible string in one language. */
export interface Catalog {
    readonly lang: Lang;
    readonly calendar: CalendarText;
    /** The diagnostics, naming keywords as `keyword` spells them (in the document's language). */
    diagnostics(keyword: KeywordSpeller): DiagnosticMessages;
    readonly editor: EditorText;
    readonly page: PageLabels;
    exportError(reason: ExportErrorReason, facts: ExportErrorFacts): string;
    readonly extension: ExtensionText;
    readonly server: ServerText;
    readonly preview: PreviewStrings;
    readonly cli: CliText;
    /** The formal record: notice, extracts, public version, identity numbers (record-catalog.ts). */
    readonly record: RecordText;
}
