/**
 * `minutes new --from <file>` (SERIES.md "New minutes from the previous ones"): writes the next
 * meeting's minutes of the file's series beside its latest minutes, and says where. An
 * existing file is never overwritten: the new file is created exclusively.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeFileSystem } from 'langium/node';
import { createMinutesCoreServices } from '../language/minutes-module.js';
import type { Document } from '../language/generated/ast.js';
import { newMinutesFrom } from '../language/series-new.js';
import { strings, viewLanguage } from '../common/l10n/index.js';
import { chooseLang, flagValue, parseArgs, UsageError } from './args.js';
import { todayOf, type CliIO } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { fileSource, readSource, readSourceOrSay } from './sources.js';
import { FolderSeries } from './series-files.js';

/** Runs `minutes new`. */
export async function newCommand(argv: string[], io: CliIO): Promise<ExitCode> {
    const args = parseArgs(argv, ['--from', '--lang'], []);
    const from = flagValue(args, '--from');
    if (from === undefined || from === '-') throw new UsageError('new needs --from <file>: a minutes file of the series');
    if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
    const language = chooseLang(args.flags.get('--lang'), io.env);
    const services = createMinutesCoreServices(NodeFileSystem);
    const folders = new FolderSeries(services.Minutes);
    const source = fileSource(from, resolve(io.cwd, from));
    const text = await readSourceOrSay(source, io);
    if (text === undefined) return ExitCode.usage;
    const summary = folders.add(text, source.uri.toString());
    await folders.loadFolderOf(source.path);
    const series = folders.seriesOf(summary.uri);
    const latest = series?.meetings.at(-1);
    const lang = viewLanguage(language.messageLanguage, (latest ?? summary).declaredLang, language.locale);
    const words = strings(lang).series;
    if (!series || !latest) {
        io.stderr(`minutes: ${words.newNoMinutes(from)}\n`);
        return ExitCode.usage;
    }
    const latestPath = fileURLToPath(latest.uri);
    const latestText = latest.uri === summary.uri ? text : await readSource(fileSource(latestPath, latestPath), io);
    const previous = services.Minutes.parser.LangiumParser.parse(latestText).value as Document;
    const made = newMinutesFrom(previous, series, todayOf(io));
    const target = join(dirname(latestPath), made.fileName);
    const shown = relative(io.cwd, target) || target;
    try {
        await writeFile(target, made.text, { encoding: 'utf8', flag: 'wx' });
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        io.stderr(`minutes: ${code === 'EEXIST' ? words.newExists(shown) : `${shown}: ${code ?? String(error)}`}\n`);
        return ExitCode.usage;
    }
    io.stdout(`${words.newWrote(shown)}\n`);
    if (!made.dated) io.stderr(`minutes: ${words.newNoDate(relative(io.cwd, latestPath) || latestPath)}\n`);
    return ExitCode.ok;
}
