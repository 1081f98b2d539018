import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCliIn } from '../cli/run-cli.js';
import { ENGLISH_MINUTES_FILE, readExample } from './render-helpers.js';

let dir: string;

beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-export-cli-'));
    writeFileSync(join(dir, 'board.minutes'), readExample(ENGLISH_MINUTES_FILE));
    writeFileSync(join(dir, 'broken.minutes'), 'Minutes: Broken\nDate: Friday 2026-03-12\nChair: Nobody\n');
});

afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string> = {}): ReturnType<typeof runCliIn> {
    return runCliIn(dir, args, env);
}

describe('minutes export', () => {
    test('writes next to the source by default and says where', async () => {
        const { code, out, err } = await run(['export', 'board.minutes']);
        const target = join(dir, 'board.html');
        expect({ code, out, err }).toEqual({ code: 0, out: `Wrote ${target}\n`, err: '' });
        const page = readFileSync(target, 'utf8');
        expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
        expect(page).toContain('<h1>Northgate Rowing Club, committee</h1>');
        expect(readdirSync(dir).sort()).toEqual(['board.html', 'board.minutes', 'broken.minutes']);
    });

    test('-o writes where it says, relative to the working folder', async () => {
        mkdirSync(join(dir, 'out'));
        const { code, out } = await run(['export', 'board.minutes', '-o', 'out/page.html']);
        expect(code).toBe(0);
        expect(out).toBe(`Wrote ${join(dir, 'out', 'page.html')}\n`);
        expect(readFileSync(join(dir, 'out', 'page.html'), 'utf8')).toContain('<title>Northgate Rowing Club, committee</title>');
        expect(await run(['export', '--output=out/other.html', 'board.minutes'])).toMatchObject({ code: 0 });
        expect(existsSync(join(dir, 'out', 'other.html'))).toBe(true);
    });

    test('-o - writes the page to stdout and the note to stderr', async () => {
        const { code, out, err } = await run(['export', 'board.minutes', '-o', '-']);
        expect(code).toBe(0);
        expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(out.endsWith('</html>\n')).toBe(true);
        expect(err).toBe('minutes: Wrote the page to standard output.\n');
        expect(existsSync(join(dir, 'board.html'))).toBe(false);
    });

    test('refuses to overwrite the source: exit 2, one line, the source unchanged', async () => {
        const before = readFileSync(join(dir, 'board.minutes'), 'utf8');
        const { code, out, err } = await run(['export', 'board.minutes', '-o', 'board.minutes']);
        expect(code).toBe(2);
        expect(out).toBe('');
        expect(err).toBe(`minutes: ${join(dir, 'board.minutes')} is the minutes file itself; exporting would overwrite it. Choose another file name, for example ${join(dir, 'board.html')}.\n`);
        expect(readFileSync(join(dir, 'board.minutes'), 'utf8')).toBe(before);
    });

    test('refuses a folder, in Swedish with --lang sv', async () => {
        mkdirSync(join(dir, 'out'));
        const { code, err } = await run(['export', 'board.minutes', '-o', 'out', '--lang', 'sv']);
        expect(code).toBe(2);
        expect(err).toBe(`minutes: ${join(dir, 'out')} är en mapp. Ange ett filnamn, till exempel ${join(dir, 'out', 'board.html')}.\n`);
    });

    test('a missing file: exit 2 with one line', async () => {
        const { code, out, err } = await run(['export', 'missing.minutes']);
        expect({ code, out }).toEqual({ code: 2, out: '' });
        expect(err).toBe('minutes: missing.minutes: no such file\n');
    });

    test('documents with errors still export, with a note on stderr', async () => {
        const { code, out, err } = await run(['export', 'broken.minutes']);
        expect(code).toBe(0);
        expect(out).toBe(`Wrote ${join(dir, 'broken.html')}\n`);
        expect(err).toBe('minutes: Note: broken.minutes has 2 errors; the page was exported anyway. Run "minutes check broken.minutes" to see them.\n');
        const page = readFileSync(join(dir, 'broken.html'), 'utf8');
        expect(page).toContain('<span class="minutes-name minutes-unresolved">Nobody</span>');
        // The page itself says so at its top, in the document's language.
        expect(page).toContain('<aside class="minutes-notice minutes-export-notice" aria-label="Errors in the document"><p>Note: the document had 2 errors');
    });

    test('the notes speak the file\'s language: a Swedish file in an English terminal, an English one in a Swedish terminal', async () => {
        writeFileSync(join(dir, 'trasig.minutes'), 'Minnesanteckningar: Trasig\nTid: fredag 2026-03-12\nOrdförande: Ingen\n');
        const swedish = await run(['export', 'trasig.minutes'], { LANG: 'en_US.UTF-8' });
        expect(swedish.code).toBe(0);
        expect(swedish.out).toBe(`Skrev ${join(dir, 'trasig.html')}\n`);
        expect(swedish.err).toBe('minutes: Obs: trasig.minutes har 2 fel; sidan exporterades ändå. Kör "minutes check trasig.minutes" för att se dem.\n');
        const english = await run(['export', 'broken.minutes'], { LANG: 'sv_SE.UTF-8' });
        expect(english.out).toBe(`Wrote ${join(dir, 'broken.html')}\n`);
        expect(english.err).toBe('minutes: Note: broken.minutes has 2 errors; the page was exported anyway. Run "minutes check broken.minutes" to see them.\n');
    });

    test('--lang forces the language of the notes', async () => {
        const { out, err } = await run(['export', 'broken.minutes', '--lang', 'sv'], { LANG: 'en_US.UTF-8' });
        expect(out).toBe(`Skrev ${join(dir, 'broken.html')}\n`);
        expect(err).toBe('minutes: Obs: broken.minutes har 2 fel; sidan exporterades ändå. Kör "minutes check broken.minutes" för att se dem.\n');
    });

    test('usage mistakes exit 2', async () => {
        expect((await run(['export'])).code).toBe(2);
        expect((await run(['export'])).err).toContain('export needs a file');
        expect((await run(['export', 'a.minutes', 'b.minutes'])).err).toContain('export takes one file');
        expect((await run(['export', 'board.minutes', '-o'])).code).toBe(2);
        expect((await run(['export', 'board.minutes', '--lang', 'fr'])).code).toBe(2);
    });
});
