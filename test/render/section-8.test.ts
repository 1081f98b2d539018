/**
 * LANGUAGE-2.md section 8 (and the signature block and summary of section 5), point by point,
 * on documents of our own: what the one render model holds, how the HTML back end draws it,
 * and that the PDF back end shows the same content.
 */
import { describe, expect, test } from 'vitest';
import { renderBody, renderModelPage } from '../../language/render/html.js';
import { textPieces } from '../../language/render/inline-links.js';
import { buildRenderModel, type PersonEntry, type RenderModel } from '../../language/render/render-model.js';
import { buildOutput } from '../../language/render/outputs.js';
import { renderPdf } from '../../pdf/render-pdf.js';
import { resolveSettings } from '../../server/minutes-settings.js';
import { pageTexts } from '../pdf/pdf-text.js';
import { assertBalanced, elements, headings, outerAt, parse, textOf } from './render-helpers.js';

/** A municipal protocol with every construct of section 8. */
const PROTOCOL = `Protokoll: Kulturnämnden i Åsby
Regler: kommunallagen
Organ: Kulturnämnden
Tid: tisdag den 10 mars 2026 kl. 18:30–20.15
Plats: Stadshuset, rum Älven
Ajournering: 19.00–19.10
Antal ledamöter: 5

Beslutande:
- Greta Lind (S), ordförande
- Olle Berg (M) (§ 1–2)
- Siv Nord (C)
- Tor Ek (V)

Tjänstgörande ersättare:
- Ulla Sand (M), för Olle § 3
- Rut Falk (S), för Ida Strand (S)

Ersättare:
- Kim Vik (MP)

Tjänstepersoner:
- Eva Ås, nämndsekreterare
- Bo Holm, kulturchef (§ 1)

Ej närvarande:
- Ida Strand (S)

Ordförande: Greta Lind (§ 1–2), Siv Nord (§ 3)
Sekreterare: Eva Ås
Justerare: Siv

Dagordning:
1. Val av justerare
2. Bidrag
3. Bibliotek

§ 1 Val av justerare
Beslut: Siv Nord utses att justera. Se https://asby.se/protokoll?a=1&b=2. Frågor till mailto:eva@asby.se, inte javascript:alert(1), ftp://x.se eller file:///etc/passwd.

§ 2 Bidrag
Jäv: Tor Ek

Yrkande: Bifall till förslaget.
Av: Greta Lind
Instämmer: Siv Nord

Omröstning: 3 ja, 1 nej
Ja: Greta Lind, Siv Nord, Rut Falk
Nej: Olle Berg

Beslut: Nämnden beviljar bidraget.

Reservation: Olle Berg mot beslutet.

Protokollsanteckning: Siv Nord: Jag vill se en uppföljning.

§ 2.1 Fördelning
Sluten omröstning: 3–1–0

Beslut:
- att fördela bidraget jämnt
- att redovisa i juni

§ 3 Bibliotek
Text före.

\`\`\`
§ 4 Inte en punkt
Beslut: <b>inte</b> ett beslut
\`\`\`

Bilaga 1: Budget
Budgettext.

Justering: 2026-03-17, Stadshuset
`;

/** English minutes under Robert's Rules: times as written, approval at the next meeting. */
const BOARD = `Minutes: Harbor Foundation board
Date: Monday, March 16, 2026, 6:33 PM–8:45 PM
Place: Online

Board members:
- Jane Smith (JS)
- Raj Patel (@raj)
- Lee Wong

Staff:
- Tom Hill, executive director

Regrets:
- Ann Cole

Chair: Jane Smith
Secretary: Raj
Approvers: Lee Wong

Agenda:
- Budget
- Any other business

Item 1: Budget
Motion: Approve the budget as presented.
Moved by: JS
Seconded by: Lee Wong

Vote: unanimous

Decision: The budget is approved.

Action: Publish the budget.
Owner: Tom Hill
Due: 2026-03-31

Item 2: Any other business
Raj reported at 7:30pm that the site moved to http://harbor.example.org/new.

Approval: at the next meeting
`;

