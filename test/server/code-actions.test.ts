import { describe, expect, test } from 'vitest';
import { testCodeAction } from 'langium/test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { matchWeekdayForm } from '../../server/minutes-code-actions.js';
import { createServices, ENGLISH_MINUTES, open, quickFixes, SWEDISH_MINUTES, type Fix, type Services } from './helpers.js';

const swedish = createServices({ messageLanguage: 'sv' });
const english = createServices({ messageLanguage: 'en' });

/** The quick fixes offered for the diagnostics with `code`, applied one by one to the text. */
function fixes(text: string, code: string, services: Services = swedish): Promise<Fix[]> {
    return quickFixes(services, text, code);
}

async function codesOf(text: string): Promise<string[]> {
    return ((await open(swedish, text)).diagnostics ?? []).map((d: Diagnostic) => String(d.code));
}

const MEETING = `Minnesanteckningar: Styrelsemöte
Tid: torsdag 2022-10-06

Deltagare:
- Anna Andersson, Botkyrka
- Bertil Berg
- Stefan Hollmark

Ej närvarande:
- David Dahl, Salem

Ordförande: Anna Andersson
Sekreterare: Bertil Berg
Justerare: Stefan Hollmark
`;

describe('person-unknown', () => {
    test('a name like nobody\'s: add the person to Deltagare', async () => {
        const text = MEETING.replace('Justerare: Stefan Hollmark', 'Justerare: Eva Ek');
        expect(await fixes(text, 'person-unknown')).toEqual([{
            title: 'Lägg till Eva Ek under Deltagare',
            preferred: true,
            result: text.replace('- Stefan Hollmark\n', '- Stefan Hollmark\n- Eva Ek\n')
        }]);
    });

    test('a near miss: change it to the declared name (preferred), or add it', async () => {
        const text = MEETING.replace('Justerare: Stefan Hollmark', 'Justerare: stefan holmark');
        const [change, add] = await fixes(text, 'person-unknown');
        expect(change).toEqual({ title: 'Ändra till Stefan Hollmark', preferred: true, result: MEETING });
        expect(add.title).toBe('Lägg till stefan holmark under Deltagare');
        expect(add.preferred).toBe(false);
    });

    test('several near misses are offered closest first', async () => {
        const text = MEETING.replace('- Bertil Berg', '- Bertil Berg\n- Bertil Borg').replace('Sekreterare: Bertil Berg', 'Sekreterare: Bertil Bürg');
        expect((await fixes(text, 'person-unknown')).map(f => f.title)).toEqual(['Ändra till Bertil Berg', 'Ändra till Bertil Borg', 'Lägg till Bertil Bürg under Deltagare']);
    });

    test('without a Deltagare list the list is created after Tid and Plats', async () => {
        const text = 'Minnesanteckningar: Möte\nTid: 2022-10-06\nPlats: Rummet\nJusterare: Eva Ek\n';
        const [add] = await fixes(text, 'person-unknown');
        expect(add.result).toBe('Minnesanteckningar: Möte\nTid: 2022-10-06\nPlats: Rummet\n\nDeltagare:\n- Eva Ek\n\nJusterare: Eva Ek\n');
        expect(await codesOf(add.result)).toEqual([]);
    });

    test('in an English document the new list is "Present:", and titles follow the reader', async () => {
        const text = 'Minutes: Board\nDate: 2026-03-12\n\nItem 1: Budget\nAction: Compare.\nOwner: Eva Ek\n';
        const [add] = await fixes(text, 'person-unknown', english);
        expect(add.title).toBe('Add Eva Ek to Present');
        expect(add.result).toBe('Minutes: Board\nDate: 2026-03-12\n\nPresent:\n- Eva Ek\n\nItem 1: Budget\nAction: Compare.\nOwner: Eva Ek\n');
    });
});

