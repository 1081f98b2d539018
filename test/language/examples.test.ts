import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { check } from './helpers.js';

const sharedExamples = join(__dirname, '../../../shared/examples');
const ownExamples = join(__dirname, '../../examples');

function minutesFiles(dir: string): string[] {
    try {
        return readdirSync(dir).filter(f => f.endsWith('.minutes')).map(f => join(dir, f));
    } catch {
        return [];
    }
}

describe('acceptance examples', () => {
    const files = [...minutesFiles(sharedExamples), ...minutesFiles(ownExamples)];
    test('the shared examples are present', () => {
        expect(minutesFiles(sharedExamples).length).toBe(2);
    });
    for (const file of files) {
        test(`${file.split('/').slice(-2).join('/')} checks clean`, async () => {
            const { document, diagnostics } = await check(readFileSync(file, 'utf8'));
            expect(diagnostics.map(d => `${d.range.start.line + 1}: [${d.code}] ${d.message}`)).toEqual([]);
            expect(document.parseResult.parserErrors).toEqual([]);
            expect(document.parseResult.value.items.length).toBeGreaterThan(0);
        });
    }
});