const protocol = await parse(PROTOCOL);
const board = await parse(BOARD);
const protocolModel = buildRenderModel(protocol);
const boardModel = buildRenderModel(board);
const protocolHtml = renderBody(protocol);
const boardHtml = renderBody(board);

/** The section of the item whose heading reads `label` (its sub-items included). */
function itemSection(html: string, label: string): string {
    const at = html.indexOf(`<span class="minutes-item-number">${label}</span>`);
    expect(at, label).toBeGreaterThan(0);
    return outerAt(html, html.lastIndexOf('<section class="minutes-item', at), 'section');
}

function personLine(entry: PersonEntry): string {
    if (entry.kind === 'written') return entry.text;
    const serving = entry.serving && [entry.serving.word, entry.serving.member?.text, entry.serving.member?.short, entry.serving.range].filter(Boolean).join(' ');
    return [[entry.name, entry.short, ...(entry.ranges ?? [])].filter(Boolean).join(' '), entry.info, serving].filter(Boolean).join(', ');
}

describe('attendance by group, with parties, ranges and substitutions', () => {
    test('the model: one list per group as written, in a protocol\'s order', () => {
        const groups = protocolModel.attendance!.groups;
        expect(groups.map(group => `${group.group}: ${group.heading}`)).toEqual([
            'voting: Beslutande', 'serving: Tjänstgörande ersättare', 'substitutes: Ersättare', 'others: Tjänstepersoner', 'absent: Ej närvarande'
        ]);
        expect(groups.map(group => group.entries.map(personLine))).toEqual([
            ['Greta Lind (S), ordförande', 'Olle Berg (M) (§ 1–2)', 'Siv Nord (C)', 'Tor Ek (V)'],
            // `för Olle` names the member by first name: the member's declared name and party are shown.
            ['Ulla Sand (M), för Olle Berg (M) § 3', 'Rut Falk (S), för Ida Strand (S)'],
            ['Kim Vik (MP)'],
            ['Eva Ås, nämndsekreterare', 'Bo Holm (§ 1), kulturchef'],
            ['Ida Strand (S)']
        ]);
    });

    test('the HTML: a heading per group, the short form, the range and whom a substitute serves for', () => {
        const attendance = elements(protocolHtml, 'section', ' class="minutes-attendance"')[0];
        expect(headings(attendance)).toEqual([
            'h2: Närvaro', 'h3: Beslutande', 'h3: Tjänstgörande ersättare', 'h3: Ersättare', 'h3: Tjänstepersoner', 'h3: Ej närvarande'
        ]);
        const serving = outerAt(attendance, attendance.indexOf('<div class="minutes-people minutes-group-serving"'), 'div');
        expect(elements(serving, 'li').map(textOf)).toEqual(['Ulla Sand (M), för Olle Berg (M) § 3', 'Rut Falk (S), för Ida Strand (S)']);
        expect(attendance).toContain('<span class="minutes-name">Olle Berg</span> <span class="minutes-short">(M)</span> <span class="minutes-range">(§ 1–2)</span>');
    });

    test('roles: two chairs with their items; a reference by first name shows the full name', () => {
        const roles = protocolModel.attendance!.roles;
        expect(roles.map(role => `${role.label}: ${role.names.map(name => [name.text, name.range].filter(Boolean).join(' ')).join(', ')}`)).toEqual([
            'Ordförande: Greta Lind (§ 1–2), Siv Nord (§ 3)', 'Sekreterare: Eva Ås', 'Justerare: Siv Nord'
        ]);
    });

    test('English groups, handles and initials as written', () => {
        const groups = boardModel.attendance!.groups;
        expect(groups.map(group => group.heading)).toEqual(['Board members', 'Staff', 'Regrets']);
        expect(groups[0].entries.map(personLine)).toEqual(['Jane Smith (JS)', 'Raj Patel (@raj)', 'Lee Wong']);
    });
});

