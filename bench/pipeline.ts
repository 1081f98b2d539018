/**
 * Cases a and b: parse + link + validate through the Langium DocumentBuilder, as the CLI does
 * (a fresh document each run), and the full export pipeline (the same plus
 * renderStandalonePage) against markdown-it rendering the Markdown twin, as VS Code's
 * Markdown preview would.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import MarkdownIt from 'markdown-it';
import { createMinutesCoreServices } from '../language/minutes-module.js';
import type { Document } from '../language/generated/ast.js';
import { renderStandalonePage } from '../language/render/html.js';
import { renderDocumentPdf } from '../pdf/render-pdf.js';
import { buildDocument } from '../language/build-document.js';

export type CoreServices = ReturnType<typeof createMinutesCoreServices>;

export function createCoreServices(): CoreServices {
    return createMinutesCoreServices(EmptyFileSystem, { messageLanguage: 'sv' });
}

let counter = 0;

/** Parses, links and validates a text as a new document, as the CLI does (language/build-document.ts). */
export async function buildFresh(services: CoreServices, text: string): Promise<LangiumDocument<Document>> {
    return buildDocument(services.shared, text, URI.parse(`memory:///bench-${counter++}.minutes`));
}

/** Forgets a document so that runs do not pile up in the workspace. */
export function forget(services: CoreServices, document: LangiumDocument): void {
    services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    services.shared.workspace.IndexManager.remove(document.uri);
}

/** Fails loudly when a benchmark document does not check clean: timing a broken parse means nothing. */
export function assertClean(document: LangiumDocument<Document>, what: string): void {
    const problems = [
        ...document.parseResult.lexerErrors.map(e => `lexer: ${e.message}`),
        ...document.parseResult.parserErrors.map(e => `parser: ${e.message}`),
        ...(document.diagnostics ?? []).map(d => `${d.range.start.line + 1}: [${d.code}] ${typeof d.message === 'string' ? d.message : d.message.value}`)
    ];
    if (problems.length > 0) throw new Error(`${what} does not check clean:\n${problems.slice(0, 10).join('\n')}`);
}

/** One run of parse + link + validate; the returned clean-up (untimed) forgets the document. */
export function parseValidateRun(services: CoreServices, text: string): () => Promise<() => void> {
    return async () => {
        const document = await buildFresh(services, text);
        return () => forget(services, document);
    };
}

/** One run of the full export pipeline: parse, link, validate, renderStandalonePage. */
export function pipelineRun(services: CoreServices, text: string): () => Promise<() => void> {
    return async () => {
        const document = await buildFresh(services, text);
        const page = renderStandalonePage(document.parseResult.value);
        if (page.length === 0) throw new Error('empty page');
        return () => forget(services, document);
    };
}

/** The number of pages of a PDF as pdfkit writes it (one `/Type /Page` object each). */
export function pdfPages(pdf: Uint8Array): number {
    return Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\n/g)?.length ?? 0;
}

/**
 * One run of the PDF export: parse, link, validate, the render model and the PDF, as
 * `minutes export --format pdf` does in its process; `onPages` hears the page count.
 */
export function pdfRun(services: CoreServices, text: string, onPages: (pages: number) => void): () => Promise<() => void> {
    return async () => {
        const document = await buildFresh(services, text);
        onPages(pdfPages(await renderDocumentPdf(document.parseResult.value)));
        return () => forget(services, document);
    };
}

/** markdown-it as VS Code's Markdown preview configures it: raw HTML allowed, links recognised. */
export function createMarkdownIt(): MarkdownIt {
    return new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false });
}

/** One markdown-it render of the Markdown twin. */
export function markdownItRun(md: MarkdownIt, markdown: string): () => void {
    return () => {
        const page = md.render(markdown);
        if (page.length === 0) throw new Error('empty page');
    };
}
