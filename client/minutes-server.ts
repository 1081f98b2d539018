/**
 * The extension's view of the language server's custom requests (common/contract.ts). The
 * preview and the export depend on this interface, not on the language client, and every
 * request waits until the client has started.
 */
import type { CancellationToken, Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    ExportHtmlRequest, ExportPdfRequest, NewFromPreviousRequest, RenderRequest, SeriesChangedNotification, SeriesMeetingRequest, SeriesRequest,
    type ExportHtmlParams, type ExportHtmlResult, type ExportPdfParams, type ExportPdfResult, type NewFromPreviousParams, type NewFromPreviousResult,
    type RenderParams, type RenderResult, type SeriesMeetingParams, type SeriesMeetingResult, type SeriesParams, type SeriesResult,
    ExportRecordRequest, type ExportRecordParams, type ExportRecordResult, ExportRegisterRequest, type ExportRegisterParams, type ExportRegisterResult
} from '../common/contract.js';

/** What the extension asks the server; it never parses minutes itself. */
export interface MinutesServer {
    /** The document rendered for the preview, validated at `version` or later; the token cancels the request. */
    render(uri: string, version?: number, token?: CancellationToken): Promise<RenderResult>;
    /** The complete standalone HTML page for export, with the document's error count and title. */
    exportHtml(uri: string): Promise<ExportHtmlResult>;
    /** The PDF for export (base64), with the document's error count and title. */
    exportPdf(uri: string): Promise<ExportPdfResult>;
    /** Every series of the workspace, with what is overdue on `today` (ISO). */
    series(today: string): Promise<SeriesResult>;
    /** The actions given at one meeting and its decisions. */
    seriesMeeting(uri: string, today: string): Promise<SeriesMeetingResult>;
    /** The next meeting's minutes of the series of `uri`. */
    newFromPrevious(uri: string, today: string): Promise<NewFromPreviousResult>;
    /** Calls `listener` when the server says the series changed. */
    onSeriesChanged(listener: () => void): Disposable;
    /** The notice, an extract or the public version (HTML, or PDF in base64), or why the document cannot give it. */
    exportRecord(params: ExportRecordParams): Promise<ExportRecordResult>;
    /** Writes the register page of a series where `params.target` says; answers where, or why not. */
    exportRegister(params: ExportRegisterParams): Promise<ExportRegisterResult>;
}

/** A MinutesServer over a language client whose start (`started`) may still be running. */
export function minutesServerOver(client: LanguageClient, started: Promise<void>): MinutesServer {
    return {
        async render(uri, version, token) {
            await started;
            const params: RenderParams = { uri, version };
            return client.sendRequest<RenderResult>(RenderRequest.method, params, token);
        },
        async exportHtml(uri) {
            await started;
            const params: ExportHtmlParams = { uri };
            return client.sendRequest<ExportHtmlResult>(ExportHtmlRequest.method, params);
        },
        async exportPdf(uri) {
            await started;
            const params: ExportPdfParams = { uri };
            return client.sendRequest<ExportPdfResult>(ExportPdfRequest.method, params);
        },
        async series(today) {
            await started;
            const params: SeriesParams = { today };
            return client.sendRequest<SeriesResult>(SeriesRequest.method, params);
        },
        async seriesMeeting(uri, today) {
            await started;
            const params: SeriesMeetingParams = { uri, today };
            return client.sendRequest<SeriesMeetingResult>(SeriesMeetingRequest.method, params);
        },
        async newFromPrevious(uri, today) {
            await started;
            const params: NewFromPreviousParams = { uri, today };
            return client.sendRequest<NewFromPreviousResult>(NewFromPreviousRequest.method, params);
        },
        onSeriesChanged(listener) {
            return client.onNotification(SeriesChangedNotification.method, listener);
        },
        async exportRecord(params) {
            await started;
            return client.sendRequest<ExportRecordResult>(ExportRecordRequest.method, params);
        },
        async exportRegister(params) {
            await started;
            return client.sendRequest<ExportRegisterResult>(ExportRegisterRequest.method, params);
        },
    };
}
