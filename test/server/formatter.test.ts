import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { expectFormatting } from 'langium/test';
import type { TextEdit } from 'vscode-languageserver';
import { formatText } from '../../server/minutes-formatter.js';
import { CHECK_LIMITS } from '../../language/minutes-lexer.js';
import { applyEdits, createServices, cursor, ENGLISH_MINUTES, open, SWEDISH_MINUTES } from './helpers.js';

const services = createServices({ messageLanguage: 'sv' });
const lexer = services.Minutes.parser.Lexer;

function format(text: string): string {
    return applyEdits(text, formatText(text, lexer));
}

/** The words of every text the lexer reads (prose, titles, values, names), in order. */
function words(text: string): string[] {
    return lexer.tokenize(text).tokens
        .filter(token => token.tokenType.name === 'TEXT' || token.tokenType.name === 'NAME')
        .flatMap(token => token.image.split(/\s+/u).filter(Boolean));
}

/**
 * What the checker reports, by code and severity: formatting moves lines (positions change) and
 * fixes the capitalisation of keywords that messages quote, but never changes a verdict.
 */
async function codes(text: string): Promise<string[]> {
    const document = await open(services, text);
    return (document.diagnostics ?? []).map(d => `${d.code}/${d.severity}`).sort();
}

const MESSY = [
    '',
    '',
    'minnesanteckningar:Styrelsemöte   ',
    '   TID:  torsdag 2022-10-06 kl. 13.00–14.00',
    '',
    '',
    '',
    'DELTAGARE:',
    '*   Anna Andersson ,Botkyrka',
    '• Bertil Berg  ',
    '   - Cecilia Carlsson,   Huddinge kommun, ekonomi',
    'ordförande:Anna Andersson',
    'Sekreterare:    Bertil Berg',
    'justerare :  Cecilia Carlsson\t',
    'punkt 1:Budget',
    '  Text   med   mellanslag  inuti.',
    '* En punkt',
    'som fortsätter',
    '      och fortsätter.',
    'BESLUT:   Budgeten',
    '    godkänns.',
    '§2 : Val',
    '// kommentar om punkt 3',
    'Punkt 3: Övrigt',
    'UPPDRAG: Boka lokal.',
    '   ansvarig: Anna Andersson',
    '',
    '',
    'NÄSTA  MÖTE: torsdag 2022-10-13',
    '',
    '',
    ''
].join('\n');

const FORMATTED = [
    'Minnesanteckningar: Styrelsemöte',
    'Tid: torsdag 2022-10-06 kl. 13.00–14.00',
    '',
    'Deltagare:',
    '- Anna Andersson, Botkyrka',
    '- Bertil Berg',
    '- Cecilia Carlsson, Huddinge kommun, ekonomi',
    'Ordförande: Anna Andersson',
    'Sekreterare: Bertil Berg',
    'Justerare: Cecilia Carlsson',
    '',
    'Punkt 1: Budget',
    'Text   med   mellanslag  inuti.',
    '- En punkt',
    '  som fortsätter',
    '  och fortsätter.',
    'Beslut: Budgeten',
    'godkänns.',
    '',
    '§ 2: Val',
    '',
    '// kommentar om punkt 3',
    'Punkt 3: Övrigt',
    'Uppdrag: Boka lokal.',
    'Ansvarig: Anna Andersson',
    '',
    'Nästa möte: torsdag 2022-10-13',
    ''
].join('\n');

