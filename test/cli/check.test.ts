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
    writeFileSync(join(dir, 'clean.minutes'), CLEAN);
    writeFileSync(join(dir, 'broken.minutes'), BROKEN);
    writeFileSync(join(dir, 'warn.minutes'), CLEAN.replace('Adjuster: Ada Lindqvist\n', ''));
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
            'broken.minutes:2:7: error: 2026-03-12 is a Thursday, not a Friday. [weekday-mismatch]',
            'broken.minutes:7:1: warning: Action: has no owner. Add a line "Owner: Name" below the action. [action-owner-missing]',
        ]);
    });

    test('warnings alone exit 0', async () => {
        const { code, out } = await run(['check', 'warn.minutes']);
        expect(code).toBe(0);
        expect(out).toContain('[adjuster-missing]');
    });

    test('--format json gives positions 1-based with an exclusive end', async () => {
        const { code, out } = await run(['check', '--format', 'json', 'broken.minutes']);
        expect(code).toBe(1);
        expect(JSON.parse(out)[0]).toEqual({
            file: 'broken.minutes', line: 2, column: 7, endLine: 2, endColumn: 13,
            severity: 'error', code: 'weekday-mismatch', message: '2026-03-12 is a Thursday, not a Friday.'
        });
        expect(JSON.parse((await run(['check', '--format=json', 'clean.minutes'])).out)).toEqual([]);
    });

    test('--lang and LANG choose the message language', async () => {
        expect((await run(['check', '--lang', 'sv', 'broken.minutes'])).out).toContain('2026-03-12 är en torsdag, inte Friday.');
        expect((await run(['check', 'broken.minutes'], { LANG: 'sv_SE.UTF-8' })).out).toContain('är en torsdag');
        expect((await run(['check', 'broken.minutes'], { LANG: 'en_US.UTF-8' })).out).toContain('is a Thursday');
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
        const folder = await run(['check', 'folder.minutes']);
        expect(folder.code).toBe(2);
        expect(folder.err).toContain('is a directory');
    });

    test('--help and --version', async () => {
        const help = await run(['--help']);
        expect(help.code).toBe(0);
        expect(help.out).toContain('check <files...>');
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