describe('votes, motions, reservations, notes for the record and conflicts of interest stand in their item', () => {
    const item2 = itemSection(protocolHtml, '§ 2');

    test('an open vote: a table with the counts as written and the named voters per side', () => {
        const [table] = elements(item2, 'table', ' class="minutes-votes"');
        expect(table).toContain('<caption>Omröstning: 3 ja, 1 nej</caption>');
        expect(elements(table, 'tr').map(textOf)).toEqual(['Röst Antal Namn', 'Ja 3 Greta Lind, Siv Nord, Rut Falk', 'Nej 1 Olle Berg']);
    });

    test('a secret ballot: the counts as written, in a table without names', () => {
        const item21 = itemSection(protocolHtml, '§ 2.1');
        const [table] = elements(item21, 'table', ' class="minutes-votes"');
        expect(table).toContain('<caption>Sluten omröstning: 3–1–0</caption>');
        expect(elements(table, 'tr').map(textOf)).toEqual(['Röst Antal Namn', 'Ja 3', 'Nej 1', 'Avstår 0']);
    });

    test('a unanimous vote: as written, no table', () => {
        const item1 = itemSection(boardHtml, 'Item 1');
        expect(elements(item1, 'div', ' class="minutes-vote"').map(textOf)).toEqual(['Vote: unanimous']);
        expect(item1).not.toContain('<table class="minutes-votes"');
    });

    test('motion with mover and seconder, reservation, note for the record and Jäv, in the item, in source order', () => {
        const statements = elements(item2, 'div', ' class="minutes-statement[^"]*"').map(textOf);
        expect(statements).toEqual([
            'Jäv: Tor Ek',
            'Yrkande: Bifall till förslaget. Av: Greta Lind Instämmer: Siv Nord',
            'Reservation: Olle Berg mot beslutet.',
            'Protokollsanteckning: Siv Nord: Jag vill se en uppföljning.'
        ]);
        // A mover named by initials shows the declared name.
        expect(textOf(elements(itemSection(boardHtml, 'Item 1'), 'div', ' class="minutes-statement minutes-motion"')[0]))
            .toBe('Motion: Approve the budget as presented. Moved by: Jane Smith Seconded by: Lee Wong');
    });
});

describe('the agenda, sub-items, fenced blocks and attachments', () => {
    test('the agenda: numbered entries keep the numbers written, bullet entries get none', () => {
        expect(protocolModel.agenda?.entries.map(entry => [entry.number, entry.title])).toEqual([['1', 'Val av justerare'], ['2', 'Bidrag'], ['3', 'Bibliotek']]);
        const agenda = elements(protocolHtml, 'section', ' class="minutes-agenda"')[0];
        expect(elements(agenda, 'li').map(textOf)).toEqual(['1. Val av justerare', '2. Bidrag', '3. Bibliotek']);
        const english = elements(boardHtml, 'section', ' class="minutes-agenda"')[0];
        expect(headings(english)).toEqual(['h2: Agenda']);
        expect(elements(english, 'li').map(textOf)).toEqual(['Budget', 'Any other business']);
        expect(english).not.toContain('minutes-item-number');
    });

    test('a sub-item renders nested in its item, one heading level down', () => {
        expect(protocolModel.items.map(item => `${item.label}:${item.level}`)).toEqual(['§ 1:1', '§ 2:1', '§ 2.1:2', '§ 3:1']);
        const item2 = itemSection(protocolHtml, '§ 2');
        expect(headings(item2)).toEqual(['h2: § 2 Bidrag', 'h3: § 2.1 Fördelning']);
        expect(item2).toContain('<section class="minutes-item minutes-sub-item" id="p2.1">');
        expect(headings(protocolHtml).filter(h => /^h[23]: §/u.test(h))).toEqual(['h2: § 1 Val av justerare', 'h2: § 2 Bidrag', 'h3: § 2.1 Fördelning', 'h2: § 3 Bibliotek']);
        assertBalanced(protocolHtml);
    });

    test('a fenced block verbatim: keyword lines inside stay text, markup is escaped', () => {
        const item3 = itemSection(protocolHtml, '§ 3');
        expect(elements(item3, 'pre')).toEqual(['<pre class="minutes-fenced">§ 4 Inte en punkt\nBeslut: &lt;b&gt;inte&lt;/b&gt; ett beslut</pre>']);
        expect(protocolModel.items).toHaveLength(4);
    });

    test('an attachment after the last item is the document\'s, with its heading', () => {
        expect(protocolModel.attachments.map(a => `${a.label} ${a.title}`)).toEqual(['Bilaga 1 Budget']);
        const [attachment] = elements(protocolHtml, 'section', ' class="minutes-attachment"');
        expect(headings(attachment)).toEqual(['h2: Bilaga 1 Budget']);
        expect(textOf(attachment)).toBe('Bilaga 1 Budget Budgettext.');
    });
});

