/**
 * The date checks of the second edition (language/checks/dates.ts) and the dates of a document
 * (language/meeting-dates.ts), in Swedish and English documents: every form of LANGUAGE-2.md
 * section 1 checks clean where it is right, each new code is reported with its range and
 * message, and a near miss stays clean. The first cases are the false alarms about dates that
 * issue 12 lists.
 */
import { describe, expect, test } from 'vitest';
import { isNextMeeting, type Document } from '../../../language/index.js';
import { approvalDate, approvalMode, appealEnd, dueDate, meetingTimes, postedLine } from '../../../language/meeting-dates.js';
import { isAction, isDueLine } from '../../../language/generated/ast.js';
import { check, summary } from '../helpers.js';

/** A Swedish protocol with every date form of its kind, clean. */
const SWEDISH = `Protokoll: Socialnämnden
Tid: tisdag den 17 februari 2026 kl. 13.00–16.10
Plats: Kommunhuset
Ajournering: 14.30–14.45

Deltagare:
- Anna Berg
- Bo Ek
- Cecilia Dahl

Ordförande: Anna Berg
Sekreterare: Bo Ek
Justerare: Cecilia Dahl

Punkt 1: Upphandling
Beslut: Upphandlingen genomförs.
Uppdrag: Genomföra upphandlingen.
Ansvarig: Bo Ek
Senast: nästa möte

Nästa möte: tisdag 2026-03-17 kl. 13.00, Kommunhuset
Justering: tisdag 2026-02-24, Kommunhuset
Anslag: torsdag 2026-02-26, Socialförvaltningen, Kommunhuset
`;

/** English minutes written the way an American board writes them, clean. */
const ENGLISH = `Minutes: Riverside Food Co-op, Board of Directors
Date: Monday, March 16, 2026, 6:30 PM–8:45 PM
Place: Co-op community room
Recess: 7:30–7:40 PM

Present:
- Andrea Dunathan
- Duane Thomas
- Arun Mathur

Chair: Andrea Dunathan
Secretary: Duane Thomas
Adjuster: Arun Mathur

Item 1: Bylaws review
Decision: The bylaws were reviewed.
Action: Bring a revised draft of the bylaws.
Owner: Arun Mathur
Due: next meeting

Next meeting: Monday, April 20, 2026, 7:30pm at Menlo Park
Approval: at the next meeting
`;

function replace(text: string, from: string, to: string): string {
    expect(text).toContain(from);
    return text.replace(from, to);
}

/** SWEDISH moved to a meeting over two days in 2002 (`when` on the Tid line), its later dates with it. */
function in2002(when: string): string {
    const moved = replace(SWEDISH, 'tisdag den 17 februari 2026 kl. 13.00–16.10', when);
    return replace(replace(replace(moved, 'Nästa möte: tisdag 2026-03-17', 'Nästa möte: 2002-03-17'),
        'Justering: tisdag 2026-02-24', 'Justering: 2002-01-30'), 'Anslag: torsdag 2026-02-26', 'Anslag: 2002-02-01');
}

/** The diagnostics as `code@range` and their messages, in the document's language. */
async function problems(text: string): Promise<{ codes: string[]; messages: string[]; doc: Document }> {
    const { document, diagnostics } = await check(text, { messageLanguage: 'auto' });
    expect(document.parseResult.parserErrors).toEqual([]);
    return { codes: summary(diagnostics), messages: diagnostics.map(d => String(d.message)), doc: document.parseResult.value };
}

async function expectClean(text: string): Promise<Document> {
    const { codes, doc } = await problems(text);
    expect(codes).toEqual([]);
    return doc;
}

