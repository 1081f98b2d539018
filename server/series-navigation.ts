/**
 * Navigation between the meetings of a series (SERIES.md): from a `Från` line or a prose
 * reference (`2026-02-17 § 14`) to the origin meeting's action or item — go to definition,
 * hover — and back from an action or item to every follow-up and reference (find references).
 * Read from the workspace index's summaries, so the other meetings need not be open.
 */
import type { LangiumDocument } from 'langium';
import { DefaultDefinitionProvider, DefaultReferencesProvider } from 'langium/lsp';
import type { DefinitionParams, Hover, HoverParams, Location, LocationLink, Position, Range, ReferenceParams } from 'vscode-languageserver';
import type { Document } from '../language/generated/ast.js';
import {
    actionKey, actionIdentity, itemKey, itemName, isOpen, type FollowUp, type ItemSummary, type MeetingSummary, type SeriesAnalysis,
    type TrackedAction
} from '../language/series.js';
import { languageFor } from '../language/messages.js';
import { strings, type SeriesText } from '../common/l10n/index.js';
import { MinutesHoverProvider } from './minutes-hover.js';
import type { MinutesLspServices } from './minutes-server-module.js';
import type { WorkspaceIndex } from './workspace-index.js';

/** What the cursor is on, as far as the series goes. */
export type SeriesTarget =
    /** The value of a `Från` line that names an action of the series. */
    | { kind: 'follow-up'; range: Range; series: SeriesAnalysis; followUp: FollowUp }
    /** A prose reference to a meeting of the series. */
    | { kind: 'reference'; range: Range; series: SeriesAnalysis; meeting: MeetingSummary; item?: ItemSummary }
    /** The line of an action that is not a follow-up. */
    | { kind: 'action'; range: Range; series: SeriesAnalysis; action: TrackedAction }
    /** The line of an item. */
    | { kind: 'item'; range: Range; series: SeriesAnalysis; meeting: MeetingSummary; item: ItemSummary };

function contains(range: Range, position: Position): boolean {
    const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
    const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
    return after && before;
}

/**
 * The index of the last element of `list` (in document order) that starts at or before
 * `position`, -1 when none does; found by halving, since a hover asks on every move of the mouse
 * in protocols of hundreds of actions.
 */
function lastStartingAt<T>(list: readonly T[], rangeOf: (element: T) => Range, position: Position): number {
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const start = rangeOf(list[middle]).start;
        if (position.line < start.line || (position.line === start.line && position.character < start.character)) high = middle - 1;
        else low = middle + 1;
    }
    return high;
}

/** The series target at `position` in the open document `uri`. */
export function seriesTargetAt(index: WorkspaceIndex, uri: string, position: Position): SeriesTarget | undefined {
    const summary = index.series.get(uri);
    const series = index.series.seriesOf(uri);
    if (!summary || !series) return undefined;
    // Only the last action that starts before the position can hold it, in its line or its `Från` line below.
    const at = lastStartingAt(summary.actions, action => action.range, position);
    const action = at < 0 ? undefined : summary.actions[at];
    if (action?.from && contains(action.from.range, position)) {
        const followUp = series.followUps.get(actionKey(uri, at));
        return followUp && { kind: 'follow-up', range: action.from.range, series, followUp };
    }
    for (const reference of series.references) {
        if (reference.meeting.uri === uri && contains(reference.reference.range, position)) {
            return { kind: 'reference', range: reference.reference.range, series, meeting: reference.target, item: reference.item };
        }
    }
    const tracked = action && contains(action.range, position) ? series.byAction.get(actionKey(uri, at)) : undefined;
    if (action && tracked) return { kind: 'action', range: action.range, series, action: tracked };
    const item = summary.items[lastStartingAt(summary.items, candidate => candidate.range, position)];
    return item && contains(item.range, position) ? { kind: 'item', range: item.range, series, meeting: summary, item } : undefined;
}

/** Where a target leads: the origin action of a follow-up, the item of a reference. */
export function definitionOf(target: SeriesTarget): LocationLink | undefined {
    const link = (uri: string, range: Range): LocationLink => ({ originSelectionRange: target.range, targetUri: uri, targetRange: range, targetSelectionRange: range });
    switch (target.kind) {
        case 'follow-up': return link(target.followUp.target.meeting.uri, target.followUp.target.action.range);
        case 'reference': return target.item && link(target.meeting.uri, target.item.range);
        default: return undefined;
    }
}

