/**
 * `minutes export --register <folder> [-o register.html | -o -]`: the register page of the
 * series in a folder (language/render/register.ts), written like an export (common/write-file.ts:
 * atomic, never through a link it finds), by default as `register.html` in the folder. Its links
 * lead to each meeting's exported page, relative to where the page is written.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { strings } from '../common/l10n/index.js';
import { exportErrorMessage } from '../common/export-messages.js';
import { REGISTER_FILE_NAME } from '../common/export-path.js';
import { registerLanguage, registerPage, writeRegister } from '../common/register-export.js';
import { ExportError } from '../common/write-file.js';
import type { MinutesSettings } from '../language/minutes-module.js';
import { todayOf, type CliIO } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { seriesOfPaths } from './register-command.js';

export async function registerExport(folder: string, output: string | undefined, language: Pick<MinutesSettings, 'messageLanguage' | 'locale'>, io: CliIO): Promise<ExitCode> {
    const folderPath = resolve(io.cwd, folder);
    const { series, problems } = await seriesOfPaths([folder], io);
    if (problems) return ExitCode.usage;
    const lang = registerLanguage(series, language);
    const target = output === undefined ? join(folderPath, REGISTER_FILE_NAME) : output === '-' ? undefined : resolve(io.cwd, output);
    const page = registerPage(series, { folder: folderPath, pageFolder: target ? dirname(target) : io.cwd, lang, today: todayOf(io) });
    if (target === undefined) {
        io.stdout(page);
        io.stderr(`minutes: ${strings(lang).cli.wroteStdout}\n`);
        return ExitCode.ok;
    }
    try {
        const outcome = await writeRegister(target, page, { named: output !== undefined });
        if (outcome === 'stream') io.stderr(`minutes: ${strings(lang).cli.wroteStream(target)}\n`);
        else io.stdout(`${strings(lang).cli.wrote(relative(io.cwd, target) || target)}\n`);
        return ExitCode.ok;
    } catch (error) {
        if (!(error instanceof ExportError)) throw error;
        io.stderr(`minutes: ${exportErrorMessage(error, lang)}\n`);
        return ExitCode.usage;
    }
}
