/**
 * Language server entry: wires a connection (IPC when VS Code starts it, stdio for
 * `minutes lsp --stdio`) to the minutes services. Nothing else lives here.
 */
import '../language/polyfill.mjs';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createMinutesServices } from './minutes-server-module.js';
import { followClientSettings } from './minutes-settings.js';
import { registerRenderRequest } from './render-request.js';
import { registerSeriesRequests } from './series-requests.js';
import { DecodingFileSystemProvider } from '../common/read-text.js';
import { logTo, logUncaughtFailures } from './document-failures.js';

/** Starts the server on the process's IPC channel or stdin/stdout, as the command line asks. */
export function startServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    logUncaughtFailures(logTo(connection));
    const { shared, Minutes } = createMinutesServices({ connection, fileSystemProvider: () => new DecodingFileSystemProvider() });
    registerRenderRequest(connection, shared);
    registerSeriesRequests(connection, shared, Minutes);
    followClientSettings(shared, Minutes.settings.Settings);
    startLanguageServer(shared);
}
