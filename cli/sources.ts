/**
 * From the names on the command line to the minutes texts to read: a file of any name
 * (`notes.txt` is minutes too), `-` for standard input, and a folder for every `.minutes` file
 * below it, as linters do. Each file comes once, by its real path, however often it was named.
 */
import { decodeText, sourceEncodings } from '../language/text-decoding.js';
import { opendir, readFile, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { URI } from 'langium';
import { readProcessStdin, type CliIO } from './cli-io.js';
import { UsageError } from './args.js';

/** The name of standard input in messages when `--stdin-filename` gives none. */
export const STDIN_NAME = '<stdin>';

/** One minutes text to read: a file, or standard input. */
export type Source = FileSource | StdinSource;

interface SourceBase {
    /** How messages name it: as typed, or the folder typed joined with the path found below it. */
    name: string;
    /** The document's identity for the language services. */
    uri: URI;
}

/** A file on disk. */
export interface FileSource extends SourceBase {
    stdin: false;
    /** The absolute path. */
    path: string;
}

/** Standard input (the file name `-`). */
export interface StdinSource extends SourceBase {
    stdin: true;
    /** The `--stdin-filename` given, as an absolute path; undefined without one. */
    path: string | undefined;
}

/** A name on the command line that gives nothing to read; `message` is one sentence without "minutes: ". */
export interface SourceProblem {
    problem: string;
}

/** Folders a folder walk never enters: installed packages. (Folders whose name starts with a dot are skipped too.) */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** The source for `-`: standard input, named in messages by `stdinName` when given. */
export function stdinSource(cwd: string, stdinName: string | undefined): StdinSource {
    const path = stdinName === undefined ? undefined : resolve(cwd, stdinName);
    return { name: stdinName ?? STDIN_NAME, path, uri: path ? URI.file(path) : URI.parse('untitled:stdin'), stdin: true };
}

/** The source for a file named `name` at the absolute `path`. */
export function fileSource(name: string, path: string): FileSource {
    return { name, path, uri: URI.file(path), stdin: false };
}

function codeOf(error: unknown): string {
    return (error as NodeJS.ErrnoException).code ?? 'error';
}

function byName(a: Dirent, b: Dirent): number {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Whether a folder walk takes this entry as a minutes file: `.minutes` in any case. */
function isMinutesName(name: string): boolean {
    return name.toLowerCase().endsWith('.minutes');
}

/**
 * Every `.minutes` file below `folder`, in name order, depth first. Skips `node_modules` and
 * folders whose name starts with a dot, and does not enter linked folders (so a link to a
 * parent cannot make it loop); a linked `.minutes` file is read.
 */
async function* walkFolder(name: string, folder: string): AsyncGenerator<Source | SourceProblem> {
    let entries: Dirent[];
    try {
        entries = [];
        for await (const entry of await opendir(folder)) entries.push(entry);
    } catch (error) {
        yield { problem: `${name}: the folder cannot be read (${codeOf(error)})` };
        return;
    }
    for (const entry of entries.sort(byName)) {
        const childName = join(name, entry.name);
        const childPath = join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) yield* walkFolder(childName, childPath);
        } else if (isMinutesName(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && await isFile(childPath)))) {
            yield fileSource(childName, childPath);
        }
    }
}

async function isFile(path: string): Promise<boolean> {
    try {
        return (await stat(path)).isFile();
    } catch {
        return false;
    }
}

/** The sources one command-line name stands for. */
async function* expandName(name: string, cwd: string): AsyncGenerator<Source | SourceProblem> {
    const path = resolve(cwd, name);
    let stats;
    try {
        stats = await stat(path);
    } catch (error) {
        const code = codeOf(error);
        yield { problem: code === 'ENOENT' || code === 'ENOTDIR' ? `${name}: no such file` : `${name}: cannot be read (${code})` };
        return;
    }
    if (!stats.isDirectory()) {
        yield fileSource(name, path);
        return;
    }
    let found = false;
    for await (const item of walkFolder(name, path)) {
        found ||= 'uri' in item;
        yield item;
    }
    if (!found) yield { problem: `${name}: the folder holds no .minutes files` };
}

/**
 * The sources the command-line `names` stand for, in order, each file once (by its real
 * path). `-` is standard input, which can be read once only.
 */
export async function* expandSources(names: readonly string[], cwd: string, stdinName: string | undefined): AsyncGenerator<Source | SourceProblem> {
    if (names.filter(name => name === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
    if (stdinName !== undefined && !names.includes('-')) throw new UsageError('--stdin-filename names standard input, which is read only for the file name -');
    const seen = new Set<string>();
    for (const name of names) {
        if (name === '-') {
            yield stdinSource(cwd, stdinName);
            continue;
        }
        for await (const item of expandName(name, cwd)) {
            if ('uri' in item && item.path !== undefined) {
                const path = item.path;
                const real = await realpath(path).catch(() => path);
                if (seen.has(real)) continue;
                seen.add(real);
            }
            yield item;
        }
    }
}

/** A file the CLI could not read; its message is one sentence naming the file. */
export class FileProblem extends Error { }

/**
 * The text of a source's bytes: UTF-8, or Windows-1252 when they are not UTF-8 (Swedish text
 * saved by old tools usually is), with the guess recorded so the check warns with
 * `encoding-guessed` instead of silently changing the text. Every file and standard input is
 * decoded here.
 */
export function decodeSource(source: Source, bytes: Uint8Array): string {
    const decoded = decodeText(bytes);
    sourceEncodings.record(source.uri.toString(), decoded.guess);
    return decoded.text;
}

/** Reads a source's text, turning every failure into one plain sentence ({@link FileProblem}). */
export async function readSource(source: Source, io: CliIO): Promise<string> {
    if (source.stdin) return decodeSource(source, await (io.stdin ?? readProcessStdin)());
    try {
        return decodeSource(source, await readFile(source.path));
    } catch (error) {
        const code = codeOf(error);
        if (code === 'EISDIR') throw new FileProblem(`${source.name}: is a directory, not a minutes file`);
        if (code === 'ENOENT') throw new FileProblem(`${source.name}: no such file`);
        throw new FileProblem(`${source.name}: cannot be read (${code})`);
    }
}

/** The text of `source`, or undefined when it cannot be read: then the reason is on stderr, in one sentence. */
export async function readSourceOrSay(source: Source, io: CliIO): Promise<string | undefined> {
    try {
        return await readSource(source, io);
    } catch (error) {
        if (!(error instanceof FileProblem)) throw error;
        io.stderr(`minutes: ${error.message}\n`);
        return undefined;
    }
}
