/**
 * The series of the files the command line is given (SERIES.md): a file's series is found in
 * its folder, so the `.minutes` files beside it are read and summarised (parsed only, never
 * linked or validated), each folder once per run. `check` adds the series' problems to each
 * file's own; the registers and `new` read the summaries alone.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { dirname, join } from 'node:path';
import { URI } from 'langium';
import { decodeText } from '../language/text-decoding.js';
import { SeriesSet, seriesKey, summarizeMeeting, summarizeText, type MeetingSummary, type SeriesAnalysis, type SeriesProblem } from '../language/series.js';
import { seriesLinks, type SeriesLinks } from '../language/series-links.js';
import type { Document } from '../language/generated/ast.js';
import type { MinutesServices } from '../language/minutes-module.js';
import type { Source } from './sources.js';

/** The minutes files directly in a folder (and links to files), by name; sub-folders are other series. */
async function minutesFilesIn(folder: string): Promise<string[]> {
    const entries: Dirent[] = [];
    try {
        for await (const entry of await opendir(folder)) entries.push(entry);
    } catch {
        return [];
    }
    const files: string[] = [];
    for (const entry of entries) {
        if (!entry.name.toLowerCase().endsWith('.minutes')) continue;
        const path = join(folder, entry.name);
        if (entry.isFile() || (entry.isSymbolicLink() && await isFile(path))) files.push(path);
    }
    return files.sort();
}

async function isFile(path: string): Promise<boolean> {
    try {
        return (await stat(path)).isFile();
    } catch {
        return false;
    }
}

/**
 * The links of an exported file's minutes to the other meetings of its series (their pages
 * beside its own), its folder read for them; none, and nothing read, when it refers to no meeting.
 */
export async function exportLinks(services: Pick<MinutesServices, 'parser'>, source: Source, doc: Document): Promise<SeriesLinks | undefined> {
    if (source.path === undefined) return undefined;
    const summary = summarizeMeeting(doc, source.uri.toString());
    if (summary.references.length === 0 && !summary.actions.some(action => action.from)) return undefined;
    const folder = new FolderSeries(services);
    await folder.addChecked(source, summary);
    return seriesLinks(folder.seriesOf(summary.uri), summary);
}

/** The summaries of the files of a run and of their folders, grouped into series. */
export class FolderSeries {
    private readonly set = new SeriesSet();
    private readonly folders = new Set<string>();

    constructor(private readonly services: Pick<MinutesServices, 'parser'>) { }

    /** Reads the folder of `path` (once), summarising every minutes file in it that is not known yet. */
    async loadFolderOf(path: string): Promise<void> {
        const folder = dirname(path);
        if (this.folders.has(folder)) return;
        this.folders.add(folder);
        for (const file of await minutesFilesIn(folder)) {
            const uri = URI.file(file).toString();
            if (this.set.has(uri)) continue;
            try {
                this.add(decodeText(await readFile(file)).text, uri);
            } catch {
                // A file that cannot be read is left out of the series; checked by name, it is reported.
            }
        }
    }

    /** The summary of a text at `uri` (a file of the run, read or given on standard input), replacing any read before. */
    add(text: string, uri: string): MeetingSummary {
        const summary = summarizeText(this.services.parser, text, uri);
        this.set.set(summary);
        return summary;
    }

    /** A file of the run summarised from its built document; then the rest of its folder is read. */
    async addChecked(source: Source, summary: MeetingSummary): Promise<void> {
        this.set.set(summary);
        if (source.path !== undefined) await this.loadFolderOf(source.path);
    }

    /** The series' problems of one file. */
    problemsOf(uri: string): SeriesProblem[] {
        return this.set.problemsOf(uri);
    }

    seriesOf(uri: string): SeriesAnalysis | undefined {
        return this.set.seriesOf(uri);
    }

    /** The series that hold at least one of `uris`, in the order of their first file. */
    seriesHolding(uris: readonly string[]): SeriesAnalysis[] {
        const keys: string[] = [];
        for (const uri of uris) {
            const summary = this.set.get(uri);
            if (!summary) continue;
            const key = seriesKey(summary);
            if (!keys.includes(key)) keys.push(key);
        }
        return keys.map(key => this.set.analysis(key));
    }
}
