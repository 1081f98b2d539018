/**
 * `minutes actions [paths…] [--open | --overdue] [--owner NAME] [--format text|json|csv|ics]` and
 * `minutes decisions [paths…] [--format text|json|csv]`: the registers of the series of the
 * files and folders named (the current folder by default). A folder means its `.minutes` files
 * and those of its sub-folders (as for `check`); each file's series is read from its folder.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeFileSystem } from 'langium/node';
import { createMinutesCoreServices } from '../language/minutes-module.js';
import { actionRows, decisionRows } from '../language/series-registers.js';
import type { SeriesAnalysis } from '../language/series.js';
import { chooseLang, flagValue, parseArgs, UsageError } from './args.js';
import { todayOf, type CliIO } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { expandSources, FileProblem, readSource } from './sources.js';
import { FolderSeries } from './series-files.js';
import {
    actionsCsv, actionsIcs, actionsJson, actionsText, decisionsCsv, decisionsJson, decisionsText, type FileName
} from './register-formats.js';

/** The series of the named files and folders, and how to name their files; file problems are said on stderr. */
export async function seriesOfPaths(names: readonly string[], io: CliIO): Promise<{ series: SeriesAnalysis[]; file: FileName; problems: boolean }> {
    if (names.includes('-')) throw new UsageError('the registers read files and folders, not standard input');
    const services = createMinutesCoreServices(NodeFileSystem);
    const folders = new FolderSeries(services.Minutes);
    const uris: string[] = [];
    let problems = false;
    for await (const item of expandSources(names.length > 0 ? names : ['.'], io.cwd, undefined)) {
        if (!('uri' in item)) {
            io.stderr(`minutes: ${item.problem}\n`);
            problems = true;
            continue;
        }
        try {
            const text = await readSource(item, io);
            const uri = item.uri.toString();
            folders.add(text, uri);
            if (item.path !== undefined) await folders.loadFolderOf(item.path);
            uris.push(uri);
        } catch (error) {
            if (!(error instanceof FileProblem)) throw error;
            io.stderr(`minutes: ${error.message}\n`);
            problems = true;
        }
    }
    const file: FileName = uri => {
        const path = relative(io.cwd, fileURLToPath(uri));
        return sep === '/' ? path : path.split(sep).join('/');
    };
    return { series: folders.seriesHolding(uris), file, problems };
}

/** Runs `minutes actions`. */
export async function actionsCommand(argv: string[], io: CliIO): Promise<ExitCode> {
    const args = parseArgs(argv, ['--format', '--owner', '--lang'], ['--open', '--overdue']);
    const format = flagValue(args, '--format') ?? 'text';
    if (!['text', 'json', 'csv', 'ics'].includes(format)) throw new UsageError(`--format takes text, json, csv or ics, not "${format}"`);
    if (args.flags.has('--open') && args.flags.has('--overdue')) throw new UsageError('--open and --overdue exclude each other (--overdue lists open actions past their deadline)');
    const forced = chooseLang(args.flags.get('--lang'), io.env).messageLanguage;
    const lang = forced === 'auto' ? undefined : forced;
    const { series, file, problems } = await seriesOfPaths(args.positional, io);
    const today = todayOf(io);
    const rows = actionRows(series, today, {
        // An iCalendar file holds to-dos: the open actions only.
        open: args.flags.has('--open') || format === 'ics',
        overdue: args.flags.has('--overdue'),
        owner: flagValue(args, '--owner')
    });
    switch (format) {
        case 'json': io.stdout(actionsJson(rows, file)); break;
        case 'csv': io.stdout(actionsCsv(rows, file)); break;
        case 'ics': io.stdout(actionsIcs(rows, today, lang)); break;
        default: io.stdout(actionsText(rows, file, lang));
    }
    return problems ? ExitCode.usage : ExitCode.ok;
}

/** Runs `minutes decisions`. */
export async function decisionsCommand(argv: string[], io: CliIO): Promise<ExitCode> {
    const args = parseArgs(argv, ['--format', '--lang'], []);
    const format = flagValue(args, '--format') ?? 'text';
    if (!['text', 'json', 'csv'].includes(format)) throw new UsageError(`--format takes text, json or csv, not "${format}"`);
    const forced = chooseLang(args.flags.get('--lang'), io.env).messageLanguage;
    const { series, file, problems } = await seriesOfPaths(args.positional, io);
    const rows = decisionRows(series);
    switch (format) {
        case 'json': io.stdout(decisionsJson(rows, file)); break;
        case 'csv': io.stdout(decisionsCsv(rows, file)); break;
        default: io.stdout(decisionsText(rows, file, forced === 'auto' ? undefined : forced));
    }
    return problems ? ExitCode.usage : ExitCode.ok;
}
