/**
 * The limits that keep the language server answering (language/minutes-lexer.ts CHECK_LIMITS,
 * language/minutes-document-validator.ts MAX_DIAGNOSTICS) and the cheaper "did you mean …?"
 * (language/names.ts NameSuggestions), each as a reader sees the result.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CHECK_LIMITS } from '../../language/minutes-lexer.js';
import { MAX_DIAGNOSTICS } from '../../language/minutes-document-validator.js';
import { closestName, NameSuggestions } from '../../language/names.js';
import { renderBody } from '../../language/render/html.js';
import { check, summary } from '../language/helpers.js';

const HEAD = 'Minutes: Limits\nDate: 2026-03-12\nPresent:\n- Anna Berg\nAdjuster: Anna Berg\n';

describe('the unread rest of a document beyond the limits', () => {
    test('starts at the first line past the limit, with CRLF or lone CR line ends too', async () => {
        for (const eol of ['\n', '\r\n', '\r']) {
            const lines = [...HEAD.trimEnd().split('\n'), ...Array.from({ length: CHECK_LIMITS.lines }, (_, i) => `Line ${i}.`)];
            const { diagnostics, document } = await check(lines.join(eol) + eol);
            expect(summary(diagnostics), JSON.stringify(eol)).toEqual([`document-too-large@${CHECK_LIMITS.lines + 1}:1-${CHECK_LIMITS.lines + 1}:${`Line ${CHECK_LIMITS.lines - 5}.`.length + 1}`]);
            // The whole rest is one paragraph that ends on the last line.
            const html = renderBody(document.parseResult.value);
            expect(html).toContain(`Line ${CHECK_LIMITS.lines - 5}.`);
            expect(html).toContain(`Line ${CHECK_LIMITS.lines - 1}.</p>`);
        }
    });

    test('keywords in the unread rest are kept as text, not read', async () => {
        const text = HEAD + '\n'.repeat(CHECK_LIMITS.lines) + 'Item 1: Late\nDecision: <b>kept</b>\nChair: Nobody\n';
        const { diagnostics, document } = await check(text);
        expect(diagnostics.map(d => d.code)).toEqual(['document-too-large']);
        expect(document.parseResult.value.items).toEqual([]);
        expect(renderBody(document.parseResult.value)).toContain('Item 1: Late\nDecision: &lt;b&gt;kept&lt;/b&gt;\nChair: Nobody</p>');
    });

    test('blank lines beyond the limit leave nothing unread', async () => {
        expect((await check(HEAD + '\n'.repeat(CHECK_LIMITS.lines + 10))).diagnostics).toEqual([]);
    });

    test(`a role line splits off at most ${CHECK_LIMITS.namesPerLine} names; the rest stays in the last`, async () => {
        const text = HEAD.replace('Adjuster: Anna Berg', `Chair: ${Array.from({ length: 150 }, () => 'Anna Berg').join(', ')}\nAdjuster: Anna Berg`);
        const { diagnostics, document } = await check(text);
        const chair = document.parseResult.value.preamble.find(e => e.$type === 'ChairLine') as unknown as { chairs: Array<{ person: { $refText: string } }> };
        expect(chair.chairs).toHaveLength(CHECK_LIMITS.namesPerLine);
        expect(chair.chairs.at(-1)!.person.$refText).toBe(Array.from({ length: 51 }, () => 'Anna Berg').join(', '));
        // Several chairs are allowed (LANGUAGE-2.md); a secretary takes one name.
        expect(diagnostics.filter(d => d.code === 'syntax')).toHaveLength(0);
        const secretary = await check(HEAD.replace('Adjuster: Anna Berg', `Secretary: ${Array.from({ length: 150 }, () => 'Anna Berg').join(', ')}\nAdjuster: Anna Berg`));
        expect(secretary.diagnostics.filter(d => d.code === 'syntax')).toHaveLength(CHECK_LIMITS.namesPerLine - 1);
    });
});

describe(`at most ${MAX_DIAGNOSTICS.toLocaleString('en')} diagnostics`, () => {
    test('the first ones in document order, then one document-too-large where reporting stopped', async () => {
        const persons = Array.from({ length: MAX_DIAGNOSTICS + 500 }, () => '- Anna Berg').join('\n');
        const { diagnostics } = await check(`Minutes: Limits\nDate: 2026-03-12\nAdjuster: Anna Berg\nPresent:\n${persons}\n`);
        expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
        expect(diagnostics.slice(0, MAX_DIAGNOSTICS).every(d => d.code === 'person-duplicate')).toBe(true);
        const last = diagnostics[MAX_DIAGNOSTICS];
        expect(last.code).toBe('document-too-large');
        // Line 5 (0-based) holds the first duplicate; the 5,001st is on line 5 + 5,000.
        expect(diagnostics[0].range.start.line).toBe(5);
        expect(last.range.start.line).toBe(5 + MAX_DIAGNOSTICS);
    });
});

describe('diagnostic ranges stay on their line', () => {
    test('a node range that ends with its line break ends at the end of the line', async () => {
        const { diagnostics } = await check('Deltagare:\n- \n');
        for (const d of diagnostics) {
            const line = ['Deltagare:', '- ', ''][d.range.end.line];
            expect(d.range.end.character, `${d.code} ${JSON.stringify(d.range)}`).toBeLessThanOrEqual(line.length);
        }
        expect(summary(diagnostics).find(s => s.startsWith('syntax@2'))).toBe('syntax@2:1-2:3');
    });
});

describe('NameSuggestions', () => {
    test('suggests what closestName suggests, for any names', () => {
        const name = fc.oneof(fc.constantFrom('Anna Berg', 'Anna Berk', 'anna  berg', 'Bo Ek', 'Bo Ekk', 'Åsa Öberg', 'Asa Oberg', ''),
            fc.string({ maxLength: 6 }));
        fc.assert(fc.property(fc.array(name, { maxLength: 12 }), fc.array(name, { maxLength: 6 }), (declared, wanted) => {
            const suggestions = new NameSuggestions(declared);
            for (const w of wanted) expect(suggestions.closest(w)).toBe(closestName(w, declared));
        }), { seed: 11, numRuns: 500 });
    });

    test('stops suggesting when its budget (cells of the edit-distance table) is spent, and remembers what it found', () => {
        // 'anna berk' against 'anna berg': 39 cells and 2 for the two candidates; 'bo ekk' against 'bo ek': 21 + 2;
        // 'bo ekkk' could cost up to 37, more than the 36 left.
        const suggestions = new NameSuggestions(['Anna Berg', 'Bo Ek'], 100);
        expect(suggestions.closest('Anna Berk')).toBe('Anna Berg');
        expect(suggestions.closest('Bo Ekk')).toBe('Bo Ek');
        expect(suggestions.closest('Anna Berk')).toBe('Anna Berg');
        expect(suggestions.closest('Bo Ekkk')).toBeUndefined();
    });
});
