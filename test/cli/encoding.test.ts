/**
 * A minutes file that is not UTF-8 (issue 11, 13): the CLI reads it as Windows-1252 and says so
 * with `encoding-guessed`, instead of silently turning å, ä and ö into U+FFFD; and the
 * extension asks VS Code to guess such a file's encoding.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCliIn } from './run-cli.js';

/** A Swedish document as an old Windows tool saves it: one byte per character. */
const WINDOWS_1252 = Uint8Array.from([...`Minnesanteckningar: Styrelsemöte
Tid: torsdag 2026-03-12
Deltagare:
- Åsa Öberg
Justerare: Åsa Öberg
`].map(c => c.charCodeAt(0)));

let dir: string;
beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-encoding-'));
    writeFileSync(join(dir, 'gammal.minutes'), WINDOWS_1252);
    // Another body (at the end: no line moves), so the two are not one series with one date twice (SERIES.md).
    writeFileSync(join(dir, 'ny.minutes'), `${new TextDecoder('latin1').decode(WINDOWS_1252)}Organ: Nya styrelsen\n`);
});

describe('a file that is not UTF-8', () => {
    test('check warns with encoding-guessed on the first line that is not UTF-8, and reads the names right', async () => {
        const result = await runCliIn(dir, ['check', 'gammal.minutes', '--lang', 'en']);
        expect(result.out).toBe('gammal.minutes:1:1: warning: The file is not saved as UTF-8 (the first character that is not UTF-8 is on this line), '
            + 'so it is read as Windows-1252. Check å, ä and ö, and save the file as UTF-8. [encoding-guessed]\n');
        expect(result.code).toBe(0);
        const swedish = await runCliIn(dir, ['check', 'gammal.minutes', '--format', 'json', '--lang', 'sv']);
        expect(JSON.parse(swedish.out)).toEqual([expect.objectContaining({
            line: 1, column: 1, endLine: 1, endColumn: 'Minnesanteckningar: Styrelsemöte'.length + 1, severity: 'warning', code: 'encoding-guessed',
            message: expect.stringContaining('Filen är inte sparad som UTF-8')
        })]);
    });

    test('the same text saved as UTF-8 has no warning', async () => {
        expect(await runCliIn(dir, ['check', 'ny.minutes'])).toEqual({ code: 0, out: '', err: '' });
    });

    test('export keeps å, ä and ö', async () => {
        const result = await runCliIn(dir, ['export', 'gammal.minutes']);
        expect(result.code).toBe(0);
        const html = readFileSync(join(dir, 'gammal.html'), 'utf8');
        expect(html).toContain('Styrelsemöte');
        expect(html).toContain('Åsa Öberg');
        expect(html).not.toContain('\uFFFD');
    });

    test('the extension turns on files.autoGuessEncoding for minutes files', () => {
        const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
        expect(manifest.contributes.configurationDefaults['[minutes]']['files.autoGuessEncoding']).toBe(true);
    });
});
