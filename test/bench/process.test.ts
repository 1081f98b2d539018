import { describe, expect, test } from 'vitest';
import { TWELVE_LINES } from '../../bench/process.js';
import { check } from '../language/helpers.js';

describe('the whole-process bench (bench/process.ts)', () => {
    test('times `minutes check` on twelve lines that check without an error, so the command exits 0', async () => {
        expect(TWELVE_LINES.split('\n').filter((_, i, all) => i < all.length - 1)).toHaveLength(12);
        const { document, diagnostics } = await check(TWELVE_LINES);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(diagnostics.filter(d => d.severity === 1).map(d => d.code)).toEqual([]);
    });
});