/** The action and its follow-ups; or the item and every follow-up and reference naming it. */
export function referencesOf(target: SeriesTarget, includeDeclaration: boolean): Location[] {
    const locations: Location[] = [];
    const action = target.kind === 'follow-up' ? target.followUp.target : target.kind === 'action' ? target.action : undefined;
    if (action) {
        if (includeDeclaration) locations.push({ uri: action.meeting.uri, range: action.action.range });
        for (const followUp of action.followUps) locations.push({ uri: followUp.meeting.uri, range: followUp.action.from!.range });
        return locations;
    }
    const meeting = target.kind === 'reference' || target.kind === 'item' ? target.meeting : undefined;
    const item = target.kind === 'reference' || target.kind === 'item' ? target.item : undefined;
    if (!meeting || !item) return locations;
    if (includeDeclaration) locations.push({ uri: meeting.uri, range: item.range });
    const named = (date: string, number: string): boolean => date === meeting.date && itemKey(number) === itemKey(item.number);
    for (const other of target.series.meetings) {
        for (const candidate of other.actions) {
            const origin = candidate.from?.origin;
            if (origin && named(origin.date, origin.item)) locations.push({ uri: other.uri, range: candidate.from!.range });
        }
    }
    for (const reference of target.series.references) {
        if (named(reference.reference.date, reference.reference.item)) locations.push({ uri: reference.meeting.uri, range: reference.reference.range });
    }
    return locations;
}

/** Markdown of an action: where it comes from, its text, owner, deadline, state and follow-ups. */
export function actionHover(action: TrackedAction, text: SeriesText): string {
    const title = action.item.title ? ` — ${escape(action.item.title)}` : '';
    const lines = [`**${actionIdentity(action)}**${title}`, ''];
    if (action.action.text) lines.push(escape(action.action.text), '');
    const facts = [
        action.owners.length > 0 ? `${text.columns.owner}: ${escape(action.owners.join(', '))}` : undefined,
        action.dueText ? `${text.columns.due}: ${escape(action.dueText)}` : undefined,
        action.closedBy ? `${text.state(action.state)} (${text.closedAt(action.closedBy.date!)})` : isOpen(action) ? text.state(action.state) : undefined
    ].filter(Boolean);
    lines.push(facts.join(' · '));
    lines.push('', `${text.followUps}:`);
    if (action.followUps.length === 0) lines.push(`- ${text.notFollowedUp}`);
    for (const followUp of action.followUps) lines.push(`- ${followUp.meeting.date}: ${text.state(followUp.status)}`);
    return lines.join('\n');
}

/** Markdown of an item of a meeting: its name, title and decisions. */
export function itemHover(meeting: MeetingSummary, item: ItemSummary): string {
    const lines = [`**${meeting.date} ${itemName(item.mark, item.number, meeting.lang)}**${item.title ? ` — ${escape(item.title)}` : ''}`];
    for (const decision of item.decisions) lines.push('', escape(decision.text));
    return lines.join('\n');
}

function escape(text: string): string {
    return text.replace(/[\\`*_[\]<>#|]/gu, match => `\\${match}`);
}

/** Langium's definitions, and from a `Från` value or a reference to the meeting it names. */
export class SeriesDefinitionProvider extends DefaultDefinitionProvider {
    private readonly index: WorkspaceIndex;

    constructor(services: MinutesLspServices) {
        super(services);
        this.index = services.series.WorkspaceIndex;
    }

    override getDefinition(document: LangiumDocument, params: DefinitionParams): ReturnType<DefaultDefinitionProvider['getDefinition']> {
        const target = seriesTargetAt(this.index, document.uri.toString(), params.position);
        const link = target && definitionOf(target);
        return link ? [link] : super.getDefinition(document, params);
    }
}

/** Langium's references, and from an action, item, follow-up or reference every place of the series that names it. */
export class SeriesReferencesProvider extends DefaultReferencesProvider {
    private readonly index: WorkspaceIndex;

    constructor(services: MinutesLspServices) {
        super(services);
        this.index = services.series.WorkspaceIndex;
    }

    override findReferences(document: LangiumDocument, params: ReferenceParams): ReturnType<DefaultReferencesProvider['findReferences']> {
        const target = seriesTargetAt(this.index, document.uri.toString(), params.position);
        const found = target ? referencesOf(target, params.context.includeDeclaration) : [];
        return found.length > 0 ? found : super.findReferences(document, params);
    }
}

/** The minutes hover, and on a follow-up, an action, or a reference what the series knows of it. */
export class SeriesHoverProvider extends MinutesHoverProvider {
    private readonly index: WorkspaceIndex;

    constructor(private readonly lspServices: MinutesLspServices) {
        super(lspServices);
        this.index = lspServices.series.WorkspaceIndex;
    }

    override getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const target = seriesTargetAt(this.index, document.uri.toString(), params.position);
        const value = target && this.seriesHover(document, target);
        return value ? { contents: { kind: 'markdown', value }, range: target.range } : super.getHoverContent(document, params);
    }

    private seriesHover(document: LangiumDocument, target: SeriesTarget): string | undefined {
        const text = strings(languageFor(this.lspServices.settings.Settings, document.parseResult.value as Document)).series;
        switch (target.kind) {
            case 'follow-up': return actionHover(target.followUp.target, text);
            case 'action': return actionHover(target.action, text);
            case 'reference': return target.item && itemHover(target.meeting, target.item);
            case 'item': return undefined;
        }
    }
}
