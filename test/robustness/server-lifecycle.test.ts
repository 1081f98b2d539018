/**
 * The language server over a session, driven over stdio as an editor drives it: files that
 * disappear or cannot be read, documents opened and closed, changes out of order, renders of
 * versions that never come and of closed documents. The server must stay alive and answer.
 */
import { chmodSync, unlinkSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { DocumentSymbolRequest, FileChangeType, type DocumentSymbol } from 'vscode-languageserver/node';
import type { RenderResult } from '../../common/contract.js';
import { LspSession, within } from './lsp-session.js';
import { sharedTempFolder, unprivilegedUser } from './unprivileged.js';

const LIMIT_MS = 10_000;

const text = (title: string, chair = 'Ada Lee') =>
    `Minutes: ${title}\nDate: Thursday 2026-03-12\n\nPresent:\n- Ada Lee\n- Bo Berg\n- Eva Ek\n\nChair: ${chair}\nSecretary: Bo Berg\nAdjuster: Eva Ek\n\nItem 1: Budget\nDecision: Approved.\n`;

let session: LspSession | undefined;
let folder: ReturnType<typeof sharedTempFolder> | undefined;

afterEach(async () => {
    await session?.stop();
    session = undefined;
    folder?.remove();
    folder = undefined;
});

/** Opens `uri` and resolves with its first diagnostics. */
async function openAndCheck(s: LspSession, uri: string, content: string, version = 1): Promise<string[]> {
    const before = s.publishCount(uri);
    await s.open(uri, content, version);
    return (await s.nextDiagnostics(uri, before, LIMIT_MS)).map(d => String(d.code));
}

/** The server is alive and serves a fresh document: diagnostics, outline and preview. */
async function stillServes(s: LspSession, what: string): Promise<void> {
    const uri = `file:///tmp/still-serves-${Math.random().toString(36).slice(2)}.minutes`;
    expect(await openAndCheck(s, uri, text('Fresh', 'Cy Dahl')), what).toEqual(['person-unknown']);
    const symbols = await s.request(DocumentSymbolRequest.type, { textDocument: { uri } }, LIMIT_MS, `${what}: outline`) as DocumentSymbol[];
    expect(symbols.map(symbol => symbol.name), what).toEqual(['Fresh']);
    const render = await within(s.connection.sendRequest<RenderResult>('minutes/render', { uri, version: 1 }), LIMIT_MS, `${what}: render`);
    expect(render.title, what).toBe('Fresh');
    expect(s.alive, `${what}: ${s.stderr}`).toBe(true);
    await s.close(uri);
}

const render = (s: LspSession, params: { uri: string; version?: number }) =>
    within(s.connection.sendRequest<RenderResult>('minutes/render', params), LIMIT_MS, `render of ${params.uri}`);

describe('a file that is gone (issue 11, 3)', () => {
    test('open, close, delete, then "changed" from the file watcher: the server keeps running', async () => {
        folder = sharedTempFolder('minutes-gone-');
        const file = folder.write('gone.minutes', text('Gone'));
        const uri = pathToFileURL(file).href;
        session = await LspSession.start();
        expect(await openAndCheck(session, uri, text('Gone'))).toEqual([]);
        await session.close(uri);
        unlinkSync(file);
        await session.filesChanged([{ uri, type: FileChangeType.Changed }]);
        await stillServes(session, 'after a watched change of a deleted file');
    });

    test('a workspace file that is deleted but reported as changed is dropped, and its diagnostics cleared', async () => {
        folder = sharedTempFolder('minutes-gone-ws-');
        const file = folder.write('minutes.minutes', text('Workspace', 'Cy Dahl'));
        const uri = pathToFileURL(file).href;
        session = await LspSession.start({ workspaceFolder: folder.path });
        // Summarised at start-up (server/workspace-index.ts), built and validated when it changes or is opened.
        await stillServes(session, 'with the workspace loaded');
        await session.filesChanged([{ uri, type: FileChangeType.Changed }]);
        expect((await session.nextDiagnostics(uri, 0, LIMIT_MS)).map(d => d.code)).toEqual(['person-unknown']);
        const before = session.publishCount(uri);
        unlinkSync(file);
        await session.filesChanged([{ uri, type: FileChangeType.Changed }]);
        // (Waits past any publication of its earlier diagnostics still under way.)
        expect(await session.nextDiagnostics(uri, before, LIMIT_MS, d => d.length === 0)).toEqual([]);
        await stillServes(session, 'after a workspace file was read while gone');
    });

    test('open/close churn of an unsaved buffer while another document is typed in', async () => {
        session = await LspSession.start();
        const typed = 'file:///tmp/typed-in.minutes';
        await openAndCheck(session, typed, text('Typed'));
        for (let i = 0; i < 60; i++) {
            const untitled = `untitled:Untitled-${i}`;
            await session.open(untitled, text(`Unsaved ${i}`));
            await session.change(typed, text(`Typed ${i}`), i + 2);
            await session.close(untitled);
        }
        await stillServes(session, 'after the churn');
    });
});

describe('an unreadable file in the workspace (issue 11, 4)', () => {
    test('the other documents still get diagnostics, outline and preview', async () => {
        folder = sharedTempFolder('minutes-unreadable-');
        const locked = folder.write('locked.minutes', text('Locked'));
        chmodSync(locked, 0o000);
        folder.write('readable.minutes', text('Readable', 'Cy Dahl'));
        session = await LspSession.start({ workspaceFolder: folder.path, user: unprivilegedUser() });
        await stillServes(session, 'with an unreadable file in the workspace');
        const readable = pathToFileURL(`${folder.path}/readable.minutes`).href;
        expect(await openAndCheck(session, readable, text('Readable', 'Cy Dahl'))).toEqual(['person-unknown']);
        // The unreadable file becomes readable again and is picked up when the watcher says so.
        chmodSync(locked, 0o644);
        const lockedUri = pathToFileURL(locked).href;
        await session.filesChanged([{ uri: lockedUri, type: FileChangeType.Changed }]);
        expect(await session.nextDiagnostics(lockedUri, 0, LIMIT_MS)).toEqual([]);
    });

    test('a workspace file made unreadable while the session runs is dropped, not fatal', async () => {
        folder = sharedTempFolder('minutes-unreadable-later-');
        const file = folder.write('later.minutes', text('Later', 'Cy Dahl'));
        const uri = pathToFileURL(file).href;
        session = await LspSession.start({ workspaceFolder: folder.path, user: unprivilegedUser() });
        await stillServes(session, 'with the workspace loaded');
        await session.filesChanged([{ uri, type: FileChangeType.Changed }]);
        expect((await session.nextDiagnostics(uri, 0, LIMIT_MS)).map(d => d.code)).toEqual(['person-unknown']);
        const before = session.publishCount(uri);
        chmodSync(file, 0o000);
        await session.filesChanged([{ uri, type: FileChangeType.Changed }]);
        // (Waits past any publication of its earlier diagnostics still under way.)
        expect(await session.nextDiagnostics(uri, before, LIMIT_MS, d => d.length === 0)).toEqual([]);
        await stillServes(session, 'after a workspace file became unreadable');
    });
});

describe('closed documents are released (issue 11, 8)', () => {
    test('a closed document outside the workspace is dropped: its diagnostics are cleared and it is no longer rendered', async () => {
        session = await LspSession.start();
        const uri = 'file:///tmp/released.minutes';
        expect(await openAndCheck(session, uri, text('Released', 'Cy Dahl'))).toEqual(['person-unknown']);
        const before = session.publishCount(uri);
        await session.close(uri);
        // (Waits past any publication of its earlier diagnostics still under way.)
        expect(await session.nextDiagnostics(uri, before, LIMIT_MS, d => d.length === 0)).toEqual([]);
        await expect(render(session, { uri })).rejects.toThrow(/is not open in the editor/u);
    });

    test('a closed workspace file is read again from disk: the editor\'s unsaved text is gone with it', async () => {
        folder = sharedTempFolder('minutes-reread-');
        const file = folder.write('kept.minutes', text('Kept'));
        const uri = pathToFileURL(file).href;
        session = await LspSession.start({ workspaceFolder: folder.path });
        expect(await openAndCheck(session, uri, text('Kept'))).toEqual([]);
        let before = session.publishCount(uri);
        await session.change(uri, text('Kept', 'Cy Dahl'), 2);
        expect((await session.nextDiagnostics(uri, before, LIMIT_MS)).map(d => d.code)).toEqual(['person-unknown']);
        before = session.publishCount(uri);
        await session.close(uri);
        expect(await session.nextDiagnostics(uri, before, LIMIT_MS, d => d.length === 0)).toEqual([]);
        const exported = await within(session.connection.sendRequest<{ html: string }>('minutes/exportHtml', { uri }), LIMIT_MS, 'export');
        expect(exported.html).toContain('Ada Lee');
    });
});

describe('versions and closed documents in minutes/render (issue 11, 12)', () => {
    test('a change older than the text the server has is ignored', async () => {
        session = await LspSession.start();
        const uri = 'file:///tmp/versions.minutes';
        await openAndCheck(session, uri, text('One'));
        await session.change(uri, text('Three'), 3);
        await session.change(uri, text('Two', 'Cy Dahl'), 2);
        const result = await render(session, { uri });
        expect([result.version, result.title]).toEqual([3, 'Three']);
        expect(result.diagnostics).toEqual([]);
    });

    test('a version the server never got is refused at once, with the version it has', async () => {
        session = await LspSession.start();
        const uri = 'file:///tmp/future.minutes';
        await openAndCheck(session, uri, text('Now'), 4);
        const started = Date.now();
        await expect(render(session, { uri, version: 9 })).rejects.toThrow('Version 9 of file:///tmp/future.minutes never reached the language server; it has version 4.');
        // Not after the 20 s the server used to wait (the figure is generous for a loaded machine).
        expect(Date.now() - started).toBeLessThan(LIMIT_MS);
        expect((await render(session, { uri, version: 4 })).title).toBe('Now');
    });

    test('a closed document is not rendered from its old text', async () => {
        session = await LspSession.start();
        const uri = 'file:///tmp/closed.minutes';
        await openAndCheck(session, uri, text('Old'));
        await session.close(uri);
        await expect(render(session, { uri })).rejects.toThrow(`${uri} is not open in the editor. Open it to preview it.`);
        await openAndCheck(session, uri, text('New'));
        expect((await render(session, { uri })).title).toBe('New');
    });
});

describe('a file on disk that is not UTF-8 (issue 11, 13)', () => {
    test('the editor decoded it before the server saw it, so the server looks at the bytes and warns', async () => {
        folder = sharedTempFolder('minutes-encoding-');
        const decoded = text('Styrelsemöte').replace('Decision: Approved.', 'Decision: Åtgärden godkänns.');
        const file = folder.write('gammal.minutes', Uint8Array.from([...decoded].map(c => c.charCodeAt(0))));
        const uri = pathToFileURL(file).href;
        session = await LspSession.start();
        const before = session.publishCount(uri);
        await session.open(uri, decoded);
        const [warning] = await session.nextDiagnostics(uri, before, LIMIT_MS);
        expect([warning.code, warning.severity, warning.range]).toEqual([
            'encoding-guessed', 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 'Minutes: Styrelsemöte'.length } }
        ]);
        // Saved as UTF-8: the warning goes at the next check.
        folder.write('gammal.minutes', decoded);
        const saved = session.publishCount(uri);
        await session.change(uri, decoded, 2);
        expect(await session.nextDiagnostics(uri, saved, LIMIT_MS)).toEqual([]);
    });
});
