/**
 * The codes of rule sets, votes and who may decide (LANGUAGE-2.md, sections 5–7): each
 * triggered with its range in both languages, with a near miss that stays clean, and the
 * precise rules of section 9.
 */
import { describe, expect, test } from 'vitest';
import { check, summary } from '../helpers.js';
import { EN, RIGHTS_CASES, SV, replace } from './cases.js';

describe('rights codes', () => {
    test('the base documents are clean', async () => {
        expect(summary((await check(SV)).diagnostics)).toEqual([]);
        expect(summary((await check(EN)).diagnostics)).toEqual([]);
    });

    for (const c of RIGHTS_CASES) {
        test(`${c.code}: ${c.name}`, async () => {
            const { diagnostics } = await check(c.text, { messageLanguage: 'auto' });
            expect(summary(diagnostics)).toEqual(c.expected);
            for (const d of diagnostics) {
                expect(d.severity).toBe(c.severity ?? 1);
                expect(d.message).not.toMatch(/Expecting|token|undefined/u);
            }
        });
        test(`${c.code}: ${c.name}: near miss stays clean`, async () => {
            expect(summary((await check(c.nearMiss)).diagnostics)).toEqual([]);
        });
    }
});

/** The messages of a text, in the document's own language. */
async function messages(text: string): Promise<string[]> {
    return (await check(text, { messageLanguage: 'auto' })).diagnostics.map(d => `${d.code}: ${d.message}`);
}

describe('messages quote the document and say what to do', () => {
    test('sv', async () => {
        expect(await messages(replace(SV, 'Regler: kommunallagen', 'Regler: kommunallag'))).toEqual([
            'rules-unknown: "kommunallag" är ingen regeluppsättning. Skriv kommunallagen, förening, anteckningar eller roberts; tills vidare gäller kommunallagen.'
        ]);
        expect(await messages(replace(SV, 'Omröstning: 3 ja, 1 nej', 'Omröstning: 2 ja, 1 nej'))).toEqual([
            'vote-count-mismatch: Under "Ja:" står 3 namn, men "2 ja, 1 nej" anger 2. Rätta antalet eller namnen.'
        ]);
        expect(await messages(replace(SV, 'Ja: Anna Berg, Bo Ek, Cecilia Dahl', 'Ja: Anna Berg, Frida Holm, Cecilia Dahl'))).toEqual([
            'voter-not-entitled: Frida Holm står under "Ersättare", som inte deltar i besluten, och kan inte besluta i § 2.'
        ]);
        expect(await messages(replace(SV, 'för Bo Ek § 3', 'för Bo Ek'))).toEqual([
            'substitute-while-serving: Bo Ek är själv närvarande i § 1, 2, där Erik Gran tjänstgör för Bo Ek. Ange var ersättaren tjänstgör, till exempel "för Bo Ek § …".'
        ]);
    });

    test('en', async () => {
        expect(await messages(replace(EN, 'Yes: Arun Mathur, Linda Ross', 'Yes: Arun Mathur, Howard Kim'))).toEqual([
            'voter-not-entitled: Howard Kim is listed under "Also present", who do not vote, and cannot take part in the decision in item 2.'
        ]);
        expect(await messages(replace(EN, 'No: Duane Thomas', 'No: Andrea Dunathan'))).toEqual([
            'jav-participated: Andrea Dunathan has a conflict of interest in item 2 and may not vote there.'
        ]);
        expect(await messages(replace(EN, 'Quorum: 3', 'Quorum: 4'))).toEqual([
            'quorum-not-met: Only 3 may decide in item 2; the quorum is 4.'
        ]);
    });
});

