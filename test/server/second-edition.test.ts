/**
 * The editor features on the second edition's lines: formatting (idempotent, every word kept),
 * the outline, folding, semantic tokens, and keyword completion by position for every new
 * keyword.
 */
import { describe, expect, test } from 'vitest';
import { highlightHelper } from 'langium/test';
import { CompletionTriggerKind, SymbolKind, type CompletionList, type DocumentSymbol } from 'vscode-languageserver';
import { formatText } from '../../server/minutes-formatter.js';
import { SECOND_EDITION_ENGLISH, SECOND_EDITION_SWEDISH } from '../fixtures/fixtures.js';
import { applyEdits, createServices, cursor, open } from './helpers.js';

const services = createServices({ messageLanguage: 'sv' });
const lexer = services.Minutes.parser.Lexer;

function format(text: string): string {
    return applyEdits(text, formatText(text, lexer));
}

/** Every word of the text, in order (formatting changes whitespace, bullet markers and keyword case only). */
function words(text: string): string[] {
    return text.toLowerCase().replace(/§(?=\d)/gu, '§ ').split(/[\s:,]+/u).filter(word => word !== '' && !/^[-*•]$/u.test(word));
}

async function complete(marked: string): Promise<string[]> {
    const { text, position } = cursor(marked);
    const document = await open(services, text);
    const result: CompletionList | undefined = await services.Minutes.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() }, position, context: { triggerKind: CompletionTriggerKind.Invoked }
    });
    return [...result?.items ?? []].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map(item => item.label);
}

function outline(symbols: DocumentSymbol[], indent = ''): string[] {
    return symbols.flatMap(symbol => [
        `${indent}${symbol.name}${symbol.detail ? ` [${symbol.detail}]` : ''} ${symbol.range.start.line + 1}–${symbol.range.end.line + 1}`,
        ...outline(symbol.children ?? [], `${indent}  `)
    ]);
}

describe('formatting the second edition', () => {
    test('the fixtures are already formatted', () => {
        expect(format(SECOND_EDITION_SWEDISH)).toBe(SECOND_EDITION_SWEDISH);
        expect(format(SECOND_EDITION_ENGLISH)).toBe(SECOND_EDITION_ENGLISH);
    });

    test('an item line with spaces before its colon keeps its colon, however many (formatting twice equals once)', () => {
        const text = `Protokoll: Styrelsen\nTid: 2026-03-10\n\nPunkt 2${' '.repeat(60)}: Övrigt\n`;
        expect(format(text)).toBe('Protokoll: Styrelsen\nTid: 2026-03-10\n\nPunkt 2: Övrigt\n');
        expect(format(format(text))).toBe(format(text));
    });

    test('new lines are formatted; items without a colon, Beslut alone and fenced blocks stay as written', () => {
        const messy = [
            'protokoll:Styrelsen',
            'tid:  2026-03-10',
            'ANTAL LEDAMÖTER:9',
            'dagordning:',
            '1.   Val',
            '*  Övrigt',
            'beslutande:',
            '*   Anna Berg (S) ,ordförande',
            '-  Bo Ek (V) (§ 1,  2)',
            'grupper:',
            '•  Kansliet',
            '§1   Öppnande',
            'BESLUT',
            '-   att  öppna mötet,',
            'och fortsätta.',
            '',
            '',
            'att   avsluta.',
            'yrkande:Bifall.',
            '  av:Anna Berg',
            'OMRÖSTNING :  7-0',
            'ja:Anna Berg',
            '```text',
            '  Beslut:   indraget   ',
            '',
            '',
            '```',
            'bilaga 1:Karta',
            'anslag:2026-03-12'
        ].join('\n');
        expect(format(messy)).toBe([
            'Protokoll: Styrelsen',
            'Tid: 2026-03-10',
            'Antal ledamöter: 9',
            'Dagordning:',
            '1. Val',
            '- Övrigt',
            'Beslutande:',
            '- Anna Berg (S), ordförande',
            '- Bo Ek (V) (§ 1,  2)',
            'Grupper:',
            '- Kansliet',
            '',
            '§ 1 Öppnande',
            'Beslut',
            '- att  öppna mötet,',
            '  och fortsätta.',
            '',
            'att   avsluta.',
            'Yrkande: Bifall.',
            'Av: Anna Berg',
            'Omröstning: 7-0',
            'Ja: Anna Berg',
            '```text',
            '  Beslut:   indraget   ',
            '',
            '',
            '```',
            'Bilaga 1: Karta',
            'Anslag: 2026-03-12',
            ''
        ].join('\n'));
        expect(format(format(messy))).toBe(format(messy));
        expect(words(format(messy))).toEqual(words(messy));
    });
});

