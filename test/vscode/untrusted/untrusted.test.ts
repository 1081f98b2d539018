/**
 * The extension in an untrusted workspace (Restricted Mode), `npm run test:vscode:untrusted`.
 *
 * package.json declares `capabilities.untrustedWorkspaces: { supported: "limited",
 * restrictedConfigurations: ["minutes.export.folder"] }`: the extension activates and works in
 * Restricted Mode, and VS Code withholds the workspace's value of `minutes.export.folder`, so a
 * folder nobody trusted cannot make an export write HTML somewhere else on the disk.
 *
 * run.mjs (MINUTES_VSCODE_UNTRUSTED=1) starts code-server with workspace trust on and opens
 * `workspace/` (beside this file) without trusting it. Its `.vscode/settings.json` sets
 * `minutes.export.folder: "elsewhere"` (restricted) and `minutes.preview.scrollSync: false`
 * (not restricted: shows that VS Code did read the file). The documents are fresh copies of the
 * main suite's fixtures in temporary folders (helpers.ts), as there.
 *
 * The tests run in order: the first one checks that opening a document activates the extension.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
    EXTENSION_ID, cleanUp, compareSpecs, describeDiagnostics, fixturesDir, openAndValidate, poll, positionOf, repoRoot,
    scratchCopy
} from '../suite/helpers';

/** The same expectations as `broken/persons.minutes` in ../suite/diagnostics.test.ts. */
const PERSONS_EXPECTED = [
    'date-invalid@2:14-2:24',
    'person-duplicate@8:3-8:15',
    'person-present-and-absent@12:3-12:12',
    'chair-not-present@16:8-16:17',
    'secretary-not-present@17:12-17:20',
    'adjuster-not-present@18:22-18:30',
    'adjuster-is-secretary@18:22-18:30',
    'person-unknown@22:8-22:18',
    'syntax@23:6-23:10',
    'item-number-gap@25:6-25:7 (warning)',
];

const EKEN = () => path.join(fixturesDir(), 'clean/brf-eken-2026-03-12.minutes');
const HARBOUR = () => path.join(fixturesDir(), 'clean/harbour-committee-2026-03-19.minutes');

/** The untrusted workspace folder that run.mjs opens. */
const workspaceDir = (): string => path.join(repoRoot(), 'test/vscode/untrusted/workspace');