describe('precise rules', () => {
    test('why a voter may not decide: absent, not present for the item, not serving there', async () => {
        const text = replace(SV, 'Ja: Anna Berg, Bo Ek, Cecilia Dahl\nNej: David Fors', 'Ja: Anna Berg, Hans Jonsson, Erik Gran\nNej: David Fors');
        expect(await messages(text)).toEqual([
            'voter-not-entitled: Hans Jonsson står under "Ej närvarande" och kan inte besluta i § 2.',
            'voter-not-entitled: Erik Gran tjänstgör inte i § 2 (se "Tjänstgörande ersättare") och kan inte besluta där.',
        ]);
        const late = replace(SV, 'Beslut: Nämnden antar riktlinjerna.', 'Omröstning: 2 ja\nJa: Anna Berg, Bo Ek\n\nBeslut: Nämnden antar riktlinjerna.');
        expect(await messages(late)).toEqual([
            'voter-not-entitled: Bo Ek var enligt närvaroangivelsen inte närvarande vid § 3 och kan inte besluta där.'
        ]);
    });

    test('most specific code wins: a voter with Jäv gets jav-participated alone, an absent mover mover-not-present alone', async () => {
        const text = replace(SV, 'Beslut: Nämnden antar riktlinjerna.', 'Yrkande: Bifall.\nAv: David Fors\n\nOmröstning: 2 ja, 1 nej\nJa: Anna Berg, Cecilia Dahl\nNej: David Fors\n\nBeslut: Nämnden antar riktlinjerna.\n\nReservation: David Fors');
        expect((await check(text)).diagnostics.map(d => d.code)).toEqual(['jav-participated', 'jav-participated', 'jav-participated']);
        const absent = replace(SV, 'Av: Anna Berg', 'Av: Hans Jonsson');
        expect((await check(absent)).diagnostics.map(d => d.code)).toEqual(['mover-not-present']);
    });

    test('under kommunallagen a mover must be entitled to decide; under other rules only present', async () => {
        const text = replace(SV, 'Instämmer: Cecilia Dahl', 'Instämmer: Frida Holm');
        expect((await check(text)).diagnostics.map(d => d.code)).toEqual(['voter-not-entitled']);
        expect((await check(replace(text, 'Regler: kommunallagen', 'Regler: förening'))).diagnostics.map(d => d.code)).toEqual([]);
    });

    test('a chair with Jäv in an item: jav-participated on the name under Jäv', async () => {
        const text = replace(SV, 'Jäv: David Fors', 'Jäv: Anna Berg');
        expect(summary((await check(text)).diagnostics)).toEqual(['jav-participated@53:6-53:15']);
        const other = replace(text, 'Ordförande: Anna Berg', 'Ordförande: Anna Berg (§ 1–2), Cecilia Dahl (§ 3)');
        expect(summary((await check(other)).diagnostics)).toEqual([]);
    });

    test('a substitute may serve for a member who has Jäv in the item', async () => {
        const text = replace(replace(SV, 'för Bo Ek § 3', 'för David Fors § 3'), '- Bo Ek (V) (§ 1–2)', '- Bo Ek (V)');
        expect(summary((await check(text)).diagnostics)).toEqual([]);
    });

    test('vote-count-mismatch compares only the lists written; "enhälligt" has nobody against', async () => {
        const unanimous = replace(SV, 'Omröstning: 3 ja, 1 nej', 'Omröstning: enhälligt');
        expect(summary((await check(unanimous)).diagnostics)).toEqual(['vote-count-mismatch@46:1-46:5']);
        const yesOnly = replace(SV, 'Nej: David Fors\n', '');
        expect(summary((await check(yesOnly)).diagnostics)).toEqual([]);
    });

    test('vote-exceeds-voters counts the names when there are no counts', async () => {
        const text = replace(SV, 'Omröstning: 3 ja, 1 nej\nJa: Anna Berg, Bo Ek, Cecilia Dahl', 'Omröstning: enhälligt\nJa: Anna Berg, Bo Ek, Cecilia Dahl, Erik Gran');
        expect((await check(text)).diagnostics.map(d => d.code)).toEqual(['vote-exceeds-voters', 'voter-not-entitled', 'vote-count-mismatch']);
    });

    test('no quorum check without Antal ledamöter or Beslutförhet; default: more than half of the seats', async () => {
        expect(summary((await check(replace(SV, 'Antal ledamöter: 5\n', ''))).diagnostics)).toEqual([]);
        // Nine seats: five needed; § 1 and § 2 have four who may decide, § 3 three.
        expect(summary((await check(replace(SV, 'Antal ledamöter: 5', 'Antal ledamöter: 9'))).diagnostics))
            .toEqual(['quorum-not-met@34:1-34:4', 'quorum-not-met@37:1-37:4', 'quorum-not-met@52:1-52:4']);
    });

    test('Deltagare vote, unless there is a Beslutande group', async () => {
        const participants = `Protokoll: Styrelsen
Tid: 2026-02-17
Antal ledamöter: 3
Deltagare:
- Anna Berg
- Bo Ek
Justerare: Bo Ek
§ 1 Budget
Beslut: Budgeten fastställs.
`;
        expect(summary((await check(participants)).diagnostics)).toEqual([]);
        const withMembers = replace(participants, 'Deltagare:\n- Anna Berg\n', 'Beslutande:\n- Anna Berg\nDeltagare:\n');
        expect(summary((await check(withMembers)).diagnostics)).toEqual(['quorum-not-met@9:1-9:4']);
    });

    test('Anslag and Justering in the header, as municipal protocols write them', async () => {
        const header = replace(replace(SV, '\nJustering: tisdag 2026-02-24, Kommunhuset\nAnslag: torsdag 2026-02-26, Kommunhuset\n', '\n'),
            'Antal ledamöter: 5\n', 'Antal ledamöter: 5\nJustering: tisdag 2026-02-24, Kommunhuset\nAnslag: måndag 2026-03-02, Kommunhuset\n');
        expect(summary((await check(header)).diagnostics)).toEqual(['anslag-late@7:16-7:26']);
    });

    test('a reference to an attachment counts outside fenced blocks only, and once per reference', async () => {
        const text = replace(SV, 'se bilaga 1.', 'se bilaga 2 och Bilaga 3, men inte bilagan.');
        expect(summary((await check(text)).diagnostics)).toEqual(['attachment-missing@38:39-38:47', 'attachment-missing@38:52-38:60']);
    });
});

