/**
 * Persons and attendance (language/checks/persons.ts, references.ts, attendance.ts),
 * LANGUAGE-2.md sections 2, 7 and 9, in both languages: every code with its range and a near
 * miss that stays clean, references by full name, short form and first name, and the
 * person-related false alarms of issue 12.
 */
import { describe, expect, test } from 'vitest';
import { isAction, isAttendanceList, isOwnerLine, type Document } from '../../language/generated/ast.js';
import { attendance, numberedItems } from '../../language/attendance.js';
import { personNames } from '../../language/references.js';
import { formatItemNumber } from '../../language/ranges.js';
import { check, summary } from './helpers.js';

/** A Swedish protocol with three items; each case changes it in one way. */
const SV = `Protokoll: Socialnämnden
Tid: tisdag 2026-02-17 kl. 13.00–16.00

Deltagare:
- Magnus Gyllestad (ordförande)
- Bo Eliasson (V)
- Anna Berg (S)
- Per Holm, socialchef

Ordförande: Magnus Gyllestad
Sekreterare: Per Holm
Justerare: Anna Berg

§ 1: Öppnande
Beslut: Mötet öppnas.

§ 2: Budget
Beslut: Budgeten fastställs.

§ 3: Övrigt
Beslut: Inget övrigt.
Uppdrag: Skriv till förvaltningen.
Ansvarig: Bo Eliasson
Senast: 2026-03-01
`;

/** Three English items; the action's owner is `OWNER`. */
const EN_ITEMS = `Item 1: Opening
Decision: Opened.

Item 2: Budget
Decision: Adopted.

Item 3: Other business
Decision: None.
Action: Write to the members.
Owner: OWNER
Due: 2026-04-01
`;

/** The same meeting in English, with items numbered `Item N`. */
const EN = `Minutes: Board meeting
Date: Monday 2026-03-16 18.30–20.45

Present:
- Jane Doe (Chair)
- James Snell (@jasnell)
- Ann Lee (AL)
- Rob Hart, Treasurer

Chair: Jane Doe
Secretary: Rob Hart
Approver: Ann Lee

${EN_ITEMS.replace('OWNER', 'James Snell')}`;

function replace(text: string, from: string, to: string): string {
    expect(text).toContain(from);
    return text.replace(from, to);
}

async function codes(text: string, settings = {}): Promise<string[]> {
    return summary((await check(text, settings)).diagnostics);
}

/** The messages in the document's own language. */
async function messages(text: string): Promise<string[]> {
    return (await check(text, { messageLanguage: 'auto' })).diagnostics.map(d => String(d.message));
}

describe('the examples are clean', () => {
    test('Swedish', async () => expect(await codes(SV)).toEqual([]));
    test('English', async () => expect(await codes(EN)).toEqual([]));
});

describe('references: full name, short form, first name', () => {
    test('a short form and a first name resolve; case, spacing and trailing parentheses never matter', async () => {
        const text = replace(SV, 'Ansvarig: Bo Eliasson', 'Ansvarig: v, MAGNUS,  bo   eliasson (V)');
        expect(await codes(text)).toEqual([]);
        const en = replace(EN, 'Owner: James Snell', 'Owner: @jasnell, jasnell, AL, ann');
        expect(await codes(en)).toEqual([]);
    });

    test('they link to the declaration', async () => {
        const { document } = await check(replace(SV, 'Ansvarig: Bo Eliasson', 'Ansvarig: V, Magnus'));
        const owner = document.parseResult.value.items[2].content.filter(isAction).flatMap(action => action.fields).find(isOwnerLine);
        const names = owner?.names.map(ref => ref.ref?.name);
        expect(names).toEqual(['Bo Eliasson', 'Magnus Gyllestad']);
    });

    test('`- Magnus Gyllestad (ordförande)` declares "Magnus Gyllestad", and `Ordförande: Magnus Gyllestad` resolves (issue 12)', async () => {
        const { document, diagnostics } = await check(SV);
        expect(summary(diagnostics)).toEqual([]);
        const persons = document.parseResult.value.preamble.filter(isAttendanceList).flatMap(l => l.persons);
        expect(persons.map(p => [p.name, p.short])).toEqual([
            ['Magnus Gyllestad', undefined], ['Bo Eliasson', '(V)'], ['Anna Berg', '(S)'], ['Per Holm', undefined]
        ]);
        expect(persons[0].info).toEqual(['(ordförande)']);
    });

    test('a full name always wins, then a short form, then a first name', async () => {
        const text = replace(SV, '- Per Holm, socialchef', '- Per Holm, socialchef\n- Bo (B)\n- V Ek');
        const { document } = await check(replace(text, 'Ansvarig: Bo Eliasson', 'Ansvarig: Bo, V'));
        const names = personNames(document.parseResult.value);
        expect(names.resolve('Bo', { groups: false })).toMatchObject({ kind: 'person', form: 'full', person: { name: 'Bo' } });
        expect(names.resolve('V', { groups: false })).toMatchObject({ kind: 'person', form: 'short', person: { name: 'Bo Eliasson' } });
        expect(names.resolve('v ek', { groups: false })).toMatchObject({ kind: 'person', form: 'full' });
        expect(names.resolve('B', { groups: false })).toMatchObject({ kind: 'person', form: 'short', person: { name: 'Bo' } });
    });

    test('first-name matching uses the first word of the name only', async () => {
        const { document } = await check(SV);
        const names = personNames(document.parseResult.value);
        expect(names.resolve('Per', { groups: false })).toMatchObject({ kind: 'person', form: 'first', person: { name: 'Per Holm' } });
        expect(names.resolve('Holm', { groups: false })).toEqual({ kind: 'unknown' });
        expect(names.resolve('Per H', { groups: false })).toEqual({ kind: 'unknown' });
    });
});

