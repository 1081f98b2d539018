import { describe, expect, test } from 'vitest';
import { expectHover } from 'langium/test';
import { createServices, ENGLISH_MINUTES, hoverText, SWEDISH_MINUTES } from './helpers.js';

const swedish = createServices({ messageLanguage: 'sv' });
const english = createServices({ messageLanguage: 'en' });

const hover = hoverText;

describe('hover on persons', () => {
    test('a reference: name, organisation, presence, roles and the actions the person owns', async () => {
        // The second "Gunilla Ståhl" is the Sekreterare line.
        expect(await hover(swedish, SWEDISH_MINUTES, 'Gunilla Ståhl', 2)).toBe([
            '**Gunilla Ståhl**, Mälarsamverkan',
            '',
            'Närvarande · sekreterare',
            '',
            'Uppdrag:',
            '- Punkt 1: Boka in en dragning av trafikplanen för Samverkansrådets presidium…'
        ].join('\n'));
    });

    test('the declaration shows the same, in the reader\'s language', async () => {
        expect(await hover(english, ENGLISH_MINUTES, 'Oliver Grant')).toBe([
            '**Oliver Grant**, treasurer',
            '',
            'Present',
            '',
            'Actions:',
            '- Item 2: Collect two quotes for a new launch engine. (due 2026-03-10)'
        ].join('\n'));
        expect(await hover(english, ENGLISH_MINUTES, 'Nadia Petrova', 2)).toBe('**Nadia Petrova**, Northgate Rowing Trust\n\nPresent · adjuster\n\n'
            + 'Actions:\n- Item 3: Send the regatta invitation to the neighbouring clubs. (due 2026-02-24)');
    });

    test('an absent person without roles', async () => {
        expect(await hover(swedish, SWEDISH_MINUTES, 'Ivar Lindgren')).toBe('**Ivar Lindgren**, Kungsör\n\nEj närvarande');
    });

    test('a name nobody declares has no hover (its diagnostic says why)', async () => {
        expect(await hover(swedish, SWEDISH_MINUTES.replace('Justerare: Erik Hägg', 'Justerare: Erik Hegg'), 'Erik Hegg')).toBeUndefined();
    });

    test('through the langium test helper', async () => {
        await expectHover(english.Minutes)({
            text: ENGLISH_MINUTES.replace('Chair: Maya Holt', 'Chair: <|>Maya Holt'),
            index: 0,
            hover: /^\*\*Maya Holt\*\*, club captain\n\nPresent · chair$/u,
            disposeAfterCheck: true
        });
    });
});

describe('hover on dates', () => {
    test('a date after the meeting: the weekday in words and the distance from the meeting', async () => {
        expect(await hover(swedish, SWEDISH_MINUTES, '2023-03-24')).toBe('**fredag 24 mars 2023**\n\n22 dagar efter mötet');
        expect(await hover(english, ENGLISH_MINUTES, '2026-03-10')).toBe('**Tuesday 10 March 2026**\n\n28 days after the meeting');
    });

    test('the meeting date itself is the meeting day; hovering the weekday works too', async () => {
        expect(await hover(swedish, SWEDISH_MINUTES, '2023-03-02')).toBe('**torsdag 2 mars 2023**\n\nMötesdagen');
        expect(await hover(english, ENGLISH_MINUTES, 'Tuesday 2026-02-10')).toBe('**Tuesday 10 February 2026**\n\nThe meeting day');
    });

    test('a date before the meeting, one day after it, and a date that does not exist', async () => {
        const text = ENGLISH_MINUTES.replace('Due: 2026-03-10', 'Due: 2026-02-08').replace('Due: 2026-02-24', 'Due: 2026-02-11')
            .replace('2026-03-17', '2026-02-30');
        expect(await hover(english, text, '2026-02-08')).toBe('**Sunday 8 February 2026**\n\n2 days before the meeting');
        expect(await hover(english, text, '2026-02-11')).toBe('**Wednesday 11 February 2026**\n\n1 day after the meeting');
        expect(await hover(english, text, '2026-02-30')).toBeUndefined();
    });

    test('prose has no hover', async () => {
        expect(await hover(swedish, SWEDISH_MINUTES, 'Digitalt via Zoom')).toBeUndefined();
    });
});

describe('hover on dates of the second edition', () => {
    const protocol = `Protokoll: Socialnämnden
Tid: lördag–söndag 26–27 januari 2002 kl. 09.00–16.00
Deltagare:
- Anna Berg
- Bo Ek
Justerare: Bo Ek
Punkt 1: Budget
Uppdrag: Ta in offerter.
Ansvarig: Bo Ek
Senast: juni 2002
Uppdrag: Boka lokal.
Ansvarig: Anna Berg
Senast: nästa möte
Uppdrag: Skriv kallelsen.
Ansvarig: Anna Berg
Senast: löpande

Nästa möte: 3/2/2002
Justering: vid nästa möte
Anslag: 2002-01-30, Kommunhuset
`;

    test('a meeting over two days: both days and their count', async () => {
        expect(await hover(swedish, protocol, '26–27 januari')).toBe('**lördag 26 januari 2002 – söndag 27 januari 2002 (2 dagar)**\n\nMötesdagen');
        expect(await hover(swedish, protocol, 'lördag–söndag')).toBe('**lördag 26 januari 2002 – söndag 27 januari 2002 (2 dagar)**\n\nMötesdagen');
    });

    test('a slash date: how it was read', async () => {
        expect(await hover(swedish, protocol, '3/2/2002')).toBe('**söndag 3 februari 2002**\n\nLäst som dag/månad\n\n8 dagar efter mötet');
    });

    test('relative deadlines and approval: the day they stand for', async () => {
        expect(await hover(swedish, protocol, 'juni 2002')).toBe('**Juni 2002**\n\nsöndag 30 juni 2002\n\n155 dagar efter mötet');
        expect(await hover(swedish, protocol, 'nästa möte', 1)).toBe('**Nästa möte**\n\nsöndag 3 februari 2002\n\n8 dagar efter mötet');
        expect(await hover(swedish, protocol, 'löpande')).toBe('**Löpande**\n\nIngen sista dag');
        expect(await hover(swedish, protocol, 'vid nästa möte')).toBe('**Vid nästa möte**\n\nsöndag 3 februari 2002\n\n8 dagar efter mötet');
        const undated = protocol.replace('Nästa möte: 3/2/2002', 'Nästa möte: ej bestämt');
        expect(await hover(swedish, undated, 'Senast: nästa möte', 1, 9)).toBe('**Nästa möte**\n\nNästa möte har inget datum');
    });

    test('Anslag: the end of the appeal period, three weeks later', async () => {
        expect(await hover(swedish, protocol, '2002-01-30')).toBe('**onsdag 30 januari 2002**\n\n4 dagar efter mötet\n\nÖverklagandetiden går ut onsdag 20 februari 2002');
        expect(await hover(english, protocol, '2002-01-30')).toBe('**Wednesday 30 January 2002**\n\n4 days after the meeting\n\nThe appeal period ends Wednesday 20 February 2002');
    });
});
