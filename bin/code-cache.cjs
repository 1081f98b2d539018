// Runs a CommonJS bundle (out/cli.cjs) with V8's code cache, so that a start of `minutes`
// does not compile the bundle's JavaScript again, and loads the PDF back end (out/cli-pdf.cjs,
// required by the CLI bundle for a PDF only) the same way, each with a cache of its own: Node 20 has no
// `module.enableCompileCache` (Node 22), but `vm.Script` takes and produces V8's cached data.
//
// The cache is a file holding a header (what it was made from) and V8's data. It is looked for
// next to the bundle (`<bundle>.v8cache`, written by esbuild.mjs at build time or by the first
// run) and then in the user's cache folder (`$MINUTES_CACHE`, else `$XDG_CACHE_HOME/minutes`,
// else `~/.cache/minutes`), for an install whose folder cannot be written. A cache is used only
// when its header names this bundle's checksum and length, this Node and this V8; V8 then checks its own
// version and flags and may still refuse it (`cachedDataRejected`). Without a usable cache the
// bundle is compiled as usual and, when the command ends, a new cache is written (atomically,
// never through a link) to the first of the two places that takes it. Nothing here may make the
// command fail: every cache problem falls back to compiling.
//
// MINUTES_CODE_CACHE=off runs without the cache (for comparisons); MINUTES_CODE_CACHE=trace
// says on stderr what the loader did.
'use strict';
const { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } = require('node:fs');
const Module = require('node:module');
const { homedir } = require('node:os');
const { basename, dirname, join } = require('node:path');
const { Script } = require('node:vm');

const MAGIC = 'minutes-v8-code-cache 1\n';

/**
 * A checksum that tells two versions of `data` apart: a CRC-32 where Node has zlib.crc32
 * (20.15 and later), else a SHA-256. The CRC costs a tenth of the SHA-256 (which also sets up
 * OpenSSL's hashing) at every start. It guards against stale caches, not against an attacker:
 * whoever can write the cache or the bundle can run code in `minutes` anyway.
 */
function checksum(data) {
    const { crc32 } = require('node:zlib');
    if (typeof crc32 === 'function') return `crc32-${crc32(data).toString(16).padStart(8, '0')}`;
    return `sha256-${require('node:crypto').createHash('sha256').update(data).digest('hex')}`;
}

/** What a cache must have been made from to be used for `source`. */
function cacheKey(source) {
    return JSON.stringify({
        checksum: checksum(source),
        length: source.length,
        node: process.version,
        v8: process.versions.v8,
        arch: process.arch
    });
}

/** The places a cache for `bundle` may live, in the order they are tried. */
function cacheFiles(bundle, env) {
    const nextToBundle = `${bundle}.v8cache`;
    let home;
    try {
        home = env.MINUTES_CACHE || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'minutes');
    } catch {
        // No home folder (a service account without one): only the place next to the bundle.
        return [nextToBundle];
    }
    // One cache per bundle path in the user's folder, so that two installs do not take turns.
    return [nextToBundle, join(home, 'code-cache', `${basename(bundle)}-${checksum(bundle)}.v8cache`)];
}

/** V8's data from a cache file made for `key`, or undefined. */
function readCache(file, key) {
    let bytes;
    try {
        bytes = readFileSync(file);
    } catch {
        return undefined;
    }
    const header = MAGIC + key + '\n';
    if (bytes.length <= header.length || bytes.toString('latin1', 0, header.length) !== header) return undefined;
    return bytes.subarray(header.length);
}

/** Writes a cache file atomically: a fresh temporary file renamed over the old one. */
function writeCache(file, key, data) {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    // 'wx' creates a new file and fails on anything already there, a link included.
    const fd = openSync(temporary, 'wx', 0o644);
    try {
        writeSync(fd, MAGIC + key + '\n');
        writeSync(fd, data);
    } finally {
        closeSync(fd);
    }
    try {
        renameSync(temporary, file);
    } catch (error) {
        unlinkSync(temporary);
        throw error;
    }
}

