/**
 * Minutes across meetings (SERIES.md): which files form a series, the identity of every action,
 * which follow-up belongs to which action, whether an action is open, closed or overdue, the
 * § numbering through the year, and the references between meetings; with the problems of
 * each file of the series. Computed from the files' summaries alone (series-summary.ts), so
 * the language server can check a series without holding the syntax trees of its closed
 * files, and the command line the same way. No I/O.
 */
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { parseIsoDate, daysBetween, type CalendarDate } from './dates.js';
import { normalizeName } from './model.js';
import type { Lang } from './keywords.js';
import { Code, seriesMessagesFor, type DiagnosticCode } from './messages.js';
import { viewLanguage, type SeriesMessages } from '../common/l10n/index.js';
import type { MinutesSettings } from './minutes-module.js';
import type {
    ActionSummary, FollowUpStatus, ItemMark, ItemReference, ItemSummary, MeetingSummary, ReferenceSummary
} from './series-summary.js';

export * from './series-summary.js';
export { summarizeText, type SummaryParser } from './series-summary-tokens.js';

/** Where an action stands: `open` until a follow-up says anything, then the last follow-up's status. */
export type ActionState = 'open' | FollowUpStatus;

/** An action of the series, identified by its meeting's date and its item (`2026-05-20 punkt 3`). */
export interface TrackedAction {
    meeting: MeetingSummary;
    /** Index in {@link MeetingSummary.actions}. */
    index: number;
    action: ActionSummary;
    item: ItemSummary;
    /** The owners now: the last follow-up's when it names any. */
    owners: string[];
    /** The deadline now (ISO): a follow-up's new `Senast` replaces it. */
    due?: string;
    dueText?: string;
    state: ActionState;
    /** The meeting whose follow-up said `klart` or `struken`. */
    closedBy?: MeetingSummary;
    followUps: FollowUp[];
}

/** A follow-up (`Från:` …) and the action it belongs to. */
export interface FollowUp {
    meeting: MeetingSummary;
    index: number;
    action: ActionSummary;
    status: FollowUpStatus;
    target: TrackedAction;
}

/** A prose reference and what it names: the meeting, and the item when it has it. */
export interface ResolvedReference {
    meeting: MeetingSummary;
    reference: ReferenceSummary;
    target: MeetingSummary;
    item?: ItemSummary;
}

/** LSP severities. */
export const Severity = { error: 1, warning: 2, information: 3 } as const;
type SeverityValue = typeof Severity[keyof typeof Severity];

/** A problem of one file of a series; its words come from the catalog of the reader's language. */
export interface SeriesProblem {
    uri: string;
    code: DiagnosticCode;
    severity: SeverityValue;
    range: Range;
    message(m: SeriesMessages): string;
}

/** The messages for a file's series problems, in the language its views speak (languageFor's rule). */
export function seriesMessagesOf(settings: Pick<MinutesSettings, 'messageLanguage' | 'locale'>, summary: Pick<MeetingSummary, 'declaredLang' | 'lang'>): SeriesMessages {
    return seriesMessagesFor(viewLanguage(settings.messageLanguage, summary.declaredLang, settings.locale), summary.lang);
}

/** A series problem as a diagnostic of its file, like those of the document's own checks. */
export function seriesDiagnostic(problem: SeriesProblem, messages: SeriesMessages): Diagnostic {
    return {
        severity: problem.severity, range: problem.range, message: problem.message(messages), code: problem.code,
        data: { code: problem.code }, source: 'minutes'
    };
}

/** The codes of SERIES.md: computed from the series, never by the validator of one document. */
export const SERIES_CODES: ReadonlySet<string> = new Set<string>([
    Code.seriesDateDuplicate, Code.actionOriginUnknown, Code.actionOverdue, Code.actionNotFollowedUp,
    Code.actionClosedTwice, Code.itemSeriesGap, Code.itemSeriesOverlap, Code.referenceUnknown
]);

