/**
 * Helpers for the extension tests that run inside VS Code (see index.ts).
 *
 * Files under test are copied into a fresh temporary folder before they are opened, so that
 * the language server sees them for the first time when the test opens them (the first
 * diagnostics VS Code receives for the copy are the server's verdict on it, never a left-over),
 * and so that edits, renames and exports never touch the repository's files.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'minutes-team.minutes';

/** The repository: the extension under test runs from it (extensionDevelopmentPath). */
export function repoRoot(): string {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    // The bundle lives in <repo>/out/test/vscode/suite.cjs.
    return extension?.extensionPath ?? path.resolve(__dirname, '../../..');
}

export const fixturesDir = (): string => path.join(repoRoot(), 'test/vscode/fixtures');
export const examplesDir = (): string => path.join(repoRoot(), 'examples');
/** The shared acceptance examples live beside the repository. */
export const sharedExamplesDir = (): string => path.resolve(repoRoot(), '../shared/examples');

/** The .minutes files directly in dir (sorted), or [] when dir does not exist. */
export function minutesFilesIn(dir: string): string[] {
    try {
        return fs.readdirSync(dir).filter(f => f.endsWith('.minutes')).sort().map(f => path.join(dir, f));
    } catch {
        return [];
    }
}

const scratchDirs: string[] = [];

/** Copies file into a new temporary folder (same base name) and returns the copy's path. */
export function scratchCopy(file: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-vscode-test-'));
    scratchDirs.push(dir);
    const copy = path.join(dir, path.basename(file));
    fs.copyFileSync(file, copy);
    return copy;
}

/** Closes every editor and removes the temporary folders made by scratchCopy. */
export async function cleanUp(): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const dir of scratchDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Polls fn until check holds; returns the last value either way (the caller asserts on it). */
export async function poll<T>(fn: () => T | Promise<T>, check: (value: T) => boolean, timeoutMs = 20_000, intervalMs = 100): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await fn();
        if (check(value) || Date.now() > deadline) return value;
        await sleep(intervalMs);
    }
}

/** Resolves when VS Code next receives diagnostics for uri (also an empty list); rejects after timeoutMs. */
export function nextDiagnostics(uri: vscode.Uri, timeoutMs = 30_000): { received: Promise<void>; dispose(): void } {
    let subscription: vscode.Disposable | undefined;
    let timer: NodeJS.Timeout | undefined;
    const received = new Promise<void>((resolve, reject) => {
        subscription = vscode.languages.onDidChangeDiagnostics(event => {
            if (event.uris.some(u => u.toString() === uri.toString())) resolve();
        });
        timer = setTimeout(() => reject(new Error(`no diagnostics were published for ${uri.fsPath} within ${timeoutMs} ms`)), timeoutMs);
    });
    const dispose = () => {
        subscription?.dispose();
        clearTimeout(timer);
    };
    received.then(dispose, dispose);
    return { received, dispose };
}

/**
 * Opens a file that the language server has not seen yet (a scratchCopy) in an editor and
 * waits until its first diagnostics arrive.
 */
export async function openAndValidate(file: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
    const uri = vscode.Uri.file(file);
    const published = nextDiagnostics(uri);
    try {
        const document = await vscode.workspace.openTextDocument(uri);
        assert.strictEqual(document.languageId, 'minutes', `${path.basename(file)} did not open in the minutes language`);
        const editor = await vscode.window.showTextDocument(document);
        await published.received;
        return { document, editor };
    } finally {
        published.dispose();
    }
}

/** Applies a workspace edit and waits until the server has published the edited document's diagnostics. */
export async function applyAndRevalidate(edit: vscode.WorkspaceEdit, uri: vscode.Uri): Promise<void> {
    const published = nextDiagnostics(uri);
    try {
        assert.ok(await vscode.workspace.applyEdit(edit), 'VS Code refused to apply the edit');
        await published.received;
    } finally {
        published.dispose();
    }
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
    const code = diagnostic.code;
    return String(typeof code === 'object' && code !== null ? code.value : code);
}

/** `l:c-l:c`, 1-based, the end just past the last character (like the CLI). */
export function rangeText(range: vscode.Range): string {
    return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

/** `code@l:c-l:c`, with ` (warning)` / ` (info)` for severities other than error; sorted. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string[] {
    const severity = (d: vscode.Diagnostic) => d.severity === vscode.DiagnosticSeverity.Error ? ''
        : d.severity === vscode.DiagnosticSeverity.Warning ? ' (warning)' : ` (${vscode.DiagnosticSeverity[d.severity].toLowerCase()})`;
    return diagnostics.map(d => `${codeOf(d)}@${rangeText(d.range)}${severity(d)}`).sort(compareSpecs);
}

/** Orders `code@l:c-…` strings by position, then code. */
export function compareSpecs(a: string, b: string): number {
    const key = (s: string) => {
        const m = /@(\d+):(\d+)/.exec(s);
        return m ? Number(m[1]) * 10_000 + Number(m[2]) : 0;
    };
    return key(a) - key(b) || a.localeCompare(b);
}

/** Position of the occurrence-th `needle` in the document, `delta` characters into it. */
export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 1, delta = 1): vscode.Position {
    const text = document.getText();
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        assert.ok(index >= 0, `"${needle}" occurs fewer than ${occurrence} times`);
    }
    return document.positionAt(index + delta);
}

/** The range of the occurrence-th `needle` in the document. */
export function rangeOf(document: vscode.TextDocument, needle: string, occurrence = 1): vscode.Range {
    const start = positionOf(document, needle, occurrence, 0);
    return new vscode.Range(start, start.translate(0, needle.length));
}

/** Runs a command that may wait on a notification (which nobody clicks in a test) without awaiting it. */
export function startCommand(command: string, ...args: unknown[]): { settled: Promise<{ error?: unknown }> } {
    const settled = Promise.resolve(vscode.commands.executeCommand(command, ...args)).then(() => ({}), (error: unknown) => ({ error }));
    return { settled };
}

export async function settledWithin<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms); });
    try {
        return await Promise.race([promise, timeout]);
    } finally {
        clearTimeout(timer);
    }
}

/**
 * Waits for a started export command, dismissing its "Exported to …" notification meanwhile (it
 * may not be on screen yet: it keeps dismissing until the command ends).
 */
export async function settledDismissing(run: { settled: Promise<{ error?: unknown }> }, what: string): Promise<{ error?: unknown }> {
    let done = false;
    const outcome = run.settled.finally(() => { done = true; });
    const dismiss = (async () => {
        while (!done) {
            await vscode.commands.executeCommand('notifications.clearAll');
            await new Promise(r => setTimeout(r, 250));
        }
    })();
    try {
        return await settledWithin(outcome, 15_000, `${what} (after dismissing its notification)`);
    } finally {
        done = true;
        await dismiss;
    }
}