describe('the false alarm of issue 12: adjuster-missing on bodies that approve later', () => {
    const notes = (approval: string, rules = '') => `Minnesanteckningar: Styrelsemöte
${rules}Tid: 2026-02-17
Deltagare:
- Anna Berg
- Bo Ek
Ordförande: Anna Berg
Sekreterare: Bo Ek
Punkt 1: Budget
Beslut: Budgeten fastställs.
${approval}
`;

    test.each(['Justering: vid nästa möte', 'Justering: genom pull request'])('sv: %s needs no justerare', async approval => {
        expect(summary((await check(notes(approval))).diagnostics)).toEqual([]);
        expect(summary((await check(notes(approval, 'Regler: förening\n'))).diagnostics)).toEqual([]);
    });

    test('sv: except under kommunallagen', async () => {
        expect(summary((await check(notes('Justering: vid nästa möte', 'Regler: kommunallagen\n'))).diagnostics)).toEqual(['adjuster-missing@1:1-1:20']);
        expect(summary((await check(notes('Justering: 2026-02-20'))).diagnostics)).toEqual(['adjuster-missing@1:1-1:20']);
    });

    const minutes = (approval: string, rules: string) => `Minutes: Board
Rules: ${rules}
Date: 2026-03-16
Present:
- Ada Lindqvist
- Ben Okafor
Chair: Ada Lindqvist
Secretary: Ben Okafor
Item 1: Budget
Decision: Approved.
${approval}
`;

    test.each(['Approval: at the next meeting', 'Approval: by pull request'])('en: %s needs no adjuster', async approval => {
        expect(summary((await check(minutes(approval, 'anteckningar'))).diagnostics)).toEqual([]);
        expect(summary((await check(minutes(approval, 'roberts'))).diagnostics)).toEqual([]);
    });

    test('en: except under kommunallagen', async () => {
        expect(summary((await check(minutes('Approval: at the next meeting', 'kommunallagen'))).diagnostics)).toEqual(['adjuster-missing@1:1-1:9']);
        expect(summary((await check(minutes('Approval: 2026-03-20', 'anteckningar'))).diagnostics)).toEqual(['adjuster-missing@1:1-1:9']);
    });
});