describe('person-ambiguous', () => {
    test('a first name that fits two persons: on the name, listing the candidates', async () => {
        const text = replace(replace(SV, '- Per Holm, socialchef', '- Per Holm, socialchef\n- Anna Lind'), 'Ansvarig: Bo Eliasson', 'Ansvarig: Anna');
        expect(await codes(text)).toEqual(['person-ambiguous@24:11-24:15']);
        expect(await messages(text)).toEqual(['Anna passar flera personer: Anna Berg eller Anna Lind. Skriv hela namnet.']);
        expect(await codes(replace(text, 'Ansvarig: Anna', 'Ansvarig: Anna Lind'))).toEqual([]);
    });

    test('a short form that fits two persons', async () => {
        const text = replace(replace(EN, '- Rob Hart, Treasurer', '- Rob Hart (AL), Treasurer'), 'Owner: James Snell', 'Owner: AL');
        expect(await codes(text)).toEqual(['person-ambiguous@23:8-23:10']);
        expect(await messages(text)).toEqual(['"AL" fits several persons: Ann Lee or Rob Hart. Write the full name.']);
        expect(await codes(replace(text, 'Owner: AL', 'Owner: Rob'))).toEqual([]);
    });

    test('a person listed twice (present for some items, absent for others) is one person', async () => {
        const text = replace(replace(SV, '- Bo Eliasson (V)', '- Bo Eliasson (V) (§ 1–2)'), 'Ordförande:', 'Ej närvarande:\n- Bo Eliasson (V) (§ 3)\n\nOrdförande:');
        expect(await codes(replace(text, 'Ansvarig: Bo Eliasson', 'Ansvarig: V'))).toEqual([]);
        expect(await codes(replace(text, 'Ansvarig: Bo Eliasson', 'Ansvarig: Bo'))).toEqual([]);
    });
});

describe('person-unknown keeps its "did you mean"', () => {
    test('Swedish and English', async () => {
        expect(await messages(replace(SV, 'Ansvarig: Bo Eliasson', 'Ansvarig: Bo Eliason'))).toEqual(['Bo Eliason finns inte bland deltagarna. Menade du Bo Eliasson?']);
        expect(await codes(replace(EN, 'Owner: James Snell', 'Owner: Jim'))).toEqual(['person-unknown@23:8-23:11']);
    });
});

