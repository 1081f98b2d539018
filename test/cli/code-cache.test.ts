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
        expect(first).toEqual({ out: 'first-cli.cjs a b', trace: ['none found for cli.cjs', `wrote ${nextToBundle()} (${readFileSync(nextToBundle()).length - headerLength()} bytes)`], status: 0 });
        const second = run();
        expect(second).toEqual({ out: 'first-cli.cjs a b', trace: [`used ${nextToBundle()}`], status: 0 });
    });

    test('a bundle edited to the same length is compiled from its new text, and the cache renewed', () => {
        run();
        writeFileSync(bundle, bundleText('other'));
        expect(readFileSync(bundle).length).toBe(bundleText('first').length);
        const edited = run();
        expect(edited.out).toBe('other-cli.cjs a b');
        expect(edited.trace[0]).toBe('none found for cli.cjs');
        expect(run().trace).toEqual([`used ${nextToBundle()}`]);
    });

    test('a cache for another Node version is not used', () => {
        run();
        const cache = readFileSync(nextToBundle());
        writeFileSync(nextToBundle(), Buffer.from(cache.toString('latin1').replace(`"node":"${process.version}"`, '"node":"v0.0.0"'), 'latin1'));
        const result = run();
        expect(result.out).toBe('first-cli.cjs a b');
        expect(result.trace[0]).toBe('none found for cli.cjs');
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
        expect(first.trace[0]).toBe('none found for cli.cjs');
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

    test('loadBundle loads a bundle as a module once, with its own cache, and says which bundle is missing', () => {
        const part = join(dir, 'out', 'part.cjs');
        writeFileSync(part, 'module.exports = { loads: (globalThis.loads = (globalThis.loads ?? 0) + 1), file: require("node:path").basename(__filename) };');
        const load = (): { out: string; trace: string[] } => {
            const script = `const { loadBundle } = require(${JSON.stringify(loader)});
const a = loadBundle(${JSON.stringify(part)}), b = loadBundle(${JSON.stringify(part)});
process.stdout.write(a.file + " " + a.loads + " " + (a === b));
try { loadBundle(${JSON.stringify(join(dir, 'out', 'missing.cjs'))}); } catch (error) { process.stdout.write(" | " + error.message); }`;
            const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, MINUTES_CODE_CACHE: 'trace', MINUTES_CACHE: userCache } });
            return { out: result.stdout, trace: result.stderr.split('\n').filter(Boolean) };
        };
        const missing = ` | ${join(dir, 'out', 'missing.cjs')} is missing: run "npm run build" again`;
        const first = load();
        expect(first.out).toBe(`part.cjs 1 true${missing}`);
        expect(first.trace).toEqual(['minutes code cache: none found for part.cjs', `minutes code cache: wrote ${part}.v8cache (${readFileSync(`${part}.v8cache`).length - headerLength(`${part}.v8cache`)} bytes)`]);
        expect(load()).toEqual({ out: `part.cjs 1 true${missing}`, trace: [`minutes code cache: used ${part}.v8cache`] });
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

    test('out/cli.cjs and out/cli-pdf.cjs are pure ASCII, so that the loader decodes them as Latin-1', () => {
        for (const bundle of ['cli.cjs', 'cli-pdf.cjs']) {
            const bytes = readFileSync(join(root, 'out', bundle));
            expect(bytes.findIndex(byte => byte > 0x7f), bundle).toBe(-1);
        }
    });

    test('a PDF export loads the PDF back end from out/cli-pdf.cjs with its code cache; an HTML export does not load it', () => {
        const exportAs = (format: string) => spawnSync(process.execPath, [join(root, 'bin', 'minutes.cjs'), 'export', join(root, 'examples', 'brf-linden-2026-05-20.minutes'), '--format', format, '-o', '-'], {
            encoding: 'latin1', env: { ...process.env, MINUTES_CODE_CACHE: 'trace' }
        });
        const pdf = exportAs('pdf');
        expect(pdf.status).toBe(0);
        expect(pdf.stdout.startsWith('%PDF-')).toBe(true);
        const traces = (stderr: string) => stderr.split('\n').filter(line => line.startsWith('minutes code cache: '));
        expect(traces(pdf.stderr)).toEqual([`minutes code cache: used ${join(root, 'out', 'cli.cjs.v8cache')}`, `minutes code cache: used ${join(root, 'out', 'cli-pdf.cjs.v8cache')}`]);
        const html = exportAs('html');
        expect(html.status).toBe(0);
        expect(traces(html.stderr)).toEqual([`minutes code cache: used ${join(root, 'out', 'cli.cjs.v8cache')}`]);
    });

    test('out/cli.cjs holds neither pdfkit nor the language server (esbuild.mjs fails the build otherwise)', () => {
        const code = readFileSync(join(root, 'out', 'cli.cjs'), 'latin1');
        expect(code).toContain('cli-pdf.cjs');
        expect(code).not.toMatch(/^\/\/ \S*node_modules\/(?:pdfkit|fontkit|brotli)\//mu);
        expect(code).not.toMatch(/^\/\/ \S*node_modules\/vscode-languageserver\//mu);
    });
});

/** Length of the header the loader writes before V8's data (magic line and key line). */
function headerLength(file = nextToBundle()): number {
    const bytes = readFileSync(file);
    const first = bytes.indexOf(0x0a);
    return bytes.indexOf(0x0a, first + 1) + 1;
}

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
