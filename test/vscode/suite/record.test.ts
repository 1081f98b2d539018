/**
 * The formal record in the editor (issue 14): "Export Notice of Approval (Anslag)…", "Export
 * Extract…" (also from the code lens above an item) and "Export Public Version…" write beside the
 * document with their suffix; a document that cannot give the notice gets no file.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { cleanUp, fixturesDir, openAndValidate, poll, scratchCopy, settledDismissing, settledWithin, startCommand } from './helpers';

/** The municipal protocol: Justering, Anslag and Förvaringsplats in the header, § 21–26, a Sekretess item. */
const PROTOCOL = 'record/ekby-kommunstyrelsen-2026-03-10.minutes';

/** Runs an export command and waits for its file; returns the file's content. */
async function exported(command: string, args: unknown[], target: string): Promise<Buffer> {
    const run = startCommand(command, ...args);
    const written = await poll(() => fs.existsSync(target) && fs.readFileSync(target), data => Buffer.isBuffer(data) && data.length > 0, 30_000);
    assert.ok(Buffer.isBuffer(written), `${target} was not written (the command: ${JSON.stringify(await Promise.race([run.settled, Promise.resolve('still running')]))})`);
    const outcome = await settledDismissing(run, command);
    assert.strictEqual(outcome.error, undefined, `${command} failed: ${String(outcome.error)}`);
    return written;
}

suite('the formal record', () => {
    teardown(async () => {
        await vscode.commands.executeCommand('notifications.clearAll');
        await cleanUp();
    });

    test('"Export Notice of Approval" writes the notice as a PDF beside the protocol', async () => {
        const file = scratchCopy(path.join(fixturesDir(), PROTOCOL));
        const { document } = await openAndValidate(file);
        const pdf = (await exported('minutes.exportNotice', [document.uri, { format: 'pdf' }], file.replace(/\.minutes$/, '-anslag.pdf'))).toString('latin1');
        assert.ok(pdf.startsWith('%PDF-1.7') && pdf.includes('/Lang (sv)'), 'not a Swedish PDF');
    });

    test('the code lens above § 23 exports its extract; the public version leaves § 24 out', async () => {
        const file = scratchCopy(path.join(fixturesDir(), PROTOCOL));
        const { document } = await openAndValidate(file);
        const lenses = await poll(async () => await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri), l => (l?.length ?? 0) >= 8);
        const lens = lenses.find(l => l.range.start.line === document.getText().split('\n').findIndex(line => line.startsWith('§ 23 ')));
        assert.ok(lens?.command, `no code lens on § 23 (${lenses.map(l => `${l.range.start.line}: ${l.command?.title}`).join(', ')})`);
        assert.strictEqual(lens.command.title, 'Utdrag…');
        assert.strictEqual(lens.command.command, 'minutes.exportExtract');
        const [uri, options] = lens.command.arguments as [string, { items: string }];
        const extract = (await exported('minutes.exportExtract', [uri, { ...options, format: 'html' }], file.replace(/\.minutes$/, '-utdrag-23.html'))).toString('utf8');
        assert.ok(extract.includes('<p class="minutes-kind">Protokollsutdrag</p>') && extract.includes('Detaljplan för Ekby centrum'), 'not the extract of § 23');
        assert.ok(!extract.includes('Försäljning av fastighet'), 'the extract holds another item');

        const publicVersion = (await exported('minutes.exportPublic', [document.uri, { format: 'html' }], file.replace(/\.minutes$/, '-offentlig.html'))).toString('utf8');
        assert.ok(publicVersion.includes('Paragrafen innehåller uppgifter som omfattas av sekretess (OSL 19 kap. 1 §).'));
        assert.ok(!publicVersion.includes('Ekby 1:23'), 'the confidential item\'s content is in the public version');
    });

    test('a notice the document cannot give writes nothing and resolves to no file', async () => {
        const file = scratchCopy(path.join(fixturesDir(), 'clean/harbour-committee-2026-03-19.minutes'));
        const { document } = await openAndValidate(file);
        const result = await settledWithin(Promise.resolve(vscode.commands.executeCommand('minutes.exportNotice', document.uri, { format: 'html' })), 30_000, 'the notice command');
        assert.strictEqual(result, undefined);
        assert.deepStrictEqual(fs.readdirSync(path.dirname(file)), [path.basename(file)]);
    });
});
