/**
 * What `minutes export` (and the editor's command, through the same writeExport) finds at the
 * target: a symbolic link planted there, a pipe or device, a name at the file system's limit.
 * A link or special file nobody named is refused with one sentence and left as it was; one the
 * user named with -o is followed (a pipe or device is written to as a stream). Special files
 * are made with mkfifo and mknod in a temporary folder, never the system's own devices.
 */
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ExportError, writeExport } from '../../common/write-file.js';
import { runCliIn } from '../cli/run-cli.js';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'minutes.cjs');
const NOTES = 'Minutes: Board\nDate: Thursday 2026-03-12\nPresent:\n- Ada Lindqvist\nAdjuster: Ada Lindqvist\n';
const BASHRC = 'export PATH=$HOME/bin:$PATH\n';
const isRoot = process.getuid?.() === 0;

let dir: string;
let project: string;
const readers: Array<ReturnType<typeof spawn>> = [];

beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-export-targets-'));
    project = join(dir, 'project');
    mkdirSync(project);
    mkdirSync(join(dir, 'home'));
    writeFileSync(join(dir, 'home', '.bashrc'), BASHRC);
    writeFileSync(join(project, 'notes.minutes'), NOTES);
});

afterEach(() => {
    for (const reader of readers.splice(0)) reader.kill();
    rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]): ReturnType<typeof runCliIn> {
    return runCliIn(project, args);
}