describe('outline, folding and highlighting of the second edition', () => {
    test('the outline holds the groups, the agenda, header trailer lines, every element of an item and the attachments', async () => {
        const document = await open(services, SECOND_EDITION_ENGLISH);
        const symbols = await services.Minutes.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        const lines = outline(symbols);
        for (const expected of [
            '  Voting members [6 personer] 10–16',
            '    Alice Moreno [President] 11–11',
            '  Groups 33–34',
            '    Finance Committee 34–34',
            '  Agenda 40–45',
            '    Approval of the March minutes 41–41',
            '  Item 3: Budget 2027 59–72',
            '    To adopt the 2027 budget as presented by the Finance… [Motion] 60–62',
            '    5-1-1 [Vote] 63–66',
            '    Farah Khan [Dissent] 68–68',
            '    Publish the adopted budget on the website. [Action] 70–72',
            '    Evan Stone [Conflict of interest] 75–75',
            '    The board adopted the security policy. [Decision] 80–81',
            '    Farah Khan [Note for the record] 82–83',
            '    personnel matter [Confidential] 86–86',
            '  Appendix 2: Security policy 89–93',
            '  Attachment 1: Audit summary 95–96'
        ]) {
            expect(lines).toContain(expected);
        }
        const swedish = await open(services, SECOND_EDITION_SWEDISH);
        const sv = outline(await services.Minutes.lsp.DocumentSymbolProvider!.getSymbols(swedish, { textDocument: { uri: swedish.uri.toString() } }));
        expect(sv).toContain('  Justering [torsdag 2026-03-12, Kommunhuset] 9–9');
        expect(sv).toContain('  § 25.1: Delegationsbeslut 105–106');
        expect(sv).toContain('    Bilaga 1: Plankarta 86–87');
        expect(sv).toContain('    3 ja, 2 nej, 1 avstår [Omröstning] 75–78');
        expect(sv).toContain('    Kommunstyrelsen beslutar att godkänna budgetuppföljningen,… [Beslut] 59–63');
        expect(sv.find(line => line.includes('114–116'))).toMatch(/^ {4}att notera informationen, och att ge.*… \[Beslut\] 114–116$/u);
    });

    test('the header\'s rule set, body, seat count, quorum, recess and tellers stand in the outline in document order, by their keyword as written', async () => {
        const symbolsOf = async (text: string) => {
            const document = await open(services, text);
            return services.Minutes.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        };
        const swedish = await symbolsOf([
            'Protokoll: Socialutskottet',
            'Regler: kommunallagen',
            'Organ: Socialutskottet',
            'Tid: 2026-03-10',
            'Antal ledamöter: 5',
            'Beslutförhet: 3',
            'Ajournering: kl. 10.00–10.20',
            '',
            'Deltagare:',
            '- Anna Berg',
            '- Bo Ek',
            '',
            'Ordförande: Anna Berg',
            'Rösträknare: Anna Berg, Bo Ek',
            '',
            '§ 1: Öppnande',
            'Beslut: Ja.'
        ].join('\n'));
        expect(outline(swedish)).toEqual([
            'Socialutskottet [Protokoll] 1–17',
            '  Regler [kommunallagen] 2–2',
            '  Organ [Socialutskottet] 3–3',
            '  Antal ledamöter [5] 5–5',
            '  Beslutförhet [3] 6–6',
            '  Ajournering [kl. 10.00–10.20] 7–7',
            '  Deltagare [2 personer] 9–11',
            '    Anna Berg 10–10',
            '    Bo Ek 11–11',
            '  Rösträknare [Anna Berg, Bo Ek] 14–14',
            '  § 1: Öppnande 16–17',
            '    Ja. [Beslut] 17–17'
        ]);
        const header = swedish[0].children!;
        expect(header.slice(0, 5).map(symbol => symbol.kind)).toEqual([
            SymbolKind.Property, SymbolKind.Property, SymbolKind.Property, SymbolKind.Property, SymbolKind.Event
        ]);
        expect(header[6].kind).toBe(SymbolKind.Array);
        // Selected at the keyword, spanning the line.
        expect(header[2].selectionRange).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 15 } });
        expect(header[2].range).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 18 } });

        // The keyword as written; a value an error (`five`) still as written; a long value shortened.
        const english = await symbolsOf([
            'Minutes: Board',
            'RULES: Roberts',
            `Body: ${'Bevy Foundation board of directors and its standing committees'}`,
            'Members: 9',
            'Quorum: five',
            'Recess: 19:00–19:10',
            'Tellers: Ada Lind, Ben Carter',
            '',
            'Item 1: Opening'
        ].join('\n'));
        expect(outline(english)).toEqual([
            'Board [Minutes] 1–9',
            '  RULES [Roberts] 2–2',
            '  Body [Bevy Foundation board of directors and its standing…] 3–3',
            '  Members [9] 4–4',
            '  Quorum [five] 5–5',
            '  Recess [19:00–19:10] 6–6',
            '  Tellers [Ada Lind, Ben Carter] 7–7',
            '  Item 1: Opening 9–9'
        ]);
        expect(english[0].children![0].selectionRange).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });

        // A line with nothing after its colon is still a symbol, named by its keyword.
        // (`Members:` with nothing after it opens the voting members' list: LANGUAGE-2.md, section 9.)
        const empty = await symbolsOf('Protokoll: Styrelsen\nRegler:\nOrgan:\nAntal ledamöter:\nBeslutförhet:\nAjournering:\nRösträknare:\n\n§ 1: Öppnande\n');
        expect(outline(empty)).toEqual([
            'Styrelsen [Protokoll] 1–9',
            '  Regler 2–2',
            '  Organ 3–3',
            '  Antal ledamöter 4–4',
            '  Beslutförhet 5–5',
            '  Ajournering 6–6',
            '  Rösträknare 7–7',
            '  § 1: Öppnande 9–9'
        ]);
        const emptyEnglish = await symbolsOf('Minutes: Board\nRules:\nBody:\nQuorum:\nRecess:\nTellers:\n\nItem 1: Opening\n');
        expect(outline(emptyEnglish)).toEqual([
            'Board [Minutes] 1–8', '  Rules 2–2', '  Body 3–3', '  Quorum 4–4', '  Recess 5–5', '  Tellers 6–6', '  Item 1: Opening 8–8'
        ]);
    });

    test('inside an item the header\'s keywords are prose and make no symbol', async () => {
        const document = await open(services, 'Protokoll: Styrelsen\n\n§ 1: Öppnande\nAjournering: 10.00–10.20\nRegler: enligt stadgarna\nBeslut: Ja.\n');
        const symbols = await services.Minutes.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(outline(symbols)).toEqual(['Styrelsen [Protokoll] 1–6', '  § 1: Öppnande 3–6', '    Ja. [Beslut] 6–6']);
    });

    test('agenda, groups, motions, votes, wrapped notes, attachments and fenced blocks fold', async () => {
        const document = await open(services, SECOND_EDITION_SWEDISH);
        const ranges = await services.Minutes.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        const folds = ranges.map(r => `${r.startLine + 1}–${r.endLine + 1}`);
        // Agenda, groups, a decision with its att-clauses, motions, a vote with its lists, a wrapped reservation,
        // an attachment in an item, a note for the record, the attachment after the last item and its fenced table.
        for (const expected of ['44–50', '36–37', '59–63', '68–69', '71–73', '75–78', '83–84', '86–87', '99–100', '122–127', '123–127']) {
            expect(folds, expected).toContain(expected);
        }
    });

    test('semantic tokens for the new tokens', async () => {
        const tokens = await highlightHelper(services.Minutes)([
            'Protokoll: Styrelsen',
            'Tid: 2026-03-10',
            'Tjänstgörande ersättare:',
            '- Cia Lund <|(S)|>, <|för|> Bo Ek <|§ 1–2|>',
            'Grupper:',
            '- <|Kansliet|>',
            'Dagordning:',
            '<|1.|> Val',
            '§ 1 Val',
            'Omröstning: <|7-0|>',
            'Beslut:',
            '<|- att|> välja.',
            '```',
            '<|text|>',
            '```'
        ].join('\n'));
        expect(tokens.ranges.map((range, i) => {
            const token = tokens.tokens.find(t => t.offset === range[0]);
            return `${i}:${token?.text}:${token?.tokenType}`;
        })).toEqual([
            '0:(S):variable', '1:för:keyword', '2:§ 1–2:number', '3:Kansliet:variable', '4:1.:number', '5:7-0:number', '6:- att:keyword', '7:text:string'
        ]);
    });
});

