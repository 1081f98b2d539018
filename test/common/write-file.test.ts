import * as fs from 'node:fs/promises';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, linkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { defaultExportPath, suggestedExportPath } from '../../common/export-path.js';
import { exportErrorMessage } from '../../common/export-messages.js';
import { ExportError, temporaryName, writeExport, type ExportErrorReason, type ExportFileSystem } from '../../common/write-file.js';

const SOURCE_TEXT = 'Minnesanteckningar: Styrelsemöte\nTid: 2024-01-10\n';
const OLD_PAGE = '<!DOCTYPE html><p>old</p>';
const NEW_PAGE = '<!DOCTYPE html><p>new – ny</p>';

let dir: string;
let source: string;

beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-export-'));
    source = join(dir, 'möte.minutes');
    writeFileSync(source, SOURCE_TEXT);
});

afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
});

/** The reason of the ExportError the promise rejects with. */
async function reasonOf(promise: Promise<unknown>): Promise<ExportErrorReason> {
    try {
        await promise;
    } catch (error) {
        expect(error).toBeInstanceOf(ExportError);
        return (error as ExportError).reason;
    }
    throw new Error('the export was not refused');
}

function expectSourceIntact(): void {
    expect(readFileSync(source, 'utf8')).toBe(SOURCE_TEXT);
}

/** True when the temporary folder's file system finds `Name` under `nAME`. */
function caseInsensitiveTmp(): boolean {
    const probe = mkdtempSync(join(tmpdir(), 'minutes-case-'));
    try {
        writeFileSync(join(probe, 'Probe'), '');
        try {
            statSync(join(probe, 'pROBE'));
            return true;
        } catch {
            return false;
        }
    } finally {
        rmSync(probe, { recursive: true, force: true });
    }
}

describe('defaultExportPath', () => {
    test('replaces the extension with .html in the same folder, or adds .html', () => {
        expect(defaultExportPath('/a/b/möte.minutes')).toBe('/a/b/möte.html');
        expect(defaultExportPath('/a/b/Möte.MINUTES')).toBe('/a/b/Möte.html');
        expect(defaultExportPath('/a/b/notes.txt')).toBe('/a/b/notes.html');
        expect(defaultExportPath('/a/b/notes')).toBe('/a/b/notes.html');
        expect(defaultExportPath('/a/b.minutes/notes')).toBe('/a/b.minutes/notes.html');
        // The source itself, which the export refuses; the suggestion then is another name.
        expect(defaultExportPath('/a/b/page.html')).toBe('/a/b/page.html');
        expect(suggestedExportPath('/a/b/page.html')).toBe('/a/b/page-page.html');
        expect(suggestedExportPath('/a/b/notes.txt')).toBe('/a/b/notes.html');
    });

    test('a PDF takes .pdf the same way', () => {
        expect(defaultExportPath('/a/b/möte.minutes', '.pdf')).toBe('/a/b/möte.pdf');
        expect(defaultExportPath('/a/b/notes.pdf', '.pdf')).toBe('/a/b/notes.pdf');
        expect(suggestedExportPath('/a/b/notes.pdf', '.pdf')).toBe('/a/b/notes-page.pdf');
    });
});

describe('temporaryName', () => {
    test('short names whole; long ones cut to 100 bytes at a character boundary, far under the 255-byte limit', () => {
        expect(temporaryName('möte.html')).toMatch(/^\.möte\.html\.\d+\.[0-9a-f]{12}\.tmp$/u);
        for (const name of ['a'.repeat(250), 'ö'.repeat(127), '😀'.repeat(63)]) {
            const temporary = temporaryName(name);
            expect(Buffer.byteLength(temporary)).toBeLessThanOrEqual(130);
            const kept = temporary.slice(1, temporary.indexOf('.', 1));
            expect(name.startsWith(kept)).toBe(true);
            expect(Buffer.byteLength(kept)).toBeGreaterThan(95);
        }
    });
});

