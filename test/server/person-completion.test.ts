/**
 * Completion of the member after `för` in a serving substitute's line
 * (server/person-completion.ts): the voting persons first, then the absent ones, never the
 * substitute or the non-voting groups; a written name is replaced whole.
 */
import { describe, expect, test } from 'vitest';
import { CompletionTriggerKind, type CompletionList, type TextEdit } from 'vscode-languageserver';
import { applyEdits, createServices, cursor, open } from './helpers.js';

const services = createServices({ messageLanguage: 'sv' });

async function complete(marked: string, triggerKind: CompletionTriggerKind = CompletionTriggerKind.TriggerCharacter): Promise<CompletionList | undefined> {
    const { text, position } = cursor(marked);
    const document = await open(services, text);
    return services.Minutes.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() }, position, context: { triggerKind, triggerCharacter: ' ' }
    });
}

function labels(list: CompletionList | undefined): string[] {
    return [...list?.items ?? []].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map(item => `${item.label} (${item.detail})`);
}

const HEAD = `Protokoll: Socialnämnden
Tid: 2026-02-17

Beslutande:
- Magnus Gyllestad (S)
- Bo Eliasson (V)

Ej närvarande:
- Eva Gran (M)

Övriga närvarande:
- Per Holm, socialchef

Tjänstgörande ersättare:
`;

describe('för in a serving substitute line', () => {
    test('after `för `: voting members, then absent persons', async () => {
        expect(labels(await complete(`${HEAD}- Cristina Kvist (V), för |\n`)))
            .toEqual(['Magnus Gyllestad (beslutande)', 'Bo Eliasson (beslutande)', 'Eva Gran (ej närvarande)']);
        expect(labels(await complete(`${HEAD}- Cristina Kvist (V) ersätter |\n`)).length).toBe(3);
    });

    test('a name being typed is filtered and replaced whole, its parentheses kept', async () => {
        const marked = `${HEAD}- Cristina Kvist (V), för Bo E|l (V) § 2\n`;
        const list = await complete(marked, CompletionTriggerKind.Invoked);
        expect(labels(list)).toEqual(['Bo Eliasson (beslutande)']);
        const edit = list!.items[0].textEdit as TextEdit;
        expect(applyEdits(cursor(marked).text, [edit])).toContain('- Cristina Kvist (V), för Bo Eliasson (V) § 2\n');
    });

    test('in Deltagare, without a voting group, the participants vote', async () => {
        const text = `Protokoll: Styrelsen\nTid: 2026-02-17\n\nDeltagare:\n- Anna Berg\n- Bo Ek\n\nTjänstgörande ersättare:\n- Cy Dahl, för |\n`;
        expect(labels(await complete(text))).toEqual(['Anna Berg (närvarande)', 'Bo Ek (närvarande)']);
    });

    test('nothing right after the word, after the serving range, or outside a serving list', async () => {
        expect(await complete(`${HEAD}- Cristina Kvist (V), för|\n`)).toBeUndefined();
        expect(labels(await complete(`${HEAD}- Cristina Kvist (V), för Bo Eliasson § 2 |\n`))).toEqual([]);
        const present = HEAD.replace('Tjänstgörande ersättare:\n', '') + '\nDeltagare:\n- Cristina Kvist, för |\n';
        expect(labels(await complete(present))).toEqual([]);
    });
});
