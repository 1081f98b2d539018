/**
 * Diagnostics as VS Code shows them: the examples (ours and the two shared acceptance
 * examples) and the clean fixtures have none; each broken fixture has exactly the expected
 * codes, ranges and severities. Each file is a fresh copy (see helpers.ts), so the first
 * diagnostics VS Code receives for it are the server's verdict.
 */
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
    cleanUp, codeOf, compareSpecs, describeDiagnostics, examplesDir, fixturesDir, minutesFilesIn, openAndValidate, poll,
    repoRoot, scratchCopy, sharedExamplesDir
} from './helpers';

/** `code@line:col-line:col` (1-based, end just past the last character), ` (warning)` for warnings. */
const BROKEN: Record<string, string[]> = {
    'test/vscode/fixtures/broken/dates-and-items.minutes': [
        'weekday-mismatch@2:6-2:12', // "måndag": 2026-03-12 is a Thursday
        'time-order@2:34-2:39', // 18.00–17.00
        'adjuster-not-present@15:12-15:20', // Dan Falk is under Ej närvarande
        'decision-empty@18:1-18:8',
        'item-number-duplicate@20:7-20:8', // the second "Punkt 1"
        'action-owner-missing@21:1-21:9 (warning)',
        'deadline-before-meeting@22:9-22:19',
        'next-meeting-not-after@24:13-24:23',
        'approval-too-late@25:12-25:22 (warning)', // 49 days; a warning in Minnesanteckningar
    ],
    'test/vscode/fixtures/broken/persons.minutes': [
        'date-invalid@2:14-2:24', // 2026-02-30
        'person-duplicate@8:3-8:15', // "alice  moore" after "Alice Moore"
        'person-present-and-absent@12:3-12:12', // Bob Stone, on the later line only
        'chair-not-present@16:8-16:17',
        'secretary-not-present@17:12-17:20',
        'adjuster-not-present@18:22-18:30',
        'adjuster-is-secretary@18:22-18:30',
        'person-unknown@22:8-22:18', // Owner: Frank Hill
        'syntax@23:6-23:10', // Due: asap
        'item-number-gap@25:6-25:7 (warning)', // Item 4, then Item 7
    ],
    'test/vscode/fixtures/broken/protocol-without-adjuster.minutes': [
        'adjuster-missing@1:1-1:11', // an error in a Protokoll
        'meeting-date-missing@1:12-1:42',
    ],
    // The example we ship to show what the editor reports.
    'examples/with-mistakes/board-meeting-with-mistakes.minutes': [
        'weekday-mismatch@3:7-3:13',
        'person-present-and-absent@12:3-12:13',
        'person-unknown@16:11-16:22',
        'decision-empty@21:1-21:10',
        'item-number-gap@23:6-23:7 (warning)',
        'action-owner-missing@26:1-26:8 (warning)',
        'deadline-before-meeting@27:6-27:16',
        'next-meeting-not-after@29:15-29:25',
    ],
};

suite('diagnostics', () => {
    suiteTeardown(cleanUp);

    test('the workspace is the fixtures folder, with clean and broken fixtures', async () => {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
        assert.strictEqual(folder, fixturesDir(), 'run.mjs should open test/vscode/fixtures (MINUTES_VSCODE_FOLDER)');
        const clean = await vscode.workspace.findFiles('clean/*.minutes');
        const broken = await vscode.workspace.findFiles('broken/*.minutes');
        assert.ok(clean.length >= 2, `clean fixtures: ${clean.length}`);
        assert.deepStrictEqual(broken.map(u => path.basename(u.fsPath)).sort(),
            Object.keys(BROKEN).filter(f => f.includes('/broken/')).map(f => path.basename(f)).sort(),
            'every broken fixture needs its expected diagnostics in BROKEN');
    });

    test('the two shared acceptance examples are present', () => {
        assert.strictEqual(minutesFilesIn(sharedExamplesDir()).length, 2,
            `expected 2 .minutes files in ${sharedExamplesDir()}: put the acceptance examples beside the repository, as CI has them`);
    });

    const clean = [
        ...minutesFilesIn(examplesDir()),
        ...minutesFilesIn(sharedExamplesDir()),
        ...minutesFilesIn(path.join(fixturesDir(), 'clean')),
    ];
    for (const file of clean) {
        test(`${path.relative(path.dirname(repoRoot()), file)} has no diagnostics`, async () => {
            const { document } = await openAndValidate(scratchCopy(file));
            // Give a late second publication a moment to show up before calling it clean.
            const diagnostics = await poll(() => vscode.languages.getDiagnostics(document.uri), d => d.length > 0, 1000);
            assert.deepStrictEqual(describeDiagnostics(diagnostics), []);
        });
    }

    for (const [relative, expected] of Object.entries(BROKEN)) {
        test(`${relative} has exactly the expected diagnostics`, async () => {
            const { document } = await openAndValidate(scratchCopy(path.join(repoRoot(), relative)));
            const want = [...expected].sort(compareSpecs);
            const diagnostics = await poll(() => describeDiagnostics(vscode.languages.getDiagnostics(document.uri)),
                got => JSON.stringify(got) === JSON.stringify(want), 10_000);
            assert.deepStrictEqual(diagnostics, want);
            // Every diagnostic says something, and names what it is about.
            for (const d of vscode.languages.getDiagnostics(document.uri)) {
                assert.ok(d.message.trim().length > 10, `empty message for ${d.code}`);
            }
        });
    }

    test('an unknown name gets a message that names it, in English here', async () => {
        const { document } = await openAndValidate(scratchCopy(path.join(fixturesDir(), 'broken/persons.minutes')));
        const unknown = vscode.languages.getDiagnostics(document.uri).find(d => codeOf(d) === 'person-unknown');
        assert.ok(unknown, 'no person-unknown diagnostic');
        assert.strictEqual(document.getText(unknown.range), 'Frank Hill');
        assert.match(unknown.message, /Frank Hill is not listed among the participants/);
    });
});
