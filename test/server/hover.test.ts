import { describe, expect, test } from 'vitest';
import { expectHover } from 'langium/test';
import type { MarkupContent } from 'vscode-languageserver';
import { createServices, HARBOUR, open, positionOf, SODERTORN, type Services } from './helpers.js';

const swedish = createServices({ messageLanguage: 'sv' });
const english = createServices({ messageLanguage: 'en' });

async function hover(services: Services, text: string, needle: string, occurrence = 1, delta = 1): Promise<string | undefined> {
    const document = await open(services, text);
    const result = await services.Minutes.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(text, needle, delta, occurrence)
    });
    return result && (result.contents as MarkupContent).value;
}

describe('hover on persons', () => {
    test('a reference: name, organisation, presence, roles and the actions the person owns', async () => {
        // The second "Helene Olofsson" is the Sekreterare line.
        expect(await hover(swedish, SODERTORN, 'Helene Olofsson', 2)).toBe([
            '**Helene Olofsson**, Södertörnskommunerna',
            '',
            'Närvarande · sekreterare',
            '',
            'Uppdrag:',
            '- Punkt 1: Stämma av upplägg för Samarbetskommitténs kommande återstående två…'
        ].join('\n'));
    });

    test('the declaration shows the same, in the reader\'s language', async () => {
        expect(await hover(english, HARBOUR, 'Ben Okafor')).toBe([
            '**Ben Okafor**, treasurer',
            '',
            'Present',
            '',
            'Actions:',
            '- Item 2: Prepare the cost comparison 2024–2026 for the next meeting. (due 2026-04-09)'
        ].join('\n'));
        expect(await hover(english, HARBOUR, 'Carla Mendes', 2)).toBe('**Carla Mendes**, Friends of the Library\n\nPresent · adjuster\n\n'
            + 'Actions:\n- Item 3: Publish the call for volunteers on the website and in the newsletter. (due 2026-04-01)');
    });

    test('an absent person without roles', async () => {
        expect(await hover(swedish, SODERTORN, 'Mats Bergström')).toBe('**Mats Bergström**, Salem\n\nEj närvarande');
    });

    test('a name nobody declares has no hover (its diagnostic says why)', async () => {
        expect(await hover(swedish, SODERTORN.replace('Justerare: Stefan Hollmark', 'Justerare: Stefan Holmark'), 'Stefan Holmark')).toBeUndefined();
    });

    test('through the langium test helper', async () => {
        await expectHover(english.Minutes)({
            text: HARBOUR.replace('Chair: Ada Lindqvist', 'Chair: <|>Ada Lindqvist'),
            index: 0,
            hover: /^\*\*Ada Lindqvist\*\*, chair of the board\n\nPresent · chair$/u,
            disposeAfterCheck: true
        });
    });
});

describe('hover on dates', () => {
    test('a date after the meeting: the weekday in words and the distance from the meeting', async () => {
        expect(await hover(swedish, SODERTORN, '2022-10-28')).toBe('**fredag 28 oktober 2022**\n\n22 dagar efter mötet');
        expect(await hover(english, HARBOUR, '2026-04-09')).toBe('**Thursday 9 April 2026**\n\n28 days after the meeting');
    });

    test('the meeting date itself is the meeting day; hovering the weekday works too', async () => {
        expect(await hover(swedish, SODERTORN, '2022-10-06')).toBe('**torsdag 6 oktober 2022**\n\nMötesdagen');
        expect(await hover(english, HARBOUR, 'Thursday 2026-03-12')).toBe('**Thursday 12 March 2026**\n\nThe meeting day');
    });

    test('a date before the meeting, one day after it, and a date that does not exist', async () => {
        const text = HARBOUR.replace('Due: 2026-04-09', 'Due: 2026-03-10').replace('Due: 2026-04-01', 'Due: 2026-03-13')
            .replace('2026-04-16', '2026-02-30');
        expect(await hover(english, text, '2026-03-10')).toBe('**Tuesday 10 March 2026**\n\n2 days before the meeting');
        expect(await hover(english, text, '2026-03-13')).toBe('**Friday 13 March 2026**\n\n1 day after the meeting');
        expect(await hover(english, text, '2026-02-30')).toBeUndefined();
    });

    test('prose has no hover', async () => {
        expect(await hover(swedish, SODERTORN, 'Digitalt via Teams')).toBeUndefined();
    });
});
