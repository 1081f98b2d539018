import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { buildDocument, createMinutesCoreServices, type Document, type MinutesSettings } from '../../language/index.js';

let counter = 0;

/** Parses, links and validates a text as a fresh document. */
export async function check(text: string, settings: Partial<MinutesSettings> = {}): Promise<{ document: LangiumDocument<Document>; diagnostics: Diagnostic[] }> {
    const { shared } = createMinutesCoreServices(EmptyFileSystem, { messageLanguage: 'en', ...settings });
    const uri = URI.parse(`memory:///test-${counter++}.minutes`);
    const document = await buildDocument(shared, text, uri);
    return { document, diagnostics: document.diagnostics ?? [] };
}

/** `code@line:col-line:col` (1-based, end exclusive) for compact expectations. */
export function summary(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`);
}
