/** Rule sets (LANGUAGE-2.md, section 5): names, defaults per kind, the severity table, signatures. */
import { describe, expect, test } from 'vitest';
import {
    decisionSummaryByDefault, defaultRuleSet, readRuleSet, RULE_SETS, RULE_SEVERITIES, signatureBlock, type RuleCheck, type RuleSetId
} from '../../../language/rule-sets.js';
import { check } from '../helpers.js';
import { board } from './cases.js';

describe('reading Regler', () => {
    test.each([
        ['kommunallagen', 'kommunallagen'], ['KL', 'kommunallagen'], ['Kommun', 'kommunallagen'],
        ['förening', 'forening'], ['BRF', 'forening'], ['stämma', 'forening'], ['FÖRENING', 'forening'],
        ['anteckningar', 'anteckningar'],
        ['roberts', 'roberts'], ["Robert's Rules", 'roberts'], ['Robert’s  rules', 'roberts'], ['RONR', 'roberts'],
        ["Robert's Rules of Order", 'roberts'], ['roberts.', 'roberts'],
    ] as const)('%s → %s', (value, id) => {
        expect(readRuleSet(value)).toBe(id);
    });

    test.each(['', 'kommunallag', 'robert', 'föreningen', 'KL 2017', 'anteckning'])('%j names no rule set', value => {
        expect(readRuleSet(value)).toBeUndefined();
    });

    test.each([
        ['Protokoll', 'kommunallagen'], ['PROTOKOLL', 'kommunallagen'], ['Minnesanteckningar', 'anteckningar'],
        ['Minutes', 'roberts'], ['Protocol', 'roberts'], [undefined, 'anteckningar'],
    ] as const)('without Regler, %s follows %s', (kind, id) => {
        expect(defaultRuleSet(kind)).toBe(id);
    });
});

describe('the severity table', () => {
    // LANGUAGE-2.md section 5, column by column: E error, W warning, - not checked.
    const table: Record<RuleCheck, string> = {
        'adjuster-missing': 'E E W -',
        'approval-too-late': 'E W W -',
        'anslag-before-approval': 'E - - -',
        'anslag-late': 'W - - -',
        'vote-names-missing': 'W - - -',
        'voters-undeclared': 'W - - -',
        'motion-mover-missing': '- - - W',
    };
    const order: readonly RuleSetId[] = ['kommunallagen', 'forening', 'anteckningar', 'roberts'];

    test('is the table of the language', () => {
        expect([...RULE_SETS].sort()).toEqual([...order].sort());
        for (const [check, row] of Object.entries(table) as Array<[RuleCheck, string]>) {
            const written = order.map(id => {
                const severity = RULE_SEVERITIES[check][id];
                return severity === 'error' ? 'E' : severity === 'warning' ? 'W' : '-';
            }).join(' ');
            expect(written, check).toBe(row);
        }
        expect(Object.keys(RULE_SEVERITIES).sort()).toEqual(Object.keys(table).sort());
    });
});

/** A meeting without Justerare, whose kind and approval each case sets. */
function noAdjuster(kind: string, approval = 'Justering: 2022-10-10'): string {
    return `${kind}: Styrelsemöte
Tid: torsdag 2022-10-06 kl. 13.00–13.45

Deltagare:
- Anna Andersson
- Bo Berg

Ordförande: Anna Andersson
Sekreterare: Bo Berg

Punkt 1: Budget
Beslut: Budgeten fastställs.

${approval}
`;
}

