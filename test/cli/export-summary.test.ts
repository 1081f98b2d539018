/**
 * `minutes export --summary | --no-summary` (LANGUAGE-2.md section 8): the summary of decisions
 * and actions follows the rule set unless a flag says otherwise.
 */
import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';
import { runCliIn } from './run-cli.js';

const PROTOCOL = 'Protokoll: Styrelsen\nTid: 2026-03-12\n\n§ 1: Budget\nBeslut: Budgeten fastställs.\n';
const NOTES = 'Minnesanteckningar: Gruppen\nTid: 2026-03-12\n\nPunkt 1: Budget\nBeslut: Budgeten fastställs.\n';

const page = async (text: string, ...flags: string[]) => runCliIn(tmpdir(), ['export', '-', ...flags], {}, text);
const hasSummary = (html: string) => html.includes('<section class="minutes-summary">');

describe('the summary of decisions and actions', () => {
    test('by default as the rule set says: off for a Protokoll, on for Minnesanteckningar', async () => {
        expect(hasSummary((await page(PROTOCOL)).out)).toBe(false);
        expect(hasSummary((await page(NOTES)).out)).toBe(true);
    });

    test('--summary and --no-summary turn it on and off', async () => {
        expect(hasSummary((await page(PROTOCOL, '--summary')).out)).toBe(true);
        expect(hasSummary((await page(NOTES, '--no-summary')).out)).toBe(false);
    });

    test('both at once is a usage mistake', async () => {
        const both = await page(NOTES, '--summary', '--no-summary');
        expect(both.code).toBe(2);
        expect(both.err).toContain('--summary and --no-summary cannot be combined');
    });
});