/**
 * The bundle's text: pure ASCII (as esbuild.mjs makes it) decodes as Latin-1, which is much
 * cheaper than UTF-8 and gives V8 a one-byte string; anything else as UTF-8.
 */
function decode(bytes) {
    return require('node:buffer').isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * Compiles `bundle` with V8's code cache when a usable one exists; when none was used, the
 * cache is written when the process exits, holding what the command compiled by then.
 * Returns undefined when the bundle file does not exist.
 */
function compileBundle(bundle, env) {
    let bytes;
    try {
        bytes = readFileSync(bundle);
    } catch (error) {
        if (error && error.code === 'ENOENT') return undefined;
        throw error;
    }
    const mode = env.MINUTES_CODE_CACHE;
    const trace = mode === 'trace' ? line => process.stderr.write(`minutes code cache: ${line}\n`) : () => undefined;
    const source = decode(bytes);
    const useCache = mode !== 'off';
    const key = useCache ? cacheKey(bytes) : '';
    const files = useCache ? cacheFiles(bundle, env) : [];
    let cachedData;
    let from;
    for (const file of files) {
        cachedData = readCache(file, key);
        if (cachedData) {
            from = file;
            break;
        }
    }
    const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
    const accepted = cachedData !== undefined && !script.cachedDataRejected;
    trace(from ? `${accepted ? 'used' : 'V8 refused'} ${from}` : useCache ? `none found for ${basename(bundle)}` : 'off');
    if (useCache && !accepted) {
        // At the end, when the command has compiled what it runs, so that the cache holds it too.
        process.once('exit', () => saveCache(script, files, key, trace));
    }
    return script;
}

/**
 * Runs `bundle` as the main module, as `node <bundle>` would, with V8's code cache when a
 * usable one exists. Returns false when the bundle file does not exist.
 */
function runBundle(bundle, env = process.env) {
    const script = compileBundle(bundle, env);
    if (!script) return false;
    runModule(script, bundle, true);
    return true;
}

/**
 * Loads `bundle` as a module, as `require(bundle)` would (once per process), with V8's code
 * cache: a part of the CLI that only some commands need (out/cli-pdf.cjs, the PDF back end).
 */
function loadBundle(bundle, env = process.env) {
    const loaded = bundles.get(bundle);
    if (loaded) return loaded.exports;
    const script = compileBundle(bundle, env);
    if (!script) throw new Error(`${bundle} is missing: run "npm run build" again`);
    const mod = runModule(script, bundle, false);
    bundles.set(bundle, mod);
    return mod.exports;
}

/** The bundles {@link loadBundle} loaded, by path. */
const bundles = new Map();

function saveCache(script, files, key, trace) {
    let data;
    try {
        data = script.createCachedData();
    } catch (error) {
        trace(`not written: ${error instanceof Error ? error.message : String(error)}`);
        return;
    }
    for (const file of files) {
        try {
            writeCache(file, key, data);
            trace(`wrote ${file} (${data.length} bytes)`);
            return;
        } catch (error) {
            trace(`cannot write ${file}: ${error && error.code ? error.code : String(error)}`);
        }
    }
}

/**
 * Calls the compiled module wrapper as Node's loader calls a module's (as the main module, or
 * as one that `require` loaded). The bundles require only Node's own modules and each other
 * through this loader (esbuild.mjs checks that they have no `import()`, which a vm.Script
 * could not do without an experimental option).
 */
function runModule(script, bundle, main) {
    const mod = new Module(bundle, main ? null : module);
    mod.filename = bundle;
    const wrapper = script.runInThisContext();
    wrapper.call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, dirname(bundle));
    mod.loaded = true;
    return mod;
}

module.exports = { runBundle, loadBundle, cacheKey, cacheFiles, readCache };
