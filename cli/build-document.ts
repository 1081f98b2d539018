/** Parse, link and validate one text through the language services, as the editor does. */
import type { LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
import type { Document } from '../language/generated/ast.js';
import type { MinutesServices } from '../language/minutes-module.js';

/** The services the CLI builds documents with. */
export interface CliServices {
    shared: LangiumSharedCoreServices;
    Minutes: MinutesServices;
}

/** Parses, links and validates one text through the language services. */
export async function buildDocument(services: CliServices, text: string, uri: URI): Promise<LangiumDocument<Document>> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

/**
 * Forgets a document once its results are out: each file is checked on its own, so memory
 * stays flat over a large folder and a URI can be built again (`-` named like a file, say).
 */
export function releaseDocument(services: CliServices, uri: URI): void {
    services.shared.workspace.LangiumDocuments.deleteDocument(uri);
}
