/**
 * The links of one meeting's minutes to the other meetings of its series (SERIES.md, "References
 * to earlier meetings"): what the renderer asks through {@link MeetingLinks}, answered from the
 * series' summaries. A prose reference links to the item it names when the series has it; a
 * `Från`/`From` value when it names an action of the series (the follow-up resolved). Every
 * link leads to the sibling exported page of that meeting's file (the meetings of a series share
 * a folder), and each is remembered with the file and line it stands for, so that the preview can
 * open the file there. No I/O.
 */
import { meetingHref, type MeetingLinks } from './render/links.js';
import { actionKey, decodeName, itemKey, type ItemReference, type MeetingSummary, type SeriesAnalysis } from './series.js';

/** Where a link leads in the editor: a minutes file and its item's 0-based line. */
export interface LinkTarget {
    readonly uri: string;
    readonly line: number;
}

/** The links of the meeting at `uri` in its series, with the targets of those the renderer made. */
export class SeriesLinks implements MeetingLinks {
    /** Every link handed out, by its `href`. */
    readonly targets = new Map<string, LinkTarget>();

    constructor(private readonly series: SeriesAnalysis, private readonly meeting: MeetingSummary) { }

    item(reference: ItemReference): string | undefined {
        return this.link(reference);
    }

    origin(line: number): string | undefined {
        const index = this.meeting.actions.findIndex(action => action.from?.range.start.line === line);
        const origin = this.meeting.actions[index]?.from?.origin;
        if (!origin || !this.series.followUps.has(actionKey(this.meeting.uri, index))) return undefined;
        return this.link(origin);
    }

    /** The link to the item `reference` names, when a meeting of the series has it. */
    private link(reference: ItemReference): string | undefined {
        // The first meeting of that date, as the series resolves it (a second is an error of its own).
        const target = this.series.meetings.find(meeting => meeting.date === reference.date);
        const item = target?.items.find(candidate => itemKey(candidate.number) === itemKey(reference.item));
        if (!target || !item) return undefined;
        const href = meetingHref(decodeName(target.fileName), item.number);
        if (href !== undefined) this.targets.set(href, { uri: target.uri, line: item.range.start.line });
        return href;
    }
}

/**
 * The links of the minutes at `uri` in `series` (its series); undefined when it is not a file of
 * a series (an unsaved document is a series of its own, with no pages beside it).
 */
export function seriesLinks(series: SeriesAnalysis | undefined, meeting: MeetingSummary | undefined): SeriesLinks | undefined {
    if (!series || !meeting || meeting.folder === meeting.uri) return undefined;
    return new SeriesLinks(series, meeting);
}