function mkfifo(path: string): void {
    const made = spawnSync('mkfifo', [path]);
    if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

/** Reads a FIFO in another process (as `cat` would), resolving with all it got. */
function readFifo(path: string): Promise<string> {
    const reader = spawn('cat', [path], { stdio: ['ignore', 'pipe', 'inherit'] });
    readers.push(reader);
    let text = '';
    reader.stdout!.on('data', (chunk: Buffer) => { text += chunk.toString(); });
    return new Promise(resolve => reader.on('exit', () => resolve(text)));
}

const oneSentence = (err: string) => expect(err.trim().split('\n')).toHaveLength(1);

describe('a symbolic link at the target', () => {
    test('planted beside the minutes (notes.html -> ../home/.bashrc): refused, exit 2, the file behind it unchanged', async () => {
        symlinkSync('../home/.bashrc', join(project, 'notes.html'));
        const { code, out, err } = await run(['export', 'notes.minutes']);
        expect({ code, out }).toEqual({ code: 2, out: '' });
        oneSentence(err);
        expect(err).toBe(`minutes: ${join(project, 'notes.html')} is a symbolic link (to ../home/.bashrc), and an export never writes ` +
            'through a link it finds. Delete the link, or name the file to write yourself.\n');
        expect(readFileSync(join(dir, 'home', '.bashrc'), 'utf8')).toBe(BASHRC);
        expect(readlinkSync(join(project, 'notes.html'))).toBe('../home/.bashrc');
        expect(readdirSync(project).sort()).toEqual(['notes.html', 'notes.minutes']);
    });

    test('the editor\'s command (writeExport with a target it computed) refuses it too', async () => {
        symlinkSync('../home/.bashrc', join(project, 'notes.html'));
        const refused = await writeExport(join(project, 'notes.minutes'), join(project, 'notes.html'), '<p>page</p>').catch((e: unknown) => e);
        expect(refused).toBeInstanceOf(ExportError);
        expect((refused as ExportError).reason).toBe('target-is-link');
        expect(readFileSync(join(dir, 'home', '.bashrc'), 'utf8')).toBe(BASHRC);
    });

    test('a dangling link is refused too, and not replaced', async () => {
        symlinkSync('../home/.profile', join(project, 'notes.html'));
        expect((await run(['export', 'notes.minutes'])).code).toBe(2);
        expect(readdirSync(join(dir, 'home'))).toEqual(['.bashrc']);
        const named = await run(['export', 'notes.minutes', '-o', 'notes.html']);
        expect(named.code).toBe(2);
        expect(named.err).toContain('which does not exist');
        expect(lstatSync(join(project, 'notes.html')).isSymbolicLink()).toBe(true);
    });

    test('named with -o, the link is followed: the file behind it is written and the link kept', async () => {
        writeFileSync(join(dir, 'home', 'page.html'), 'old');
        symlinkSync('../home/page.html', join(project, 'page.html'));
        const { code, out } = await run(['export', 'notes.minutes', '-o', 'page.html']);
        expect({ code, out }).toEqual({ code: 0, out: `Wrote ${join(project, 'page.html')}\n` });
        expect(readFileSync(join(dir, 'home', 'page.html'), 'utf8')).toContain('<h1>Board</h1>');
        expect(readlinkSync(join(project, 'page.html'))).toBe('../home/page.html');
    });
});

describe('a special file at the target', () => {
    test('a FIFO nobody named is refused and stays a FIFO', async () => {
        mkfifo(join(project, 'notes.html'));
        const { code, out, err } = await run(['export', 'notes.minutes']);
        expect({ code, out }).toEqual({ code: 2, out: '' });
        expect(err).toBe(`minutes: ${join(project, 'notes.html')} is not a regular file but a named pipe (FIFO); ` +
            'the export does not replace it. Remove it or choose another file name.\n');
        expect(statSync(join(project, 'notes.html')).isFIFO()).toBe(true);
    });

    test('-o names a FIFO: the page is written into it as a stream, and it stays a FIFO', async () => {
        const fifo = join(project, 'pipe');
        mkfifo(fifo);
        const received = readFifo(fifo);
        const { code, out, err } = await run(['export', 'notes.minutes', '-o', 'pipe']);
        expect({ code, out, err }).toEqual({ code: 0, out: '', err: `minutes: Wrote the page to ${fifo}.\n` });
        const page = await received;
        expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(page).toContain('<h1>Board</h1>');
        expect(statSync(fifo).isFIFO()).toBe(true);
        expect(readdirSync(project).sort()).toEqual(['notes.minutes', 'pipe']);
    });

    test('a reader that stops early (like head) is its choice: exit 0', async () => {
        // A page far larger than a pipe's buffer, so the writer is still writing when the reader goes.
        writeFileSync(join(project, 'long.minutes'), NOTES + 'Item 1: Long\n' + 'Prose that goes on. '.repeat(40_000) + '\n');
        const fifo = join(project, 'pipe');
        mkfifo(fifo);
        const reader = spawn('head', ['-c', '10', fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
        readers.push(reader);
        const { code, err } = await run(['export', 'long.minutes', '-o', 'pipe']);
        expect({ code, err }).toEqual({ code: 0, err: `minutes: Wrote the page to ${fifo}.\n` });
    });

    test('-o names a link to a FIFO: written as a stream; the same link not named is refused', async () => {
        const fifo = join(dir, 'home', 'pipe');
        mkfifo(fifo);
        symlinkSync(fifo, join(project, 'notes.html'));
        expect((await run(['export', 'notes.minutes'])).code).toBe(2);
        const received = readFifo(fifo);
        expect((await run(['export', 'notes.minutes', '-o', 'notes.html'])).code).toBe(0);
        expect(await received).toContain('<h1>Board</h1>');
        expect(lstatSync(join(project, 'notes.html')).isSymbolicLink()).toBe(true);
        expect(statSync(fifo).isFIFO()).toBe(true);
    });

    test('-o names a link to standard output (as /dev/stdout is): the page goes there and the link stays', () => {
        // The link is made here, in the temporary folder, pointing where /dev/stdout points; the
        // shell makes standard output a pipe, as in `minutes export … -o /dev/stdout | less`.
        symlinkSync('/proc/self/fd/1', join(project, 'stdout'));
        const script = '{ "$0" "$1" export notes.minutes -o stdout; echo $? > ../status; } | cat';
        const result = spawnSync('sh', ['-c', script, process.execPath, BIN], { cwd: project, encoding: 'utf8' });
        expect(readFileSync(join(dir, 'status'), 'utf8').trim(), result.stderr).toBe('0');
        expect(result.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(result.stdout).toContain('<h1>Board</h1>');
        expect(result.stderr).toBe(`minutes: Wrote the page to ${join(project, 'stdout')}.\n`);
        expect(readlinkSync(join(project, 'stdout'))).toBe('/proc/self/fd/1');
    });

    test.runIf(isRoot)('a character device (made with mknod as root, like /dev/null): refused unless named, then written to, never replaced', async () => {
        const device = join(project, 'null');
        const made = spawnSync('mknod', [device, 'c', '1', '3']);
        expect(made.status, String(made.stderr)).toBe(0);
        symlinkSync('null', join(project, 'notes.html'));
        expect((await run(['export', 'notes.minutes'])).code).toBe(2);
        const named = await run(['export', 'notes.minutes', '-o', 'null']);
        expect(named).toEqual({ code: 0, out: '', err: `minutes: Wrote the page to ${device}.\n` });
        expect(statSync(device).isCharacterDevice()).toBe(true);
        expect(readdirSync(project).sort()).toEqual(['notes.html', 'notes.minutes', 'null']);
    });
});

describe('long names', () => {
    test('a target name of 250 bytes is written (the temporary name stays short)', async () => {
        for (const name of ['a'.repeat(245) + '.html', 'ö'.repeat(122) + '.html']) {
            expect(Buffer.byteLength(name)).toBeGreaterThan(240);
            const { code, err } = await run(['export', 'notes.minutes', '-o', name]);
            expect({ code, err }).toEqual({ code: 0, err: '' });
            expect(readFileSync(join(project, name), 'utf8')).toContain('<h1>Board</h1>');
        }
        expect(readdirSync(project)).toHaveLength(3);
    });

    test('a name beyond the limit: exit 2 and a sentence that says so', async () => {
        const { code, err } = await run(['export', 'notes.minutes', '-o', 'a'.repeat(300) + '.html']);
        expect(code).toBe(2);
        oneSentence(err);
        expect(err).toContain('is too long for the disk');
        expect(readdirSync(project)).toEqual(['notes.minutes']);
    });
});
