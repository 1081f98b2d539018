/** The English words of the series (SERIES.md): follow-up of actions, § through the year, registers. */
import type { KeywordSpeller, SeriesMessages, SeriesText } from './catalog.js';
import { countOf } from './plural.js';

export const seriesDiagnosticsEn = (k: KeywordSpeller): SeriesMessages => ({
    seriesDateDuplicate: (date, other) =>
        `${other} in the same series is also dated ${date}. Correct the date or move one of the files to another folder.`,
    actionOriginUnknownDate: date =>
        `No earlier meeting of this series was held on ${date}. Correct the date after "${k('from')}:" to an earlier meeting's date.`,
    actionOriginUnknownItem: (date, item) => `The meeting of ${date} has no ${item}. Correct the number after "${k('from')}:".`,
    actionOriginNoAction: (date, item) => `${capitalize(item)} of the meeting of ${date} has no action to follow up. Correct "${k('from')}:".`,
    actionOriginNoMatch: (date, item) =>
        `None of the actions of ${item} of the meeting of ${date} is like this one. Write the action with the words it was given in.`,
    actionOverdue: (due, meeting) =>
        `The action was due ${due}, before this meeting on ${meeting}, and is still ongoing. Give a new "${k('due')}:" or change "${k('status')}:".`,
    actionNotFollowedUp: (identity, text) =>
        `The action ${identity}${text ? ` "${text}"` : ''} is still open and not followed up at this meeting. Add an "${k('action')}:" with "${k('from')}: ${identity}".`,
    actionClosedTwice: (identity, closedAt) =>
        `The action ${identity} was already closed at the meeting of ${closedAt}. Remove this follow-up or correct "${k('from')}:".`,
    itemSeriesGap: (previous, first) =>
        `§ ${first} does not follow § ${previous}, the last of the series' previous meeting this year: the next number is § ${previous + 1}.`,
    itemSeriesOverlap: (number, usedAt) => `§ ${number} was already used at the meeting of ${usedAt} in the same year. Continue from that meeting's last §.`,
    referenceUnknown: (date, item) => `The meeting of ${date} has no ${item}. Correct the reference.`,
    statusUnknown: value =>
        value ? `"${value}" is not a status. Write "done", "ongoing" or "dropped".` : `Write a status after "${k('status')}:": "done", "ongoing" or "dropped".`,
    originUnreadable: value =>
        (value ? `"${value}" names no meeting and item.` : 'Write which meeting and item the action comes from.')
        + ` Write for example "${k('from')}: 2026-05-20 item 1".`,
});

function capitalize(text: string): string {
    const written = String(text);
    return written.charAt(0).toUpperCase() + written.slice(1);
}

export const seriesTextEn: SeriesText = {
    state: state => ({ open: 'open', ongoing: 'ongoing', done: 'done', dropped: 'dropped' })[state],
    overdue: 'overdue',
    columns: {
        origin: 'Origin',
        action: 'Action',
        owner: 'Owner',
        due: 'Due',
        status: 'Status',
        closedBy: 'Closed',
        meeting: 'Meeting',
        item: 'Item',
        title: 'Title',
        decision: 'Decision',
        votes: 'Vote',
        reservations: 'Dissents',
    },
    registerTitle: body => `Register of decisions and actions: ${body}`,
    actionsHeading: 'Actions',
    decisionsHeading: 'Decisions',
    meetingLink: date => `Meeting of ${date}`,
    noActions: 'No actions.',
    noDecisions: 'No decisions.',
    followUps: 'Follow-up',
    openSince: date => `open since ${date}`,
    closedAt: date => `closed ${date}`,
    notFollowedUp: 'not followed up yet',
    openAction: identity => `open action ${identity}`,
    view: {
        openByOwner: 'Open actions by owner',
        openByDeadline: 'Open actions by deadline',
        actionsByMeeting: 'All actions by meeting',
        decisionsByMeeting: 'Decisions by meeting',
        noOwner: 'No owner',
        noDeadline: 'No deadline',
        overdueBadge: count => countOf('en', count, { one: 'overdue action', other: 'overdue actions' }),
        empty: 'No minutes in the workspace.',
    },
    followUpItemTitle: 'Follow-up of actions',
    newWrote: path => `Wrote ${path}`,
    newNoDate: path => `${path} gives no date for the next meeting; fill in "Date:" in the new file.`,
    newExists: path => `${path} already exists and is never overwritten. Rename or remove it first.`,
    newNoMinutes: path => `${path} could not be read as minutes.`,
    register: {
        dialogTitle: 'Export register of decisions and actions',
        fileType: 'HTML page',
        exporting: 'Exporting the register of decisions and actions…',
        pickSeries: 'Which series\' register?',
        noSeries: 'The workspace has no dated minutes, so no series to make a register of. Give the minutes a date ("Date:") first.',
        notInSeries: path => `${path} is not dated minutes of a series. Give it a date ("Date:") or run the command from another minutes file or the Minutes view.`,
        couldNotBeMade: reason => `The register could not be made: ${reason}`,
    },
};
