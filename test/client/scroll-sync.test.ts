import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type LineBlock, lineForOffset, normalizeBlocks, offsetForLine } from '../../client/preview-src/scroll-sync.js';

// A preview of blocks at source lines 0, 4, 9, 10 and 20, laid out from 40 px down.
const blocks: LineBlock[] = normalizeBlocks([
    { line: 0, top: 40, height: 80 },
    { line: 4, top: 140, height: 60 },
    { line: 9, top: 220, height: 20 },
    { line: 10, top: 260, height: 100 },
    { line: 20, top: 400, height: 50 },
]);

describe('normalizeBlocks', () => {
    test('sorts by line and keeps the outermost block of a line', () => {
        const result = normalizeBlocks([
            { line: 5, top: 300, height: 10 },
            { line: 2, top: 100, height: 200 }, // item section
            { line: 2, top: 110, height: 20 }, // its heading, same line
            { line: 0, top: 0, height: 90 },
        ]);
        expect(result.map(b => [b.line, b.top])).toEqual([[0, 0], [2, 100], [5, 300]]);
    });

    test('drops blocks whose top is not below the previous one (tops must grow with the line)', () => {
        const result = normalizeBlocks([
            { line: 1, top: 100, height: 10 },
            { line: 2, top: 90, height: 10 }, // floats above line 1
            { line: 3, top: 130, height: 10 },
        ]);
        expect(result.map(b => b.line)).toEqual([1, 3]);
    });

    test('ignores blocks without a usable line or position', () => {
        expect(normalizeBlocks([
            { line: Number.NaN, top: 10, height: 1 },
            { line: -1, top: 20, height: 1 },
            { line: 3, top: Number.NaN, height: 1 },
        ])).toEqual([]);
    });
});

describe('offsetForLine', () => {
    test('a block\'s own line maps to its top', () => {
        expect(offsetForLine(blocks, 4)).toBe(140);
        expect(offsetForLine(blocks, 10)).toBe(260);
    });

    test('lines between two blocks are interpolated between their tops', () => {
        // Line 2 is halfway from line 0 (40 px) to line 4 (140 px).
        expect(offsetForLine(blocks, 2)).toBe(90);
        expect(offsetForLine(blocks, 15)).toBe(330);
        expect(offsetForLine(blocks, 9.5)).toBe(240);
    });

    test('after the last block one line counts as its height, and no further', () => {
        expect(offsetForLine(blocks, 20.5)).toBe(425);
        expect(offsetForLine(blocks, 99)).toBe(450);
    });

    test('without blocks the top of the page', () => {
        expect(offsetForLine([], 12)).toBe(0);
    });

    test('lines before the first block lead up to it from the top of the page', () => {
        const late = normalizeBlocks([{ line: 4, top: 200, height: 10 }, { line: 8, top: 300, height: 10 }]);
        expect(offsetForLine(late, 0)).toBe(0);
        expect(offsetForLine(late, 2)).toBe(100);
    });
});

describe('lineForOffset', () => {
    test('a block\'s top maps to its line', () => {
        expect(lineForOffset(blocks, 140)).toBe(4);
        expect(lineForOffset(blocks, 400)).toBe(20);
    });

    test('offsets between tops are interpolated between the lines', () => {
        expect(lineForOffset(blocks, 90)).toBe(2);
        expect(lineForOffset(blocks, 330)).toBe(15);
    });

    test('above the first block the page top is line 0', () => {
        expect(lineForOffset(blocks, 0)).toBe(0);
        expect(lineForOffset(blocks, 20)).toBe(0);
    });

    test('past the last block at most one line further', () => {
        expect(lineForOffset(blocks, 425)).toBe(20.5);
        expect(lineForOffset(blocks, 5000)).toBe(21);
    });

    test('is the inverse of offsetForLine within the blocks', () => {
        const layout = fc.array(fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 200 })), { minLength: 1, maxLength: 40 })
            .map(steps => {
                let line = 0;
                let top = 0;
                return normalizeBlocks(steps.map(([lines, pixels]) => {
                    const block = { line, top, height: pixels };
                    line += lines;
                    top += pixels;
                    return block;
                }));
            });
        fc.assert(fc.property(layout, fc.double({ min: 0, max: 1, noNaN: true }), (laid, fraction) => {
            const last = laid[laid.length - 1];
            const line = fraction * (last.line + 1);
            expect(lineForOffset(laid, offsetForLine(laid, line))).toBeCloseTo(line, 6);
        }));
    });

    test('grows with the offset (binary search over sorted blocks)', () => {
        let previous = -1;
        for (let offset = 0; offset <= 500; offset += 5) {
            const line = lineForOffset(blocks, offset);
            expect(line).toBeGreaterThanOrEqual(previous);
            previous = line;
        }
    });
});
