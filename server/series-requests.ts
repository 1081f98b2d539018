/**
 * The series' requests of the extension (common/contract.ts): `minutes/series`, every series
 * of the workspace with its actions and decisions for the "Minutes" view, a
 * `minutes/seriesChanged` notification when the workspace index changes, and
 * `minutes/newFromPrevious`, the next meeting's minutes (language/series-new.ts), and
 * `minutes/exportRegister`, the register page of a series written where the extension says
 * (common/register-export.ts, as `minutes export --register`).
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { parseIsoDate, type CalendarDate } from '../language/dates.js';
import { actionRows, decisionRows, seriesTitle, type ActionRow } from '../language/series-registers.js';
import { newMinutesFrom } from '../language/series-new.js';
import type { MeetingSummary, SeriesAnalysis } from '../language/series.js';
import type { Document } from '../language/generated/ast.js';
import type { MinutesSettings } from '../language/minutes-module.js';
import { strings, viewLanguage } from '../common/l10n/index.js';
import { exportErrorMessage } from '../common/export-messages.js';
import { registerLanguage, registerPage, writeRegister } from '../common/register-export.js';
import { ExportError } from '../common/write-file.js';
import {
    ExportRegisterRequest, type ExportRegisterParams, type ExportRegisterResult, NewFromPreviousRequest, SeriesChangedNotification, SeriesMeetingRequest, SeriesRequest,
    type NewFromPreviousParams, type NewFromPreviousResult, type SeriesActionView, type SeriesMeetingParams, type SeriesMeetingResult,
    type SeriesMeetingView, type SeriesParams, type SeriesResult, type SeriesView
} from '../common/contract.js';
import type { MinutesLspServices } from './minutes-server-module.js';

/** The view is told at most once in this time (an edit changes the index at every keystroke). */
const CHANGE_INTERVAL_MS = 50;

function actionView(row: ActionRow): SeriesActionView {
    return {
        uri: row.action.meeting.uri,
        line: row.action.action.range.start.line,
        identity: row.identity,
        text: row.action.action.text,
        owners: row.action.owners,
        due: row.action.due,
        dueText: row.action.dueText,
        state: row.action.state,
        overdue: row.overdue,
        closedBy: row.action.closedBy?.date
    };
}

/** The view's data of the series, ordered by title: meetings with their counts, and the open actions. */
export function seriesResult(analyses: readonly SeriesAnalysis[], today: CalendarDate): SeriesResult {
    const series = analyses.filter(analysis => analysis.meetings.length > 0).map((analysis): SeriesView => {
        // Each meeting's counts, gathered in one pass (a series may have hundreds of meetings).
        const actions = new Map<MeetingSummary, number>();
        for (const action of analysis.actions) actions.set(action.meeting, (actions.get(action.meeting) ?? 0) + 1);
        const meetings = analysis.meetings.map((meeting): SeriesMeetingView => ({
            uri: meeting.uri,
            line: meeting.headerRange.start.line,
            date: meeting.date!,
            title: meeting.title ?? '',
            actionCount: actions.get(meeting) ?? 0,
            decisionCount: meeting.items.reduce((sum, item) => sum + item.decisions.length, 0)
        }));
        return { title: seriesTitle(analysis), meetings, openActions: actionRows([analysis], today, { open: true }).map(actionView) };
    });
    return { series: series.sort((a, b) => a.title.localeCompare(b.title)) };
}

/** The actions given at one meeting and its decisions; empty for a file the index does not know. */
export function seriesMeetingResult(analysis: SeriesAnalysis | undefined, uri: string, today: CalendarDate): SeriesMeetingResult {
    if (!analysis) return { actions: [], decisions: [] };
    const meeting = analysis.meetings.find(candidate => candidate.uri === uri);
    return {
        actions: actionRows([analysis], today).filter(row => row.action.meeting === meeting).map(actionView),
        decisions: decisionRows([analysis]).filter(row => row.meeting === meeting).map(row => ({
            uri, line: row.decision.range.start.line, item: row.itemName, title: row.item.title, text: row.decision.text
        }))
    };
}

/** The path of a `file:` URI; undefined for any other. */
function filePath(uri: string): string | undefined {
    try {
        return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    } catch {
        return undefined;
    }
}

/**
 * Writes the register page of `analysis` (the series of the file `params.uri`) to
 * `params.target`; answers where it wrote, or the problem in the reader's language (the
 * series' own, unless the setting forces one).
 */
