/**
 * Go to definition, find references and rename for every kind of person reference
 * (LANGUAGE-2.md section 2, "References"): full names, short forms, first names, trailing
 * parentheses, and the full name where it stands in prose.
 */
import { describe, expect, test } from 'vitest';
import { ResponseError, type Location, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { applyEdits, createServices, open, positionOf, SERVING } from './helpers.js';

const services = createServices({ messageLanguage: 'sv' });

function at(range: Range): string {
    return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

const MEETING = `Protokoll: Socialnämnden
Tid: 2026-02-17

Deltagare:
- Magnus Gyllestad (ordförande)
- Bo Eliasson (V)
- Anna Berg (S), Socialkontoret
- Per Holm

Ordförande: Magnus
Sekreterare: Per Holm
Justerare: S, Bo Eliasson (V)

§ 1: Budget
Bo Eliasson redovisade budgeten; Bo Eliassons förslag och Magnus Gyllestad instämde.

Uppdrag: Stäm av.
Ansvarig: V, bo, Magnus Gyllestad
`;

async function references(text: string, needle: string, delta = 1, occurrence = 1): Promise<string[]> {
    const document = await open(services, text);
    const locations = await services.Minutes.lsp.ReferencesProvider!.findReferences(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(text, needle, delta, occurrence), context: { includeDeclaration: true }
    }) as Location[];
    return locations.map(l => at(l.range)).sort();
}

async function definition(text: string, needle: string, delta = 1, occurrence = 1): Promise<string[]> {
    const document = await open(services, text);
    const links = await services.Minutes.lsp.DefinitionProvider!.getDefinition(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(text, needle, delta, occurrence)
    }) ?? [];
    return links.map(l => at(l.targetSelectionRange));
}

describe('definition and references', () => {
    test('a short form, a first name and a name with trailing parentheses lead to the declaration', async () => {
        expect(await definition(MEETING, 'Ansvarig: V', 10)).toEqual(['6:3-6:14']);
        expect(await definition(MEETING, 'bo,')).toEqual(['6:3-6:14']);
        expect(await definition(MEETING, 'Ordförande: Magnus', 13)).toEqual(['5:3-5:19']);
        expect(await definition(MEETING, 'Bo Eliasson (V)', 1, 2)).toEqual(['6:3-6:14']);
        expect(await definition(MEETING, 'Justerare: S', 11)).toEqual(['7:3-7:12']);
    });

    test('all references of a person, whatever form they use, also from the short form of the declaration', async () => {
        const all = ['12:15-12:30', '18:11-18:12', '18:14-18:16', '6:3-6:14'];
        expect(await references(MEETING, 'Bo Eliasson')).toEqual(all);
        expect(await references(MEETING, '(V)', 1)).toEqual(all);
        expect(await references(MEETING, 'bo,')).toEqual(all);
        expect(await references(MEETING, 'Magnus', 1, 2)).toEqual(['10:13-10:19', '18:18-18:34', '5:3-5:19']);
    });
});

async function rename(text: string, needle: string, newName: string, delta = 1, occurrence = 1): Promise<{ edit: WorkspaceEdit; text: string }> {
    const document = await open(services, text);
    const edit = await services.Minutes.lsp.RenameProvider!.rename(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(text, needle, delta, occurrence), newName
    });
    return { edit: edit!, text: applyEdits(text, edit?.changes?.[document.uri.toString()] ?? []) };
}

async function prepare(text: string, needle: string, delta = 1, occurrence = 1): Promise<string | undefined> {
    const document = await open(services, text);
    const range = await services.Minutes.lsp.RenameProvider!.prepareRename(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(text, needle, delta, occurrence)
    }) as Range | undefined;
    return range && at(range);
}