describe('attendance ranges', () => {
    test('attendance-item-unknown: once per missing item number, on the number', async () => {
        const text = replace(SV, '- Per Holm, socialchef', '- Per Holm, socialchef (§ 2–4, 5, 4)');
        expect(await codes(text)).toEqual(['attendance-item-unknown@8:29-8:30', 'attendance-item-unknown@8:32-8:33']);
        expect(await messages(text)).toEqual([
            '"(§ 2–4, 5, 4)" nämner punkt 4, men någon sådan punkt finns inte. Rätta numret eller lägg till punkten.',
            '"(§ 2–4, 5, 4)" nämner punkt 5, men någon sådan punkt finns inte. Rätta numret eller lägg till punkten.'
        ]);
        expect(await codes(replace(SV, '- Per Holm, socialchef', '- Per Holm, socialchef (§ 2–3)'))).toEqual([]);
    });

    test('attendance-item-unknown in English', async () => {
        const text = replace(EN, '- Ann Lee (AL)', '- Ann Lee (AL) (left after item 2.1)');
        expect(await codes(text)).toEqual(['attendance-item-unknown@7:33-7:36']);
        expect(await messages(text)).toEqual(['"(left after item 2.1)" names item 2.1, but there is no such item. Correct the number or add the item.']);
        expect(await codes(replace(text, '2.1)', '2)'))).toEqual([]);
    });

    test('an unreadable range is a syntax error on the range', async () => {
        const text = replace(SV, '- Per Holm, socialchef', '- Per Holm, socialchef (§ 2 och framåt)');
        expect(await codes(text)).toEqual(['syntax@8:24-8:40']);
        expect(await messages(text)).toEqual([
            '"(§ 2 och framåt)" kan inte läsas som punkter (vid "och"). Skriv till exempel "(§ 3–5)", "(ej § 4)", "(från § 5)", "(till § 7)" eller "(lämnade efter § 4)".'
        ]);
        expect(await codes(replace(SV, '- Per Holm, socialchef', '- Per Holm, socialchef (§ 2 och 3)'))).toEqual([]);
    });

    test('parentheses that are no range stay free text', async () => {
        const text = replace(EN, '- Rob Hart, Treasurer', '- Rob Hart (left early), Treasurer (2nd half)');
        expect(await codes(text)).toEqual([]);
    });
});

describe('person-present-and-absent and person-duplicate, refined', () => {
    const twice = (present: string, absent: string) =>
        replace(replace(SV, '- Bo Eliasson (V)', `- Bo Eliasson (V)${present}`), 'Ordförande:', `Ej närvarande:\n- Bo Eliasson${absent}\n\nOrdförande:`);

    test('a member present for some items and absent for the others is not present-and-absent', async () => {
        expect(await codes(twice(' (§ 1–2)', ' (§ 3)'))).toEqual([]);
        expect(await codes(twice(' (ej § 3)', ' (§ 3)'))).toEqual([]);
    });

    test('overlapping ranges, or a range on one entry only, still are', async () => {
        expect(await codes(twice(' (§ 1–2)', ' (§ 2–3)'))).toEqual(['person-present-and-absent@11:3-11:14']);
        expect(await codes(twice('', ' (§ 3)'))).toEqual(['person-present-and-absent@11:3-11:14']);
        expect(await codes(twice(' (§ 1–2)', ''))).toEqual(['person-present-and-absent@11:3-11:14']);
    });

    test('a member replaced for some items is listed once, with ranges (issue 12)', async () => {
        expect(await codes(replace(SV, '- Bo Eliasson (V)', '- Bo Eliasson (V) (§ 1, 3)'))).toEqual([]);
    });

    test('in English: Absent with the other items', async () => {
        const text = replace(replace(EN, '- Ann Lee (AL)', '- Ann Lee (AL) (items 1–2)'), 'Chair: Jane Doe', 'Absent:\n- Ann Lee (item 3)\n\nChair: Jane Doe');
        expect(await codes(text)).toEqual([]);
        expect(await codes(replace(text, '(item 3)', '(items 2–3)'))).toEqual(['person-present-and-absent@11:3-11:10']);
        expect(await messages(replace(text, '(item 3)', ''))).toEqual([
            'Ann Lee is listed both as present and as absent. Remove them from one of the lists, or write with both which items each is for, for example "(items 1–5)" and "(items 6–9)".'
        ]);
    });

    test('duplicates within the present lists, likewise', async () => {
        const text = replace(SV, '- Per Holm, socialchef', '- Per Holm, socialchef (§ 1)\n- Per Holm (§ 1–2)');
        expect(await codes(text)).toEqual(['person-duplicate@9:3-9:11']);
        expect(await codes(replace(text, '- Per Holm (§ 1–2)', '- Per Holm (§ 2–3)'))).toEqual([]);
    });
});

