/**
 * The server soak: a long session of documents opened, changed and closed while their files
 * are deleted, made unreadable and restored underneath, as a file watcher reports it. Shared
 * by the robustness test (which asserts the server is alive and answering) and `npm run bench`
 * (which reports its answer time and memory).
 */
import { chmodSync, existsSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentSymbolRequest, FileChangeType, type DocumentSymbol } from 'vscode-languageserver/node';
import { LspSession, within } from './lsp-session.js';
import { sharedTempFolder, unprivilegedUser } from './unprivileged.js';

/** A small valid document; `variant` changes its title and, on odd variants, leaves one name unknown. */
export function soakText(index: number, variant: number): string {
    const chair = variant % 2 === 1 ? 'Cy Dahl' : 'Ada Lee';
    return `Minutes: Meeting ${index}, version ${variant}\nDate: Thursday 2026-03-12\n\nPresent:\n- Ada Lee\n- Bo Berg\n- Eva Ek\n\n`
        + `Chair: ${chair}\nSecretary: Bo Berg\nAdjuster: Eva Ek\n\nItem 1: Budget\nThe budget was discussed at length.\nDecision: Approved.\n`;
}

export interface SoakOptions {
    cycles: number;
    documents: number;
    /** Called every `every` cycles (and at the end) with the cycle number, to measure or check. */
    checkpoint?: (cycle: number) => Promise<void>;
    every?: number;
}

export interface SoakSession {
    session: LspSession;
    folder: ReturnType<typeof sharedTempFolder>;
    uriOf(index: number): string;
    /** Whether the server could not read mode-000 files (false only when it runs as root). */
    unreadableTested: boolean;
    dispose(): Promise<void>;
}

/** A workspace of `documents` files and a server on it, as an unprivileged user when this runs as root. */
export async function startSoak(documents: number): Promise<SoakSession> {
    const folder = sharedTempFolder('minutes-soak-');
    for (let i = 0; i < documents; i++) folder.write(fileName(i), soakText(i, 0));
    const user = unprivilegedUser();
    const session = await LspSession.start({ workspaceFolder: folder.path, user });
    return {
        session, folder,
        uriOf: index => pathToFileURL(join(folder.path, fileName(index))).href,
        unreadableTested: user !== undefined || process.getuid?.() !== 0,
        dispose: async () => {
            await session.stop();
            folder.remove();
        }
    };
}

function fileName(index: number): string {
    return `doc-${String(index).padStart(3, '0')}.minutes`;
}

/**
 * Runs the cycles: open, change and close one document each; every 7th cycle a file is deleted,
 * every 11th one made unreadable, every 13th all are restored, each reported by the watcher
 * (deleted files also as "changed", as some watchers do).
 */
export async function runSoak(soak: SoakSession, options: SoakOptions): Promise<void> {
    const { session, folder } = soak;
    const every = options.every ?? 100;
    for (let cycle = 0; cycle < options.cycles; cycle++) {
        const index = (cycle * 37) % options.documents;
        const uri = soak.uriOf(index);
        await session.open(uri, soakText(index, cycle));
        await session.change(uri, soakText(index, cycle + 1), 2);
        await session.close(uri);
        const other = (cycle * 13 + 5) % options.documents;
        const otherPath = join(folder.path, fileName(other));
        if (cycle % 7 === 0 && existsSync(otherPath)) {
            unlinkSync(otherPath);
            await session.filesChanged([{ uri: soak.uriOf(other), type: cycle % 2 === 0 ? FileChangeType.Deleted : FileChangeType.Changed }]);
        } else if (cycle % 11 === 0 && existsSync(otherPath)) {
            chmodSync(otherPath, 0o000);
            await session.filesChanged([{ uri: soak.uriOf(other), type: FileChangeType.Changed }]);
        } else if (cycle % 13 === 0) {
            await session.filesChanged(restoreAll(soak, options.documents, cycle));
        }
        if (options.checkpoint && (cycle + 1) % every === 0) await options.checkpoint(cycle + 1);
    }
}

function restoreAll(soak: SoakSession, documents: number, cycle: number): Array<{ uri: string; type: FileChangeType }> {
    const changes: Array<{ uri: string; type: FileChangeType }> = [];
    for (let i = 0; i < documents; i++) {
        const path = join(soak.folder.path, fileName(i));
        if (!existsSync(path)) {
            soak.folder.write(fileName(i), soakText(i, cycle));
            changes.push({ uri: soak.uriOf(i), type: FileChangeType.Created });
        } else if (!isReadableByOthers(path)) {
            chmodSync(path, 0o644);
            changes.push({ uri: soak.uriOf(i), type: FileChangeType.Changed });
        }
    }
    return changes;
}

function isReadableByOthers(path: string): boolean {
    return (statSync(path).mode & 0o004) !== 0;
}

/** One probe: a fresh document gets its diagnostics, its outline and its preview. Resolves with the time each took. */
export async function probe(session: LspSession, name: string, limitMs: number): Promise<{ diagnostics: number; outline: number; render: number }> {
    const uri = `file:///tmp/minutes-soak-probe-${name}.minutes`;
    let started = Date.now();
    const before = session.publishCount(uri);
    await session.open(uri, soakText(0, 1));
    const diagnostics = await session.nextDiagnostics(uri, before, limitMs);
    if (diagnostics.map(d => d.code).join() !== 'person-unknown') throw new Error(`${name}: unexpected diagnostics ${JSON.stringify(diagnostics)}`);
    const diagnosticsMs = Date.now() - started;
    started = Date.now();
    const symbols = await session.request(DocumentSymbolRequest.type, { textDocument: { uri } }, limitMs, `${name}: outline`) as DocumentSymbol[];
    if (symbols[0]?.name !== 'Meeting 0, version 1') throw new Error(`${name}: unexpected outline ${JSON.stringify(symbols.map(s => s.name))}`);
    const outlineMs = Date.now() - started;
    started = Date.now();
    const rendered = await within(session.connection.sendRequest<{ title: string }>('minutes/render', { uri, version: 1 }), limitMs, `${name}: render`);
    if (rendered.title !== 'Meeting 0, version 1') throw new Error(`${name}: unexpected render title ${rendered.title}`);
    const renderMs = Date.now() - started;
    await session.close(uri);
    return { diagnostics: diagnosticsMs, outline: outlineMs, render: renderMs };
}