describe('rename', () => {
    test('the full name: declarations and full-name references (keeping their parentheses); first names follow; short forms stay', async () => {
        const { text } = await rename(MEETING, 'Bo Eliasson', 'Bertil Eliasson');
        expect(text).toContain('- Bertil Eliasson (V)\n');
        expect(text).toContain('Justerare: S, Bertil Eliasson (V)\n');
        expect(text).toContain('Ansvarig: V, Bertil, Magnus Gyllestad\n');
        expect(text).toContain('Bo Eliasson redovisade');
        expect((await open(services, text)).diagnostics).toEqual([]);
    });

    test('the full name where it stands in prose is offered as edits to confirm', async () => {
        const { edit } = await rename(MEETING, 'Bo Eliasson', 'Bertil Eliasson');
        const changes = edit.documentChanges?.[0];
        expect(changes && 'edits' in changes).toBe(true);
        const edits = (changes as { edits: Array<TextEdit & { annotationId?: string }> }).edits;
        const prose = edits.filter(e => e.annotationId !== undefined);
        expect(prose.map(e => `${at(e.range)} ${e.newText}`)).toEqual(['15:1-15:12 Bertil Eliasson']);
        expect(edit.changeAnnotations?.[prose[0].annotationId!]).toEqual({ label: 'Namnet i löptext', needsConfirmation: true });
        expect(edits.filter(e => e.annotationId === undefined)).toEqual(edit.changes![Object.keys(edit.changes!)[0]]);
    });

    test('without the name in prose, plain changes', async () => {
        const { edit } = await rename(MEETING, 'Per Holm', 'Per Holmberg');
        expect(edit.documentChanges).toBeUndefined();
    });

    test('from a first-name reference: the first name', async () => {
        expect(await prepare(MEETING, 'Ordförande: Magnus', 13)).toBe('10:13-10:19');
        const { text } = await rename(MEETING, 'Ordförande: Magnus', 'Mats', 13);
        expect(text).toContain('- Mats Gyllestad (ordförande)\n');
        expect(text).toContain('Ordförande: Mats\n');
        expect(text).toContain('Ansvarig: V, bo, Mats Gyllestad\n');
        expect((await open(services, text)).diagnostics).toEqual([]);
    });

    test('a first name that would fit another person becomes the full name', async () => {
        const { text } = await rename(MEETING, 'Bo Eliasson', 'Per Eliasson');
        expect(text).toContain('Ansvarig: V, Per Eliasson, Magnus Gyllestad\n');
        expect((await open(services, text)).diagnostics).toEqual([]);
    });

    test('from a short form: the short form and its references', async () => {
        expect(await prepare(MEETING, '(V)', 1)).toBe('6:16-6:17');
        expect(await prepare(MEETING, 'Ansvarig: V', 10)).toBe('18:11-18:12');
        const { text } = await rename(MEETING, 'Ansvarig: V', 'MP', 10);
        expect(text).toContain('- Bo Eliasson (MP)\n');
        expect(text).toContain('Ansvarig: MP, bo,');
        expect(text).toContain('Justerare: S, Bo Eliasson (V)\n');
        expect((await open(services, text)).diagnostics).toEqual([]);
    });

    test('a short form another person has: its references get the full name', async () => {
        const { text } = await rename(MEETING, '(V)', 'S', 1);
        expect(text).toContain('- Bo Eliasson (S)\n');
        expect(text).toContain('Ansvarig: Bo Eliasson, bo,');
    });

    test('refuses a short form that is not one word, and a name another person has', async () => {
        await expect(rename(MEETING, '(V)', 'V P', 1)).rejects.toBeInstanceOf(ResponseError);
        const error = await rename(MEETING, 'Per Holm', 'anna berg').catch((e: unknown) => e);
        expect((error as ResponseError<void>).message).toBe('Anna Berg finns redan bland deltagarna. Välj ett annat namn.');
        await expect(rename(MEETING, 'Per Holm', 'Per (H)')).rejects.toBeInstanceOf(ResponseError);
    });

    test('nothing to rename on free text', async () => {
        expect(await prepare(MEETING, 'Socialkontoret')).toBeUndefined();
        expect(await prepare(MEETING, '(ordförande)', 2)).toBeUndefined();
    });
});


describe('för and groups', () => {
    test('the member after `för` leads to the declaration and is among its references', async () => {
        expect(await definition(SERVING, 'för Bo', 5)).toEqual(['6:3-6:14']);
        expect(await references(SERVING, 'Bo Eliasson')).toEqual(['16:12-16:23', '6:3-6:14', '9:27-9:29']);
    });

    test('a group: definition, references and rename, with the name in prose offered', async () => {
        expect(await definition(SERVING, 'Ansvarig: förvaltningen', 12)).toEqual(['12:3-12:16']);
        expect(await references(SERVING, '- Förvaltningen', 4)).toEqual(['12:3-12:16', '22:11-22:24']);
        const { edit, text } = await rename(SERVING, 'Ansvarig: förvaltningen', 'Socialkontoret', 12);
        expect(text).toContain('- Socialkontoret\n');
        expect(text).toContain('Ansvarig: Socialkontoret\n');
        expect(text).toContain('Förvaltningen redovisade');
        const changes = edit.documentChanges?.[0] as { edits: Array<TextEdit & { annotationId?: string }> };
        expect(changes.edits.filter(e => e.annotationId).map(e => at(e.range))).toEqual(['19:1-19:14']);
    });

    test('renaming the member renames the name after `för` by its form', async () => {
        const { text } = await rename(SERVING, 'Bo Eliasson', 'Bengt Eliasson');
        expect(text).toContain('för Bengt § 2');
        expect(text).toContain('Justerare: Bengt Eliasson');
        expect((await open(services, text)).diagnostics).toEqual([]);
    });
});
