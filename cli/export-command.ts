/**
 * `minutes export <file | -> [--format html|pdf] [--public | --extract ITEMS | --notice] [-o out | -o -]
 * [--summary | --no-summary] [--lang sv|en] [--stdin-filename NAME]`: the minutes (or their public version, an extract of
 * some items, the notice of approval: language/render/outputs.ts) as a standalone HTML page
 * (language/render/html.ts) or a PDF (pdf/render-pdf.ts), written by common/write-file.ts next to
 * the source or where `-o` says, or to standard output with `-o -` (and for standard input
 * without `-o`; a PDF never to a terminal). Documents with errors still export, with a note here
 * and a notice at the top of the page; an output the document cannot give (a notice without
 * `Justering` or `Anslag`, an extract of an item it does not have) is refused in one sentence.
 * `--summary`/`--no-summary` show or leave out the summary of decisions and actions, which the
 * rule set decides otherwise (LANGUAGE-2.md section 8).
 */
import { resolve } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createMinutesCoreServices } from '../language/minutes-module.js';
import { renderModelPage } from '../language/render/html.js';
import { buildOutput, type OutputRequest } from '../language/render/outputs.js';
import type { RenderModel } from '../language/render/render-model.js';
import { strings, viewLanguage, type Lang } from '../common/l10n/index.js';
import { languageFor } from '../language/messages.js';
import type { MinutesSettings } from '../language/minutes-module.js';
import { defaultExportPath, suggestedExportPath, type ExportExtension } from '../common/export-path.js';
import { exportErrorMessage } from '../common/export-messages.js';
import { ExportError, writeExport } from '../common/write-file.js';
import { chooseLang, flagValue, parseArgs, UsageError } from './args.js';
import { buildDocument } from '../language/build-document.js';
import { errorCount } from '../language/diagnostics.js';
import type { CliIO } from './cli-io.js';
import type { Document } from '../language/generated/ast.js';
import { ExitCode } from './exit-code.js';
import { fileSource, readSourceOrSay, stdinSource, type Source } from './sources.js';
import { exportLinks } from './series-files.js';

/** Where the page goes: standard output, or a file (`named` when the user gave it with `-o`). */
type Destination = { kind: 'stdout' } | { kind: 'file'; path: string; named: boolean };

/** An export format: its file extension and how a render model becomes its content. */
interface Format {
    extension: ExportExtension;
    render(model: RenderModel): Promise<string | Uint8Array>;
}

const FORMATS: Readonly<Record<'html' | 'pdf', Format>> = {
    html: { extension: '.html', render: async model => renderModelPage(model) },
    pdf: {
        extension: '.pdf',
        // Loaded only for a PDF: pdfkit and its fonts are not needed for anything else.
        render: async model => (await import('../pdf/render-pdf.js')).renderPdf(model)
    }
};

/** Which output the flags ask for: the minutes, `--public`, `--extract ITEMS` or `--notice`. */
function requestOf(args: ReturnType<typeof parseArgs>): OutputRequest {
    const extract = flagValue(args, '--extract');
    const wantsPublic = args.flags.has('--public');
    if (args.flags.has('--notice')) {
        if (extract !== undefined) throw new UsageError('--notice and --extract cannot be combined');
        if (wantsPublic) throw new UsageError('--notice is public already; leave out --public');
        return { kind: 'notice' };
    }
    return extract === undefined ? { kind: 'minutes', public: wantsPublic } : { kind: 'extract', items: extract, public: wantsPublic };
}

function formatOf(flag: string | undefined): Format {
    if (flag === undefined || flag === 'html') return FORMATS.html;
    if (flag === 'pdf') return FORMATS.pdf;
    throw new UsageError(`--format takes html or pdf, not "${flag}"`);
}

/**
 * Where the page goes: `-o` as given (`-` is standard output); without it, beside the source,
 * or standard output for standard input (there is no file to put it beside).
 */
function destinationOf(output: string | undefined, source: Source, cwd: string, extension: ExportExtension, suffix?: string): Destination {
    if (output === '-') return { kind: 'stdout' };
    if (output !== undefined) return { kind: 'file', path: resolve(cwd, output), named: true };
    if (source.stdin) return { kind: 'stdout' };
    return { kind: 'file', path: defaultExportPath(source.path, extension, suffix), named: false };
}

/**
 * Runs `minutes export`. Returns {@link ExitCode.ok} when the page was written and
 * {@link ExitCode.usage} when the source cannot be read or the target is refused or cannot be
 * written (one line on stderr says why); usage mistakes are thrown as {@link UsageError}.
 */
