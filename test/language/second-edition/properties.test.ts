/**
 * Properties of the second edition's syntax over generated documents (fast-check): reading never
 * fails and never gives a parser error; formatting is idempotent, keeps every word and every
 * verdict; and a mistake on one line never changes how the lines after the next item line are
 * read (LANGUAGE-2.md, "Prose first").
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readLines } from '../../../language/minutes-lexer.js';
import { formatLineModel } from '../../../server/minutes-formatter.js';
import { check } from '../helpers.js';
import { applyEdits } from '../../server/helpers.js';
import { document } from './documents.js';

function format(text: string): string {
    return applyEdits(text, formatLineModel(readLines(text)));
}

function words(text: string): string[] {
    // `§1` and `Bilaga2` are written `§ 1` and `Bilaga 2`: the same words.
    return text.toLowerCase().replace(/([§\p{L}])(?=\d)/gu, '$1 ').split(/[\s:,]+/u).filter(word => word !== '' && !/^[-*•]$/u.test(word));
}

describe('properties of the second edition\'s syntax', () => {
    test('formatting is idempotent and keeps every word', () => {
        fc.assert(fc.property(document, text => {
            const once = format(text);
            expect(format(once)).toBe(once);
            expect(words(once)).toEqual(words(text));
        }), { seed: 12, numRuns: 2_000 });
    });

    test('reading never fails, gives no parser error, and formatting keeps the verdict', async () => {
        await fc.assert(fc.asyncProperty(document, async text => {
            const before = await check(text);
            expect(before.document.parseResult.parserErrors).toEqual([]);
            const after = await check(format(text));
            expect(after.document.parseResult.parserErrors).toEqual([]);
            const verdict = (diagnostics: typeof before.diagnostics) => diagnostics.map(d => `${d.code}/${d.severity}`).sort();
            expect(verdict(after.diagnostics)).toEqual(verdict(before.diagnostics));
        }), { seed: 12, numRuns: 40 });
    }, 120_000);

    test('a mistake on one line never changes how the lines after the next item line are read', () => {
        const mistake = fc.constantFrom(
            'Justering: i går', 'Ansvarig: Anna', 'Av: Bo', 'Deltagare: alla', 'Beslutande:', 'Dagordning:', 'Beslut:', 'Bilaga 7: X',
            'Omröstning:', 'Protokollsanteckning: text', 'Tid: snart', '- ', 'att', 'Grupper:', 'Avslutning: nu', 'Ledamöter:'
        );
        fc.assert(fc.property(document, mistake, fc.nat(), (text, wrong, at) => {
            const lines = text.split(/\r\n|\n/u);
            const position = 1 + (at % Math.max(1, lines.length));
            const withMistake = [...lines.slice(0, position), wrong, ...lines.slice(position)];
            const before = readLines(lines.join('\n')).lines;
            const after = readLines(withMistake.join('\n')).lines;
            const next = before.findIndex((l, i) => i >= position && l.kind === 'item');
            if (next < 0) return;
            const reading = (ls: typeof before, from: number) => ls.slice(from).map(l => `${l.kind}/${l.keyword ?? ''}`);
            expect(reading(after, next + 1)).toEqual(reading(before, next));
        }), { seed: 12, numRuns: 3_000 });
    });
});
