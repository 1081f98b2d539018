/**
 * What `minutes check` and `minutes export` read: a file of any name, `-` for standard input,
 * a folder for every `.minutes` file below it, and each file once however often it is named,
 * printed file by file as each is done.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli, type CliIO } from '../../cli/main.js';
import { runCliIn } from './run-cli.js';

const ROOT = join(__dirname, '../..');
const BIN = join(ROOT, 'bin/minutes.cjs');

const CLEAN = `Minutes: Board
Date: Thursday 2026-03-12
Present:
- Ada Lindqvist
Adjuster: Ada Lindqvist
`;
/** One error on line 2 (the weekday). */
const BROKEN = CLEAN.replace('Thursday', 'Friday');
const WEEKDAY = '2:7: error: 2026-03-12 is a Thursday, not "Friday". [weekday-mismatch]';

let dir: string;

beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-sources-'));
});

afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
});

/**
 * Unrelated minutes, each naming its own body (at its end, after the roles, so no line moves):
 * the files of one folder that name none are one series (SERIES.md), with one date twice.
 */
function ownBody(path: string, text: string): string {
    return `${text}Body: ${path}\n`;
}

function write(path: string, text: string): void {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), ownBody(path, text));
}

function run(args: string[], stdin?: string): ReturnType<typeof runCliIn> {
    return runCliIn(dir, args, {}, stdin);
}

describe('a file of any name is read as minutes', () => {
    test('check notes.txt, minutes.html and a name without extension', async () => {
        write('notes.txt', BROKEN);
        write('minutes.html', CLEAN);
        write('protokoll', BROKEN);
        const { code, out, err } = await run(['check', 'notes.txt', 'minutes.html', 'protokoll']);
        expect({ code, err }).toEqual({ code: 1, err: '' });
        expect(out).toBe(`notes.txt:${WEEKDAY}\nprotokoll:${WEEKDAY}\n`);
    });

    test('export notes.txt writes notes.html', async () => {
        write('notes.txt', CLEAN);
        const { code, out, err } = await run(['export', 'notes.txt']);
        expect({ code, out, err }).toEqual({ code: 0, out: `Wrote ${join(dir, 'notes.html')}\n`, err: '' });
        expect(readFileSync(join(dir, 'notes.html'), 'utf8')).toContain('<h1>Board</h1>');
    });

    test('export minutes.html would write over itself: exit 2, one sentence, nothing changed', async () => {
        write('minutes.html', CLEAN);
        const { code, out, err } = await run(['export', 'minutes.html']);
        expect({ code, out }).toEqual({ code: 2, out: '' });
        expect(err).toBe('minutes: minutes.html would be exported to itself (the page takes the file\'s name with .html); ' +
            'name the page with -o, for example -o minutes-page.html.\n');
        expect(readFileSync(join(dir, 'minutes.html'), 'utf8')).toBe(ownBody('minutes.html', CLEAN));
        expect((await runCliIn(dir, ['export', 'minutes.html'], { LANG: 'sv_SE.UTF-8' })).err).toContain('skulle exporteras till sig själv');
        // Named with -o, it is written.
        expect((await run(['export', 'minutes.html', '-o', 'minutes-page.html'])).code).toBe(0);
    });

    test('the built executable: check notes.txt exits 1, not 70', () => {
        write('notes.txt', BROKEN);
        const result = spawnSync(process.execPath, [BIN, 'check', 'notes.txt'], { cwd: dir, encoding: 'utf8' });
        expect([result.status, result.stdout, result.stderr]).toEqual([1, `notes.txt:${WEEKDAY}\n`, '']);
    });
});

describe('- reads standard input', () => {
    test('check - names it <stdin>, or as --stdin-filename says', async () => {
        expect(await run(['check', '-'], BROKEN)).toEqual({ code: 1, out: `<stdin>:${WEEKDAY}\n`, err: '' });
        expect(await run(['check', '--stdin-filename', 'board.minutes', '-'], BROKEN)).toEqual({ code: 1, out: `board.minutes:${WEEKDAY}\n`, err: '' });
        expect(await run(['check', '-'], CLEAN)).toEqual({ code: 0, out: '', err: '' });
    });

    test('check - among files, in order', async () => {
        write('a.minutes', BROKEN);
        const { out } = await run(['check', 'a.minutes', '-', '--format', 'json'], BROKEN);
        expect(JSON.parse(out).map((d: { file: string }) => d.file)).toEqual(['a.minutes', '<stdin>']);
    });

    test('export - -o page.html writes the page', async () => {
        const { code, out } = await run(['export', '-', '-o', 'page.html'], CLEAN);
        expect({ code, out }).toEqual({ code: 0, out: `Wrote ${join(dir, 'page.html')}\n` });
        expect(readFileSync(join(dir, 'page.html'), 'utf8')).toContain('<h1>Board</h1>');
    });

    test('export - without -o writes the page to standard output', async () => {
        const { code, out, err } = await run(['export', '-'], BROKEN);
        expect(code).toBe(0);
        expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(err).toBe('minutes: Note: <stdin> has 1 error; the page was exported anyway. Run "minutes check <stdin>" to see them.\n' +
            'minutes: Wrote the page to standard output.\n');
        expect(readdirSync(dir)).toEqual([]);
    });

    test('export - --stdin-filename names it in messages and refuses to write over that file', async () => {
        write('board.minutes', CLEAN);
        const { code, err } = await run(['export', '-', '--stdin-filename', 'board.minutes', '-o', 'board.minutes'], BROKEN);
        expect(code).toBe(2);
        expect(err.split('\n')[0]).toBe('minutes: Note: board.minutes has 1 error; the page was exported anyway. Run "minutes check board.minutes" to see them.');
        expect(err.split('\n')[1]).toContain('is the minutes file itself');
        expect(readFileSync(join(dir, 'board.minutes'), 'utf8')).toBe(ownBody('board.minutes', CLEAN));
    });

    test('usage: - twice, --stdin-filename without -', async () => {
        for (const args of [['check', '-', '-'], ['check', '--stdin-filename', 'x.minutes', 'a.minutes'], ['export', 'a.minutes', '--stdin-filename', 'x']]) {
            const { code, err } = await run(args, CLEAN);
            expect(code, args.join(' ')).toBe(2);
            expect(err.trim().split('\n')).toHaveLength(1);
        }
    });

    test('the built executable reads its standard input', () => {
        const result = spawnSync(process.execPath, [BIN, 'check', '-'], { cwd: dir, input: BROKEN, encoding: 'utf8' });
        expect([result.status, result.stdout, result.stderr]).toEqual([1, `<stdin>:${WEEKDAY}\n`, '']);
        const page = spawnSync(process.execPath, [BIN, 'export', '-'], { cwd: dir, input: CLEAN, encoding: 'utf8' });
        expect(page.status).toBe(0);
        expect(page.stdout).toContain('<h1>Board</h1>');
    });
});

