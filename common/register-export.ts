/**
 * The register page of a series written to a file (SERIES.md "Registers"), for the command line
 * (`minutes export --register`, cli/register-export.ts) and the editor's "Export register of
 * decisions and actions" (`minutes/exportRegister`, server/series-requests.ts) alike: the page's
 * language, its title, its links to each meeting's exported page relative to where it is
 * written, and the write itself (common/write-file.ts: atomic, never over a minutes file).
 */
import { basename, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CalendarDate } from '../language/dates.js';
import type { MinutesSettings } from '../language/minutes-module.js';
import { registerTitle, renderRegisterPage } from '../language/render/register.js';
import type { SeriesAnalysis } from '../language/series.js';
import { viewLanguage, type Lang } from './l10n/index.js';
import { ExportError, writeExport, type WriteOptions, type WriteOutcome } from './write-file.js';

/** The language of the register page: the setting's, else the first meeting's, else the locale's. */
export function registerLanguage(series: readonly SeriesAnalysis[], settings: Pick<MinutesSettings, 'messageLanguage' | 'locale'>): Lang {
    return viewLanguage(settings.messageLanguage, series[0]?.meetings[0]?.declaredLang, settings.locale);
}

/** Where and how a register page is made. */
export interface RegisterPageSpec {
    /** The folder of the series (its name titles a page of several series). */
    folder: string;
    /** The folder the page is written to (or read from): its links are relative to it. */
    pageFolder: string;
    /**
     * The folder holding every meeting's exported page (`minutes.export.folder`); without it,
     * each meeting's page is beside its minutes file.
     */
    pagesFolder?: string;
    lang: Lang;
    today: CalendarDate;
}

/** The standalone register page of `series`, linking to each meeting's exported page. */
export function registerPage(series: readonly SeriesAnalysis[], spec: RegisterPageSpec): string {
    return renderRegisterPage(series, registerTitle(series, basename(spec.folder), spec.lang), {
        lang: spec.lang,
        today: spec.today,
        relativePath: meeting => {
            const file = fileURLToPath(meeting.uri);
            const page = spec.pagesFolder === undefined ? file : join(spec.pagesFolder, basename(file));
            return relative(spec.pageFolder, page).split(sep).join('/');
        }
    });
}

/**
 * Writes the register page to `target` with writeExport; a target that is a minutes file is
 * refused (the page would lose it).
 * @throws ExportError when refused or failed; then nothing changed on disk.
 */
export async function writeRegister(target: string, page: string, options: Pick<WriteOptions, 'named'> = {}): Promise<WriteOutcome> {
    if (extname(target).toLowerCase() === '.minutes') throw new ExportError('same-as-source', target, target);
    return writeExport(undefined, target, page, options);
}
