/**
 * The real language server (`node bin/minutes.cjs lsp --stdio`) driven as an LSP editor drives
 * it, with a time limit on every answer: for the pathological-input tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    ConfigurationRequest, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, type FileChangeType, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
    ExitNotification, InitializedNotification, InitializeRequest, LogMessageNotification, PublishDiagnosticsNotification, RegistrationRequest,
    ShutdownRequest, StreamMessageReader, StreamMessageWriter, WorkDoneProgressCreateRequest, createProtocolConnection,
    type Diagnostic, type ProtocolConnection, type ProtocolRequestType
} from 'vscode-languageserver/node';

/** The repository: found upwards from this file, which the benchmark bundles into out/. */
const ROOT = ((): string => {
    let dir = __dirname;
    while (!existsSync(join(dir, 'bin', 'minutes.cjs')) && dirname(dir) !== dir) dir = dirname(dir);
    return dir;
})();

/** A promise that rejects with `what` when it has not settled within `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class LspSession {
    private readonly published = new Map<string, { count: number; diagnostics: Diagnostic[] }>();
    private readonly waiters: Array<{ uri: string; after: number; accept: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
    /** The server's standard error, kept short: it must be read, or a chatty server would block. */
    stderr = '';
    /** What the server logged to the client (window/logMessage), kept short. */
    log = '';

    private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection) { }

    /**
     * Starts `minutes lsp --stdio`; `workspaceFolder` (a path) is announced as the editor's
     * workspace, `user` runs the server as another user (for unreadable files: root reads all).
     */
    static async start(options: { workspaceFolder?: string; user?: { uid: number; gid: number } } = {}): Promise<LspSession> {
        const child = spawn(process.execPath, [join(ROOT, 'bin', 'minutes.cjs'), 'lsp', '--stdio'], {
            cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], ...options.user
        });
        const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        const session = new LspSession(child, connection);
        child.stderr!.on('data', (chunk: Buffer) => {
            session.stderr = (session.stderr + chunk.toString('utf8')).slice(-20_000);
        });
        connection.onNotification(PublishDiagnosticsNotification.type, params => session.onPublish(params.uri, params.diagnostics));
        connection.onNotification(LogMessageNotification.type, params => {
            session.log = (session.log + params.message + '\n').slice(-20_000);
        });
        connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => item.section === 'minutes' ? { messageLanguage: 'en' } : null));
        connection.onRequest(RegistrationRequest.type, () => undefined);
        connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
        connection.listen();
        await within(connection.sendRequest(InitializeRequest.type, {
            // The server exits when it cannot signal this process, which another user cannot (EPERM): no watchdog then.
            processId: options.user ? null : process.pid,
            rootUri: options.workspaceFolder ? pathToFileURL(options.workspaceFolder).href : null,
            workspaceFolders: options.workspaceFolder ? [{ uri: pathToFileURL(options.workspaceFolder).href, name: 'workspace' }] : null,
            locale: 'en',
            capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: {} } }
        }), 20_000, 'initialize');
        await connection.sendNotification(InitializedNotification.type, {});
        return session;
    }

    private onPublish(uri: string, diagnostics: Diagnostic[]): void {
        const entry = { count: (this.published.get(uri)?.count ?? 0) + 1, diagnostics };
        this.published.set(uri, entry);
        for (const waiter of [...this.waiters]) {
            if (waiter.uri === uri && entry.count > waiter.after && waiter.accept(diagnostics)) {
                this.waiters.splice(this.waiters.indexOf(waiter), 1);
                waiter.resolve(diagnostics);
            }
        }
    }

    /** How many times diagnostics were published for `uri` so far; pass it to {@link nextDiagnostics}. */
    publishCount(uri: string): number {
        return this.published.get(uri)?.count ?? 0;
    }

    /**
     * The first diagnostics published for `uri` after the `after`-th that `accept` accepts, within
     * `ms`. (Another document's build may publish this one's unchanged diagnostics first.)
     */
    nextDiagnostics(uri: string, after: number, ms: number, accept: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
        const current = this.published.get(uri);
        if (current && current.count > after && accept(current.diagnostics)) return Promise.resolve(current.diagnostics);
        let last: Diagnostic[] | undefined;
        return within(new Promise<Diagnostic[]>(resolve => this.waiters.push({ uri, after, accept: d => (last = d, accept(d)), resolve })), ms,
            `diagnostics for ${uri}`).catch(error => {
            throw new Error(`${(error as Error).message}${last ? `; last published: ${JSON.stringify(last.map(d => d.code))}` : ''}`);
        });
    }

    async open(uri: string, text: string, version = 1): Promise<void> {
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version, text } });
    }

    async change(uri: string, text: string, version: number): Promise<void> {
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    async close(uri: string): Promise<void> {
        await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }

    /** Tells the server that files changed on disk, as an editor's file watcher does. */
    async filesChanged(changes: Array<{ uri: string; type: FileChangeType }>): Promise<void> {
        await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
    }

    request<P, R, PR, E, RO>(type: ProtocolRequestType<P, R, PR, E, RO>, params: P, ms: number, what: string): Promise<R> {
        return within(this.connection.sendRequest<R>(type.method, params), ms, what);
    }

    get alive(): boolean {
        return this.process.exitCode === null && this.process.signalCode === null;
    }

    /** Shuts the server down politely; kills it if it does not exit. */
    async stop(): Promise<number | null> {
        if (!this.alive) return this.process.exitCode;
        const exited = new Promise<number | null>(resolve => this.process.once('exit', code => resolve(code)));
        try {
            await within(this.connection.sendRequest(ShutdownRequest.type), 10_000, 'shutdown');
            await this.connection.sendNotification(ExitNotification.type);
            return await within(exited, 10_000, 'exit');
        } catch {
            this.process.kill('SIGKILL');
            return null;
        } finally {
            this.connection.dispose();
        }
    }
}
