/**
 * The series of SERIES.md worked out from summaries (language/series.ts): every code with a
 * near miss, on our own two series (test/series/series-fixtures.ts), each changed in one place.
 */
import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createMinutesCoreServices } from '../../language/index.js';
import {
    SeriesSet, actionIdentity, groupSeries, isOverdue, itemKey, matchAction, readItemReference, readStatus, seriesKey, seriesMessagesOf,
    summarizeText, type MeetingSummary
} from '../../language/series.js';
import { BOARD, KFN } from '../series/series-fixtures.js';
import { check, summary as diagnosticSummary } from './helpers.js';

const { Minutes } = createMinutesCoreServices(EmptyFileSystem);

function summarize(folder: string, files: Readonly<Record<string, string>>): MeetingSummary[] {
    return Object.entries(files).map(([name, text]) => summarizeText(Minutes.parser, text, `file:///w/${folder}/${name}`));
}

/** The series `folder` with `changes` applied to its files (a text, or `undefined` to remove the file). */
function series(folder: 'kfn' | 'board', changes: Record<string, string | undefined> = {}): SeriesSet {
    const files: Record<string, string> = { ...(folder === 'kfn' ? KFN : BOARD) };
    for (const [name, text] of Object.entries(changes)) {
        if (text === undefined) delete files[name];
        else files[name] = text;
    }
    const set = new SeriesSet();
    for (const summary of summarize(folder, files)) set.set(summary);
    return set;
}

/** `file line:col code: message` of every problem in the set, in the reader's language `lang`. */
function problems(set: SeriesSet, lang: 'sv' | 'en' = 'en'): string[] {
    const lines: string[] = [];
    for (const analysis of set.allAnalyses()) {
        for (const p of analysis.problems) {
            const file = p.uri.slice(p.uri.lastIndexOf('/') + 1);
            const m = seriesMessagesOf({ messageLanguage: lang }, set.get(p.uri)!);
            lines.push(`${file} ${p.range.start.line + 1}:${p.range.start.character + 1} ${p.code}: ${p.message(m)}`);
        }
    }
    return lines;
}

function edit(folder: 'kfn' | 'board', name: string, from: string | RegExp, to: string): Record<string, string> {
    const text = (folder === 'kfn' ? KFN : BOARD)[name];
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`"${String(from)}" is not in ${name}`);
    return { [name]: changed };
}

describe('series', () => {
    test('our two series have no problem', () => {
        expect(problems(series('kfn'))).toEqual([]);
        expect(problems(series('board'))).toEqual([]);
    });

    test('a series is one folder and one body, case and spacing ignored; files without a body are one series of their own', () => {
        const summaries = [...summarize('board', BOARD), ...summarize('kfn', KFN), ...summarize('other', { 'x.minutes': BOARD['board-2026-01-15.minutes'] })];
        const groups = [...groupSeries(summaries).values()].map(group => group.map(s => s.uri.replace('file:///w/', '')).sort());
        expect(groups).toEqual([
            ['board/board-2025-09-11.minutes', 'board/board-2025-10-09.minutes', 'board/board-2026-01-15.minutes'],
            ['board/friends-2025-10-09.minutes'],
            ['board/notes-2025-09-11.minutes'],
            ['kfn/kfn-2025-11-18.minutes', 'kfn/kfn-2025-12-16.minutes', 'kfn/kfn-2026-01-20.minutes', 'kfn/kfn-2026-02-17.minutes'],
            ['other/x.minutes']
        ]);
        const spaced = summarize('board', { 'y.minutes': BOARD['board-2026-01-15.minutes'].replace('Body: Harbour Library board', 'Body:  harbour   LIBRARY board ') })[0];
        expect(seriesKey(spaced)).toBe(seriesKey(summarize('board', BOARD)[0]));
    });

    test('series-date-duplicate on the date of the later file in file-name order; not for another body on that date', () => {
        const set = series('board', { 'board-2025-10-09b.minutes': BOARD['board-2026-01-15.minutes'].replace('2026-01-15', '2025-10-09') });
        expect(problems(set).filter(p => p.includes('series-date-duplicate'))).toEqual([
            'board-2025-10-09b.minutes 3:16 series-date-duplicate: board-2025-10-09.minutes in the same series is also dated 2025-10-09. Correct the date or move one of the files to another folder.'
        ]);
        // Near miss: friends-2025-10-09 has the same date, but another body.
        expect(problems(series('board')).some(p => p.includes('series-date-duplicate'))).toBe(false);
    });
});

