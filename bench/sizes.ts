/**
 * Case f, sizes: the .vsix that `npm run package` produces and the bundles in out/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SizeResult {
    vsix_bytes: number | null;
    vsix_file: string | null;
    /** Why there is no vsix figure, or how it was obtained. */
    vsix_note: string;
    /** The largest entries of the vsix (uncompressed size), to see what makes it big. */
    vsix_entries?: Array<{ name: string; bytes: number; compressed_bytes: number }>;
    vsix_entry_count?: number;
    server_bundle_bytes: number | null;
    client_bundle_bytes: number | null;
    cli_bundle_bytes: number | null;
    /** Whether the bundles measured were minified (a production build) or a development build. */
    bundles_minified: boolean | null;
}

interface PackageJson {
    name: string;
    version: string;
    main?: string;
    scripts?: Record<string, string>;
}

export function readPackageJson(root: string): PackageJson {
    return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
}

function sizeOf(file: string): number | null {
    return existsSync(file) ? statSync(file).size : null;
}

/** The .vsix that the package script writes (`-o`/`--out`), else the newest one in the root or out/. */
function findVsix(root: string, pkg: PackageJson): string | undefined {
    const out = /(?:^|\s)(?:-o|--out)\s+(\S+\.vsix)/u.exec(pkg.scripts?.package ?? '')?.[1];
    const candidates = [
        ...(out ? [join(root, out)] : []),
        join(root, `${pkg.name}-${pkg.version}.vsix`),
        ...[root, join(root, 'out')].flatMap(dir => existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('.vsix')).map(f => join(dir, f)) : [])
    ].filter(f => existsSync(f));
    return candidates.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

/**
 * Measures the vsix and the bundles. With `build`, runs `npm run package` first when the script
 * exists (its output goes to stderr); without, uses what is already there.
 */
export function measureSizes(root: string, build: boolean, why: string, log: (line: string) => void): SizeResult {
    const pkg = readPackageJson(root);
    let vsix: string | undefined;
    let note: string;
    if (!pkg.scripts?.package) {
        vsix = undefined;
        note = 'package.json has no "package" script yet, so no .vsix can be built';
    } else if (build) {
        log('npm run package …');
        const before = Date.now();
        const run = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: ['ignore', 2, 2] });
        if (run.status !== 0) {
            note = `npm run package failed (exit ${run.status})`;
        } else {
            vsix = findVsix(root, pkg);
            note = vsix && statSync(vsix).mtimeMs >= before - 1000 ? 'built by npm run package in this run' : 'npm run package wrote no new .vsix';
            if (vsix && note !== 'built by npm run package in this run') vsix = undefined;
        }
    } else {
        vsix = findVsix(root, pkg);
        note = vsix ? `existing file, not rebuilt (${why}), from ${new Date(statSync(vsix).mtimeMs).toISOString()}` : `no .vsix present and none built (${why})`;
    }
    const out = join(root, 'out');
    const server = join(out, 'server.cjs');
    const minified = existsSync(server) ? isMinified(readFileSync(server, 'utf8')) : null;
    const result: SizeResult = {
        vsix_bytes: vsix ? statSync(vsix).size : null,
        vsix_file: vsix ? vsix.slice(root.length + 1) : null,
        vsix_note: note,
        server_bundle_bytes: sizeOf(server),
        client_bundle_bytes: sizeOf(join(out, 'extension.cjs')),
        cli_bundle_bytes: sizeOf(join(out, 'cli.cjs')),
        bundles_minified: minified
    };
    if (vsix) {
        const entries = zipEntries(readFileSync(vsix));
        result.vsix_entry_count = entries.length;
        result.vsix_entries = entries.sort((a, b) => b.bytes - a.bytes).slice(0, 12);
    }
    return result;
}

/** A development bundle has short lines and comments; a minified one a few very long lines. */
function isMinified(code: string): boolean {
    const lines = code.split('\n').length;
    return code.length / lines > 500;
}

/** Lists a zip archive's entries from its central directory. */
export function zipEntries(zip: Buffer): Array<{ name: string; bytes: number; compressed_bytes: number }> {
    let end = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
        if (zip.readUInt32LE(i) === 0x06054b50) {
            end = i;
            break;
        }
    }
    if (end < 0) return [];
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const entries: Array<{ name: string; bytes: number; compressed_bytes: number }> = [];
    for (let i = 0; i < count && zip.readUInt32LE(offset) === 0x02014b50; i++) {
        const compressed = zip.readUInt32LE(offset + 20);
        const size = zip.readUInt32LE(offset + 24);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        entries.push({ name: zip.toString('utf8', offset + 46, offset + 46 + nameLength), bytes: size, compressed_bytes: compressed });
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}