describe('adjuster-missing and approval-too-late follow the rule set', () => {
    test('Protokoll (kommunallagen): an error on the header keyword', async () => {
        const { diagnostics } = await check(noAdjuster('Protokoll'), { messageLanguage: 'sv' });
        expect(diagnostics.map(d => [d.code, d.severity, d.range.start.line, d.range.end.character])).toEqual([['adjuster-missing', 1, 0, 10]]);
        expect(diagnostics[0].message).toBe('Protokollet måste justeras. Lägg till en rad "Justerare: Namn".');
    });

    test('Minnesanteckningar (anteckningar): a warning that offers approval at the next meeting', async () => {
        const { diagnostics } = await check(noAdjuster('Minnesanteckningar'), { messageLanguage: 'sv' });
        expect(diagnostics.map(d => [d.code, d.severity])).toEqual([['adjuster-missing', 2]]);
        expect(diagnostics[0].message).toContain('"Justering: vid nästa möte"');
    });

    test('English minutes (roberts): no adjuster needed, approval any time', async () => {
        const text = `Minutes: Board
Date: Thursday 2026-03-12
Present:
- Ada Lindqvist
Chair: Ada Lindqvist
Item 1: Budget
Decision: Approved.
Approval: 2026-06-30
`;
        expect((await check(text)).diagnostics).toEqual([]);
        const { diagnostics } = await check(text.replace('Minutes:', 'Protokoll:'));
        expect(diagnostics.map(d => [d.code, d.severity])).toEqual([['adjuster-missing', 1], ['approval-too-late', 1]]);
    });

    test('approval too late: an error in a Protokoll, a warning in Minnesanteckningar', async () => {
        const late = (kind: string) => noAdjuster(kind, 'Justering: 2022-10-28').replace('Sekreterare: Bo Berg', 'Sekreterare: Bo Berg\nJusterare: Anna Andersson');
        expect((await check(late('Protokoll'))).diagnostics.map(d => [d.code, d.severity])).toEqual([['adjuster-is-chair', 2], ['approval-too-late', 1]]);
        expect((await check(late('Minnesanteckningar'))).diagnostics.map(d => [d.code, d.severity])).toEqual([['adjuster-is-chair', 2], ['approval-too-late', 2]]);
    });
});

describe('the summary of decisions and actions', () => {
    test('is shown by default for anteckningar and roberts, not for kommunallagen and förening', async () => {
        const shown = async (text: string) => decisionSummaryByDefault((await check(text)).document.parseResult.value);
        expect(await shown(noAdjuster('Minnesanteckningar'))).toBe(true);
        expect(await shown(noAdjuster('Protokoll'))).toBe(false);
        expect(await shown(noAdjuster('Minnesanteckningar').replace('Tid:', 'Regler: BRF\nTid:'))).toBe(false);
        expect(await shown('Minutes: Board\nDate: 2026-03-16\n')).toBe(true);
    });
});

describe('signature block', () => {
    const doc = async (text: string) => (await check(text)).document.parseResult.value;

    test('a Protokoll: the secretary, the chair and the adjusters', async () => {
        const block = signatureBlock(await doc(noAdjuster('Protokoll').replace('Sekreterare: Bo Berg', 'Sekreterare: Bo Berg\nJusterare: Anna Andersson')));
        expect(block).toEqual({
            rules: 'kommunallagen',
            signers: [
                { role: 'secretary', label: 'Vid protokollet', name: 'Bo Berg', resolved: true, line: expect.any(Number) },
                { role: 'chair', label: 'Ordförande', name: 'Anna Andersson', resolved: true, line: expect.any(Number) },
                { role: 'adjuster', label: 'Justeras', name: 'Anna Andersson', resolved: true, line: expect.any(Number) },
            ],
            approval: undefined
        });
    });

    test('Minnesanteckningar: the secretary and the adjusters, no chair', async () => {
        const block = signatureBlock(await doc(noAdjuster('Minnesanteckningar').replace('Sekreterare: Bo Berg', 'Sekreterare: Bo Berg\nJusterare: Anna Andersson')));
        expect(block.rules).toBe('anteckningar');
        expect(block.signers.map(s => `${s.label}: ${s.name}`)).toEqual(['Vid anteckningarna: Bo Berg', 'Justeras: Anna Andersson']);
    });

    test('English minutes: "Respectfully submitted" by the secretary, and the approval date; the labels follow the view language', async () => {
        const minutes = await doc(board('Date: Thursday 2026-03-12', 'Approval: 2026-03-20', 'Item 1: Budget'));
        expect(signatureBlock(minutes)).toEqual({
            rules: 'roberts',
            signers: [{ role: 'secretary', label: 'Respectfully submitted', name: 'Ben Okafor', resolved: true, line: expect.any(Number) }],
            approval: { date: '2026-03-20', text: 'Approved' }
        });
        expect(signatureBlock(minutes, 'sv').signers[0].label).toBe('Vid protokollet');
    });
});
