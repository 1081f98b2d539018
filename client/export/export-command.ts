/**
 * "Minutes: Export to HTML" and "Minutes: Export to PDF": asks the server for the standalone
 * page or the PDF and writes it with writeExport (common/write-file.ts: atomic, never over the
 * minutes file, never through a link it finds). A document with errors is exported only
 * when the user says so (the page then says at its top that it has errors). Where: next to the
 * source, in `minutes.export.folder`, or, for unsaved documents and with
 * `minutes.export.askForLocation`, where a save dialog says. Tells the outcome in plain words,
 * with Open and Reveal buttons.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { exportErrorMessage } from '../../common/export-messages.js';
import { ExportError, writeExport } from '../../common/write-file.js';
import type { ExportExtension } from '../../common/export-path.js';
import type { MinutesServer } from '../minutes-server.js';
import type { Catalog, ExtensionText } from '../../common/l10n/index.js';
import { exportSettings, uiStringsFor } from '../settings.js';
import { exportTarget, fileNameForTitle } from './export-target.js';
import { showExportedPage } from './exported-page-view.js';

/** What the server made for an export: the file's content, the document's errors and title. */
export interface Exported {
    data: string | Uint8Array;
    errors: number;
    title: string;
    /** What the default file name gets after the source's (`anslag`, `utdrag-14`); none for the minutes. */
    fileSuffix?: string;
}

/** The server's answer that the document cannot give this output (a notice without `Justering`): shown as a warning. */
export class ExportRefused extends Error { }

/** The words of one format's export, from the catalog. */
export interface FormatWords {
    fileType: string;
    title: string;
    notOnDisk(target: string): string;
    exporting: string;
    couldNotBeMade(reason: string): string;
}

/** What differs between exporting a page and a PDF. */
export interface ExportFormat {
    extension: ExportExtension;
    /** The extensions the save dialog offers, without dots. */
    fileExtensions: string[];
    fetch(server: MinutesServer, uri: string): Promise<Exported>;
    words(catalog: Catalog): FormatWords;
    /** Shows the written file. */
    open(target: vscode.Uri, text: ExtensionText): Promise<void>;
}

export const HTML_EXPORT: ExportFormat = {
    extension: '.html',
    fileExtensions: ['html', 'htm'],
    fetch: async (server, uri) => {
        const { html, errors, title } = await server.exportHtml(uri);
        return { data: html, errors, title };
    },
    words: ({ extension: text }) => ({
        fileType: text.htmlPage, title: text.exportTitle, notOnDisk: text.exportNotOnDisk,
        exporting: text.exporting, couldNotBeMade: text.pageCouldNotBeMade
    }),
    open: (target, text) => openExport(target, text),
};

export const PDF_EXPORT: ExportFormat = {
    extension: '.pdf',
    fileExtensions: ['pdf'],
    fetch: async (server, uri) => {
        const { pdf, errors, title } = await server.exportPdf(uri);
        return { data: Buffer.from(pdf, 'base64'), errors, title };
    },
    words: ({ extension: text }) => ({
        fileType: text.pdfDocument, title: text.exportPdfTitle, notOnDisk: text.exportPdfNotOnDisk,
        exporting: text.exportingPdf, couldNotBeMade: text.pdfCouldNotBeMade
    }),
    // The system's PDF viewer; VS Code itself has none to fall back on.
    open: async target => { await vscode.env.openExternal(target); },
};

/** Asks where to save; undefined when the user cancels. */
async function askForTarget(suggested: vscode.Uri, catalog: Catalog, format: ExportFormat): Promise<vscode.Uri | undefined> {
    const words = format.words(catalog);
    return vscode.window.showSaveDialog({
        defaultUri: suggested,
        filters: { [words.fileType]: format.fileExtensions },
        saveLabel: catalog.extension.exportButton,
        title: words.title,
    });
}

/** The folder of the workspace that holds the document, else the first workspace folder. */
function workspaceFolderOf(resource: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(resource) ?? vscode.workspace.workspaceFolders?.[0];
    return folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
}

/** Whether the extension runs on the user's own desktop, where the OS can open and reveal files. */
function isLocalDesktop(): boolean {
    return vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined;
}

/**
 * Opens the exported page: in the default browser on a local desktop. Elsewhere (the
 * browser-based VS Code, a remote window) the browser cannot reach the file and `vscode.open`
 * would show its HTML source, so the page is shown rendered in a panel of VS Code.
 */
async function openExport(target: vscode.Uri, text: ExtensionText): Promise<void> {
    if (isLocalDesktop() && await vscode.env.openExternal(target)) return;
    await showExportedPage(target, text);
}

/** How the file can be revealed here: the OS file manager, VS Code's explorer, or not at all. */
async function revealCommand(target: vscode.Uri): Promise<string | undefined> {
    const commands = await vscode.commands.getCommands(true);
    if (isLocalDesktop() && commands.includes('revealFileInOS')) return 'revealFileInOS';
    // In the browser (code-server) there is no OS file manager; the explorer shows workspace files.
    if (vscode.workspace.getWorkspaceFolder(target) && commands.includes('revealInExplorer')) return 'revealInExplorer';
    return undefined;
}

