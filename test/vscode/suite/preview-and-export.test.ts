/**
 * The extension's own commands: the preview opens a webview panel of the extension's type, and
 * "Export to HTML" writes the page next to the document.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { cleanUp, fixturesDir, openAndValidate, poll, scratchCopy, settledDismissing, settledWithin, startCommand } from './helpers';

/** The view type the extension gives its preview panels (client/preview/preview.ts). */
const PREVIEW_VIEW_TYPE = 'minutes.preview';

interface WebviewTab {
    tab: vscode.Tab;
    group: vscode.TabGroup;
}

/** Open tabs whose input is a minutes preview webview. VS Code prefixes extension view types. */
function previewTabs(): WebviewTab[] {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs
        .filter(tab => tab.input instanceof vscode.TabInputWebview
            && (tab.input.viewType === PREVIEW_VIEW_TYPE || tab.input.viewType.endsWith(`-${PREVIEW_VIEW_TYPE}`)))
        .map(tab => ({ tab, group })));
}

suite('preview and export commands', () => {
    teardown(async () => {
        await vscode.commands.executeCommand('notifications.clearAll');
        await cleanUp();
    });

    test('"Open Preview to the Side" opens a minutes preview webview beside the editor', async () => {
        const file = scratchCopy(path.join(fixturesDir(), 'clean/brf-eken-2026-03-12.minutes'));
        const { editor } = await openAndValidate(file);
        assert.deepStrictEqual(previewTabs(), [], 'a preview was open before the command');

        await vscode.commands.executeCommand('minutes.showPreviewToSide');
        const tabs = await poll(previewTabs, t => t.length > 0);
        assert.strictEqual(tabs.length, 1, 'no minutes preview tab (TabInputWebview with view type minutes.preview) opened');
        const [{ tab, group }] = tabs;
        assert.match(tab.label, /brf-eken-2026-03-12\.minutes/);
        assert.notStrictEqual(group.viewColumn, editor.viewColumn, 'the preview did not open beside the editor');
        // The editor keeps the focus (preserveFocus), as with the Markdown preview.
        assert.strictEqual(vscode.window.activeTextEditor?.document.uri.fsPath, file);

        // Asking again reveals the same preview instead of opening a second one.
        await vscode.commands.executeCommand('minutes.showPreviewToSide');
        await new Promise(r => setTimeout(r, 300));
        assert.strictEqual(previewTabs().length, 1, 'a second preview opened for the same document');
    });

    test('"Open Preview" opens the preview in the editor\'s own group', async () => {
        const { editor } = await openAndValidate(scratchCopy(path.join(fixturesDir(), 'clean/harbour-committee-2026-03-19.minutes')));
        await vscode.commands.executeCommand('minutes.showPreview');
        const tabs = await poll(previewTabs, t => t.length > 0);
        assert.strictEqual(tabs.length, 1, 'no minutes preview tab opened');
        assert.strictEqual(tabs[0].group.viewColumn, editor.viewColumn);
        assert.strictEqual(tabs[0].tab.isActive, true);
    });

    test('"Export to HTML" writes the page next to the document', async () => {
        const file = scratchCopy(path.join(fixturesDir(), 'clean/harbour-committee-2026-03-19.minutes'));
        const target = file.replace(/\.minutes$/, '.html');
        await openAndValidate(file);
        assert.ok(!fs.existsSync(target));

        // The command ends by showing "Exported to …" with buttons and waits for a click:
        // do not await it, poll for the file, then dismiss the notification.
        const run = startCommand('minutes.exportHtml');
        const written = await poll(() => fs.existsSync(target) && fs.readFileSync(target, 'utf8'), html => typeof html === 'string' && html.includes('</html>'), 30_000);
        assert.ok(written, `${target} was not written (the command: ${JSON.stringify(await Promise.race([run.settled, Promise.resolve('still running')]))})`);
        const html = String(written);
        assert.match(html, /<title>[^<]*Harbour Street Library, events committee[^<]*<\/title>/);
        assert.match(html, /<h1[^>]*>[^<]*Harbour Street Library, events committee/);
        assert.ok(html.includes('The author evening takes place on 23 April.'), 'the decision is missing from the page');
        assert.ok(!html.includes('vscode-resource') && !html.includes('acquireVsCodeApi'), 'the export is the preview page, not a standalone page');

        const outcome = await settledDismissing(run, 'the export command');
        assert.strictEqual(outcome.error, undefined, `the export command failed: ${String(outcome.error)}`);
    });
    test('"Export to PDF" writes a PDF next to the document, made by the server', async () => {
        const file = scratchCopy(path.join(fixturesDir(), 'clean/harbour-committee-2026-03-19.minutes'));
        const target = file.replace(/\.minutes$/, '.pdf');
        await openAndValidate(file);
        assert.ok(!fs.existsSync(target));

        const run = startCommand('minutes.exportPdf');
        const written = await poll(() => fs.existsSync(target) && fs.readFileSync(target), pdf => Buffer.isBuffer(pdf) && pdf.includes('%%EOF'), 30_000);
        assert.ok(Buffer.isBuffer(written), `${target} was not written (the command: ${JSON.stringify(await Promise.race([run.settled, Promise.resolve('still running')]))})`);
        const pdf = written.toString('latin1');
        assert.ok(pdf.startsWith('%PDF-1.7'), 'not a PDF 1.7');
        assert.ok(pdf.includes('/StructTreeRoot') && pdf.includes('/Lang (en)'), 'not tagged, or no language');
        assert.strictEqual(pdf.match(/\/FontFile2 /g)?.length, 2, 'the two fonts are not embedded');
        const outcome = await settledDismissing(run, 'the PDF export command');
        assert.strictEqual(outcome.error, undefined, `the PDF export command failed: ${String(outcome.error)}`);
    });

    test('"Export to HTML" never writes through a symbolic link planted at the target', async () => {
        // A folder that ships the minutes beside `<name>.html -> ../home/.bashrc`.
        const file = scratchCopy(path.join(fixturesDir(), 'clean/harbour-committee-2026-03-19.minutes'));
        const home = path.join(path.dirname(file), 'home');
        fs.mkdirSync(home);
        fs.writeFileSync(path.join(home, '.bashrc'), 'export PATH=$HOME/bin:$PATH\n');
        const target = file.replace(/\.minutes$/, '.html');
        fs.symlinkSync('home/.bashrc', target);
        await openAndValidate(file);

        const outcome = await settledWithin(startCommand('minutes.exportHtml').settled, 30_000, 'the export command');
        assert.strictEqual(outcome.error, undefined, `the export command failed: ${String(outcome.error)}`);
        assert.strictEqual(fs.readFileSync(path.join(home, '.bashrc'), 'utf8'), 'export PATH=$HOME/bin:$PATH\n', 'the file behind the link was written');
        assert.strictEqual(fs.readlinkSync(target), 'home/.bashrc', 'the link was replaced');
    });
});
