/**
 * The person hover of the second edition (server/minutes-hover.ts): short form, the groups a
 * person was in with their ranges, chair ranges, from any kind of reference, in the reader's
 * language.
 */
import { describe, expect, test } from 'vitest';
import { createServices, hoverText, SERVING } from './helpers.js';

const swedish = createServices({ messageLanguage: 'sv' });
const english = createServices({ messageLanguage: 'en' });

const hover = hoverText;

const MEETING = `Protokoll: Socialnämnden
Tid: 2026-02-17

Deltagare:
- Magnus Gyllestad (ordförande)
- Bo Eliasson (V) (§ 1)
- Anna Berg (S), Socialkontoret

Ej närvarande:
- Bo Eliasson (V) (§ 2)

Ordförande: Magnus (§ 1), Anna Berg (§ 2)
Sekreterare: S
Justerare: Bo

§ 1: Budget
Beslut: Fastställs.

§ 2: Övrigt
Beslut: Inget.
Uppdrag: Skriv.
Ansvarig: V
Senast: 2026-03-01
`;

describe('hover on persons, second edition', () => {
    test('a person listed for some items present and for others absent, from a first-name reference', async () => {
        expect(await hover(swedish, MEETING, 'Justerare: Bo', 1, 11)).toBe([
            '**Bo Eliasson** (V)',
            '',
            'Närvarande (§ 1) · ej närvarande (§ 2) · justerare',
            '',
            'Uppdrag:',
            '- Punkt 2: Skriv. (senast 2026-03-01)'
        ].join('\n'));
    });

    test('the same from the short form of the declaration and from a short-form reference', async () => {
        const expected = await hover(swedish, MEETING, 'Bo Eliasson');
        expect(await hover(swedish, MEETING, '(V)', 1, 1)).toBe(expected);
        expect(await hover(swedish, MEETING, 'Ansvarig: V', 1, 10)).toBe(expected);
    });

    test('chairs with their ranges; a role word in parentheses is free text', async () => {
        expect(await hover(swedish, MEETING, 'Magnus Gyllestad')).toBe('**Magnus Gyllestad** (ordförande)\n\nNärvarande · ordförande (§ 1)');
        expect(await hover(swedish, MEETING, 'Sekreterare: S', 1, 13)).toBe('**Anna Berg** (S), Socialkontoret\n\nNärvarande · ordförande (§ 2) · sekreterare');
    });

    test('in the reader\'s language, the document\'s ranges as written', async () => {
        expect(await hover(english, MEETING, 'Justerare: Bo', 1, 11)).toMatch(/^\*\*Bo Eliasson\*\* \(V\)\n\nPresent \(§ 1\) · absent \(§ 2\) · adjuster\n\n/u);
    });
});


describe('substitutions and groups', () => {
    test('the substitute serves for the member, who is replaced by the substitute', async () => {
        expect(await hover(swedish, SERVING, 'Cristina Kvist')).toBe('**Cristina Kvist** (V)\n\nTjänstgörande ersättare · sekreterare\n\nTjänstgör för Bo Eliasson § 2');
        expect(await hover(swedish, SERVING, 'för Bo', 1, 5)).toBe('**Bo Eliasson** (V)\n\nBeslutande (§ 1) · justerare\n\nErsätts av Cristina Kvist § 2');
        expect(await hover(english, SERVING, 'Cristina Kvist')).toBe('**Cristina Kvist** (V)\n\nServing substitute · secretary\n\nServes for Bo Eliasson § 2');
    });

    test('a group: its name and the actions it owns', async () => {
        expect(await hover(swedish, SERVING, 'Ansvarig: förvaltningen', 1, 12)).toBe('**Förvaltningen**\n\nUppdrag:\n- Punkt 1: Skriv. (senast 2026-03-01)');
    });
});
