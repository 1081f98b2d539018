/**
 * Parse, link and validate one text: what the CLI does for every file, and the tests and
 * benchmarks for every sample. The language server builds its documents through Langium's
 * workspace instead (they arrive from the editor), with the same services.
 */
import type { LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
import type { Document } from './generated/ast.js';

/**
 * Builds `text` as the document at `uri`: parsed, linked and validated, and added to the
 * workspace so that the index and the references see it. Its diagnostics are in document
 * order (minutes-document-validator.ts).
 */
export async function buildDocument(shared: LangiumSharedCoreServices, text: string, uri: URI): Promise<LangiumDocument<Document>> {
    const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}
