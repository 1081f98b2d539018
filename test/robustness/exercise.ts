/**
 * Runs one text through everything a document meets in the editor and the CLI, the way the
 * language server would: parse, link and validate; the preview's and the export's renders; the
 * formatter; and the LSP requests at some positions (completion, hover, definition, references,
 * rename, document symbols, folding, semantic tokens, a code-action request per diagnostic).
 *
 * It returns what went wrong as sentences instead of throwing, so a fuzz run can report the
 * document with every problem it has. Used by the fuzz tests (fuzz.test.ts) and by
 * `npm run fuzz` (fuzz-main.ts).
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { ResponseError, type Diagnostic, type Position, type Range, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Document } from '../../language/generated/ast.js';
import { buildDocument } from '../../language/build-document.js';
import { ALL_CODES } from '../../language/messages.js';
import { renderBody, renderStandalonePage } from '../../language/render/html.js';
import { fixedClock } from '../../server/clock.js';
import { createMinutesServices } from '../../server/minutes-server-module.js';

export type Services = ReturnType<typeof createMinutesServices>;

/** Language-server services without an editor (English messages, a fixed "today"). */
export function createFuzzServices(lang: 'sv' | 'en' = 'en'): Services {
    return createMinutesServices(EmptyFileSystem, { messageLanguage: lang }, fixedClock({ year: 2026, month: 3, day: 11 }));
}

/** What one run found: problems (empty when all is well) and how long it took. */
export interface ExerciseResult {
    problems: string[];
    milliseconds: number;
    diagnostics: number;
}

const CODES = new Set<string>(ALL_CODES);
/** Words that a message must never show: parser jargon and template slips. */
const JARGON = /Expecting|token|undefined|NaN|\[object /u;

/** Elements and attributes the renderer writes; anything else in its output is user text that got out. */
const TAGS = new Set([
    'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'article', 'header', 'section', 'div', 'h1', 'h2', 'h3',
    'p', 'dl', 'dt', 'dd', 'ul', 'li', 'span', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'pre', 'a'
]);
const ATTRIBUTES = new Set(['class', 'lang', 'data-line', 'scope', 'role', 'charset', 'http-equiv', 'content', 'name', 'href', 'rel']);
/** The one form of a link the renderer writes (LANGUAGE-2.md section 3: http, https and mailto only). */
const LINK_TAG = /^<a href="(?:https?:\/\/|mailto:)[^"]*" rel="noopener noreferrer">$/u;

let counter = 0;

/** Line texts without their line breaks, split the way LSP positions count lines. */
function linesOf(text: string): string[] {
    return text.split(/\r\n|\n|\r/u);
}

function isInside(position: Position, lines: readonly string[]): boolean {
    return Number.isInteger(position.line) && Number.isInteger(position.character)
        && position.line >= 0 && position.line < lines.length
        && position.character >= 0 && position.character <= lines[position.line].length;
}

