/**
 * The editor features on the second edition's lines: formatting (idempotent, every word kept),
 * the outline, folding, semantic tokens, and keyword completion by position for every new
 * keyword.
 */
import { describe, expect, test } from 'vitest';
import { highlightHelper } from 'langium/test';
import { CompletionTriggerKind, type CompletionList, type DocumentSymbol } from 'vscode-languageserver';
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
