/** The code lens above every item (server/record-code-lens.ts): it runs the extract command for that item. */
import { expect, test } from 'vitest';
import { SECOND_EDITION_ENGLISH, SECOND_EDITION_SWEDISH } from '../../fixtures/fixtures.js';
import { createServices, open } from '../helpers.js';

test('one lens per item, at its line, naming the item as the renderings do, titled in the view\'s language', async () => {
    for (const [text, lang, title, first] of [[SECOND_EDITION_SWEDISH, 'sv', 'Utdrag…', '§ 21'], [SECOND_EDITION_ENGLISH, 'en', 'Extract…', 'Item 1']] as const) {
        const services = createServices({ messageLanguage: lang });
        const document = await open(services, text);
        const lenses = await services.Minutes.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
        expect(lenses).toHaveLength(document.parseResult.value.items.length);
        const [lens] = lenses;
        expect(lens.range.start).toEqual({ line: document.parseResult.value.items[0].$cstNode!.range.start.line, character: 0 });
        expect(lens.command).toEqual({ title, command: 'minutes.exportExtract', arguments: [document.uri.toString(), { items: first }] });
    }
    const swedish = createServices({ messageLanguage: 'sv' });
    const document = await open(swedish, SECOND_EDITION_SWEDISH);
    const lenses = await swedish.Minutes.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
    expect(lenses.map(lens => (lens.command?.arguments?.[1] as { items: string }).items)).toEqual(['§ 21', '§ 22', '§ 23', '§ 24', '§ 25', '§ 25.1', '§ 25.2', '§ 26']);
});
