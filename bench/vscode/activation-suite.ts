/**
 * Runs inside a real VS Code extension host (code-server), started by bench/activation.ts
 * through test/vscode/code-server.mjs. No .minutes file is open when it starts, so the
 * extension is not active yet: it times `extension.activate()` (VS Code loads the extension's
 * bundle and calls and awaits its activate()), then opens a file with one known error and
 * times until VS Code shows that error (the language server started, initialized, parsed,
 * validated and published).
 */
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';

function waitForDiagnostics(uri: vscode.Uri, timeoutMs: number): Promise<vscode.Diagnostic[]> {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            listener.dispose();
            reject(new Error(`no diagnostics for ${uri.toString()} within ${timeoutMs} ms`));
        }, timeoutMs);
        const listener = vscode.languages.onDidChangeDiagnostics(event => {
            if (!event.uris.some(u => u.toString() === uri.toString())) return;
            const diagnostics = vscode.languages.getDiagnostics(uri);
            if (diagnostics.length === 0) return;
            clearTimeout(timer);
            listener.dispose();
            resolve(diagnostics);
        });
    });
}

export async function run(): Promise<object> {
    const id = process.env.MINUTES_BENCH_EXTENSION_ID ?? '';
    const file = process.env.MINUTES_BENCH_FILE ?? '';
    const extension = vscode.extensions.getExtension(id);
    if (!extension) throw new Error(`extension ${id} is not installed in the extension host`);
    const wasActive = extension.isActive;
    const activateStart = performance.now();
    await extension.activate();
    const activateMs = performance.now() - activateStart;

    const uri = vscode.Uri.file(file);
    const openStart = performance.now();
    const diagnostics = waitForDiagnostics(uri, 60_000);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const shown = await diagnostics;
    const firstDiagnosticsMs = performance.now() - openStart;
    return {
        passed: 1,
        failed: 0,
        failures: [],
        tests: [],
        bench: {
            wasActive,
            activateMs,
            firstDiagnosticsMs,
            codes: shown.map(d => typeof d.code === 'object' ? String(d.code.value) : String(d.code)),
            vscodeVersion: vscode.version,
            node: process.version
        }
    };
}
