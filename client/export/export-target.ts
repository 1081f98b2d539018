/**
 * Where "Export to HTML" and "Export to PDF" write without asking: next to the source, or in the
 * folder of `minutes.export.folder` (absolute, `~/…`, or relative to the workspace folder). Pure.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultExportPath, type ExportExtension } from '../../common/export-path.js';

/**
 * The export file for a source file (with `suffix` for an output other than the minutes:
 * `möte-anslag.pdf`). `workspaceFolder` is the folder a relative setting is resolved against;
 * without one, relative folders are taken from the source file's folder.
 */
export function exportTarget(
    sourcePath: string, folderSetting: string, workspaceFolder: string | undefined, extension: ExportExtension = '.html', suffix?: string
): string {
    const besideSource = defaultExportPath(sourcePath, extension, suffix);
    const folder = folderSetting.trim();
    if (!folder) return besideSource;
    const fileName = path.basename(besideSource);
    if (folder === '~' || folder.startsWith('~/') || folder.startsWith('~\\')) {
        return path.join(os.homedir(), folder.slice(1), fileName);
    }
    if (path.isAbsolute(folder)) return path.join(folder, fileName);
    return path.join(path.resolve(workspaceFolder ?? path.dirname(sourcePath), folder), fileName);
}

/** A file name for a document that has none yet (untitled): from its title, else "minutes". */
export function fileNameForTitle(title: string | undefined, extension: ExportExtension = '.html'): string {
    const cleaned = (title ?? '')
        .normalize('NFC')
        .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 80)
        .trim();
    return `${cleaned || 'minutes'}${extension}`;
}
