/**
 * The editor audit of issue 12, point 3: completion of every keyword of the table where it
 * belongs, in the document's language; persons after the second edition's person keywords
 * (tellers, movers, seconders, reservations, conflicts of interest, notes for the record), who
 * may decide first where a decision is taken; the words that stand for a date or for counts;
 * the day of `Anslag`; hovers on `Anslag` and on a teller or mover.
 */
import { describe, expect, test } from 'vitest';
import { CompletionTriggerKind, type CompletionList } from 'vscode-languageserver';
import { KEYWORDS, type KeywordInfo, type Lang } from '../../language/keywords.js';
import { formatText } from '../../server/minutes-formatter.js';
import { applyEdits, createServices, cursor, hoverText, open } from './helpers.js';

const services = createServices({ messageLanguage: 'auto' });

async function completion(marked: string): Promise<CompletionList | undefined> {
    const { text, position } = cursor(marked);
    const document = await open(services, text);
    return services.Minutes.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() }, position, context: { triggerKind: CompletionTriggerKind.Invoked }
    });
}

/** The labels in the order shown, with their description when `details` is set. */
async function labels(marked: string, details = false): Promise<string[]> {
    const items = [...(await completion(marked))?.items ?? []].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    return items.map(item => details ? `${item.label} (${item.labelDetails?.description})` : item.label);
}

const BOARD = `Protokoll: Socialnämnden
Tid: 2026-02-17

Beslutande:
- Anna Berg (S)
- Cecilia Dahl (M)

Ersättare:
- Frida Holm (MP)

Ordförande: Anna Berg
Sekreterare: Frida Holm
Justerare: Cecilia Dahl
`;
const ITEM = `${BOARD}\n§ 1 Budget\n`;

describe('every keyword where it belongs, in the document\'s language', () => {
    /** A document of `lang` with the cursor where a line of `keyword` belongs, its first letters typed. */
    function placeFor(keyword: KeywordInfo, lang: Lang, typed: string): string | undefined {
        const head = lang === 'sv' ? 'Protokoll: Nämnden\nTid: 2026-02-17\n' : 'Minutes: Board\nDate: 2026-02-17\n';
        const item = lang === 'sv' ? '\n§ 1 Budget\n' : '\nItem 1: Budget\n';
        switch (keyword.placement) {
            case 'first-line': return undefined;
            // `Tid:` is written once: the header of a document that has none yet.
            case 'header': return `${head.split('\n')[0]}\n${typed}|`;
            case 'items': return `${head}${item}${typed}|`;
            case 'action-field': return `${head}${item}${lang === 'sv' ? 'Uppdrag' : 'Action'}: Boka.\n${typed}|`;
            case 'motion-field': return `${head}${item}${lang === 'sv' ? 'Yrkande' : 'Motion'}: Bifall.\n${typed}|`;
            case 'vote-field': return `${head}${item}${lang === 'sv' ? 'Omröstning' : 'Vote'}: 2-0\n${typed}|`;
            case 'trailer': return `${head}${item}${lang === 'sv' ? 'Beslut' : 'Decision'}: Ja.\n\n${typed}|`;
        }
    }

    test('each spelling is offered when its first letters are typed where its line belongs', async () => {
        const missing: string[] = [];
        for (const keyword of KEYWORDS) {
            for (const lang of ['sv', 'en'] as const) {
                for (const spelling of keyword.spellings[lang]) {
                    const typed = spelling.slice(0, Math.min(3, spelling.length));
                    const marked = placeFor(keyword, lang, typed);
                    if (!marked) continue;
                    const offered = await labels(marked);
                    const expected = keyword.id === 'item' ? `${spelling} 2:` : keyword.id === 'attachment' ? `${spelling} 1:` : `${spelling}:`;
                    if (!offered.includes(expected)) missing.push(`${expected} in ${keyword.placement} (${lang})`);
                }
            }
        }
        expect(missing).toEqual([]);
    });

    test('the formatter writes each spelling as the table does, whatever its case and spacing, and formatting twice equals once', () => {
        const format = (text: string) => applyEdits(text, formatText(text, services.Minutes.parser.Lexer));
        const lists = new Set(['present', 'voting', 'serving', 'substitutes', 'others', 'absent', 'groups', 'agenda']);
        const wrong: string[] = [];
        for (const keyword of KEYWORDS) {
            for (const lang of ['sv', 'en'] as const) {
                for (const spelling of keyword.spellings[lang]) {
                    const numbered = keyword.id === 'item' || keyword.id === 'attachment' ? ' 2' : '';
                    const value = lists.has(keyword.id) ? '' : 'x';
                    const marked = placeFor(keyword, lang, `${spelling.toUpperCase()}${numbered}  :${value}`);
                    if (!marked) continue;
                    const text = `${marked.replace('|', '')}\n`;
                    const formatted = format(text);
                    if (!formatted.split('\n').includes(`${spelling}${numbered}:${value ? ` ${value}` : ''}`) || format(formatted) !== formatted) {
                        wrong.push(`${spelling} (${lang})`);
                    }
                }
            }
        }
        expect(wrong).toEqual([]);
    });

    test('a keyword of the other language is not offered', async () => {
        expect(await labels('Minutes: Board\nDate: 2026-02-17\nBesl|')).toEqual([]);
        expect(await labels('Protokoll: Nämnden\nTid: 2026-02-17\nGue|')).toEqual([]);
    });
});

