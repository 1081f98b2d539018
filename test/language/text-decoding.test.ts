/**
 * Reading bytes as text without losing any (language/text-decoding.ts): UTF-8 stays UTF-8, other
 * bytes are read as Windows-1252 and the line of the first one is known, for the warning.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../language/text-decoding.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const latin = (text: string) => Uint8Array.from([...text].map(c => c.charCodeAt(0)));

describe('decodeText', () => {
    test('valid UTF-8 is read as UTF-8, a byte order mark kept as the text had it', () => {
        const utf8 = new TextEncoder().encode('\uFEFFMinnesanteckningar: Styrelsemöte 😀 – §');
        expect(decodeText(utf8)).toEqual({ text: '\uFEFFMinnesanteckningar: Styrelsemöte 😀 – §' });
    });

    test('Swedish text saved as Windows-1252 is read as such, with the line of the first byte that is not UTF-8', () => {
        const decoded = decodeText(latin('Minnesanteckningar: M\u00f6te\r\nTid: 2026-05-20\n\u00c5ke \u0096 \u0080 5\n'));
        expect(decoded.text).toBe('Minnesanteckningar: Möte\r\nTid: 2026-05-20\nÅke – € 5\n');
        expect(decoded.guess).toEqual({ encoding: 'windows-1252', line: 0 });
        expect(decodeText(latin('a\nb\rc\r\nd \u00e4')).guess).toEqual({ encoding: 'windows-1252', line: 3 });
    });

    test('every byte 0x80–0x9F has its Windows-1252 character (the unassigned five are C1 controls)', () => {
        const decoded = decodeText(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i)).text;
        expect(decoded).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    });

    test('a large file is decoded completely', () => {
        const big = new Uint8Array(100_000).fill(0xe4);
        expect(decodeText(big).text).toBe('ä'.repeat(100_000));
    });

    test('reads bytes as UTF-8 exactly when firstInvalidUtf8 finds nothing (the strict decoder and the scan agree)', () => {
        // Bytes near the UTF-8 boundaries, so that valid and invalid sequences of every length occur.
        const byte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }));
        fc.assert(fc.property(fc.array(byte, { maxLength: 12 }), values => {
            const input = Uint8Array.from(values);
            const valid = firstInvalidUtf8(input) === -1;
            expect(decodeText(input).guess === undefined).toBe(valid);
        }), { numRuns: 20_000 });
    });
});

describe('firstInvalidUtf8', () => {
    test('finds overlong forms, surrogates, code points past U+10FFFF and cut sequences', () => {
        expect(firstInvalidUtf8(bytes(0x61, 0xc3, 0xa4))).toBe(-1);
        expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0xaf))).toBe(1);
        expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0);
        expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
        expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
        expect(firstInvalidUtf8(bytes(0xf0, 0x9f, 0x98, 0x80))).toBe(-1);
        expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xe2, 0x80))).toBe(2);
        expect(firstInvalidUtf8(bytes(0x80))).toBe(0);
    });
});
