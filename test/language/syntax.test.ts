import { describe, expect, test } from 'vitest';
import { dateOf, isAction, isBullet, isDecision, isNextMeeting, isParagraph, type Document, type MeetingTime } from '../../language/index.js';
import { check, summary } from './helpers.js';

async function parse(text: string): Promise<{ doc: Document; codes: string[] }> {
    const { document, diagnostics } = await check(text);
    expect(document.parseResult.parserErrors).toEqual([]);
    return { doc: document.parseResult.value, codes: summary(diagnostics) };
}

const HEAD = 'Minutes: Test\nDate: 2026-03-12\nPresent:\n- Ada Lindqvist\n- Ben Okafor\nAdjuster: Ada Lindqvist\n';

describe('lines and tokens', () => {
    test('long date forms, kl., times with colon and en dash, place after a comma', async () => {
        const { doc, codes } = await parse(`Protokoll: Styrelsen
Datum: Torsdagen den 6 oktober 2022 kl 13:00 - 13:45
Deltagare:
- Anna A
- Bo B
Justerare: Anna A
§ 12: Val
Uppdrag: Något
Ansvarig: Bo B
Senast: 6 november 2022
Nästa möte: March 12, 2027 at 18.30, Town hall, room 2
Justering: 2022-10-10, Kansliet
`);
        expect(codes).toEqual([]);
        const when = (doc.preamble[0] as MeetingTime).when!;
        // Dates keep the form written; dateOf reads any of them.
        expect([when.weekday, when.date, when.start, when.end]).toEqual(['Torsdagen', '6 oktober 2022', '13:00', '13:45']);
        expect(dateOf(when)).toEqual({ year: 2022, month: 10, day: 6 });
        expect(doc.items[0].number).toBe('12');
        const next = doc.trailer.find(isNextMeeting)!;
        expect([next.when?.date, next.when?.start, next.place]).toEqual(['March 12, 2027', '18.30', 'Town hall, room 2']);
        expect(dateOf(next.when)).toEqual({ year: 2027, month: 3, day: 12 });
    });

    test('English aliases and all bullet markers', async () => {
        const { doc, codes } = await parse(`${HEAD}Item: One
* first
  continued
• second
- third
Resolved: Yes.
Action: Do it
Responsible: Ben Okafor
Due: 2026-04-01
`);
        expect(codes).toEqual([]);
        const content = doc.items[0].content;
        expect(content.filter(isBullet).map(b => b.text.join(' '))).toEqual(['first continued', 'second', 'third']);
        expect(content.filter(isDecision).length).toBe(1);
        expect(content.filter(isAction)[0].fields.length).toBe(2);
    });

    test('the person list ends at the first line that is not a bullet', async () => {
        const { doc, codes } = await parse(`${HEAD}Some prose.
- not a person
Item 1: A
`);
        expect(codes).toEqual([]);
        expect(doc.preamble.filter(isParagraph).length).toBe(1);
        expect(doc.preamble.filter(isBullet).map(b => b.text.join(' '))).toEqual(['not a person']);
    });

    test('CRLF, lone CR and a byte-order mark read like LF', async () => {
        const text = '\uFEFF' + HEAD + 'Item 1: A\nDecision: Yes.\n';
        for (const eol of ['\r\n', '\r']) {
            const { doc, codes } = await parse(text.replace(/\n/gu, eol));
            expect(codes).toEqual([]);
            expect(doc.header?.title).toBe('Test');
            expect(doc.items[0].content.filter(isDecision)[0].text).toEqual(['Yes.']);
        }
    });

    test('keywords only count at line start followed by a colon', async () => {
        const { doc } = await parse(`${HEAD}Item 1: A
Beslut om budget
The Decision: is prose too
`);
        expect(doc.items[0].content.map(c => c.$type)).toEqual(['Paragraph']);
    });

    test('a trailer line between two items is reported on its line, and the next item line starts an item', async () => {
        const { doc, codes } = await parse(`${HEAD}Item 1: Early\nNext meeting: 2026-04-16\nItem 2: Late\nDecision: Yes.\n`);
        expect(codes).toEqual(['syntax@8:1-8:14']);
        expect(doc.items.map(item => item.title)).toEqual(['Early', 'Late']);
        expect(doc.trailer).toEqual([]);
    });

    test('text after Deltagare: is explained, not swallowed', async () => {
        const { codes } = await parse(`${HEAD.replace('Present:', 'Present: everyone')}`);
        expect(codes).toEqual(['syntax@3:10-3:18']);
    });
});
