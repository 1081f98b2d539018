/**
 * The `minutes` command line: `check` and `export` over the same services as the editor,
 * and `lsp` to run the language server for any LSP editor.
 */
import '../language/polyfill.mjs';
import { readFileSync, statSync } from 'node:fs';
import { readTextFile } from '../common/read-text.js';
import { join, resolve } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createMinutesCoreServices, type MinutesServices } from '../language/minutes-module.js';
import type { Document } from '../language/generated/ast.js';
import { langOfLocale } from '../language/messages.js';
import type { Lang } from '../language/keywords.js';
import type { LangiumSharedCoreServices } from 'langium';

/** Where the CLI writes; tests pass their own. */
export interface CliIO {
    stdout(text: string): void;
    stderr(text: string): void;
    env: Record<string, string | undefined>;
    cwd: string;
}

export const processIO: CliIO = {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd()
};

/** Exit codes: 0 clean, 1 a document has errors, 2 usage or file problems. */
export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

const HELP = `Usage: minutes <command> [options]

Commands:
  check <files...>           Check minutes files and print one line per problem.
      --format text|json     Output format (default: text).
      --lang sv|en           Language of the messages (default: from LANG).
  export <file> [-o out]     Write the minutes as a standalone HTML page
                             (default: next to the source, with .html; -o - for stdout).
      --lang sv|en           Language of the messages (the page follows the document).
  lsp --stdio                Run the language server on stdin/stdout.

Options:
  -h, --help                 Show this help.
  -v, --version              Show the version.

Exit status: 0 no errors, 1 errors found, 2 usage or file problem.
`;

class UsageError extends Error { }

/** Options after the command word: flags with values and positional arguments. */
interface ParsedArgs {
    positional: string[];
    flags: Map<string, string | true>;
}

function parseArgs(args: string[], valued: readonly string[], boolean: readonly string[]): ParsedArgs {
    const positional: string[] = [];
    const flags = new Map<string, string | true>();
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
            positional.push(...args.slice(i + 1));
            break;
        }
        const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        if (valued.includes(name)) {
            const value = inline ?? args[++i];
            if (value === undefined) throw new UsageError(`${name} needs a value`);
            flags.set(name, value);
        } else if (boolean.includes(name)) {
            flags.set(name, true);
        } else if (arg.startsWith('-') && arg !== '-') {
            throw new UsageError(`unknown option ${arg}`);
        } else {
            positional.push(arg);
        }
    }
    return { positional, flags };
}

function version(): string {
    // The same relative path works from cli/main.ts and from the bundle in out/.
    return JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version;
}

/** Runs the CLI and returns its exit code. */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case undefined:
            case '-h': case '--help': case 'help':
                io.stdout(HELP);
                return command === undefined ? EXIT_USAGE : EXIT_OK;
            case '-v': case '--version':
                io.stdout(`${version()}\n`);
                return EXIT_OK;
            case 'check':
                return await checkCommand(rest, io);
            case 'export': {
                const { exportCommand } = await import('./export-command.js');
                return await exportCommand(rest, io);
            }
            case 'lsp': {
                const args = parseArgs(rest, [], ['--stdio', '--node-ipc']);
                if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
                const { startServer } = await import('../server/main.js');
                startServer();
                return -1;
            }
            default:
                throw new UsageError(`unknown command "${command}"`);
        }
    } catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`minutes: ${error.message}. Run "minutes --help" for usage.\n`);
            return EXIT_USAGE;
        }
        throw error;
    }
}

export { UsageError, parseArgs };

/** The message language: `--lang`, else LC_ALL / LC_MESSAGES / LANG, else English. */
export function chooseLang(flag: string | true | undefined, env: CliIO['env']): Lang {
    if (flag === 'sv' || flag === 'en') return flag;
    if (flag !== undefined) throw new UsageError(`--lang takes sv or en, not "${flag}"`);
    return langOfLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** Reads a file the user named, turning every failure into one plain sentence. */
export function readSource(file: string, cwd: string): string {
    const path = resolve(cwd, file);
    let stats;
    try {
        stats = statSync(path);
    } catch {
        throw new FileProblem(`${file}: no such file`);
    }
    if (stats.isDirectory()) throw new FileProblem(`${file}: is a directory, not a minutes file`);
    try {
        return readTextFile(path);
    } catch (error) {
        throw new FileProblem(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
}

export class FileProblem extends Error { }

/** Reads a file the user named; on a file problem says so on stderr and returns undefined. */
export function readSourceOrReport(file: string, io: CliIO): string | undefined {
    try {
        return readSource(file, io.cwd);
    } catch (error) {
        if (!(error instanceof FileProblem)) throw error;
        io.stderr(`minutes: ${error.message}\n`);
        return undefined;
    }
}

/** Parses, links and validates one text through the language services. */
export async function buildDocument(services: { shared: LangiumSharedCoreServices; Minutes: MinutesServices }, text: string, path: string): Promise<LangiumDocument<Document>> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file(path));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

interface CliDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

function toCliDiagnostic(file: string, d: Diagnostic): CliDiagnostic {
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: SEVERITIES[d.severity ?? 1],
        code: String(d.code ?? 'syntax'),
        message: typeof d.message === 'string' ? d.message : d.message.value
    };
}

async function checkCommand(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, ['--format', '--lang'], []);
    const format = args.flags.get('--format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format takes text or json, not "${format}"`);
    const lang = chooseLang(args.flags.get('--lang'), io.env);
    if (args.positional.length === 0) throw new UsageError('check needs at least one file');

    const services = createMinutesCoreServices(NodeFileSystem, { lang });
    const results: CliDiagnostic[] = [];
    let fileProblems = false;
    for (const file of args.positional) {
        const text = readSourceOrReport(file, io);
        if (text === undefined) {
            fileProblems = true;
            continue;
        }
        const document = await buildDocument(services, text, resolve(io.cwd, file));
        const diagnostics = [...(document.diagnostics ?? [])]
            .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        results.push(...diagnostics.map(d => toCliDiagnostic(file, d)));
    }
    if (format === 'json') {
        io.stdout(JSON.stringify(results, null, 2) + '\n');
    } else {
        for (const d of results) {
            io.stdout(`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]\n`);
        }
    }
    if (fileProblems) return EXIT_USAGE;
    return results.some(d => d.severity === 'error') ? EXIT_ERRORS : EXIT_OK;
}
