import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
// The node entry installs the runtime layer that cancellation tokens need, as in the real server.
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import { beforeEach, describe, expect, test } from 'vitest';
import { createMinutesServices } from '../../server/minutes-server-module.js';
import { registerRenderRequest } from '../../server/render-request.js';
import {
    ExportHtmlRequest, ExportPdfRequest, ExportRecordRequest, RenderRequest, type ExportHtmlParams, type ExportHtmlResult, type ExportPdfParams,
    type ExportPdfResult, type ExportRecordParams, type ExportRecordResult, type RenderParams, type RenderResult
} from '../../common/contract.js';
import { SECOND_EDITION_ENGLISH, SECOND_EDITION_SWEDISH } from '../fixtures/fixtures.js';
import { RECORD_GROUND, RECORD_IDENTITY_NUMBERS, recordProtocol } from '../fixtures/record-protocol.js';
import { ENGLISH_MINUTES_FILE, readExample } from './render-helpers.js';
import { pageTexts } from '../pdf/pdf-text.js';

type Handler<P, R> = (params: P, token: CancellationToken) => Promise<R>;

let services: ReturnType<typeof createMinutesServices>;
let render: Handler<RenderParams, RenderResult>;
let exportHtml: Handler<ExportHtmlParams, ExportHtmlResult>;
let exportPdf: Handler<ExportPdfParams, ExportPdfResult>;
let exportRecord: Handler<ExportRecordParams, ExportRecordResult>;
let counter = 0;

beforeEach(async () => {
    services = createMinutesServices(EmptyFileSystem);
    const handlers = new Map<string, unknown>();
    // Only the request registration is exercised: the handlers are called directly.
    const connection = { onRequest: (method: string, handler: unknown) => handlers.set(method, handler) } as unknown as Connection;
    registerRenderRequest(connection, services.shared);
    render = handlers.get(RenderRequest.method) as typeof render;
    exportHtml = handlers.get(ExportHtmlRequest.method) as typeof exportHtml;
    exportPdf = handlers.get(ExportPdfRequest.method) as typeof exportPdf;
    exportRecord = handlers.get(ExportRecordRequest.method) as typeof exportRecord;
    await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
});

/** What the server does on didOpen/didChange: the text document is set, then rebuilt under the write lock. */
function rebuild(uri: string): Promise<void> {
    const { WorkspaceLock, DocumentBuilder } = services.shared.workspace;
    return WorkspaceLock.write(token => DocumentBuilder.update([URI.parse(uri)], [], token));
}

async function openDocument(text: string): Promise<TextDocument> {
    const document = TextDocument.create(`file:///minutes/doc-${counter++}.minutes`, 'minutes', 1, text);
    services.shared.workspace.TextDocuments.set(document);
    await rebuild(document.uri);
    return document;
}

const none = new CancellationTokenSource().token;