/** One series worked out. */
export interface SeriesAnalysis {
    key: string;
    /** Its meetings with a date, in date order (then file-name order). */
    meetings: MeetingSummary[];
    /** Every action that is not a follow-up, in meeting order. */
    actions: TrackedAction[];
    /** Follow-ups by `uri#index`. */
    followUps: ReadonlyMap<string, FollowUp>;
    /** Tracked actions by `uri#index`. */
    byAction: ReadonlyMap<string, TrackedAction>;
    references: ResolvedReference[];
    problems: SeriesProblem[];
    /** The problems of each file, in the order found. */
    problemsByUri: ReadonlyMap<string, SeriesProblem[]>;
}

/** The key of an action or follow-up of a meeting. */
export function actionKey(uri: string, index: number): string {
    return `${uri}#${index}`;
}

/** The series a file belongs to: its folder and its body, case and spacing ignored. */
export function seriesKey(summary: Pick<MeetingSummary, 'folder' | 'body'>): string {
    return `${summary.folder}\u0000${summary.body ? normalizeName(summary.body) : ''}`;
}

/** An item number without leading zeros: its own {@link itemKey}. */
const PLAIN_ITEM_NUMBER = /^(?:0|[1-9]\d{0,14})(?:\.(?:0|[1-9]\d{0,14}))*$/u;

/** Item numbers compared as numbers: `5` and `05` name one item, `5.1` another. */
export function itemKey(number: string): string {
    // Most numbers are written as their key (`14`, `5.1`): looked at, not taken apart.
    if (PLAIN_ITEM_NUMBER.test(number)) return number;
    return number.split('.').map(part => String(Number.parseInt(part, 10))).join('.');
}

/** `§ 14`, `punkt 3`, `item 3`: an item named as a meeting of that language writes it. */
export function itemName(mark: ItemMark, number: string, lang: Lang): string {
    return mark === 'section' ? `§ ${number}` : `${lang === 'sv' ? 'punkt' : 'item'} ${number}`;
}

/** `2026-05-20 punkt 3`: how a `Från` line names an action. */
export function actionIdentity(action: Pick<TrackedAction, 'meeting' | 'item'>): string {
    return `${action.meeting.date} ${itemName(action.item.mark, action.item.number, action.meeting.lang)}`;
}

export function isOpen(action: Pick<TrackedAction, 'state'>): boolean {
    return action.state === 'open' || action.state === 'ongoing';
}

/** Open with a deadline before `today` (the registers, the view and `--overdue`). */
export function isOverdue(action: Pick<TrackedAction, 'state' | 'due'>, today: CalendarDate): boolean {
    const due = parseIsoDate(action.due);
    return isOpen(action) && due !== undefined && daysBetween(today, due) < 0;
}

