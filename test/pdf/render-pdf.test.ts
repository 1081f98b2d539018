import { describe, expect, test } from 'vitest';
import { generateMinutes } from '../../bench/generate.js';
import { buildRenderModel, type RenderModel } from '../../language/render/render-model.js';
import { renderPdf } from '../../pdf/render-pdf.js';
import { errorCount } from '../../language/diagnostics.js';
import { check } from '../language/helpers.js';
import { ENGLISH_MINUTES_FILE, readExample, SWEDISH_MINUTES_FILE } from '../render/render-helpers.js';
import { documentFor } from '../security/pages.js';
import { PAYLOADS, visibleText } from '../security/payloads.js';
import { pageTexts, pdfObjects } from './pdf-text.js';

const FIXED = new Date('2026-03-12T20:00:00Z');

async function modelOf(text: string): Promise<RenderModel> {
    const { document } = await check(text);
    return buildRenderModel(document.parseResult.value, { problems: { errors: errorCount(document.diagnostics ?? []), warnings: 0 } });
}

async function pdfOf(text: string): Promise<{ model: RenderModel; bytes: Uint8Array; latin1: string }> {
    const model = await modelOf(text);
    const bytes = await renderPdf(model, { creationDate: FIXED });
    return { model, bytes, latin1: Buffer.from(bytes).toString('latin1') };
}

/** Text with all white space removed: line breaks in the PDF fall where spaces were, or inside long words. */
function squeeze(text: string): string {
    return text.replace(/\s+/gu, '');
}

/** What nothing in a PDF of minutes may contain: code, actions, links, forms. */
const ACTIVE = ['/JavaScript', '/JS ', '/JS(', '/Launch', '/OpenAction', '/AA ', '/SubmitForm', '/ImportData', '/URI', '/Annots', '/AcroForm', '/EmbeddedFile'];

