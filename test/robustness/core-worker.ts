/**
 * A worker thread that checks and renders documents with the language core, for the
 * pathological-input tests: the test can terminate it when a document takes too long, which
 * it could not do to its own thread. Bundled by the test (esbuild) before it is started.
 */
import '../../language/polyfill.mjs';
import { parentPort } from 'node:worker_threads';
import { EmptyFileSystem, URI } from 'langium';
import { buildDocument } from '../../language/build-document.js';
import { createMinutesCoreServices } from '../../language/minutes-module.js';
import { renderBody, renderStandalonePage } from '../../language/render/html.js';

/** What the test asks: a document, and texts the exported page must contain. */
export interface CoreRequest {
    id: number;
    text: string;
    exportContains: string[];
}

/** What the worker answers. */
export interface CoreResponse {
    id: number;
    diagnostics: Array<{ code: string; severity: number; line: number; character: number; endLine: number; endCharacter: number; message: string }>;
    lineCount: number;
    bodyLength: number;
    pageLength: number;
    exportMissing: string[];
    milliseconds: number;
    error?: string;
}

const { shared } = createMinutesCoreServices(EmptyFileSystem, { messageLanguage: 'en' });
let counter = 0;

parentPort!.on('message', async (request: CoreRequest) => {
    const started = performance.now();
    const uri = URI.parse(`memory:///pathological-${counter++}.minutes`);
    try {
        const document = await buildDocument(shared, request.text, uri);
        const doc = document.parseResult.value;
        const body = renderBody(doc, { dataLines: true, diagnostics: { errors: 1, warnings: 0 } });
        const page = renderStandalonePage(doc);
        shared.workspace.LangiumDocuments.deleteDocument(uri);
        const response: CoreResponse = {
            id: request.id,
            diagnostics: (document.diagnostics ?? []).map(d => ({
                code: String(d.code), severity: d.severity ?? 1, line: d.range.start.line, character: d.range.start.character,
                endLine: d.range.end.line, endCharacter: d.range.end.character, message: String(d.message)
            })),
            lineCount: document.textDocument.lineCount,
            bodyLength: body.length,
            pageLength: page.length,
            exportMissing: request.exportContains.filter(text => !page.includes(text)),
            milliseconds: performance.now() - started
        };
        parentPort!.postMessage(response);
    } catch (error) {
        parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.stack : String(error) });
    }
});