/** The words of a text for matching a follow-up to its action: lower-case, split at anything not a letter or digit. */
export function words(text: string): Set<string> {
    return new Set(text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/**
 * Which of an item's actions a follow-up belongs to: the only one always; among several, the
 * one whose text shares the most words with it, if that is at least half of the follow-up's
 * words (on a tie the first). Undefined when none does.
 */
export function matchAction<T extends { text: string }>(followUpText: string, candidates: readonly T[]): T | undefined {
    if (candidates.length <= 1) return candidates[0];
    const wanted = words(followUpText);
    if (wanted.size === 0) return undefined;
    let best: T | undefined;
    let bestShared = 0;
    for (const candidate of candidates) {
        let shared = 0;
        for (const word of words(candidate.text)) if (wanted.has(word)) shared++;
        if (shared > bestShared) {
            best = candidate;
            bestShared = shared;
        }
    }
    return bestShared * 2 >= wanted.size ? best : undefined;
}

/** Groups summaries into series by {@link seriesKey}. */
export function groupSeries(summaries: Iterable<MeetingSummary>): Map<string, MeetingSummary[]> {
    const groups = new Map<string, MeetingSummary[]>();
    for (const summary of summaries) {
        const key = seriesKey(summary);
        const group = groups.get(key);
        if (group) group.push(summary);
        else groups.set(key, [summary]);
    }
    return groups;
}

function byDateThenName(a: MeetingSummary, b: MeetingSummary): number {
    return a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0;
}

/** Works out one series: its members as {@link groupSeries} gathered them, in any order. */
export function analyzeSeries(key: string, members: readonly MeetingSummary[]): SeriesAnalysis {
    return new SeriesAnalyzer(key, members).run();
}

/** One pass over a series in date order. */
class SeriesAnalyzer {
    private readonly meetings: MeetingSummary[];
    private readonly byDate = new Map<string, MeetingSummary>();
    private readonly actions: TrackedAction[] = [];
    private readonly byAction = new Map<string, TrackedAction>();
    private readonly followUps = new Map<string, FollowUp>();
    private readonly references: ResolvedReference[] = [];
    private readonly problems: SeriesProblem[] = [];

    constructor(private readonly key: string, members: readonly MeetingSummary[]) {
        this.meetings = members.filter(m => m.date !== undefined).sort(byDateThenName);
    }

    run(): SeriesAnalysis {
        this.dates();
        this.meetings.forEach((meeting, i) => this.followUp(meeting, this.meetings[i - 1]));
        this.sections();
        for (const meeting of this.meetings) this.resolveReferences(meeting);
        const problemsByUri = new Map<string, SeriesProblem[]>();
        for (const problem of this.problems) {
            const list = problemsByUri.get(problem.uri);
            if (list) list.push(problem);
            else problemsByUri.set(problem.uri, [problem]);
        }
        return {
            key: this.key, meetings: this.meetings, actions: this.actions, followUps: this.followUps, byAction: this.byAction,
            references: this.references, problems: this.problems, problemsByUri
        };
    }

    private report(meeting: MeetingSummary, code: DiagnosticCode, severity: SeverityValue, range: Range, message: (m: SeriesMessages) => string): void {
        this.problems.push({ uri: meeting.uri, code, severity, range, message });
    }

    /** `series-date-duplicate` on every file after the first of a date. */
    private dates(): void {
        for (const meeting of this.meetings) {
            const first = this.byDate.get(meeting.date!);
            if (!first) {
                this.byDate.set(meeting.date!, meeting);
                continue;
            }
            this.report(meeting, Code.seriesDateDuplicate, Severity.error, meeting.dateRange,
                m => m.seriesDateDuplicate(meeting.date!, decodeName(first.fileName)));
        }
    }

    /** The actions and follow-ups of one meeting, then the actions left open that it did not follow up. */
    private followUp(meeting: MeetingSummary, previous: MeetingSummary | undefined): void {
        const openBefore = previous ? this.actions.filter(isOpen) : [];
        const followed = new Set<TrackedAction>();
        meeting.actions.forEach((action, index) => {
            if (!action.from) {
                const tracked: TrackedAction = {
                    meeting, index, action, item: meeting.items[action.item], owners: action.owners, due: action.due,
                    dueText: action.dueText, state: 'open', followUps: []
                };
                this.actions.push(tracked);
                this.byAction.set(actionKey(meeting.uri, index), tracked);
                return;
            }
            const target = this.resolveOrigin(meeting, action);
            if (!target) return;
            followed.add(target);
            this.record(meeting, index, action, target);
        });
        for (const action of openBefore) {
            if (followed.has(action)) continue;
            const identity = actionIdentity(action);
            this.report(meeting, Code.actionNotFollowedUp, Severity.information, meeting.headerRange,
                m => m.actionNotFollowedUp(identity, action.action.text.replace(/[.!]+$/u, '')));
        }
    }

    /** The action a follow-up's `Från` names, or undefined after reporting why there is none. */
    private resolveOrigin(meeting: MeetingSummary, action: ActionSummary): TrackedAction | undefined {
        const from = action.from!;
        const origin = from.origin;
        // An unreadable value is the document's own `syntax` problem (checks/series-lines.ts).
        if (!origin) return undefined;
        const unknown = (message: (m: SeriesMessages) => string): undefined => {
            this.report(meeting, Code.actionOriginUnknown, Severity.error, from.range, message);
            return undefined;
        };
        const source = this.byDate.get(origin.date);
        if (!source || source.date! >= meeting.date!) return unknown(m => m.actionOriginUnknownDate(origin.date));
        const wanted = itemKey(origin.item);
        const itemIndex = source.items.findIndex(item => itemKey(item.number) === wanted);
        const name = itemName(origin.mark, origin.item, meeting.lang);
        if (itemIndex < 0) return unknown(m => m.actionOriginUnknownItem(origin.date, name));
        const candidates = source.actions.map((candidate, index) => ({ text: candidate.text, index, candidate }))
            .filter(c => c.candidate.item === itemIndex);
        if (candidates.length === 0) return unknown(m => m.actionOriginNoAction(origin.date, name));
        const matched = matchAction(action.text, candidates);
        if (!matched) return unknown(m => m.actionOriginNoMatch(origin.date, name));
        const key = actionKey(source.uri, matched.index);
        // A `Från` that names a follow-up names that follow-up's origin.
        const target = this.byAction.get(key) ?? this.followUps.get(key)?.target;
        if (!target) return unknown(m => m.actionOriginNoMatch(origin.date, name));
        return target;
    }

    /** A follow-up's status, deadline and owners become its action's; overdue and closed-twice are reported. */
    private record(meeting: MeetingSummary, index: number, action: ActionSummary, target: TrackedAction): void {
        const status: FollowUpStatus = action.status?.value ?? 'ongoing';
        const where = action.status?.range ?? action.from!.range;
        if (target.closedBy && target.closedBy !== meeting) {
            const closed = target.closedBy;
            const identity = actionIdentity(target);
            this.report(meeting, Code.actionClosedTwice, Severity.warning, where, m => m.actionClosedTwice(identity, closed.date!));
        }
        const due = action.due ?? target.due;
        const dueDate = parseIsoDate(due);
        if (status === 'ongoing' && dueDate && daysBetween(parseIsoDate(meeting.date)!, dueDate) < 0) {
            this.report(meeting, Code.actionOverdue, Severity.warning, where, m => m.actionOverdue(due!, meeting.date!));
        }
        if (action.dueText !== undefined) {
            target.due = action.due;
            target.dueText = action.dueText;
        }
        if (action.owners.length > 0) target.owners = action.owners;
        target.state = status;
        if (status !== 'ongoing' && !target.closedBy) target.closedBy = meeting;
        const followUp: FollowUp = { meeting, index, action, status, target };
        target.followUps.push(followUp);
        this.followUps.set(actionKey(meeting.uri, index), followUp);
    }

    /**
     * § numbering through the calendar year: the first § of a meeting follows the last § of the
     * previous meeting of that year (the first meeting of a year may start at § 1), and no §
     * number is used twice in a year.
     */
    private sections(): void {
        const used = new Map<number, Map<number, MeetingSummary>>();
        const last = new Map<number, number>();
        let previousYearLast: { year: number; last: number } | undefined;
        for (const meeting of this.meetings) {
            const sections = meeting.items.filter(item => item.mark === 'section');
            if (sections.length === 0) continue;
            const year = Number.parseInt(meeting.date!.slice(0, 4), 10);
            const usedThisYear = used.get(year) ?? new Map<number, MeetingSummary>();
            used.set(year, usedThisYear);
            const numbers = sections.map(item => Number.parseInt(item.number, 10));
            let overlap = false;
            sections.forEach((item, i) => {
                const other = usedThisYear.get(numbers[i]);
                if (!other || other === meeting) return;
                overlap = true;
                this.report(meeting, Code.itemSeriesOverlap, Severity.error, item.numberRange, m => m.itemSeriesOverlap(numbers[i], other.date!));
            });
            const first = numbers[0];
            const lastThisYear = last.get(year);
            if (!overlap) {
                const expected = lastThisYear !== undefined ? [lastThisYear + 1]
                    : previousYearLast && previousYearLast.year < year ? [1, previousYearLast.last + 1] : undefined;
                if (expected && !expected.includes(first)) {
                    const previous = lastThisYear ?? previousYearLast!.last;
                    this.report(meeting, Code.itemSeriesGap, Severity.warning, sections[0].numberRange, m => m.itemSeriesGap(previous, first));
                }
            }
            for (const number of numbers) if (!usedThisYear.has(number)) usedThisYear.set(number, meeting);
            const highest = Math.max(...numbers, lastThisYear ?? 0);
            last.set(year, highest);
            previousYearLast = { year, last: highest };
        }
    }

    /** Prose references: the item of a meeting of the series; `reference-unknown` only when that meeting has no such item. */
    private resolveReferences(meeting: MeetingSummary): void {
        for (const reference of meeting.references) {
            const target = this.byDate.get(reference.date);
            if (!target) continue;
            const wanted = itemKey(reference.item);
            const item = target.items.find(candidate => itemKey(candidate.number) === wanted);
            this.references.push({ meeting, reference, target, item });
            if (!item) {
                const name = itemName(reference.mark, reference.item, meeting.lang);
                this.report(meeting, Code.referenceUnknown, Severity.warning, reference.range, m => m.referenceUnknown(reference.date, name));
            }
        }
    }
}

/** A file name as a person reads it (URIs escape `å` and spaces). */
export function decodeName(fileName: string): string {
    try {
        return decodeURIComponent(fileName);
    } catch {
        return fileName;
    }
}

/** An item reference as a meeting of `lang` writes it: `2026-05-20 punkt 3`. */
export function referenceText(reference: ItemReference, lang: Lang): string {
    return `${reference.date} ${itemName(reference.mark, reference.item, lang)}`;
}

/**
 * The summaries of a workspace or folder grouped into series, each series analysed once and
 * again only when one of its files changes. The language server and the command line hold one.
 */
export class SeriesSet {
    private readonly summaries = new Map<string, MeetingSummary>();
    private readonly members = new Map<string, Set<string>>();
    private readonly analyses = new Map<string, SeriesAnalysis>();

    /** Adds or replaces a file's summary; returns the keys of the series that changed (old and new). */
    set(summary: MeetingSummary): string[] {
        const changed = this.delete(summary.uri);
        const key = seriesKey(summary);
        this.summaries.set(summary.uri, summary);
        let members = this.members.get(key);
        if (!members) this.members.set(key, members = new Set());
        members.add(summary.uri);
        this.analyses.delete(key);
        return changed.includes(key) ? changed : [...changed, key];
    }

    /** Removes a file; returns the key of the series it was in (none when unknown). */
    delete(uri: string): string[] {
        const old = this.summaries.get(uri);
        if (!old) return [];
        const key = seriesKey(old);
        this.summaries.delete(uri);
        const members = this.members.get(key);
        members?.delete(uri);
        if (members?.size === 0) this.members.delete(key);
        this.analyses.delete(key);
        return [key];
    }

    get(uri: string): MeetingSummary | undefined {
        return this.summaries.get(uri);
    }

    has(uri: string): boolean {
        return this.summaries.has(uri);
    }

    all(): IterableIterator<MeetingSummary> {
        return this.summaries.values();
    }

    get size(): number {
        return this.summaries.size;
    }

    keys(): IterableIterator<string> {
        return this.members.keys();
    }

    /** The URIs of a series. */
    membersOf(key: string): string[] {
        return [...this.members.get(key) ?? []];
    }

    /** A series worked out (cached until one of its files changes). */
    analysis(key: string): SeriesAnalysis {
        let analysis = this.analyses.get(key);
        if (!analysis) {
            analysis = analyzeSeries(key, this.membersOf(key).map(uri => this.summaries.get(uri)!));
            this.analyses.set(key, analysis);
        }
        return analysis;
    }

    /** The series of a file, if the set knows the file. */
    seriesOf(uri: string): SeriesAnalysis | undefined {
        const summary = this.summaries.get(uri);
        return summary ? this.analysis(seriesKey(summary)) : undefined;
    }

    /** Every series worked out. */
    allAnalyses(): SeriesAnalysis[] {
        return [...this.members.keys()].map(key => this.analysis(key));
    }

    /** The problems of one file. */
    problemsOf(uri: string): SeriesProblem[] {
        return this.seriesOf(uri)?.problemsByUri.get(uri) ?? [];
    }
}