describe('writeExport writes', () => {
    test('a new file, leaving no temporary file', async () => {
        const target = join(dir, 'möte.html');
        await writeExport(source, target, NEW_PAGE);
        expect(readFileSync(target, 'utf8')).toBe(NEW_PAGE);
        expect(readdirSync(dir).sort()).toEqual(['möte.html', 'möte.minutes']);
        expectSourceIntact();
    });

    test('bytes as they are (a PDF)', async () => {
        const target = join(dir, 'möte.pdf');
        const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0x00, 0xe4]);
        await writeExport(source, target, bytes);
        expect(readFileSync(target).equals(Buffer.from(bytes))).toBe(true);
        expectSourceIntact();
    });

    test('over an existing file, keeping its permissions', async () => {
        const target = join(dir, 'möte.html');
        writeFileSync(target, OLD_PAGE, { mode: 0o640 });
        await fs.chmod(target, 0o640);
        await writeExport(source, target, NEW_PAGE);
        expect(readFileSync(target, 'utf8')).toBe(NEW_PAGE);
        expect(statSync(target).mode & 0o777).toBe(0o640);
        expect(readdirSync(dir).sort()).toEqual(['möte.html', 'möte.minutes']);
    });

    test('through a symbolic link the user named: the file behind it changes, the link stays', async () => {
        const real = join(dir, 'real.html');
        const link = join(dir, 'link.html');
        writeFileSync(real, OLD_PAGE);
        symlinkSync(real, link);
        await writeExport(source, link, NEW_PAGE, { named: true });
        expect(readFileSync(real, 'utf8')).toBe(NEW_PAGE);
        expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    });
});

describe('writeExport refuses', () => {
    test('the source itself', async () => {
        expect(await reasonOf(writeExport(source, source, NEW_PAGE))).toBe('same-as-source');
        expect(await reasonOf(writeExport(source, join(dir, '.', 'sub', '..', 'möte.minutes'), NEW_PAGE))).toBe('same-as-source');
        expectSourceIntact();
    });

    test('the source through a symbolic link to it', async () => {
        const link = join(dir, 'link.html');
        symlinkSync(source, link);
        // Named, the link is followed, and found to be the source; found, it is refused as a link.
        expect(await reasonOf(writeExport(source, link, NEW_PAGE, { named: true }))).toBe('same-as-source');
        expect(await reasonOf(writeExport(source, link, NEW_PAGE))).toBe('target-is-link');
        expectSourceIntact();
    });

    test('the source through a symbolic link to its folder', async () => {
        const folderLink = join(dir, 'alias');
        symlinkSync(dir, folderLink);
        expect(await reasonOf(writeExport(source, join(folderLink, 'möte.minutes'), NEW_PAGE))).toBe('same-as-source');
        expect(await reasonOf(writeExport(join(folderLink, 'möte.minutes'), source, NEW_PAGE))).toBe('same-as-source');
        expectSourceIntact();
    });

    test('the source under another name (a hard link)', async () => {
        const other = join(dir, 'other.html');
        linkSync(source, other);
        expect(await reasonOf(writeExport(source, other, NEW_PAGE))).toBe('same-as-source');
        expectSourceIntact();
    });

    const caseInsensitive = caseInsensitiveTmp();
    test.skipIf(!caseInsensitive)(
        'the source spelled in another case on a case-insensitive disk (skipped here: the temporary folder is on a case-sensitive file system)',
        async () => {
            expect(await reasonOf(writeExport(source, join(dir, 'MÖTE.MINUTES'), NEW_PAGE))).toBe('same-as-source');
            expectSourceIntact();
        });

    test('the source spelled in another case where the disk ignores case and reports no inode numbers (simulated)', async () => {
        // A file system that ignores case, as a Windows network drive does: every path is looked
        // up in lower case, real paths keep the case they were given, inode numbers are 0.
        writeFileSync(join(dir, 'notes.minutes'), SOURCE_TEXT);
        const lower = (path: string) => path.slice(0, dir.length) + path.slice(dir.length).toLowerCase();
        const withoutInode = (stats: import('node:fs').Stats) => Object.assign(Object.create(Object.getPrototypeOf(stats)), stats, { ino: 0 });
        const insensitive: ExportFileSystem = {
            realpath: async path => { await fs.stat(lower(path)); return path; },
            stat: async path => withoutInode(await fs.stat(lower(path))),
            lstat: async path => withoutInode(await fs.lstat(lower(path))),
            readlink: path => fs.readlink(lower(path)),
            open: (path, flags, mode) => fs.open(lower(path), flags, mode),
            rename: (from, to) => fs.rename(lower(from), lower(to)),
            unlink: path => fs.unlink(lower(path))
        };
        const notes = join(dir, 'notes.minutes');
        expect(await reasonOf(writeExport(notes, join(dir, 'NOTES.minutes'), NEW_PAGE, { fs: insensitive }))).toBe('same-as-source');
        expect(readFileSync(notes, 'utf8')).toBe(SOURCE_TEXT);
        // The same disk still exports to a name that differs in more than case.
        await writeExport(notes, join(dir, 'Notes.html'), NEW_PAGE, { fs: insensitive });
        expect(readFileSync(join(dir, 'notes.html'), 'utf8')).toBe(NEW_PAGE);
    });

    test('a folder', async () => {
        const folder = join(dir, 'out');
        mkdirSync(folder);
        expect(await reasonOf(writeExport(source, folder, NEW_PAGE))).toBe('target-is-directory');
        expect(readdirSync(folder)).toEqual([]);
    });

    test('a folder that does not exist', async () => {
        expect(await reasonOf(writeExport(source, join(dir, 'missing', 'page.html'), NEW_PAGE))).toBe('folder-missing');
    });
});