/** The folder that the workspace's `minutes.export.folder` names, read from its settings file. */
function folderTheWorkspaceNames(): string {
    const settings = JSON.parse(fs.readFileSync(path.join(workspaceDir(), '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
    const folder = settings['minutes.export.folder'];
    assert.ok(typeof folder === 'string' && folder.trim() !== '', 'the workspace settings name no export folder: the test would prove nothing');
    return path.resolve(workspaceDir(), folder);
}

/** Open tabs showing a minutes preview webview (VS Code prefixes extension view types). */
function previewTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs.filter(tab => tab.input instanceof vscode.TabInputWebview
        && (tab.input.viewType === 'minutes.preview' || tab.input.viewType.endsWith('-minutes.preview'))));
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
    return (hovers ?? []).flatMap(h => h.contents).map(c => typeof c === 'string' ? c : c.value).join('\n');
}

suite('untrusted workspace (Restricted Mode)', () => {
    teardown(async () => {
        await vscode.commands.executeCommand('notifications.clearAll');
        await cleanUp();
    });

    test('the workspace is the untrusted fixture folder, and its restricted setting is withheld', () => {
        assert.strictEqual(vscode.workspace.isTrusted, false, 'the workspace is trusted: run.mjs should open it in Restricted Mode (MINUTES_VSCODE_UNTRUSTED=1)');
        assert.strictEqual(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath, workspaceDir());
        folderTheWorkspaceNames(); // the settings file does name a folder
        const config = vscode.workspace.getConfiguration('minutes', vscode.Uri.file(workspaceDir()));
        // VS Code read the workspace settings: the unrestricted one applies ...
        assert.strictEqual(config.get('preview.scrollSync'), false, 'the workspace settings were not read at all');
        // ... and the restricted one does not.
        assert.strictEqual(config.get('export.folder'), '', 'minutes.export.folder from the untrusted workspace reaches the extension');
    });

    test('opening a .minutes file activates the extension, and a broken file gets its diagnostics', async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the extension host`);
        assert.strictEqual(extension.isActive, false, 'the extension was already active before any .minutes file was opened');
        // VS Code never disables an extension under development (extensionDevelopmentPath), so
        // activating here cannot show that an installed copy would: check the declaration too.
        const untrustedWorkspaces = (extension.packageJSON as { capabilities?: { untrustedWorkspaces?: { supported?: unknown } } })
            .capabilities?.untrustedWorkspaces;
        assert.strictEqual(untrustedWorkspaces?.supported, 'limited', 'package.json must declare capabilities.untrustedWorkspaces.supported: "limited"');

        const opened = openAndValidate(scratchCopy(path.join(fixturesDir(), 'broken/persons.minutes')));
        const active = await poll(() => extension.isActive, Boolean, 30_000);
        assert.strictEqual(active, true, 'opening a .minutes file did not activate the extension in Restricted Mode');
        const { document } = await opened;

        const want = [...PERSONS_EXPECTED].sort(compareSpecs);
        const got = await poll(() => describeDiagnostics(vscode.languages.getDiagnostics(document.uri)),
            d => JSON.stringify(d) === JSON.stringify(want), 10_000);
        assert.deepStrictEqual(got, want);
    });

    test('hover on a person shows the name and the organisation', async () => {
        const { document } = await openAndValidate(scratchCopy(EKEN()));
        const at = positionOf(document, 'Sekreterare: Bo Ek', 1, 'Sekreterare: B'.length);
        // Polled: a request that meets the server's first workspace build may come back empty.
        const text = await poll(async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at)),
            t => t.includes('Bo Ek'), 15_000, 250);
        assert.match(text, /\*\*Bo Ek\*\*, HSB Stockholm/, `hover: ${JSON.stringify(text)}`);
    });

    test('"Open Preview to the Side" opens a minutes preview webview', async () => {
        await openAndValidate(scratchCopy(EKEN()));
        assert.strictEqual(previewTabs().length, 0, 'a preview was open before the command');
        await vscode.commands.executeCommand('minutes.showPreviewToSide');
        const tabs = await poll(previewTabs, t => t.length > 0);
        assert.strictEqual(tabs.length, 1, 'no minutes preview tab (TabInputWebview minutes.preview) opened');
        assert.match(tabs[0].label, /brf-eken-2026-03-12\.minutes/);
    });

    test('"Export to HTML" writes next to the document, not into the folder the workspace names', async () => {
        const file = scratchCopy(HARBOUR());
        const beside = file.replace(/\.minutes$/, '.html');
        // The folder exists, as one an attacker names would (the export makes no folders).
        const elsewhereDir = folderTheWorkspaceNames();
        const elsewhere = path.join(elsewhereDir, path.basename(beside));
        const elsewhereExisted = fs.existsSync(elsewhereDir);
        fs.mkdirSync(elsewhereDir, { recursive: true });
        assert.ok(!fs.existsSync(elsewhere), `${elsewhere} exists before the export`);

        let finished = false;
        try {
            await openAndValidate(file);
            // The command ends with an "Exported to …" notification that waits for a click (or
            // an error message): do not await it; poll for a page in either place, then dismiss.
            const run = Promise.resolve(vscode.commands.executeCommand('minutes.exportHtml'))
                .then(() => ({ error: undefined as unknown }), (error: unknown) => ({ error }))
                .finally(() => { finished = true; });
            const pages = () => [beside, elsewhere].filter(f => fs.existsSync(f) && fs.readFileSync(f, 'utf8').includes('</html>'));
            const where = await poll(pages, found => found.length > 0 || finished, 30_000);
            assert.ok(!fs.existsSync(elsewhere), `the export wrote ${elsewhere}: the untrusted workspace's minutes.export.folder was used`);
            const ended = finished ? `the command ended: ${JSON.stringify(await run, (_, v: unknown) => v instanceof Error ? v.message : v)}` : 'the command is still running';
            assert.deepStrictEqual(where, [beside], `no page next to the document (${beside}); ${ended}`);
            assert.ok(fs.readFileSync(beside, 'utf8').includes('The author evening takes place on 23 April.'), 'the decision is missing from the page');

            const deadline = Date.now() + 15_000;
            while (!finished && Date.now() < deadline) {
                await vscode.commands.executeCommand('notifications.clearAll');
                await new Promise(r => setTimeout(r, 250));
            }
            assert.ok(finished, 'the export command did not finish within 15 s of dismissing its notification');
            const outcome = await run;
            assert.strictEqual(outcome.error, undefined, `the export command failed: ${String(outcome.error)}`);
            // Nothing arrived there late either.
            assert.ok(!fs.existsSync(elsewhere), `the export wrote ${elsewhere}`);
        } finally {
            // The page beside the copy goes with the copy's folder (cleanUp); the folder the
            // workspace names goes now, with any page the export should not have written.
            fs.rmSync(elsewhere, { force: true });
            if (!elsewhereExisted) fs.rmSync(elsewhereDir, { recursive: true, force: true });
        }
    });
});
