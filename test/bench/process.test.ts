import { describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { processFiles, TWELVE_LINES } from '../../bench/process.js';
import { check } from '../language/helpers.js';

describe('the whole-process bench (bench/process.ts)', () => {
    test('times `minutes check` on twelve lines that check without an error, so the command exits 0', async () => {
        expect(TWELVE_LINES.split('\n').filter((_, i, all) => i < all.length - 1)).toHaveLength(12);
        const { document, diagnostics } = await check(TWELVE_LINES);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(diagnostics.filter(d => d.severity === 1).map(d => d.code)).toEqual([]);
    });

    test('the twelve lines are alone in their folder: `minutes check` reads its folder\'s minutes too (the series)', () => {
        const dir = mkdtempSync(join(tmpdir(), 'minutes-process-test-'));
        try {
            const files = processFiles(dir, process.cwd(), 'Minnesanteckningar: Stort\n', '# Stort\n');
            expect(readdirSync(dirname(files.small))).toEqual(['small.minutes']);
            expect(dirname(files.big)).not.toBe(dirname(files.small));
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