describe('following up actions', () => {
    test('every action has an identity; follow-ups carry its status, owner and deadline; it is open until done or dropped', () => {
        const kfn = series('kfn').allAnalyses()[0];
        expect(kfn.actions.map(a => [actionIdentity(a), a.state, a.due, a.closedBy?.date, a.followUps.length])).toEqual([
            ['2025-11-18 § 102', 'done', '2026-02-15', '2026-02-17', 3],
            ['2025-11-18 § 103', 'done', '2025-12-10', '2025-12-16', 1],
            ['2025-11-18 § 103', 'done', '2025-12-01', '2025-12-16', 1],
            ['2026-01-20 § 3', 'ongoing', '2026-06-01', undefined, 1]
        ]);
        const board = series('board').allAnalyses().find(a => a.meetings.length === 3)!;
        expect(board.actions.map(a => [actionIdentity(a), a.state])).toEqual([
            ['2025-09-11 item 1', 'done'], ['2025-09-11 item 2', 'done'], ['2025-10-09 item 2', 'ongoing']
        ]);
    });

    test('a Från that names a follow-up resolves to its origin', () => {
        const kfn = series('kfn').allAnalyses()[0];
        const plan = kfn.actions[0];
        expect(plan.followUps.map(f => `${f.meeting.date} ${f.status}`)).toEqual(['2025-12-16 ongoing', '2026-01-20 ongoing', '2026-02-17 done']);
    });

    test('action-origin-unknown: no meeting on that date, no such item, an item without actions, no action that matches', () => {
        const cases: Array<[string, string]> = [
            ['Från: 2025-11-18 § 102', 'Från: 2025-11-19 § 102'],
            ['Från: 2025-11-18 § 102', 'Från: 2025-11-18 § 109'],
            ['Från: 2025-11-18 § 102', 'Från: 2025-11-18 § 101'],
            ['Uppdrag: Begära in offerter på golv.', 'Uppdrag: Måla om omklädningsrummen.'],
        ];
        const found = cases.map(([from, to]) => problems(series('kfn', edit('kfn', 'kfn-2025-12-16.minutes', from, to)), 'sv')
            .filter(p => p.includes('action-origin-unknown')));
        expect(found).toEqual([
            ['kfn-2025-12-16.minutes 21:7 action-origin-unknown: Seriens möten före detta hölls inte 2025-11-19. Rätta datumet i "Från:" så att det är ett tidigare mötes datum.'],
            ['kfn-2025-12-16.minutes 21:7 action-origin-unknown: Mötet 2025-11-18 har ingen § 109. Rätta numret i "Från:".'],
            ['kfn-2025-12-16.minutes 21:7 action-origin-unknown: § 101 på mötet 2025-11-18 har inget uppdrag att följa upp. Rätta "Från:".'],
            ['kfn-2025-12-16.minutes 26:7 action-origin-unknown: Inget av uppdragen i § 103 på mötet 2025-11-18 liknar det här. Skriv uppdraget med samma ord som när det gavs.'],
        ]);
    });

    test('an origin on a later date is unknown too; `§ 3`, `punkt 3` and `item 3` name the same item', () => {
        const later = problems(series('kfn', edit('kfn', 'kfn-2026-01-20.minutes', 'Från: 2025-11-18 § 102', 'Från: 2026-02-17 § 5')));
        // And the follow-up that names it has no origin either.
        expect(later.filter(p => p.includes('action-origin-unknown'))).toEqual([
            'kfn-2026-01-20.minutes 21:7 action-origin-unknown: No earlier meeting of this series was held on 2026-02-17. Correct the date after "Från:" to an earlier meeting\'s date.',
            'kfn-2026-02-17.minutes 21:7 action-origin-unknown: None of the actions of § 2 of the meeting of 2026-01-20 is like this one. Write the action with the words it was given in.'
        ]);
        const punkt = problems(series('kfn', edit('kfn', 'kfn-2025-12-16.minutes', 'Från: 2025-11-18 § 102', 'Från: 2025-11-18 punkt 102')));
        expect(punkt).toEqual([]);
    });

    test('matching by words: the most shared words, at least half of the follow-up\'s; on a tie the first', () => {
        const candidates = [{ text: 'Begära in offerter på nytt golv' }, { text: 'Informera föreningarna om golv' }];
        expect(matchAction('Informera om golvet', candidates)).toBe(candidates[1]);
        // Near miss: 1 of 3 words is less than half.
        expect(matchAction('Ring Omar om golvet', candidates)).toBeUndefined();
        // Exactly half is enough.
        expect(matchAction('offerter på golvbyte snart', candidates)).toBe(candidates[0]);
        expect(matchAction('golv', candidates)).toBe(candidates[0]);
        // The only action always matches.
        expect(matchAction('något helt annat', [candidates[1]])).toBe(candidates[1]);
    });

    test('action-overdue: a follow-up still ongoing past its deadline; not when its deadline is the meeting day or a new one', () => {
        const overdue = series('kfn', edit('kfn', 'kfn-2026-01-20.minutes', 'Senast: 2026-02-15\n', ''));
        expect(problems(overdue)).toEqual([
            'kfn-2026-01-20.minutes 23:9 action-overdue: The action was due 2026-01-15, before this meeting on 2026-01-20, and is still ongoing. Give a new "Senast:" or change "Status:".'
        ]);
        const onTheDay = series('kfn', edit('kfn', 'kfn-2026-01-20.minutes', 'Senast: 2026-02-15', 'Senast: 2026-01-20'));
        expect(problems(onTheDay)).toEqual([]);
        // Near miss: done is not overdue.
        const done = series('kfn', {
            ...edit('kfn', 'kfn-2026-01-20.minutes', 'Senast: 2026-02-15\nStatus: pågår', 'Status: klart'),
            ...edit('kfn', 'kfn-2026-02-17.minutes', /Uppdrag: Ta fram en plan[^]*?Status: klart\n\n/u, '')
        });
        expect(problems(done)).toEqual([]);
    });

    test('a follow-up without Status counts as ongoing', () => {
        const set = series('board', edit('board', 'board-2025-10-09.minutes', 'Status: ongoing\n', ''));
        expect(problems(set)).toEqual([]);
        expect(set.allAnalyses().find(a => a.meetings.length === 3)!.actions[1].followUps[0].status).toBe('ongoing');
    });

    test('action-not-followed-up: one per open action, on the header line of the next meeting; not for an action closed before', () => {
        const set = series('kfn', edit('kfn', 'kfn-2025-12-16.minutes', /Uppdrag: Informera[^]*?Status: klart\n/u, ''));
        expect(problems(set)).toEqual([
            'kfn-2026-01-20.minutes 1:1 action-not-followed-up: The action 2025-11-18 § 103 "Informera föreningarna om avstängningen av idrottshallen" is still open and not followed up at this meeting. Add an "Uppdrag:" with "Från: 2025-11-18 § 103".',
            'kfn-2026-02-17.minutes 1:1 action-not-followed-up: The action 2025-11-18 § 103 "Informera föreningarna om avstängningen av idrottshallen" is still open and not followed up at this meeting. Add an "Uppdrag:" with "Från: 2025-11-18 § 103".',
            'kfn-2025-12-16.minutes 1:1 action-not-followed-up: The action 2025-11-18 § 103 "Informera föreningarna om avstängningen av idrottshallen" is still open and not followed up at this meeting. Add an "Uppdrag:" with "Från: 2025-11-18 § 103".',
        ].sort((a, b) => order(a) - order(b)));
    });

    test('action-closed-twice: a follow-up of an action an earlier meeting closed; not a later status of an ongoing one', () => {
        const again = `\nUppdrag: Begära in offerter på golv.\nFrån: 2025-11-18 § 103\nAnsvarig: Omar Said\nStatus: klart\n`;
        const set = series('kfn', edit('kfn', 'kfn-2026-02-17.minutes', 'Status: pågår\n', `Status: pågår\n${again}`));
        expect(problems(set, 'sv')).toEqual([
            'kfn-2026-02-17.minutes 33:9 action-closed-twice: Uppdraget 2025-11-18 § 103 avslutades redan på mötet 2025-12-16. Ta bort uppföljningen eller rätta "Från:".'
        ]);
    });

    test('open and overdue against today', () => {
        const shelves = series('board').allAnalyses().find(a => a.meetings.length === 3)!.actions[2];
        expect(isOverdue(shelves, { year: 2026, month: 1, day: 31 })).toBe(false);
        expect(isOverdue(shelves, { year: 2026, month: 2, day: 1 })).toBe(true);
        const done = series('board').allAnalyses().find(a => a.meetings.length === 3)!.actions[0];
        expect(isOverdue(done, { year: 2030, month: 1, day: 1 })).toBe(false);
    });
});

