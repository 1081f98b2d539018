/**
 * "Minutes: Export Notice of Approval…", "Minutes: Export Extract…" and "Minutes: Export Public
 * Version…" (issue 14): the server makes the output (`minutes/exportRecord`), and it is written
 * like the minutes' own export (export-command.ts: same places, same safety, the same question
 * for a document with errors). Each asks for the format (HTML page or PDF) unless its caller says;
 * the extract asks which items, offering the item at the cursor, unless the code lens above an
 * item (server/record-code-lens.ts) says. A document that cannot give the output (a notice
 * without `Justering` or `Anslag`, an item it lacks) gets a warning that says what is missing.
 */
import * as vscode from 'vscode';
import type { Catalog } from '../../common/l10n/index.js';
import type { OutputRequest } from '../../language/render/outputs.js';
import type { MinutesServer } from '../minutes-server.js';
import { uiStringsFor } from '../settings.js';
import { exportDocument, ExportRefused, HTML_EXPORT, PDF_EXPORT, type ExportFormat } from './export-command.js';

/** Which output a command makes. */
export type RecordOutputKind = 'notice' | 'extract' | 'public';

/** What a caller (a code lens, a test, a keybinding's args) may settle instead of asking. */
export interface RecordCommandOptions {
    format?: 'html' | 'pdf';
    /** The extract's items: `§ 14, 16`. */
    items?: string;
}

/** The command that lists the code lenses of a document (VS Code's own). */
const CODE_LENSES = 'vscode.executeCodeLensProvider';

/** The export format of an output: the minutes' own format, fetching the output instead, with the output's words. */
export function recordFormat(output: OutputRequest, format: 'html' | 'pdf'): ExportFormat {
    const base = format === 'pdf' ? PDF_EXPORT : HTML_EXPORT;
    const kind: RecordOutputKind = output.kind === 'minutes' ? 'public' : output.kind;
    return {
        ...base,
        fetch: async (server, uri) => {
            const result = await server.exportRecord({ uri, output, format });
            if (result.refused) throw new ExportRefused(result.refusal);
            const data = format === 'pdf' ? Buffer.from(result.data, 'base64') : result.data;
            return { data, errors: result.errors, title: result.title, fileSuffix: result.fileSuffix };
        },
        words: catalog => {
            const words = catalog.record.editor;
            const title = { notice: words.noticeTitle, extract: words.extractTitle, public: words.publicTitle }[kind];
            const exporting = { notice: words.exportingNotice, extract: words.exportingExtract, public: words.exportingPublic }[kind];
            return { ...base.words(catalog), title, exporting };
        },
    };
}

/** HTML page or PDF, asked in the document's language; undefined when the user cancels. */
async function pickFormat(catalog: Catalog): Promise<'html' | 'pdf' | undefined> {
    const words = catalog.record.editor;
    const picked = await vscode.window.showQuickPick(
        [{ label: words.html, format: 'html' as const }, { label: words.pdf, format: 'pdf' as const }],
        { title: words.pickFormat, placeHolder: words.pickFormat },
    );
    return picked?.format;
}

/** The items of the code lens at or above the cursor, if the document is open in the active editor. */
async function itemsAtCursor(resource: vscode.Uri): Promise<string | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.uri.toString() !== resource.toString()) return undefined;
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(CODE_LENSES, resource) ?? [];
    const line = editor.selection.active.line;
    const above = lenses.filter(lens => lens.range.start.line <= line && lens.command?.command === 'minutes.exportExtract');
    const nearest = above.sort((a, b) => b.range.start.line - a.range.start.line)[0];
    const options = nearest?.command?.arguments?.[1] as RecordCommandOptions | undefined;
    return options?.items;
}

/** Which items the extract holds, asked with the item at the cursor offered; undefined when cancelled. */
async function askItems(resource: vscode.Uri, catalog: Catalog): Promise<string | undefined> {
    const words = catalog.record.editor;
    const value = await itemsAtCursor(resource);
    const items = await vscode.window.showInputBox({ title: words.extractTitle, prompt: words.extractPrompt, placeHolder: words.extractPlaceholder, value });
    return items?.trim() || undefined;
}

/** Runs one of the three commands for `resource`; resolves to the written file (undefined when nothing was written). */
export async function exportRecord(server: MinutesServer, resource: vscode.Uri, kind: RecordOutputKind, options: RecordCommandOptions = {}): Promise<vscode.Uri | undefined> {
    const catalog = uiStringsFor(resource);
    let output: OutputRequest;
    if (kind === 'extract') {
        const items = options.items ?? await askItems(resource, catalog);
        if (!items) return undefined;
        output = { kind: 'extract', items };
    } else {
        output = kind === 'notice' ? { kind: 'notice' } : { kind: 'minutes', public: true };
    }
    const format = options.format ?? await pickFormat(catalog);
    if (!format) return undefined;
    return exportDocument(server, resource, recordFormat(output, format));
}
