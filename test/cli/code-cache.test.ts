/**
 * bin/code-cache.cjs, the loader that runs out/cli.cjs with V8's code cache: the cache is
 * written when missing, used when it matches, and never used for another bundle (same length,
 * edited in place), another Node or data V8 refuses; a folder that cannot take the cache falls
 * back to the user's cache folder; links are replaced, never written through. Each case runs a
 * small bundle in a new Node process, as bin/minutes.cjs does.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

const loader = join(__dirname, '..', '..', 'bin', 'code-cache.cjs');

/** A bundle in the shape esbuild writes: CommonJS, using require, module and __filename. */
function bundleText(word: string): string {
    return `"use strict";
const { basename } = require("node:path");
const answer = (x) => x + "-" + basename(__filename);
module.exports = { answer };
process.stdout.write(answer(${JSON.stringify(word)}) + " " + process.argv.slice(2).join(" "));
`;
}

let dir: string;
let bundle: string;
let userCache: string;

beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-code-cache-'));
    bundle = join(dir, 'out', 'cli.cjs');
    userCache = join(dir, 'user-cache');
    mkdirSync(join(dir, 'out'));
    writeFileSync(bundle, bundleText('first'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the bundle through the loader as bin/minutes.cjs does; returns stdout and the loader's trace. */
function run(mode = 'trace'): { out: string; trace: string[]; status: number | null } {
    const script = `if (!require(${JSON.stringify(loader)}).runBundle(${JSON.stringify(bundle)})) process.exit(9);`;
    const result = spawnSync(process.execPath, ['-e', script, 'placeholder', 'a', 'b'], {
        encoding: 'utf8', env: { ...process.env, MINUTES_CODE_CACHE: mode, MINUTES_CACHE: userCache }
    });
    const trace = result.stderr.split('\n').filter(line => line.startsWith('minutes code cache: ')).map(line => line.slice('minutes code cache: '.length));
    return { out: result.stdout, trace, status: result.status };
}

const nextToBundle = (): string => `${bundle}.v8cache`;

describe('bin/code-cache.cjs', () => {
    test('the first run writes the cache next to the bundle, the second uses it, both run the bundle', () => {
        const first = run();
        expect(first).toEqual({ out: 'first-cli.cjs a b', trace: ['none found', `wrote ${nextToBundle()} (${readFileSync(nextToBundle()).length - headerLength()} bytes)`], status: 0 });
        const second = run();
        expect(second).toEqual({ out: 'first-cli.cjs a b', trace: [`used ${nextToBundle()}`], status: 0 });
    });

    test('a bundle edited to the same length is compiled from its new text, and the cache renewed', () => {
        run();
        writeFileSync(bundle, bundleText('other'));
        expect(readFileSync(bundle).length).toBe(bundleText('first').length);
        const edited = run();
        expect(edited.out).toBe('other-cli.cjs a b');
        expect(edited.trace[0]).toBe('none found');
        expect(run().trace).toEqual([`used ${nextToBundle()}`]);
    });

    test('a cache for another Node version is not used', () => {
        run();
        const cache = readFileSync(nextToBundle());
        writeFileSync(nextToBundle(), Buffer.from(cache.toString('latin1').replace(`"node":"${process.version}"`, '"node":"v0.0.0"'), 'latin1'));
        const result = run();
        expect(result.out).toBe('first-cli.cjs a b');
        expect(result.trace[0]).toBe('none found');
    });

    test('data V8 refuses behind a matching header is refused, the bundle still runs and the cache is rewritten', () => {
        run();
        const cache = readFileSync(nextToBundle());
        const header = headerLength();
        const garbage = Buffer.concat([cache.subarray(0, header), Buffer.alloc(cache.length - header, 0x5a)]);
        writeFileSync(nextToBundle(), garbage);
        const result = run();
        expect(result.out).toBe('first-cli.cjs a b');
        expect(result.trace[0]).toBe(`V8 refused ${nextToBundle()}`);
        expect(result.trace[1]).toMatch(/^wrote /u);
        expect(run().trace).toEqual([`used ${nextToBundle()}`]);
    });

    test('when the bundle\'s folder cannot take the cache, it goes to the user\'s cache folder', () => {
        // A folder where the cache file would be: neither read nor replaced, even by root (chmod
        // would not stop root, who runs CI here).
        mkdirSync(nextToBundle());
        const first = run();
        expect(first.out).toBe('first-cli.cjs a b');
        expect(first.trace[0]).toBe('none found');
        expect(first.trace[1]).toMatch(/^cannot write .*cli\.cjs\.v8cache: /u);
        expect(first.trace[2]).toMatch(new RegExp(`^wrote ${escape(join(userCache, 'code-cache'))}/cli\\.cjs-(?:crc32-[0-9a-f]{8}|sha256-[0-9a-f]{64})\\.v8cache`, 'u'));
        expect(run().trace[0]).toMatch(new RegExp(`^used ${escape(join(userCache, 'code-cache'))}/`, 'u'));
    });

    test('a link where the cache goes is replaced by a file, its target left alone', () => {
        const target = join(dir, 'elsewhere.txt');
        writeFileSync(target, 'keep me');
        symlinkSync(target, nextToBundle());
        expect(run().out).toBe('first-cli.cjs a b');
        expect(readFileSync(target, 'utf8')).toBe('keep me');
        expect(lstatSync(nextToBundle()).isSymbolicLink()).toBe(false);
        expect(run().trace).toEqual([`used ${nextToBundle()}`]);
    });

    test('MINUTES_CODE_CACHE=off neither reads nor writes a cache', () => {
        const result = run('off');
        expect(result.out).toBe('first-cli.cjs a b');
        expect(() => lstatSync(nextToBundle())).toThrow();
    });

    test('a missing bundle is reported to the caller, not thrown', () => {
        rmSync(bundle);
        expect(run().status).toBe(9);
    });
});

describe('the built CLI (esbuild.mjs, run by the global setup)', () => {
    const root = join(__dirname, '..', '..');

    test('leaves a code cache next to out/cli.cjs that bin/minutes.cjs uses', () => {
        const result = spawnSync(process.execPath, [join(root, 'bin', 'minutes.cjs'), '--version'], {
            encoding: 'utf8', env: { ...process.env, MINUTES_CODE_CACHE: 'trace' }
        });
        expect(result.status).toBe(0);
        expect(result.stderr).toBe(`minutes code cache: used ${join(root, 'out', 'cli.cjs.v8cache')}\n`);
    });

    test('out/cli.cjs is pure ASCII, so that the loader decodes it as Latin-1', () => {
        const bytes = readFileSync(join(root, 'out', 'cli.cjs'));
        expect(bytes.findIndex(byte => byte > 0x7f)).toBe(-1);
    });
});

/** Length of the header the loader writes before V8's data (magic line and key line). */
function headerLength(): number {
    const bytes = readFileSync(nextToBundle());
    const first = bytes.indexOf(0x0a);
    return bytes.indexOf(0x0a, first + 1) + 1;
}

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
