/**
 * `minutes export --notice | --extract ITEMS | --public` (issue 14): the default file names,
 * HTML and PDF, standard output, refusals in one sentence with exit 2, and usage mistakes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { SECOND_EDITION_ENGLISH, SECOND_EDITION_SWEDISH } from '../fixtures/fixtures.js';
import { pageTexts } from '../pdf/pdf-text.js';
import { runCliIn } from './run-cli.js';

let dir: string;

beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-export-record-'));
    writeFileSync(join(dir, 'ks.minutes'), SECOND_EDITION_SWEDISH);
    writeFileSync(join(dir, 'board.minutes'), SECOND_EDITION_ENGLISH);
});

afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
});

const run = (...args: string[]) => runCliIn(dir, ['export', ...args]);

describe('the default names and the formats', () => {
    test('--notice, --extract and --public write beside the source with a suffix in the document\'s language', async () => {
        // (The fixtures use parts of the second edition still being built, so standard error may note errors.)
        const notice = await run('ks.minutes', '--notice');
        expect({ code: notice.code, out: notice.out }).toEqual({ code: 0, out: `Skrev ${join(dir, 'ks-anslag.html')}\n` });
        expect((await run('ks.minutes', '--extract', '§ 23, 25.1')).out).toBe(`Skrev ${join(dir, 'ks-utdrag-23-25.1.html')}\n`);
        expect((await run('ks.minutes', '--public', '--format', 'pdf')).out).toBe(`Skrev ${join(dir, 'ks-offentlig.pdf')}\n`);
        expect((await run('ks.minutes', '--extract=24', '--public')).out).toBe(`Skrev ${join(dir, 'ks-utdrag-24-offentlig.html')}\n`);
        expect((await run('board.minutes', '--public')).out).toBe(`Wrote ${join(dir, 'board-public.html')}\n`);
        expect((await run('board.minutes', '--extract', 'Item 2', '--format=pdf')).out).toBe(`Wrote ${join(dir, 'board-extract-2.pdf')}\n`);
        expect(readdirSync(dir).sort()).toEqual([
            'board-extract-2.pdf', 'board-public.html', 'board.minutes', 'ks-anslag.html', 'ks-offentlig.pdf', 'ks-utdrag-23-25.1.html',
            'ks-utdrag-24-offentlig.html', 'ks.minutes'
        ]);
        expect(readFileSync(join(dir, 'ks-anslag.html'), 'utf8')).toContain('<h1>Tillkännagivande om justerat protokoll</h1>');
        expect(readFileSync(join(dir, 'ks-utdrag-24-offentlig.html'), 'utf8')).toContain('Paragrafen innehåller uppgifter som omfattas av sekretess');
        expect(pageTexts(readFileSync(join(dir, 'board-extract-2.pdf'))).join('\n')).toContain('Certified extract');
    });

    test('-o names the file; -o - and standard input write to standard output', async () => {
        expect((await run('ks.minutes', '--notice', '--format', 'pdf', '-o', 'anslag.pdf')).out).toBe(`Skrev ${join(dir, 'anslag.pdf')}\n`);
        expect(readFileSync(join(dir, 'anslag.pdf')).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
        const piped = await runCliIn(dir, ['export', '-', '--notice'], {}, SECOND_EDITION_SWEDISH);
        expect(piped.code).toBe(0);
        expect(piped.out).toContain('<h1>Tillkännagivande om justerat protokoll</h1>');
        expect(piped.err.endsWith('minutes: Skrev sidan till standard ut.\n')).toBe(true);
    });
});

describe('refusals: one sentence, exit 2, nothing written', () => {
    test('a notice of minutes without Anslag, in the file\'s language', async () => {
        expect(await run('board.minutes', '--notice')).toEqual({
            code: 2, out: '',
            err: 'minutes: No notice can be made: the minutes lack the date of posting (a line such as "Posted: 2026-02-26, Town Hall").\n'
        });
        writeFileSync(join(dir, 'ks.minutes'), SECOND_EDITION_SWEDISH.replace(/Justering: .*\n/u, ''));
        expect(await run('ks.minutes', '--notice', '--format', 'pdf')).toEqual({
            code: 2, out: '',
            err: 'minutes: Anslaget kan inte skapas: protokollet saknar ett datum för justering (en rad som "Justering: 2026-02-24").\n'
        });
        // --lang decides the language of the sentence; the keywords stay the document's.
        expect((await run('ks.minutes', '--notice', '--lang', 'en')).err)
            .toBe('minutes: No notice can be made: the minutes lack a date of approval (a line such as "Justering: 2026-02-24").\n');
        expect(readdirSync(dir).sort()).toEqual(['board.minutes', 'ks.minutes']);
    });

    test('an extract of items the minutes do not have, or of nothing', async () => {
        expect(await run('ks.minutes', '--extract', '§ 30')).toEqual({ code: 2, out: '', err: 'minutes: Dokumentet har ingen § 30; det har § 21–26.\n' });
        expect((await run('board.minutes', '--extract', 'the budget')).err)
            .toBe('minutes: "the budget" names no item; write for example --extract "Item 3" or --extract "Item 3, 5".\n');
        expect(readdirSync(dir).sort()).toEqual(['board.minutes', 'ks.minutes']);
    });

    test('flags that cannot be combined, and --extract without its items, are usage mistakes', async () => {
        expect((await run('ks.minutes', '--notice', '--extract', '§ 21')).err).toBe('minutes: --notice and --extract cannot be combined. Run "minutes --help" for usage.\n');
        expect((await run('ks.minutes', '--notice', '--public')).err).toBe('minutes: --notice is public already; leave out --public. Run "minutes --help" for usage.\n');
        expect(await run('ks.minutes', '--extract')).toEqual({ code: 2, out: '', err: 'minutes: --extract needs a value. Run "minutes --help" for usage.\n' });
    });
});

test('--help describes the three outputs', async () => {
    const { out } = await runCliIn(dir, ['--help']);
    for (const flag of ['--public', '--extract ITEMS', '--notice']) expect(out).toContain(flag);
});