/** Whether to go on with a document that has errors: a modal question, Cancel by default. */
async function exportDespiteErrors(resource: vscode.Uri, errors: number, text: ExtensionText): Promise<boolean> {
    const question = text.exportWithErrors(path.basename(resource.path), errors);
    const exportAnyway = text.exportAnyway;
    const choice = await vscode.window.showWarningMessage(question, { modal: true, detail: text.exportWithErrorsDetail }, exportAnyway);
    return choice === exportAnyway;
}

/** Where the page goes, and whether the user named it there. */
interface ExportTarget {
    uri: vscode.Uri;
    /**
     * A target the user picked in the save dialog is theirs to name, a link too; one computed
     * here never writes through a link or over a pipe or device found there (common/write-file.ts).
     */
    named: boolean;
}

/** Where the file goes: decided by the settings, or asked with a save dialog; undefined when cancelled. */
async function chooseTarget(resource: vscode.Uri, exported: Exported, catalog: Catalog, format: ExportFormat): Promise<ExportTarget | undefined> {
    const settings = exportSettings(resource);
    const onDisk = resource.scheme === 'file';
    const workspaceFolder = workspaceFolderOf(resource);
    const besideSource = () => exportTarget(resource.fsPath, settings.folder, workspaceFolder, format.extension, exported.fileSuffix);
    if (onDisk && !settings.askForLocation) return { uri: vscode.Uri.file(besideSource()), named: false };
    const suggested = onDisk ? besideSource() : path.join(workspaceFolder ?? os.homedir(), fileNameForTitle(exported.title, format.extension));
    const picked = await askForTarget(vscode.Uri.file(suggested), catalog, format);
    if (!picked) return undefined;
    if (picked.scheme !== 'file') {
        void vscode.window.showErrorMessage(format.words(catalog).notOnDisk(picked.toString()));
        return undefined;
    }
    return { uri: picked, named: true };
}

/**
 * The page or PDF from the server; undefined (after saying why) when it could not be made, or
 * when the document cannot give it (a warning that says what is missing).
 */
async function fetchExport(server: MinutesServer, resource: vscode.Uri, catalog: Catalog, format: ExportFormat): Promise<Exported | undefined> {
    const words = format.words(catalog);
    try {
        return await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: words.exporting },
            () => format.fetch(server, resource.toString()),
        );
    } catch (error) {
        if (error instanceof ExportRefused) {
            void vscode.window.showWarningMessage(error.message);
            return undefined;
        }
        const reason = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(words.couldNotBeMade(reason));
        return undefined;
    }
}

/** Exports the document `resource` to HTML; see the module comment. */
export function exportToHtml(server: MinutesServer, resource: vscode.Uri): Promise<vscode.Uri | undefined> {
    return exportDocument(server, resource, HTML_EXPORT);
}

/** Exports the document `resource` to PDF; see the module comment. */
export function exportToPdf(server: MinutesServer, resource: vscode.Uri): Promise<vscode.Uri | undefined> {
    return exportDocument(server, resource, PDF_EXPORT);
}

/** Exports the document `resource` in `format`; see the module comment. */
export async function exportDocument(server: MinutesServer, resource: vscode.Uri, format: ExportFormat): Promise<vscode.Uri | undefined> {
    // Every notice of this export speaks the document's language (see messageLanguage).
    const catalog = uiStringsFor(resource);
    const text = catalog.extension;
    const exported = await fetchExport(server, resource, catalog, format);
    if (!exported) return undefined;
    if (exported.errors > 0 && !await exportDespiteErrors(resource, exported.errors, text)) return undefined;
    const chosen = await chooseTarget(resource, exported, catalog, format);
    if (!chosen) return undefined;
    const target = chosen.uri;

    try {
        // An unsaved document has no file; its name cannot clash with the target.
        await writeExport(resource.scheme === 'file' ? resource.fsPath : undefined, target.fsPath, exported.data, { named: chosen.named });
    } catch (error) {
        const message = error instanceof ExportError
            ? exportErrorMessage(error, catalog.lang)
            : text.couldNotWrite(target.fsPath, error instanceof Error ? error.message : String(error));
        void vscode.window.showErrorMessage(message);
        return undefined;
    }

    // The command is done once the file is written: the notification's buttons are offered
    // without holding up whoever ran the command (a keybinding, a task, a test).
    void offerOpenOrReveal(target, text, format);
    return target;
}

/** Says where the file was written, with Open and (where it can) Reveal buttons. */
export async function offerOpenOrReveal(target: vscode.Uri, text: ExtensionText, format: ExportFormat): Promise<void> {
    const open = text.open;
    const reveal = text.reveal;
    const reveals = await revealCommand(target);
    const buttons = reveals ? [open, reveal] : [open];
    const choice = await vscode.window.showInformationMessage(text.exportedTo(target.fsPath), ...buttons);
    if (choice === open) await format.open(target, text);
    else if (choice === reveal && reveals) await vscode.commands.executeCommand(reveals, target);
}
