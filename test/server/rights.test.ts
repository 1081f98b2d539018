/**
 * The editor about decisions: hover on an item (who may decide, Jäv, quorum, vote arithmetic)
 * and on `Regler`, completion of rule sets and of voters, and the quick fixes "counts from the
 * named voters" and "add a missing agenda entry".
 */
import { describe, expect, test } from 'vitest';
import { CompletionTriggerKind, type CodeAction, type CompletionItem, type MarkupContent } from 'vscode-languageserver';
import { applyEdits, createServices, cursor, open, positionOf, type Services } from './helpers.js';

const swedish = createServices({ messageLanguage: 'auto' });

/** A municipal board without attendance ranges, so that who may decide depends on groups and Jäv alone. */
const BOARD = `Protokoll: Socialnämnden
Tid: 2026-02-17
Antal ledamöter: 5

Beslutande:
- Anna Berg (S)
- Cecilia Dahl (M)
- David Fors (KD)

Tjänstgörande ersättare:
- Erik Gran (V), för Hans Jonsson

Ersättare:
- Frida Holm (MP)

Ej närvarande:
- Hans Jonsson (L)

Ordförande: Anna Berg
Sekreterare: Frida Holm
Justerare: Cecilia Dahl

Dagordning:
- Budget 2026
- Riktlinjer

§ 1 Budget 2026
Jäv: David Fors

Omröstning: 2 ja, 1 avstår
Ja: Anna Berg, Cecilia Dahl
Avstår: Erik Gran

Beslut: Nämnden fastställer budgeten.

§ 2 Riktlinjer
Beslut: Nämnden antar riktlinjerna.

§ 3 Övrigt
Beslut: Inget övrigt.
`;

async function hover(services: Services, text: string, needle: string, delta = 0): Promise<string | undefined> {
    const document = await open(services, text);
    const result = await services.Minutes.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(text, needle, delta)
    });
    return result && (result.contents as MarkupContent).value;
}

describe('hover', () => {
    test('on an item: who may decide, Jäv, the quorum and the vote arithmetic', async () => {
        expect(await hover(swedish, BOARD, '§ 1')).toBe([
            '**§ 1 Budget 2026**',
            '',
            'Får besluta (3): Anna Berg, Cecilia Dahl, Erik Gran',
            '',
            'Jäv: David Fors',
            '',
            'Beslutför med 3',
            '',
            'Omröstning: 2 + 1 = 3 röster; 3 får besluta'
        ].join('\n'));
        expect(await hover(swedish, BOARD, '§ 2', 2)).toBe('**§ 2 Riktlinjer**\n\nFår besluta (4): Anna Berg, Cecilia Dahl, David Fors, Erik Gran\n\nBeslutför med 3');
    });

    test('in an English view', async () => {
        const english = createServices({ messageLanguage: 'en' });
        expect(await hover(english, BOARD, '§ 2')).toBe('**§ 2 Riktlinjer**\n\nMay decide (4): Anna Berg, Cecilia Dahl, David Fors, Erik Gran\n\nQuorum 3');
    });

    test('on a person: the votes they cast, their reservations and Jäv, after who they are', async () => {
        const text = BOARD.replace('Beslut: Nämnden antar riktlinjerna.', 'Omröstning: 3 ja, 1 nej\nJa: Anna Berg, Cecilia Dahl, Erik Gran\nNej: David Fors\n\nBeslut: Nämnden antar riktlinjerna.\nReservation: David Fors');
        const hovered = await hover(swedish, text, '- David Fors', 3);
        expect(hovered?.split('\n\n').slice(-1)[0]).toBe('Röster: § 2 Nej\nReservationer: § 2\nJäv: § 1');
        const english = createServices({ messageLanguage: 'en' });
        expect((await hover(english, text, '- David Fors', 3))?.split('\n\n').slice(-1)[0]).toBe('Votes: § 2 Nej\nDissents: § 2\nConflict of interest: § 1');
    });

    test('on Regler: the rule set and what it means; without Regler, the kind default says so', async () => {
        const text = BOARD.replace('Tid: 2026-02-17', 'Regler: förening\nTid: 2026-02-17');
        expect(await hover(swedish, text, 'förening', 2)).toBe(
            '**förening**\n\nFöreningar och bostadsrättsföreningar: justerare krävs, ordförande och justerare skriver under.');
        const unknown = BOARD.replace('Tid: 2026-02-17', 'Regler: stadgarna\nTid: 2026-02-17');
        expect(await hover(swedish, unknown, 'Regler', 2)).toBe(
            '**kommunallagen**\n\nKommunala organ: justerare krävs, anslag senast två dagar efter justeringen, namn vid öppen omröstning.\n\ngäller för "Protokoll" utan "Regler:"');
    });
});

