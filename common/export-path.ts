/**
 * Where an export goes when nobody says: beside the source, with `.html` (or `.pdf`) as its
 * extension. Pure (no file system); shared by the CLI and the editor's export commands.
 */
import { basename, dirname, extname, join } from 'node:path';

/** The file extensions of the export formats. */
export type ExportExtension = '.html' | '.pdf';

/** The default file name of a series' register page (`minutes export --register`), in the series' folder. */
export const REGISTER_FILE_NAME = 'register.html';

/** The format a target's name asks for: `.pdf` for a PDF, `.html` otherwise. */
export function extensionOf(target: string): ExportExtension {
    return extname(target).toLowerCase() === '.pdf' ? '.pdf' : '.html';
}

/**
 * Next to the source, its extension replaced by `.html` (or `extension`): `möte.minutes` →
 * `möte.html`, `notes.txt` → `notes.html`, `notes` → `notes.html`. For a source that already
 * ends in the export's extension this is the source itself, which the export then refuses.
 * An output other than the minutes adds its `suffix` to the name: `möte-anslag.pdf`,
 * `möte-utdrag-14.html`, `möte-offentlig.html`.
 */
export function defaultExportPath(source: string, extension: ExportExtension = '.html', suffix?: string): string {
    const own = extname(source);
    return (own ? source.slice(0, -own.length) : source) + (suffix ? `-${suffix}` : '') + extension;
}

/** A file name to suggest instead of `target`: the default one, unless that is the source itself. */
export function suggestedExportPath(source: string, extension: ExportExtension = '.html'): string {
    const preferred = defaultExportPath(source, extension);
    if (preferred !== source) return preferred;
    const stem = basename(source, extname(source));
    return join(dirname(source), `${stem}-page${extension}`);
}
