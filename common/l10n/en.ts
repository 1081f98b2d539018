/** Every user-visible string in English (see catalog.ts for the shape and the quoting rule). */
import type { Catalog, DateParts, DiagnosticMessages, ExportErrorFacts, ExportErrorReason, KeywordSpeller } from './catalog.js';
import { countOf } from './plural.js';
import { RIGHTS_EDITOR_EN, rightsDiagnosticsEn, SIGNATURES_EN } from './rights-en.js';
import { seriesDiagnosticsEn, seriesTextEn } from './en-series.js';
import { RECORD_EN } from './record-en.js';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const longDate = ({ year, month, day, weekday }: DateParts): string =>
    `${weekday === undefined ? '' : `${WEEKDAYS[weekday]} `}${day} ${MONTHS[month - 1]} ${year}`;

const count = (n: number, one: string, other: string): string => countOf('en', n, { one, other });

const diagnostics = (k: KeywordSpeller): DiagnosticMessages => ({
    ...rightsDiagnosticsEn(k),
    missingHeader: () =>
        'The first line should say what this is, for example "Minutes: Board meeting" or "Protokoll: Kommunstyrelsen".',
    invalidDateSlot: (keyword, value, kind) => `"${value}" is not a date. ` + {
        date: `Write a date such as 2026-03-12 after "${keyword}" (a weekday and a time may go with it; the place goes on its own "${k('place')}:" line).`,
        due: `Write a date such as 2026-03-12 after "${keyword}", or "next meeting", "tomorrow", a month such as "June 2026", or "ongoing".`,
        next: `Write a date such as 2026-03-12 after "${keyword}" (a weekday, a time and ", place" may go with it), or "TBD".`,
        approval: `Write a date such as 2026-03-12 after "${keyword}" (a time and ", place" may go with it), or "at the next meeting", "by pull request" or "immediately".`,
        posted: `Write the day the notice was posted, such as 2026-03-12, after "${keyword}" (", place" may go with it).`,
    }[kind],
    personListInline: keyword =>
        `List the people under "${keyword}" on lines of their own starting with "- ", for example "- Ada Lindqvist, treasurer".`,
    misplaced: (keyword, where) => {
        switch (where) {
            case 'first-line': return `"${keyword}" may only stand on the first line. Remove the line or make it ordinary text.`;
            case 'header': return `"${keyword}" belongs to the opening of the minutes, before the first "${k('item')}". Move the line there.`;
            case 'inside-item': return `"${keyword}" must stand inside an item. Add a line such as "${k('item')} 1: Title" above it.`;
            case 'after-trailer': return `"${keyword}" comes after "${k('next')}"/"${k('approval')}"/"${k('closing')}". Move the line above them.`;
            case 'action-field': return `"${keyword}" must stand right below an "${k('action')}:" line.`;
            case 'motion-field': return `"${keyword}" must stand right below a "${k('motion')}:" line.`;
            case 'inside-attachment': return `"${keyword}" stands in the text of an "${k('attachment')}". Move the line above the "${k('attachment')}" line, or write it as plain text.`;
            case 'before-items': return `"${keyword}" ends the minutes. Move the line after the last item.`;
            case 'between-items': return `"${keyword}" stands between two items. Move the line to the end, after the last item, or to the header, before the first "${k('item')}".`;
        }
    },
    duplicateField: keyword => `"${keyword}" is given twice. Keep one of the lines.`,
    tooManyNames: (keyword, max) =>
        max === 1 ? `"${keyword}" takes one name. Remove the others.` : `"${keyword}" takes at most ${max} names. Remove the others.`,
    emptyRole: keyword => `Write a name after "${keyword}", or remove the line.`,
    personWithoutName: () => 'This line has no name. Write "- First Last, organisation".',
    unreadableLine: () => 'This line could not be read. Check the keyword and the colon at the start of the line.',
    documentTooLarge: lines => `The document is too large to check completely (${lines} lines). Split it into several files.`,
    encodingGuessed: encoding =>
        `The file is not saved as UTF-8 (the first character that is not UTF-8 is on this line), so it is read as ${encoding}. Check å, ä and ö, and save the file as UTF-8.`,
    checkFailed: reason => `This document could not be checked: ${reason}. Other documents are not affected; the next change checks it again.`,
    meetingDateMissing: () => `The meeting date is missing. Add a line such as "${k('date')}: 2026-03-12 18.30–20.00".`,
    dateInvalid: text => `"${text}" is not a valid date: that day does not exist.`,
    timeInvalid: text => `"${text}" is not a valid time of day.`,
    weekdayMismatch: (written, date, actual) => `${date} is a ${actual}, not "${written}".`,
    timeOrder: (start, end) => `The end time ${end} must be after the start time ${start}.`,
    personUnknown: (name, suggestion) =>
        `${name} is not listed among the participants.` + (suggestion ? ` Did you mean ${suggestion}?` : ` Add them under "${k('present')}" or correct the spelling.`),
    personDuplicate: name => `${name} is already listed. Remove one of the lines.`,
    personPresentAndAbsent: name =>
        `${name} is listed both as present and as absent. Remove them from one of the lists, or write with both which items each is for, for example "(items 1–5)" and "(items 6–9)".`,
    adjusterNotPresent: name => `The adjuster ${name} was not present. Choose a present adjuster or move them to "${k('present')}".`,
    adjusterIsSecretary: name => `${name} wrote the minutes and cannot also adjust them. Choose another adjuster.`,
    adjusterIsChair: name => `${name} is both chair and adjuster. Prefer another adjuster.`,
    chairNotPresent: name => `The chair ${name} was not present.`,
    secretaryNotPresent: name => `The secretary ${name} was not present.`,
    itemNumberDuplicate: number => `Item ${number} already exists. Renumber the items.`,
    itemNumberGap: (previous, number) => `Item ${number} follows item ${previous}: the numbers skip ${previous + 1}.`,
    decisionEmpty: keyword => `"${keyword}" has no text. Write what the meeting decided.`,
    actionOwnerMissing: keyword => `"${keyword}" has no owner. Add a line "${k('owner')}: Name" below the action.`,
    deadlineBeforeMeeting: (due, meeting) => `The deadline ${due} is before the meeting on ${meeting}.`,
    nextMeetingNotAfter: (next, meeting) => `The next meeting ${next} must be after this meeting on ${meeting}.`,
    approvalBeforeMeeting: (approval, meeting) => `The approval ${approval} cannot be before the meeting on ${meeting}.`,
    approvalTooLate: (days, limit) => `The minutes are approved ${days} days after the meeting; it should be within ${limit} days.`,
    // Dates and times of the second edition
    dateAmbiguous: (written, reading, order, iso) =>
        `"${written}" is read as ${reading} (${order === 'day-month' ? 'day/month' : 'month/day'}). Write ${iso} so that the date cannot be read two ways.`,
    dateRangeReversed: written => `"${written}" ends before it starts. Write the first day first.`,
    deadlineUnresolved: (written, nextMissing) => nextMissing
        ? `"${written}" gives no date: the document has no "${k('next')}:" line. Add one with a date, or write a date here.`
        : `"${written}" gives no date: "${k('next')}:" has no date. Write the date there, or write a date here.`,
    relativeDeadlineBeforeMeeting: (written, resolved, meeting) => `"${written}" means ${resolved}, which is before the meeting on ${meeting}.`,
    recessOutsideMeeting: (recess, meeting) => `The recess "${recess}" lies outside the meeting's time "${meeting}". Correct the times.`,
    // core (second edition)
    countInvalid: (keyword, value) => `"${value}" is not a whole number. Write the number after "${keyword}" in digits, for example "${keyword} 9".`,
    recessInvalid: (keyword, value) => `"${value}" is not a time. Write the recess as "${keyword} 10.00–10.20".`,
    groupListInline: keyword => `Write the groups under "${keyword}" on lines of their own that start with "- ", for example "- Nominating Committee".`,
    agendaEntryEmpty: keyword => `This entry of "${keyword}" has no title. Write the title after "- " or the number, or remove the line.`,
    voteEmpty: keyword => `Write the result after "${keyword}", for example "7-2-1", "for 7, against 2, abstain 1" or "unanimous".`,
    recordNoteWithoutPerson: keyword => `Write whose note it is and a colon before the text: "${keyword} Name: text".`,
    confidentialEmpty: keyword => `Write the ground for confidentiality after "${keyword}", for example "personnel matter".`,
    attachmentNumberMissing: keyword => `Write the attachment's number: "${String(keyword).replace(/:$/u, '')} 1: Title".`,
    fenceUnclosed: () => 'The block that starts here is never closed. End it with a line of three backticks (```), or remove this line.',

    // people
    personAmbiguous: (written, form, candidates) =>
        `${form === 'short' ? `"${written}"` : written} fits several persons: ${orList(candidates)}. Write the full name.`,
    attendanceItemUnknown: (number, range) =>
        `"${range}" names item ${number}, but there is no such item. Correct the number or add the item.`,
    rangeUnreadable: (range, at) =>
        `"${range}" cannot be read as items${at === undefined ? '' : ` (at "${at}")`}. Write, for example, "(items 3–5)", "(not item 4)", "(from item 5)", "(until item 7)" or "(left after item 4)".`,
    chairRangeOverlap: (name, other, items) =>
        `${name} and ${other} both chair ${items}. Give them items that do not overlap.`,
    chairNotPresentIn: (name, items) => `The chair ${name} was not present for ${items}.`,
    itemList: (list, n) => n === 1 ? `item ${list}` : `items ${list}`,
});