describe('persons after the second edition\'s person keywords', () => {
    test('Rösträknare and Jäv: every declared person, present ones first', async () => {
        expect(await labels(`${BOARD}Rösträknare: |`)).toEqual(['Anna Berg', 'Cecilia Dahl', 'Frida Holm']);
        expect(await labels(`${ITEM}Jäv: C|`)).toEqual(['Cecilia Dahl']);
        expect(await labels('Minutes: Board\nDate: 2026-02-17\nPresent:\n- Ada Lane\n- Ben Cho\nTellers: Ada Lane, |')).toEqual(['Ben Cho']);
    });

    test('Av, Instämmer and Reservation: who may decide in the item first', async () => {
        const decide = ['Anna Berg (får besluta här)', 'Cecilia Dahl (får besluta här)', 'Frida Holm (får inte besluta här)'];
        expect(await labels(`${ITEM}Yrkande: Bifall.\nAv: |`, true)).toEqual(decide);
        expect(await labels(`${ITEM}Yrkande: Bifall.\nAv: Anna Berg\nInstämmer: |`, true)).toEqual(decide);
        expect(await labels(`${ITEM}Beslut: Bifall.\nReservation: |`, true)).toEqual(decide);
        expect(await labels(`${ITEM}Jäv: Cecilia Dahl\nBeslut: Bifall.\nReservation: |`, true)).toEqual([
            'Anna Berg (får besluta här)', 'Cecilia Dahl (får inte besluta här)', 'Frida Holm (får inte besluta här)'
        ]);
    });

    test('Protokollsanteckning: the person; after the person\'s colon the note is prose', async () => {
        expect(await labels(`${ITEM}Protokollsanteckning: Fr|`)).toEqual(['Frida Holm']);
        expect(await completion(`${ITEM}Protokollsanteckning: Frida Holm: Anna |`)).toBeUndefined();
        expect(await completion(`${ITEM}Reservation: Anna Berg: Cecilia |`)).toBeUndefined();
    });
});

describe('för in a serving substitute\'s line', () => {
    const SERVING = `${BOARD.replace('Ersättare:\n- Frida Holm (MP)\n', 'Ej närvarande:\n- Frida Holm (MP)\n')}\nTjänstgörande ersättare:\n`;

    test('asked for after the comma: `för` and each member the substitute may serve for, then the organisations', async () => {
        const list = await completion(`${SERVING}- Erik Gran (V),|\n`);
        const items = [...list?.items ?? []].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
        expect(items.map(item => `${item.label} (${item.detail})`)).toEqual([
            'för Anna Berg (beslutande)', 'för Cecilia Dahl (beslutande)', 'för Frida Holm (ej närvarande)'
        ]);
        expect((items[0].textEdit as { newText: string }).newText).toBe(' för Anna Berg');
        const english = 'Minutes: Board\nDate: 2026-02-17\n\nVoting members:\n- Ada Lane\n\nServing alternates:\n- Ben Cho, |\n';
        expect(await labels(english)).toEqual(['for Ada Lane']);
    });

    test('not once the line names the member, nor in another group', async () => {
        expect(await labels(`${SERVING}- Erik Gran (V), för Anna Berg, |\n`)).toEqual([]);
        expect(await labels(`${BOARD}\nEj närvarande:\n- Erik Gran (V), |\n`)).toEqual([]);
    });
});

