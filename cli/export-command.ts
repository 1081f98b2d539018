/**
 * `minutes export <file> [-o out.html | -o -] [--lang sv|en]`: the minutes as a standalone
 * HTML page, written safely (language/export-file.ts) next to the source or where `-o` says,
 * or to standard output with `-o -`. Documents with errors still export, with a note.
 */
import { resolve } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createMinutesCoreServices } from '../language/minutes-module.js';
import { renderStandalonePage } from '../language/render/html.js';
import { defaultExportPath, ExportError, exportErrorMessage, writeExport } from '../language/export-file.js';
import { strings } from '../common/l10n/index.js';
import { languageFor } from '../language/messages.js';
import {
    buildDocument, chooseLang, EXIT_OK, EXIT_USAGE, parseArgs, readSourceOrReport, UsageError, type CliIO
} from './main.js';

/**
 * Runs `minutes export`. Returns 0 when the page was written, 2 when the source cannot be
 * read or the target is refused or cannot be written (one line on stderr says why); usage
 * mistakes are thrown as {@link UsageError} for `runCli` to report.
 */
export async function exportCommand(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, ['-o', '--output', '--lang'], []);
    const language = chooseLang(args.flags.get('--lang'), io.env);
    if (args.positional.length !== 1) throw new UsageError(args.positional.length === 0 ? 'export needs a file' : 'export takes one file');
    const output = args.flags.get('-o') ?? args.flags.get('--output');
    const [file] = args.positional;

    const text = readSourceOrReport(file, io);
    if (text === undefined) return EXIT_USAGE;
    const source = resolve(io.cwd, file);
    const document = await buildDocument(createMinutesCoreServices(NodeFileSystem, language), text, source);
    // The CLI's own lines speak the file's language too, like its diagnostics.
    const lang = languageFor(language, document.parseResult.value);
    const texts = strings(lang).cli;
    const page = renderStandalonePage(document.parseResult.value);
    // Severity 1 is an error in LSP; a diagnostic without a severity counts as one too.
    const errors = (document.diagnostics ?? []).filter(d => (d.severity ?? 1) === 1).length;
    if (errors > 0) io.stderr(`minutes: ${texts.exportedWithErrors(file, errors)}\n`);

    if (output === '-') {
        io.stdout(page);
        io.stderr(`minutes: ${texts.wroteStdout}\n`);
        return EXIT_OK;
    }
    const target = typeof output === 'string' ? resolve(io.cwd, output) : defaultExportPath(source);
    try {
        await writeExport(source, target, page);
    } catch (error) {
        if (!(error instanceof ExportError)) throw error;
        io.stderr(`minutes: ${exportErrorMessage(error, lang)}\n`);
        return EXIT_USAGE;
    }
    io.stdout(`${texts.wrote(target)}\n`);
    return EXIT_OK;
}
