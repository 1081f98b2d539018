/**
 * How the server holds documents over a session, in Langium's own services: a document the
 * editor closes is released unless it is a workspace file; a file that is gone or unreadable is
 * reported and left out instead of ending the process; a failing parse of one document never
 * stops the build of the others; changes older than the text the server has are ignored; and
 * a file on disk that is not UTF-8 is noticed (the `encoding-guessed` warning). The workspace's
 * files are summarised, not built, at start-up, and the syntax trees of files that are not open
 * are released after each build; their summaries stay in the workspace index (workspace-index.ts).
 */
import { promises as fs } from 'node:fs';
import {
    Cancellation, DefaultDocumentBuilder, DefaultLangiumDocumentFactory, DefaultWorkspaceManager, DocumentState, URI,
    isOperationCancelled, type AstNode, type LangiumDocument, type Mutable, type Stream
} from 'langium';
import { DefaultDocumentUpdateHandler, NormalizedTextDocuments, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { guessEncoding, sourceEncodings } from '../language/text-decoding.js';
import { DocumentFailures, ReadFailure } from './document-failures.js';
import { MinutesIndexManager, type WorkspaceIndex } from './workspace-index.js';
import { summarizeText } from '../language/series-summary-tokens.js';
import type { MinutesServices } from '../language/minutes-module.js';

/** The editor's text documents, refusing a change whose version is not newer than the text the server has. */
export function versionCheckedTextDocuments(log: (message: string) => void): NormalizedTextDocuments<TextDocument> {
    return new NormalizedTextDocuments<TextDocument>({
        create: TextDocument.create,
        update(document, changes, version) {
            // Applying an old change to newer text would corrupt it; LSP versions only grow.
            if (version <= document.version) {
                log(`Ignored a change of ${document.uri} to version ${version}: the server already has version ${document.version}.`);
                return document;
            }
            return TextDocument.update(document, changes, version);
        }
    });
}

/**
 * Langium's document updates, but a failing update is logged instead of becoming an unhandled
 * rejection (which ends a Node process), and a closed document is released unless it is a
 * workspace file, which is read again from disk (the editor's unsaved text is gone with it).
 */
export class MinutesDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    constructor(services: LangiumSharedServices, private readonly failures: DocumentFailures) {
        super(services);
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (isWorkspaceFile(uri, this.workspaceManager.workspaceFolders)) this.fireDocumentUpdate([uri], []);
        else this.fireDocumentUpdate([], [uri]);
    }

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(token => this.documentBuilder.update(changed, deleted, token)))
            .catch(error => this.failures.log(`A document update failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
    }
}

/**
 * Runs `action` with the document at `uri` built, reading a closed workspace file whose tree
 * was released (or never built) from disk, and keeping it until `action` is done.
 */
export async function withDocument<T>(shared: LangiumSharedServices, uri: URI, action: () => Promise<T>): Promise<T> {
    await shared.workspace.WorkspaceManager.ready;
    const builder = shared.workspace.DocumentBuilder;
    return builder instanceof MinutesDocumentBuilder ? builder.withDocument(uri, shared.workspace.WorkspaceLock, action) : action();
}

/** Whether `uri` is a file the workspace manager loads: inside a workspace folder, not in a hidden folder, node_modules or out. */
export function isWorkspaceFile(uri: URI, folders: ReadonlyArray<{ uri: string }> | undefined): boolean {
    if (uri.scheme !== 'file') return false;
    return (folders ?? []).some(folder => {
        const root = URI.parse(folder.uri);
        if (root.scheme !== 'file') return false;
        const prefix = root.path.endsWith('/') ? root.path : `${root.path}/`;
        if (!uri.path.startsWith(prefix)) return false;
        const segments = uri.path.slice(prefix.length).split('/');
        const folderNames = segments.slice(0, -1);
        return !segments.some(name => name.startsWith('.')) && !folderNames.some(name => name === 'node_modules' || name === 'out');
    });
}

/** Files read at the same time at start-up (reads wait for the disk; summaries take the processor). */
const WORKSPACE_READS = 8;

/**
 * Loads the workspace's minutes files at start-up, leaving out (and logging) the ones that
 * cannot be read: Langium's own loader would reject, and the workspace would never be ready,
 * so no document of the session would get diagnostics or answers.
 */
export class MinutesWorkspaceManager extends DefaultWorkspaceManager {
    constructor(services: LangiumSharedServices, private readonly failures: DocumentFailures, private readonly index: WorkspaceIndex) {
        super(services);
    }

    /**
     * The workspace's files are read and summarised into the workspace index, not built: a
     * workspace of two thousand minutes would otherwise hold two thousand syntax trees. A file
     * is built when it is opened or changes on disk.
     */
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, _collector: (document: LangiumDocument) => void): Promise<void> {
        // A few files at a time: each text is summarised and dropped while it is young. Reading
        // them all at once held every text of the workspace until the last was read, and the
        // garbage collector spent as long as the summaries took.
        const queue = uris.toArray();
        let next = 0;
        const worker = async (): Promise<void> => {
            while (next < queue.length) await this.loadSummary(queue[next++]);
        };
        await Promise.all(Array.from({ length: Math.min(WORKSPACE_READS, queue.length) }, worker));
    }

    private async loadSummary(uri: URI): Promise<void> {
        try {
            const text = await this.fileSystemProvider.readFile(uri);
            const services = this.serviceRegistry.getServices(uri) as MinutesServices;
            this.index.set(summarizeText(services.parser, text, uri.toString()));
        } catch (error) {
            this.failures.log(`Left ${uri.toString()} out of the workspace: ${new ReadFailure(error).message}. It is read again when it changes.`);
        }
    }

    protected override async performStartup(folders: Parameters<DefaultWorkspaceManager['initializeWorkspace']>[0]): Promise<LangiumDocument[]> {
        try {
            return await super.performStartup(folders);
        } catch (error) {
            // Whatever went wrong, the open documents must still be served.
            this.failures.log(`Could not load the workspace: ${new ReadFailure(error).message}.`);
            this._ready.resolve();
            return [];
        }
    }
}

/**
 * Langium's document factory, but a document whose file cannot be read or whose text cannot be
 * parsed gets the parse result of an empty text and its failure is recorded: the build goes on for every other document. Before each parse of a file the bytes
 * on disk are checked for UTF-8 (only when the file changed since the last check).
 */
export class MinutesDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly checkedStamps = new Map<string, string>();

    constructor(services: LangiumSharedServices, private readonly failures: DocumentFailures) {
        super(services);
    }

    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        this.failures.clear(document.uri);
        await this.checkEncodingOnDisk(document.uri);
        try {
            return await super.update(document, cancellationToken);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            this.failures.report(document.uri, error instanceof ReadFailure ? 'read' : 'parse', error);
            return this.keepParsed(document, cancellationToken);
        }
    }

    protected override async getUpdatedText<T extends AstNode>(document: Mutable<LangiumDocument<T>>, textDocument: TextDocument | undefined, cancellationToken: Cancellation.CancellationToken): Promise<string> {
        try {
            return await super.getUpdatedText(document, textDocument, cancellationToken);
        } catch (error) {
            throw new ReadFailure(error);
        }
    }

    /** Forgets what was checked of a document that is gone. */
    forget(uri: URI): void {
        this.checkedStamps.delete(uri.toString());
        sourceEncodings.forget(uri.toString());
    }

    /**
     * The document with a parse result the later build phases can work on: that of an empty
     * text, so that no feature reads positions of an old tree against a new text.
     */
    private async keepParsed<T extends AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        document.parseResult = await this.parseAsync<T>(document.uri, '', cancellationToken);
        (document.parseResult.value as Mutable<AstNode>).$document = document;
        document.state = DocumentState.Parsed;
        return document;
    }

    /**
     * Records whether the file's bytes are UTF-8. VS Code decodes a file before the server sees
     * it, so only the bytes on disk can tell. A file that cannot be read is not checked.
     */
    private async checkEncodingOnDisk(uri: URI): Promise<void> {
        if (uri.scheme !== 'file') return;
        const key = uri.toString();
        try {
            const stats = await fs.stat(uri.fsPath);
            const stamp = `${stats.mtimeMs}:${stats.size}`;
            if (this.checkedStamps.get(key) === stamp) return;
            sourceEncodings.record(key, guessEncoding(await fs.readFile(uri.fsPath)));
            this.checkedStamps.set(key, stamp);
        } catch {
            this.forget(uri);
        }
    }
}

/**
 * Langium's document builder, but documents whose file could not be read and that are not
 * open are removed after the build (their diagnostics cleared), whatever the server
 * remembered of a removed document is forgotten, a change never relinks other documents, and
 * a document that reached a phase is always announced as such, even if the build was cancelled.
 * Each validated document's diagnostics carry its series' problems; after each build the
 * syntax trees of documents that are not open are released (their summaries stay in the
 * index) and the other files of the series that changed get their series' problems again.
 */
export class MinutesDocumentBuilder extends DefaultDocumentBuilder {
    /** Documents validated by the update under way. */
    private readonly validatedNow = new Set<string>();
    /** Closed documents a request is reading (minutes/exportHtml of a closed file): not released meanwhile. */
    private readonly held = new Map<string, number>();

    constructor(services: LangiumSharedServices, private readonly failures: DocumentFailures, private readonly index: WorkspaceIndex) {
        super(services);
        this.onUpdate((_changed, deleted) => {
            for (const uri of deleted) {
                this.failures.clear(uri);
                if (this.langiumDocumentFactory instanceof MinutesDocumentFactory) this.langiumDocumentFactory.forget(uri);
            }
        });
        // Registered before the language server's publisher, so what it publishes has the series' problems.
        this.onDocumentPhase(DocumentState.Validated, document => {
            const uri = document.uri.toString();
            this.validatedNow.add(uri);
            this.index.loaded(uri);
            if (document.diagnostics) document.diagnostics = this.index.withSeries(uri, document.diagnostics);
        });
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        // Released and never-built files are not Langium documents: the index forgets them here.
        for (const uri of deleted) {
            if (this.langiumDocuments.hasDocument(uri)) continue;
            this.index.remove(uri.toString());
            this.index.removeUnder(uri.toString());
        }
        this.validatedNow.clear();
        await super.update(changed, [...deleted, ...this.unreadableClosed()], cancelToken);
        const unreadable = this.unreadableClosed();
        if (unreadable.length > 0) await super.update([], unreadable, cancelToken);
        this.releaseClosed();
        this.index.refresh(uri => this.langiumDocuments.getDocument(URI.parse(uri)), this.validatedNow);
    }

    /** A file the index knows is read again like a loaded document: gone or unreadable, it is dropped and its diagnostics cleared. */
    protected override async findChangedUris(changed: URI): Promise<URI[]> {
        if (this.index.series.has(changed.toString())) return [changed];
        return super.findChangedUris(changed);
    }

    /**
     * Runs `action` with the document at `uri` built, reading it from disk when only its
     * summary is held, and keeps it from being released until `action` is done.
     */
    async withDocument<T>(uri: URI, lock: { write(action: (token: Cancellation.CancellationToken) => Promise<void>): Promise<void> }, action: () => Promise<T>): Promise<T> {
        const key = uri.toString();
        this.held.set(key, (this.held.get(key) ?? 0) + 1);
        try {
            if (!this.langiumDocuments.hasDocument(uri) && this.index.series.has(key)) {
                await lock.write(token => this.update([uri], [], token));
            }
            return await action();
        } finally {
            const count = (this.held.get(key) ?? 1) - 1;
            if (count > 0) this.held.set(key, count);
            else this.held.delete(key);
        }
    }

    /**
     * Releases the syntax trees of validated documents that are not open: their summaries stay
     * in the index, their published diagnostics with the client. Opening one builds it again.
     */
    private releaseClosed(): void {
        for (const document of this.langiumDocuments.all.toArray()) {
            const uri = document.uri;
            const key = uri.toString();
            if (document.state < DocumentState.Validated || this.textDocuments?.get(key) !== undefined || this.held.has(key)) continue;
            this.index.released(key, document.diagnostics);
            this.langiumDocuments.deleteDocument(uri);
            this.buildState.delete(key);
            if (this.indexManager instanceof MinutesIndexManager) this.indexManager.release(uri);
        }
    }

    /**
     * Langium relinks every document that has an unresolved reference whenever any document
     * changes, in case the change declares it. A minutes document resolves names only among its
     * own persons (language/minutes-scope.ts), so no change elsewhere can resolve them: without
     * this, each keystroke would check again every workspace file with an unknown name.
     * (Revisit when references across documents arrive.)
     */
    protected override shouldRelink(): boolean {
        return false;
    }

    /**
     * Tells every listener that `document` reached `state`, even when the build has been
     * cancelled meanwhile. Langium checks for cancellation before each listener and skips the
     * rest; but the document keeps its state, so no later build tells them again: a validated
     * document whose publication was skipped never got its diagnostics (until it changed), and
     * a request waiting for the phase waited as long. The build stops at its next step instead.
     */
    protected override notifyDocumentPhase(document: LangiumDocument, state: DocumentState): Promise<void> {
        return super.notifyDocumentPhase(document, state, Cancellation.CancellationToken.None);
    }

    /** Closed documents whose file could not be read at their last build. */
    private unreadableClosed(): URI[] {
        return this.failures.unreadable()
            .filter(uri => this.textDocuments?.get(uri) === undefined)
            .map(uri => URI.parse(uri))
            .filter(uri => this.langiumDocuments.hasDocument(uri));
    }
}