describe('issue 12: the date forms of real minutes are no syntax errors', () => {
    test('the two documents of every form are clean', async () => {
        await expectClean(SWEDISH);
        await expectClean(ENGLISH);
    });

    test('"den 26 februari 2019" and "den 2019-02-26"', async () => {
        await expectClean(replace(SWEDISH, 'tisdag den 17 februari 2026', 'den 17 februari 2026'));
        await expectClean(replace(SWEDISH, 'tisdag den 17 februari 2026', 'den 2026-02-17'));
        await expectClean(replace(SWEDISH, 'tisdag den 17 februari 2026', 'tisdag den 2026-02-17'));
    });

    test('"6:33 PM", US dates without a weekday, a time zone', async () => {
        await expectClean(replace(ENGLISH, 'Monday, March 16, 2026, 6:30 PM–8:45 PM', 'March 16, 2026, 6:33 PM'));
        await expectClean(replace(ENGLISH, 'Monday, March 16, 2026, 6:30 PM–8:45 PM', '2026-03-16 18:30 UTC'));
        await expectClean(replace(SWEDISH, 'kl. 13.00–16.10', 'kl. 13.00 CET'));
    });

    test('"26–27 januari 2002" and the other multi-day forms, their weekdays checked', async () => {
        for (const when of ['26–27 januari 2002', 'lördag–söndag 26–27 januari 2002', '2002-01-26–27', 'lördag 2002-01-26 – 2002-01-27', 'lördag–söndag 2002-01-26–27 kl. 09.00–16.00']) {
            await expectClean(in2002(when));
        }
    });

    test('"Due: next meeting" takes the next meeting\'s date', async () => {
        const doc = await expectClean(ENGLISH);
        const due = doc.items[0].content.filter(isAction)[0].fields.find(isDueLine)!;
        expect(dueDate(due.when, doc)).toEqual({ year: 2026, month: 4, day: 20 });
    });

    test('"7:30pm at Menlo Park": the time is a time and the place is Menlo Park', async () => {
        const doc = await expectClean(ENGLISH);
        const next = doc.trailer.find(isNextMeeting)!;
        expect([next.when?.start, next.place]).toEqual(['7:30pm', 'Menlo Park']);
    });
});

describe('weekday-mismatch for every stated weekday', () => {
    test('the first weekday of two, on its word', async () => {
        const { codes, messages } = await problems(in2002('fredag–söndag 26–27 januari 2002'));
        expect(codes).toEqual(['weekday-mismatch@2:6-2:12']);
        expect(messages).toEqual(['2002-01-26 är en lördag, inte "fredag".']);
    });

    test('the last weekday of two, on its word', async () => {
        const { codes, messages } = await problems(in2002('lördag – måndag 2002-01-26 – 2002-01-27'));
        expect(codes).toEqual(['weekday-mismatch@2:15-2:21']);
        expect(messages).toEqual(['2002-01-27 är en söndag, inte "måndag".']);
    });

    test('in English, with a US date', async () => {
        const { codes, messages } = await problems(replace(ENGLISH, 'Monday, March 16', 'Tuesday, March 16'));
        expect(codes).toEqual(['weekday-mismatch@2:7-2:14']);
        expect(messages).toEqual(['2026-03-16 is a Monday, not "Tuesday".']);
    });

    test('a multi-day date that ends before it starts is not a date', async () => {
        const { codes, messages } = await problems(in2002('27–26 januari 2002'));
        expect(codes).toEqual(['date-invalid@2:6-2:24']);
        expect(messages).toEqual(['"27–26 januari 2002" slutar innan det börjar. Skriv den första dagen först.']);
    });
});

describe('date-ambiguous', () => {
    test('a slash date in a Swedish document is day/month, and the message says so', async () => {
        const { codes, messages } = await problems(replace(SWEDISH, 'tisdag den 17 februari 2026', '17/2/2026'));
        expect(codes).toEqual(['date-ambiguous@2:6-2:15']);
        expect(messages).toEqual(['"17/2/2026" läses som 17 februari 2026 (dag/månad). Skriv 2026-02-17 så kan datumet inte läsas på två sätt.']);
    });

    test('in an English document it is month/day', async () => {
        const { codes, messages } = await problems(replace(ENGLISH, 'Monday, March 16, 2026', '3/16/2026'));
        expect(codes).toEqual(['date-ambiguous@2:7-2:16']);
        expect(messages).toEqual(['"3/16/2026" is read as 16 March 2026 (month/day). Write 2026-03-16 so that the date cannot be read two ways.']);
    });

    test('a weekday beside it is checked against the reading; a slash date that is no day is date-invalid', async () => {
        expect((await problems(replace(ENGLISH, 'Monday, March 16, 2026', 'Monday 3/16/2026'))).codes).toEqual(['date-ambiguous@2:14-2:23']);
        expect((await problems(replace(ENGLISH, 'Monday, March 16, 2026', '16/3/2026'))).codes).toEqual(['date-invalid@2:7-2:16']);
    });

    test('near miss: the same day written the ISO way', async () => {
        await expectClean(replace(ENGLISH, 'Monday, March 16, 2026', 'Monday 2026-03-16'));
    });
});