describe('chairs', () => {
    test('chair-range-overlap: only when both have explicit ranges sharing an item', async () => {
        const text = replace(SV, 'Ordförande: Magnus Gyllestad', 'Ordförande: Magnus Gyllestad (§ 1–2), Anna Berg (§ 2–3)');
        expect(await codes(text)).toEqual(['chair-range-overlap@10:49-10:56']);
        expect(await messages(text)).toEqual(['Anna Berg och Magnus Gyllestad är båda ordförande för punkt 2. Ange punkter som inte överlappar.']);
        expect(await codes(replace(text, '(§ 2–3)', '(§ 3)'))).toEqual([]);
        expect(await codes(replace(SV, 'Ordförande: Magnus Gyllestad', 'Ordförande: Magnus Gyllestad, Anna Berg'))).toEqual([]);
        expect(await codes(replace(SV, 'Ordförande: Magnus Gyllestad', 'Ordförande: Magnus Gyllestad (§ 1–2), Anna Berg'))).toEqual([]);
    });

    test('chair-range-overlap in English', async () => {
        const text = replace(EN, 'Chair: Jane Doe', 'Chair: Jane Doe (items 1–3) and Ann Lee (items 3)');
        expect(await codes(text)).toEqual(['chair-range-overlap@10:41-10:50']);
        expect(await messages(text)).toEqual(['Ann Lee and Jane Doe both chair item 3. Give them items that do not overlap.']);
    });

    test('chair-not-present: a chair absent for part of their range, on the name, with the items', async () => {
        const text = replace(replace(SV, '- Anna Berg (S)', '- Anna Berg (S) (§ 1–2)'), 'Ordförande: Magnus Gyllestad', 'Ordförande: Magnus Gyllestad (§ 1), Anna Berg (§ 2–3)');
        expect(await codes(text)).toEqual(['chair-not-present@10:37-10:46']);
        expect(await messages(text)).toEqual(['Ordföranden Anna Berg var inte närvarande vid punkt 3.']);
        expect(await codes(replace(text, '(§ 2–3)', '(§ 2)'))).toEqual([]);
    });

    test('chair-not-present: a chair without a range chairs every item', async () => {
        const text = replace(replace(EN, '- Jane Doe (Chair)', '- Jane Doe (Chair) (from item 2)'), 'Chair: Jane Doe', 'Chair: Jane Doe');
        expect(await messages(text)).toEqual(['The chair Jane Doe was not present for item 1.']);
        expect(await codes(text)).toEqual(['chair-not-present@10:8-10:16']);
    });

    test('chair-not-present: a chair who was not there at all reads as before', async () => {
        const text = replace(EN, 'Chair: Jane Doe', 'Absent:\n- Max Roe\n\nChair: Max Roe');
        expect(await messages(text)).toEqual(['The chair Max Roe was not present.']);
    });
});

describe('present in item N (attendance.ts, for the rights checks)', () => {
    test('ranges, exclusions, two entries, and absent persons', async () => {
        const text = replace(replace(replace(SV, '- Bo Eliasson (V)', '- Bo Eliasson (V) (§ 1–2)'), '- Anna Berg (S)', '- Anna Berg (S) (ej § 2)'),
            'Ordförande:', 'Ej närvarande:\n- Bo Eliasson (V) (§ 3)\n- Eva Gran\n\nOrdförande:');
        const doc: Document = (await check(text)).document.parseResult.value;
        const present = attendance(doc);
        const names = personNames(doc);
        const table = names.persons().map(person =>
            `${person.name}: ${numberedItems(doc).filter(({ number }) => present.presentIn(person, number)).map(({ number }) => formatItemNumber(number)).join(' ')}`);
        expect(table).toEqual([
            'Magnus Gyllestad: 1 2 3', 'Bo Eliasson: 1 2', 'Anna Berg: 1 3', 'Per Holm: 1 2 3', 'Eva Gran: '
        ]);
        expect(names.persons().map(p => present.presentThroughout(p))).toEqual([true, false, false, true, false]);
    });
});

/** A municipal protocol with a voting group, a serving substitute and a group of owners. */
const SERVING = `Protokoll: Socialnämnden
Tid: tisdag 2026-02-17 kl. 13.00–16.00

Beslutande:
- Magnus Gyllestad (S), ordförande
- Bo Eliasson (V) (§ 1–2)
- Anna Berg (S)

Tjänstgörande ersättare:
- Cristina Kvist (V), för Bo Eliasson (V) § 3

Grupper:
- Förvaltningen

Ordförande: Magnus Gyllestad
Sekreterare: Anna Berg
Justerare: Cristina

§ 1: Öppnande
Beslut: Mötet öppnas.

§ 2: Budget
Beslut: Budgeten fastställs.

§ 3: Övrigt
Beslut: Inget.
Uppdrag: Skriv.
Ansvarig: Förvaltningen
Senast: 2026-03-01
`;

/** The same in English. */
const SERVING_EN = `Minutes: Board meeting
Date: Monday 2026-03-16 18.30–20.45

Voting members:
- Jane Doe
- Al Hart (items 1–2)

Serving alternates:
- Jo Ek, replacing Al Hart (item 3)

Groups:
- Nominating Committee

Chair: Jane Doe
Secretary: Jo
Approver: Al Hart

${EN_ITEMS.replace('OWNER', 'nominating committee')}`;