describe('writeExport on failure', () => {
    const target = () => join(dir, 'möte.html');

    /** The real file system with one step failing with `code`. */
    function failing(step: 'open' | 'writeFile' | 'sync' | 'rename', code: string): ExportFileSystem {
        const error = () => Object.assign(new Error(`${step} failed`), { code });
        return {
            realpath: fs.realpath,
            stat: fs.stat,
            lstat: fs.lstat,
            readlink: fs.readlink,
            rename: async (from, to) => {
                if (step === 'rename') throw error();
                return fs.rename(from, to);
            },
            unlink: fs.unlink,
            open: async (path, flags, mode) => {
                if (step === 'open' && flags === 'wx') throw error();
                const handle = await fs.open(path, flags, mode);
                return {
                    writeFile: async (data, encoding) => {
                        // Half the page reaches the disk before the failure, as with a full disk.
                        await handle.writeFile(data.slice(0, data.length >> 1), encoding);
                        if (step === 'writeFile') throw error();
                        await handle.writeFile(data.slice(data.length >> 1), encoding);
                    },
                    sync: async () => {
                        if (step === 'sync' && flags === 'wx') throw error();
                        return handle.sync();
                    },
                    stat: () => handle.stat(),
                    chmod: mode => handle.chmod(mode),
                    close: () => handle.close()
                };
            }
        };
    }

    const cases: Array<['open' | 'writeFile' | 'sync' | 'rename', string, ExportErrorReason]> = [
        ['open', 'EACCES', 'permission-denied'],
        ['open', 'EROFS', 'read-only'],
        ['writeFile', 'ENOSPC', 'disk-full'],
        ['sync', 'EIO', 'write-failed'],
        ['rename', 'EPERM', 'permission-denied']
    ];

    test.each(cases)('%s failing with %s: %s, the old page intact, no temporary file left', async (step, code, reason) => {
        writeFileSync(target(), OLD_PAGE);
        expect(await reasonOf(writeExport(source, target(), NEW_PAGE, { fs: failing(step, code) }))).toBe(reason);
        expect(readFileSync(target(), 'utf8')).toBe(OLD_PAGE);
        expect(readdirSync(dir).sort()).toEqual(['möte.html', 'möte.minutes']);
        expectSourceIntact();
    });

    test('a failure without an existing target leaves nothing behind', async () => {
        expect(await reasonOf(writeExport(source, target(), NEW_PAGE, { fs: failing('writeFile', 'ENOSPC') }))).toBe('disk-full');
        expect(readdirSync(dir)).toEqual(['möte.minutes']);
    });

    test('the error says the system code for unexpected failures', async () => {
        try {
            await writeExport(source, target(), NEW_PAGE, { fs: failing('sync', 'EIO') });
            expect.unreachable();
        } catch (error) {
            expect((error as ExportError).detail).toBe('EIO');
            expect((error as ExportError).message).toContain('(EIO)');
        }
    });
});

describe('export error messages', () => {
    const reasons: ExportErrorReason[] = [
        'same-as-source', 'target-is-directory', 'target-is-link', 'link-dangling', 'target-is-special', 'folder-missing',
        'permission-denied', 'read-only', 'disk-full', 'name-too-long', 'write-failed'
    ];

    test.each(reasons)('%s: one plain line in Swedish and in English', reason => {
        const error = new ExportError(reason, '/home/anna/möten/sida.html', '/home/anna/möten/möte.minutes', 'EIO');
        const sv = exportErrorMessage(error, 'sv');
        const en = exportErrorMessage(error, 'en');
        for (const message of [sv, en]) {
            expect(message).not.toMatch(/\n|undefined|\[object/);
            expect(message.length).toBeGreaterThan(30);
            // Says where: the file or its folder.
            expect(message).toMatch(/\/home\/anna\/möten/);
        }
        expect(sv).not.toBe(en);
        expect(error.message).toBe(en);
    });

    test('refusing the source suggests the default export name', () => {
        const error = new ExportError('same-as-source', '/m/möte.minutes', '/m/möte.minutes');
        expect(exportErrorMessage(error, 'sv')).toBe('/m/möte.minutes är själva mötesanteckningarna; exporten skulle skriva över dem. Välj ett annat filnamn, till exempel /m/möte.html.');
        expect(exportErrorMessage(error, 'en')).toBe('/m/möte.minutes is the minutes file itself; exporting would overwrite it. Choose another file name, for example /m/möte.html.');
    });
});