describe('deadline-unresolved', () => {
    test('Senast: nästa möte without a Nästa möte line', async () => {
        const { codes, messages } = await problems(replace(SWEDISH, 'Nästa möte: tisdag 2026-03-17 kl. 13.00, Kommunhuset\n', ''));
        expect(codes).toEqual(['deadline-unresolved@19:9-19:19']);
        expect(messages).toEqual(['"nästa möte" blir inget datum: dokumentet har ingen rad "Nästa möte:". Lägg till en sådan rad med datum, eller skriv ett datum här.']);
    });

    test('Due: next meeting when the next meeting is TBD', async () => {
        const { codes, messages } = await problems(replace(ENGLISH, 'Monday, April 20, 2026, 7:30pm at Menlo Park', 'TBD'));
        expect(codes).toEqual(['deadline-unresolved@19:6-19:18']);
        expect(messages).toEqual(['"next meeting" gives no date: "Next meeting:" has no date. Write the date there, or write a date here.']);
    });

    test('near miss: a next meeting without a date is no problem by itself, nor a tentative one', async () => {
        await expectClean(replace(replace(SWEDISH, 'Nästa möte: tisdag 2026-03-17 kl. 13.00, Kommunhuset', 'Nästa möte: ej bestämt'),
            'Senast: nästa möte', 'Senast: löpande'));
        await expectClean(replace(SWEDISH, 'Nästa möte: tisdag', 'Nästa möte: preliminärt tisdag'));
    });
});

describe('relative deadlines resolved', () => {
    test('a month before the meeting\'s is a deadline before the meeting, on the month', async () => {
        const { codes, messages } = await problems(replace(SWEDISH, 'Senast: nästa möte', 'Senast: januari 2026'));
        expect(codes).toEqual(['deadline-before-meeting@19:9-19:21']);
        expect(messages).toEqual(['"januari 2026" betyder 2026-01-31, som är före mötet 2026-02-17.']);
    });

    test('near miss: the meeting\'s own month ends after it; tomorrow is after it', async () => {
        await expectClean(replace(SWEDISH, 'Senast: nästa möte', 'Senast: februari 2026'));
        const doc = await expectClean(replace(ENGLISH, 'Due: next meeting', 'Due: tomorrow'));
        const due = doc.items[0].content.filter(isAction)[0].fields.find(isDueLine)!;
        expect(dueDate(due.when, doc)).toEqual({ year: 2026, month: 3, day: 17 });
    });
});