describe('serving substitutes and groups', () => {
    test('a member replaced by a substitute for some items is listed once, with ranges: clean (issue 12)', async () => {
        expect(await codes(SERVING)).toEqual([]);
        expect(await codes(SERVING_EN)).toEqual([]);
    });

    test('the member also listed under Ej närvarande for the other items: clean', async () => {
        expect(await codes(replace(SERVING, 'Tjänstgörande ersättare:', 'Ej närvarande:\n- Bo Eliasson (§ 3)\n\nTjänstgörande ersättare:'))).toEqual([]);
    });

    test('`för` resolves by full name, short form or first name; an unknown one says so on the name', async () => {
        expect(await codes(replace(SERVING, 'för Bo Eliasson (V) § 3', 'för Bo § 3'))).toEqual([]);
        expect(await codes(replace(SERVING, 'för Bo Eliasson (V) § 3', 'för Bo Eliason § 3'))).toEqual(['person-unknown@10:27-10:37']);
        expect(await messages(replace(SERVING, 'för Bo Eliasson (V) § 3', 'för S § 3')))
            .toEqual(['"S" passar flera personer: Magnus Gyllestad eller Anna Berg. Skriv hela namnet.']);
    });

    test('a serving range that names an item no item has', async () => {
        expect(await codes(replace(SERVING, 'för Bo Eliasson (V) § 3', 'för Bo Eliasson (V) § 3, 4'))).toEqual(['attendance-item-unknown@10:48-10:49']);
        expect(await codes(replace(SERVING_EN, 'replacing Al Hart (item 3)', 'replacing Al Hart (item 3.1)'))).toEqual(['attendance-item-unknown@9:34-9:37']);
        expect(await codes(replace(replace(SERVING_EN, 'replacing Al Hart (item 3)', 'replacing Al Hart (item 3.1)'), 'Item 3: Other business', 'Item 3: Other business\n\nItem 3.1: Sub\nDecision: None.')))
            .toEqual([]);
    });

    test('who serves where, and for whom (attendance.ts)', async () => {
        const doc: Document = (await check(SERVING)).document.parseResult.value;
        const present = attendance(doc);
        const names = personNames(doc);
        const cristina = names.byFullName.get('cristina kvist')!;
        const bo = names.byFullName.get('bo eliasson')!;
        const items = numberedItems(doc).map(({ number }) => number);
        expect(items.map(n => present.servesIn(cristina, n))).toEqual([false, false, true]);
        expect(items.map(n => present.presentIn(cristina, n))).toEqual([true, true, true]);
        expect(items.map(n => present.presentIn(bo, n))).toEqual([true, true, false]);
        expect(items.map(n => present.servesIn(bo, n))).toEqual([false, false, false]);
        expect(present.memberServedBy(cristina)).toBe(bo);
        expect(present.substitutesFor(bo)).toEqual([cristina]);
    });

    test('an owner may be a group (any case); a role may not', async () => {
        expect(await codes(replace(SERVING, 'Ansvarig: Förvaltningen', 'Ansvarig: förvaltningen, Anna'))).toEqual([]);
        expect(await codes(replace(SERVING, 'Justerare: Cristina', 'Justerare: Förvaltningen'))).toEqual(['person-unknown@17:12-17:25']);
    });

    test('a person and a group of the same name: the person', async () => {
        const doc: Document = (await check(replace(SERVING, '- Förvaltningen', '- Anna Berg'))).document.parseResult.value;
        expect(personNames(doc).resolve('Anna Berg', { groups: true })).toMatchObject({ kind: 'person', form: 'full' });
    });
});

describe('every kind of reference resolves the same way', () => {
    const RECORD = replace(SERVING, `§ 3: Övrigt
Beslut: Inget.`, `§ 3: Övrigt
Jäv: Anna
Yrkande: Avslag.
Av: Magnus
Instämmer: Cristina Kvist (V)
Omröstning: 2 ja, 0 nej
Ja: magnus, CRISTINA
Reservation: Cristina mot beslutet.
Protokollsanteckning: Magnus: Noterat.
Beslut: Avslag.`);

    const personCodes = async (text: string) => (await codes(text)).filter(code => code.startsWith('person-'));

    test('full names, first names and trailing parentheses on Jäv, Av, Instämmer, Ja, Reservation and Protokollsanteckning', async () => {
        expect(await personCodes(RECORD)).toEqual([]);
    });

    test('an ambiguous short form and an unknown name there', async () => {
        expect(await personCodes(replace(replace(RECORD, 'Jäv: Anna', 'Jäv: S'), 'Reservation: Cristina', 'Reservation: Kristina')))
            .toEqual(['person-ambiguous@26:6-26:7', 'person-unknown@32:14-32:22']);
    });
});