describe('person-present-and-absent', () => {
    test('remove the person from Ej närvarande (preferred) or from Deltagare', async () => {
        const text = MEETING.replace('- David Dahl, Salem', '- David Dahl, Salem\n- Bertil Berg');
        const [fromAbsent, fromPresent] = await fixes(text, 'person-present-and-absent');
        expect(fromAbsent).toEqual({ title: 'Ta bort Bertil Berg från Ej närvarande', preferred: true, result: MEETING });
        expect(fromPresent.title).toBe('Ta bort Bertil Berg från Deltagare');
        expect(fromPresent.result).toBe(text.replace('- Bertil Berg\n- Stefan', '- Stefan'));
    });

    test('removing the only absent person removes the Ej närvarande heading too', async () => {
        const text = MEETING.replace('- David Dahl, Salem', '- Bertil Berg');
        const [fromAbsent] = await fixes(text, 'person-present-and-absent');
        expect(fromAbsent.result).toBe(MEETING.replace('Ej närvarande:\n- David Dahl, Salem\n\n', ''));
        expect(await codesOf(fromAbsent.result)).toEqual([]);
    });
});

describe('weekday-mismatch', () => {
    test('writes the real weekday (through the langium helper)', async () => {
        const text = MEETING.replace('Tid: torsdag', 'Tid: fredag');
        await testCodeAction(swedish.Minutes)(text, 'weekday-mismatch', MEETING);
    });

    test('keeps the language, the -en form and the capitalisation the writer used', () => {
        expect(matchWeekdayForm('fredag', 3)).toBe('torsdag');
        expect(matchWeekdayForm('Fredagen', 3)).toBe('Torsdagen');
        expect(matchWeekdayForm('FREDAG', 6)).toBe('SÖNDAG');
        expect(matchWeekdayForm('friday', 3)).toBe('thursday');
        expect(matchWeekdayForm('Friday', 0)).toBe('Monday');
    });

    test('in a deadline of the English example', async () => {
        const text = ENGLISH_MINUTES.replace('Due: 2026-03-10', 'Due: Friday 2026-03-10');
        const [fix] = await fixes(text, 'weekday-mismatch', english);
        expect(fix).toEqual({ title: 'Write Tuesday', preferred: true, result: ENGLISH_MINUTES.replace('Due: 2026-03-10', 'Due: Tuesday 2026-03-10') });
    });
});

describe('item numbers', () => {
    const items = (numbers: Array<number | undefined>, keyword = 'Punkt') =>
        MEETING + numbers.map((n, i) => `\n${keyword}${n === undefined ? '' : ` ${n}`}: Rubrik ${i + 1}\n`).join('');

    test('a gap: renumber consecutively from the first item', async () => {
        expect(await fixes(items([1, 3, 4]), 'item-number-gap')).toEqual([
            { title: 'Numrera om punkterna 1–3', preferred: true, result: items([1, 2, 3]) }
        ]);
    });

    test('a duplicate, with an unnumbered item that follows by itself', async () => {
        const [fix] = await fixes(items([1, 1, undefined, 5]), 'item-number-duplicate');
        expect(fix.result).toBe(items([1, 2, undefined, 4]));
        expect(await codesOf(fix.result)).toEqual([]);
    });

    test('protocols continue their § numbers (through the langium helper)', async () => {
        await testCodeAction(swedish.Minutes)(items([41, 43], '§'), 'item-number-gap', items([41, 42], '§'));
    });

    test('gap and duplicate together give one renumbering', async () => {
        const text = items([1, 1, 4]);
        const document = await open(swedish, text);
        const actions = await swedish.Minutes.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: document.diagnostics![0].range,
            context: { diagnostics: document.diagnostics! }
        }) as CodeAction[];
        expect(actions.map(a => a.title)).toEqual(['Numrera om punkterna 1–3']);
        expect(actions[0].diagnostics?.map(d => d.code)).toEqual(['item-number-duplicate', 'item-number-gap']);
    });
});