describe('formatting', () => {
    test('the fixture documents are already formatted', async () => {
        for (const text of [SWEDISH_MINUTES, ENGLISH_MINUTES]) {
            expect(formatText(text, lexer)).toEqual([]);
        }
    });

    test('keywords, bullets, indentation, blank lines and trailing whitespace of a messy document', async () => {
        await expectFormatting(services.Minutes)({ before: MESSY, after: FORMATTED, disposeAfterCheck: true });
    });

    test('formatting keeps every word, the checker\'s verdict, and is idempotent', async () => {
        const once = format(MESSY);
        expect(format(once)).toBe(once);
        expect(words(once)).toEqual(words(MESSY));
        expect(await codes(once)).toEqual(await codes(MESSY));
    });

    test('the alias the writer chose is kept, only its capitalisation follows the table', () => {
        expect(format('Minnesanteckningar: X\nDATUM: 2022-10-06\nvid  ANTECKNINGARNA: Anna\nfrånvarande:\n- Bo\n')).toBe(
            'Minnesanteckningar: X\nDatum: 2022-10-06\nVid anteckningarna: Anna\nFrånvarande:\n- Bo\n');
        expect(format('minutes: X\nnext MEETING:2026-04-16\nresolved:yes\n')).toBe('Minutes: X\nNext meeting: 2026-04-16\nResolved: yes\n');
    });

    test('prose that only looks like a keyword line is left alone', () => {
        const text = 'Minnesanteckningar: X\nTid: 2022-10-06\n\nPunkt 1: A\nObservera:   detta är prosa.\nBeslut om budget togs.\n';
        expect(format(text)).toBe(text);
    });

    test('only the changed lines are edited, one edit per run of changed lines', () => {
        const text = 'Minnesanteckningar: X\nTid:  2022-10-06\nPlats: Rummet\nBESLUT:x\n';
        const edits = formatText(text, lexer);
        expect(edits.map(e => `${e.range.start.line}-${e.range.end.line}: ${JSON.stringify(e.newText)}`)).toEqual([
            '1-2: "Tid: 2022-10-06\\n"',
            '3-4: "Beslut: x\\n"'
        ]);
    });

    test('Windows line breaks stay Windows line breaks; a missing final line break is added', () => {
        expect(format('Minnesanteckningar: X\r\ntid:2022-10-06\r\n\r\n\r\npunkt 1: A\r\n')).toBe('Minnesanteckningar: X\r\nTid: 2022-10-06\r\n\r\nPunkt 1: A\r\n');
        expect(format('Minnesanteckningar: X\nTid: 2022-10-06')).toBe('Minnesanteckningar: X\nTid: 2022-10-06\n');
        expect(format('Minnesanteckningar: X\n\n\n   ')).toBe('Minnesanteckningar: X\n');
        expect(format('')).toBe('');
    });

    test('mixed line ends become the first kind, and formatting twice equals once', () => {
        const text = 'Minutes: X\nDate: 2024-01-01\rItem 1: A\r\nDecision: Yes.\n';
        const once = format(text);
        expect(once).toBe('Minutes: X\nDate: 2024-01-01\n\nItem 1: A\nDecision: Yes.\n');
        expect(format(once)).toBe(once);
    });

    test('range formatting changes only the lines in the range', async () => {
        const text = 'Minnesanteckningar: X\ntid:2022-10-06\nplats:  Rummet\n';
        const document = await open(services, text);
        const edits: TextEdit[] = await services.Minutes.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } },
            options: { tabSize: 4, insertSpaces: true }
        });
        // Lines 1 and 2 change together, so their edit is kept; an edit elsewhere would not be.
        expect(applyEdits(text, edits)).toBe('Minnesanteckningar: X\nTid: 2022-10-06\nPlats: Rummet\n');
        const far = await services.Minutes.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
            options: { tabSize: 4, insertSpaces: true }
        });
        expect(far).toEqual([]);
        // An edit of line 1 alone does not reach into a range that starts on line 2.
        const single = 'Minnesanteckningar: X\ntid:2022-10-06\nPlats: Rummet\n';
        const singleDocument = await open(services, single);
        expect(await services.Minutes.lsp.Formatter!.formatDocumentRange(singleDocument, {
            textDocument: { uri: singleDocument.uri.toString() },
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } },
            options: { tabSize: 4, insertSpaces: true }
        })).toEqual([]);
    });

    test('text past the lexer\'s size limit is left exactly as it is', () => {
        const rest = '   indragen rad   \n\n\n\n* ingen punkt här\nbeslut:inget nyckelord\n';
        const text = `Minnesanteckningar: X\n${'Rad.\n'.repeat(CHECK_LIMITS.lines)}${rest}`;
        const formatted = format(text);
        expect(formatted.endsWith(`Rad.\n${rest}`)).toBe(true);
        expect(format(formatted)).toBe(formatted);
    });

    test('on generated messy documents: idempotent, every word kept, the same problems reported', async () => {
        const fragment = fc.constantFrom(
            '', '   ', 'Punkt 1: Budget', 'punkt: Utan nummer', '§ 4:Val', 'beslut:  Ja', 'Beslut:', 'UPPDRAG: Gör det',
            'ansvarig: Anna Andersson', 'senast: 2022-10-20', 'Deltagare:', 'ej  NÄRVARANDE:', '* Anna Andersson ,Botkyrka',
            '• Bo Berg', '  - Ce Ce,x', 'Prosa  med  ord.', '   indragen prosa', '// kommentar', '  // indragen kommentar',
            'Ordförande: Anna Andersson', 'Tid: torsdag 2022-10-06', 'nästa möte:2022-10-13', 'Avslutning: Tack.',
            'Observera: inget nyckelord', '-', '- ', 'Justering: 2022-10-07, Rummet', 'Justerare: Bo Berg'
        );
        const documents = fc.array(fragment, { minLength: 1, maxLength: 25 })
            .map(lines => `Minnesanteckningar: Möte\n${lines.join('\n')}`);
        await fc.assert(fc.asyncProperty(documents, async text => {
            const once = format(text);
            expect(format(once)).toBe(once);
            expect(words(once)).toEqual(words(text));
            expect(await codes(once)).toEqual(await codes(text));
        }), { seed: 20221006, numRuns: 150 });
    });
});

