/**
 * The export never loses a file: a process exporting a large page over an existing one is killed
 * (SIGKILL, no chance to clean up) at random moments, many times. Afterwards the target is always
 * either the complete old page or the complete new one, never missing, never a mix or a
 * truncated file. What a kill can leave is the temporary file beside the target
 * (`.<name>.<pid>.<random>.tmp`), which is never the target itself.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..', '..');
/** Size of each page: large enough that writing and flushing it takes a while. */
const MEGABYTES = 12;
const KILLS = 40;
const SEED = 4_711;

let dir: string;
let child: string;

beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-export-kill-'));
    child = join(dir, 'export-child.cjs');
    await esbuild.build({
        absWorkingDir: ROOT, entryPoints: ['test/robustness/export-child.ts'], outfile: child, bundle: true, platform: 'node',
        target: 'node20', format: 'cjs', logLevel: 'warning'
    });
});

afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
});

function pageOf(fill: string): string {
    return `<!DOCTYPE html><p>${fill.repeat(MEGABYTES * 1024 * 1024)}</p>\n`;
}

const hash = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/**
 * Runs the child writing `fill` pages to `target` and kills it `killAfterMs` after it says it
 * starts writing (or lets it finish when undefined). Resolves with the time from "writing" to
 * the end, and whether it finished on its own.
 */
function exportAndKill(source: string, target: string, fill: string, killAfterMs?: number): Promise<{ ms: number; finished: boolean }> {
    return new Promise((resolve, reject) => {
        const process_ = spawn(process.execPath, [child, source, target, fill, String(MEGABYTES)], { stdio: ['ignore', 'pipe', 'pipe'] });
        let started = 0;
        let output = '';
        let errors = '';
        process_.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            if (!started && output.includes('writing\n')) {
                started = performance.now();
                if (killAfterMs !== undefined) setTimeout(() => process_.kill('SIGKILL'), killAfterMs);
            }
        });
        process_.stderr.on('data', (chunk: Buffer) => { errors += chunk.toString(); });
        process_.on('error', reject);
        process_.on('exit', (code, signal) => {
            if (code !== null && code !== 0) return reject(new Error(`the export failed (${code}): ${errors}`));
            resolve({ ms: started ? performance.now() - started : 0, finished: signal === null && output.includes('done\n') });
        });
    });
}

describe('killing an export mid-write', () => {
    test(`${KILLS} kills at random moments: the target is always the whole old or the whole new page`, async () => {
        const source = join(dir, 'möte.minutes');
        const target = join(dir, 'möte.html');
        writeFileSync(source, 'Minutes: Board\nDate: 2026-03-12\n');
        const pages = { a: pageOf('a'), b: pageOf('b') };
        const hashes = { a: hash(pages.a), b: hash(pages.b) };
        writeFileSync(target, pages.a);

        // How long one export takes from its start to its end, on this machine today.
        const calibration = await exportAndKill(source, target, 'b');
        expect(calibration.finished).toBe(true);
        expect(hash(readFileSync(target))).toBe(hashes.b);
        const window = Math.max(calibration.ms, 5);

        const delays = fc.sample(fc.double({ min: 0, max: 2, noNaN: true }), { seed: SEED, numRuns: KILLS }).map(f => f * window);
        const outcomes = { old: 0, new: 0, finished: 0, temporaryLeft: 0, partialTemporary: 0 };
        let current: 'a' | 'b' = 'b';
        for (const delay of delays) {
            const next: 'a' | 'b' = current === 'a' ? 'b' : 'a';
            const { finished } = await exportAndKill(source, target, next, delay);
            if (finished) outcomes.finished++;
            // The target exists and is exactly one of the two pages.
            const written = readFileSync(target);
            const found: 'a' | 'b' | undefined = hash(written) === hashes[current] ? current : hash(written) === hashes[next] ? next : undefined;
            expect(found, `after a kill at ${delay.toFixed(1)} ms the target is ${written.length} bytes of neither page`).toBeDefined();
            outcomes[found === current ? 'old' : 'new']++;
            current = found!;
            // Nothing else is left but the source, the target and the temporary file of the killed export.
            for (const name of readdirSync(dir)) {
                if (name === 'möte.minutes' || name === 'möte.html' || name === 'export-child.cjs') continue;
                expect(name).toMatch(/^\.möte\.html\.\d+\.[0-9a-f]{12}\.tmp$/u);
                outcomes.temporaryLeft++;
                if (statSync(join(dir, name)).size < pages.a.length) outcomes.partialTemporary++;
                unlinkSync(join(dir, name));
            }
            expect(readFileSync(source, 'utf8')).toBe('Minutes: Board\nDate: 2026-03-12\n');
        }
        console.log(`export killed ${KILLS} times within ${window.toFixed(0)} ms of starting: ` +
            `${outcomes.old} old page, ${outcomes.new} new page (${outcomes.finished} finished before the kill), ` +
            `${outcomes.temporaryLeft} temporary files left (${outcomes.partialTemporary} half-written)`);
        // The kills did land in the middle of writing: some left a half-written temporary file behind.
        expect(outcomes.partialTemporary).toBeGreaterThan(0);
        expect(outcomes.old + outcomes.new).toBe(KILLS);
    }, 240_000);
});
