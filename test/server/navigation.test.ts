import { describe, expect, test } from 'vitest';
import { expectFindReferences, expectGoToDefinition } from 'langium/test';
import { ResponseError, type Location, type Range } from 'vscode-languageserver';
import { applyEdits, createServices, open, positionOf, SWEDISH_MINUTES } from './helpers.js';

const services = createServices({ messageLanguage: 'sv' });

/** `line:col-line:col`, 1-based, for ranges that read like an editor's status bar. */
function at(range: Range): string {
    return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

const MEETING = `Minnesanteckningar: Styrelsemöte
Tid: 2022-10-06

Deltagare:
- Helene Olofsson, Södertörnskommunerna
- Magnus Gyllestad, Haninge
- Stefan Hollmark

Ordförande: magnus  gyllestad
Sekreterare: Helene Olofsson
Justerare: Stefan Hollmark

Punkt 1: Budget
Uppdrag: Stäm av.
Ansvarig: HELENE OLOFSSON, Magnus Gyllestad
`;

describe('go to definition and find references', () => {
    test('a reference leads to the declaration, also when written in another case', async () => {
        await expectGoToDefinition(services.Minutes)({
            text: MEETING.replace('- Magnus Gyllestad', '- <|Magnus Gyllestad|>').replace('Ordförande: magnus', 'Ordförande: <|>magnus'),
            index: 0,
            rangeIndex: 0,
            disposeAfterCheck: true
        });
    });

    test('all references of a person, with and without the declaration', async () => {
        const document = await open(services, MEETING);
        const find = async (includeDeclaration: boolean): Promise<string[]> => {
            const locations = await services.Minutes.lsp.ReferencesProvider!.findReferences(document, {
                textDocument: { uri: document.uri.toString() }, position: positionOf(MEETING, 'Helene Olofsson', 1, 2),
                context: { includeDeclaration }
            }) as Location[];
            return locations.map(l => at(l.range)).sort();
        };
        expect(await find(true)).toEqual(['10:14-10:29', '15:11-15:26', '5:3-5:18']);
        expect(await find(false)).toEqual(['10:14-10:29', '15:11-15:26']);
    });

    test('through the langium helper: references to Magnus Gyllestad', async () => {
        await expectFindReferences(services.Minutes)({
            text: MEETING.replace('- Magnus Gyllestad', '- <|Magnus <|>Gyllestad|>')
                .replace('Ordförande: magnus  gyllestad', 'Ordförande: <|magnus  gyllestad|>')
                .replace(', Magnus Gyllestad\n', ', <|Magnus Gyllestad|>\n'),
            includeDeclaration: true,
            disposeAfterCheck: true
        });
    });
});

describe('rename', () => {
    async function rename(text: string, needle: string, newName: string, occurrence = 1): Promise<string> {
        const document = await open(services, text);
        const edit = await services.Minutes.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() }, position: positionOf(text, needle, 1, occurrence), newName
        });
        return applyEdits(text, edit?.changes?.[document.uri.toString()] ?? []);
    }

    test('renames the declaration and every reference, also those written in another case or spacing', async () => {
        const renamed = await rename(MEETING, 'Magnus Gyllestad', 'Magnus Gyllensted');
        expect(renamed).toBe(MEETING.replace('- Magnus Gyllestad', '- Magnus Gyllensted')
            .replace('Ordförande: magnus  gyllestad', 'Ordförande: Magnus Gyllensted')
            .replace(', Magnus Gyllestad\n', ', Magnus Gyllensted\n'));
        const document = await open(services, renamed);
        expect(document.diagnostics).toEqual([]);
    });

    test('from a reference too, and the fixture document stays clean', async () => {
        const renamed = await rename(SWEDISH_MINUTES, 'Gunilla Ståhl', 'Gunilla Stål', 2);
        expect(renamed.match(/Gunilla Stål\b/gu)).toHaveLength(3);
        expect(renamed).toContain('Gunilla Ståhl redovisar');
        expect((await open(services, renamed)).diagnostics).toEqual([]);
    });

    test('refuses a name another person already has', async () => {
        const error = await rename(MEETING, 'Stefan Hollmark', 'helene olofsson').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ResponseError);
        expect((error as ResponseError<void>).message).toBe('Helene Olofsson finns redan bland deltagarna. Välj ett annat namn.');
    });

    test('refuses what would not read as one name, but allows changing the case of the same name', async () => {
        for (const bad of ['Stefan, Hollmark', 'Stefan och Anna', '  ']) {
            await expect(rename(MEETING, 'Stefan Hollmark', bad)).rejects.toBeInstanceOf(ResponseError);
        }
        expect(await rename(MEETING, 'Stefan Hollmark', 'STEFAN HOLLMARK')).toContain('Justerare: STEFAN HOLLMARK');
    });

    test('prepareRename answers only on person names', async () => {
        const document = await open(services, MEETING);
        const prepare = (needle: string, occurrence = 1) => services.Minutes.lsp.RenameProvider!.prepareRename(document, {
            textDocument: { uri: document.uri.toString() }, position: positionOf(MEETING, needle, 2, occurrence)
        });
        expect(at((await prepare('HELENE OLOFSSON')) as Range)).toBe('15:11-15:26');
        expect(at((await prepare('Stefan Hollmark', 2)) as Range)).toBe('11:12-11:27');
        expect(await prepare('Budget')).toBeUndefined();
        expect(await prepare('Södertörnskommunerna')).toBeUndefined();
        expect(await prepare('Ordförande')).toBeUndefined();
    });
});
