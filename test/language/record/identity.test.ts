/**
 * Personal identity and coordination numbers (language/identity.ts) and the
 * `personal-id-number` warning (language/checks/identity.ts): the forms, the check digit, the
 * dates, where they stand in a document, and a property test against a pattern-based reading.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findIdentityNumbers, hasIdentityNumber, luhnValid, maskIdentityNumbers } from '../../../language/identity.js';
import { check, summary } from '../helpers.js';
import { protocolWith } from './documents.js';

const found = (text: string) => findIdentityNumbers(text).map(n => n.text);

describe('findIdentityNumbers', () => {
    test('the three forms with a valid check digit', () => {
        expect(found('Sökande 811228-9874 och 19811228-9874, född 1881: 811228+9874.')).toEqual(['811228-9874', '19811228-9874', '811228+9874']);
    });

    test('coordination numbers (day + 60)', () => {
        expect(found('samordningsnummer 701063-2391')).toEqual(['701063-2391']);
        expect(found('701093-2391')).toEqual([]);
    });

    test('a wrong check digit, a date that does not exist, other digit groups', () => {
        expect(found('811228-9875')).toEqual([]);
        expect(found('811328-9874 811232-9874 810229-1234')).toEqual([]);
        expect(found('2026-02-17 kl. 13.00–16.10, dnr 2026-123, tel. 08-123 456 78, 1811228-9874, 811228-98741')).toEqual([]);
        expect(found('19811228+9874')).toEqual([]);
    });

    test('29 February only in years that may be leap years', () => {
        const withCheckDigit = (nine: string): string => {
            const digit = [...'0123456789'].find(d => luhnValid(nine + d))!;
            return `${nine.slice(0, 6)}-${nine.slice(6)}${digit}`;
        };
        const leap = withCheckDigit('000229123');
        const common = withCheckDigit('010229123');
        expect(found(`${leap} ${common}`)).toEqual([leap]);
        expect(found(`19${common} 20${leap} 19${leap}`)).toEqual([`20${leap}`]);
    });

    test('offsets point at the number as written', () => {
        const text = 'Per 811228-9874, Anna 701063-2391';
        for (const n of findIdentityNumbers(text)) expect(text.slice(n.start, n.end)).toBe(n.text);
    });

    test('masking replaces each number and nothing else', () => {
        expect(maskIdentityNumbers('Per 811228-9874, Anna 701063-2391.', '[pnr]')).toBe('Per [pnr], Anna [pnr].');
        expect(maskIdentityNumbers('inget här', '[pnr]')).toBe('inget här');
        expect(hasIdentityNumber('x 19121212-1212 y')).toBe(true);
    });

    test('finds what a pattern-based reading finds, on random text', () => {
        const reference = (text: string): string[] => {
            const out: string[] = [];
            for (const m of text.matchAll(/(?<!\d)(?:(\d{8})-|(\d{6})([-+]))(\d{4})(?!\d)/gu)) {
                const date = m[1] ?? m[2];
                const short = date.slice(-6);
                const year = Number(date.slice(0, date.length - 4));
                const month = Number(short.slice(2, 4));
                const rawDay = Number(short.slice(4, 6));
                const day = rawDay > 60 ? rawDay - 60 : rawDay;
                const leap = date.length === 6 ? year % 4 === 0 : (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
                const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
                const yearOk = date.length === 6 || (year >= 1800 && year <= 2199);
                if (yearOk && month >= 1 && month <= 12 && day >= 1 && day <= days && luhnValid(short + m[4])) out.push(m[0]);
            }
            return out;
        };
        const piece = fc.oneof(
            fc.constantFrom('811228-9874', '19811228-9874', '701063-2391', '811228+9874', '121212-1212', '-', '+', ' ', 'x', '\n'),
            fc.stringMatching(/^\d{1,9}$/u)
        );
        fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), pieces => {
            const text = pieces.join('');
            expect(found(text)).toEqual(reference(text));
        }), { numRuns: 2000, seed: 20260312 });
    });
});

describe('personal-id-number', () => {
    const doc = protocolWith;

    test('in prose, in a bullet, in a fenced block and in a comment: one warning each, on the number', async () => {
        const { diagnostics } = await check(doc('Sökande 811228-9874.\n- 701063-2391\n```\nPnr: 19121212-1212\n```\n// 811228+9874'));
        expect(summary(diagnostics.filter(d => d.code === 'personal-id-number'))).toEqual([
            'personal-id-number@11:9-11:20', 'personal-id-number@12:3-12:14', 'personal-id-number@14:6-14:19', 'personal-id-number@16:4-16:15'
        ]);
        expect(diagnostics.every(d => d.code !== 'personal-id-number' || d.severity === 2)).toBe(true);
    });

    test('the message quotes the number and names the keyword as the document spells it', async () => {
        const sv = (await check(doc('811228-9874'), { messageLanguage: 'sv' })).diagnostics.find(d => d.code === 'personal-id-number');
        expect(sv?.message).toBe('"811228-9874" ser ut som ett personnummer. Ett protokoll som ska publiceras får inte innehålla det: ta bort numret eller markera punkten med en rad "Sekretess: …", så utelämnas den ur den offentliga versionen.');
        const forced = (await check(doc('811228-9874'), { messageLanguage: 'en' })).diagnostics.find(d => d.code === 'personal-id-number');
        expect(forced?.message).toContain('"811228-9874" looks like a Swedish personal identity number');
        expect(forced?.message).toContain('a line "Sekretess: …"');
    });
});
