/**
 * Dates and times for display (language/render/format.ts): times in English documents as
 * written (6:33 PM stays 6:33 PM), in Swedish documents the Swedish way; meetings over several
 * days, zones, tentative next meetings and relative dates in words.
 */
import { describe, expect, test } from 'vitest';
import { isAction, isDueLine, isMeetingTime, isNextMeeting, isApproval, type DateSpec, type Document } from '../../language/index.js';
import { formatTimeText, formatWhen } from '../../language/render/format.js';
import { parse } from './render-helpers.js';

function meetingWhen(doc: Document): DateSpec | undefined {
    return doc.preamble.find(isMeetingTime)?.when;
}

async function english(date: string): Promise<Document> {
    return parse(`Minutes: Board\nDate: ${date}\nPresent:\n- Ada\nAdjuster: Ada\nItem 1: A\nAction: Do\nOwner: Ada\nDue: next meeting\n\nNext meeting: tentative May 4, 2026\nApproval: by pull request\n`);
}

async function swedish(date: string): Promise<Document> {
    return parse(`Protokoll: Styrelsen\nTid: ${date}\nDeltagare:\n- Ada\nJusterare: Ada\nPunkt 1: A\nUppdrag: Gör\nAnsvarig: Ada\nSenast: juni 2026\n\nNästa möte: ej bestämt\nJustering: vid nästa möte\n`);
}

describe('times as written', () => {
    test('an English document keeps the form written', async () => {
        expect(formatWhen(meetingWhen(await english('May 9, 2006, 6:33 PM')), 'en')).toBe('Tuesday 9 May 2006, 6:33 PM');
        expect(formatWhen(meetingWhen(await english('Monday, March 16, 2026, 6:30 PM–8:45 PM')), 'en')).toBe('Monday 16 March 2026, 6:30 PM–8:45 PM');
        expect(formatWhen(meetingWhen(await english('2026-03-16 6:30–8:45 PM UTC')), 'en')).toBe('Monday 16 March 2026, 6:30–8:45 PM UTC');
        expect(formatWhen(meetingWhen(await english('2026-03-16 7:30pm')), 'sv')).toBe('måndag 16 mars 2026, kl. 7:30pm');
    });

    test('a Swedish document writes them the Swedish way', async () => {
        expect(formatWhen(meetingWhen(await swedish('tisdag den 17 februari 2026 kl 13:00-16:10')), 'sv')).toBe('tisdag 17 februari 2026, kl. 13.00–16.10');
        expect(formatWhen(meetingWhen(await swedish('2026-02-17 6:30–8:45 PM')), 'sv')).toBe('tisdag 17 februari 2026, kl. 18.30–20.45');
        expect(formatWhen(meetingWhen(await swedish('2026-02-17 kl. 13 CET')), 'sv')).toBe('tisdag 17 februari 2026, kl. 13.00 CET');
        expect(formatTimeText('25.00', 'sv')).toBe('25.00');
    });
});

describe('days and relative dates', () => {
    test('a meeting over two days, with or without the weekdays', async () => {
        const doc = await swedish('lördag–söndag 26–27 januari 2002');
        expect(formatWhen(meetingWhen(doc), 'sv')).toBe('lördag 26 januari 2002 – söndag 27 januari 2002');
        expect(formatWhen(meetingWhen(doc), 'en', false)).toBe('26 January 2002 – 27 January 2002');
    });

    test('a slash date shows the day it was read as', async () => {
        expect(formatWhen(meetingWhen(await swedish('3/11/2021')), 'sv')).toBe('onsdag 3 november 2021');
        expect(formatWhen(meetingWhen(await english('3/11/2021')), 'en')).toBe('Thursday 11 March 2021');
    });

    test('relative dates in words of the view, a next meeting without a date as written', async () => {
        const sv = await swedish('2026-02-17');
        const due = (doc: Document) => doc.items[0].content.filter(isAction)[0].fields.find(isDueLine)?.when;
        expect(formatWhen(due(sv), 'sv')).toBe('juni 2026');
        expect(formatWhen(due(sv), 'en')).toBe('June 2026');
        expect(formatWhen(sv.trailer.find(isNextMeeting)?.when, 'en')).toBe('ej bestämt');
        expect(formatWhen(sv.trailer.find(isApproval)?.when, 'sv')).toBe('vid nästa möte');
        expect(formatWhen(sv.trailer.find(isApproval)?.when, 'en')).toBe('at the next meeting');
        const en = await english('2026-03-16');
        expect(formatWhen(due(en), 'en')).toBe('next meeting');
        expect(formatWhen(en.trailer.find(isNextMeeting)?.when, 'en')).toBe('Monday 4 May 2026 (tentative)');
        expect(formatWhen(en.trailer.find(isNextMeeting)?.when, 'sv')).toBe('måndag 4 maj 2026 (preliminärt)');
        expect(formatWhen(en.trailer.find(isApproval)?.when, 'en')).toBe('by pull request');
    });
});