describe('the PDF of the English fixture', async () => {
    const { bytes, latin1 } = await pdfOf(readExample(ENGLISH_MINUTES_FILE));
    const texts = pageTexts(bytes);

    test('is PDF 1.7 and says PDF/A-2 level A and PDF/UA-1 in its metadata, with title, subject and keywords', () => {
        expect(latin1.startsWith('%PDF-1.7')).toBe(true);
        const xmp = pdfObjects(bytes).find(o => o.dictionary.includes('/Type /Metadata'))?.stream?.toString('utf8') ?? '';
        expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>A<\/pdfaid:conformance>/);
        expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
        expect(xmp).toContain('<rdf:li xml:lang="x-default">Northgate Rowing Club, committee</rdf:li>');
        expect(xmp).toContain('<pdf:Keywords>Minutes</pdf:Keywords>');
        expect(/\/Title \d+ 0 R/.test(latin1) && latin1.includes('\n(Northgate Rowing Club, committee)\n'), 'Info /Title').toBe(true);
        expect(/\/Keywords \d+ 0 R/.test(latin1) && latin1.includes('\n(Minutes)\n'), 'Info /Keywords').toBe(true);
        expect(latin1.includes('/OutputIntents'), 'OutputIntents').toBe(true);
    });

    test('is tagged: language, title shown, structure tree with headings, lists, tables with header cells', () => {
        for (const marker of ['/Lang (en)', '/Marked true', '/DisplayDocTitle true', '/StructTreeRoot', '/Scope /Column', '/Scope /Row']) {
            expect(latin1.includes(marker), marker).toBe(true);
        }
        for (const type of ['Document', 'H1', 'H2', 'H3', 'P', 'Sect', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'Caption', 'THead', 'TBody', 'TR', 'TH', 'TD', 'Div']) {
            expect(latin1.includes(`/S /${type}\n`), type).toBe(true);
        }
        const content = pdfObjects(bytes).filter(o => o.stream && !o.dictionary.includes('/Length1')).map(o => o.stream!.toString('latin1')).join('\n');
        expect(content.match(/\/Artifact <<\n\/Type \/Pagination/g)?.length, 'running header and page number as artifacts').toBe(2);
    });

    test('embeds both fonts and no other', () => {
        expect(latin1.match(/\/FontFile2 /g)).toHaveLength(2);
        const fonts = new Set([...latin1.matchAll(/\/BaseFont \/([^\s/]+)/g)].map(m => m[1]));
        expect([...fonts].sort()).toEqual(['BZZZZZ+DejaVuSans', 'CZZZZZ+DejaVuSans-Bold']);
        expect(/\/Subtype \/Type1|Helvetica/.test(latin1)).toBe(false);
    });

    test('nothing in it runs or links', () => {
        for (const marker of ACTIVE) expect(latin1.includes(marker), marker).toBe(false);
    });

    test('the text in reading order, the running header and «Page n of N» on every page', () => {
        expect(texts).toHaveLength(2);
        const first = texts[0].split('\n');
        expect(first.slice(0, 3)).toEqual(['Minutes', 'Northgate Rowing Club, committee', 'Body']);
        texts.forEach((text, i) => {
            expect(text).toContain(`Page ${i + 1} of 2`);
            expect(text).toContain('Northgate Rowing Club, committee\nTuesday 10 February 2026, 18.00–19.45');
        });
        const all = texts.join('\n');
        const order = ['Attendance', 'Item 1 Minutes of the last meeting', 'Item 4 Any other business', 'Next meeting', 'Summary', 'Signatures', 'Lena Fischer'];
        const positions = order.map(text => all.lastIndexOf(text));
        expect(positions.every(p => p >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    test('the same date makes the same bytes', async () => {
        const again = await renderPdf(await modelOf(readExample(ENGLISH_MINUTES_FILE)), { creationDate: FIXED });
        expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    });
});

describe('long protocols', () => {
    for (const lang of ['sv', 'en'] as const) {
        test(`40 § in ${lang}: many pages, each numbered in the document's language; no decision split across pages`, async () => {
            const { minutes } = generateMinutes({ lang, items: 40, protocol: true, seed: 7 });
            const { model, bytes, latin1 } = await pdfOf(minutes);
            expect(model.protocol).toBe(true);
            const texts = pageTexts(bytes);
            expect(texts.length).toBeGreaterThanOrEqual(8);
            expect(latin1.includes(`/Count ${texts.length}\n`)).toBe(true);
            texts.forEach((text, i) => expect(text).toContain(lang === 'sv' ? `Sida ${i + 1} av ${texts.length}` : `Page ${i + 1} of ${texts.length}`));
            const decisions = model.items.flatMap(item => item.blocks.filter(block => block.kind === 'decision'));
            expect(decisions.length).toBeGreaterThan(10);
            for (const decision of decisions) {
                // Decisions are not numbered, so two may read alike: each is whole on some page.
                const pages = texts.filter(text => squeeze(text).includes(squeeze(`${decision.label}\n${decision.text}`)));
                expect(pages.length, decision.text).toBeGreaterThanOrEqual(1);
            }
            // The signatures close the protocol, on its last page.
            const last = texts[texts.length - 1];
            for (const signature of model.signatures?.signatures ?? []) expect(last).toContain(signature.name.text);
        });
    }
});

test('a decision longer than a page flows on over the next pages, all of it, and what follows comes after it', async () => {
    const long = Array.from({ length: 300 }, (_, i) => `Mening ${i + 1} av beslutet.`).join(' ');
    const { bytes } = await pdfOf(`Protokoll: Långt beslut\nTid: 2026-03-12\n\n§ 1: Budget\nBeslut: ${long}\n\n§ 2: Nästa\nText efter beslutet.\n`);
    const texts = pageTexts(bytes);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    const all = squeeze(texts.join('\n').replace(/Långt beslut\n[^\n]*\n|Sida \d+ av \d+/g, ''));
    expect(all).toContain(squeeze(`Beslut ${long}`));
    expect(all.indexOf(squeeze('§ 2 Nästa'))).toBeGreaterThan(all.indexOf(squeeze('Mening 300 av beslutet.')));
});

describe('the Swedish fixture', () => {
    test('Swedish labels and page numbers', async () => {
        const { bytes, latin1 } = await pdfOf(readExample(SWEDISH_MINUTES_FILE));
        const texts = pageTexts(bytes);
        expect(latin1.includes('/Lang (sv)')).toBe(true);
        expect(texts[0]).toContain('Minnesanteckningar');
        expect(texts[0]).toContain(`Sida 1 av ${texts.length}`);
    });

    test('a document with errors says so at the top of the first page', async () => {
        const { bytes } = await pdfOf('Protokoll: Styrelsemöte\nTid: 2026-02-30\n\n§ 1: Öppnande\nBeslut: Mötet öppnas.\n');
        expect(pageTexts(bytes)[0].startsWith('Obs! Dokumentet hade')).toBe(true);
    });
});

test('an agenda shows each entry with the number it was written with, or a bullet, as the HTML does', async () => {
    const { bytes } = await pdfOf([
        'Minnesanteckningar: Styrelsemöte', 'Datum: 2026-03-12', 'Dagordning:', '1. Mötets öppnande', '12. Val av justerare', '',
        'Punkt 1: Mötets öppnande', 'Beslut: Mötet öppnas.', ''
    ].join('\n'));
    const lines = pageTexts(bytes)[0].split('\n');
    const at = lines.indexOf('Dagordning');
    expect(lines.slice(at + 1, at + 5)).toEqual(['1.', 'Mötets öppnande', '12.', 'Val av justerare']);
    const bulleted = pageTexts((await pdfOf('Minutes: Board\nDate: 2026-03-12\nAgenda:\n- Opening\n\nItem 1: Opening\nDecision: Opened.\n')).bytes)[0].split('\n');
    expect(bulleted.slice(bulleted.indexOf('Agenda') + 1, bulleted.indexOf('Agenda') + 3)).toEqual(['•', 'Opening']);
});

describe('hostile content', async () => {
    test('every payload shows literally, in the text and in the metadata, and nothing runs', async () => {
        for (const payload of PAYLOADS) {
            const { source, slots } = documentFor(payload.text);
            const { bytes, latin1 } = await pdfOf(source);
            const text = squeeze(pageTexts(bytes).join('\n'));
            for (const slot of slots) expect(text, `${payload.name}: ${slot}`).toContain(squeeze(visibleText(slot)));
            for (const marker of ACTIVE) expect(latin1.includes(marker), `${payload.name}: ${marker}`).toBe(false);
            const xmp = pdfObjects(bytes).find(o => o.dictionary.includes('/Type /Metadata'))?.stream?.toString('utf8') ?? '';
            // The title (slot 1) is in the XMP escaped: the XML around it stays intact.
            expect(xmp.match(/<dc:title>/g), payload.name).toHaveLength(1);
            expect(xmp, payload.name).toContain('<pdfuaid:part>1</pdfuaid:part>');
            expect(xmp.includes('<script'), payload.name).toBe(false);
        }
    }, 120_000);
});
