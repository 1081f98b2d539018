/**
 * The workspace index of the language server (SERIES.md): a summary of every minutes file of
 * the workspace (language/series-summary.ts), kept by Langium's index manager as documents are
 * parsed, and read from disk at start-up without building the files. The syntax trees of files
 * that are not open are released after each build; their summaries stay. From the summaries
 * the series are worked out (language/series.ts), and every file's diagnostics carry its
 * series' problems: a validated document's at once, the other files of a changed series
 * (open, or closed with published diagnostics) when the build is done.
 */
import {
    Cancellation, DefaultIndexManager, type LangiumDocument, type LangiumSharedCoreServices, type URI
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../language/generated/ast.js';
import type { MinutesSettings } from '../language/minutes-module.js';
import { compareDiagnostics } from '../language/diagnostics.js';
import {
    SERIES_CODES, SeriesSet, seriesDiagnostic, seriesMessagesOf, summarizeMeeting, type MeetingSummary
} from '../language/series.js';

/** Where the index publishes and whose settings its messages follow; wired by the server module. */
export interface IndexHost {
    settings(): Pick<MinutesSettings, 'messageLanguage' | 'locale'>;
    publish(uri: string, diagnostics: Diagnostic[]): void;
}

/** The document's own diagnostics: those its validator wrote, without the series' problems. */
export function ownDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    return diagnostics.filter(d => !SERIES_CODES.has(String(d.code)));
}

/** The summaries of the workspace's minutes files, their series, and the series' diagnostics. */
export class WorkspaceIndex {
    readonly series = new SeriesSet();
    /** Series whose files changed since the last {@link refresh}. */
    private readonly dirty = new Set<string>();
    /** Own diagnostics of released files whose diagnostics are published (a closed file read again from disk). */
    private readonly releasedDiagnostics = new Map<string, Diagnostic[]>();
    /** The series' problems last given to each file, to publish only what changed. */
    private readonly lastSeries = new Map<string, string>();
    private readonly listeners: Array<() => void> = [];

    constructor(private readonly host: IndexHost) { }

    /** Adds or replaces a file's summary. */
    set(summary: MeetingSummary): void {
        for (const key of this.series.set(summary)) this.dirty.add(key);
        this.changed();
    }

    /** Forgets a file (deleted, or a document outside the workspace that was closed). */
    remove(uri: string): void {
        for (const key of this.series.delete(uri)) this.dirty.add(key);
        this.lastSeries.delete(uri);
        if (this.releasedDiagnostics.delete(uri)) this.host.publish(uri, []);
        this.changed();
    }

    /** Forgets every file in a folder that is gone (the watcher reports the folder). */
    removeUnder(folder: string): void {
        const prefix = folder.endsWith('/') ? folder : `${folder}/`;
        for (const summary of [...this.series.all()]) if (summary.uri.startsWith(prefix)) this.remove(summary.uri);
    }

    /** Calls `listener` (debounced by the caller) whenever a summary changes. */
    onDidChange(listener: () => void): void {
        this.listeners.push(listener);
    }

    private changed(): void {
        for (const listener of this.listeners) listener();
    }

    /** A validated document's own diagnostics with its series' problems, in document order. */
    withSeries(uri: string, diagnostics: readonly Diagnostic[]): Diagnostic[] {
        const series = this.seriesDiagnostics(uri);
        this.lastSeries.set(uri, JSON.stringify(series));
        return [...ownDiagnostics(diagnostics), ...series].sort(compareDiagnostics);
    }

    private seriesDiagnostics(uri: string): Diagnostic[] {
        const summary = this.series.get(uri);
        if (!summary) return [];
        const messages = seriesMessagesOf(this.host.settings(), summary);
        return this.series.problemsOf(uri).map(problem => seriesDiagnostic(problem, messages));
    }

    /** A document is released: its own diagnostics are kept (when published) so its series' problems can follow. */
    released(uri: string, diagnostics: readonly Diagnostic[] | undefined): void {
        if (diagnostics) this.releasedDiagnostics.set(uri, ownDiagnostics(diagnostics));
        else this.releasedDiagnostics.delete(uri);
    }

    /** A released file is loaded again (opened, or read after a change). */
    loaded(uri: string): void {
        this.releasedDiagnostics.delete(uri);
    }

    /**
     * After a build: every file of a changed series that was not validated in it gets its
     * series' problems again, published when they changed: open documents (`loaded`) and
     * closed files whose diagnostics are published. Files never validated get none.
     */
    refresh(loaded: (uri: string) => LangiumDocument | undefined, validated: ReadonlySet<string>): void {
        const keys = [...this.dirty];
        this.dirty.clear();
        for (const key of keys) {
            for (const uri of this.series.membersOf(key)) {
                if (validated.has(uri)) continue;
                const document = loaded(uri);
                const own = document ? document.diagnostics : this.releasedDiagnostics.get(uri);
                if (!own) continue;
                const series = this.seriesDiagnostics(uri);
                const fingerprint = JSON.stringify(series);
                if (this.lastSeries.get(uri) === fingerprint) continue;
                this.lastSeries.set(uri, fingerprint);
                const diagnostics = [...ownDiagnostics(own), ...series].sort(compareDiagnostics);
                if (document) document.diagnostics = diagnostics;
                this.host.publish(uri, diagnostics);
            }
        }
    }
}

/**
 * Langium's index manager, which also keeps the workspace index's summary of every document it
 * indexes. `release` forgets Langium's own entries of a document whose tree is released, but
 * keeps its summary; `remove` (a deleted document) forgets both.
 */
export class MinutesIndexManager extends DefaultIndexManager {
    constructor(services: LangiumSharedCoreServices, private readonly index: WorkspaceIndex) {
        super(services);
    }

    override async updateContent(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await super.updateContent(document, cancelToken);
        this.index.set(summarizeMeeting(document.parseResult.value as Document, document.uri.toString()));
    }

    override remove(uri: URI): void {
        super.remove(uri);
        this.index.remove(uri.toString());
    }

    /** Langium's entries of a released document; its summary stays. */
    release(uri: URI): void {
        super.remove(uri);
    }
}
