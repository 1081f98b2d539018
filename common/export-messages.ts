/**
 * What a refused or failed export says: the paths the sentence names are worked out here (the
 * catalogs in common/l10n do no path arithmetic), the words come from the catalog.
 */
import { basename, dirname, join } from 'node:path';
import { strings, type Lang } from './l10n/index.js';
import type { ExportError } from './write-file.js';
import { extensionOf, suggestedExportPath } from './export-path.js';

/** The error in plain words, in Swedish or English: what happened and what to do. */
export function exportErrorMessage(error: ExportError, lang: Lang): string {
    const { reason, target, source, detail } = error;
    const extension = extensionOf(target);
    const nextToSource = source === undefined ? undefined : suggestedExportPath(source, extension);
    // A folder given as the target gets the page's file name inside it.
    const suggestion = reason === 'target-is-directory'
        ? join(target, basename(nextToSource ?? `minutes${extension}`))
        : nextToSource;
    return strings(lang).exportError(reason, { target, folder: dirname(target), name: basename(target), suggestion, detail });
}
