/**
 * The language server as VS Code and `minutes lsp` start it: out/server.cjs (built by
 * test/global-setup.ts). Its PDF back end is a bundle of its own, out/server-pdf.cjs, loaded at
 * the first PDF export (scripts/cli-bundle.mjs, pdfOutsideServerPlugin), so that the server
 * starts without reading, compiling and evaluating pdfkit and fontkit.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { describe, expect, test } from 'vitest';
import { ExportPdfRequest, type ExportPdfParams, type ExportPdfResult } from '../../common/contract.js';

const root = join(__dirname, '..', '..');

describe('out/server.cjs', () => {
    test('holds no PDF back end, and names the bundle that does', () => {
        const code = readFileSync(join(root, 'out', 'server.cjs'), 'utf8');
        expect(code).toContain('server-pdf.cjs');
        expect(code).not.toMatch(/^\/\/ \S*node_modules\/(?:pdfkit|fontkit|brotli)\//mu);
        expect(readFileSync(join(root, 'out', 'server-pdf.cjs'), 'utf8')).toMatch(/^\/\/ \S*node_modules\/pdfkit\//mu);
    });

    test('exports a PDF through its PDF back end', async () => {
        const child = spawn(process.execPath, [join(root, 'out', 'server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
        const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.onNotification('window/logMessage', () => undefined);
        connection.listen();
        try {
            await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
            await connection.sendNotification('initialized', {});
            const file = join(root, 'examples', 'brf-linden-2026-05-20.minutes');
            const uri = pathToFileURL(file).href;
            await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'minutes', version: 1, text: readFileSync(file, 'utf8') } });
            const result = await connection.sendRequest<ExportPdfResult>(ExportPdfRequest.method, { uri } satisfies ExportPdfParams);
            const pdf = Buffer.from(result.pdf, 'base64').toString('latin1');
            expect(pdf.startsWith('%PDF-1.7')).toBe(true);
            expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
            expect(result.errors).toBe(0);
        } finally {
            connection.dispose();
            child.kill();
        }
    }, 60_000);
});
