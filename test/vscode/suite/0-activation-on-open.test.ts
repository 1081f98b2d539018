/**
 * Runs first (the file name sorts before the others): nothing has activated the extension
 * yet, so this checks that opening a .minutes file is what activates it (activationEvents
 * onLanguage:minutes) and that the language server then answers for the document.
 */
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, cleanUp, fixturesDir, openAndValidate, poll, scratchCopy } from './helpers';

suite('activation on open', () => {
    suiteTeardown(cleanUp);

    test('the extension is not active before a .minutes file is opened, and becomes active when one is', async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the extension host`);
        assert.strictEqual(extension.isActive, false, 'the extension was already active before any .minutes file was opened');

        // Only opening the document; the test never calls extension.activate().
        const { document } = await openAndValidate(scratchCopy(path.join(fixturesDir(), 'clean/brf-eken-2026-03-12.minutes')));
        const active = await poll(() => extension.isActive, Boolean, 30_000);
        assert.strictEqual(active, true, 'opening a .minutes file did not activate the extension');
        assert.strictEqual(document.languageId, 'minutes');

        // The language server behind it answers: hover on a person names them. (Polled: a request
        // that meets the server's first workspace build may be cancelled and come back empty.
        // Not the outline: VS Code caches an empty outline until the text changes.)
        const at = document.positionAt(document.getText().indexOf('Ordförande: Anna Berg') + 'Ordförande: A'.length);
        const hover = await poll(async () => {
            const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
            return (hovers ?? []).flatMap(h => h.contents).map(c => typeof c === 'string' ? c : c.value).join('\n');
        }, text => text.includes('Anna Berg'), 15_000, 250);
        assert.match(hover, /\*\*Anna Berg\*\*/, `the server did not answer a hover: ${JSON.stringify(hover)}`);
    });
});
