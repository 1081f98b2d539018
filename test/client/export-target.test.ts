import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportTarget, fileNameForTitle } from '../../client/export/export-target.js';

const source = '/home/anna/möten/styrelse-2025-11-18.minutes';

describe('exportTarget', () => {
    test('with no folder set: next to the source, .minutes replaced by .html', () => {
        expect(exportTarget(source, '', '/home/anna')).toBe('/home/anna/möten/styrelse-2025-11-18.html');
        expect(exportTarget(source, '   ', undefined)).toBe('/home/anna/möten/styrelse-2025-11-18.html');
    });

    test('an absolute folder takes the file', () => {
        expect(exportTarget(source, '/srv/protokoll', '/home/anna')).toBe('/srv/protokoll/styrelse-2025-11-18.html');
    });

    test('a relative folder is taken from the workspace folder', () => {
        expect(exportTarget(source, 'export/html', '/home/anna')).toBe('/home/anna/export/html/styrelse-2025-11-18.html');
        expect(exportTarget(source, '../delat', '/home/anna/ws')).toBe('/home/anna/delat/styrelse-2025-11-18.html');
    });

    test('without a workspace a relative folder is taken from the source file\'s folder', () => {
        expect(exportTarget(source, 'html', undefined)).toBe('/home/anna/möten/html/styrelse-2025-11-18.html');
    });

    test('~ is the home folder', () => {
        expect(exportTarget(source, '~/Exporter', undefined)).toBe(path.join(os.homedir(), 'Exporter', 'styrelse-2025-11-18.html'));
    });

    test('any extension is replaced by .html, as for .minutes (an .html source names itself, which the export refuses)', () => {
        expect(exportTarget('/tmp/notes.txt', '', undefined)).toBe('/tmp/notes.html');
        expect(exportTarget('/tmp/protokoll', '', undefined)).toBe('/tmp/protokoll.html');
        expect(exportTarget('/tmp/page.html', '', undefined)).toBe('/tmp/page.html');
    });

    test('a PDF goes to the same place with .pdf', () => {
        expect(exportTarget(source, '', '/home/anna', '.pdf')).toBe('/home/anna/möten/styrelse-2025-11-18.pdf');
        expect(exportTarget(source, '/srv/protokoll', '/home/anna', '.pdf')).toBe('/srv/protokoll/styrelse-2025-11-18.pdf');
    });

    test('an output other than the minutes gets its suffix: the notice, an extract, the public version', () => {
        expect(exportTarget(source, '', '/home/anna', '.pdf', 'anslag')).toBe('/home/anna/möten/styrelse-2025-11-18-anslag.pdf');
        expect(exportTarget(source, '/srv/protokoll', '/home/anna', '.html', 'utdrag-14-16')).toBe('/srv/protokoll/styrelse-2025-11-18-utdrag-14-16.html');
    });
});

describe('fileNameForTitle', () => {
    test('keeps the title readable and drops characters file systems refuse', () => {
        expect(fileNameForTitle('Brf Lindblomman: styrelsemöte 2025/11')).toBe('Brf Lindblomman styrelsemöte 2025 11.html');
    });

    test('falls back to "minutes" without a usable title', () => {
        expect(fileNameForTitle(undefined)).toBe('minutes.html');
        expect(fileNameForTitle(' :/ ')).toBe('minutes.html');
        expect(fileNameForTitle(undefined, '.pdf')).toBe('minutes.pdf');
    });
});
