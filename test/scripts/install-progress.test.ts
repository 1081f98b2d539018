import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const SCRIPT = join(__dirname, '../../scripts/install-progress.mjs');
const dir = mkdtempSync(join(tmpdir(), 'minutes-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the filter on `before`; once it has printed a progress line that matches `progressShown`,
 * sends `after` and ends its input. Returns its exit status and standard error.
 */
function filter(logFile: string, before: string[], progressShown: RegExp, after: string[]): Promise<{ status: number | null; stderr: string }> {
    return new Promise(resolve => {
        const child = spawn(process.execPath, [SCRIPT, logFile, 'install-code-server'], {
            env: { ...process.env, MINUTES_PROGRESS_EVERY_MS: '50' }, stdio: ['pipe', 'ignore', 'pipe']
        });
        let stderr = '';
        child.stderr.on('data', chunk => {
            stderr += String(chunk);
            if (progressShown.test(stderr) && child.stdin.writable) child.stdin.end(after.map(line => `${line}\n`).join(''));
        });
        child.on('close', status => resolve({ status, stderr }));
        child.stdin.write(before.map(line => `${line}\n`).join(''));
    });
}

describe('scripts/install-progress.mjs: a long npm install shows progress', () => {
    test('elapsed time, downloads and the running install script; warnings pass through; the whole log is kept', async () => {
        const logFile = join(dir, 'install.log');
        const before = [
            'npm http fetch GET 200 https://registry.npmjs.org/code-server 120ms (cache miss)',
            'npm http fetch GET 200 https://registry.npmjs.org/node-pty 80ms (cache miss)',
            'npm warn deprecated inflight@1.0.6: This module is not supported',
            'npm info run code-server@4.100.3 postinstall node_modules/code-server sh ./postinstall.sh',
            'added 1 package from the script'
        ];
        const after = [
            'npm info run code-server@4.100.3 postinstall { code: 0, signal: null }',
            'npm http fetch GET 200 https://registry.npmjs.org/ripgrep 80ms (cache miss)'
        ];
        const running = /^\[install-code-server\] 0:0\d {2}2 downloads, running code-server@4\.100\.3 postinstall for 0:0\d$/mu;
        const { status, stderr } = await filter(logFile, before, running, after);
        expect(status).toBe(0);
        const lines = stderr.trimEnd().split('\n');
        expect(lines).toContain('npm warn deprecated inflight@1.0.6: This module is not supported');
        expect(stderr).toMatch(running);
        expect(lines.at(-1)).toMatch(/^\[install-code-server\] finished after 0:0\d: 3 downloads, 1 install scripts$/u);
        expect(stderr).not.toContain('added 1 package from the script');
        expect(readFileSync(logFile, 'utf8')).toBe([...before, ...after].map(line => `${line}\n`).join(''));
    });
});
