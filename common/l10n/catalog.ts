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
import type { DateSlotKind } from '../../language/date-slot.js';
import type { Lang } from './language.js';
import type { RightsDiagnosticMessages, RightsEditorText, SignatureText } from './rights-catalog.js';

export type * from './rights-catalog.js';
import type { RecordText } from './record-catalog.js';

export type * from './record-catalog.js';

/** Spells a keyword as the document writes it: `Ansvarig` in a Swedish document, `Owner` in an English one. */
export type KeywordSpeller = (id: KeywordId) => string;

/** Where a misplaced keyword line belongs, for the message that says so. */
export type Misplacement = 'first-line' | 'header' | 'inside-item' | 'after-trailer' | 'action-field'
    // core (second edition): fields of a motion, item keywords in an attachment's body, `Avslutning` before the
    // items, a trailer keyword between two items
    | 'motion-field' | 'inside-attachment' | 'before-items' | 'between-items';

/** The diagnostics' messages: what is wrong and how to fix it (rule sets, votes and who may decide: rights-catalog.ts). */
export interface DiagnosticMessages extends RightsDiagnosticMessages {
    missingHeader(): string;
    /** A date slot (`kind`: after `Tid`, `Senast`, `Nästa möte`, `Justering`, `Anslag`) whose value is no date form: what it takes. */
    invalidDateSlot(keyword: string, value: string, kind: DateSlotKind): string;
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
    // Dates and times of the second edition (language/checks/dates.ts)
    /** A slash date `written` read as `reading` (a long date), in the `order` of the document's language; `iso` is the unambiguous spelling. */
    dateAmbiguous(written: string, reading: string, order: 'day-month' | 'month-day', iso: string): string;
    /** A multi-day date whose last day is before its first. */
    dateRangeReversed(written: string): string;
    /** `Senast: nästa möte` when there is no `Nästa möte` line (`nextMissing`) or it has no date. */
    deadlineUnresolved(written: string, nextMissing: boolean): string;
    /** A relative deadline (`juni 2020`) that resolves to `resolved`, before the meeting. */
    relativeDeadlineBeforeMeeting(written: string, resolved: string, meeting: string): string;
    /** A recess (its times as written) outside the meeting's start and end (as written). */
    recessOutsideMeeting(recess: string, meeting: string): string;
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
    /** `Bilaga:` without a number (`keyword` without its colon). */
    attachmentNumberMissing(keyword: string): string;
    /** A line of three backticks that no such line closes. */
    fenceUnclosed(): string;

    // people (LANGUAGE-2.md sections 2 and 9): references, attendance ranges, chairs
    /** A short form (`"S"`) or first name (`Bo`) that fits several persons. */
    personAmbiguous(written: string, form: 'short' | 'first', candidates: readonly string[]): string;
    /** `range` (as written) names item `number`, which no item has. */
    attendanceItemUnknown(number: string, range: string): string;
    /** A range that starts like one (`(§ 5 och framåt)`) but cannot be read from `at` on (`och`, or undefined at its end). */
    rangeUnreadable(range: string, at: string | undefined): string;
    /** Two chairs whose ranges share `items` (see {@link itemList}). */
    chairRangeOverlap(name: string, other: string, items: string): string;
    /** A chair absent for `items` (see {@link itemList}) of the items they chair. */
    chairNotPresentIn(name: string, items: string): string;
    /** `punkt 5`, `punkterna 5, 7–9` / `item 5`, `items 5, 7–9`: `list` is the numbers as written, `count` how many items. */
    itemList(list: string, count: number): string;
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
    /** The days of a meeting over several days: `lördag 26 januari 2002 – söndag 27 januari 2002`. */
    dateRange(start: DateParts, end: DateParts): string;
    /** A next meeting whose date is not fixed yet: `tisdag 17 mars 2026 (preliminärt)`. */
    tentative(date: string): string;
    /** A month as a deadline: `juni 2026`, `June 2026`. */
    monthYear(month: number, year: number): string;
    /** Dates that are not written as dates (`Senast: nästa möte`, `Justering: vid nästa möte`), in words. */
    relative: {
        nextMeeting: string;
        atNextMeeting: string;
        tomorrow: string;
        ongoing: string;
        pullRequest: string;
        immediately: string;
    };
}

/** The editor's words around the document: hovers, completion details, outline, quick-fix titles, rename. */
export interface EditorText {
    present: string;
    absent: string;
    chair: string;
    secretary: string;
    adjuster: string;
    /** A teller (`Rösträknare`/`Tellers`), in a person's hover. */
    teller: string;
    actions: string;
    item(number: number): string;
    due(date: string): string;
    daysFromMeeting(days: number): string;
    today: string;
    weeksLater(weeks: number): string;
    lastApprovalDay: string;
    /** Hover on the date of `Anslag`: the last day of the appeal period. */
    appealEnds(date: string): string;
    /** Hover on a multi-day date: `2 dagar`. */
    days(count: number): string;
    /** Hover on a slash date: how it was read. */
    slashReading(order: 'day-month' | 'month-day'): string;
    /** Hover on `Senast: nästa möte` when the next meeting has no date. */
    nextMeetingUndated: string;
    /** Hover on `Senast: löpande`. */
    noDeadline: string;
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

