/**
 * The registers of a series (SERIES.md "Registers"): every action with its origin, owner,
 * deadline, status and the meeting that closed it, open and overdue ones first; every decision
 * with its date, item, title, votes and reservations. The command line, the register page and
 * the editor's view list these rows; none of them works a series out again.
 */
import type { CalendarDate } from './dates.js';
import { decodeName, isOpen, isOverdue, actionIdentity, itemName, type SeriesAnalysis, type TrackedAction } from './series.js';
import type { DecisionSummary, ItemSummary, MeetingSummary } from './series-summary.js';
import { normalizeName } from './model.js';

export interface ActionRow {
    series: SeriesAnalysis;
    action: TrackedAction;
    /** `2026-05-20 punkt 3`. */
    identity: string;
    overdue: boolean;
}

export interface DecisionRow {
    series: SeriesAnalysis;
    meeting: MeetingSummary;
    item: ItemSummary;
    /** `§ 14`, `punkt 3`. */
    itemName: string;
    decision: DecisionSummary;
}

/** Which actions a register lists. */
export interface ActionFilter {
    open?: boolean;
    overdue?: boolean;
    /** An owner's name, case and spacing ignored; a first name alone names the owners it begins. */
    owner?: string;
}

function ownedBy(action: TrackedAction, owner: string): boolean {
    const wanted = normalizeName(owner);
    return action.owners.some(name => {
        const have = normalizeName(name);
        return have === wanted || have.startsWith(`${wanted} `);
    });
}

/** Overdue first, then open, then closed; within each by deadline (none last), then by origin. */
function rank(row: ActionRow): number {
    return row.overdue ? 0 : isOpen(row.action) ? 1 : 2;
}

function compareRows(a: ActionRow, b: ActionRow): number {
    const dueA = a.action.due ?? '9999';
    const dueB = b.action.due ?? '9999';
    return rank(a) - rank(b)
        || (rank(a) < 2 ? (dueA < dueB ? -1 : dueA > dueB ? 1 : 0) : 0)
        || (a.action.meeting.date! < b.action.meeting.date! ? -1 : a.action.meeting.date! > b.action.meeting.date! ? 1 : 0)
        || a.action.index - b.action.index;
}

/** The actions of the series, filtered and ordered as the registers show them; `today` decides what is overdue. */
export function actionRows(analyses: readonly SeriesAnalysis[], today: CalendarDate, filter: ActionFilter = {}): ActionRow[] {
    const rows: ActionRow[] = [];
    for (const series of analyses) {
        for (const action of series.actions) {
            const overdue = isOverdue(action, today);
            if (filter.open && !isOpen(action)) continue;
            if (filter.overdue && !overdue) continue;
            if (filter.owner !== undefined && !ownedBy(action, filter.owner)) continue;
            rows.push({ series, action, identity: actionIdentity(action), overdue });
        }
    }
    return rows.sort(compareRows);
}

/** Every decision of the series, meeting by meeting in date order. */
export function decisionRows(analyses: readonly SeriesAnalysis[]): DecisionRow[] {
    const rows: DecisionRow[] = [];
    for (const series of analyses) {
        for (const meeting of series.meetings) {
            for (const item of meeting.items) {
                for (const decision of item.decisions) {
                    rows.push({ series, meeting, item, itemName: itemName(item.mark, item.number, meeting.lang), decision });
                }
            }
        }
    }
    return rows;
}

/** A series' name: the body its files name, or else its folder's name. */
export function seriesTitle(series: SeriesAnalysis): string {
    const named = series.meetings.find(meeting => meeting.body)?.body;
    if (named) return named;
    const folder = series.key.slice(0, series.key.indexOf('\u0000')).replace(/\/$/u, '');
    return decodeName(folder.slice(folder.lastIndexOf('/') + 1)) || folder;
}
