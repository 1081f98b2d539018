/**
 * Minutes across meetings in VS Code (SERIES.md), on the series in test/vscode/fixtures/series/
 * (a committee's January and February protocols; January's § 1 action is overdue, § 2's is due
 * in 2099): the "Minutes" view (open actions by owner and by deadline, the badge, a click to the
 * line, and its refresh when a file of the series changes on disk), "New minutes from previous"
 * (writes the next meeting's file, never over an existing one), the HTML export's links
 * between meetings, and "Export register of decisions and actions" (the register page where the
 * save dialog says, linking to each meeting's page). Files the tests add to the folder are removed again.
 *
 * VS Code lets no extension read another's tree view: the view's state comes from the extension's
 * API (`activate` returns it, client/series/series-view.ts), the same provider the view draws.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MinutesExtensionApi } from '../../../client/extension';
import type { SeriesNode } from '../../../client/series/series-tree';
import { EXTENSION_ID, cleanUp, fixturesDir, poll, settledDismissing, startCommand } from './helpers';

const seriesDir = () => path.join(fixturesDir(), 'series');
const JANUARY = () => path.join(seriesDir(), 'kfn-2026-01-20.minutes');
const FEBRUARY = () => path.join(seriesDir(), 'kfn-2026-02-17.minutes');
const OVERDUE = 'Begär in offerter på nytt golv i idrottshallen.';
const LATER = 'Ordna sommarlovsaktiviteter för barn.';

/** Files a test added to the series folder: removed after it. */
const added: string[] = [];