describe('a folder means every .minutes file below it', () => {
    beforeEach(() => {
        write('möten/b.minutes', BROKEN);
        write('möten/a.minutes', BROKEN);
        write('möten/2026/c.MINUTES', BROKEN);
        write('möten/2026/notes.txt', BROKEN);
        write('möten/node_modules/pkg/d.minutes', BROKEN);
        write('möten/.git/e.minutes', BROKEN);
        write('möten/.drafts/f.minutes', BROKEN);
        write('elsewhere/g.minutes', BROKEN);
        // A link to the folder's own parent (a loop) and one to a folder outside: not entered.
        symlinkSync('..', join(dir, 'möten', '2026', 'up'));
        symlinkSync(join(dir, 'elsewhere'), join(dir, 'möten', 'linked'));
        // A linked file is read.
        symlinkSync(join(dir, 'elsewhere', 'g.minutes'), join(dir, 'möten', 'h.minutes'));
    });

    test('sorted, skipping node_modules and dot folders, not entering linked folders', async () => {
        const { code, out, err } = await run(['check', 'möten']);
        expect({ code, err }).toEqual({ code: 1, err: '' });
        expect(out.split('\n').filter(Boolean).map(line => line.slice(0, line.indexOf(':')))).toEqual([
            join('möten', '2026', 'c.MINUTES'), join('möten', 'a.minutes'), join('möten', 'b.minutes'), join('möten', 'h.minutes')
        ]);
    });

    test('a folder without .minutes files: exit 2 and one sentence', async () => {
        mkdirSync(join(dir, 'empty'));
        expect(await run(['check', 'empty'])).toEqual({ code: 2, out: '', err: 'minutes: empty: the folder holds no .minutes files\n' });
    });

    test('export of a folder is refused', async () => {
        const { code, err } = await run(['export', 'möten']);
        expect(code).toBe(2);
        expect(err).toBe('minutes: möten: is a directory, not a minutes file\n');
    });
});

describe('each file once, printed as it is done', () => {
    test('the same file twice, through ./, a link and an overlapping folder: checked once', async () => {
        write('a.minutes', BROKEN);
        write('sub/b.minutes', BROKEN);
        symlinkSync(join(dir, 'a.minutes'), join(dir, 'sub', 'link.minutes'));
        const { code, out, err } = await run(['check', 'a.minutes', './a.minutes', 'sub', 'sub/b.minutes', join(dir, 'a.minutes')]);
        expect({ code, err }).toEqual({ code: 1, err: '' });
        expect(out).toBe(`a.minutes:${WEEKDAY}\n${join('sub', 'b.minutes')}:${WEEKDAY}\n`);
    });

    test('the built executable: check a.minutes ./a.minutes exits 1, not 70', () => {
        write('a.minutes', BROKEN);
        const result = spawnSync(process.execPath, [BIN, 'check', 'a.minutes', './a.minutes'], { cwd: dir, encoding: 'utf8' });
        expect([result.status, result.stdout, result.stderr]).toEqual([1, `a.minutes:${WEEKDAY}\n`, '']);
    });

    test('a later failure loses nothing printed before it', async () => {
        write('a.minutes', BROKEN);
        let out = '';
        let err = '';
        let seenBeforeReading = '';
        const io: CliIO = {
            stdout: t => { out += t; },
            stderr: t => { err += t; },
            // Standard input is read after a.minutes is done, and then fails unexpectedly.
            stdin: async () => {
                seenBeforeReading = out;
                throw new Error('the pipe broke');
            },
            env: {},
            cwd: dir
        };
        const code = await runCli(['check', 'a.minutes', '-'], io);
        expect(seenBeforeReading).toBe(`a.minutes:${WEEKDAY}\n`);
        expect(out).toBe(`a.minutes:${WEEKDAY}\n`);
        expect(code).toBe(70);
        expect(err).toMatch(/^minutes: internal error while checking <stdin>: Error: the pipe broke/u);
    });

    test('--format json is streamed and still one JSON array', async () => {
        write('a.minutes', BROKEN);
        write('b.minutes', `${BROKEN}Item 1: Budget\nAction: Do it\n`);
        const { out } = await run(['check', '--format', 'json', 'a.minutes', 'b.minutes']);
        const parsed = JSON.parse(out);
        expect(out).toBe(JSON.stringify(parsed, null, 2) + '\n');
        expect(parsed.map((d: { file: string; code: string }) => `${d.file} ${d.code}`)).toEqual([
            'a.minutes weekday-mismatch', 'b.minutes weekday-mismatch', 'b.minutes action-owner-missing'
        ]);
    });
});
