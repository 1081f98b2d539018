/**
 * The summary of an indexed file read from the lexer's tokens (language/series-summary-tokens.ts)
 * is the summary of the same text built (parsed, linked, validated): on the project's own
 * series, examples and fixtures, on generated documents (fast-check), with CRLF line breaks; and
 * tokens that are not as the grammar has them are left to the parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createMinutesCoreServices, type Document } from '../../language/index.js';
import { outlineOfTokens, summarizeText } from '../../language/series-summary-tokens.js';
import { summarizeMeeting } from '../../language/series-summary.js';
import { BOARD, KFN } from '../series/series-fixtures.js';
import { generateSeriesFiles } from '../../bench/workspace.js';
import { check } from './helpers.js';

const { Minutes } = createMinutesCoreServices(EmptyFileSystem);
const root = join(__dirname, '..', '..');

/** The `.minutes` files in a folder of the repository and its sub-folders. */
function minutesFiles(folder: string): Array<[string, string]> {
    return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.minutes'))
        .map(name => [`${folder}/${name}`, readFileSync(join(root, folder, name), 'utf8')]);
}

const OWN_FILES: Array<[string, string]> = [
    ...Object.entries(KFN).map(([name, text]): [string, string] => [`kfn/${name}`, text]),
    ...Object.entries(BOARD).map(([name, text]): [string, string] => [`board/${name}`, text]),
    ...minutesFiles('examples'),
    ...minutesFiles('test/fixtures')
];

/** The summary from tokens, which must not have needed the parser. */
function fromTokens(text: string, uri: string) {
    expect(outlineOfTokens(Minutes.parser.Lexer.tokenize(text).tokens, text)).toBeDefined();
    return summarizeText(Minutes.parser, text, uri);
}

