/**
 * The second edition's lines (LANGUAGE-2.md, sections 1–4, SERIES.md's `Från`/`Status`, issue
 * 14's `Sekretess`) are read into the AST of minutes.langium, with no parser error and no
 * `syntax` diagnostic where they stand in their place. The checks of the other parts of the
 * edition (people, dates, rights, series) are not looked at here: only `syntax`.
 */
import { describe, expect, test } from 'vitest';
import {
    isAgenda, isApproval, isAttendanceList, isChairLine, isDecision, isFenced, isGroupList, isKeptAt, isMembersLine,
    isMotion, isNextMeeting, isParagraph, isPosted, isQuorumLine, isRecess, isRecordNote, isRecusal, isReservation, isRulesLine,
    isTellersLine, isVote, isConfidential, isAttachment, isBodyLine, isAction, type Document
} from '../../../language/index.js';
import { trailerOf } from '../../../language/model.js';
import { lineModelOf } from '../../../language/line-model.js';
import { check, summary } from '../helpers.js';
import { SECOND_EDITION_ENGLISH, SECOND_EDITION_SWEDISH } from '../../fixtures/fixtures.js';

async function parse(text: string): Promise<{ doc: Document; syntax: string[]; codes: string[]; messages: string[] }> {
    const { document, diagnostics } = await check(text);
    expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([]);
    const syntax = diagnostics.filter(d => d.code === 'syntax');
    return { doc: document.parseResult.value, syntax: summary(syntax), codes: summary(diagnostics), messages: syntax.map(d => String(d.message)) };
}