    // people: the person hover, the full-name quick fix, rename in prose
    /** A serving substitute's hover: serves for `name` (in `range`, as written, when the service is limited). */
    servesFor(name: string, range: string | undefined): string;
    /** A member's hover: replaced by the serving substitute `name` (in `range`, as written). */
    replacedBy(name: string, range: string | undefined): string;
    /** Quick fix: write the full name instead of a short form or first name. */
    writeFullName(name: string): string;
    /** The label of a rename's edits to the full name where it stands in prose (confirmed one by one). */
    nameInProse: string;
    /** Rename of a short form to something that is not one word. */
    renameShortInvalid(name: string): string;
    /** A person's attendance group in the hover, capitalised (`present` and `absent` read as {@link present}/{@link absent}). */
    attendanceGroup(group: 'voting' | 'serving' | 'substitutes' | 'others'): string;
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
    /** The day of an approval (`Datum`), where the meeting itself has `Tid`. */
    date: string;
    attendance: string;
    actionsCaption: string;
    task: string;
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

// ---- series (SERIES.md): follow-up of actions, § through the year, registers -------------

/** The series' diagnostics: what is wrong across the meetings of a series and how to fix it. */
export interface SeriesMessages {
    /** Another file of the series (`other`) is dated `date` too. */
    seriesDateDuplicate(date: string, other: string): string;
    actionOriginUnknownDate(date: string): string;
    /** `item` as the document writes it: `punkt 3`, `§ 14`. */
    actionOriginUnknownItem(date: string, item: string): string;
    actionOriginNoAction(date: string, item: string): string;
    actionOriginNoMatch(date: string, item: string): string;
    actionOverdue(due: string, meeting: string): string;
    /** `identity` is `2026-05-20 punkt 3`. */
    actionNotFollowedUp(identity: string, text: string): string;
    actionClosedTwice(identity: string, closedAt: string): string;
    itemSeriesGap(previous: number, first: number): string;
    itemSeriesOverlap(number: number, usedAt: string): string;
    referenceUnknown(date: string, item: string): string;
    /** `syntax`: a `Status` value that is empty or no status. */
    statusUnknown(value: string): string;
    /** `syntax`: a `Från` value that names no meeting and item. */
    originUnreadable(value: string): string;
}

/** Where an action of a series stands, in words. */
export type ActionStateName = 'open' | 'ongoing' | 'done' | 'dropped';

/** The words around the series: registers (CLI, page, view), hovers, new minutes. */
export interface SeriesText {
    state(state: ActionStateName): string;
    overdue: string;
    /** Column names of the registers. */
    columns: {
        origin: string;
        action: string;
        owner: string;
        due: string;
        status: string;
        closedBy: string;
        meeting: string;
        item: string;
        title: string;
        decision: string;
        votes: string;
        reservations: string;
    };
    /** The register page's title: `Register: Socialnämnden`. */
    registerTitle(body: string): string;
    actionsHeading: string;
    decisionsHeading: string;
    /** A meeting's link in the register: `Protokoll 2026-02-17`. */
    meetingLink(date: string): string;
    noActions: string;
    noDecisions: string;
    /** Hover of a follow-up or origin action. */
    followUps: string;
    openSince(date: string): string;
    closedAt(date: string): string;
    notFollowedUp: string;
    /** Completion after `Från:`. */
    openAction(identity: string): string;
    /** The "Minutes" view. */
    view: {
        openByOwner: string;
        openByDeadline: string;
        actionsByMeeting: string;
        decisionsByMeeting: string;
        noOwner: string;
        noDeadline: string;
        /** The view's badge: how many open actions are overdue. */
        overdueBadge(count: number): string;
        empty: string;
    };
    /** New minutes from the previous ones. */
    followUpItemTitle: string;
    newWrote(path: string): string;
    newNoDate(path: string): string;
    newExists(path: string): string;
    newNoMinutes(path: string): string;
    /** "Export register of decisions and actions" in the editor. */
    register: {
        /** The save dialog's title. */
        dialogTitle: string;
        /** The save dialog's file type. */
        fileType: string;
        /** The progress notification. */
        exporting: string;
        /** The question which series, when neither a file nor a meeting of the view says. */
        pickSeries: string;
        /** No series in the workspace (no dated minutes). */
        noSeries: string;
        /** The file the command was run from is no dated minutes of a series. */
        notInSeries(path: string): string;
        /** The server could not make the page. */
        couldNotBeMade(reason: string): string;
    };
}

/** Every user-visible string in one language. */
export interface Catalog {
    readonly lang: Lang;
    readonly calendar: CalendarText;
    /** The diagnostics, naming keywords as `keyword` spells them (in the document's language). */
    diagnostics(keyword: KeywordSpeller): DiagnosticMessages;
    readonly editor: EditorText;
    readonly page: PageLabels;
    /** Rule sets, votes and who may decide in the editor (rights-catalog.ts). */
    readonly rights: RightsEditorText;
    /** The signature block of a rule set (rights-catalog.ts). */
    readonly signatures: SignatureText;
    exportError(reason: ExportErrorReason, facts: ExportErrorFacts): string;
    readonly extension: ExtensionText;
    readonly server: ServerText;
    readonly preview: PreviewStrings;
    readonly cli: CliText;
    /** series (SERIES.md) */
    seriesDiagnostics(keyword: KeywordSpeller): SeriesMessages;
    readonly series: SeriesText;
    /** The formal record: notice, extracts, public version, identity numbers (record-catalog.ts). */
    readonly record: RecordText;
}