describe('minutes/render', () => {
    test('labels and messages share one language: after a switch the render waits for messages in the new one', async () => {
        const document = await openDocument('Minnesanteckningar: Styrelsemöte\nTid: fredag 2026-03-12\nDeltagare:\n- Ada Lee\nJusterare: Ada Lee\n');
        const first = await render({ uri: document.uri }, none);
        expect([first.viewLang, first.diagnostics[0].message]).toEqual(['sv', '2026-03-12 är en torsdag, inte "fredag".']);

        // The reader forces English; the server validates the document again a moment later.
        Object.assign(services.Minutes.settings.Settings, { messageLanguage: 'en' });
        let answered = false;
        const pending = render({ uri: document.uri }, none).finally(() => { answered = true; });
        await new Promise(resolve => setTimeout(resolve, 100));
        expect(answered).toBe(false);
        await rebuild(document.uri);
        const second = await pending;
        expect([second.viewLang, second.diagnostics[0].message]).toEqual(['en', '2026-03-12 is a Thursday, not "fredag".']);
    });

    test('renders a validated document with data-line, its problems, language and title', async () => {
        const document = await openDocument('Minutes: Board\nDate: Friday 2026-03-12\nPresent:\n- Ada Lee\nAdjuster: Ada Lee\nItem 1: Budget\nAction: Count\n');
        const result = await render({ uri: document.uri, version: 1 }, none);
        expect(result.uri).toBe(document.uri);
        expect(result.version).toBe(1);
        expect(result.lang).toBe('en');
        expect(result.title).toBe('Board');
        expect(result.html.startsWith('<article class="minutes" lang="en"><p class="minutes-notice" role="status">The document has 1 error and 1 warning.</p>')).toBe(true);
        expect(result.html).toContain('<section class="minutes-item" data-line="5" id="p1">');
        expect(result.diagnostics).toEqual([
            { line: 1, severity: 'error', message: expect.stringContaining('2026-03-12 is a Thursday'), code: 'weekday-mismatch' },
            { line: 6, severity: 'warning', message: expect.stringContaining('has no owner'), code: 'action-owner-missing' }
        ]);
    });

    test('a clean example has no notice and no diagnostics', async () => {
        const document = await openDocument(readExample(ENGLISH_MINUTES_FILE));
        const result = await render({ uri: document.uri }, none);
        expect(result.diagnostics).toEqual([]);
        expect(result.html).not.toContain('minutes-notice');
        expect(result.title).toBe('Northgate Rowing Club, committee');
    });

    test('waits for the version the client shows when the change has not been built yet', async () => {
        const document = await openDocument('Minnesanteckningar: Först\nTid: 2024-01-10\n');
        // The editor's text document changes in place before the server rebuilds it.
        TextDocument.update(document, [{ text: 'Minnesanteckningar: Sedan\nTid: 2024-01-10\n' }], 2);
        const pending = render({ uri: document.uri, version: 2 }, none);
        let settled = false;
        void pending.then(() => { settled = true; });
        await new Promise(resolve => setTimeout(resolve, 20));
        expect(settled).toBe(false);
        await rebuild(document.uri);
        const result = await pending;
        expect(result.version).toBe(2);
        expect(result.title).toBe('Sedan');
        expect(result.lang).toBe('sv');
    });

    test('without a version it still never renders text older than the editor has', async () => {
        const document = await openDocument('Minutes: Old\nDate: 2024-01-10\n');
        TextDocument.update(document, [{ text: 'Minutes: New\nDate: 2024-01-10\n' }], 2);
        const pending = render({ uri: document.uri }, none);
        await rebuild(document.uri);
        expect((await pending).title).toBe('New');
    });

    test('a cancelled request stops waiting', async () => {
        const document = await openDocument('Minutes: Old\nDate: 2024-01-10\n');
        TextDocument.update(document, [{ text: 'Minutes: New\nDate: 2024-01-10\n' }], 2);
        const source = new CancellationTokenSource();
        const pending = render({ uri: document.uri, version: 2 }, source.token);
        source.cancel();
        await expect(pending).rejects.toSatisfy(error => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
    });

    test('a document closed while its render waits is refused, not waited for', async () => {
        const document = await openDocument('Minutes: Old\nDate: 2024-01-10\n');
        TextDocument.update(document, [{ text: 'Minutes: New\nDate: 2024-01-10\n' }], 2);
        const pending = render({ uri: document.uri, version: 2 }, none);
        services.shared.workspace.TextDocuments.delete(document.uri);
        await expect(pending).rejects.toThrow(`${document.uri} is not open in the editor. Open it to preview it.`);
    });

    test('an unknown document is an error that says what to do', async () => {
        await expect(render({ uri: 'file:///nowhere.minutes' }, none)).rejects.toThrow('file:///nowhere.minutes is not open in the editor. Open it to preview it.');
        await expect(exportHtml({ uri: 'file:///nowhere.minutes' }, none)).rejects.toThrow(/does not know file:\/\/\/nowhere\.minutes\. Open the file/);
    });
});

describe('minutes/exportHtml', () => {
    test('returns the standalone page', async () => {
        const document = await openDocument(readExample(ENGLISH_MINUTES_FILE));
        const { html } = await exportHtml({ uri: document.uri }, none);
        expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
        expect(html).toContain('<title>Northgate Rowing Club, committee</title>');
        expect(html).not.toContain('data-line');
    });

    test('counts the errors and says so at the top of the page; a clean page has no notice', async () => {
        const broken = await openDocument('Minutes: Broken\nDate: Friday 2026-03-12\nChair: Nobody\n');
        const result = await exportHtml({ uri: broken.uri }, none);
        expect(result.errors).toBe(2);
        expect(result.title).toBe('Broken');
        expect(result.html).toMatch(/<div class="minutes minutes-page">\n<aside class="minutes-notice minutes-export-notice" aria-label="Errors in the document"><p>Note: the document had 2 errors when this page was exported/);
        const clean = await exportHtml({ uri: (await openDocument(readExample(ENGLISH_MINUTES_FILE))).uri }, none);
        expect(clean.errors).toBe(0);
        expect(clean.html).not.toContain('<aside');
    });
});

describe('minutes/exportPdf', () => {
    test('returns the PDF in base64 with the error count and the title; a PDF with errors says so on its first page', async () => {
        const clean = await exportPdf({ uri: (await openDocument(readExample(ENGLISH_MINUTES_FILE))).uri }, none);
        expect({ errors: clean.errors, title: clean.title }).toEqual({ errors: 0, title: 'Northgate Rowing Club, committee' });
        const bytes = Buffer.from(clean.pdf, 'base64');
        expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
        expect(pageTexts(bytes)[0].split('\n').slice(0, 2)).toEqual(['Minutes', 'Northgate Rowing Club, committee']);

        const broken = await exportPdf({ uri: (await openDocument('Minutes: Broken\nDate: Friday 2026-03-12\nChair: Nobody\n')).uri }, none);
        expect({ errors: broken.errors, title: broken.title }).toEqual({ errors: 2, title: 'Broken' });
        expect(pageTexts(Buffer.from(broken.pdf, 'base64'))[0]).toMatch(/^Note: the document had 2 errors when this page was exported/);
    });
});

describe('minutes/exportRecord', () => {
    test('the notice, an extract and the public version, as HTML or PDF, with the words of their file names', async () => {
        const { uri } = await openDocument(SECOND_EDITION_SWEDISH);
        const notice = await exportRecord({ uri, output: { kind: 'notice' }, format: 'html' }, none);
        if (notice.refused) throw new Error(notice.refusal);
        expect({ title: notice.title, fileSuffix: notice.fileSuffix }).toEqual({ title: 'Anslag: Kommunstyrelsen, 10 mars 2026', fileSuffix: 'anslag' });
        expect(notice.data).toContain('<h1>Tillkännagivande om justerat protokoll</h1>');
        const extract = await exportRecord({ uri, output: { kind: 'extract', items: '§ 23' }, format: 'pdf' }, none);
        if (extract.refused) throw new Error(extract.refusal);
        expect(extract.fileSuffix).toBe('utdrag-23');
        expect(pageTexts(Buffer.from(extract.data, 'base64')).join('\n')).toContain('Utdragsbestyrkande');
        const publicVersion = await exportRecord({ uri, output: { kind: 'minutes', public: true }, format: 'html' }, none);
        if (publicVersion.refused) throw new Error(publicVersion.refusal);
        expect(publicVersion.fileSuffix).toBe('offentlig');
        expect(publicVersion.data).toContain('Paragrafen innehåller uppgifter som omfattas av sekretess (OSL 19 kap. 1 §).');
    });

    test('in English: the notice, an extract and the public version of an English municipal protocol, as PDF and HTML', async () => {
        const { uri } = await openDocument(recordProtocol('en', { items: 5 }));
        const notice = await exportRecord({ uri, output: { kind: 'notice' }, format: 'pdf' }, none);
        if (notice.refused) throw new Error(notice.refusal);
        expect(notice.fileSuffix).toBe('notice');
        const noticeText = pageTexts(Buffer.from(notice.data, 'base64')).join('\n');
        for (const words of ['Notice of approved minutes', 'Taken down on', 'Page 1 of 1']) expect(noticeText).toContain(words);
        const extract = await exportRecord({ uri, output: { kind: 'extract', items: '§ 61' }, format: 'html' }, none);
        if (extract.refused) throw new Error(extract.refusal);
        expect(extract.fileSuffix).toBe('extract-61');
        for (const words of ['<p class="minutes-kind">Extract from the minutes</p>', 'Certified extract']) expect(extract.data).toContain(words);
        const publicVersion = await exportRecord({ uri, output: { kind: 'minutes', public: true }, format: 'pdf' }, none);
        if (publicVersion.refused) throw new Error(publicVersion.refusal);
        expect(publicVersion.fileSuffix).toBe('public');
        const texts = pageTexts(Buffer.from(publicVersion.data, 'base64'));
        expect(texts.join('\n').replace(/\s+/g, ' ')).toContain(`This item contains confidential information (${RECORD_GROUND}).`);
        texts.forEach(text => expect(text).toContain('Public version'));
        for (const number of Object.values(RECORD_IDENTITY_NUMBERS)) expect(texts.join('\n')).not.toContain(number);
    });

    test('a refusal is one sentence in the reader\'s language', async () => {
        const { uri } = await openDocument(SECOND_EDITION_ENGLISH);
        expect(await exportRecord({ uri, output: { kind: 'notice' }, format: 'pdf' }, none)).toEqual({
            refused: true, refusal: 'No notice can be made: the minutes lack the date of posting (a line such as "Posted: 2026-02-26, Town Hall").'
        });
    });
});