describe('the second edition fixtures', () => {
    test('both check clean: every part of the edition reads them without a diagnostic', async () => {
        for (const text of [SECOND_EDITION_SWEDISH, SECOND_EDITION_ENGLISH]) {
            const { codes } = await parse(text);
            expect(codes).toEqual([]);
        }
    });

    test('the Swedish municipal protocol reads every line without a syntax diagnostic', async () => {
        const { doc, syntax } = await parse(SECOND_EDITION_SWEDISH);
        expect(syntax).toEqual([]);
        expect(doc.header?.kind).toBe('Protokoll');
        const p = doc.preamble;
        expect(p.find(isRulesLine)?.value).toBe('kommunallagen');
        expect(p.find(isBodyLine)?.text).toBe('Kommunstyrelsen');
        expect(p.find(isMembersLine)?.count).toBe(7);
        expect(p.find(isQuorumLine)?.count).toBe(4);
        expect([p.find(isRecess)?.start, p.find(isRecess)?.end]).toEqual(['12.00', '13.00']);
        // Trailer lines in the header are header elements, found where the trailer's are.
        expect(trailerOf(doc, isApproval)?.place).toBe('Kommunhuset');
        expect(trailerOf(doc, isPosted)?.when?.date).toBe('2026-03-13');
        expect(trailerOf(doc, isKeptAt)?.text).toBe('Kommunledningskontoret');
        expect(p.filter(isAttendanceList).map(l => [l.group, l.persons.length])).toEqual([
            ['Beslutande', 6], ['Tjänstgörande ersättare', 2], ['Ersättare', 1], ['Övriga närvarande', 3], ['Ej närvarande', 1]
        ]);
        const [voting, serving] = p.filter(isAttendanceList);
        expect(voting.persons.map(person => person.name)).toEqual(['Lena Holm', 'Erik Sand', 'Fatima Ali', 'Göran Lind', 'Hanna Berg', 'Ivar Dahl']);
        expect([voting.persons[2].short, voting.persons[2].ranges]).toEqual(['(S)', ['(§ 21–24)']]);
        expect([serving.persons[0].serving?.word, serving.persons[0].serving?.member?.$refText, serving.persons[0].serving?.range])
            .toEqual(['för', 'Fatima Ali (S)', '§ 25–26']);
        expect(p.find(isGroupList)?.groups.map(g => g.name)).toEqual(['Kommunledningskontoret']);
        expect(p.find(isChairLine)?.chairs.map(c => [c.person.$refText, c.range])).toEqual([['Lena Holm', '(§ 21–24)'], ['Erik Sand', '(§ 25–26)']]);
        expect(p.find(isTellersLine)?.names.map(n => n.$refText)).toEqual(['Hanna Berg', 'Ivar Dahl']);
        expect(p.find(isAgenda)?.entries.map(e => [e.number, e.title])).toEqual([
            ['1.', 'Val av justerare'], ['2.', 'Budgetuppföljning februari'], ['3.', 'Detaljplan för Ekby centrum'],
            ['4.', 'Försäljning av fastighet'], ['5.', 'Anmälningsärenden'], ['6.', 'Uppföljning av uppdrag']
        ]);
        expect(doc.items.map(item => [item.number, item.title])).toEqual([
            ['21', 'Val av justerare'], ['22', 'Budgetuppföljning februari'], ['23', 'Detaljplan för Ekby centrum'],
            ['24', 'Försäljning av fastighet'], ['25', 'Anmälningsärenden'], ['25.1', 'Delegationsbeslut'],
            ['25.2', 'Protokoll från arbetsutskottet'], ['26', 'Uppföljning av uppdrag']
        ]);
        const [, i22, i23, i24, , , , i26] = doc.items;
        // An officer's report that starts with a role keyword is prose inside an item.
        expect(i22.content.filter(isParagraph).map(c => c.text.join(' '))).toContain('Ordförande: Lena Holm tackade för redovisningen.');
        const clauses = (decision: unknown) => (decision as { clauses: Array<{ mark: string; text: string[] }> }).clauses.map(c => [c.mark, c.text.join(' ')]);
        expect(clauses(i22.content.find(isDecision))).toEqual([
            ['att', 'godkänna budgetuppföljningen, samt'], ['att', 'uppdra åt kommunledningskontoret att återkomma i april.']
        ]);
        expect(clauses(i26.content.find(isDecision))).toEqual([
            ['- att', 'notera informationen, och'], ['- att', 'ge kommunledningskontoret följande uppdrag.']
        ]);
        expect(i23.content.find(isRecusal)?.names.map(n => n.$refText)).toEqual(['Ivar Dahl']);
        expect(i23.content.filter(isMotion).map(m => [m.text.join(' '), m.fields.map(f => f.names.map(n => n.$refText).join('+'))])).toEqual([
            ['Bifall till förvaltningens förslag.', ['Lena Holm']],
            ['Avslag på förslaget.', ['Erik Sand', 'Göran Lind']]
        ]);
        const vote = i23.content.find(isVote)!;
        expect([vote.kind, vote.counts, vote.lists.map(l => [l.choice, l.names.length])]).toEqual(['Omröstning', '3 ja, 2 nej, 1 avstår', [['Ja', 3], ['Nej', 2], ['Avstår', 1]]]);
        // `Beslut` alone on its line, its text on the next.
        expect(i23.content.find(isDecision)?.text).toEqual(['Kommunstyrelsen antar detaljplanen för Ekby centrum.']);
        const reservation = i23.content.find(isReservation)!;
        expect([reservation.names.map(n => n.$refText), reservation.text]).toEqual([['Erik Sand', 'Göran Lind'], ['mot beslutet till förmån för', 'Erik Sands yrkande.']]);
        const inItem = i23.content.find(isAttachment)!;
        expect([inItem.number, inItem.title, inItem.content.length]).toEqual([1, 'Plankarta', 1]);
        expect(i24.content.find(isConfidential)?.ground).toBe('OSL 19 kap. 1 §');
        expect(i24.content.find(isVote)?.kind).toBe('Sluten omröstning');
        expect(i24.content.find(isMotion)?.fields.length).toBe(1);
        const note = i24.content.find(isRecordNote)!;
        expect([note.person?.$refText, note.text]).toEqual(['Hanna Berg', ['Vänsterpartiet anser att fastigheten borde', 'ha behållits i kommunens ägo.']]);
        expect(i26.content.find(isAction)?.fields.length).toBe(2);
        // The attachment after the last item belongs to the document, with its fenced table verbatim.
        expect(doc.attachments.map(a => [a.number, a.title])).toEqual([[2, 'Budgetuppföljning februari 2026']]);
        const fenced = doc.attachments[0].content.find(isFenced)!;
        expect([fenced.open, fenced.close, fenced.lines.length]).toEqual(['```', '```', 3]);
        expect(fenced.lines[2]).toBe('Fastigheter          8,0             8,3');
        expect(doc.trailer.map(t => t.$type)).toEqual(['NextMeeting', 'Closing']);
    });

    test('the English board minutes read every line without a syntax diagnostic', async () => {
        const { doc, syntax } = await parse(SECOND_EDITION_ENGLISH);
        expect(syntax).toEqual([]);
        expect(doc.preamble.find(isMembersLine)?.count).toBe(7);
        expect(doc.preamble.filter(isAttendanceList).map(l => [l.group, l.persons.map(person => person.name)])).toEqual([
            ['Voting members', ['Alice Moreno', 'Ben Carter', 'Chen Wei', 'Dana Price', 'Evan Stone', 'Farah Khan']],
            ['Serving alternates', ['Gus Hall']], ['Alternates', ['Hal Ortiz']], ['Staff', ['Jo Quinn']], ['Guests', ['Kim Lee']],
            ['Regrets', ['Ivy Long']]
        ]);
        const [voting, serving, , , guests] = doc.preamble.filter(isAttendanceList);
        expect([voting.persons[0].short, voting.persons[2].short, voting.persons[3].ranges]).toEqual(['(AM)', '(@chenwei)', ['(left after item 3)']]);
        expect([serving.persons[0].serving?.member?.$refText, serving.persons[0].serving?.range]).toEqual(['Ivy Long', 'items 1–5']);
        expect(guests.persons[0].ranges).toEqual(['(item 2)']);
        expect(doc.preamble.find(isAgenda)?.entries.map(e => [e.bullet, e.title])).toHaveLength(5);
        const [i1, i2, i3, i4, i5] = doc.items;
        expect(i1.content.map(c => c.$type)).toEqual(['Motion', 'Vote', 'Decision']);
        expect(i2.content.map(c => c.$type)).toEqual(['Paragraph', 'Paragraph']);
        expect(i3.content.find(isVote)?.lists.map(l => l.choice)).toEqual(['Yes', 'No', 'Abstain']);
        const dissent = i3.content.find(isReservation)!;
        expect([dissent.names.map(n => n.$refText), dissent.text]).toEqual([['Farah Khan'], ['the reserve is too small.']]);
        expect(i4.content.map(c => c.$type)).toEqual(['Recusal', 'Motion', 'Vote', 'Decision', 'RecordNote']);
        expect(i4.content.find(isDecision)?.text).toEqual(['The board adopted the security policy.']);
        expect(i5.content.find(isConfidential)?.ground).toBe('personnel matter');
        expect(doc.attachments.map(a => [a.number, a.title, a.content.map(c => c.$type)])).toEqual([
            [2, 'Security policy', ['Fenced']], [1, 'Audit summary', ['Paragraph']]
        ]);
        expect(doc.trailer.map(t => t.$type)).toEqual(['NextMeeting', 'Approval', 'Closing']);
    });
});