describe('Enter on an empty bullet ends the list (on-type formatting)', () => {
    /** The text after typing Enter at `|` as VS Code does (onEnterRules first), then the on-type edits. */
    async function enterAt(marked: string): Promise<string> {
        const { text, position } = cursor(marked);
        const document = await open(services, text);
        const edits = await services.Minutes.lsp.Formatter!.formatDocumentOnType(document, {
            textDocument: { uri: document.uri.toString() }, position, ch: '\n', options: { tabSize: 4, insertSpaces: true }
        });
        return applyEdits(text, edits);
    }

    const LIST = 'Minnesanteckningar: X\nTid: 2022-10-06\n\nDeltagare:\n- Anna Andersson\n';

    test('the server asks for the line break as its trigger', () => {
        expect(services.Minutes.lsp.Formatter!.formatOnTypeOptions).toEqual({ firstTriggerCharacter: '\n' });
    });

    test('the empty marker and the new line go: the cursor stays on an empty line below the list', async () => {
        expect(await enterAt(`${LIST}- \n|`)).toBe(`${LIST}`);
        expect(await enterAt(`${LIST}- \n|\nOrdförande: Anna Andersson\n`)).toBe(`${LIST}\nOrdförande: Anna Andersson\n`);
        // * and • bullets, indented bullets, a marker without its space, and the indentation the editor kept.
        expect(await enterAt('Punkt 1: A\n  * \n  |')).toBe('Punkt 1: A\n');
        expect(await enterAt('Punkt 1: A\n•\n|')).toBe('Punkt 1: A\n');
        expect(await enterAt('Punkt 1: A\n- \r\n|')).toBe('Punkt 1: A\n');
    });

    test('a bullet with text is continued, not touched; nor is a line split after its marker', async () => {
        expect(await enterAt(`${LIST}- Bertil Berg\n- |`)).toBe(`${LIST}- Bertil Berg\n- `);
        expect(await enterAt(`${LIST}- \n|Bertil Berg`)).toBe(`${LIST}- \nBertil Berg`);
        expect(await enterAt(`${LIST}\n|`)).toBe(`${LIST}\n`);
        expect(await enterAt(`|${LIST}`)).toBe(LIST);
    });

    test('other typed characters change nothing', async () => {
        const { text, position } = cursor(`${LIST}- \n|`);
        const document = await open(services, text);
        expect(await services.Minutes.lsp.Formatter!.formatDocumentOnType(document, {
            textDocument: { uri: document.uri.toString() }, position, ch: ':', options: { tabSize: 4, insertSpaces: true }
        })).toEqual([]);
    });
});
