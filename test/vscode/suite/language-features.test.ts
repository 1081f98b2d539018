/**
 * The language server's features through VS Code's own commands (the same providers the
 * editor calls): completion, hover, go to definition, rename, formatting and a quick fix.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
    applyAndRevalidate, cleanUp, codeOf, describeDiagnostics, fixturesDir, openAndValidate, poll, positionOf, rangeOf,
    scratchCopy
} from './helpers';

const EKEN = () => path.join(fixturesDir(), 'clean/brf-eken-2026-03-12.minutes');

function labelOf(item: vscode.CompletionItem): string {
    return typeof item.label === 'string' ? item.label : item.label.label;
}

function markdownOf(hovers: vscode.Hover[]): string {
    return hovers.flatMap(h => h.contents).map(c => typeof c === 'string' ? c : c.value).join('\n---\n');
}

suite('language features', () => {
    teardown(cleanUp);

    test('completion after "Justerare: " offers the persons, present ones before the absent one', async () => {
        const { document } = await openAndValidate(scratchCopy(EKEN()));
        // As if the secretary had just typed "Justerare: " on that line.
        const line = document.lineAt(positionOf(document, 'Justerare: Cia Dahl').line);
        const edit = new vscode.WorkspaceEdit();
        edit.replace(document.uri, line.range, 'Justerare: ');
        await applyAndRevalidate(edit, document.uri);
        const at = line.range.start.translate(0, 'Justerare: '.length);

        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, at);
        const items = [...list.items].sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
        const labels = items.map(labelOf);
        for (const present of ['Anna Berg', 'Bo Ek', 'Cia Dahl']) {
            assert.ok(labels.includes(present), `${present} (present) is not offered: ${JSON.stringify(labels)}`);
        }
        // Only persons are offered here, no keywords or templates.
        const declared = new Set(['Anna Berg', 'Bo Ek', 'Cia Dahl', 'Dan Falk']);
        assert.deepStrictEqual(labels.filter(l => !declared.has(l)), [], 'completion after Justerare: offers more than the declared persons');
        const absent = labels.indexOf('Dan Falk');
        if (absent >= 0) {
            assert.ok(['Anna Berg', 'Bo Ek', 'Cia Dahl'].every(p => labels.indexOf(p) < absent), `the absent Dan Falk is offered before a present person: ${labels}`);
        }
        // Cia Dahl is neither chair nor secretary: the best adjuster comes first.
        assert.strictEqual(labels[0], 'Cia Dahl');

        // Accepting it gives a clean document again.
        const item = items[0];
        const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing ?? new vscode.Range(at, at);
        const text = typeof item.insertText === 'string' ? item.insertText : item.insertText?.value ?? labelOf(item);
        const accept = new vscode.WorkspaceEdit();
        accept.replace(document.uri, range, text);
        await applyAndRevalidate(accept, document.uri);
        assert.strictEqual(document.lineAt(at.line).text, 'Justerare: Cia Dahl');
        assert.deepStrictEqual(describeDiagnostics(vscode.languages.getDiagnostics(document.uri)), []);
    });

    test('hover on a person in a role line shows the name and the organisation', async () => {
        const { document } = await openAndValidate(scratchCopy(EKEN()));
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Sekreterare: Bo Ek', 1, 'Sekreterare: B'.length));
        const text = markdownOf(hovers);
        assert.match(text, /\*\*Bo Ek\*\*, HSB Stockholm/, `hover: ${JSON.stringify(text)}`);
    });

    test('go to definition on a name in an Ansvarig line lands on its "- Name" line', async () => {
        const { document } = await openAndValidate(scratchCopy(EKEN()));
        const from = positionOf(document, 'Cia Dahl', 3, 2); // 1: Deltagare, 2: Justerare, 3: Ansvarig
        assert.ok(document.lineAt(from.line).text.startsWith('Ansvarig:'));
        const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, from);
        assert.strictEqual(result.length, 1, `definitions: ${JSON.stringify(result)}`);
        const target = 'targetUri' in result[0] ? { uri: result[0].targetUri, range: result[0].targetSelectionRange ?? result[0].targetRange } : result[0];
        assert.strictEqual(target.uri.toString(), document.uri.toString());
        assert.strictEqual(document.lineAt(target.range.start.line).text, '- Cia Dahl');
        assert.strictEqual(document.getText(target.range), 'Cia Dahl');
    });

    test('rename changes the declaration and every reference, and nothing else', async () => {
        const { document } = await openAndValidate(scratchCopy(EKEN()));
        const before = document.getText();
        const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, positionOf(document, '- Bo Ek', 1, 3), 'Bo Ekholm');
        assert.ok(edit, 'no rename edit');
        const edits = edit.get(document.uri);
        assert.deepStrictEqual(edits.map(e => document.lineAt(e.range.start.line).text).sort(),
            ['- Bo Ek, HSB Stockholm', 'Ansvarig: Bo Ek, Cia Dahl', 'Sekreterare: Bo Ek']);
        await applyAndRevalidate(edit, document.uri);
        assert.strictEqual(document.getText(), before
            .replace('- Bo Ek, HSB', '- Bo Ekholm, HSB')
            .replace('Sekreterare: Bo Ek\n', 'Sekreterare: Bo Ekholm\n')
            .replace('Ansvarig: Bo Ek,', 'Ansvarig: Bo Ekholm,'));
        assert.deepStrictEqual(describeDiagnostics(vscode.languages.getDiagnostics(document.uri)), []);
    });

    test('Format Document turns a messy document into the tidy one', async () => {
        const { document } = await openAndValidate(scratchCopy(path.join(fixturesDir(), 'format/brf-eken-messy.minutes')));
        const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 4, insertSpaces: true });
        assert.ok(edits && edits.length > 0, 'the formatter returned no edits for a messy document');
        const edit = new vscode.WorkspaceEdit();
        edit.set(document.uri, edits);
        await applyAndRevalidate(edit, document.uri);
        assert.strictEqual(document.getText(), fs.readFileSync(EKEN(), 'utf8'));
        // Formatting the tidy document again changes nothing.
        const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 4, insertSpaces: true });
        assert.deepStrictEqual(again ?? [], []);
    });

    test('the quick fix for a wrong weekday corrects it and its error goes away', async () => {
        const { document } = await openAndValidate(scratchCopy(path.join(fixturesDir(), 'broken/dates-and-items.minutes')));
        const weekday = await poll(() => vscode.languages.getDiagnostics(document.uri).find(d => codeOf(d) === 'weekday-mismatch'), Boolean);
        assert.ok(weekday, 'no weekday-mismatch diagnostic');
        assert.deepStrictEqual(weekday.range, rangeOf(document, 'måndag'));

        const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, weekday.range, vscode.CodeActionKind.QuickFix.value);
        // vscode.executeCodeActionProvider does not hand back CodeAction.diagnostics: the fixes
        // for this diagnostic are the quick fixes that edit its range.
        const fixes = actions.filter((a): a is vscode.CodeAction => 'edit' in a && a.edit !== undefined
            && a.edit.get(document.uri).some(e => e.range.intersection(weekday.range) !== undefined));
        assert.ok(fixes.length > 0, `no quick fix edits the weekday: ${JSON.stringify(actions)}`);
        const fix = fixes.find(f => f.isPreferred) ?? fixes[0];
        assert.match(fix.title, /torsdag|Thursday/i);
        await applyAndRevalidate(fix.edit!, document.uri);

        assert.strictEqual(document.lineAt(1).text, 'Tid: torsdag 2026-03-12 kl. 18.00–17.00');
        const after = describeDiagnostics(vscode.languages.getDiagnostics(document.uri));
        assert.ok(!after.some(d => d.startsWith('weekday-mismatch')), `weekday-mismatch is still reported: ${after}`);
        // The other problems of the file are still there: the document was checked again, not cleared.
        assert.ok(after.includes('time-order@2:35-2:40'), `time-order (now one column further right) missing: ${after}`);
    });
});
