/**
 * `minutes check <files, folders or ->`: one line (or JSON object) per problem, printed file
 * by file as each is done, so nothing already found is lost if a later file fails. Each file
 * is checked with its series (SERIES.md), which is read from its folder (cli/series-files.ts).
 */
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createMinutesCoreServices } from '../language/minutes-module.js';
import { buildDocument } from '../language/build-document.js';
import { severityName, type SeverityName } from '../language/diagnostics.js';
import type { LangiumSharedCoreServices } from 'langium';
import { chooseLang, flagValue, parseArgs, UsageError } from './args.js';
import type { CliIO } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { expandSources, FileProblem, readSource, type Source } from './sources.js';
import { FolderSeries } from './series-files.js';
import { seriesDiagnostic, seriesMessagesOf, summarizeMeeting } from '../language/series.js';
import { compareDiagnostics } from '../language/diagnostics.js';
import type { MinutesSettings } from '../language/minutes-module.js';

/** One problem as `check` prints it: 1-based positions, end exclusive. */
interface CliDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: SeverityName;
    code: string;
    message: string;
}

function toCliDiagnostic(file: string, d: Diagnostic): CliDiagnostic {
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: severityName(d),
        code: String(d.code ?? 'syntax'),
        message: typeof d.message === 'string' ? d.message : d.message.value
    };
}

/** Prints diagnostics as they come, in the chosen format. */
interface DiagnosticPrinter {
    print(diagnostics: readonly CliDiagnostic[]): void;
    end(): void;
}

function textPrinter(io: CliIO): DiagnosticPrinter {
    return {
        print: diagnostics => {
            for (const d of diagnostics) io.stdout(`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]\n`);
        },
        end: () => undefined
    };
}

/** The same text as `JSON.stringify(all, null, 2)`, written element by element. */
function jsonPrinter(io: CliIO): DiagnosticPrinter {
    let count = 0;
    return {
        print: diagnostics => {
            for (const d of diagnostics) {
                const item = JSON.stringify(d, null, 2).replace(/\n/g, '\n  ');
                io.stdout(`${count++ === 0 ? '[\n' : ',\n'}  ${item}`);
            }
        },
        end: () => io.stdout(count === 0 ? '[]\n' : '\n]\n')
    };
}

/**
 * The diagnostics of one source, in document order. The document is forgotten once its results
 * are out: each file is checked on its own, so memory stays flat over a large folder and a URI
 * can be built again (`-` named like a file, say).
 */
async function checkSource(
    shared: LangiumSharedCoreServices, series: FolderSeries, settings: Pick<MinutesSettings, 'messageLanguage' | 'locale'>, source: Source, text: string
): Promise<CliDiagnostic[]> {
    const document = await buildDocument(shared, text, source.uri);
    try {
        const uri = source.uri.toString();
        const summary = summarizeMeeting(document.parseResult.value, uri);
        await series.addChecked(source, summary);
        const messages = seriesMessagesOf(settings, summary);
        const diagnostics = [...document.diagnostics ?? [], ...series.problemsOf(uri).map(problem => seriesDiagnostic(problem, messages))];
        return diagnostics.sort(compareDiagnostics).map(d => toCliDiagnostic(source.name, d));
    } finally {
        shared.workspace.LangiumDocuments.deleteDocument(source.uri);
    }
}

/** Runs `minutes check`; see the module comment. Usage mistakes are thrown as {@link UsageError}. */
export async function checkCommand(argv: string[], io: CliIO): Promise<ExitCode> {
    const args = parseArgs(argv, ['--format', '--lang', '--stdin-filename'], []);
    const format = args.flags.get('--format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format takes text or json, not "${format}"`);
    const language = chooseLang(args.flags.get('--lang'), io.env);
    if (args.positional.length === 0) throw new UsageError('check needs at least one file or folder (- for standard input)');

    const services = createMinutesCoreServices(NodeFileSystem, language);
    const series = new FolderSeries(services.Minutes);
    const printer = format === 'json' ? jsonPrinter(io) : textPrinter(io);
    const outcome = { errors: false, fileProblems: false, internal: false };
    for await (const item of expandSources(args.positional, io.cwd, flagValue(args, '--stdin-filename'))) {
        if (!('uri' in item)) {
            io.stderr(`minutes: ${item.problem}\n`);
            outcome.fileProblems = true;
            continue;
        }
        try {
            const diagnostics = await checkSource(services.shared, series, language, item, await readSource(item, io));
            printer.print(diagnostics);
            outcome.errors ||= diagnostics.some(d => d.severity === 'error');
        } catch (error) {
            if (error instanceof FileProblem) {
                io.stderr(`minutes: ${error.message}\n`);
                outcome.fileProblems = true;
            } else {
                // A bug in minutes: say which file met it, and go on with the others.
                io.stderr(`minutes: internal error while checking ${item.name}: ${error instanceof Error ? error.stack : String(error)}\n`);
                outcome.internal = true;
            }
        }
    }
    printer.end();
    if (outcome.internal) return ExitCode.internal;
    if (outcome.fileProblems) return ExitCode.usage;
    return outcome.errors ? ExitCode.errors : ExitCode.ok;
}
