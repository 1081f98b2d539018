import { describe, expect, test } from 'vitest';
import { expectFoldings, expectSemanticToken, expectSymbols, highlightHelper } from 'langium/test';
import { SemanticTokenTypes, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { createServices, ENGLISH_MINUTES, open, SWEDISH_MINUTES } from './helpers.js';

const services = createServices({ messageLanguage: 'sv' });

/** The outline as an indented list: `name [detail] lines`. */
function outline(symbols: DocumentSymbol[], indent = ''): string[] {
    return symbols.flatMap(symbol => [
        `${indent}${symbol.name}${symbol.detail ? ` [${symbol.detail}]` : ''} ${symbol.range.start.line + 1}–${symbol.range.end.line + 1}`,
        ...outline(symbol.children ?? [], `${indent}  `)
    ]);
}

describe('document symbols', () => {
    test('the meeting contains the person lists with their persons, the items with decisions and actions, and the trailer', async () => {
        const document = await open(services, ENGLISH_MINUTES);
        const symbols = await services.Minutes.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(outline(symbols)).toEqual([
            'Northgate Rowing Club, committee [Minutes] 1–48',
            // The body is a line of the outline; the date and place are the meeting's own and are not.
            '  Body [Northgate Rowing Club committee] 4–4',
            '  Present [5 personer] 5–10',
            '    Maya Holt [club captain] 6–6',
            '    Oliver Grant [treasurer] 7–7',
            '    Nadia Petrova [Northgate Rowing Trust] 8–8',
            '    Tomas Ruiz 9–9',
            '    Lena Fischer [coaches\' representative] 10–10',
            '  Absent [1 person] 12–13',
            '    Rashid Karim 13–13',
            '  Item 1: Minutes of the last meeting 19–22',
            '    The minutes of 13 January are approved. [Decision] 22–22',
            '  Item 2: Boat repairs 24–34',
            '    The rigger is repaired at Dockside Boatyard this month. [Decision] 30–30',
            '    Collect two quotes for a new launch engine. [Action] 32–34',
            '  Item 3: Spring regatta 36–41',
            '    Send the regatta invitation to the neighbouring clubs. [Action] 39–41',
            '  Item 4: Any other business 43–44',
            '  Next meeting [Tuesday 2026-03-17 18.00, Clubroom] 46–46',
            '  Closing [The chair closed the meeting at 19.45.] 48–48'
        ]);
        const person = symbols[0].children![1].children![0];
        expect(person.kind).toBe(SymbolKind.Field);
        expect(person.selectionRange).toEqual({ start: { line: 5, character: 2 }, end: { line: 5, character: 11 } });
        expect(person.range).toEqual({ start: { line: 5, character: 0 }, end: { line: 5, character: 25 } });
    });

    test('wrapped decisions end on their last line; through the langium helper', async () => {
        await expectSymbols(services.Minutes)({
            text: SWEDISH_MINUTES,
            assert: symbols => {
                const items = symbols[0].children!.filter(s => s.kind === SymbolKind.Module);
                expect(items.map(i => i.name)).toEqual(['Punkt 1: Gemensam regional trafikplan', 'Punkt 2: Pendlarparkeringar – Nulägesbild', 'Punkt 3: Övrig information']);
                const decision = items[0].children![0];
                expect(decision.detail).toBe('Beslut');
                expect([decision.range.start.line + 1, decision.range.end.line + 1]).toEqual([36, 38]);
            },
            disposeAfterCheck: true
        });
    });

    test('a document without a header line lists its parts at the top level', async () => {
        const document = await open(services, 'Tid: 2022-10-06\n\nPunkt 1: Start\nBeslut: Ja.\n');
        const symbols = await services.Minutes.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(outline(symbols)).toEqual(['Punkt 1: Start 3–4', '  Ja. [Beslut] 4–4']);
    });
});

describe('folding', () => {
    test('items, person lists and elements over several lines fold; single lines do not', async () => {
        const document = await open(services, ENGLISH_MINUTES);
        const ranges = await services.Minutes.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        expect(ranges.map(r => `${r.startLine + 1}–${r.endLine + 1}`)).toEqual([
            '5–10',   // Present
            '12–13',  // Absent
            '19–22',  // Item 1
            '24–34',  // Item 2
            '25–26',  // its wrapped paragraph
            '32–34',  // its action with owner and due date
            '36–41',  // Item 3
            '39–41',  // its action
            '43–44'   // Item 4
        ]);
    });

    test('wrapped decisions and bullets of the Swedish example, through the langium helper', async () => {
        const decision = 'Beslut: Målbilden';
        const decisionEnd = 'ska ta ställning till i april.';
        const bullet = '- Ett gemensamt seminarium';
        const bulletEnd = '  Förslag på talare skickas till Gunilla Ståhl.';
        const text = SWEDISH_MINUTES.replace(decision, `<|${decision}`).replace(decisionEnd, `${decisionEnd}|>`)
            .replace(bullet, `<|${bullet}`).replace(bulletEnd, `${bulletEnd}|>`);
        const lineAt = (offset: number) => SWEDISH_MINUTES.slice(0, offset).split('\n').length - 1;
        await expectFoldings(services.Minutes)({
            text,
            assert: (foldings, expected) => {
                // Offsets are those of the text without the markers.
                const lines = expected.map(([start, end]) => [lineAt(start), lineAt(end)]);
                expect(lines.map(([s, e]) => `${s + 1}–${e + 1}`)).toEqual(['36–38', '61–67']);
                for (const [startLine, endLine] of lines) expect(foldings).toContainEqual({ startLine, endLine });
            },
            disposeAfterCheck: true
        });
    });
});

describe('semantic tokens', () => {
    test('keywords, persons, dates, weekdays, times and item numbers', async () => {
        const tokens = await highlightHelper(services.Minutes)([
            'Minnesanteckningar: Möte',
            'Tid: <|torsdag|> <|2022-10-06|> kl. <|13.00|>–14.00',
            '<|Deltagare|>:',
            '- <|Anna Andersson|>, Botkyrka',
            'Ordförande: <|anna andersson|>',
            'Justerare: Anna Andersson',
            '<|Punkt|> <|1|>: Beslut om budget',
            'Beslut: Ja.'
        ].join('\n'));
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.number });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.number });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.keyword });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 5, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 6, tokenType: SemanticTokenTypes.keyword });
        expectSemanticToken(tokens, { rangeIndex: 7, tokenType: SemanticTokenTypes.number });
        // Every token, as text and type: "Beslut" in an item title is prose, not a keyword.
        expect(tokens.tokens.map(t => `${t.text}:${t.tokenType}`)).toEqual([
            'Minnesanteckningar:keyword', 'Tid:keyword', 'torsdag:enumMember', '2022-10-06:number', '13.00:number', '14.00:number',
            'Deltagare:keyword', 'Anna Andersson:variable', 'Ordförande:keyword', 'anna andersson:variable',
            'Justerare:keyword', 'Anna Andersson:variable', 'Punkt:keyword', '1:number', 'Beslut:keyword'
        ]);
    });

    test('the date forms of the second edition: weekday ranges, twelve-hour times, zones, tentative and relative dates', async () => {
        const document = await open(services, [
            'Minutes: Board',
            'Date: Saturday–Sunday March 14–15, 2026, 6:30–8:45 PM UTC',
            'Present:',
            '- Ada Lind',
            'Item 1: A',
            'Action: Do',
            'Owner: Ada Lind',
            'Due: next meeting',
            '',
            'Next meeting: tentative April 20, 2026 at Menlo Park'
        ].join('\n'));
        const result = await services.Minutes.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
        const provider = services.Minutes.lsp.SemanticTokenProvider!;
        const names = Object.fromEntries(Object.entries(provider.tokenTypes).map(([name, index]) => [index, name]));
        const text = document.textDocument;
        let line = 0;
        let character = 0;
        const tokens: string[] = [];
        for (let i = 0; i < result.data.length; i += 5) {
            const [deltaLine, deltaChar, length, type] = result.data.slice(i, i + 4);
            line += deltaLine;
            character = deltaLine === 0 ? character + deltaChar : deltaChar;
            tokens.push(`${text.getText({ start: { line, character }, end: { line, character: character + length } })}:${names[type]}`);
        }
        expect(tokens.filter(t => !t.endsWith(':keyword') && !t.endsWith(':variable'))).toEqual([
            'Saturday–Sunday:enumMember', 'March 14–15, 2026:number', '6:30:number', '8:45 PM:number', 'UTC:enumMember',
            '1:number', 'next meeting:enumMember', 'tentative:modifier', 'April 20, 2026:number'
        ]);
    });

    test('declarations carry the declaration modifier, references do not', async () => {
        const document = await open(services, 'Minnesanteckningar: Möte\nDeltagare:\n- Anna Andersson\nOrdförande: Anna Andersson\n');
        const provider = services.Minutes.lsp.SemanticTokenProvider!;
        const result = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
        // [deltaLine, deltaChar, length, type, modifiers] per token.
        const quintuples = Array.from({ length: result.data.length / 5 }, (_, i) => result.data.slice(i * 5, i * 5 + 5));
        const variables = quintuples.filter(q => q[3] === provider.tokenTypes[SemanticTokenTypes.variable]);
        // Modifiers are a bit set over the legend the server announces; the editor reads names from it.
        const legend = provider.semanticTokensOptions.legend.tokenModifiers;
        const modifierNames = (bits: number) => legend.filter((_, i) => (bits & (1 << i)) !== 0);
        expect(variables.map(q => modifierNames(q[4]))).toEqual([['declaration'], []]);
    });
});