async function api(): Promise<MinutesExtensionApi> {
    const extension = vscode.extensions.getExtension<MinutesExtensionApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} not found`);
    return extension.activate();
}

/** A group of the view (`owner`, `due`, `actions`, `decisions`) and its entries. */
async function group(view: MinutesExtensionApi['seriesView'], id: string): Promise<SeriesNode[]> {
    const root = (await view.children()).find(node => node.id === id);
    return root ? view.children(root) : [];
}

/** The entries under the due group that belong to our series' file. */
async function ourOpenActions(view: MinutesExtensionApi['seriesView']): Promise<SeriesNode[]> {
    return (await group(view, 'due')).filter(node => node.location?.uri === vscode.Uri.file(JANUARY()).toString());
}

/** Opens a file of the workspace in an editor (its diagnostics may have been published before). */
async function open(file: string): Promise<vscode.TextDocument> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    return document;
}

/** The 0-based line of the first line of `file` that starts with `start`. */
function lineOf(file: string, start: string): number {
    return fs.readFileSync(file, 'utf8').split('\n').findIndex(line => line.startsWith(start));
}

suite('series: the Minutes view, new minutes from previous, links between meetings, the register', () => {
    teardown(async () => {
        await vscode.commands.executeCommand('notifications.clearAll');
        await cleanUp();
        for (const file of added.splice(0)) fs.rmSync(file, { force: true });
    });

    test('the view lists the open actions by owner and by deadline, overdue first and marked, and counts them on its badge', async () => {
        const { seriesView } = await api();
        const ours = await poll(() => ourOpenActions(seriesView), nodes => nodes.length === 2, 30_000);
        assert.deepStrictEqual(ours.map(node => [node.label, node.icon]), [[OVERDUE, 'warning'], [LATER, 'circle-large-outline']],
            'by deadline: the overdue action first, marked; the one due in 2099 after it');
        assert.match(ours[0].description ?? '', /^2026-01-20 § 1 · 2026-02-01/u);
        assert.match(ours[1].description ?? '', /^2026-01-20 § 2 · 2099-06-01/u);

        const owners = await group(seriesView, 'owner');
        const omar = owners.find(node => node.label === 'Omar Said');
        const lena = owners.find(node => node.label === 'Lena Ek');
        assert.ok(omar && lena, `no owner entries for Omar Said and Lena Ek: ${owners.map(node => node.label).join(', ')}`);
        assert.ok(omar.children.some(node => node.label === OVERDUE && node.icon === 'warning'), 'Omar Said\'s overdue action is not under him');
        assert.ok(lena.children.some(node => node.label === LATER), 'Lena Ek\'s action is not under her');
        assert.ok(!omar.children.some(node => node.label === LATER), 'Lena Ek\'s action is under Omar Said');

        // The badge counts every overdue open action of the workspace, ours among them.
        const overdue = (await group(seriesView, 'due')).filter(node => node.icon === 'warning').length;
        assert.ok(overdue >= 1);
        assert.strictEqual(seriesView.badge?.value, overdue, 'the badge does not count the overdue actions');
    });

    test('an entry opens its file at its line', async () => {
        const { seriesView } = await api();
        const [overdue] = await poll(() => ourOpenActions(seriesView), nodes => nodes.length === 2, 30_000);
        assert.ok(overdue?.location, 'the overdue action has no location');
        await vscode.commands.executeCommand('minutes.openSeriesLocation', overdue.location.uri, overdue.location.line);
        const editor = await poll(() => vscode.window.activeTextEditor, e => e?.document.uri.fsPath === JANUARY(), 10_000);
        assert.strictEqual(editor?.document.uri.fsPath, JANUARY(), 'the entry did not open its file');
        assert.strictEqual(editor.selection.active.line, lineOf(JANUARY(), `Uppdrag: ${OVERDUE}`), 'the cursor is not on the action\'s line');
    });

    test('a follow-up that closes an action, written on disk, takes it off the view and the badge', async () => {
        const { seriesView } = await api();
        await poll(() => ourOpenActions(seriesView), nodes => nodes.length === 2, 30_000);
        const before = seriesView.badge?.value ?? 0;
        const closing = path.join(seriesDir(), 'kfn-2026-04-21.minutes');
        added.push(closing);
        fs.writeFileSync(closing, fs.readFileSync(FEBRUARY(), 'utf8')
            .replace('tisdag 2026-02-17', 'tisdag 2026-04-21')
            .replace(/§ 3: Uppföljning[^]*?Status: pågår\n/u, `§ 5: Uppföljning av uppdrag\nUppdrag: ${OVERDUE}\nFrån: 2026-01-20 § 1\nAnsvarig: Omar Said\nStatus: klart\n`)
            .replace('§ 4: Idrottshallen', '§ 6: Idrottshallen')
            .replace('Justering: 2026-02-24', 'Justering: 2026-04-28'));
        const after = await poll(() => ourOpenActions(seriesView), nodes => nodes.length === 1, 30_000);
        assert.deepStrictEqual(after.map(node => node.label), [LATER], 'the closed action is still open in the view');
        assert.strictEqual(seriesView.badge?.value ?? 0, before - 1, 'the badge did not drop by the closed action');
        // Deleted again: the action is open once more (and the next test's latest meeting is February's).
        fs.rmSync(closing);
        const reopened = await poll(() => ourOpenActions(seriesView), nodes => nodes.length === 2, 30_000);
        assert.strictEqual(reopened.length, 2, 'the view did not follow the deleted file');
        assert.strictEqual(seriesView.badge?.value ?? 0, before, 'the badge did not follow the deleted file');
    });

    test('"New minutes from previous" never writes over an existing file, and writes the next meeting\'s file beside the last', async () => {
        const target = path.join(seriesDir(), 'kultur-och-fritidsnamnden-2026-03-17.minutes');
        added.push(target);
        assert.ok(!fs.existsSync(target), `${target} exists before the test`);
        const document = await open(FEBRUARY());
        // A file of that name, with no date (so February stays the latest meeting): it is never overwritten.
        fs.writeFileSync(target, 'Mine.\n');
        const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>('minutes.newFromPrevious', document.uri);
        assert.strictEqual(refused, undefined, 'the command wrote although the file exists');
        assert.strictEqual(fs.readFileSync(target, 'utf8'), 'Mine.\n', 'the existing file was overwritten');

        fs.rmSync(target);
        const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('minutes.newFromPrevious', document.uri);
        assert.strictEqual(made?.fsPath, target, 'the command did not answer with the new file');
        const text = fs.readFileSync(target, 'utf8');
        assert.match(text, /^Protokoll: Kultur- och fritidsnämnden\nOrgan: Kultur- och fritidsnämnden\nTid: tisdag 2026-03-17 kl\. 18\.00\n/u);
        assert.ok(text.includes(`Uppdrag: ${OVERDUE}\nFrån: 2026-01-20 § 1\nAnsvarig: Omar Said\nStatus:\n`), `the overdue action is not followed up:\n${text}`);
        assert.ok(text.indexOf('Från: 2026-01-20 § 1') < text.indexOf('Från: 2026-01-20 § 2'), 'the overdue action does not come first');
        assert.strictEqual(vscode.window.activeTextEditor?.document.uri.fsPath, target, 'the new file is not open');
    });

    test('"Export to HTML" links a follow-up and a reference to the sibling page at the item', async () => {
        const target = FEBRUARY().replace(/\.minutes$/u, '.html');
        added.push(target);
        await open(FEBRUARY());
        const run = startCommand('minutes.exportHtml');
        const written = await poll(() => fs.existsSync(target) && fs.readFileSync(target, 'utf8'), html => typeof html === 'string' && html.includes('</html>'), 30_000);
        assert.ok(typeof written === 'string', `${target} was not written`);
        assert.ok(written.includes('<a class="minutes-meeting-link" href="kfn-2026-01-20.html#p2">2026-01-20 § 2</a>'), 'the Från line is not linked');
        assert.ok(written.includes('enligt <a class="minutes-meeting-link" href="kfn-2026-01-20.html#p1">2026-01-20 § 1</a>'), 'the reference is not linked');
        assert.ok(written.includes('<section class="minutes-item" id="p3">'), 'the item has no anchor');
        const outcome = await settledDismissing(run, 'the export command');
        assert.strictEqual(outcome.error, undefined, `the export command failed: ${String(outcome.error)}`);
    });

    test('"Export register of decisions and actions" writes the series\' register page where the save dialog says', async () => {
        const target = path.join(seriesDir(), 'register.html');
        added.push(target);
        assert.ok(!fs.existsSync(target), `${target} exists before the test`);
        const { seriesView } = await api();
        // The view's meeting entries run the command with their node (its context menu); this one is February's.
        const meetings = await poll(() => group(seriesView, 'decisions'), nodes => nodes.some(node => node.meeting?.uri === vscode.Uri.file(FEBRUARY()).toString()), 30_000);
        const february = meetings.find(node => node.meeting?.uri === vscode.Uri.file(FEBRUARY()).toString());
        assert.ok(february, 'the view has no entry of February\'s meeting');
        let returned: vscode.Uri | undefined;
        const run = { settled: Promise.resolve(vscode.commands.executeCommand<vscode.Uri | undefined>('minutes.exportRegister', february))
            .then(uri => { returned = uri; return {}; }, (error: unknown) => ({ error })) };
        // The save dialog (in the browser, VS Code's own in a quick input) offers register.html in the series' folder: accepted as it is.
        const written = await poll(async () => {
            await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
            return fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
        }, html => typeof html === 'string' && html.includes('</html>'), 30_000, 500);
        assert.ok(typeof written === 'string', `${target} was not written`);
        assert.ok(written.includes('<title>Register över beslut och uppdrag: Kultur- och fritidsnämnden</title>'), 'the page has not the series\' title');
        assert.ok(written.includes(`<a href="kfn-2026-01-20.html#p1">2026-01-20 § 1</a></th><td>${OVERDUE}</td>`), 'the overdue action is not listed with a link to its item');
        assert.ok(written.includes(`<td>${LATER}</td>`), 'the later action is not listed');
        assert.ok(written.includes('<a href="kfn-2026-02-17.html#p4">§ 4</a></td><td>Idrottshallen</td><td>Nämnden väntar in offerterna.</td>'),
            'February\'s decision is not listed with a link to its item');
        const outcome = await settledDismissing(run, 'the register command');
        assert.strictEqual(outcome.error, undefined, `the register command failed: ${String(outcome.error)}`);
        assert.strictEqual(returned?.fsPath, target, 'the command did not answer with the written file');
    });
});
