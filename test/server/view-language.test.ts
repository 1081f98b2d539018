/**
 * One language per view: with `minutes.messageLanguage: auto` every view of a document
 * (diagnostics, hovers, completion details, outline labels, code-action titles, the preview's
 * own labels) speaks the document's language, whatever the editor's locale; `sv`/`en` force
 * one; a document without a header follows the locale.
 */
import { describe, expect, test } from 'vitest';
import type { CompletionList, DocumentSymbol, MarkupContent } from 'vscode-languageserver';
import { strings } from '../../common/l10n/index.js';
import type { MinutesSettings } from '../../language/index.js';
import { renderResult } from '../../server/render-request.js';
import { formatCount, problemSummary } from '../../client/preview-src/problems-view.js';
import { createServices, cursor, open, positionOf, type Services } from './helpers.js';

/** A Swedish meeting with a wrong weekday (line 2) and an action without an owner. */
const SWEDISH = `Minnesanteckningar: Styrelsemöte
Tid: onsdag 2022-10-06 13.00–14.00
Deltagare:
- Anna Andersson, Botkyrka
- Bertil Berg
Justerare: Bertil Berg

Punkt 1: Budget
Uppdrag: Ta fram en budget.
Ansvarig: Anna Andersson
Senast: 2022-10-20
`;

/** The same meeting in English. */
const ENGLISH = `Minutes: Board meeting
Date: Wednesday 2022-10-06 18.30–20.00
Present:
- Ada Lindqvist, treasurer
- Ben Okafor
Adjuster: Ben Okafor

Item 1: Budget
Action: Draft a budget.
Owner: Ada Lindqvist
Due: 2022-10-20
`;

/** Services as the server has them in an editor with `locale` and the setting `messageLanguage`. */
function editor(locale: string, messageLanguage: MinutesSettings['messageLanguage'] = 'auto'): Services {
    return createServices({ messageLanguage, locale });
}

async function views(services: Services, text: string, person: string, dueLine: string) {
    const document = await open(services, text);
    const uri = { uri: document.uri.toString() };
    const lsp = services.Minutes.lsp;
    const messages = (document.diagnostics ?? []).map(d => d.message);
    const hoverAt = async (needle: string, occurrence: number) => {
        const hover = await lsp.HoverProvider!.getHoverContent(document, { textDocument: uri, position: positionOf(text, needle, 1, occurrence) });
        return (hover?.contents as MarkupContent | undefined)?.value;
    };
    const { position } = cursor(text.replace(dueLine, `${dueLine}|`));
    const completion = await lsp.CompletionProvider!.getCompletion(document, { textDocument: uri, position }) as CompletionList;
    const symbols = await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: uri }) as DocumentSymbol[];
    const weekday = document.diagnostics!.find(d => d.code === 'weekday-mismatch')!;
    const actions = await lsp.CodeActionProvider!.getCodeActions(document, { textDocument: uri, range: weekday.range, context: { diagnostics: [weekday] } }) as Array<{ title: string }>;
    const render = renderResult(uri.uri, document, services.Minutes.settings.Settings);
    const preview = strings(render.viewLang).preview;
    return {
        messages,
        personHover: await hoverAt(person, 2),
        dateHover: await hoverAt('2022-10-20', 1),
        // Words such as `nästa möte` are the document's own and carry no detail.
        completionDetails: completion.items.map(item => item.detail).filter(Boolean),
        outline: symbols[0].children!.map(symbol => symbol.detail).filter(Boolean),
        actions: actions.map(action => action.title),
        previewLabels: `${problemSummary(render.diagnostics, preview)} / ${formatCount(preview.lineLabel, render.diagnostics[0].line + 1)}`,
    };
}

const swedishViews = {
    messages: ['2022-10-06 är en torsdag, inte "onsdag".'],
    personHover: '**Bertil Berg**\n\nNärvarande · justerare',
    dateHover: '**torsdag 20 oktober 2022**\n\n14 dagar efter mötet',
    completionDetails: ['7 dagar efter mötet', '14 dagar efter mötet', '30 dagar efter mötet'],
    outline: ['2 personer'],
    actions: ['Skriv torsdag'],
    previewLabels: '1 fel / Rad 2',
};

const englishViews = {
    messages: ['2022-10-06 is a Thursday, not "Wednesday".'],
    personHover: '**Ben Okafor**\n\nPresent · adjuster',
    dateHover: '**Thursday 20 October 2022**\n\n14 days after the meeting',
    completionDetails: ['7 days after the meeting', '14 days after the meeting', '30 days after the meeting'],
    outline: ['2 people'],
    actions: ['Write Thursday'],
    previewLabels: '1 error / Line 2',
};

describe('one language per view', () => {
    test('a Swedish document in an English editor: every view in Swedish', async () => {
        expect(await views(editor('en-US'), SWEDISH, 'Bertil Berg', 'Senast: ')).toEqual(swedishViews);
    });

    test('an English document in a Swedish editor: every view in English', async () => {
        expect(await views(editor('sv-SE'), ENGLISH, 'Ben Okafor', 'Due: ')).toEqual(englishViews);
    });

    test('a forced language wins over the document\'s; the keywords stay the document\'s, quoted', async () => {
        const forced = await views(editor('sv-SE', 'en'), SWEDISH, 'Bertil Berg', 'Senast: ');
        expect(forced).toEqual({ ...englishViews, messages: ['2022-10-06 is a Thursday, not "onsdag".'], personHover: '**Bertil Berg**\n\nPresent · adjuster', actions: ['Write torsdag'] });
        const tvingad = await views(editor('en-US', 'sv'), ENGLISH, 'Ben Okafor', 'Due: ');
        expect(tvingad).toEqual({ ...swedishViews, messages: ['2022-10-06 är en torsdag, inte "Wednesday".'], personHover: '**Ben Okafor**\n\nNärvarande · justerare', actions: ['Skriv Thursday'] });
    });

    test('a document without a header follows the editor\'s locale', async () => {
        const headless = 'Styrelsemöte\n';
        const inSwedish = await open(editor('sv-SE'), headless);
        const inEnglish = await open(editor('en-GB'), headless);
        expect(inSwedish.diagnostics?.[0].message).toMatch(/^Första raden ska säga/u);
        expect(inEnglish.diagnostics?.[0].message).toMatch(/^The first line should say/u);
    });
});
