/**
 * The person quick fixes (server/person-code-actions.ts): an ambiguous short form or first
 * name becomes one of the full names, and a short form or first name can be written out.
 */
import { describe, expect, test, vi } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { PersonNames } from '../../language/references.js';
import { applyEdits, createServices, open, positionOf } from './helpers.js';

const swedish = createServices({ messageLanguage: 'sv' });
const english = createServices({ messageLanguage: 'en' });

const MEETING = `Protokoll: Socialnämnden
Tid: 2026-02-17

Deltagare:
- Anna Berg (S)
- Anna Lind (S)
- Bo Eliasson (V)

Ordförande: Anna
Sekreterare: V
Justerare: Anna Berg
`;

async function actionsAt(services: typeof swedish, text: string, needle: string, delta = 0): Promise<Array<{ title: string; result: string; diagnostics: number }>> {
    const document = await open(services, text);
    const position = positionOf(text, needle, delta);
    const diagnostics = (document.diagnostics ?? []).filter(d => d.range.start.line === position.line);
    const actions = await services.Minutes.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: { start: position, end: position }, context: { diagnostics }
    }) as CodeAction[];
    return actions.map(action => ({
        title: action.title, result: applyEdits(text, action.edit!.changes![document.uri.toString()]), diagnostics: action.diagnostics?.length ?? 0
    }));
}

describe('person-ambiguous', () => {
    test('one fix per person the name fits', async () => {
        const actions = await actionsAt(swedish, MEETING, 'Ordförande: Anna', 12);
        expect(actions.map(a => [a.title, a.diagnostics])).toEqual([['Skriv hela namnet Anna Berg', 1], ['Skriv hela namnet Anna Lind', 1]]);
        expect(actions[1].result).toContain('Ordförande: Anna Lind\n');
        expect((await open(swedish, actions[1].result)).diagnostics).toEqual([]);
    });

    test('an ambiguous short form, with its parentheses kept', async () => {
        const text = MEETING.replace('Justerare: Anna Berg', 'Justerare: S (S)').replace('Ordförande: Anna', 'Ordförande: Bo');
        const actions = await actionsAt(english, text, 'Justerare: S', 11);
        expect(actions.map(a => a.title)).toEqual(['Write the full name Anna Berg', 'Write the full name Anna Lind']);
        expect(actions[0].result).toContain('Justerare: Anna Berg (S)\n');
    });
});

describe('a short form or first name written out', () => {
    test('offered at the cursor, without a diagnostic', async () => {
        const actions = await actionsAt(swedish, MEETING, 'Sekreterare: V', 13);
        expect(actions.map(a => [a.title, a.diagnostics])).toEqual([['Skriv hela namnet Bo Eliasson', 0]]);
        expect(actions[0].result).toContain('Sekreterare: Bo Eliasson\n');
    });

    test('not on a full name, a declaration or free text', async () => {
        expect(await actionsAt(swedish, MEETING, 'Justerare: Anna', 11)).toEqual([]);
        expect(await actionsAt(swedish, MEETING, '- Bo Eliasson', 3)).toEqual([]);
        expect(await actionsAt(swedish, MEETING, 'Socialnämnden', 2)).toEqual([]);
    });
});

describe('a long pasted role line', () => {
    test('its name is read once, however often the editor asks for code actions on it', async () => {
        // One reference with 300 identity numbers in it: 300 diagnostics on one name, and the
        // editor asks for code actions at each. Reading a name is linear in its length.
        const name = 'x' + '811228-9874 19121212-1212 '.repeat(150) + 'y';
        const read = vi.spyOn(PersonNames.prototype as unknown as { read: (text: string, groups: boolean) => unknown }, 'read');
        try {
            const document = await open(swedish, MEETING.replace('Ordförande: Anna', `Ordförande: ${name}`));
            const diagnostics = (document.diagnostics ?? []).filter(d => d.code === 'personal-id-number');
            expect(diagnostics.length).toBe(300);
            for (const diagnostic of diagnostics) {
                await swedish.Minutes.lsp.CodeActionProvider!.getCodeActions(document, {
                    textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
                });
            }
            expect(read.mock.calls.filter(([text]) => text === name)).toHaveLength(1);
        } finally {
            read.mockRestore();
        }
    });
});
