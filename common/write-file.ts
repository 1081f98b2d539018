/**
 * The one place that writes files (the exported page or PDF), for the CLI and the editor alike.
 *
 * Promises: never over the minutes file itself (also not through a symbolic link, a hard link
 * or another spelling of its name on a case-insensitive disk); never through a symbolic link
 * the user did not name, and never over a special file (a pipe, a device): those are refused,
 * or, when the user named them, written to as a stream; a regular file is never half-written
 * (a temporary file with a short name in the same folder, flushed to disk, then renamed over
 * the target), and on failure the existing target is left as it was. Failures are an
 * {@link ExportError} whose message says in plain words what happened and what to do
 * (common/export-messages.ts).
 */
import * as nodeFs from 'node:fs/promises';
import { constants, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { exportErrorMessage } from './export-messages.js';

import type { ExportErrorReason } from './l10n/index.js';

/** Why an export was refused or failed (its words are in the catalogs). */
export type { ExportErrorReason };

/** An export that was refused or failed; nothing was changed on disk. */
export class ExportError extends Error {
    constructor(
        readonly reason: ExportErrorReason,
        /** The file that was to be written, as given. */
        readonly target: string,
        /** The minutes file exported, when it is a file (not standard input or an unsaved editor). */
        readonly source: string | undefined,
        /**
         * The system's error code (`EACCES`, …) when there was one; for `target-is-link` and
         * `link-dangling` where the link points; for `target-is-special` the kind of file
         * (`fifo`, `character-device`, `block-device`, `socket`).
         */
        readonly detail?: string
    ) {
        super('');
        this.name = 'ExportError';
        this.message = exportErrorMessage(this, 'en');
    }
}

/** The file system calls {@link writeExport} makes; tests pass failing ones. */
export interface ExportFileSystem {
    realpath(path: string): Promise<string>;
    stat(path: string): Promise<Stats>;
    lstat(path: string): Promise<Stats>;
    readlink(path: string): Promise<string>;
    open(path: string, flags: string | number, mode?: number): Promise<ExportFileHandle>;
    rename(from: string, to: string): Promise<void>;
    unlink(path: string): Promise<void>;
}

/** The part of a `FileHandle` that {@link writeExport} uses. */
export interface ExportFileHandle {
    writeFile(data: string | Uint8Array, encoding: 'utf8'): Promise<void>;
    stat(): Promise<Stats>;
    sync(): Promise<void>;
    chmod(mode: number): Promise<void>;
    close(): Promise<void>;
}

/** How {@link writeExport} writes. */
export interface WriteOptions {
    /**
     * The user named this target (`-o`, a save dialog). Then a symbolic link there is followed
     * and a pipe or character device is written to as a stream; otherwise both are refused.
     */
    named?: boolean;
    /** The file system to use; tests pass failing ones. */
    fs?: ExportFileSystem;
}

/** How the page was written: as a new or replaced file, or into a pipe or device. */
export type WriteOutcome = 'file' | 'stream';

const defaultFileSystem: ExportFileSystem = nodeFs;

/**
 * The longest part of the target's name kept in the temporary file's name, in bytes. The
 * rest of that name (pid, 12 random hex digits, dots, `.tmp`) stays under 30 bytes, so a
 * target whose own name is at the file system's limit (255 bytes) can still be written.
 */
const TEMPORARY_NAME_BYTES = 100;

function errnoOf(error: unknown): string | undefined {
    return (error as NodeJS.ErrnoException | undefined)?.code;
}

async function statOrUndefined(fs: ExportFileSystem, path: string, follow = true): Promise<Stats | undefined> {
    try {
        return await (follow ? fs.stat(path) : fs.lstat(path));
    } catch (error) {
        if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return undefined;
        throw error;
    }
}

/** The kind of a file that is neither a regular file, a folder nor a link; undefined for those. */
function specialKind(stats: Stats): string | undefined {
    if (stats.isFIFO()) return 'fifo';
    if (stats.isCharacterDevice()) return 'character-device';
    if (stats.isBlockDevice()) return 'block-device';
    if (stats.isSocket()) return 'socket';
    return undefined;
}

/** The text with the case of its letters swapped (`Möte` → `mÖTE`), or undefined if nothing changes. */
function flipCase(text: string): string | undefined {
    let flipped = '';
    for (const ch of text) {
        const upper = ch.toUpperCase();
        flipped += upper !== ch ? upper : ch.toLowerCase();
    }
    return flipped !== text ? flipped : undefined;
}

/**
 * The path with the case of its last name that has letters flipped: `/a/Möte.minutes` →
 * `/a/mÖTE.MINUTES`. Looking that up asks the folder holding the name whether it ignores case.
 */
function flipLastName(path: string): string | undefined {
    const parent = dirname(path);
    if (parent === path) return undefined;
    const flipped = flipCase(basename(path));
    if (flipped) return join(parent, flipped);
    const flippedParent = flipLastName(parent);
    return flippedParent && join(flippedParent, basename(path));
}

function sameFile(a: Stats, b: Stats): boolean {
    // Some file systems (network drives on Windows) report 0 for every inode; then it says nothing.
    return a.ino !== 0 && a.ino === b.ino && a.dev === b.dev;
}

/**
 * Whether the file system holding `path` (an existing file) ignores case: the path with its
 * case flipped names the same file. Where inode numbers are not reported, a flipped path that
 * exists at all counts as the same file: refusing one export too many is the safe mistake.
 */
async function ignoresCase(fs: ExportFileSystem, path: string): Promise<boolean> {
    const flipped = flipLastName(path);
    if (!flipped) return false;
    const [original, other] = await Promise.all([statOrUndefined(fs, path), statOrUndefined(fs, flipped).catch(() => undefined)]);
    return original !== undefined && other !== undefined && (original.ino === 0 || sameFile(original, other));
}

/** True when writing `realTarget` (a real path) would replace `source`. */
async function isSourceFile(fs: ExportFileSystem, source: string | undefined, target: string, realTarget: string, targetStats: Stats | undefined): Promise<boolean> {
    if (source === undefined) return false;
    let realSource: string;
    try {
        realSource = await fs.realpath(source);
    } catch {
        // The source is not on disk (an unsaved editor): compare the paths as given.
        return resolve(source) === resolve(target);
    }
    if (realSource === realTarget) return true;
    const sourceStats = await statOrUndefined(fs, realSource);
    // The same file under another name (a hard link, another case on a case-insensitive disk).
    if (sourceStats && targetStats && sameFile(sourceStats, targetStats)) return true;
    // Same name but for case: on a case-insensitive disk that is the same file.
    if (realSource.toLowerCase() === realTarget.toLowerCase()) {
        return ignoresCase(fs, realSource);
    }
    return false;
}

/** Maps a system error to the reason the user reads. */
function reasonOf(error: unknown): ExportErrorReason {
    switch (errnoOf(error)) {
        case 'EACCES': case 'EPERM': return 'permission-denied';
        case 'EROFS': return 'read-only';
        case 'ENOSPC': case 'EDQUOT': return 'disk-full';
        case 'ENOENT': case 'ENOTDIR': return 'folder-missing';
        case 'EISDIR': return 'target-is-directory';
        case 'ENAMETOOLONG': return 'name-too-long';
        default: return 'write-failed';
    }
}

/** What is at the target, and so how to write it. */
type Plan =
    /** Write a temporary file beside `path` and rename it over `path` (which may not exist yet). */
    | { kind: 'replace'; path: string; realPath: string; stats: Stats | undefined }
    /** Open the pipe or device at `path` and write into it. */
    | { kind: 'stream'; path: string };

/** Thrown inside {@link planWrite} for a refusal; {@link writeExport} makes it an ExportError. */
class Refusal {
    constructor(readonly reason: ExportErrorReason, readonly detail?: string) { }
}

/** A file that is neither regular nor a folder: written to as a stream if named and writable as one, else refused. */
function planSpecial(path: string, stats: Stats, named: boolean): Plan {
    const kind = specialKind(stats) ?? 'special';
    // A disk or a socket never takes a page, named or not; a pipe or a terminal does, when asked.
    if (named && (kind === 'fifo' || kind === 'character-device')) return { kind: 'stream', path };
    throw new Refusal('target-is-special', kind);
}

/** Decides how to write `target`, refusing what must not be written; see the module comment. */
async function planWrite(fs: ExportFileSystem, target: string, named: boolean): Promise<Plan> {
    const own = await statOrUndefined(fs, target, false);
    if (own === undefined) {
        // Not there yet: its folder must be. (Links among the folders are the user's own path.)
        return { kind: 'replace', path: target, realPath: join(await fs.realpath(dirname(target)), basename(target)), stats: undefined };
    }
    if (own.isSymbolicLink()) {
        const destination = await fs.readlink(target);
        if (!named) throw new Refusal('target-is-link', destination);
        const followed = await statOrUndefined(fs, target);
        if (followed === undefined) throw new Refusal('link-dangling', destination);
        if (followed.isDirectory()) throw new Refusal('target-is-directory');
        if (!followed.isFile()) return planSpecial(target, followed, named);
        // A link the user named: the file behind it is replaced and the link kept.
        const realPath = await fs.realpath(target);
        return { kind: 'replace', path: realPath, realPath, stats: followed };
    }
    if (own.isDirectory()) throw new Refusal('target-is-directory');
    if (!own.isFile()) return planSpecial(target, own, named);
    return { kind: 'replace', path: target, realPath: await fs.realpath(target), stats: own };
}

/**
 * Writes `data` (a page's text or a PDF's bytes) to `target` for the minutes file `source`
 * (undefined for standard input):
 * refuses the source, folders, links and special files as the module comment says; writes a
 * regular file through a temporary file beside it, flushed and renamed over the target, so
 * readers see either the old file or the complete new one.
 *
 * @returns how it wrote: `file`, or `stream` for a pipe or device the user named.
 * @throws ExportError when it refuses or fails; then the target is unchanged and no
 *   temporary file remains.
 */
export async function writeExport(source: string | undefined, target: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<WriteOutcome> {
    const fs = options.fs ?? defaultFileSystem;
    const fail = (reason: ExportErrorReason, cause?: unknown): ExportError =>
        new ExportError(reason, target, source, errnoOf(cause) ?? (cause instanceof Error ? cause.message : undefined));

    let plan: Plan;
    try {
        plan = await planWrite(fs, target, options.named ?? false);
        if (plan.kind === 'replace' && await isSourceFile(fs, source, target, plan.realPath, plan.stats)) {
            throw new Refusal('same-as-source');
        }
    } catch (error) {
        if (error instanceof Refusal) throw new ExportError(error.reason, target, source, error.detail);
        throw fail(reasonOf(error), error);
    }
    try {
        if (plan.kind === 'stream') {
            await writeStream(fs, plan.path, data);
            return 'stream';
        }
        await replaceAtomically(fs, plan.path, plan.stats, data);
        return 'file';
    } catch (error) {
        if (error instanceof Refusal) throw new ExportError(error.reason, target, source, error.detail);
        throw fail(reasonOf(error), error);
    }
}

/** `.<name, at most 100 bytes>.<pid>.<random>.tmp`, cut at a character boundary. */
export function temporaryName(targetName: string): string {
    let kept = '';
    let bytes = 0;
    for (const ch of targetName) {
        bytes += Buffer.byteLength(ch);
        if (bytes > TEMPORARY_NAME_BYTES) break;
        kept += ch;
    }
    return `.${kept}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Writes a temporary file beside `path`, flushes it and renames it over `path`. */
async function replaceAtomically(fs: ExportFileSystem, path: string, existing: Stats | undefined, data: string | Uint8Array): Promise<void> {
    const folder = dirname(path);
    const temporary = join(folder, temporaryName(basename(path)));
    let handle: ExportFileHandle | undefined;
    let created = false;
    try {
        // `wx`: never reuse a file that is already there, whoever made it.
        handle = await fs.open(temporary, 'wx', 0o666);
        created = true;
        // Keep the permissions of the file being replaced (a shared folder's group access, say).
        if (existing) await handle.chmod(existing.mode & 0o7777);
        await handle.writeFile(data, 'utf8');
        await handle.sync();
        await handle.close();
        handle = undefined;
        // rename() replaces the name itself: a link planted there since would be replaced, not followed.
        await fs.rename(temporary, path);
        created = false;
    } catch (error) {
        if (handle) await handle.close().catch(() => undefined);
        if (created) await fs.unlink(temporary).catch(() => undefined);
        throw error;
    }
    await syncFolder(fs, folder);
}

/**
 * Writes into a pipe or device the user named, as `cat > path` would. Opened without creating
 * or truncating, so if a regular file took its place meanwhile nothing of it is changed: that
 * is checked on the open file and refused.
 */
async function writeStream(fs: ExportFileSystem, path: string, data: string | Uint8Array): Promise<void> {
    const handle = await fs.open(path, constants.O_WRONLY | constants.O_NOCTTY);
    try {
        const stats = await handle.stat();
        if (stats.isFile() || stats.isDirectory()) throw new Refusal('write-failed', 'it was replaced while exporting');
        await handle.writeFile(data, 'utf8');
    } catch (error) {
        // The reader stopped reading (`… -o /dev/stdout | head`): its choice, as with `-o -`.
        if (errnoOf(error) !== 'EPIPE') throw error;
    } finally {
        await handle.close().catch(() => undefined);
    }
}

/**
 * Flushes the folder entry of the rename, so the new file survives a power cut. Best effort:
 * the export has succeeded already, and some systems (Windows) cannot open a folder.
 */
async function syncFolder(fs: ExportFileSystem, folder: string): Promise<void> {
    let handle: ExportFileHandle | undefined;
    try {
        handle = await fs.open(folder, 'r');
        await handle.sync();
    } catch {
        // Nothing to undo: the file itself is written and flushed.
    } finally {
        await handle?.close().catch(() => undefined);
    }
}