async function complete(services: Services, marked: string): Promise<CompletionItem[]> {
    const { text, position } = cursor(marked);
    const document = await open(services, text);
    const list = await services.Minutes.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() }, position, context: { triggerKind: CompletionTriggerKind.Invoked }
    });
    return (list?.items ?? []).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
}

describe('completion', () => {
    test('after Regler: the rule sets, the kind\'s default first, each with what it means', async () => {
        const items = await complete(swedish, BOARD.replace('Tid: 2026-02-17', 'Regler: |\nTid: 2026-02-17'));
        expect(items.map(item => item.label)).toEqual(['kommunallagen', 'förening', 'anteckningar', 'roberts']);
        expect(items[0].detail).toMatch(/^Kommunala organ/u);
        const typed = await complete(swedish, BOARD.replace('Tid: 2026-02-17', 'Regler: BR|\nTid: 2026-02-17'));
        expect(typed.map(item => item.label)).toEqual(['BRF']);
        const english = await complete(swedish, 'Minutes: Board\nRules: |\n');
        expect(english.map(item => item.label)).toEqual(["Robert's Rules", 'kommunallagen', 'förening', 'anteckningar']);
    });

    test('on Nej: who may decide in the item first, then the others; names already under the vote left out', async () => {
        const items = await complete(swedish, BOARD.replace('Avstår: Erik Gran', 'Avstår: Erik Gran\nNej: |'));
        expect(items.map(item => `${item.label} (${item.labelDetails?.description})`)).toEqual([
            'David Fors (får inte besluta här)', 'Frida Holm (får inte besluta här)', 'Hans Jonsson (ej närvarande)'
        ]);
        const item2 = await complete(swedish, BOARD.replace('§ 2 Riktlinjer\n', '§ 2 Riktlinjer\nOmröstning: 4 ja\nJa: |\n'));
        expect(item2.map(item => `${item.label} (${item.labelDetails?.description})`)).toEqual([
            'Anna Berg (får besluta här)', 'Cecilia Dahl (får besluta här)', 'David Fors (får besluta här)', 'Erik Gran (får besluta här)',
            'Frida Holm (får inte besluta här)', 'Hans Jonsson (ej närvarande)'
        ]);
    });
});

async function fixes(services: Services, text: string, code: string): Promise<Array<{ title: string; result: string }>> {
    const document = await open(services, text);
    const diagnostics = (document.diagnostics ?? []).filter(d => d.code === code);
    expect(diagnostics.length, `no ${code} in ${JSON.stringify(document.diagnostics?.map(d => d.code))}`).toBeGreaterThan(0);
    const actions = await services.Minutes.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] }
    }) as CodeAction[];
    return actions.map(action => ({ title: action.title, result: applyEdits(text, action.edit!.changes![document.uri.toString()]) }));
}

describe('quick fixes', () => {
    test('vote-count-mismatch: the counts from the named voters, in the form written', async () => {
        const text = BOARD.replace('Omröstning: 2 ja, 1 avstår', 'Omröstning: 3 ja');
        expect(await fixes(swedish, text, 'vote-count-mismatch')).toEqual([{
            title: 'Skriv "2 ja, 1 avstår" (räknat från namnen)',
            result: BOARD
        }]);
        const dashes = BOARD.replace('Omröstning: 2 ja, 1 avstår', 'Omröstning: 3–0');
        expect((await fixes(swedish, dashes, 'vote-count-mismatch'))[0].result).toBe(BOARD.replace('Omröstning: 2 ja, 1 avstår', 'Omröstning: 2–0–1'));
    });

    test('item-not-on-agenda: an entry for the item, after the entry of the item above', async () => {
        expect(await fixes(swedish, BOARD, 'item-not-on-agenda')).toEqual([{
            title: 'Lägg till "Övrigt" på dagordningen',
            result: BOARD.replace('- Riktlinjer\n', '- Riktlinjer\n- Övrigt\n')
        }]);
        const numbered = BOARD.replace('- Budget 2026\n- Riktlinjer\n', '1. Budget 2026\n3. Övrigt\n');
        expect((await fixes(swedish, numbered, 'item-not-on-agenda'))[0].result).toBe(numbered.replace('1. Budget 2026\n', '1. Budget 2026\n2. Riktlinjer\n'));
    });
});