describe('false alarms of issue 12, read right', () => {
    test('an item line without a colon starts an item (both languages)', async () => {
        for (const [text, title] of [
            ['Protokoll: Styrelsen\nTid: 2026-03-10\n\n§ 1 Mötets öppnande\nBeslut: Mötet öppnas.\n\nPunkt 3 Ekonomi\nBeslut: Godkänd.\n', 'Mötets öppnande'],
            ['Minutes: Board\nDate: 2026-03-10\n\nItem 1 Call to order\nDecision: Opened.\n\nItem 3 Finances\nDecision: Approved.\n', 'Call to order']
        ]) {
            const { doc, syntax, codes } = await parse(text);
            expect(syntax).toEqual([]);
            expect(codes.filter(c => c.startsWith('decision-empty'))).toEqual([]);
            expect(doc.items.map(item => item.title)[0]).toBe(title);
            expect(doc.items.map(item => item.number)).toEqual(['1', '3']);
            expect(doc.items.every(item => item.content.some(isDecision))).toBe(true);
        }
    });

    test('an officer\'s report starting with a role or header keyword is prose inside an item', async () => {
        const sv = await parse('Protokoll: Styrelsen\nTid: 2026-03-10\n\n§ 1 Rapporter\nOrdförande: berättade om årets arbete.\nTid: 20 minuter\nBeslut: Rapporterna läggs till handlingarna.\n');
        const en = await parse('Minutes: Board\nDate: 2026-03-10\n\nItem 1: Reports\nTime: 20 minutes\nChair: reported on the year.\nDecision: The reports were received.\n');
        for (const { doc, syntax } of [sv, en]) {
            expect(syntax).toEqual([]);
            // Each such line is a paragraph of its own.
            expect(doc.items[0].content.map(c => c.$type)).toEqual(['Paragraph', 'Paragraph', 'Decision']);
        }
    });

    test('a Justering/Approval line inside an item errs on its line only', async () => {
        const sv = await parse('Protokoll: Styrelsen\nTid: 2026-03-10\n\n§ 1 Öppnande\nJustering: 2026-03-12\nBeslut: Mötet öppnas.\n\n§ 2 Avslutning\nBeslut: Mötet avslutas.\n\nJustering: 2026-03-12\n');
        expect(sv.syntax).toEqual(['syntax@5:1-5:11']);
        expect(sv.messages[0]).toMatch(/between two items/u);
        expect(sv.doc.items.map(item => item.content.map(c => c.$type))).toEqual([['Misplaced', 'Decision'], ['Decision']]);
        expect(sv.doc.trailer.map(t => t.$type)).toEqual(['Approval']);
        const en = await parse('Minutes: Board\nDate: 2026-03-10\n\nItem 1: Opening\nApproval: 2026-03-12\nDecision: Opened.\n\nItem 2: Closing\nDecision: Closed.\n');
        expect(en.syntax).toEqual(['syntax@5:1-5:10']);
        expect(en.doc.items.map(item => item.content.map(c => c.$type))).toEqual([['Misplaced', 'Decision'], ['Decision']]);
    });

    test('Beslut: followed by att-clauses has its text; Decision: followed by a bullet is still empty', async () => {
        const sv = await parse('Protokoll: Styrelsen\nTid: 2026-03-10\n\n§ 1 Budget\nBeslut:\n- att anta budgeten, och\n- att uppdra åt kansliet\n  att verkställa.\n\n§ 2 Plan\nBeslut\n\natt anta planen.\n');
        expect(sv.codes.filter(c => c.startsWith('decision-empty') || c.startsWith('syntax'))).toEqual([]);
        const [first, second] = sv.doc.items.map(item => item.content.find(isDecision)!);
        expect(first.clauses.map(c => c.text.join(' '))).toEqual(['anta budgeten, och', 'uppdra åt kansliet att verkställa.']);
        expect(second.clauses.map(c => c.mark)).toEqual(['att']);
        const en = await parse('Minutes: Board\nDate: 2026-03-10\n\nItem 1: Budget\nDecision:\n- att adopt the budget\n');
        expect(en.codes.filter(c => c.startsWith('decision-empty'))).toEqual(['decision-empty@5:1-5:10']);
        expect(en.doc.items[0].content.map(c => c.$type)).toEqual(['Decision', 'Bullet']);
    });

    test('a person line with a parenthesis declares the name without it', async () => {
        const sv = await parse('Minnesanteckningar: Styrelsen\nTid: 2026-03-10\n\nDeltagare:\n- Magnus Gyllestad (ordförande)\n- Anna Berg\n\nOrdförande: Magnus Gyllestad\nJusterare: Anna Berg\n\nPunkt 1: Öppnande\n');
        expect(sv.codes).toEqual([]);
        expect(sv.doc.preamble.find(isAttendanceList)?.persons[0].name).toBe('Magnus Gyllestad');
        const en = await parse('Minutes: Board\nDate: 2026-03-10\n\nPresent:\n- Ada Lind (chair)\n- Ben Ek\n\nChair: Ada Lind\nAdjuster: Ben Ek\n\nItem 1: Opening\n');
        expect(en.codes).toEqual([]);
    });
});