describe('the summary of an indexed file, from its tokens', () => {
    test('the project\'s own files: the same summary as the built document\'s', async () => {
        expect(OWN_FILES.length).toBeGreaterThan(10);
        for (const [name, text] of OWN_FILES) {
            const uri = `file:///w/${name}`;
            const built = summarizeMeeting((await check(text)).document.parseResult.value, uri);
            expect(built.items.length, name).toBeGreaterThan(0);
            expect(fromTokens(text, uri), name).toStrictEqual(built);
            const crlf = text.replace(/\r?\n/gu, '\r\n');
            expect(fromTokens(crlf, uri), `${name} (CRLF)`).toStrictEqual(summarizeMeeting((await check(crlf)).document.parseResult.value, uri));
        }
    });

    test('the benchmark\'s generated meetings (bench/workspace.ts) are read from their tokens', async () => {
        for (const file of generateSeriesFiles(2, 3, 10_000)) {
            const uri = `file:///w/namnd-3/${file.name}`;
            expect(fromTokens(file.text, uri), file.name).toStrictEqual(summarizeMeeting((await check(file.text)).document.parseResult.value, uri));
        }
    });

    test('the series\' own files have what a summary is made of', () => {
        const summaries = OWN_FILES.map(([name, text]) => fromTokens(text, `file:///w/${name}`));
        expect(summaries.some(s => s.actions.some(a => a.from?.origin && a.status?.value && a.due && a.owners.length > 0))).toBe(true);
        expect(summaries.some(s => s.items.some(i => i.decisions.length > 0 && i.votes.length > 0 && i.reservations.length > 0))).toBe(true);
        expect(summaries.some(s => s.references.length > 0 && s.body && s.date)).toBe(true);
    });

    const value = fc.constantFrom(
        '', 'Anna Berg', 'Anna Berg och Bo Ek', 'Förvaltningen, Bo Ek', '2026-03-12', 'tisdag 2026-02-17 kl. 18.00–20.00', 'juni 2026',
        'preliminärt 2026-04-01', '2026-02-30', '7 ja, 2 nej', 'Bo Ek mot beslutet', 'Anna Berg: text', 'klart', 'pågår', 'done',
        '2026-02-10 § 3', '2026-05-20 punkt 1', 'förra mötet', 'Nämnden', 'x:y', 'se 2026-01-13 § 4 och 2026-01-27 punkt 2'
    );
    const keyword = fc.constantFrom(
        'Tid', 'Datum', 'Date', 'Organ', 'Body', 'Plats', 'Deltagare', 'Ordförande', 'Beslut', 'Decision', 'Uppdrag', 'Action',
        'Ansvarig', 'Owner', 'Senast', 'Due', 'Från', 'From', 'Status', 'Omröstning', 'Vote', 'Ja', 'Reservation', 'Yrkande',
        'Bilaga 1', 'Nästa möte', 'Justering', 'Avslutning', 'Protokoll', 'Minutes', 'Sekretess', 'Jäv'
    );
    /** Lines a series reads (actions and their fields, decisions and clauses, votes, references) among others. */
    const line: fc.Arbitrary<string> = fc.oneof(
        fc.tuple(keyword, value, fc.constantFrom('', ' ', '  ')).map(([k, v, sp]) => `${k}:${sp}${v}`),
        fc.tuple(fc.constantFrom('§', 'Punkt', 'Item'), fc.constantFrom('', '1', '2', '5.1', '14'), fc.constantFrom(':', ''), fc.constantFrom(' Val', ' Ekonomi', ''))
            .map(([k, n, c, t]) => `${k} ${n}${c}${t}`.trimEnd()),
        fc.constantFrom('Beslut', '- att godkänna', 'att anta', '  fortsättning av texten', '```', '- Anna Berg', '- punkt', '1. Val'),
        fc.constantFrom('', '', '// kommentar', 'Ärendet följer beslutet 2026-01-13 § 4.', 'Se 2026-05-20 punkt 1 (förra mötet).', '\t', 'Prosa.')
    );
    const document = fc.tuple(fc.constantFrom('Protokoll: Nämnden', 'Minutes: Board', 'Minnesanteckningar: Grupp', ''), fc.array(line, { maxLength: 40 }),
        fc.constantFrom('\n', '\r\n'), fc.constantFrom('', '\n'))
        .map(([head, lines, eol, last]) => [head, ...lines].join(eol) + last);

    test('generated documents: the same summary as the parsed document\'s', () => {
        fc.assert(fc.property(document, text => {
            const uri = 'file:///w/s/m.minutes';
            expect(fromTokens(text, uri)).toStrictEqual(summarizeMeeting(Minutes.parser.LangiumParser.parse<Document>(text).value, uri));
        }), { seed: 13, numRuns: 1_500 });
    });

    test('tokens that are not as the grammar has them are left to the parser', () => {
        const text = 'Protokoll: Nämnden\n\n§ 1: Val\nUppdrag: Utreda\nAnsvarig: Bo Ek\n';
        const tokens = Minutes.parser.Lexer.tokenize(text).tokens;
        // Without the action's line, the owner line follows the item line: no rule of the grammar reads that.
        const action = tokens.findIndex(token => token.tokenType.name === 'K_ACTION');
        const withoutAction = [...tokens.slice(0, action), ...tokens.slice(action + 4)];
        expect(withoutAction[action].tokenType.name).toBe('K_OWNER');
        expect(outlineOfTokens(withoutAction, text)).toBeUndefined();
        const lexer = { tokenize: () => ({ tokens: withoutAction, hidden: [], errors: [] }) };
        let parsed = 0;
        const parser = { parse: (input: string) => { parsed++; return Minutes.parser.LangiumParser.parse(input); } };
        const summary = summarizeText({ Lexer: lexer, LangiumParser: parser }, text, 'file:///w/s/m.minutes');
        expect(parsed).toBe(1);
        expect(summary.actions).toHaveLength(1);
        expect(summary.actions[0].owners).toEqual(['Bo Ek']);
        // An element without its EOL.
        expect(outlineOfTokens(tokens.slice(0, -1), text)).toBeUndefined();
    });
});
