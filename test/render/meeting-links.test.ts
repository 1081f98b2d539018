/**
 * The renderer's part of the links between meetings (language/render/links.ts): every item's
 * anchor, once; references in prose cut into linked pieces where the series (here a stand-in
 * MeetingLinks) knows the item; a follow-up's `Från` value linked where it names an action; and
 * nothing linked without what the series knows.
 */
import { describe, expect, test } from 'vitest';
import { renderBody, renderStandalonePage } from '../../language/render/html.js';
import { itemAnchors, linkedText, type MeetingLinks } from '../../language/render/links.js';
import { buildRenderModel } from '../../language/render/render-model.js';
import type { ItemReference } from '../../language/series-summary.js';
import { renderPdf } from '../../pdf/render-pdf.js';
import { pageTexts } from '../pdf/pdf-text.js';
import { parse } from './render-helpers.js';

/** Knows 2026-02-17 § 14 and § 5.1, and the `Från` on line 8. */
const LINKS: MeetingLinks = {
    item: (reference: ItemReference) => reference.date === '2026-02-17' && ['14', '5.1'].includes(reference.item)
        ? `kfn-2026-02-17.html#p${reference.item}` : undefined,
    origin: line => line === 8 ? 'kfn-2026-01-20.html#p3' : undefined
};

const SOURCE = `Protokoll: Nämnden
Tid: tisdag 2026-03-17 kl. 18.00

§ 20: Uppföljning
Uppdrag: Ordna sommarlovsaktiviteter enligt 2026-02-17 § 14.
Ansvarig: Omar Said

Uppdrag: Ordna sommarlovsaktiviteter för barn.
Från: 2026-01-20 § 3
Status: pågår

§ 20: Samma nummer igen
Som 2026-02-17 § 14 (och 2026-02-17 § 5.1) sa, men inte 2026-02-17 § 15.
- Punkt ur 2026-02-17 § 14

§ 21.1: Underpunkt
Beslut: Nämnden beslutar
- att följa 2026-02-17 § 14
- att inte följa något annat
Yrkande: Bifall enligt 2026-02-17 § 14.
Protokollsanteckning: Som i 2026-02-17 § 5.1.
`;

describe('links between meetings in the render', () => {
    test('linkedText cuts a text around the references the series knows, and gives nothing when it knows none', () => {
        expect(linkedText('Som 2026-02-17 § 14 (och 2026-02-17 § 5.1) sa, inte 2026-02-17 § 15.', LINKS)).toEqual([
            'Som ', { text: '2026-02-17 § 14', href: 'kfn-2026-02-17.html#p14' }, ' (och ',
            { text: '2026-02-17 § 5.1', href: 'kfn-2026-02-17.html#p5.1' }, ') sa, inte 2026-02-17 § 15.'
        ]);
        expect(linkedText('2026-02-17 § 14', LINKS)).toEqual([{ text: '2026-02-17 § 14', href: 'kfn-2026-02-17.html#p14' }]);
        expect(linkedText('inte 2026-02-17 § 15 och 2026-02-30 § 14', LINKS)).toBeUndefined();
        expect(linkedText('2026-02-17 § 14', undefined)).toBeUndefined();
    });

    test('itemAnchors: one anchor an item, none for a number used before or one that cannot be an anchor', () => {
        expect(itemAnchors(['14', '5.1', '14', 'x', '015'])).toEqual(['p14', 'p5.1', undefined, undefined, 'p015']);
    });

    test('the model and the page: anchors, linked prose, bullets, clauses and tasks, and the linked Från of a follow-up', async () => {
        const doc = await parse(SOURCE);
        const model = buildRenderModel(doc, { links: LINKS });
        expect(model.items.map(item => item.anchor)).toEqual(['p20', undefined, 'p21.1']);
        const body = renderBody(doc, { links: LINKS });
        const link = (item: string) => `<a class="minutes-meeting-link" href="kfn-2026-02-17.html#p${item}">2026-02-17 § ${item}</a>`;
        expect(body).toContain('<section class="minutes-item" id="p20">');
        expect(body).toContain('<section class="minutes-item minutes-sub-item" id="p21.1">');
        expect(body.match(/ id="/gu)).toHaveLength(2);
        expect(body).toContain(`<td>Ordna sommarlovsaktiviteter enligt ${link('14')}.</td>`);
        expect(body).toContain('<span class="minutes-from"><span class="minutes-label">Från:</span> <a class="minutes-meeting-link" href="kfn-2026-01-20.html#p3">2026-01-20 § 3</a></span>');
        expect(body).toContain(`<p>Som ${link('14')} (och ${link('5.1')}) sa, men inte 2026-02-17 § 15.</p>`);
        expect(body).toContain(`<li>Punkt ur ${link('14')}</li>`);
        expect(body).toContain(`<li>att följa ${link('14')}</li><li>att inte följa något annat</li>`);
        // Motions and notes for the record link their references too.
        expect(body).toContain(`<span class="minutes-label">Yrkande:</span> Bifall enligt ${link('14')}.</p>`);
        expect(body).toContain(`<span class="minutes-label">Protokollsanteckning:</span> Som i ${link('5.1')}.</p>`);
    });

    test('without what the series knows, the page has its anchors and no link; the Från value is shown as written', async () => {
        const doc = await parse(SOURCE);
        const page = renderStandalonePage(doc);
        expect(page).not.toContain('<a ');
        expect(page).toContain('<section class="minutes-item" id="p20">');
        expect(page).toContain('<span class="minutes-from"><span class="minutes-label">Från:</span> 2026-01-20 § 3</span>');
    });

    test('the PDF has the same Från line under the task, as text', async () => {
        const doc = await parse(SOURCE);
        const bytes = await renderPdf(buildRenderModel(doc, { links: LINKS }), { creationDate: new Date(Date.UTC(2026, 0, 1)) });
        const text = pageTexts(bytes).join('\n').replace(/\s+/gu, ' ');
        expect(text).toContain('Ordna sommarlovsaktiviteter för barn. Från: 2026-01-20 § 3');
    });
});
