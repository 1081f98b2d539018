/**
 * Smoke test: opening a .minutes file of the workspace (the repo's examples/
 * folder) activates the Minutes extension.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'minutes-team.minutes';

suite('activation', () => {
  test('opening an examples/*.minutes file activates the extension', async () => {
    const files = await vscode.workspace.findFiles('**/*.minutes', '**/node_modules/**', 10);
    assert.ok(files.length > 0, 'the workspace folder (examples/) has no .minutes file');
    const doc = await vscode.workspace.openTextDocument(files[0]);
    await vscode.window.showTextDocument(doc);

    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the extension host`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true, `extension ${EXTENSION_ID} did not become active`);
  });
});