describe('recess-outside-meeting', () => {
    test('a recess partly after the meeting\'s end', async () => {
        const { codes, messages } = await problems(replace(SWEDISH, 'Ajournering: 14.30–14.45', 'Ajournering: 16.00–16.20'));
        expect(codes).toEqual(['recess-outside-meeting@4:14-4:25']);
        expect(messages).toEqual(['Ajourneringen "16.00–16.20" ligger utanför mötets tid "13.00–16.10". Rätta tiderna.']);
    });

    test('a recess before an evening meeting starts, with twelve-hour times', async () => {
        const { codes, messages } = await problems(replace(ENGLISH, 'Recess: 7:30–7:40 PM', 'Recess: 6:20–6:40 PM'));
        expect(codes).toEqual(['recess-outside-meeting@4:9-4:21']);
        expect(messages).toEqual(['The recess "6:20–6:40 PM" lies outside the meeting\'s time "6:30 PM–8:45 PM". Correct the times.']);
    });

    test('near miss: the bounds are inclusive; without an end time there is nothing to check', async () => {
        await expectClean(replace(SWEDISH, 'Ajournering: 14.30–14.45', 'Ajournering: 13.00–16.10'));
        await expectClean(replace(ENGLISH, 'Recess: 7:30–7:40 PM', 'Recess: 8:40–8:45 PM'));
        await expectClean(replace(SWEDISH, 'kl. 13.00–16.10', 'kl. 13.00'));
        expect(meetingTimes(await expectClean(ENGLISH))).toEqual({ start: 18 * 60 + 30, end: 20 * 60 + 45 });
    });

    test('a recess time that is no time of day, and one that ends before it starts', async () => {
        expect((await problems(replace(SWEDISH, 'Ajournering: 14.30–14.45', 'Ajournering: 14.30–14.75'))).codes).toEqual(['date-invalid@4:20-4:25']);
        expect((await problems(replace(SWEDISH, 'Ajournering: 14.30–14.45', 'Ajournering: 14.45–14.30'))).codes).toEqual(['time-order@4:20-4:25']);
    });
});

describe('times', () => {
    test('twelve-hour times in order, read with the end\'s PM', async () => {
        await expectClean(replace(ENGLISH, '6:30 PM–8:45 PM', '11:30–1:00 PM').replace('Recess: 7:30–7:40 PM', 'Recess: 12:00–12:15 PM'));
        expect((await problems(replace(ENGLISH, '6:30 PM–8:45 PM', '8:45 PM–6:30 PM'))).codes).toEqual(['time-order@2:39-2:46']);
        expect((await problems(replace(ENGLISH, '6:30 PM–8:45 PM', '6:30 PM–13:45 PM'))).codes).toEqual(['date-invalid@2:39-2:47']);
    });

    test('a meeting over two days may end at an earlier hour than it starts', async () => {
        await expectClean(replace(replace(SWEDISH, 'tisdag den 17 februari 2026 kl. 13.00–16.10', '17–18 februari 2026 kl. 13.00–12.00'),
            'Ajournering: 14.30–14.45\n', ''));
    });
});

describe('next meeting and approval', () => {
    test('the next meeting comes after the last day of a meeting over two', async () => {
        const twoDays = replace(SWEDISH, 'tisdag den 17 februari 2026', '17–18 februari 2026');
        expect((await problems(replace(twoDays, 'tisdag 2026-03-17', 'onsdag 2026-02-18'))).codes).toEqual(['next-meeting-not-after@21:20-21:30']);
        await expectClean(replace(twoDays, 'tisdag 2026-03-17', 'torsdag 2026-02-19'));
    });

    test('how the minutes are approved', async () => {
        const modes: Array<[string, string | undefined]> = [
            ['Justering: tisdag 2026-02-24, Kommunhuset', 'dated'], ['Justering: vid nästa möte', 'next-meeting'],
            ['Justering: genom pull request', 'pull-request'], ['Justering: omedelbar justering', 'immediate'], ['Justering: snart', undefined]
        ];
        for (const [line, mode] of modes) {
            const { doc } = await problems(replace(SWEDISH, 'Justering: tisdag 2026-02-24, Kommunhuset', line));
            expect(approvalMode(doc), line).toBe(mode);
        }
        const { doc } = await problems(replace(SWEDISH, 'Justering: tisdag 2026-02-24, Kommunhuset', 'Justering: omedelbart'));
        expect(approvalDate(doc)).toEqual({ year: 2026, month: 2, day: 17 });
        expect(approvalMode((await problems(replace(SWEDISH, 'Justering: tisdag 2026-02-24, Kommunhuset\n', ''))).doc)).toBeUndefined();
        expect(approvalMode((await problems(ENGLISH)).doc)).toBe('next-meeting');
        expect(approvalDate((await problems(ENGLISH)).doc)).toEqual({ year: 2026, month: 4, day: 20 });
    });

    test('an approval at the next meeting or by pull request has no date to be late or early', async () => {
        await expectClean(replace(SWEDISH, 'Justering: tisdag 2026-02-24, Kommunhuset', 'Justering: vid nästa möte'));
        await expectClean(replace(ENGLISH, 'Approval: at the next meeting', 'Approval: by pull request'));
        await expectClean(replace(SWEDISH, 'Justering: tisdag 2026-02-24, Kommunhuset', 'Justering: 2026-02-24 kl. 16.00, Förvaltningshuset'));
    });

    test('Anslag: its date is checked, and the appeal period ends three weeks later', async () => {
        const doc = await expectClean(SWEDISH);
        expect(appealEnd(postedLine(doc)!)).toEqual({ year: 2026, month: 3, day: 19 });
        expect((await problems(replace(SWEDISH, 'Anslag: torsdag 2026-02-26', 'Anslag: onsdag 2026-02-26'))).codes).toEqual(['weekday-mismatch@23:9-23:15']);
        expect((await problems(replace(SWEDISH, 'Anslag: torsdag 2026-02-26', 'Anslag: 2026-02-30'))).codes).toEqual(['date-invalid@23:9-23:19']);
    });
});