describe('absent persons in roles', () => {
    test('adjuster-not-present: move the person from Ej närvarande to Deltagare', async () => {
        const text = MEETING.replace('Justerare: Stefan Hollmark', 'Justerare: David Dahl');
        const [fix] = await fixes(text, 'adjuster-not-present');
        expect(fix.title).toBe('Flytta David Dahl till Deltagare');
        expect(fix.preferred).toBe(true);
        // The list is empty afterwards, so its heading goes too, with one of the blank lines around it.
        expect(fix.result).toBe(text.replace('- Stefan Hollmark\n', '- Stefan Hollmark\n- David Dahl, Salem\n').replace('Ej närvarande:\n- David Dahl, Salem\n\n', ''));
        expect(await codesOf(fix.result)).toEqual([]);
    });

    test('a list that keeps other persons keeps its heading', async () => {
        const text = MEETING.replace('- David Dahl, Salem', '- David Dahl, Salem\n- Eva Ek').replace('Justerare: Stefan Hollmark', 'Justerare: David Dahl');
        const [fix] = await fixes(text, 'adjuster-not-present');
        expect(fix.result).toBe(text.replace('- Stefan Hollmark\n', '- Stefan Hollmark\n- David Dahl, Salem\n').replace('Ej närvarande:\n- David Dahl, Salem\n', 'Ej närvarande:\n'));
    });

    test('a comment inside the emptied list is kept; the heading and the person go', async () => {
        const text = MEETING.replace('Ej närvarande:\n', 'Ej närvarande:\n// anmält förhinder\n').replace('Justerare: Stefan Hollmark', 'Justerare: David Dahl');
        const [fix] = await fixes(text, 'adjuster-not-present');
        expect(fix.result).toBe(text.replace('- Stefan Hollmark\n', '- Stefan Hollmark\n- David Dahl, Salem\n')
            .replace('Ej närvarande:\n// anmält förhinder\n- David Dahl, Salem\n\n', '// anmält förhinder\n'));
    });

    test('when there is no Deltagare yet, the emptied Ej närvarande becomes it', async () => {
        const text = 'Minnesanteckningar: X\nTid: 2022-10-06\n\nEj närvarande:\n- Bo Berg\n\nJusterare: Bo Berg\n';
        const [fix] = await fixes(text, 'adjuster-not-present');
        expect(fix.result).toBe('Minnesanteckningar: X\nTid: 2022-10-06\n\nDeltagare:\n- Bo Berg\n\nJusterare: Bo Berg\n');
        expect(await codesOf(fix.result)).toEqual([]);
    });

    test('in the Swedish example, through the langium helper; chair and secretary the same way', async () => {
        const text = SWEDISH_MINUTES.replace('Justerare: Erik Hägg', 'Justerare: Ivar Lindgren');
        const moved = text.replace('- Gunilla Ståhl, Mälarsamverkan\n', '- Gunilla Ståhl, Mälarsamverkan\n- Ivar Lindgren, Kungsör\n')
            .replace('- Ivar Lindgren, Kungsör\n\nOrdförande', '\nOrdförande');
        await testCodeAction(swedish.Minutes)(text, 'adjuster-not-present', moved);
        const chair = await fixes(MEETING.replace('Ordförande: Anna Andersson', 'Ordförande: David Dahl'), 'chair-not-present');
        expect(chair.map(f => f.title)).toEqual(['Flytta David Dahl till Deltagare']);
    });

    test('the last line of a file without a final line break can be moved too', async () => {
        const text = 'Minnesanteckningar: X\nTid: 2022-10-06\nJusterare: Bo Berg\nEj närvarande:\n- Bo Berg';
        const [fix] = await fixes(text, 'adjuster-not-present');
        expect(fix.result).toBe('Minnesanteckningar: X\nTid: 2022-10-06\n\nDeltagare:\n- Bo Berg\n\nJusterare: Bo Berg');
    });
});