export async function exportCommand(argv: string[], io: CliIO): Promise<ExitCode> {
    const args = parseArgs(argv, ['-o', '--output', '--lang', '--stdin-filename', '--format', '--register', '--extract'], ['--notice', '--public', '--summary', '--no-summary']);
    const language = chooseLang(args.flags.get('--lang'), io.env);
    const register = flagValue(args, '--register');
    if (register !== undefined) {
        if (args.positional.length > 0) throw new UsageError('export --register takes a folder and no other file');
        const { registerExport } = await import('./register-export.js');
        return registerExport(register, flagValue(args, '-o', '--output'), language, io);
    }
    const format = formatOf(flagValue(args, '--format'));
    const request = requestOf(args);
    if (args.flags.has('--summary') && args.flags.has('--no-summary')) throw new UsageError('--summary and --no-summary cannot be combined');
    const summary = args.flags.has('--summary') ? true : args.flags.has('--no-summary') ? false : undefined;
    if (args.positional.length !== 1) throw new UsageError(args.positional.length === 0 ? 'export needs a file (- for standard input)' : 'export takes one file');
    const [file] = args.positional;
    const stdinName = flagValue(args, '--stdin-filename');
    if (stdinName !== undefined && file !== '-') throw new UsageError('--stdin-filename names standard input, which is read only for the file name -');
    const source: Source = file === '-' ? stdinSource(io.cwd, stdinName) : fileSource(file, resolve(io.cwd, file));

    const text = await readSourceOrSay(source, io);
    if (text === undefined) return ExitCode.usage;
    const output = flagValue(args, '-o', '--output');
    // The minutes' own name: only it can be the source's (another output's name has a suffix).
    const plain = destinationOf(output, source, io.cwd, format.extension);
    // Nothing is read as minutes yet: the language is the forced one or the locale's.
    const early = () => strings(viewLanguage(language.messageLanguage, undefined, language.locale)).cli;
    if (request.kind === 'minutes' && !request.public && plain.kind === 'file' && !plain.named && plain.path === source.path) {
        // `minutes export page.html`: the default name is the file itself. Say so before any work.
        io.stderr(`minutes: ${early().exportsToItself(file, suggestedExportPath(file, format.extension), format.extension)}\n`);
        return ExitCode.usage;
    }
    if (plain.kind === 'stdout' && format === FORMATS.pdf && io.stdoutIsTerminal) {
        io.stderr(`minutes: ${early().pdfToTerminal}\n`);
        return ExitCode.usage;
    }
    const rendered = await renderPage(source, text, { ...language, decisionSummary: summary }, format, request, io);
    if (!rendered.ok) {
        io.stderr(`minutes: ${rendered.refusal}\n`);
        return ExitCode.usage;
    }
    return deliver(rendered.page, source, destinationOf(output, source, io.cwd, format.extension, rendered.fileSuffix), rendered.lang, io);
}

/** Writes the page where `destination` says and tells where; a refusal or failure is one sentence on stderr. */
async function deliver(page: string | Uint8Array, source: Source, destination: Destination, lang: Lang, io: CliIO): Promise<ExitCode> {
    const texts = strings(lang).cli;
    if (destination.kind === 'stdout') {
        io.stdout(page);
        io.stderr(`minutes: ${texts.wroteStdout}\n`);
        return ExitCode.ok;
    }
    try {
        const outcome = await writeExport(source.path, destination.path, page, { named: destination.named });
        // A pipe or device may well be this terminal or stdout: the note goes where the page does not.
        if (outcome === 'stream') io.stderr(`minutes: ${texts.wroteStream(destination.path)}\n`);
        else io.stdout(`${texts.wrote(destination.path)}\n`);
        return ExitCode.ok;
    } catch (error) {
        if (!(error instanceof ExportError)) throw error;
        io.stderr(`minutes: ${exportErrorMessage(error, lang)}\n`);
        return ExitCode.usage;
    }
}

/**
 * The standalone page (or PDF) of one text as `request` asks, with the words its default file
 * name gets, and the language the CLI's own lines speak for it (the file's, like its
 * diagnostics, unless `--lang` forces one); notes on stderr how many errors it has. A refusal
 * (the document cannot give that output) is one sentence in that language.
 */
async function renderPage(
    source: Source, text: string, language: Pick<MinutesSettings, 'messageLanguage' | 'locale' | 'decisionSummary'>, format: Format, request: OutputRequest, io: CliIO
): Promise<{ ok: true; page: string | Uint8Array; fileSuffix?: string; lang: Lang } | { ok: false; refusal: string }> {
    const services = createMinutesCoreServices(NodeFileSystem, language);
    const document = await buildDocument(services.shared, text, source.uri);
    const doc: Document = document.parseResult.value;
    const lang = languageFor(language, doc);
    const errors = errorCount(document.diagnostics ?? []);
    const links = format === FORMATS.html ? await exportLinks(services.Minutes, source, doc) : undefined;
    const output = buildOutput(doc, request, { viewLang: lang, problems: { errors, warnings: 0 }, summary: language.decisionSummary, links });
    if (!output.ok) return output;
    const page = await format.render(output.model);
    if (errors > 0) io.stderr(`minutes: ${strings(lang).cli.exportedWithErrors(source.name, errors)}\n`);
    return { ok: true, page, fileSuffix: output.fileSuffix, lang };
}
