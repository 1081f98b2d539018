/**
 * One language per view, in a real VS Code whose display language is English: a Swedish
 * document gets Swedish diagnostics, hovers, quick-fix titles, outline labels and completion
 * details; an English document gets English ones (minutes.messageLanguage is `auto`).
 */
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { cleanUp, codeOf, fixturesDir, openAndValidate, poll, positionOf, scratchCopy } from './helpers';

const SWEDISH = () => path.join(fixturesDir(), 'broken/dates-and-items.minutes');
const ENGLISH = () => path.join(fixturesDir(), 'broken/persons.minutes');

function hoverText(hovers: vscode.Hover[]): string {
    return hovers.flatMap(h => h.contents).map(c => typeof c === 'string' ? c : c.value).join('\n');
}

suite('one language per view', () => {
    teardown(cleanUp);

    test('VS Code runs in English here', () => {
        assert.match(vscode.env.language, /^en/);
    });

    test('a Swedish document speaks Swedish in every view', async () => {
        const { document } = await openAndValidate(scratchCopy(SWEDISH()));
        const weekday = await poll(() => vscode.languages.getDiagnostics(document.uri).find(d => codeOf(d) === 'weekday-mismatch'), Boolean);
        assert.strictEqual(weekday!.message, '2026-03-12 är en torsdag, inte "måndag".');

        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Justerare: Dan Falk', 1, 'Justerare: D'.length));
        assert.match(hoverText(hovers), /Ej närvarande · justerare/);

        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, weekday!.range, vscode.CodeActionKind.QuickFix.value);
        assert.ok(actions.some(a => a.title === 'Skriv torsdag'), `titles: ${actions.map(a => a.title)}`);

        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
        const details = symbols.flatMap(s => [s, ...s.children]).map(s => s.detail);
        assert.ok(details.includes('3 personer') && details.includes('1 person'), `details: ${details}`);

        const due = positionOf(document, 'Senast: ', 1, 'Senast: '.length);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, due);
        assert.ok(list.items.some(item => item.detail === '7 dagar efter mötet'), `details: ${list.items.map(i => i.detail)}`);
    });

    test('an English document speaks English', async () => {
        const { document } = await openAndValidate(scratchCopy(ENGLISH()));
        const unknown = await poll(() => vscode.languages.getDiagnostics(document.uri).find(d => codeOf(d) === 'person-unknown'), Boolean);
        assert.match(unknown!.message, /is not listed among the participants/);
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
        const details = symbols.flatMap(s => [s, ...s.children]).map(s => s.detail);
        assert.ok(details.some(d => /^\d+ (people|person)$/.test(d)), `details: ${details}`);
    });
});
