/**
 * The language client: starts the bundled server (out/server.cjs) in its own Node process,
 * talking over IPC, for minutes documents on disk and unsaved ones, and forwards the
 * `minutes` settings to it.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';

/** Creates (does not start) the client for the minutes language server. */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'minutes' },
            { scheme: 'untitled', language: 'minutes' },
        ],
        // Files changed outside the editor keep the server's workspace index (the series) current.
        synchronize: { configurationSection: 'minutes', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.minutes') },
    };
    return new LanguageClient('minutes', 'Minutes', serverOptions, clientOptions);
}