describe('the words that stand for a date or for counts', () => {
    const SV = `${ITEM}Beslut: Ja.\n`;
    const EN = 'Minutes: Board\nDate: 2026-02-17\n\nItem 1: Budget\nDecision: Yes.\n';

    test('after Senast, Justering and Nästa möte, after the dates, while what is typed can become one', async () => {
        expect((await labels(`${SV}Uppdrag: Boka.\nSenast: |`)).slice(3)).toEqual(['nästa möte', 'imorgon', 'löpande']);
        expect(await labels(`${SV}Uppdrag: Boka.\nSenast: lö|`)).toEqual(['tisdag 2026-02-24', 'tisdag 2026-03-03', 'torsdag 2026-03-19', 'löpande']);
        expect((await labels(`${SV}\nJustering: |`)).slice(-3)).toEqual(['vid nästa möte', 'genom pull request', 'omedelbart']);
        expect((await labels(`${SV}\nNästa möte: |`)).slice(-1)).toEqual(['ej bestämt']);
        expect((await labels(`${EN}Action: Book.\nDue: |`)).slice(3)).toEqual(['next meeting', 'tomorrow', 'ongoing']);
        expect((await labels(`${EN}\nApproval: |`)).slice(-3)).toEqual(['at the next meeting', 'by pull request', 'immediately']);
        expect((await labels(`${EN}\nNext meeting: |`)).slice(-1)).toEqual(['TBD']);
    });

    test('a word typed out in full is not offered again', async () => {
        expect(await labels(`${SV}Uppdrag: Boka.\nSenast: löpande|`)).not.toContain('löpande');
    });

    test('after Omröstning and Vote: a vote without counts', async () => {
        expect(await labels(`${ITEM}Omröstning: |`)).toEqual(['enhälligt', 'acklamation']);
        expect(await labels('Minutes: Board\nDate: 2026-02-17\n\nItem 1: Budget\nVote: u|')).toEqual(['unanimous']);
        expect(await labels(`${ITEM}Omröstning: 3 ja|`)).toEqual([]);
    });

    test('after Anslag: the day of approval and the two days after it (KL 8 kap. 12 §)', async () => {
        const list = await completion(`${SV}\nJustering: 2026-02-20\nAnslag: |`);
        expect(list?.items.map(item => `${item.label} (${item.detail})`)).toEqual([
            'fredag 2026-02-20 (3 dagar efter mötet)', 'lördag 2026-02-21 (4 dagar efter mötet)', 'söndag 2026-02-22 (5 dagar efter mötet)'
        ]);
    });
});

describe('hovers on the second edition\'s lines', () => {
    const DOC = `${BOARD}Rösträknare: Cecilia Dahl\n\n§ 1 Budget\nYrkande: Bifall.\nAv: Anna Berg\nBeslut: Bifall.\n\nJustering: 2026-02-20\nAnslag: 2026-02-23\n`;

    test('on Anslag itself: the date and the end of the appeal period, as on its date', async () => {
        const onKeyword = await hoverText(services, DOC, 'Anslag');
        expect(onKeyword).toBe(await hoverText(services, DOC, '2026-02-23'));
        expect(onKeyword).toContain('Överklagandetiden går ut måndag 16 mars 2026');
    });

    test('a teller says so among the roles; a mover has the items of their motions', async () => {
        expect(await hoverText(services, DOC, 'Cecilia Dahl', 1, 2)).toBe('**Cecilia Dahl** (M)\n\nBeslutande · justerare · rösträknare');
        expect(await hoverText(services, DOC, 'Anna Berg', 1, 2)).toBe('**Anna Berg** (S)\n\nBeslutande · ordförande\n\nYrkanden: § 1');
    });
});
