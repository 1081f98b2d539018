import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { check } from './helpers.js';

const ownExamples = join(__dirname, '../../examples');
const fixtures = join(__dirname, '../fixtures');

function minutesFiles(dir: string): string[] {
    try {
        return readdirSync(dir).filter(f => f.endsWith('.minutes')).map(f => join(dir, f));
    } catch {
        return [];
    }
}

// The acceptance examples beside the repository are checked by `npm run test:acceptance`.
describe('the project\'s examples and test fixtures', () => {
    const files = [...minutesFiles(fixtures), ...minutesFiles(ownExamples)];
    test('the fixtures and examples are present', () => {
        expect(minutesFiles(fixtures).length).toBe(2);
        expect(minutesFiles(ownExamples).length).toBeGreaterThan(0);
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
