/**
 * Where an export goes when nobody says: beside the source, with `.html` as its extension.
 * Pure (no file system); shared by the CLI and the editor's export command.
 */
import { basename, dirname, extname, join } from 'node:path';

/**
 * Next to the source, its extension replaced by `.html`: `möte.minutes` → `möte.html`,
 * `notes.txt` → `notes.html`, `notes` → `notes.html`. For a source that already ends in
 * `.html` this is the source itself, which the export then refuses.
 */
export function defaultExportPath(source: string): string {
    const extension = extname(source);
    return (extension ? source.slice(0, -extension.length) : source) + '.html';
}

/** A page name to suggest instead of `target`: the default one, unless that is the source itself. */
export function suggestedExportPath(source: string): string {
    const preferred = defaultExportPath(source);
    if (preferred !== source) return preferred;
    const stem = basename(source, extname(source));
    return join(dirname(source), `${stem}-page.html`);
}
