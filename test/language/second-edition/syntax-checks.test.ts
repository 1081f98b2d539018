/**
 * `syntax` on each malformed line of the second edition, on its precise range, in the reader's
 * language quoting the document's words; and a near miss that stays clean.
 */
import { describe, expect, test } from 'vitest';
import { check, summary } from '../helpers.js';

async function syntax(text: string, messageLanguage: 'sv' | 'en' = 'en'): Promise<{ codes: string[]; messages: string[] }> {
    const { document, diagnostics } = await check(text, { messageLanguage });
    expect(document.parseResult.parserErrors).toEqual([]);
    const found = diagnostics.filter(d => d.code === 'syntax');
    return { codes: summary(found), messages: found.map(d => String(d.message)) };
}

const SV = 'Protokoll: Styrelsen\nTid: 2026-03-10\n';
const EN = 'Minutes: Board\nDate: 2026-03-10\n';

describe('malformed lines of the second edition', () => {
    const cases: Array<{ name: string; text: string; lang: 'sv' | 'en'; expected: string[]; message: RegExp; nearMiss: string }> = [
        {
            name: 'a seat count that is no number', lang: 'sv', text: `${SV}Antal ledamöter: nio\n`,
            expected: ['syntax@3:18-3:21'], message: /"nio" är inget heltal.*"Antal ledamöter: 9"/u, nearMiss: `${SV}Antal ledamöter: 9\n`
        },
        {
            name: 'a quorum that is no number', lang: 'en', text: `${EN}Quorum: half\n`,
            expected: ['syntax@3:9-3:13'], message: /"half" is not a whole number/u, nearMiss: `${EN}Quorum: 5\n`
        },
        {
            name: 'a recess that is no time range', lang: 'sv', text: `${SV}Ajournering: efter lunch\n`,
            expected: ['syntax@3:14-3:25'], message: /"efter lunch" är ingen tid/u, nearMiss: `${SV}Ajournering: kl. 12.00–13.00\n`
        },
        {
            name: 'groups written after the colon', lang: 'en', text: `${EN}Groups: Finance Committee\n`,
            expected: ['syntax@3:9-3:26'], message: /lines of their own/u, nearMiss: `${EN}Groups:\n- Finance Committee\n`
        },
        {
            name: 'an agenda entry without a title', lang: 'sv', text: `${SV}Dagordning:\n- Val\n2.\n`,
            expected: ['syntax@5:1-5:3'], message: /saknar rubrik/u, nearMiss: `${SV}Dagordning:\n- Val\n2. Övrigt\n`
        },
        {
            name: 'a vote without a result', lang: 'en', text: `${EN}\nItem 1: A\nVote:\nDecision: Yes.\n`,
            expected: ['syntax@5:1-5:6'], message: /Write the result after "Vote:"/u, nearMiss: `${EN}\nItem 1: A\nVote: unanimous\nDecision: Yes.\n`
        },
        {
            name: 'a note for the record without a name', lang: 'sv', text: `${SV}\n§ 1: A\nProtokollsanteckning: Vi vill se en uppföljning.\n`,
            expected: ['syntax@5:23-5:49'], message: /Skriv vem anteckningen kommer från/u,
            nearMiss: `${SV}\n§ 1: A\nProtokollsanteckning: Anna Berg: Vi vill se en uppföljning.\n`
        },
        {
            name: 'a reservation naming nobody', lang: 'en', text: `${EN}\nItem 1: A\nDissent:\n`,
            expected: ['syntax@5:1-5:9'], message: /Write a name after "Dissent:"/u, nearMiss: `${EN}\nItem 1: A\nDissent: Ada Lind\n`
        },
        {
            name: 'a mover naming nobody, and a motion field given twice', lang: 'sv', text: `${SV}\n§ 1: A\nYrkande: Bifall.\nAv:\nAv: Anna Berg\n`,
            expected: ['syntax@6:1-6:4', 'syntax@7:1-7:4'], message: /Skriv ett namn efter "Av:"/u, nearMiss: `${SV}\n§ 1: A\nYrkande: Bifall.\nAv: Anna Berg\n`
        },
        {
            name: 'a vote list given twice, also under another spelling', lang: 'en', text: `${EN}\nItem 1: A\nVote: 2-0\nYes: Ada Lind\nAye: Ben Ek\n`,
            expected: ['syntax@7:1-7:5'], message: /"Aye:" is given twice/u, nearMiss: `${EN}\nItem 1: A\nVote: 2-0\nYes: Ada Lind, Ben Ek\n`
        },
        {
            name: 'Från and Status given twice under one action', lang: 'sv', text: `${SV}\n§ 1: A\nUppdrag: X\nStatus: klart\nStatus: pågår\n`,
            expected: ['syntax@7:1-7:8'], message: /"Status:" finns redan/u, nearMiss: `${SV}\n§ 1: A\nUppdrag: X\nStatus: klart\n`
        },
        {
            name: 'Sekretess without a ground', lang: 'sv', text: `${SV}\n§ 1: A\nSekretess:\n`,
            expected: ['syntax@5:1-5:11'], message: /Skriv grunden för sekretessen/u, nearMiss: `${SV}\n§ 1: A\nSekretess: OSL 26 kap. 1 §\n`
        },
        {
            name: 'an attachment without a number', lang: 'en', text: `${EN}\nItem 1: A\n\nAppendix: Budget\n`,
            expected: ['syntax@6:1-6:10'], message: /"Appendix 1: Title"/u, nearMiss: `${EN}\nItem 1: A\n\nAppendix 1: Budget\n`
        },
        {
            name: 'a fence that is never closed', lang: 'sv', text: `${SV}\n§ 1: A\n\`\`\`\nBeslut: Ja.\n`,
            expected: ['syntax@5:1-5:4'], message: /avslutas aldrig/u, nearMiss: `${SV}\n§ 1: A\n\`\`\`\nBeslut: Ja.\n\`\`\`\n`
        },
        {
            name: 'tellers naming nobody', lang: 'en', text: `${EN}Tellers:\n`,
            expected: ['syntax@3:1-3:9'], message: /Write a name after "Tellers:"/u, nearMiss: `${EN}Tellers: Ada Lind\n`
        }
    ];
    for (const c of cases) {
        test(c.name, async () => {
            const found = await syntax(c.text, c.lang);
            expect(found.codes).toEqual(c.expected);
            expect(found.messages[0]).toMatch(c.message);
            expect((await syntax(c.nearMiss, c.lang)).codes).toEqual([]);
        });
    }

    test('a message follows the reader\'s language and quotes the document\'s keyword', async () => {
        expect((await syntax(`${SV}Beslutförhet: hälften\n`, 'en')).messages).toEqual([
            '"hälften" is not a whole number. Write the number after "Beslutförhet:" in digits, for example "Beslutförhet: 9".'
        ]);
        expect((await syntax(`${EN}Members: nine\n`, 'sv')).messages).toEqual([
            '"nine" är inget heltal. Skriv antalet efter "Members:" med siffror, till exempel "Members: 9".'
        ]);
    });
});
