import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ENGLISH_MINUTES_FILE, SWEDISH_MINUTES_FILE } from '../fixtures/fixtures.js';
import { runCliIn } from './run-cli.js';

const root = join(__dirname, '../..');
let dir: string;

const CLEAN = `Minutes: Board
Date: Thursday 2026-03-12
Present:
- Ada Lindqvist
Adjuster: Ada Lindqvist
`;
const BROKEN = `Minutes: Board
Date: Friday 2026-03-12
Present:
- Ada Lindqvist
Adjuster: Ada Lindqvist
Item 1: Budget
Action: Do it
`;

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-cli-'));
    // Unrelated minutes, each naming its own body: files of one folder that name none are one series (SERIES.md).
    writeFileSync(join(dir, 'clean.minutes'), `${CLEAN}Body: Clean board\n`);
    writeFileSync(join(dir, 'broken.minutes'), BROKEN.replace('Item 1', 'Body: Broken board\nItem 1'));
    writeFileSync(join(dir, 'svenska.minutes'), 'Minnesanteckningar: Styrelsemöte\nTid: onsdag 2022-10-06\n');
    writeFileSync(join(dir, 'headless.minutes'), 'Styrelsemöte\n');
    // English minutes follow Robert's Rules, where a missing adjuster is no problem: an action without an owner is a warning.
    // (Its own body: files of one folder that name none are one series, SERIES.md.)
    writeFileSync(join(dir, 'warn.minutes'), `${CLEAN}Body: Warn board\nItem 1: Budget\nAction: Do it\n`);
    mkdirSync(join(dir, 'folder.minutes'));
});

function run(args: string[], env: Record<string, string> = {}): ReturnType<typeof runCliIn> {
    return runCliIn(dir, args, env);
}

describe('minutes check', () => {
    test('clean files print nothing and exit 0', async () => {
        expect(await run(['check', 'clean.minutes'])).toEqual({ code: 0, out: '', err: '' });
    });

    test('one line per diagnostic, path:line:column: severity: message [code], exit 1 on errors', async () => {
        const { code, out } = await run(['check', 'broken.minutes', 'clean.minutes']);
        expect(code).toBe(1);
        expect(out.split('\n').filter(Boolean)).toEqual([
            'broken.minutes:2:7: error: 2026-03-12 is a Thursday, not "Friday". [weekday-mismatch]',
            'broken.minutes:8:1: warning: "Action:" has no owner. Add a line "Owner: Name" below the action. [action-owner-missing]',
        ]);
    });

    test('warnings alone exit 0', async () => {
        const { code, out } = await run(['check', 'warn.minutes']);
        expect(code).toBe(0);
        expect(out).toContain('[action-owner-missing]');
    });

    test('--format json gives positions 1-based with an exclusive end', async () => {
        const { code, out } = await run(['check', '--format', 'json', 'broken.minutes']);
        expect(code).toBe(1);
        expect(JSON.parse(out)[0]).toEqual({
            file: 'broken.minutes', line: 2, column: 7, endLine: 2, endColumn: 13,
            severity: 'error', code: 'weekday-mismatch', message: '2026-03-12 is a Thursday, not "Friday".'
        });
        expect(JSON.parse((await run(['check', '--format=json', 'clean.minutes'])).out)).toEqual([]);
    });

    test('--lang forces the message language; without it each file speaks its own, LANG only without a header', async () => {
        expect((await run(['check', '--lang', 'sv', 'broken.minutes'])).out).toContain('2026-03-12 är en torsdag, inte "Friday".');
        // An English file in a Swedish terminal: English messages (one language per file).
        expect((await run(['check', 'broken.minutes'], { LANG: 'sv_SE.UTF-8' })).out).toContain('is a Thursday');
        expect((await run(['check', 'broken.minutes'], { LANG: 'en_US.UTF-8' })).out).toContain('is a Thursday');
        // A Swedish file and an English file in one run: each in its own language.
        const both = (await run(['check', 'svenska.minutes', 'broken.minutes'], { LANG: 'en_US.UTF-8' })).out;
        expect(both).toContain('svenska.minutes:2:6: error: 2022-10-06 är en torsdag, inte "onsdag". [weekday-mismatch]');
        expect(both).toContain('broken.minutes:2:7: error: 2026-03-12 is a Thursday, not "Friday". [weekday-mismatch]');
        // Without a header the locale decides.
        expect((await run(['check', 'headless.minutes'], { LANG: 'sv_SE.UTF-8' })).out).toContain('Första raden ska säga vad dokumentet är');
        expect((await run(['check', 'headless.minutes'], { LANG: 'en_US.UTF-8' })).out).toContain('The first line should say what this is');
    });

    test('usage and file problems exit 2 with one line on stderr', async () => {
        for (const args of [['check'], ['check', '--format', 'xml', 'clean.minutes'], ['check', '--lang', 'de', 'clean.minutes'], ['frobnicate'], ['check', '--bogus', 'x']]) {
            const { code, err } = await run(args);
            expect(code, args.join(' ')).toBe(2);
            expect(err.trim().split('\n')).toHaveLength(1);
        }
        const missing = await run(['check', 'nope.minutes', 'broken.minutes']);
        expect(missing.code).toBe(2);
        expect(missing.err).toBe('minutes: nope.minutes: no such file\n');
        expect(missing.out).toContain('[weekday-mismatch]');
        // A folder is checked file by file (test/cli/sources.test.ts); this one holds none.
        const folder = await run(['check', 'folder.minutes']);
        expect(folder.code).toBe(2);
        expect(folder.err).toBe('minutes: folder.minutes: the folder holds no .minutes files\n');
    });

    test('--help and --version', async () => {
        const help = await run(['--help']);
        expect(help.code).toBe(0);
        expect(help.out).toContain('check <files...>');
        // What `-` does for export without -o, and every exit status, are in the help.
        expect(help.out).toContain('the page goes to standard output');
        expect(help.out).toContain('Exit status: 0 no errors, 1 errors found, 2 usage or file problem, 70 internal error.');
        const version = await run(['--version']);
        expect(version.out.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
    });
});

describe('the built executable', () => {
    test('checks both fixture documents clean', () => {
        const result = spawnSync(process.execPath, [join(root, 'bin/minutes.cjs'), 'check', ENGLISH_MINUTES_FILE, SWEDISH_MINUTES_FILE], { encoding: 'utf8' });
        expect([result.status, result.stdout, result.stderr]).toEqual([0, '', '']);
    });

    test('exits 1 on errors and 2 on a missing file', () => {
        const bin = join(root, 'bin/minutes.cjs');
        expect(spawnSync(process.execPath, [bin, 'check', join(dir, 'broken.minutes')]).status).toBe(1);
        expect(spawnSync(process.execPath, [bin, 'check', join(dir, 'missing.minutes')]).status).toBe(2);
        expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/u);
    });
});
