/**
 * The formal record's outputs as the back ends draw them: the HTML page (language/render/html.ts)
 * and the PDF (pdf/render-pdf.ts) of the notice, an extract, the public version, and the second
 * edition's items (motions, votes, reservations, att-clauses, fenced blocks, attachments,
 * Sekretess) in the full version with its «Intern version» on every page.
 */
import { describe, expect, test } from 'vitest';
import { renderModelPage } from '../../../language/render/html.js';
import { buildOutput, type OutputRequest } from '../../../language/render/outputs.js';
import type { RenderModel } from '../../../language/render/render-model.js';
import type { Document } from '../../../language/generated/ast.js';
import { renderPdf } from '../../../pdf/render-pdf.js';
import { SECOND_EDITION_ENGLISH, SECOND_EDITION_SWEDISH } from '../../fixtures/fixtures.js';
import { RECORD_IDENTITY_NUMBERS, recordProtocol } from '../../fixtures/record-protocol.js';
import { pageTexts, pdfObjects } from '../../pdf/pdf-text.js';
import { elements, parse, textOf } from '../render-helpers.js';

const FIXED = new Date('2026-03-12T20:00:00Z');

function modelOf(doc: Document, request: OutputRequest): RenderModel {
    const outcome = buildOutput(doc, request, { viewLang: 'sv' });
    if (!outcome.ok) throw new Error(outcome.refusal);
    return outcome.model;
}

const squeeze = (text: string) => text.replace(/\s+/gu, '');

const ekby = await parse(SECOND_EDITION_SWEDISH);
const harbor = await parse(SECOND_EDITION_ENGLISH);

describe('HTML', () => {
    const full = renderModelPage(modelOf(ekby, { kind: 'minutes' }));

    test('the second edition\'s items: motions with movers, a vote table, att-clauses, a reservation, a note, Jäv, Sekretess, attachments', () => {
        const item23 = textOf(full.slice(full.indexOf('minutes-item-title">Detaljplan för Ekby centrum'), full.indexOf('minutes-item-title">Försäljning av fastighet')));
        expect(item23).toContain('Jäv: Ivar Dahl Yrkande: Bifall till förvaltningens förslag. Av: Lena Holm Yrkande: Avslag på förslaget. Av: Erik Sand Instämmer: Göran Lind');
        expect(item23).toContain('Reservation: Erik Sand, Göran Lind mot beslutet till förmån för Erik Sands yrkande.');
        expect(item23).toContain('Bilaga 1 Plankarta Plankartan visar kvarteren runt torget.');
        const [votes] = elements(full, 'table', ' class="minutes-votes"');
        expect(votes).toContain('<caption>Omröstning: 3 ja, 2 nej, 1 avstår</caption>');
        expect(votes).toContain('<th scope="col">Röst</th><th scope="col">Antal</th><th scope="col">Namn</th>');
        expect(votes).toContain('<tr><th scope="row">Ja</th><td>3</td><td><span class="minutes-name">Lena Holm</span>, <span class="minutes-name">Fatima Ali</span>, <span class="minutes-name">Hanna Berg</span></td></tr>');
        expect(full).toContain('<ul class="minutes-clauses"><li>att godkänna budgetuppföljningen, samt</li><li>att uppdra åt kommunledningskontoret att återkomma i april.</li></ul>');
        expect(full).toContain('<p class="minutes-confidential"><span class="minutes-label">Sekretess:</span> OSL 19 kap. 1 §</p>');
        // A secret ballot: counts only, read from `4-2-1`.
        expect(full).toContain('<caption>Sluten omröstning: 4-2-1</caption>');
        expect(textOf(elements(full, 'table', ' class="minutes-votes"')[1])).toBe('Sluten omröstning: 4-2-1 Röst Antal Namn Ja 4 Nej 2 Avstår 1');
        expect(full).toContain('<span class="minutes-label">Protokollsanteckning:</span> <span class="minutes-name">Hanna Berg</span>: Vänsterpartiet');
        expect(full).toContain('<pre class="minutes-fenced">Verksamhet          Budget (mnkr)   Utfall (mnkr)\nKommunstyrelsen     12,4            12,1\n');
        expect(full).toContain('<section class="minutes-attachment"><h2><span class="minutes-item-number">Bilaga 2</span> Budgetuppföljning februari 2026</h2>');
    });

    test('the full version of minutes with a confidential item says «Intern version» at the top and on every printed page', () => {
        expect(full).toContain('<div class="minutes minutes-page minutes-pages-internal-sv">');
        expect(full).toContain('<header class="minutes-header"><p class="minutes-version minutes-version-internal">Intern version</p><p class="minutes-kind">Protokoll</p>');
        expect(full).toContain('@page minutes-pages-internal-sv { @top-right { content: "Intern version";');
        expect(full).toContain('@media print { .minutes-pages-internal-sv { page: minutes-pages-internal-sv; } }');
        const open = renderModelPage(modelOf(harbor, { kind: 'minutes' }));
        expect(open).toContain('minutes-pages-internal-en');
        expect(open).toContain('>Internal version</p>');
    });

    test('the public version: the confidential item\'s heading and the words in its place; «Offentlig version»', () => {
        const page = renderModelPage(modelOf(ekby, { kind: 'minutes', public: true }));
        expect(page).toContain('<h2><span class="minutes-item-number">§ 24</span> <span class="minutes-item-title">Försäljning av fastighet</span></h2>' +
            '<p class="minutes-withheld">Paragrafen innehåller uppgifter som omfattas av sekretess (OSL 19 kap. 1 §).</p></section>');
        expect(page).toContain('<p class="minutes-version minutes-version-public">Offentlig version</p>');
        expect(page).not.toContain('Ekby 1:23');
    });

    test('the notice: one h1, the facts as a description list, the appeal', () => {
        const page = renderModelPage(modelOf(ekby, { kind: 'notice' }));
        expect(elements(page, 'h1')).toEqual(['<h1>Tillkännagivande om justerat protokoll</h1>']);
        expect(page).toContain('<title>Anslag: Kommunstyrelsen, 10 mars 2026</title>');
        expect(page).toContain('<div><dt>Anslaget tas ned</dt><dd>fredag 3 april 2026</dd></div>');
        expect(textOf(page)).toContain('säga senast den 3 april 2026.');
        expect(page).not.toContain('class="minutes-version');
    });

    test('an extract: who took part, the item, the certification with the secretary', () => {
        const page = renderModelPage(modelOf(ekby, { kind: 'extract', items: '§ 22' }));
        expect(page).toContain('<p class="minutes-kind">Protokollsutdrag</p><h1>Kommunstyrelsen i Ekby kommun</h1>');
        expect(page).toContain('<div class="minutes-people"><h3>Beslutande</h3>');
        expect(textOf(page)).toContain('Utdragsbestyrkande Utdraget stämmer överens med protokollet. Sekreterare Petra Wik');
        expect(page).not.toContain('§ 23');
    });
});