describe('§ numbering through the year', () => {
    test('item-series-gap when the first § does not follow the last; the first meeting of a year may start at § 1', () => {
        const gap = series('kfn', edit('kfn', 'kfn-2026-02-17.minutes', '§ 4:', '§ 7:'));
        expect(problems(gap).filter(p => !p.includes('item-number'))).toEqual([
            'kfn-2026-02-17.minutes 16:3 item-series-gap: § 7 does not follow § 3, the last of the series\' previous meeting this year: the next number is § 4.'
        ]);
        // Near misses: 2026-01-20 starts at § 1; and a first meeting of a year may also continue last year's numbers.
        const renumber = (name: string): string => KFN[name].replace(/§ (\d)(?!\d)/gu, (_, n: string) => `§ ${Number(n) + 106}`);
        const continued = series('kfn', { 'kfn-2026-01-20.minutes': renumber('kfn-2026-01-20.minutes'), 'kfn-2026-02-17.minutes': renumber('kfn-2026-02-17.minutes') });
        expect(problems(continued).filter(p => p.includes('item-series'))).toEqual([]);
    });

    test('item-series-overlap for every § another meeting of the year used; Punkt/Item numbers may restart', () => {
        const reused = series('kfn', edit('kfn', 'kfn-2026-02-17.minutes', '§ 4:', '§ 2:'));
        expect(problems(reused).filter(p => p.includes('item-series'))).toEqual([
            'kfn-2026-02-17.minutes 16:3 item-series-overlap: § 2 was already used at the meeting of 2026-01-20 in the same year. Continue from that meeting\'s last §.'
        ]);
        // Near miss: the board writes Item 1, 2 at every meeting.
        expect(problems(series('board'))).toEqual([]);
    });
});