describe('keyword completion by position for the new keywords', () => {
    const SV = 'Protokoll: Styrelsen\nTid: 2026-03-10\n\n§ 1: Ärende\n';
    const EN = 'Minutes: Board\nDate: 2026-03-10\n\nItem 1: Matter\n';

    test('below a motion its mover and seconder; below a vote its lists; below an action Från/Status when typed', async () => {
        expect((await complete(`${SV}Yrkande: Bifall.\n|`)).slice(0, 2)).toEqual(['Av:', 'Instämmer:']);
        expect((await complete(`${SV}Yrkande: Bifall.\nAv: Anna\n|`))[0]).toBe('Instämmer:');
        expect((await complete(`${EN}Vote: 2-0\n|`)).slice(0, 3)).toEqual(['Yes:', 'No:', 'Abstain:']);
        expect((await complete(`${EN}Vote: 2-0\nYes: Ada\n|`)).slice(0, 2)).toEqual(['No:', 'Abstain:']);
        expect(await complete(`${SV}Uppdrag: Boka.\nFr|`)).toEqual(['Från:']);
        expect(await complete(`${SV}Uppdrag: Boka.\nSta|`)).toEqual(['Status:']);
        expect((await complete(`${SV}Uppdrag: Boka.\n|`)).slice(0, 3)).toEqual(['Ansvarig:', 'Senast:', 'Beslut:']);
    });

    test('typed spellings of the new keywords, in the document\'s language', async () => {
        expect(await complete(`${SV}Prot|`)).toEqual(['Protokollsanteckning:']);
        expect(await complete(`${SV}Bil|`)).toEqual(['Bilaga 1:']);
        expect(await complete(`${SV}Bilaga 1: Karta\n\nBil|`)).toEqual(['Bilaga 2:']);
        expect(await complete(`${EN}Conf|`)).toEqual(['Conflict of interest:', 'Confidential:']);
        expect(await complete('Protokoll: Styrelsen\nTid: 2026-03-10\nTjä|')).toEqual(['Tjänstgörande ledamöter:', 'Tjänstgörande ersättare:', 'Tjänstepersoner:']);
        expect(await complete('Protokoll: Styrelsen\nTid: 2026-03-10\nIcke|')).toEqual(['Icke tjänstgörande ersättare:']);
        expect(await complete('Minutes: Board\nDate: 2026-03-10\nServ|')).toEqual(['Serving substitutes:', 'Serving alternates:']);
    });

    test('a header or role keyword inside an item is prose: no keyword and no persons offered for it', async () => {
        const doc = 'Minnesanteckningar: Möte\nTid: 2026-03-10\nDeltagare:\n- Anna Berg\n\nPunkt 1: Rapport\n';
        expect(await complete(`${doc}Ordförande: |`)).toEqual([]);
        expect(await complete(`${doc}Ordf|`)).toEqual([]);
        expect(await complete('Minnesanteckningar: Möte\nTid: 2026-03-10\nDeltagare:\n- Anna Berg\n\nOrdförande: |')).toEqual(['Anna Berg']);
    });

    test('after the last item: Bilaga and the trailer; in the trailer, what is not yet written there or in the header', async () => {
        expect(await complete(`${SV}\nBilaga 1: Karta\n\n|`)).toEqual(['Bilaga 2:', 'Nästa möte:', 'Justering:', 'Anslag:', 'Förvaringsplats:', 'Avslutning:', '§ 2: …']);
        expect(await complete(`Protokoll: S\nTid: 2026-03-10\nJustering: 2026-03-12\n\n§ 1: A\n\nAnslag: 2026-03-13\n|`))
            .toEqual(['Nästa möte:', 'Förvaringsplats:', 'Avslutning:']);
    });
});