describe('PDF', () => {
    async function pdfOf(doc: Document, request: OutputRequest): Promise<{ texts: string[]; latin1: string; bytes: Uint8Array }> {
        const bytes = await renderPdf(modelOf(doc, request), { creationDate: FIXED });
        return { texts: pageTexts(bytes), latin1: Buffer.from(bytes).toString('latin1'), bytes };
    }

    test('the long protocol\'s full version says «Intern version» at the foot of every page; its votes are tables with row headers', async () => {
        for (const lang of ['sv', 'en'] as const) {
            const { texts, latin1 } = await pdfOf(await parse(recordProtocol(lang)), { kind: 'minutes' });
            expect(texts.length).toBeGreaterThanOrEqual(10);
            const marker = lang === 'sv' ? 'Intern version' : 'Internal version';
            texts.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(marker));
            // Once in the content, as on the HTML page; then as a pagination artifact on each page.
            expect(texts[0].split('\n')[0]).toBe(marker);
            for (const marker of ['/S /Table\n', '/Scope /Row', '/S /L\n']) expect(latin1.includes(marker), marker).toBe(true);
        }
    }, 60_000);

    test('the public version has no identity number, in its text or its metadata, and says «Offentlig version» on every page', async () => {
        const doc = await parse(recordProtocol('sv').replace(/^Protokoll: (.*)$/mu, `Protokoll: $1 ${RECORD_IDENTITY_NUMBERS.open}`));
        const { texts, bytes } = await pdfOf(doc, { kind: 'minutes', public: true });
        const everything = [...texts, ...pdfObjects(bytes).map(o => `${o.dictionary}${o.stream?.toString('utf8') ?? ''}`)].join('\n');
        for (const number of Object.values(RECORD_IDENTITY_NUMBERS)) expect(everything).not.toContain(number);
        expect(everything).toContain('[personnummer]');
        texts.forEach(text => expect(text).toContain('Offentlig version'));
    }, 60_000);

    test('the notice on one page, in reading order', async () => {
        const { texts } = await pdfOf(ekby, { kind: 'notice' });
        expect(texts).toHaveLength(1);
        const order = ['Anslag', 'Tillkännagivande om justerat protokoll', 'Organ', 'Kommunstyrelsen', 'Paragrafer', '§ 21–26',
            'Anslaget tas ned', 'fredag 3 april 2026', 'Den som vill överklaga', 'Underskrift', 'Petra Wik', 'Sida 1 av 1'];
        const positions = order.map(text => texts[0].indexOf(text));
        expect(positions.every(p => p >= 0), JSON.stringify(positions)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    test('an extract: the item whole and the certification last; the att-clauses as a list inside the decision', async () => {
        const { texts, latin1 } = await pdfOf(ekby, { kind: 'extract', items: '§ 22, 23' });
        const all = squeeze(texts.join('\n'));
        for (const text of ['Protokollsutdrag', '§ 22 Budgetuppföljning februari', 'att godkänna budgetuppföljningen, samt', '§ 23 Detaljplan för Ekby centrum',
            'Omröstning: 3 ja, 2 nej, 1 avstår', 'Reservation:Erik Sand, Göran Lind mot beslutet', 'Utdragsbestyrkande', 'Petra Wik']) {
            expect(all).toContain(squeeze(text));
        }
        expect(all.indexOf('Utdragsbestyrkande')).toBeGreaterThan(all.indexOf(squeeze('Erik Sands yrkande')));
        expect(latin1.includes('/S /LBody\n')).toBe(true);
    });
});
