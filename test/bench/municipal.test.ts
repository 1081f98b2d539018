/**
 * bench/municipal.ts: the 1 MB municipal protocol that `npm run bench` times (pipeline-municipal-1mb)
 * must check clean, or the benchmark would time error reporting instead of the pipeline, and it
 * must hold what makes it a municipal protocol of the second edition: many § with groups, votes
 * with named voters, serving substitutes and conflicts of interest.
 */
import { describe, expect, test } from 'vitest';
import { isItem } from '../../language/generated/ast.js';
import { generateMunicipalProtocol } from '../../bench/municipal.js';
import { utf8Length } from '../../bench/generate.js';
import { check } from '../language/helpers.js';

describe('generateMunicipalProtocol', () => {
    test('is deterministic and about as long as asked', () => {
        const text = generateMunicipalProtocol(20_000);
        expect(generateMunicipalProtocol(20_000)).toBe(text);
        expect(utf8Length(text)).toBeGreaterThan(19_000);
        expect(utf8Length(text)).toBeLessThan(22_000);
    });

    test('1 MB: about 2,150 § with votes, substitutes and Jäv, and zero diagnostics', async () => {
        const text = generateMunicipalProtocol(1_000_000);
        expect(utf8Length(text)).toBeGreaterThan(990_000);
        const { document, diagnostics } = await check(text, { messageLanguage: 'sv' });
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(diagnostics.map(d => `${d.range.start.line + 1}: [${d.code}] ${d.message}`)).toEqual([]);
        const items = document.parseResult.value.items.filter(isItem);
        expect(items.length).toBeGreaterThan(2_100);
        expect(items.length).toBeLessThan(2_200);
        expect(text.match(/^Omröstning: /gmu)?.length).toBe(Math.floor(items.length / 3));
        expect(text.match(/^Jäv: /gmu)?.length).toBe(Math.floor(items.length / 3));
        expect(text).toMatch(/^Tjänstgörande ersättare:\n- Cristina Kvist \(V\), för Bo Eliasson \(V\) § \d+–\d+$/mu);
    }, 120_000);
});