describe('trailer lines in the header, as in municipal protocols', () => {
    const header = `Protokoll: Socialnämnden
Tid: tisdag den 17 februari 2026 kl. 13.00–16.10
Justering: tisdag 2026-02-24, Kommunhuset
Anslag: torsdag 2026-02-26, Socialförvaltningen, Kommunhuset

Deltagare:
- Anna Berg
- Bo Ek

Ordförande: Anna Berg
Sekreterare: Bo Ek
Justerare: Anna Berg

§ 12 Upphandling
Beslut: Upphandlingen genomförs.
Uppdrag: Genomföra upphandlingen.
Ansvarig: Bo Ek
Senast: nästa möte

Nästa möte: tisdag 2026-03-17 kl. 13.00, Kommunhuset
`;

    test('are read and checked where they stand', async () => {
        const { codes, doc } = await problems(header);
        expect(codes.filter(c => !c.startsWith('adjuster-is-chair'))).toEqual([]);
        expect(approvalMode(doc)).toBe('dated');
        expect(approvalDate(doc)).toEqual({ year: 2026, month: 2, day: 24 });
        expect(appealEnd(postedLine(doc)!)).toEqual({ year: 2026, month: 3, day: 19 });
        expect((await problems(replace(header, 'Justering: tisdag 2026-02-24', 'Justering: måndag 2026-02-16'))).codes)
            .toContain('approval-before-meeting@3:19-3:29');
        expect((await problems(replace(header, 'Anslag: torsdag 2026-02-26', 'Anslag: fredag 2026-02-26'))).codes)
            .toContain('weekday-mismatch@4:9-4:15');
    });
});

describe('a value that is no date form says what the slot takes', () => {
    test('Senast and Justering in Swedish, Due and Approval in English', async () => {
        expect((await problems(replace(SWEDISH, 'Senast: nästa möte', 'Senast: snarast'))).messages).toEqual([
            '"snarast" är inget datum. Skriv ett datum som 2022-10-06 efter "Senast:", eller "nästa möte", "imorgon", en månad som "juni 2026" eller "löpande".'
        ]);
        expect((await problems(replace(SWEDISH, 'Justering: tisdag 2026-02-24, Kommunhuset', 'Justering: senare'))).messages).toEqual([
            '"senare" är inget datum. Skriv ett datum som 2022-10-06 efter "Justering:" (klockslag och ", plats" får stå med), eller "vid nästa möte", "genom pull request" eller "omedelbart".'
        ]);
        expect((await problems(replace(ENGLISH, 'Due: next meeting', 'Due: soon'))).messages).toEqual([
            '"soon" is not a date. Write a date such as 2026-03-12 after "Due:", or "next meeting", "tomorrow", a month such as "June 2026", or "ongoing".'
        ]);
        expect((await problems(replace(ENGLISH, 'Approval: at the next meeting', 'Approval: at the next board meeting'))).codes).toEqual(['syntax@22:11-22:36']);
    });
});

