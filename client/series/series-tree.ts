/**
 * The tree of the "Minutes" view (SERIES.md "Registers"), made from the server's answer to
 * `minutes/series` without the `vscode` API, so it can be tested alone: open actions by owner
 * and by deadline (overdue marked), all actions and decisions by meeting; each entry a click
 * away from its line.
 */
import type { SeriesActionView, SeriesLocation, SeriesMeetingResult, SeriesResult } from '../../common/contract.js';
import type { SeriesText } from '../../common/l10n/index.js';

/** The icon of an entry: a codicon name. */
export type SeriesIcon = 'warning' | 'circle-large-outline' | 'pass' | 'circle-slash' | 'person' | 'calendar' | 'law' | 'list-tree' | 'checklist';

/** One entry of the view. */
export interface SeriesNode {
    readonly id: string;
    readonly label: string;
    readonly description?: string;
    readonly tooltip?: string;
    readonly icon: SeriesIcon;
    /** Where a click leads. */
    readonly location?: SeriesLocation;
    readonly children: readonly SeriesNode[];
    /** A meeting whose actions or decisions are asked for when it is opened (`minutes/seriesMeeting`). */
    readonly meeting?: { readonly uri: string; readonly show: 'actions' | 'decisions' };
}

function actionIcon(action: SeriesActionView): SeriesIcon {
    if (action.overdue) return 'warning';
    switch (action.state) {
        case 'done': return 'pass';
        case 'dropped': return 'circle-slash';
        default: return 'circle-large-outline';
    }
}

function actionNode(action: SeriesActionView, idPrefix: string, words: SeriesText, series?: string): SeriesNode {
    const state = action.overdue ? `${words.state(action.state)}, ${words.overdue}` : words.state(action.state);
    const description = [action.identity, action.dueText, series].filter(Boolean).join(' · ');
    const facts = [
        action.owners.length > 0 ? `${words.columns.owner}: ${action.owners.join(', ')}` : undefined,
        action.dueText ? `${words.columns.due}: ${action.dueText}` : undefined,
        `${words.columns.status}: ${state}`,
        action.closedBy ? words.closedAt(action.closedBy) : undefined
    ].filter(Boolean);
    return {
        id: `${idPrefix}/${action.uri}#${action.line}`,
        label: action.text || action.identity,
        description,
        tooltip: [`${action.identity}: ${action.text}`, ...facts].join('\n'),
        icon: actionIcon(action),
        location: { uri: action.uri, line: action.line },
        children: []
    };
}

/** Overdue first, then by deadline (none last), then by origin. */
function byDeadline(a: SeriesActionView, b: SeriesActionView): number {
    return Number(b.overdue) - Number(a.overdue) || (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.identity.localeCompare(b.identity);
}

/** The view's four groups; a group without entries is left out. Meetings get their entries from {@link meetingEntries}. */
export function seriesTree(result: SeriesResult, words: SeriesText): SeriesNode[] {
    const several = result.series.length > 1;
    const open = result.series.flatMap(series => series.openActions.map(action => ({ action, series: several ? series.title : undefined })));
    const owners = new Map<string, typeof open>();
    for (const entry of open) {
        for (const owner of entry.action.owners.length > 0 ? entry.action.owners : [words.view.noOwner]) {
            const list = owners.get(owner) ?? [];
            list.push(entry);
            owners.set(owner, list);
        }
    }
    const byOwner: SeriesNode[] = [...owners.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([owner, entries]) => {
        const overdue = entries.filter(e => e.action.overdue).length;
        return {
            id: `owner/${owner}`,
            label: owner,
            description: overdue > 0 ? `${entries.length} · ${words.view.overdueBadge(overdue)}` : String(entries.length),
            icon: 'person',
            children: [...entries].sort((a, b) => byDeadline(a.action, b.action)).map(e => actionNode(e.action, `owner/${owner}`, words, e.series))
        };
    });
    const byDue = [...open].sort((a, b) => byDeadline(a.action, b.action)).map(e => actionNode(e.action, 'due', words, e.series));
    const meetings = result.series.flatMap(series => series.meetings.map(meeting => ({ series, meeting })));
    const meetingNodes = (show: 'actions' | 'decisions'): SeriesNode[] => meetings
        .filter(({ meeting }) => (show === 'actions' ? meeting.actionCount : meeting.decisionCount) > 0)
        .map(({ series, meeting }) => ({
            id: `${show}/${meeting.uri}`,
            label: several ? `${series.title} ${meeting.date}` : meeting.date,
            description: `${meeting.title} (${show === 'actions' ? meeting.actionCount : meeting.decisionCount})`.trim(),
            icon: 'calendar' as const,
            location: { uri: meeting.uri, line: meeting.line },
            children: [],
            meeting: { uri: meeting.uri, show }
        }));
    const groups: SeriesNode[] = [
        { id: 'owner', label: words.view.openByOwner, icon: 'person', children: byOwner },
        { id: 'due', label: words.view.openByDeadline, icon: 'checklist', children: byDue },
        { id: 'actions', label: words.view.actionsByMeeting, icon: 'list-tree', children: meetingNodes('actions') },
        { id: 'decisions', label: words.view.decisionsByMeeting, icon: 'law', children: meetingNodes('decisions') }
    ];
    return groups.filter(group => group.children.length > 0);
}

/** The entries of a meeting node: its actions (in their state now) or its decisions. */
export function meetingEntries(node: SeriesNode, result: SeriesMeetingResult, words: SeriesText): SeriesNode[] {
    if (node.meeting?.show === 'actions') return result.actions.map(action => actionNode(action, node.id, words));
    return result.decisions.map(decision => ({
        id: `${node.id}#${decision.line}`,
        label: decision.text,
        description: [decision.item, decision.title].filter(Boolean).join(' '),
        tooltip: `${decision.item} ${decision.title}\n${decision.text}`,
        icon: 'law',
        location: { uri: decision.uri, line: decision.line },
        children: []
    }));
}

/** The number on the view's badge: open actions past their deadline. */
export function overdueCount(result: SeriesResult): number {
    return result.series.reduce((sum, series) => sum + series.openActions.filter(action => action.overdue).length, 0);
}