export async function exportRegister(
    analysis: SeriesAnalysis | undefined, params: ExportRegisterParams, settings: Pick<MinutesSettings, 'messageLanguage' | 'locale'>, today: CalendarDate
): Promise<ExportRegisterResult> {
    const series = analysis && analysis.meetings.length > 0 ? [analysis] : [];
    const lang = series.length > 0 ? registerLanguage(series, settings) : viewLanguage(settings.messageLanguage, undefined, settings.locale);
    const source = filePath(params.uri);
    if (series.length === 0 || source === undefined) {
        return { written: false, problem: strings(lang).series.register.notInSeries(source ?? params.uri) };
    }
    const target = filePath(params.target);
    if (target === undefined) return { written: false, problem: strings(lang).extension.exportNotOnDisk(params.target) };
    const pagesFolder = params.pagesFolder === undefined ? undefined : filePath(params.pagesFolder);
    const page = registerPage(series, { folder: dirname(source), pageFolder: dirname(target), pagesFolder, lang, today });
    try {
        await writeRegister(target, page, { named: params.named });
        return { written: true, target: params.target };
    } catch (error) {
        if (!(error instanceof ExportError)) throw error;
        return { written: false, problem: exportErrorMessage(error, lang) };
    }
}

/** Registers the series' requests and the change notification on the connection. */
export function registerSeriesRequests(connection: Connection, shared: LangiumSharedServices, services: MinutesLspServices): void {
    const index = services.series.WorkspaceIndex;
    const today = (iso: string | undefined): CalendarDate => parseIsoDate(iso) ?? services.lsp.Clock.today();
    connection.onRequest(SeriesRequest.method, async (params: SeriesParams): Promise<SeriesResult> => {
        await shared.workspace.WorkspaceManager.ready;
        return seriesResult(index.series.allAnalyses(), today(params?.today));
    });
    connection.onRequest(SeriesMeetingRequest.method, async (params: SeriesMeetingParams): Promise<SeriesMeetingResult> => {
        await shared.workspace.WorkspaceManager.ready;
        return seriesMeetingResult(index.series.seriesOf(params.uri), params.uri, today(params?.today));
    });
    connection.onRequest(NewFromPreviousRequest.method, async (params: NewFromPreviousParams): Promise<NewFromPreviousResult> => {
        await shared.workspace.WorkspaceManager.ready;
        const analysis = index.series.seriesOf(params.uri);
        const latest = analysis?.meetings.at(-1);
        if (!analysis || !latest) throw new ResponseError(LSPErrorCodes.RequestFailed, `${params.uri}: no dated minutes in its series.`);
        // The editor's text when the latest minutes are open (unsaved changes included), else the file's.
        const open = shared.workspace.LangiumDocuments.getDocument(URI.parse(latest.uri))?.textDocument.getText();
        const text = open ?? await shared.workspace.FileSystemProvider.readFile(URI.parse(latest.uri));
        const previous = services.parser.LangiumParser.parse(text).value as Document;
        const made = newMinutesFrom(previous, analysis, today(params.today));
        const folder = latest.uri.slice(0, latest.uri.lastIndexOf('/') + 1);
        return { uri: `${folder}${encodeURIComponent(made.fileName)}`, text: made.text, dated: made.dated };
    });
    connection.onRequest(ExportRegisterRequest.method, async (params: ExportRegisterParams): Promise<ExportRegisterResult> => {
        await shared.workspace.WorkspaceManager.ready;
        return exportRegister(index.series.seriesOf(params.uri), params, services.settings.Settings, today(params.today));
    });
    // A change after a quiet spell is told at once (as soon as the running task is done): the
    // view follows an edit within the time of its request. Changes within the interval after a
    // notification are told once at its end; those while the workspace loads once it is loaded.
    let scheduled = false;
    let lastSent = Number.NEGATIVE_INFINITY;
    const notify = (): void => {
        scheduled = false;
        lastSent = performance.now();
        try {
            connection.sendNotification(SeriesChangedNotification.method).catch(() => undefined);
        } catch {
            // The connection is gone (the client left): nobody to tell.
        }
    };
    index.onDidChange(() => {
        if (scheduled) return;
        scheduled = true;
        void shared.workspace.WorkspaceManager.ready.then(() => {
            setTimeout(notify, Math.max(0, lastSent + CHANGE_INTERVAL_MS - performance.now()));
        });
    });
}