function before(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function checkRange(range: Range | undefined, lines: readonly string[], what: string, problems: string[]): void {
    if (!range || !isInside(range.start, lines) || !isInside(range.end, lines) || !before(range.start, range.end)) {
        problems.push(`${what}: range ${JSON.stringify(range)} is not inside the document (${lines.length} lines)`);
    }
}

/** Edits must lie in the document and not overlap, or an editor refuses (or garbles) them. */
function checkEdits(edits: readonly TextEdit[] | undefined, lines: readonly string[], what: string, problems: string[]): void {
    if (!edits) return;
    const sorted = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    let previousEnd: Position | undefined;
    for (const edit of sorted) {
        checkRange(edit.range, lines, what, problems);
        if (typeof edit.newText !== 'string') problems.push(`${what}: an edit without text`);
        if (previousEnd && !before(previousEnd, edit.range.start)) problems.push(`${what}: overlapping edits at ${JSON.stringify(edit.range)}`);
        previousEnd = edit.range.end;
    }
}

/** Every start tag and attribute in the HTML is one the renderer writes itself, and nothing executable appears. */
export function checkHtml(html: string, what: string, problems: string[]): void {
    for (const match of html.matchAll(/<\/?([A-Za-z][\w-]*)([^>]*)>/gu)) {
        const tag = match[1].toLowerCase();
        if (!TAGS.has(tag)) problems.push(`${what}: unexpected element <${tag}> in the output`);
        if (tag === 'a' && !match[0].startsWith('</') && !LINK_TAG.test(match[0])) problems.push(`${what}: a link not of the renderer's form: ${match[0]}`);
        for (const attribute of match[2].matchAll(/\s([^\s=/>]+)(?:="[^"]*")?/gu)) {
            if (!ATTRIBUTES.has(attribute[1].toLowerCase())) problems.push(`${what}: unexpected attribute ${attribute[1]} on <${tag}>`);
        }
    }
    // Outside tags, a `<` or `>` is always written as an entity; a raw one means text was not escaped.
    const outside = html.replace(/<style>[\s\S]*?<\/style>/u, '').replace(/<!DOCTYPE html>/u, '').replace(/<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?>/gu, '');
    if (/[<>]/u.test(outside)) problems.push(`${what}: a raw < or > outside the renderer's tags`);
    if (/<script|javascript:|\son\w+=/iu.test(html)) problems.push(`${what}: executable content`);
}

/**
 * Opens `text` as a new document in `services`, exercises it and closes it again. `positions`
 * are raw numbers that pick positions in the text (some deliberately just past a line's end or
 * the last line, as a client with a stale view might send).
 */
export async function exerciseDocument(services: Services, text: string, positions: readonly number[] = []): Promise<ExerciseResult> {
    const problems: string[] = [];
    const started = performance.now();
    const { shared, Minutes } = services;
    const uri = URI.parse(`memory:///fuzz-${counter++}.minutes`);
    const uriText = uri.toString();
    const textDocument = { uri: uriText };
    const lines = linesOf(text);
    let diagnosticCount = 0;
    const attempt = async <T>(what: string, action: () => T | Promise<T>, allowResponseError = false): Promise<T | undefined> => {
        try {
            return await action();
        } catch (error) {
            if (allowResponseError && error instanceof ResponseError) return undefined;
            problems.push(`${what} threw ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
            return undefined;
        }
    };

    let document: LangiumDocument<Document> | undefined;
    try {
        document = await buildDocument(shared, text, uri);
    } catch (error) {
        problems.push(`building the document threw ${error instanceof Error ? error.stack : String(error)}`);
    }
    try {
        if (!document) return { problems, milliseconds: performance.now() - started, diagnostics: 0 };
        const diagnostics: Diagnostic[] | undefined = document.diagnostics;
        if (!Array.isArray(diagnostics)) {
            problems.push('the document has no diagnostics array');
        } else {
            diagnosticCount = diagnostics.length;
            for (const d of diagnostics) {
                const message = typeof d.message === 'string' ? d.message : String(d.message);
                const label = `diagnostic ${String(d.code)} "${message.slice(0, 80)}"`;
                if (!CODES.has(String(d.code))) problems.push(`${label}: code not in ALL_CODES`);
                if (d.severity !== 1 && d.severity !== 2) problems.push(`${label}: severity ${d.severity}`);
                if (!message || JARGON.test(message)) problems.push(`${label}: message is empty or says ${JARGON.exec(message)?.[0]}`);
                checkRange(d.range, lines, label, problems);
            }
        }
        const doc = document.parseResult.value;
        const body = await attempt('renderBody', () => renderBody(doc, { dataLines: true, diagnostics: { errors: diagnosticCount, warnings: 0 } }));
        if (body !== undefined) checkHtml(body, 'renderBody', problems);
        const page = await attempt('renderStandalonePage', () => renderStandalonePage(doc));
        if (page !== undefined) checkHtml(page, 'renderStandalonePage', problems);

        const lsp = Minutes.lsp;
        const formatting = { textDocument, options: { tabSize: 4, insertSpaces: true } };
        const edits = await attempt('formatDocument', () => lsp.Formatter?.formatDocument(document!, formatting));
        checkEdits(edits, lines, 'formatDocument', problems);
        // Formatting twice gives what formatting once gives. Known exception, not checked: with
        // mixed line ends, a line break the formatter inserts after a lone CR merges into a CRLF.
        if (edits && new Set(text.match(/\r\n|\n|\r/gu)).size <= 1) {
            const once = applyEdits(text, edits);
            const again = await attempt('formatDocument (again)', () => formatTwice(services, once));
            if (again !== undefined && again !== once) {
                problems.push(`formatting is not stable: once ${JSON.stringify(once).slice(0, 300)}, twice ${JSON.stringify(again).slice(0, 300)}`);
            }
        }
        await attempt('documentSymbols', () => lsp.DocumentSymbolProvider?.getSymbols(document!, { textDocument }));
        const folds = await attempt('foldingRanges', () => lsp.FoldingRangeProvider?.getFoldingRanges(document!, { textDocument }));
        for (const fold of folds ?? []) {
            if (fold.startLine < 0 || fold.endLine >= lines.length || fold.startLine > fold.endLine) problems.push(`folding range ${JSON.stringify(fold)} outside the document`);
        }
        await attempt('semanticTokens', () => lsp.SemanticTokenProvider?.semanticHighlight(document!, { textDocument }));

        for (const d of diagnostics ?? []) {
            const actions = await attempt(`codeActions for ${String(d.code)}`, () =>
                lsp.CodeActionProvider?.getCodeActions(document!, { textDocument, range: d.range, context: { diagnostics: [d] } }));
            for (const action of actions ?? []) {
                if ('edit' in action) checkEdits(action.edit?.changes?.[uriText], lines, `code action "${action.title}"`, problems);
            }
        }

        for (const raw of positions) {
            const position = positionFor(document.textDocument, lines, raw);
            const at = { textDocument, position };
            const where = `${position.line}:${position.character}`;
            // Answers to a position outside the text may echo it; only answers to real positions are checked.
            const checked = isInside(position, lines) ? problems : [];
            const completion = await attempt(`completion at ${where}`, () => lsp.CompletionProvider?.getCompletion(document!, at));
            for (const item of completion?.items ?? []) {
                const edit = item.textEdit;
                if (edit && 'range' in edit) checkRange(edit.range, lines, `completion "${item.label}" at ${where}`, checked);
            }
            await attempt(`hover at ${where}`, () => lsp.HoverProvider?.getHoverContent(document!, at));
            await attempt(`definition at ${where}`, () => lsp.DefinitionProvider?.getDefinition(document!, at));
            await attempt(`references at ${where}`, () =>
                lsp.ReferencesProvider?.findReferences(document!, { ...at, context: { includeDeclaration: true } }));
            const prepared = await attempt(`prepareRename at ${where}`, () => lsp.RenameProvider?.prepareRename(document!, at));
            if (prepared) {
                const rename = await attempt(`rename at ${where}`, () => lsp.RenameProvider?.rename(document!, { ...at, newName: 'Ny Person' }), true);
                checkEdits(rename?.changes?.[uriText], lines, `rename at ${where}`, checked);
            }
        }
    } finally {
        await attempt('closing the document', () => shared.workspace.LangiumDocuments.deleteDocument(uri));
    }
    return { problems, milliseconds: performance.now() - started, diagnostics: diagnosticCount };
}

/**
 * A position from a raw number: mostly a real character offset, sometimes the end of a line,
 * one past it, or a line past the end of the document (clients with a stale view send those).
 */
function positionFor(textDocument: TextDocument | LangiumDocument['textDocument'], lines: readonly string[], raw: number): Position {
    const n = Math.abs(Math.trunc(raw));
    switch (n % 8) {
        case 6: {
            const line = n % lines.length;
            return { line, character: lines[line].length + 1 };
        }
        case 7:
            return { line: lines.length + (n % 3), character: n % 5 };
        default:
            return textDocument.positionAt(n % (textDocument.getText().length + 1));
    }
}

/** The formatted text of an already formatted text (the formatter reads only the text). */
async function formatTwice(services: Services, text: string): Promise<string> {
    const uri = URI.parse(`memory:///fuzz-format-${counter++}.minutes`);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, uri);
    const edits = await services.Minutes.lsp.Formatter!.formatDocument(document, { textDocument: { uri: uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return applyEdits(text, edits);
}

/** The text after applying edits, as an editor would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('memory:///x', 'minutes', 0, text), [...edits]);
}