/** `Ann Lee`, `Ann Lee or Bo Ek`, `Ann Lee, Bo Ek or Cy Hart`. */
function orList(names: readonly string[]): string {
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** A special file's kind (`ExportErrorFacts.detail`) in words. */
const SPECIAL_KINDS: Readonly<Record<string, string>> = {
    fifo: 'a named pipe (FIFO)', 'character-device': 'a device', 'block-device': 'a disk device', socket: 'a socket'
};

function exportError(reason: ExportErrorReason, { target, folder, name, suggestion, detail }: ExportErrorFacts): string {
    const example = suggestion ? `, for example ${suggestion}` : '';
    switch (reason) {
        case 'same-as-source':
            return `${target} is the minutes file itself; exporting would overwrite it. Choose another file name${example}.`;
        case 'target-is-directory':
            return `${target} is a folder. Give a file name${example}.`;
        case 'target-is-link':
            return `${target} is a symbolic link (to ${detail ?? '?'}), and an export never writes through a link it finds. Delete the link, or name the file to write yourself.`;
        case 'link-dangling':
            return `${target} is a symbolic link to ${detail ?? '?'}, which does not exist. Create that file first or choose another one.`;
        case 'target-is-special':
            return `${target} is not a regular file but ${SPECIAL_KINDS[detail ?? ''] ?? 'a special file'}; the export does not replace it. Remove it or choose another file name.`;
        case 'folder-missing':
            return `The folder ${folder} does not exist. Create it first or choose another folder.`;
        case 'permission-denied':
            return `You do not have permission to write ${target}. Choose another folder or change the permissions.`;
        case 'read-only':
            return `${folder} is read-only. Choose another folder.`;
        case 'disk-full':
            return `The disk is full; ${target} was not written. Free some space and try again.`;
        case 'name-too-long':
            return `The file name ${name} is too long for the disk; ${target} was not written. Choose a shorter name.`;
        case 'write-failed':
            return `${target} could not be written (${detail ?? 'unknown error'}). Any existing file is unchanged. Try again or choose another folder.`;
    }
}

/** The English catalog. */
export const EN: Catalog = {
    lang: 'en',
    calendar: {
        weekdays: WEEKDAYS,
        months: MONTHS,
        longDate,
        timeRange: (start, end) => `${start}${end ? `–${end}` : ''}`,
        dateRange: (start, end) => `${longDate(start)} – ${longDate(end)}`,
        tentative: date => `${date} (tentative)`,
        monthYear: (month, year) => `${MONTHS[month - 1]} ${year}`,
        relative: {
            nextMeeting: 'next meeting',
            atNextMeeting: 'at the next meeting',
            tomorrow: 'tomorrow',
            ongoing: 'ongoing',
            pullRequest: 'by pull request',
            immediately: 'immediately',
        },
    },
    diagnostics,
    editor: {
        present: 'present',
        absent: 'absent',
        chair: 'chair',
        secretary: 'secretary',
        adjuster: 'adjuster',
        teller: 'teller',
        actions: 'Actions',
        item: number => `Item ${number}`,
        due: date => `due ${date}`,
        daysFromMeeting: days =>
            days === 0 ? 'the meeting day' : `${count(Math.abs(days), 'day', 'days')} ${days > 0 ? 'after' : 'before'} the meeting`,
        today: 'today',
        weeksLater: weeks => weeks === 1 ? 'in one week' : `in ${count(weeks, 'week', 'weeks')}`,
        lastApprovalDay: 'last day for approval',
        appealEnds: date => `the appeal period ends ${date}`,
        days: n => count(n, 'day', 'days'),
        slashReading: order => order === 'day-month' ? 'read as day/month' : 'read as month/day',
        nextMeetingUndated: 'the next meeting has no date',
        noDeadline: 'no deadline',
        persons: n => count(n, 'person', 'people'),
        newItem: 'new item',
        newAction: 'action with owner and due date',
        template: kind => `template: ${kind}`,
        addToPresent: (name, list) => `Add ${name} to ${list}`,
        replaceWith: name => `Change to ${name}`,
        removeFrom: (name, list) => `Remove ${name} from ${list}`,
        moveToPresent: (name, list) => `Move ${name} to ${list}`,
        writeWeekday: weekday => `Write ${weekday}`,
        renumber: (first, last) => `Renumber the items ${first}–${last}`,
        renameTaken: name => `${name} is already a participant. Choose another name.`,
        renameInvalid: name => `"${name}" cannot be a name: write first and last name without commas, semicolons or "and".`,
        servesFor: (name, range) => `Serves for ${name}${range ? ` ${range}` : ''}`,
        replacedBy: (name, range) => `Replaced by ${name}${range ? ` ${range}` : ''}`,
        writeFullName: name => `Write the full name ${name}`,
        nameInProse: 'The name in running text',
        attendanceGroup: group => ({ voting: 'voting member', serving: 'serving substitute', substitutes: 'substitute', others: 'also present' })[group],
        renameShortInvalid: name => `"${name}" cannot be a short form: write one word without spaces, commas or parentheses.`,
        placeholders: {
            title: 'Board meeting',
            place: 'Meeting room',
            persons: ['Ada Lindqvist', 'Ben Okafor', 'Carla Mendes'],
            organisation: 'organisation',
            itemTitle: 'Title',
            text: 'What was said.',
            decision: 'What the meeting decided.',
            action: 'What is to be done.',
            start: '18.30',
            end: '20.00',
        },
    },
    page: {
        kind: protocol => protocol ? 'Protocol' : 'Minutes',
        date: 'Date',
        attendance: 'Attendance',
        actionsCaption: 'Actions',
        task: 'Action',
        signatures: 'Signatures',
        recordedBy: () => 'Recorded by',
        approvedBy: 'Approved by',
        summary: 'Summary',
        decisionsCaption: 'Decisions',
        problems: (errors, warnings) => {
            const parts = [errors && count(errors, 'error', 'errors'), warnings && count(warnings, 'warning', 'warnings')].filter(Boolean);
            return parts.length ? `The document has ${parts.join(' and ')}.` : undefined;
        },
        exportNoticeLabel: 'Errors in the document',
        exportedWithErrors: errors =>
            `Note: the document had ${count(errors, 'error', 'errors')} when this page was exported, so the page may be incomplete or wrong. Correct them and export again before you share the page.`,
        pageNumber: (page, pages) => `Page ${page} of ${pages}`,
    },
    rights: RIGHTS_EDITOR_EN,
    signatures: SIGNATURES_EN,
    exportError,
    extension: {
        openMinutesFirst: 'Open a minutes file (.minutes) first.',
        serverCouldNotStart: reason => `The Minutes language server could not start: ${reason}`,
        htmlPage: 'HTML page',
        exportButton: 'Export',
        exportTitle: 'Export to HTML',
        exportNotOnDisk: target => `Export to HTML can only write files on disk; ${target} is not on disk.`,
        exporting: 'Exporting to HTML…',
        pageCouldNotBeMade: reason => `The HTML page could not be made: ${reason}`,
        couldNotWrite: (target, reason) => `${target} could not be written: ${reason}`,
        exportedTo: target => `Exported to ${target}`,
        open: 'Open',
        reveal: 'Reveal',
        notFound: file => `${file} cannot be found.`,
        previewTitle: name => `Preview ${name}`,
        serverTooSlow: 'the language server did not answer in time. It is tried again at the next change.',
        exportWithErrors: (name, errors) => `${name} has ${count(errors, 'error', 'errors')}. Export it anyway?`,
        exportAnyway: 'Export anyway',
        exportWithErrorsDetail: 'The page will say at its top that the document has errors. The Problems view lists them.',
        exportedPageTitle: name => `Page ${name}`,
        pdfDocument: 'PDF document',
        exportPdfTitle: 'Export to PDF',
        exportPdfNotOnDisk: target => `Export to PDF can only write files on disk; ${target} is not on disk.`,
        exportingPdf: 'Exporting to PDF…',
        pdfCouldNotBeMade: reason => `The PDF could not be made: ${reason}`,
    },
    server: {
        unknownDocument: uri => `The language server does not know ${uri}. Open the file in the editor first.`,
        notValidatedInTime: uri => `${uri} was not validated in time; the next change renders it again.`,
        notOpen: uri => `${uri} is not open in the editor. Open it to preview it.`,
        versionNeverArrived: (uri, version, known) =>
            `Version ${version} of ${uri} never reached the language server; it has version ${known}. The preview is rendered again at the next change.`,
        couldNotRender: (uri, reason) => `${uri} could not be rendered: ${reason}.`,
    },
    preview: {
        loading: 'Loading preview…',
        noProblems: 'No problems',
        oneError: '1 error',
        manyErrors: '{0} errors',
        oneWarning: '1 warning',
        manyWarnings: '{0} warnings',
        lineLabel: 'Line {0}',
        problemsLabel: 'Problems in this document',
        renderFailed: 'The preview could not be updated: {0}',
        error: 'Error',
        warning: 'Warning',
    },
    cli: {
        wrote: path => `Wrote ${path}`,
        wroteStdout: 'Wrote the page to standard output.',
        wroteStream: path => `Wrote the page to ${path}.`,
        exportsToItself: (file, suggestion, extension) =>
            `${file} would be exported to itself (the page takes the file's name with ${extension}); name the page with -o, for example -o ${suggestion}.`,
        exportedWithErrors: (file, errors) =>
            `Note: ${file} has ${count(errors, 'error', 'errors')}; the page was exported anyway. Run "minutes check ${file}" to see them.`,
        pdfToTerminal: 'A PDF is not written to the terminal; name the file with -o, for example -o minutes.pdf, or pipe the output on with |.',
    },
    // series (SERIES.md)
    seriesDiagnostics: seriesDiagnosticsEn,
    series: seriesTextEn,
    record: RECORD_EN,
};
