/**
 * The server soak (issue 11): 1,000 open/change/close cycles over 100 documents of a workspace
 * whose files are deleted and made unreadable in between (test/robustness/soak.ts). The server
 * must end alive and answering. Its answer time and memory are figures of `npm run bench`.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { probe, runSoak, startSoak, type SoakSession } from './soak.js';

const LIMIT_MS = 10_000;
let soak: SoakSession | undefined;

afterAll(async () => {
    await soak?.dispose();
});

describe('server soak', () => {
    test('1,000 cycles over 100 documents with files deleted and made unreadable: the server is alive and answers', async () => {
        soak = await startSoak(100);
        expect(soak.unreadableTested, 'root without a user to switch to reads every file').toBe(true);
        await probe(soak.session, 'before', LIMIT_MS);
        const current = soak;
        await runSoak(soak, {
            cycles: 1_000, documents: 100, every: 100,
            checkpoint: async cycle => {
                expect(current.session.alive, `the server died before cycle ${cycle}: ${current.session.stderr.slice(-2_000)}`).toBe(true);
                await probe(current.session, `cycle-${cycle}`, LIMIT_MS).catch(error => { throw new Error(`${(error as Error).message}\nserver log:\n${current.session.log.slice(-3_000)}`); });
            }
        });
        await probe(soak.session, 'after', LIMIT_MS);
        expect(soak.session.alive, soak.session.stderr.slice(-2_000)).toBe(true);
        expect(await soak.session.stop()).toBe(0);
    }, 120_000);
});
