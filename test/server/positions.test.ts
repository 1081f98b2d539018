/**
 * Positions a client may send that lie outside the text (issue 11, point 5): each of our
 * handlers answers as at the nearest position inside it. That they answer at once, through the
 * real server, is tested in test/robustness/pathological.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver';
import { clampPosition } from '../../server/document-lines.js';
import { createServices, open } from './helpers.js';

const TEXT = `Minutes: Board meeting
Date: Thursday 2026-03-12 18.00
Present:
- Anna Berg
- Bo Ek

Chair: Anna Berg
Adjuster: Bo Ek

Item 1: Budget
Decision: Approved.
Action: Write the report.
Owner: Anna Berk`;

const END: Position = { line: 12, character: 'Owner: Anna Berk'.length };
/** The same, ending with a declared name. */
const ENDS_WITH_NAME = TEXT.replace('Owner: Anna Berk', 'Owner: Anna Berg');
/** The same, ending where a date is completed. */
const ENDS_WITH_DUE = `${ENDS_WITH_NAME}\nDue: `;

describe('clampPosition', () => {
    const document = TextDocument.create('memory:///x.minutes', 'minutes', 1, 'ab\ncd\r\nef');
    test.each([
        [{ line: 1e9, character: 0 }, { line: 2, character: 2 }],
        [{ line: 2 ** 53, character: 2 ** 53 }, { line: 2, character: 2 }],
        [{ line: 0, character: 1e9 }, { line: 0, character: 2 }],
        [{ line: 1, character: 99 }, { line: 1, character: 2 }],
        [{ line: -4, character: 1 }, { line: 0, character: 0 }],
        [{ line: 1, character: -1 }, { line: 1, character: 0 }],
        [{ line: 1.7, character: 1.2 }, { line: 1, character: 1 }],
        [{ line: Number.NaN, character: 1 }, { line: 0, character: 1 }],
        [{ line: Infinity, character: 0 }, { line: 2, character: 2 }],
        [{ line: '1', character: null } as unknown as Position, { line: 0, character: 0 }],
        [{ line: 1, character: 1 }, { line: 1, character: 1 }]
    ])('%j → %j', (position, expected) => {
        expect(clampPosition(document, position)).toEqual(expected);
    });
});

describe('our handlers answer a position outside the text as the nearest one inside it', () => {
    const services = createServices({ messageLanguage: 'en' });
    const lsp = services.Minutes.lsp;
    // All of them are the end of the text.
    const far: Position[] = [{ line: 1e9, character: 0 }, { line: 2 ** 53, character: 2 ** 53 }, { line: 2 ** 31, character: -3 }];

    test('completion', async () => {
        const document = await open(services, ENDS_WITH_DUE);
        const textDocument = { uri: document.uri.toString() };
        const atEnd = await lsp.CompletionProvider!.getCompletion(document, { textDocument, position: { line: 13, character: 5 } });
        expect(atEnd?.items.length).toBeGreaterThan(0);
        for (const position of far) {
            expect(await lsp.CompletionProvider!.getCompletion(document, { textDocument, position })).toEqual(atEnd);
        }
    });

    test('hover, prepare rename and rename', async () => {
        const document = await open(services, ENDS_WITH_NAME);
        const textDocument = { uri: document.uri.toString() };
        const hover = await lsp.HoverProvider!.getHoverContent(document, { textDocument, position: END });
        expect(hover).toBeDefined();
        const prepared = await lsp.RenameProvider!.prepareRename(document, { textDocument, position: END });
        expect(prepared).toBeDefined();
        const renamed = await lsp.RenameProvider!.rename(document, { textDocument, position: END, newName: 'Nils Holm' });
        expect(renamed).toBeDefined();
        for (const position of far) {
            expect(await lsp.HoverProvider!.getHoverContent(document, { textDocument, position })).toEqual(hover);
            expect(await lsp.RenameProvider!.prepareRename(document, { textDocument, position })).toEqual(prepared);
            expect(await lsp.RenameProvider!.rename(document, { textDocument, position, newName: 'Nils Holm' })).toEqual(renamed);
        }
    });

    test('code actions for a diagnostic whose range lies past the end', async () => {
        const document = await open(services, TEXT);
        const textDocument = { uri: document.uri.toString() };
        const unknown = document.diagnostics!.find(d => d.code === 'person-unknown')!;
        const inside = await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: unknown.range, context: { diagnostics: [unknown] } });
        const forged = { ...unknown, range: { start: unknown.range.start, end: { line: 2 ** 53, character: 0 } } };
        const outside = await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: forged.range, context: { diagnostics: [forged] } });
        // The forged range runs to the end of the text: the same name, so the same fixes.
        expect(unknown.range.end).toEqual(END);
        expect(JSON.stringify(outside).replace(/"diagnostics":\[[^\]]*\]/gu, '')).toEqual(JSON.stringify(inside).replace(/"diagnostics":\[[^\]]*\]/gu, ''));
    });

    test('range formatting of a range past the end', async () => {
        const document = await open(services, TEXT.replace('Item 1', '\n\n\nItem 1'));
        const textDocument = { uri: document.uri.toString() };
        const options = { tabSize: 4, insertSpaces: true };
        const whole = await lsp.Formatter!.formatDocumentRange(document, { textDocument, options, range: { start: { line: 0, character: 0 }, end: { line: 15, character: 0 } } });
        expect(whole.length).toBeGreaterThan(0);
        expect(await lsp.Formatter!.formatDocumentRange(document, { textDocument, options, range: { start: { line: 0, character: 0 }, end: { line: 2 ** 53, character: 0 } } })).toEqual(whole);
    });
});