describe('links: http, https and mailto only', () => {
    test('the three schemes become links that give away nothing; trailing punctuation is not part of them', () => {
        const anchors = elements(protocolHtml, 'a');
        expect(anchors).toEqual([
            '<a href="https://asby.se/protokoll?a=1&amp;b=2" rel="noopener noreferrer">https://asby.se/protokoll?a=1&amp;b=2</a>',
            '<a href="mailto:eva@asby.se" rel="noopener noreferrer">mailto:eva@asby.se</a>'
        ]);
        expect(elements(boardHtml, 'a')).toEqual(['<a href="http://harbor.example.org/new" rel="noopener noreferrer">http://harbor.example.org/new</a>']);
    });

    test('any other scheme stays text', () => {
        const decision = textOf(elements(itemSection(protocolHtml, '§ 1'), 'div', ' class="minutes-decision"')[0]);
        expect(decision).toContain('inte javascript:alert(1), ftp://x.se eller file:///etc/passwd.');
        expect(protocolHtml).not.toMatch(/href="(?!https?:|mailto:)/u);
    });

    test('the pieces of a text: parentheses and quotes around a URL are not part of it; nothing usable, no link', () => {
        const links = (text: string) => textPieces(text).filter(piece => piece.href).map(piece => piece.href);
        expect(links('(se https://x.se/a_(b)) och "https://y.se".')).toEqual(['https://x.se/a_(b)', 'https://y.se']);
        expect(links('https:// och mailto: och mailto:ingen-adress och HTTPS://X.SE')).toEqual(['HTTPS://X.SE']);
        expect(links('https://x.se/"><script>')).toEqual(['https://x.se/']);
        expect(links('Skriv till MAILTO:Anna@X.SE eller Mailto:bo@y.se')).toEqual(['MAILTO:Anna@X.SE', 'Mailto:bo@y.se']);
        expect(textPieces('ingen länk')).toEqual([{ text: 'ingen länk' }]);
        expect(textPieces('kl. 18:30, se punkt 3: https saknas')).toEqual([{ text: 'kl. 18:30, se punkt 3: https saknas' }]);
        expect(textPieces('https://x.se').map(piece => piece.text).join('')).toBe('https://x.se');
    });

    test('a hostile address cannot leave its attribute', async () => {
        const html = renderBody(await parse('Minnesanteckningar: X\nTid: 2026-01-01\n\nPunkt 1: A\nSe https://x.se/"onmouseover="alert(1)&<script>x</script> nu.\n'));
        expect(elements(html, 'a')).toEqual(['<a href="https://x.se/" rel="noopener noreferrer">https://x.se/</a>']);
        expect(html).toContain('&quot;onmouseover=&quot;alert(1)&amp;&lt;script&gt;x&lt;/script&gt; nu.');
    });
});

describe('the signature block of the rule set', () => {
    const signatures = (model: RenderModel) => model.signatures?.signatures.map(s => `${s.role}: ${s.name.text}`);

    test('kommunallagen: the secretary, every chair, the adjusters (named by first name: the full name)', () => {
        expect(signatures(protocolModel)).toEqual(['Vid protokollet: Eva Ås', 'Ordförande: Greta Lind', 'Ordförande: Siv Nord', 'Justeras: Siv Nord']);
        expect(protocolModel.signatures?.approval).toBeUndefined();
    });

    test('förening: the same block; anteckningar: no chair', async () => {
        const forening = buildRenderModel(await parse(PROTOCOL.replace('Regler: kommunallagen', 'Regler: förening')));
        expect(signatures(forening)).toEqual(signatures(protocolModel));
        const notes = buildRenderModel(await parse(PROTOCOL.replace('Protokoll:', 'Minnesanteckningar:').replace('Regler: kommunallagen', 'Regler: anteckningar')));
        expect(signatures(notes)).toEqual(['Vid anteckningarna: Eva Ås', 'Justeras: Siv Nord']);
    });

    test('roberts: "Respectfully submitted" by the secretary, the approvers, and how the minutes are approved', async () => {
        expect(signatures(boardModel)).toEqual(['Respectfully submitted: Raj Patel', 'Approved by: Lee Wong']);
        expect(boardModel.signatures?.approval).toBe('To be approved at the next meeting');
        const signatureSection = elements(boardHtml, 'section', ' class="minutes-signatures"')[0];
        expect(elements(signatureSection, 'p', ' class="minutes-signature-approval"').map(textOf)).toEqual(['To be approved at the next meeting']);
        const dated = buildRenderModel(await parse(BOARD.replace('Approval: at the next meeting', 'Approval: 2026-03-20')));
        expect(dated.signatures?.approval).toBe('Approved 20 March 2026');
    });
});

describe('the summary of decisions and actions follows the rule set', () => {
    test('off for kommunallagen and förening, on for anteckningar and roberts', async () => {
        expect(protocolModel.summary).toBeUndefined();
        expect(protocolHtml).not.toContain('minutes-summary');
        expect(buildRenderModel(await parse(PROTOCOL.replace('Regler: kommunallagen', 'Regler: BRF'))).summary).toBeUndefined();
        expect(buildRenderModel(await parse(PROTOCOL.replace('Regler: kommunallagen', 'Regler: anteckningar'))).summary?.decisions?.rows).toHaveLength(3);
        expect(boardModel.summary?.decisions?.rows.map(row => `${row.item.label}: ${row.text}`)).toEqual(['Item 1: The budget is approved.']);
        expect(boardModel.summary?.actions?.rows.map(row => row.task)).toEqual(['Publish the budget.']);
    });

    test('the setting turns it on or off, in the preview, the export and the record\'s outputs', () => {
        expect(buildRenderModel(protocol, { summary: true }).summary?.decisions?.rows.map(row => row.item.label)).toEqual(['§ 1', '§ 2', '§ 2.1']);
        expect(buildRenderModel(board, { summary: false }).summary).toBeUndefined();
        expect(renderBody(protocol, { summary: true })).toContain('<section class="minutes-summary">');
        const output = buildOutput(board, { kind: 'minutes' }, { viewLang: 'en', summary: false });
        expect(output.ok && output.model.summary).toBeUndefined();
    });

    test('minutes.decisionSummary: auto leaves it to the rule set, on and off force it', () => {
        expect(resolveSettings('en', { decisionSummary: 'auto' }).decisionSummary).toBeUndefined();
        expect(resolveSettings('en', {}).decisionSummary).toBeUndefined();
        expect(resolveSettings('en', { decisionSummary: 'on' }).decisionSummary).toBe(true);
        expect(resolveSettings('en', { decisionSummary: 'off' }).decisionSummary).toBe(false);
    });
});

describe('no invented numbers; times as written', () => {
    test('decisions are not numbered; items show the numbers written', () => {
        const decisions = protocolModel.items.flatMap(item => item.blocks).filter(block => block.kind === 'decision');
        expect(decisions.map(block => block.kind === 'decision' && block.label)).toEqual(['Beslut', 'Beslut', 'Beslut']);
        expect(elements(protocolHtml, 'p', ' class="minutes-decision-label"').map(textOf)).toEqual(['Beslut', 'Beslut', 'Beslut']);
        expect(protocolModel.items.map(item => item.label)).toEqual(['§ 1', '§ 2', '§ 2.1', '§ 3']);
    });

    test('an item without a number gets the count only where the spec says it continues (the auto-number)', async () => {
        const model = buildRenderModel(await parse('Minnesanteckningar: X\nTid: 2026-01-01\n\nPunkt 5.1: A\nPunkt: B\n'));
        expect(model.items.map(item => item.label)).toEqual(['Punkt 5.1', 'Punkt 6']);
    });

    test('English times stay as written; Swedish times are written the Swedish way', () => {
        expect(boardModel.header.facts.find(fact => fact.label === 'Date')?.value).toBe('Monday 16 March 2026, 6:33 PM–8:45 PM');
        expect(protocolModel.header.facts.map(fact => `${fact.label}: ${fact.value}`)).toEqual([
            'Organ: Kulturnämnden', 'Tid: tisdag 10 mars 2026, kl. 18.30–20.15', 'Plats: Stadshuset, rum Älven', 'Ajournering: 19.00–19.10'
        ]);
        expect(textOf(itemSection(boardHtml, 'Item 2'))).toContain('Raj reported at 7:30pm that');
        expect(protocolModel.meetingDateIso).toBe('2026-03-10');
    });
});

describe('the PDF shows the same content', async () => {
    const all = async (model: RenderModel) => pageTexts(await renderPdf(model, { creationDate: new Date(Date.UTC(2026, 0, 1)) })).join('\n').replace(/\s+/gu, ' ').replace(/ ,/gu, ',');
    const protocolText = await all(protocolModel);
    const boardText = await all(boardModel);

    test('attendance by group with parties, ranges and substitutions; the roles with the chairs\' items', () => {
        for (const text of ['Beslutande', 'Olle Berg (M) (§ 1–2)', 'Tjänstgörande ersättare', 'Ulla Sand (M), för Olle Berg (M) § 3', 'Ersättare',
            'Tjänstepersoner', 'Bo Holm (§ 1), kulturchef', 'Ej närvarande', 'Greta Lind (§ 1–2), Siv Nord (§ 3)', 'Ajournering 19.00–19.10']) {
            expect(protocolText, text).toContain(text);
        }
    });

    test('the agenda, the sub-item, the vote, the statements, the fenced block, the attachment, the links as text', () => {
        for (const text of ['Dagordning', '1. Val av justerare', '§ 2.1 Fördelning', 'Sluten omröstning: 3–1–0', 'Ja 3 Greta Lind, Siv Nord, Rut Falk',
            'Jäv: Tor Ek', 'Av: Greta Lind', 'Protokollsanteckning: Siv Nord: Jag vill se en uppföljning.', 'Beslut: <b>inte</b> ett beslut',
            'Bilaga 1 Budget', 'https://asby.se/protokoll?a=1&b=2']) {
            expect(protocolText, text).toContain(text);
        }
        expect(protocolText).not.toContain('Sammanfattning');
    });

    test('the signature block of Robert\'s Rules with how the minutes are approved; the summary', () => {
        for (const text of ['Respectfully submitted', 'Raj Patel', 'To be approved at the next meeting', 'Summary', '6:33 PM–8:45 PM']) {
            expect(boardText, text).toContain(text);
        }
    });
});

test('the standalone page has the same links and headings as the preview', () => {
    const page = renderModelPage(protocolModel);
    expect(elements(page, 'a')).toEqual(elements(protocolHtml, 'a'));
    expect(headings(page)).toEqual(headings(protocolHtml));
});
