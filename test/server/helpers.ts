import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, MarkupContent, Position, TextEdit } from 'vscode-languageserver';
import { buildDocument, type Document, type MinutesSettings } from '../../language/index.js';
import { createMinutesServices } from '../../server/minutes-server-module.js';
import { fixedClock } from '../../server/clock.js';

/** The day completion tests treat as today: a Wednesday. */
export const TODAY = { year: 2026, month: 3, day: 11 };

export { ENGLISH_MINUTES, SWEDISH_MINUTES } from '../fixtures/fixtures.js';

/** Language-server services without an editor, with "today" fixed. */
export function createServices(settings: Partial<MinutesSettings> = {}) {
    return createMinutesServices(EmptyFileSystem, { messageLanguage: 'en', ...settings }, fixedClock(TODAY));
}

export type Services = ReturnType<typeof createServices>;

let counter = 0;

/** Parses, links and validates a text as a fresh document of the given services. */
export async function open(services: Services, text: string): Promise<LangiumDocument<Document>> {
    const uri = URI.parse(`memory:///server-${counter++}.minutes`);
    return buildDocument(services.shared, text, uri);
}

/** Splits `text` at the single `|` cursor marker: the text without it and the cursor's position. */
export function cursor(marked: string): { text: string; position: Position } {
    const offset = marked.indexOf('|');
    if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) throw new Error('mark exactly one cursor with |');
    const text = marked.slice(0, offset) + marked.slice(offset + 1);
    const before = text.slice(0, offset).split('\n');
    return { text, position: { line: before.length - 1, character: before[before.length - 1].length } };
}

/** The position of the `occurrence`-th appearance of `needle` (plus `delta` characters). */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 1): Position {
    let offset = -1;
    for (let i = 0; i < occurrence; i++) {
        offset = text.indexOf(needle, offset + 1);
        if (offset < 0) throw new Error(`"${needle}" not found`);
    }
    return TextDocument.create('x', 'minutes', 0, text).positionAt(offset + delta);
}

/** The text after applying edits, as the editor would. */
export function applyEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('x', 'minutes', 0, text), edits);
}

/** The Markdown of the hover at the `occurrence`-th `needle` (plus `delta` characters), if any. */
export async function hoverText(services: Services, text: string, needle: string, occurrence = 1, delta = 1): Promise<string | undefined> {
    const document = await open(services, text);
    const result = await services.Minutes.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(text, needle, delta, occurrence)
    });
    return result && (result.contents as MarkupContent).value;
}

/**
 * A municipal protocol of the second edition: a voting group, a member replaced by a serving
 * substitute for one item, a group of owners, the group's name in prose.
 */
export const SERVING = `Protokoll: Socialnämnden
Tid: 2026-02-17

Beslutande:
- Magnus Gyllestad (S)
- Bo Eliasson (V) (§ 1)

Tjänstgörande ersättare:
- Cristina Kvist (V), för Bo § 2

Grupper:
- Förvaltningen

Ordförande: Magnus Gyllestad
Sekreterare: Cristina Kvist
Justerare: Bo Eliasson

§ 1: Budget
Förvaltningen redovisade.
Beslut: Fastställs.
Uppdrag: Skriv.
Ansvarig: förvaltningen
Senast: 2026-03-01

§ 2: Övrigt
Beslut: Inget.
`;
/** A quick fix as the user sees it: its title, whether it is preferred, the document after it. */
export interface Fix {
    title: string;
    preferred: boolean;
    /** The document after applying the fix. */
    result: string;
}

/** The quick fixes offered for the diagnostics with `code`, applied one by one to the text. */
export async function quickFixes(services: Services, text: string, code: string): Promise<Fix[]> {
    const document = await open(services, text);
    const diagnostics = (document.diagnostics ?? []).filter(d => d.code === code);
    if (diagnostics.length === 0) throw new Error(`no ${code} in ${JSON.stringify(document.diagnostics?.map(d => d.code))}`);
    const actions = await services.Minutes.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostics[0].range, context: { diagnostics }
    }) as CodeAction[];
    return actions.map(action => ({
        title: action.title,
        preferred: action.isPreferred === true,
        result: applyEdits(text, action.edit!.changes![document.uri.toString()])
    }));
}