describe('lines of the second edition', () => {
    const SV = 'Protokoll: Styrelsen\nTid: 2026-03-10\n';
    const EN = 'Minutes: Board\nDate: 2026-03-10\n';

    test('Ledamöter:/Members: with a number is the seat count, with persons below the voting group', async () => {
        const sv = await parse(`${SV}Ledamöter: 9\n\nLedamöter:\n- Anna Berg\n`);
        expect(sv.syntax).toEqual([]);
        expect(sv.doc.preamble.find(isMembersLine)?.count).toBe(9);
        expect(sv.doc.preamble.find(isAttendanceList)?.group).toBe('Ledamöter');
        const en = await parse(`${EN}Members: 5\n\nMembers:\n- Ada Lind\n`);
        expect(en.doc.preamble.find(isMembersLine)?.count).toBe(5);
        expect(en.doc.preamble.find(isAttendanceList)?.persons.map(p => p.name)).toEqual(['Ada Lind']);
    });

    test('Dagordning: with text after the colon stays prose; bullets and numbers under it are entries', async () => {
        const prose = await parse(`${SV}Dagordning: enligt kallelsen\n- Val av justerare\n`);
        expect(prose.doc.preamble.map(e => e.$type)).toEqual(['MeetingTime', 'Paragraph', 'Bullet']);
        const agenda = await parse(`${EN}Agenda:\n\n1. Opening\n2.  Budget\n- Other business\n\nItem 1: Opening\n`);
        expect(agenda.doc.preamble.find(isAgenda)?.entries.map(e => [e.number ?? e.bullet, e.title])).toEqual([['1.', 'Opening'], ['2.', 'Budget'], ['-', 'Other business']]);
    });

    test('a sub-item number is one token and numbering counts 5, 5.1, 5.2, 6 as consecutive', async () => {
        const { doc, codes } = await parse(`${SV}\n§ 5: Val\n§ 5.1: Ordförande\n§ 5.2 Sekreterare\n§ 6: Övrigt\n`);
        expect(doc.items.map(item => item.number)).toEqual(['5', '5.1', '5.2', '6']);
        expect(codes.filter(c => c.startsWith('item-number'))).toEqual([]);
    });

    test('fenced blocks are verbatim anywhere: nothing inside is a keyword line', async () => {
        const { doc, syntax } = await parse(`${SV}\n§ 1: Stadgar\n\`\`\`diff\n- Beslut: gammal lydelse\n\n+ Justering: ny lydelse\n§ 2: inte en punkt\n\`\`\`\nBeslut: Stadgarna ändras.\n`);
        expect(syntax).toEqual([]);
        expect(doc.items).toHaveLength(1);
        const fenced = doc.items[0].content.find(isFenced)!;
        expect([fenced.open, fenced.lines, fenced.close]).toEqual(['```diff', ['- Beslut: gammal lydelse', '+ Justering: ny lydelse', '§ 2: inte en punkt'], '```']);
        expect(doc.items[0].content.map(c => c.$type)).toEqual(['Fenced', 'Decision']);
    });

    test('a fence that is never closed is no block: the lines after it read as usual', async () => {
        const { doc } = await parse(`${SV}\n§ 1: A\n\`\`\`\nBeslut: Godkänt.\n§ 2: B\n`);
        expect(doc.items.map(item => item.content.map(c => c.$type))).toEqual([['Fenced', 'Decision'], []]);
    });

    test('motions, votes, reservations, notes, Jäv and Sekretess in both languages', async () => {
        const sv = await parse(`${SV}\n§ 1: Ärende\nSekretess: OSL 26 kap. 1 §\nJäv: Per Holm: anmälde jäv\nYrkande: Bifall.\nfortsatt text\nAv: Anna Berg\nInstämmer: Bo Ek och Cia Lund\nOmröstning: 7–2–1\nJa: Anna Berg\nNej: Bo Ek\nAvstår: Cia Lund\nBeslut: Bifall.\nReservation: Bo Ek: vill avslå\nProtokollsanteckning: Cia Lund: text\n`);
        expect(sv.syntax).toEqual([]);
        expect(sv.doc.items[0].content.map(c => c.$type)).toEqual(['Confidential', 'Recusal', 'Motion', 'Vote', 'Decision', 'Reservation', 'RecordNote']);
        const recusal = sv.doc.items[0].content.find(isRecusal)!;
        expect([recusal.names.map(n => n.$refText), recusal.text]).toEqual([['Per Holm'], ['anmälde jäv']]);
        const motion = sv.doc.items[0].content.find(isMotion)!;
        expect([motion.text, motion.fields.map(f => f.names.map(n => n.$refText))]).toEqual([['Bifall.', 'fortsatt text'], [['Anna Berg'], ['Bo Ek', 'Cia Lund']]]);
        const en = await parse(`${EN}\nItem 1: Matter\nConfidential: personnel\nRecused: Per Holm\nProposal: To approve.\nMoved by: Ada Lind\nSeconded by: Ben Ek\nBallot: for 7, against 2, abstain 1\nAye: Ada Lind\nNay: Ben Ek\nDecision: Approved.\nDissent: Ben Ek against the decision\nNote for the record: Ada Lind: noted.\n`);
        expect(en.syntax).toEqual([]);
        expect(en.doc.items[0].content.map(c => c.$type)).toEqual(['Confidential', 'Recusal', 'Motion', 'Vote', 'Decision', 'Reservation', 'RecordNote']);
        expect(en.doc.items[0].content.find(isReservation)?.text).toEqual(['against the decision']);
    });

    test('Från and Status are fields of an action (SERIES.md); elsewhere they are prose', async () => {
        const { doc, syntax } = await parse(`${SV}\n§ 1: Uppföljning\nStatus: allt går bra.\nUppdrag: Boka möte.\nFrån: 2026-02-10 § 3\nAnsvarig: Anna\nStatus: klart\n`);
        expect(syntax).toEqual([]);
        expect(doc.items[0].content.map(c => c.$type)).toEqual(['Paragraph', 'Action']);
        const fields = doc.items[0].content.find(isAction)!.fields;
        expect(fields.map(f => f.$type)).toEqual(['FromLine', 'OwnerLine', 'StatusLine']);
        expect([(fields[0] as { origin: string }).origin, (fields[2] as { value: string }).value]).toEqual(['2026-02-10 § 3', 'klart']);
    });

    test('Anslag and Förvaringsplats in the trailer; Nästa möte in the header', async () => {
        const { doc, syntax } = await parse(`${SV}Nästa möte: 2026-04-14, Kommunhuset\n\n§ 1: A\n\nJustering: 2026-03-12\nAnslag: 2026-03-13, Kommunhuset\nFörvaringsplats: Kansliet\n`);
        expect(syntax).toEqual([]);
        expect(doc.preamble.find(isNextMeeting)?.place).toBe('Kommunhuset');
        expect(doc.trailer.map(t => t.$type)).toEqual(['Approval', 'Posted', 'KeptAt']);
    });

    test('misplaced lines say where they belong, on their line only', async () => {
        const { syntax, messages, doc } = await parse(`${SV}Avslutning: tidigt\nAv: Anna\n\n§ 1: A\nBilaga 1: Karta\nBeslut: inne i bilagan\n§ 2: B\n\nNästa möte: 2026-04-14\nDeltagare:\n`);
        expect(syntax).toEqual(['syntax@3:1-3:12', 'syntax@4:1-4:4', 'syntax@8:1-8:8', 'syntax@12:1-12:11']);
        expect(messages[0]).toMatch(/ends the minutes/u);
        expect(messages[1]).toMatch(/right below a "Yrkande:" line/u);
        expect(messages[2]).toMatch(/in the text of an "Bilaga"/u);
        expect(messages[3]).toMatch(/before the first "§"|before the first "Punkt"/u);
        expect(doc.items.map(item => item.title)).toEqual(['A', 'B']);
    });

    test('a header field given twice is reported; attendance groups and recesses may repeat', async () => {
        const { syntax } = await parse(`${SV}Regler: förening\nRegler: KL\nAjournering: 10.00–10.10\nAjournering: 11.00–11.10\nJustering: 2026-03-12\nDeltagare:\n- A B\nDeltagare:\n- C D\n\n§ 1: A\n\nJustering: 2026-03-13\n`);
        expect(syntax).toEqual(['syntax@4:1-4:8', 'syntax@15:1-15:11']);
    });

    test('the line model holds each line\'s kind, keyword, section and value', async () => {
        const { document } = await check(`${SV}Beslutande:\n- Anna Berg (S)\n\n§ 1 Öppnande\nBeslut:\n- att öppna\nBilaga 1: X\n\`\`\`\nBeslut: inte\n\`\`\`\n\nJustering: 2026-03-12\n`);
        const model = lineModelOf(document)!;
        expect(model.lines.map(l => [l.kind, l.keyword ?? '', l.section])).toEqual([
            ['header', 'kind', 'header'], ['keyword', 'date', 'header'], ['keyword', 'voting', 'header'], ['person', '', 'header'],
            ['blank', '', 'header'], ['item', 'item', 'items'], ['keyword', 'decision', 'items'], ['clause', '', 'items'],
            ['keyword', 'attachment', 'attachments'], ['fence', '', 'attachments'], ['verbatim', '', 'attachments'], ['fence', '', 'attachments'],
            ['blank', '', 'attachments'], ['keyword', 'approval', 'trailer'], ['blank', '', 'trailer']
        ]);
        const item = model.lines[5];
        expect([model.keywordText(item), model.numberText(item), item.colon, model.value(item)]).toEqual(['§', '1', -1, 'Öppnande']);
        expect(model.value(model.lines[1])).toBe('2026-03-10');
        expect(model.lineAt(model.lines[7].start + 3)).toBe(7);
    });
});
