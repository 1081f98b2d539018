/**
 * `minutes export` refuses and fails with exit status 2 and one line saying what to do, leaving
 * every existing file as it was. test/render/export-command.test.ts covers refusing the source
 * and a folder, a missing source and usage mistakes; these are the failures while writing.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli, type CliIO } from '../../cli/main.js';
import { ENGLISH_MINUTES } from '../fixtures/fixtures.js';

const ROOT = join(__dirname, '..', '..');
let dir: string;

beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-export-fail-'));
    writeFileSync(join(dir, 'board.minutes'), ENGLISH_MINUTES);
});

afterEach(() => {
    chmodSync(dir, 0o755);
    for (const name of readdirSync(dir)) {
        try { chmodSync(join(dir, name), 0o755); } catch { /* a file */ }
    }
    rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io: CliIO = { stdout: t => { out += t; }, stderr: t => { err += t; }, env: {}, cwd: dir };
    return { code: await runCli(args, io), out, err };
}

/** Running as root, permissions do not stop a write. */
const isRoot = process.getuid?.() === 0;
const AS_NOBODY = ['--reuid=nobody', '--regid=nogroup', '--clear-groups'];
/** As root, the permission case runs the built executable as "nobody", if that user can run it at all. */
const canRunAsNobody = isRoot && existsSync('/usr/bin/setpriv')
    && spawnSync('/usr/bin/setpriv', [...AS_NOBODY, process.execPath, join(ROOT, 'bin', 'minutes.cjs'), '--version']).status === 0;

describe('minutes export fails with exit 2 and one line, and changes nothing', () => {
    test('a folder that does not exist', async () => {
        const { code, out, err } = await run(['export', 'board.minutes', '-o', 'missing/board.html']);
        expect({ code, out }).toEqual({ code: 2, out: '' });
        expect(err).toBe(`minutes: The folder ${join(dir, 'missing')} does not exist. Create it first or choose another folder.\n`);
        expect(readdirSync(dir)).toEqual(['board.minutes']);
    });

    test('a "folder" that is a file', async () => {
        writeFileSync(join(dir, 'notes.txt'), 'keep me');
        const { code, err } = await run(['export', 'board.minutes', '-o', 'notes.txt/board.html']);
        expect(code).toBe(2);
        expect(err.trim().split('\n')).toHaveLength(1);
        expect(err).toMatch(/^minutes: The folder .*notes\.txt does not exist\./u);
        expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
    });

    test.skipIf(isRoot)('a folder without write permission: the old page stays', async () => {
        mkdirSync(join(dir, 'locked'));
        writeFileSync(join(dir, 'locked', 'board.html'), 'old page');
        chmodSync(join(dir, 'locked'), 0o555);
        const { code, err } = await run(['export', 'board.minutes', '-o', 'locked/board.html']);
        expect(code).toBe(2);
        expect(err).toBe(`minutes: You do not have permission to write ${join(dir, 'locked', 'board.html')}. Choose another folder or change the permissions.\n`);
        expect(readFileSync(join(dir, 'locked', 'board.html'), 'utf8')).toBe('old page');
        expect(readdirSync(join(dir, 'locked'))).toEqual(['board.html']);
    });

    test.runIf(canRunAsNobody)('run as another user (nobody) in a folder it may not write: exit 2, the old page stays', () => {
        // Root ignores permissions; the built executable runs as "nobody" instead.
        mkdirSync(join(dir, 'locked'));
        writeFileSync(join(dir, 'locked', 'board.html'), 'old page');
        chmodSync(dir, 0o755);
        chmodSync(join(dir, 'board.minutes'), 0o644);
        chmodSync(join(dir, 'locked'), 0o755);
        const bin = join(ROOT, 'bin', 'minutes.cjs');
        const result = spawnSync('/usr/bin/setpriv', [...AS_NOBODY, process.execPath, bin,
            'export', 'board.minutes', '-o', 'locked/board.html'], { cwd: dir, encoding: 'utf8' });
        expect(result.status, result.stderr).toBe(2);
        expect(result.stderr).toBe(`minutes: You do not have permission to write ${join(dir, 'locked', 'board.html')}. Choose another folder or change the permissions.\n`);
        expect(readFileSync(join(dir, 'locked', 'board.html'), 'utf8')).toBe('old page');
        expect(readdirSync(join(dir, 'locked'))).toEqual(['board.html']);
    });

    test('the built executable exits 2 too, and 0 when the export is written', () => {
        const bin = join(ROOT, 'bin', 'minutes.cjs');
        const failed = spawnSync(process.execPath, [bin, 'export', 'board.minutes', '-o', 'missing/x.html'], { cwd: dir, encoding: 'utf8' });
        expect([failed.status, failed.stdout]).toEqual([2, '']);
        expect(failed.stderr.trim().split('\n')).toHaveLength(1);
        const refused = spawnSync(process.execPath, [bin, 'export', 'board.minutes', '-o', 'board.minutes'], { cwd: dir, encoding: 'utf8' });
        expect(refused.status).toBe(2);
        expect(readFileSync(join(dir, 'board.minutes'), 'utf8')).toBe(ENGLISH_MINUTES);
        const written = spawnSync(process.execPath, [bin, 'export', 'board.minutes'], { cwd: dir, encoding: 'utf8' });
        expect(written.status).toBe(0);
        expect(existsSync(join(dir, 'board.html'))).toBe(true);
    });
});
