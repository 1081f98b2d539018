/** Who may decide in each item (LANGUAGE-2.md, section 6), computed on plain inputs. */
import { describe, expect, test } from 'vitest';
import { computeRights, groupVoting, type Entrant, type RightsInput } from '../../../language/decision-rights.js';
import { isAttendanceList } from '../../../language/index.js';
import { check } from '../helpers.js';

/** The Norrvik protocol of the acceptance examples, items § 12–16, as plain facts. */
function norrvik(overrides: Partial<RightsInput<string, number>> = {}): RightsInput<string, number> {
    const entrants: Array<Entrant<string>> = [
        ...['Annelie', 'Bo', 'Karin', 'Lars', 'Maria', 'Omar', 'Petra', 'Sven'].map(person => ({ person, voting: 'members' as const })),
        { person: 'Cristina', voting: 'serving' }, { person: 'Jonas', voting: 'serving' },
        { person: 'Helena', voting: 'non-voting' }, { person: 'Anna', voting: 'non-voting' }, { person: 'Per', voting: 'non-voting' },
        { person: 'Eva', voting: 'absent' },
    ];
    return {
        entrants,
        items: [12, 13, 14, 15, 16],
        membersGroup: true,
        // Bo (§ 12–14), Per (§ 12–13).
        presentIn: (person, item) => person === 'Bo' ? item <= 14 : person === 'Per' ? item <= 13 : true,
        // Cristina serves for Bo in § 15–16; Jonas for Eva throughout.
        servesIn: (person, item) => person !== 'Cristina' || item >= 15,
        recusedIn: (person, item) => person === 'Omar' && item === 14,
        ...overrides
    };
}

describe('computeRights', () => {
    test('the voting groups, less ranges, less Jäv; substitutes where they serve', () => {
        const rights = computeRights(norrvik());
        expect(rights.get(12)!.deciders).toEqual(['Annelie', 'Bo', 'Karin', 'Lars', 'Maria', 'Omar', 'Petra', 'Sven', 'Jonas']);
        expect(rights.get(14)!.deciders).toEqual(['Annelie', 'Bo', 'Karin', 'Lars', 'Maria', 'Petra', 'Sven', 'Jonas']);
        expect(rights.get(15)!.deciders).toEqual(['Annelie', 'Karin', 'Lars', 'Maria', 'Omar', 'Petra', 'Sven', 'Cristina', 'Jonas']);
    });

    test('says why someone may not decide, the most specific reason first', () => {
        const rights = computeRights(norrvik({ recusedIn: (person, item) => (person === 'Omar' || person === 'Helena' || person === 'Eva') && item === 14 }));
        const item14 = rights.get(14)!;
        expect(['Omar', 'Helena', 'Eva', 'Anna', 'Per', 'Cristina', 'Annelie', 'Nobody'].map(p => item14.bar(p)))
            .toEqual(['recused', 'recused', 'recused', 'no-vote', 'not-present', 'not-serving', undefined, undefined]);
        expect(rights.get(15)!.bar('Bo')).toBe('not-present');
        expect(rights.get(15)!.bar('Eva')).toBe('absent');
    });

    test('presence is separate from the vote', () => {
        const item14 = computeRights(norrvik()).get(14)!;
        expect(['Omar', 'Helena', 'Cristina', 'Per', 'Eva', 'Nobody'].map(p => item14.present(p))).toEqual([true, true, true, false, false, false]);
    });

    test('participants vote, unless there is a members group', () => {
        const entrants: Array<Entrant<string>> = [{ person: 'Ada', voting: 'participants' }, { person: 'Ben', voting: 'members' }];
        const base = { entrants, items: [1], presentIn: () => true, servesIn: () => true, recusedIn: () => false };
        expect(computeRights({ ...base, membersGroup: true }).get(1)!.deciders).toEqual(['Ben']);
        expect(computeRights({ ...base, membersGroup: false }).get(1)!.deciders).toEqual(['Ada', 'Ben']);
        expect(computeRights({ ...base, membersGroup: true }).get(1)!.bar('Ada')).toBe('no-vote');
    });

    test('a member listed under a voting group and under absent is judged by the voting entry', () => {
        const entrants: Array<Entrant<string>> = [{ person: 'Bo', voting: 'absent' }, { person: 'Bo', voting: 'members' }];
        const rights = computeRights({ entrants, items: [1, 2], membersGroup: true, presentIn: (_p, item) => item === 1, servesIn: () => true, recusedIn: () => false });
        expect(rights.get(1)!.deciders).toEqual(['Bo']);
        expect(rights.get(2)!.bar('Bo')).toBe('not-present');
    });
});

describe('groupVoting', () => {
    const groups = [
        ['Beslutande', 'members'], ['Ledamöter', 'members'], ['Tjänstgörande ledamöter', 'members'], ['Members present', 'members'],
        ['Voting members', 'members'], ['Board members', 'members'], ['Members', 'members'],
        ['Deltagare', 'participants'], ['Närvarande', 'participants'], ['PRESENT', 'participants'], ['Attendees', 'participants'], ['Participants', 'participants'],
        ['Tjänstgörande ersättare', 'serving'], ['Serving substitutes', 'serving'], ['Serving alternates', 'serving'],
        ['Ersättare', 'non-voting'], ['Suppleanter', 'non-voting'], ['Icke tjänstgörande ersättare', 'non-voting'], ['Substitutes', 'non-voting'],
        ['Alternates', 'non-voting'], ['Övriga närvarande', 'non-voting'], ['Övriga deltagare', 'non-voting'], ['Tjänstepersoner', 'non-voting'],
        ['Gäster', 'non-voting'], ['Also present', 'non-voting'], ['Staff', 'non-voting'], ['Guests', 'non-voting'], ['Observers', 'non-voting'],
        ['Ej närvarande', 'absent'], ['Frånvarande', 'absent'], ['Anmält förhinder', 'absent'], ['Absent', 'absent'], ['Regrets', 'absent'], ['Apologies', 'absent'],
    ] as const;

    test('every attendance group of section 2', async () => {
        const text = `Protokoll: Styrelsen\nTid: 2026-02-17\n${groups.map(([keyword], i) => `${keyword}:\n- Person ${i}\n`).join('')}`;
        const doc = (await check(text)).document.parseResult.value;
        const lists = doc.preamble.filter(isAttendanceList);
        expect(lists.map(list => [list.group, groupVoting(list)])).toEqual(groups);
    });
});
