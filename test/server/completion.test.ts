import { describe, expect, test } from 'vitest';
import { expectCompletion } from 'langium/test';
import { CompletionTriggerKind, InsertTextFormat, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver';
import { applyEdits, createServices, cursor, open, SWEDISH_MINUTES, ENGLISH_MINUTES, type Services } from './helpers.js';

const services = createServices({ messageLanguage: 'sv' });

async function complete(marked: string, svc: Services = services, triggerKind: CompletionTriggerKind = CompletionTriggerKind.Invoked): Promise<CompletionList> {
    const { text, position } = cursor(marked);
    const document = await open(svc, text);
    const result = await svc.Minutes.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() }, position, context: { triggerKind }
    });
    return result ?? { isIncomplete: false, items: [] };
}

/** Labels in the order the editor shows them. */
function labels(list: CompletionList): string[] {
    return [...list.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map(item => item.label);
}

function itemNamed(list: CompletionList, label: string): CompletionItem {
    const item = list.items.find(i => i.label === label);
    if (!item) throw new Error(`no completion "${label}" among ${labels(list).join(', ')}`);
    return item;
}

/** The document after accepting a completion (snippet placeholders keep their default text). */
function accept(marked: string, item: CompletionItem): string {
    const { text } = cursor(marked);
    const edit = item.textEdit as TextEdit;
    const newText = item.insertTextFormat === InsertTextFormat.Snippet ? expandSnippet(edit.newText) : edit.newText;
    return applyEdits(text, [{ range: edit.range, newText }]);
}

/** Resolves a snippet to the text it inserts when every placeholder keeps its default. */
function expandSnippet(snippet: string): string {
    const defaults = new Map<string, string>();
    let text = snippet.replace(/\$\{(\d+)\|([^|]*)\|\}/gu, (_, n: string, choices: string) => {
        const first = choices.split(',')[0];
        defaults.set(n, first);
        return first;
    });
    // Placeholders with defaults, innermost first, then mirrors and bare tab stops.
    for (let previous = ''; previous !== text;) {
        previous = text;
        text = text.replace(/\$\{(\d+):([^${}]*)\}/gu, (_, n: string, value: string) => {
            defaults.set(n, value);
            return value;
        });
    }
    return text.replace(/\$\{(\d+)\}|\$(\d+)/gu, (_, a?: string, b?: string) => defaults.get(a ?? b ?? '') ?? '');
}

const SWEDISH_HEADER = `Minnesanteckningar: Styrelsemöte
Tid: torsdag 2022-10-06 kl. 13.00–14.00
Plats: Kommunhuset

Deltagare:
- Anna Andersson, Botkyrka
- Bertil Berg, Huddinge
- Cecilia Carlsson, Botkyrka

Ej närvarande:
- David Dahl, Salem
`;

describe('keywords at the start of a line', () => {
    test('the header offers the header fields not yet written, then the first item and the trailer, in Swedish', async () => {
        const list = await complete(`${SWEDISH_HEADER}\n|`);
        // After the attendance lists come the roles, then the header fields before them (the table's order).
        expect(labels(list)).toEqual([
            'Ordförande:', 'Sekreterare:', 'Justerare:', 'Rösträknare:', 'Regler:', 'Organ:', 'Antal ledamöter:', 'Beslutförhet:',
            'Dagordning:', 'Ajournering:', 'Grupper:', 'Beslutande:', 'Tjänstgörande ersättare:', 'Ersättare:', 'Övriga närvarande:',
            'Punkt 1:', 'Nästa möte:', 'Justering:', 'Anslag:', 'Förvaringsplats:', 'Avslutning:', 'Punkt 1: …'
        ]);
        expect(accept(`${SWEDISH_HEADER}\n|`, itemNamed(list, 'Ordförande:'))).toBe(`${SWEDISH_HEADER}\nOrdförande: `);
    });

    test('an English document gets English keywords', async () => {
        const list = await complete('Minutes: Board\nDate: Thursday 2026-03-12\n|');
        expect(labels(list)).toEqual([
            'Place:', 'Rules:', 'Body:', 'Members:', 'Quorum:', 'Agenda:', 'Recess:', 'Groups:', 'Present:', 'Members present:',
            'Serving substitutes:', 'Substitutes:', 'Also present:', 'Absent:', 'Chair:', 'Secretary:', 'Adjuster:', 'Tellers:',
            'Item 1:', 'Next meeting:', 'Approval:', 'Posted:', 'Kept at:', 'Closing:', 'Item 1: …'
        ]);
    });

    test('a partly typed word is completed, whatever its case, with the alias it starts', async () => {
        const doc = `${SWEDISH_HEADER}\nPunkt 1: Budget\nDet diskuterades.\n`;
        const list = await complete(`${doc}be|`);
        expect(labels(list)).toEqual(['Beslut:']);
        expect(list.isIncomplete).toBe(true);
        expect(accept(`${doc}be|`, list.items[0])).toBe(`${doc}Beslut: `);
        expect(labels(await complete(`${SWEDISH_HEADER}\nnä|`))).toEqual(['Nästa möte:']);
        expect(labels(await complete('Minnesanteckningar: X\nTid: 2022-10-06\nNä|'))).toEqual(['Närvarande:', 'Nästa möte:']);
        expect(labels(await complete('Minnesanteckningar: X\nVid|'))).toEqual(['Vid anteckningarna:', 'Vid protokollet:']);
    });

    test('inside a keyword already written, the whole keyword and its colon are replaced', async () => {
        const doc = `${SWEDISH_HEADER}\nPunkt 1: Budget\nUppdrag: Jämför.\n`;
        const marked = `${doc}ANSV|ARIG:  Anna Andersson`;
        const list = await complete(marked);
        expect(labels(list)).toEqual(['Ansvarig:']);
        expect(accept(marked, list.items[0])).toBe(`${doc}Ansvarig: Anna Andersson`);
    });

    test('prose that is no keyword gets no completion', async () => {
        expect(labels(await complete(`${SWEDISH_HEADER}\nBeslut om |`))).toEqual([]);
    });

    test('inside an item: Beslut, Uppdrag, the next Punkt and the trailer, and the item and action snippets', async () => {
        const doc = `${SWEDISH_HEADER}\nPunkt 1: Budget\nDet diskuterades.\n\n|`;
        expect(labels(await complete(doc))).toEqual([
            'Beslut:', 'Uppdrag:', 'Yrkande:', 'Omröstning:', 'Reservation:', 'Protokollsanteckning:', 'Jäv:', 'Sekretess:', 'Bilaga 1:',
            'Punkt 2:', 'Nästa möte:', 'Justering:', 'Anslag:', 'Förvaringsplats:', 'Avslutning:', 'Punkt 2: …', 'Uppdrag: … Ansvarig: … Senast: …'
        ]);
    });

    test('right below an Uppdrag, its Ansvarig and Senast come first; a field already given is not offered', async () => {
        const doc = `${SWEDISH_HEADER}\nPunkt 1: Budget\nUppdrag: Ta fram en jämförelse.\n`;
        expect(labels(await complete(`${doc}|`)).slice(0, 2)).toEqual(['Ansvarig:', 'Senast:']);
        const withOwner = `${doc}Ansvarig: Anna Andersson\n`;
        expect(labels(await complete(`${withOwner}|`)).slice(0, 2)).toEqual(['Senast:', 'Beslut:']);
        // A wrapped action text still belongs to the action; a paragraph after a blank line ends it.
        expect(labels(await complete(`${doc}som fortsätter här.\n|`))).toContain('Ansvarig:');
        expect(labels(await complete(`${doc}\nMer text.\n\n|`))).not.toContain('Ansvarig:');
    });

    test('after the trailer only the trailer keywords not yet used remain', async () => {
        const doc = `${SWEDISH_HEADER}\nPunkt 1: Budget\n\nNästa möte: torsdag 2022-10-13\n|`;
        expect(labels(await complete(doc))).toEqual(['Justering:', 'Anslag:', 'Förvaringsplats:', 'Avslutning:']);
    });

    test('protocols number their items with §', async () => {
        const list = await complete('Protokoll: Kommunstyrelsen\nTid: 2022-10-06\n\n§ 41: Val\n\n|');
        expect(labels(list)).toContain('§ 42:');
        expect(labels(list)).toContain('§ 42: …');
    });

    test('the first line offers the kinds of documents', async () => {
        expect(labels(await complete('Pro|\nTid: 2022-10-06'))).toEqual(['Protokoll:', 'Protocol:']);
        expect(labels(await complete('|\nTid: 2022-10-06'))).toEqual(['Minnesanteckningar:', 'Protokoll:', 'Minutes:']);
    });

    test('the langium test helper sees the same keyword items', async () => {
        await expectCompletion(services.Minutes)({
            text: `${SWEDISH_HEADER}\nOrdförande: Anna Andersson\nSekreterare: Bertil Berg\nJusterare: Cecilia Carlsson\n\nPunkt 1: Budget\n<|>`,
            index: 0,
            expectedItems: [
                'Beslut:', 'Uppdrag:', 'Yrkande:', 'Omröstning:', 'Reservation:', 'Protokollsanteckning:', 'Jäv:', 'Sekretess:', 'Bilaga 1:',
                'Punkt 2:', 'Nästa möte:', 'Justering:', 'Anslag:', 'Förvaringsplats:', 'Avslutning:', 'Punkt 2: …', 'Uppdrag: … Ansvarig: … Senast: …'
            ],
            disposeAfterCheck: true
        });
    });
});

describe('snippets and templates', () => {
    test('an empty document offers whole templates that check without a problem once accepted', async () => {
        const list = await complete('|');
        expect(labels(list)).toEqual(['Minnesanteckningar: …', 'Protokoll: …', 'Minutes: …', 'Minnesanteckningar:', 'Protokoll:', 'Minutes:']);
        for (const label of ['Minnesanteckningar: …', 'Protokoll: …', 'Minutes: …']) {
            const text = accept('|', itemNamed(list, label));
            const document = await open(services, text);
            expect(document.diagnostics, `${label}\n${text}`).toEqual([]);
        }
        const swedish = accept('|', itemNamed(list, 'Minnesanteckningar: …'));
        expect(swedish.split('\n').slice(0, 2)).toEqual(['Minnesanteckningar: Styrelsemöte', 'Tid: onsdag 2026-03-11 kl. 13.00–14.00']);
        expect(swedish).toContain('Senast: onsdag 2026-03-25');
        expect(accept('|', itemNamed(list, 'Minutes: …'))).toContain('Date: Wednesday 2026-03-11 18.30–20.00');
        expect(accept('|', itemNamed(list, 'Protokoll: …'))).toContain('§ 1: Rubrik');
    });

    test('the Punkt snippet numbers the item after the one above and has tab stops for number and title', async () => {
        const doc = `${SWEDISH_HEADER}\nPunkt 4: Budget\n\n|`;
        const item = itemNamed(await complete(doc), 'Punkt 5: …');
        expect((item.textEdit as TextEdit).newText).toBe('Punkt ${1:5}: ${2:Rubrik}\n$0');
    });

    test('the Uppdrag snippet offers the present persons as owners and a deadline two weeks after the meeting', async () => {
        const doc = `${SWEDISH_HEADER}\nPunkt 1: Budget\n\n|`;
        const item = itemNamed(await complete(doc), 'Uppdrag: … Ansvarig: … Senast: …');
        expect((item.textEdit as TextEdit).newText).toBe(
            'Uppdrag: ${1:Vad som ska göras.}\nAnsvarig: ${2|Anna Andersson,Bertil Berg,Cecilia Carlsson|}\nSenast: ${3:torsdag 2022-10-20}\n$0');
    });
});

describe('persons after role keywords', () => {
    test('present persons first, absent ones last and marked as absent', async () => {
        const list = await complete(`${SWEDISH_HEADER}\nOrdförande: |`);
        expect(labels(list)).toEqual(['Anna Andersson', 'Bertil Berg', 'Cecilia Carlsson', 'David Dahl']);
        expect(itemNamed(list, 'David Dahl').labelDetails?.description).toBe('ej närvarande');
        expect(itemNamed(list, 'Anna Andersson').labelDetails?.description).toBe('Botkyrka');
        expect(itemNamed(list, 'Anna Andersson').detail).toBe('Botkyrka · närvarande');
    });

    test('what is typed filters by the start of any word of the name, and the typed text is replaced', async () => {
        const marked = `${SWEDISH_HEADER}\nSekreterare: be|`;
        const list = await complete(marked);
        expect(labels(list)).toEqual(['Bertil Berg']);
        expect(accept(marked, list.items[0])).toBe(`${SWEDISH_HEADER}\nSekreterare: Bertil Berg`);
    });

    test('after a comma the next name, without the names already on the line', async () => {
        const marked = `${SWEDISH_HEADER}\nPunkt 1: Budget\nUppdrag: Jämför.\nAnsvarig: Anna Andersson, |`;
        expect(labels(await complete(marked))).toEqual(['Bertil Berg', 'Cecilia Carlsson', 'David Dahl']);
        const noSpace = `${SWEDISH_HEADER}\nPunkt 1: Budget\nUppdrag: Jämför.\nAnsvarig: Anna Andersson,|`;
        expect(accept(noSpace, itemNamed(await complete(noSpace), 'Bertil Berg'))).toMatch(/Ansvarig: Anna Andersson, Bertil Berg$/u);
    });

    test('for the adjuster, the chair and the secretary come after the other present persons', async () => {
        const doc = `${SWEDISH_HEADER}\nOrdförande: Anna Andersson\nSekreterare: Bertil Berg\nJusterare: |`;
        const list = await complete(doc);
        expect(labels(list)).toEqual(['Cecilia Carlsson', 'Anna Andersson', 'Bertil Berg', 'David Dahl']);
        expect(itemNamed(list, 'Bertil Berg').labelDetails?.description).toBe('sekreterare');
    });

    test('a name typed word by word is replaced from its first word (not "Anna Anna Andersson")', async () => {
        const marked = `${SWEDISH_HEADER}\nOrdförande: Anna |`;
        const list = await complete(marked, services, CompletionTriggerKind.TriggerCharacter);
        expect(labels(list)).toEqual(['Anna Andersson']);
        expect(accept(marked, list.items[0])).toBe(`${SWEDISH_HEADER}\nOrdförande: Anna Andersson`);
        const second = `${SWEDISH_HEADER}\nJusterare: Anna Andersson och Cecilia |`;
        expect(accept(second, itemNamed(await complete(second), 'Cecilia Carlsson'))).toBe(`${SWEDISH_HEADER}\nJusterare: Anna Andersson och Cecilia Carlsson`);
    });

    test('a name or a date typed out in full is not offered again, so the popup closes before Enter', async () => {
        expect(labels(await complete(`${SWEDISH_HEADER}\nOrdförande: Anna Andersson|`))).toEqual([]);
        expect(labels(await complete(`${SWEDISH_HEADER}\nOrdförande: anna  andersson|`))).toEqual([]);
        // Inside a written name it is still offered (to replace the name).
        expect(labels(await complete(`${SWEDISH_HEADER}\nOrdförande: Anna| Andersson`))).toEqual(['Anna Andersson']);
        const due = `${SWEDISH_HEADER}\nPunkt 1: Budget\nUppdrag: Jämför.\nSenast: `;
        const typedOut = await complete(`${due}torsdag 2022-10-13|`);
        expect(labels(typedOut)).toEqual(['torsdag 2022-10-20', 'lördag 2022-11-05']);
        expect(typedOut.isIncomplete).toBe(true);
        expect(labels(await complete(`${SWEDISH_HEADER}\nNästa möte: torsdag 2022-10-13 kl. 13.00–14.00|`))).toEqual(['torsdag 2022-10-20 kl. 13.00–14.00', 'torsdag 2022-11-03 kl. 13.00–14.00']);
    });

    test('right after the colon the name comes with its space', async () => {
        const marked = `${SWEDISH_HEADER}\nOrdförande:|`;
        expect(accept(marked, itemNamed(await complete(marked), 'Anna Andersson'))).toBe(`${SWEDISH_HEADER}\nOrdförande: Anna Andersson`);
    });

    test('labels follow the reader\'s language', async () => {
        const english = createServices({ messageLanguage: 'en' });
        const list = await complete(`${SWEDISH_HEADER}\nOrdförande: |`, english);
        expect(itemNamed(list, 'David Dahl').labelDetails?.description).toBe('absent');
    });
});

describe('dates after date keywords', () => {
    test('Tid: today with its weekday, in the document\'s language', async () => {
        const list = await complete('Minnesanteckningar: X\nTid: |');
        expect(labels(list)).toEqual(['onsdag 2026-03-11']);
        expect(list.items[0].detail).toBe('i dag');
        expect(labels(await complete('Minutes: X\nDate: |'))).toEqual(['Wednesday 2026-03-11']);
    });

    test('Nästa möte: the meeting\'s weekday and time one, two and four weeks later', async () => {
        const list = await complete(`${SWEDISH_HEADER}\nNästa möte: |`);
        expect(labels(list)).toEqual(['torsdag 2022-10-13 kl. 13.00–14.00', 'torsdag 2022-10-20 kl. 13.00–14.00', 'torsdag 2022-11-03 kl. 13.00–14.00', 'ej bestämt']);
        expect(list.items.map(i => i.detail)).toEqual(['om en vecka', 'om 2 veckor', 'om 4 veckor', undefined]);
        const english = await complete(`${ENGLISH_MINUTES.split('\n').slice(0, 4).join('\n')}\nNext meeting: |`);
        expect(labels(english)[0]).toBe('Tuesday 2026-02-17 18.00–19.45');
    });

    test('Senast: a week, two weeks and a month after the meeting; typed text is replaced', async () => {
        const marked = `${SWEDISH_HEADER}\nPunkt 1: Budget\nUppdrag: Jämför.\nSenast: 2022|`;
        const list = await complete(marked);
        expect(labels(list)).toEqual(['torsdag 2022-10-13', 'torsdag 2022-10-20', 'lördag 2022-11-05']);
        expect(list.items.map(i => i.detail)).toEqual(['7 dagar efter mötet', '14 dagar efter mötet', '30 dagar efter mötet']);
        expect(accept(marked, list.items[0])).toMatch(/\nSenast: torsdag 2022-10-13$/u);
    });

    test('Justering: every day from the meeting to the approval deadline', async () => {
        const short = createServices({ messageLanguage: 'sv', approvalDays: 3 });
        const list = await complete(`${SWEDISH_HEADER}\nJustering: |`, short);
        expect(labels(list)).toEqual(['torsdag 2022-10-06', 'fredag 2022-10-07', 'lördag 2022-10-08', 'söndag 2022-10-09', 'vid nästa möte', 'genom pull request', 'omedelbart']);
        expect(list.items.map(i => i.detail).filter(Boolean)).toEqual([
            'mötesdagen', '1 dag efter mötet', '2 dagar efter mötet', '3 dagar efter mötet, sista dagen för justering'
        ]);
        // Then the approvals without a date.
        expect(labels(await complete(`${SWEDISH_HEADER}\nJustering: |`)).slice(14)).toEqual(['torsdag 2022-10-20', 'vid nästa möte', 'genom pull request', 'omedelbart']);
    });
});

describe('organisations in person lists', () => {
    test('after the comma: the organisations already used, the most used first', async () => {
        const marked = `${SWEDISH_HEADER.replace('- David Dahl, Salem', '- David Dahl, |')}`;
        const list = await complete(marked);
        expect(labels(list)).toEqual(['Botkyrka', 'Huddinge']);
        expect(list.items[0].detail).toBe('2 personer');
        expect(accept(marked, list.items[1])).toContain('- David Dahl, Huddinge\n');
    });

    test('right after the comma without a space, the organisation comes with its space', async () => {
        const marked = SWEDISH_HEADER.replace('- David Dahl, Salem', '- David Dahl,|');
        expect(accept(marked, itemNamed(await complete(marked), 'Huddinge'))).toContain('- David Dahl, Huddinge\n');
    });

    test('a whole document gets its own organisations', async () => {
        // Asked for right after the comma (the editor filters the list as the name is typed).
        const marked = SWEDISH_MINUTES.replace('- Ivar Lindgren, Kungsör', '- Ivar Lindgren, |');
        expect(labels(await complete(marked))).toContain('Eskilstuna');
    });
});

describe('prose offers nothing while it is typed, so Enter always makes a new line', () => {
    const ITEM = `${SWEDISH_HEADER}\nPunkt 1: Budget\n`;
    const typing = (marked: string) => complete(marked, services, CompletionTriggerKind.Invoked);
    const spaceTyped = (marked: string) => complete(marked, services, CompletionTriggerKind.TriggerCharacter);

    test('the end of a prose line, long or short, and a paragraph\'s next line', async () => {
        expect(labels(await typing(`${ITEM}Det diskuterades länge om budgeten|`))).toEqual([]);
        expect(labels(await typing(`${ITEM}Mötet|`))).toEqual([]);
        expect(labels(await spaceTyped(`${ITEM}Mötet öppnades |`))).toEqual([]);
        expect(labels(await typing(`${ITEM}Det diskuterades.\nVidare|`))).toEqual([]);
        expect(labels(await typing(`${ITEM}- Något att göra|`))).toEqual([]);
    });

    test('a person line\'s name and free text: organisations only when asked for right after the comma', async () => {
        const list = SWEDISH_HEADER.replace('- Bertil Berg, Huddinge', '- Bertil Berg, Huddinge kommunhus');
        const at = (person: string) => `${list}- ${person}`;
        // What the editor asks while a name or an organisation is typed: a letter (Invoked) or a space/comma (trigger).
        expect(labels(await typing(at('Magnus Gyllestad|')))).toEqual([]);
        expect(labels(await typing(at('Magnus Gyllestad, H|')))).toEqual([]);
        expect(labels(await typing(at('Magnus Gyllestad, Huddinge kommun|')))).toEqual([]);
        expect(labels(await spaceTyped(at('Magnus Gyllestad, Huddinge |')))).toEqual([]);
        expect(labels(await spaceTyped(at('Magnus Gyllestad,|')))).toEqual([]);
        expect(labels(await spaceTyped(at('Magnus Gyllestad, |')))).toEqual([]);
        // Ctrl+Space right after the comma.
        expect(labels(await typing(at('Magnus Gyllestad, |')))).toEqual(['Botkyrka', 'Huddinge kommunhus', 'Salem']);
    });

    test('keywords while the start of a line can still become one; the first letter that rules them out ends them', async () => {
        expect(labels(await typing(`${ITEM}Be|`))).toEqual(['Beslut:']);
        expect(labels(await typing(`${ITEM}Beslu|`))).toEqual(['Beslut:']);
        expect(labels(await typing(`${ITEM}Besk|`))).toEqual([]);
        expect(labels(await spaceTyped(`${ITEM}Nästa |`))).toEqual(['Nästa möte:']);
        expect(labels(await spaceTyped(`${ITEM}Nästa vecka |`))).toEqual([]);
        // Typing at the start of a line that already has prose after the cursor is editing prose.
        expect(labels(await typing(`${ITEM}B|et diskuterades`))).toEqual([]);
    });

    test('spaces typed at the start of a line or in an empty document are indentation, not a request', async () => {
        expect(labels(await spaceTyped(`${ITEM}  |`))).toEqual([]);
        expect(labels(await spaceTyped(' |'))).toEqual([]);
        // Asked for, both still offer what they did.
        expect(labels(await typing(`${ITEM}|`))).toContain('Beslut:');
        expect(labels(await typing('|'))).toContain('Minnesanteckningar: …');
    });

    test('role, owner and date values still complete as they are typed', async () => {
        expect(labels(await spaceTyped(`${SWEDISH_HEADER}Ordförande: |`))).toEqual(['Anna Andersson', 'Bertil Berg', 'Cecilia Carlsson', 'David Dahl']);
        expect(labels(await typing(`${ITEM}Uppdrag: Jämför.\nAnsvarig: Ce|`))).toEqual(['Cecilia Carlsson']);
        expect(labels(await spaceTyped(`${ITEM}Uppdrag: Jämför.\nSenast: |`))).toHaveLength(6);
        expect(labels(await spaceTyped('Minnesanteckningar: X\nTid: |'))).toEqual(['onsdag 2026-03-11']);
    });
});
