/**
 * Writes an exported page safely: never over the minutes file itself (also not through a
 * symbolic link or a different spelling of its name on a case-insensitive file system),
 * never half-written (a temporary file in the same folder, flushed to disk, then renamed over
 * the target), and on failure the existing target is left as it was. Failures are an
 * {@link ExportError} whose message says in plain words what happened and what to do.
 */
import * as nodeFs from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { strings, type ExportErrorReason, type Lang } from '../common/l10n/index.js';

export type { ExportErrorReason };

/** An export that was refused or failed; nothing was changed on disk. */
export class ExportError extends Error {
    constructor(
        readonly reason: ExportErrorReason,
        /** The file that was to be written, as given. */
        readonly target: string,
        /** The minutes file exported. */
        readonly source: string,
        /** The system's error code (`EACCES`, …) when there was one. */
        readonly detail?: string
    ) {
        super('');
        this.name = 'ExportError';
        this.message = exportErrorMessage(this, 'en');
    }
}

/** The error in plain words, in Swedish or English (the catalogs' words): what happened and what to do. */
export function exportErrorMessage(error: ExportError, lang: Lang): string {
    const { reason, target, source, detail } = error;
    const nextToSource = defaultExportPath(source);
    // A folder given as the target gets the page's file name inside it.
    const suggestion = reason === 'target-is-directory' ? join(target, basename(nextToSource)) : nextToSource;
    return strings(lang).exportError(reason, { target, folder: dirname(target), suggestion, detail });
}

/** Next to the source: `möte.minutes` → `möte.html`; any other name gets `.html` appended. */
export function defaultExportPath(source: string): string {
    const extension = extname(source);
    return extension.toLowerCase() === '.minutes'
        ? source.slice(0, -extension.length) + '.html'
        : source + '.html';
}

/** The file system calls {@link writeExport} makes; tests pass failing ones. */
export interface ExportFileSystem {
    realpath(path: string): Promise<string>;
    stat(path: string): Promise<Stats>;
    open(path: string, flags: string, mode?: number): Promise<ExportFileHandle>;
    rename(from: string, to: string): Promise<void>;
    unlink(path: string): Promise<void>;
}

/** The part of a `FileHandle` that {@link writeExport} uses. */
export interface ExportFileHandle {
    writeFile(data: string, encoding: 'utf8'): Promise<void>;
    sync(): Promise<void>;
    chmod(mode: number): Promise<void>;
    close(): Promise<void>;
}

const defaultFileSystem: ExportFileSystem = nodeFs;

function errnoOf(error: unknown): string | undefined {
    return (error as NodeJS.ErrnoException | undefined)?.code;
}

async function statOrUndefined(fs: ExportFileSystem, path: string): Promise<Stats | undefined> {
    try {
        return await fs.stat(path);
    } catch (error) {
        if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return undefined;
        throw error;
    }
}

/** The real path of a file that may not exist yet: its folder's real path and its name. */
async function realTargetPath(fs: ExportFileSystem, target: string): Promise<string> {
    try {
        return await fs.realpath(target);
    } catch (error) {
        if (errnoOf(error) !== 'ENOENT') throw error;
        // Not there yet (or a dangling link, which the rename then replaces).
        return join(await fs.realpath(dirname(target)), basename(target));
    }
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

/** True when writing `target` would replace `source`. */
async function isSourceFile(fs: ExportFileSystem, source: string, target: string, realTarget: string, targetStats: Stats | undefined): Promise<boolean> {
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
        default: return 'write-failed';
    }
}

/**
 * Writes `html` to `target` for the minutes file `source`: refuses when the target is the
 * source or a folder, writes a temporary file beside the target, flushes it to disk and
 * renames it over the target, so readers see either the old file or the complete new one.
 * When the target is a symbolic link, the file it points to is replaced and the link kept.
 *
 * @throws ExportError when it refuses or fails; then the target is unchanged and no
 *   temporary file remains.
 */
export async function writeExport(source: string, target: string, html: string, fs: ExportFileSystem = defaultFileSystem): Promise<void> {
    const fail = (reason: ExportErrorReason, cause?: unknown): ExportError =>
        new ExportError(reason, target, source, errnoOf(cause) ?? (cause instanceof Error ? cause.message : undefined));

    let realTarget: string;
    let targetStats: Stats | undefined;
    try {
        realTarget = await realTargetPath(fs, target);
        targetStats = await statOrUndefined(fs, realTarget);
    } catch (error) {
        throw fail(reasonOf(error), error);
    }
    if (targetStats?.isDirectory()) throw fail('target-is-directory');
    let refuse: boolean;
    try {
        refuse = await isSourceFile(fs, source, target, realTarget, targetStats);
    } catch (error) {
        throw fail(reasonOf(error), error);
    }
    if (refuse) throw fail('same-as-source');

    const folder = dirname(realTarget);
    const temporary = join(folder, `.${basename(realTarget)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    let handle: ExportFileHandle | undefined;
    let created = false;
    try {
        // `wx`: never reuse a file that is already there, whoever made it.
        handle = await fs.open(temporary, 'wx', 0o666);
        created = true;
        // Keep the permissions of the file being replaced (a shared folder's group access, say).
        if (targetStats) await handle.chmod(targetStats.mode & 0o7777);
        await handle.writeFile(html, 'utf8');
        await handle.sync();
        await handle.close();
        handle = undefined;
        await fs.rename(temporary, realTarget);
        created = false;
    } catch (error) {
        if (handle) await handle.close().catch(() => undefined);
        if (created) await fs.unlink(temporary).catch(() => undefined);
        throw fail(reasonOf(error), error);
    }
    await syncFolder(fs, folder);
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