describe('references to earlier meetings', () => {
    test('resolved to the item of the series\' meeting; reference-unknown only when that meeting has no such item', () => {
        const kfn = series('kfn').allAnalyses()[0];
        expect(kfn.references.map(r => `${r.reference.text} → ${r.target.date} ${r.item?.title}`)).toEqual(['2025-12-16 § 106 → 2025-12-16 Budget 2026']);
        const unknown = series('kfn', edit('kfn', 'kfn-2026-01-20.minutes', '2025-12-16 § 106', '2025-12-16 § 116'));
        expect(problems(unknown)).toEqual(['kfn-2026-01-20.minutes 27:17 reference-unknown: The meeting of 2025-12-16 has no § 116. Correct the reference.']);
        // Near miss: KF 2025-11-20 § 134 names no meeting of this series (another body's), so nothing is said.
        expect(kfn.meetings[3].references.map(r => r.text)).toEqual(['2025-11-20 § 134']);
    });
});

describe('reading the follow-up lines', () => {
    test('Status in either language, any case; Från with any date form and § / punkt / item', () => {
        expect(['klart', 'Done', 'PÅGÅR', 'ongoing', 'struken', 'dropped', 'kanske', ''].map(readStatus))
            .toEqual(['done', 'done', 'ongoing', 'ongoing', 'dropped', 'dropped', undefined, undefined]);
        expect(readItemReference('2026-05-20 punkt 1')).toEqual({ date: '2026-05-20', item: '1', mark: 'point' });
        expect(readItemReference('20 maj 2026 § 3')).toEqual({ date: '2026-05-20', item: '3', mark: 'section' });
        expect(readItemReference('May 20, 2026, item 5.1')).toEqual({ date: '2026-05-20', item: '5.1', mark: 'point' });
        expect(readItemReference('förra mötet')).toBeUndefined();
        expect(readItemReference('2026-05-20')).toBeUndefined();
    });

    test('item numbers compare as numbers, part by part: 5 and 05 are one item, 5.1 and 5.01 too; 5.1 and 5.10 are two, 5 and 5.0 too', () => {
        expect(['5', '05', '5.1', '5.01', '5.10', '5.0', '0', '00', '120', '0120.003'].map(itemKey))
            .toEqual(['5', '5', '5.1', '5.1', '5.10', '5.0', '0', '0', '120', '120.3']);
    });

    test('an unknown or empty Status and an unreadable Från are syntax errors on their line', async () => {
        const text = KFN['kfn-2025-12-16.minutes'].replace('Status: pågår', 'Status: kanske').replace('Från: 2025-11-18 § 103\nAnsvarig: Omar Said', 'Från: förra mötet\nAnsvarig: Omar Said');
        const { diagnostics } = await check(text);
        expect(diagnosticSummary(diagnostics)).toEqual(['syntax@23:9-23:15', 'syntax@26:7-26:18']);
        expect(diagnostics.map(d => d.message)).toEqual([
            '"kanske" is not a status. Write "done", "ongoing" or "dropped".',
            '"förra mötet" names no meeting and item. Write for example "Från: 2026-05-20 item 1".'
        ]);
        const near = await check(KFN['kfn-2025-12-16.minutes']);
        expect(near.diagnostics).toEqual([]);
    });
});

/** Problems of a series come meeting by meeting in date order. */
function order(line: string): number {
    return ['kfn-2025-12-16', 'kfn-2026-01-20', 'kfn-2026-02-17'].findIndex(name => line.startsWith(name));
}
