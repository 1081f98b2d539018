/** Vote counts as written after `Omröstning:`/`Vote:` (language/votes.ts). */
import { describe, expect, test } from 'vitest';
import { choiceOfList, readVoteCounts, totalVotes, withCounts, type VoteCounts } from '../../../language/votes.js';

function counts(text: string): [number, number, number] | string | undefined {
    const read: VoteCounts | undefined = readVoteCounts(text);
    if (!read) return undefined;
    return read.kind === 'counts' ? [read.for, read.against, read.abstain] : read.kind;
}

describe('readVoteCounts', () => {
    test.each([
        ['7 ja, 2 nej, 1 avstår', [7, 2, 1]],
        ['5 ja, 2 nej, 1 avstår', [5, 2, 1]],
        ['7 JA, 2 Nej', [7, 2, 0]],
        ['2 nej, 7 ja', [7, 2, 0]],
        ['7 ja och 2 nej', [7, 2, 0]],
        ['7 för, 2 mot, 1 avstod', [7, 2, 1]],
        ['7 ja-röster, 2 nej-röster', [7, 2, 0]],
        ['7–2–1', [7, 2, 1]],
        ['7-0', [7, 0, 0]],
        ['4-1-1', [4, 1, 1]],
        ['4 - 1 - 1', [4, 1, 1]],
        ['12—3', [12, 3, 0]],
        ['for 7, against 2, abstain 1', [7, 2, 1]],
        ['For: 7, Against: 2, Abstain: 1', [7, 2, 1]],
        ['7 in favour, 2 against', [7, 2, 0]],
        ['6 ayes, 1 nay, 2 abstentions.', [6, 1, 2]],
        ['4-1-1.', [4, 1, 1]],
        ['enhälligt', 'unanimous'],
        ['Enhälligt.', 'unanimous'],
        ['unanimous', 'unanimous'],
        ['Unanimously', 'unanimous'],
        ['acklamation', 'acclamation'],
        ['med acklamation', 'acclamation'],
        ['acclamation', 'acclamation'],
        ['by acclamation', 'acclamation'],
    ] as const)('%s', (text, expected) => {
        expect(counts(text)).toEqual(expected);
    });

    test.each([
        '', 'ja', '7', '7 ja, 7 ja', '7 ja, 2 nej, 1 avstår, 3 ja', 'bifall', '7-2-1-0', '7 –', '7 bananer',
        'for 7 against', '7 ja (se bilaga)', '1234567-0', 'majoritet', '7–2 enligt förslaget'
    ])('%j is not a vote count', text => {
        expect(readVoteCounts(text)).toBeUndefined();
    });

    test('the spans point at the numbers as written', () => {
        const read = readVoteCounts('for 7, against 12');
        expect(read).toMatchObject({ kind: 'counts', style: 'words', spans: { for: { start: 4, end: 5 }, against: { start: 15, end: 17 } } });
        expect(read?.kind === 'counts' && read.spans.abstain).toBeUndefined();
        const dash = readVoteCounts('7–2–1');
        expect(dash?.kind === 'counts' && totalVotes(dash)).toBe(10);
    });

    // Their time is measured by bench/linear.ts, with every `Omröstning:` line kind.
    test('long values are read to the end', () => {
        expect(readVoteCounts(`${'7 ja '.repeat(50_000)}x`)).toBeUndefined();
        expect(readVoteCounts(`7${' '.repeat(100_000)}-${' '.repeat(100_000)}2`)).toMatchObject({ for: 7, against: 2 });
    });
});

describe('choiceOfList', () => {
    test.each([['Ja:', 'for'], ['Yes', 'for'], ['AYE:', 'for'], ['Nej:', 'against'], ['No:', 'against'], ['Nay', 'against'],
        ['Avstår:', 'abstain'], ['Abstain:', 'abstain'], ['Kanske:', undefined]] as const)('%s', (keyword, choice) => {
        expect(choiceOfList(keyword)).toBe(choice);
    });
});

describe('withCounts', () => {
    test.each([
        ['7 ja, 2 nej, 1 avstår', 'sv', [5, 2, 1], '5 ja, 2 nej, 1 avstår'],
        ['7 ja, 2 nej', 'sv', [5, 2, 1], '5 ja, 2 nej, 1 avstår'],
        ['7–2', 'sv', [5, 2, 1], '5–2–1'],
        ['7 - 0', 'en', [6, 0, 0], '6 - 0'],
        ['for 7, against 2, abstain 1', 'en', [4, 1, 1], 'for 4, against 1, abstain 1'],
        ['6 ayes, 1 nay.', 'en', [6, 1, 2], '6 ayes, 1 nay, 2 abstain.'],
        ['enhälligt', 'sv', [5, 1, 0], '5 ja, 1 nej'],
        ['unanimous', 'en', [5, 1, 2], '5 for, 1 against, 2 abstain'],
    ] as const)('%s → %s', (text, lang, [yes, no, abstain], expected) => {
        expect(withCounts(text, { for: yes, against: no, abstain }, lang)).toBe(expected);
    });
});
