/**
 * The PDF's pages (issue 14, point 1), for every output of the formal record: the running
 * header (title and meeting date) and the foot («Sida 2 av 5», the version) on every page of the
 * long protocols in both languages, table rows never split across pages, the signature block —
 * heading, statement and signatures — whole on the last page wherever the text before it ends,
 * «Intern version» on every page of minutes whose only secret is an identity number, and the
 * metadata (title, subject with the body when the title does not name it and the meeting's date,
 * keywords with the kind).
 * test/pdf/check.mjs checks the same on every PDF with poppler and qpdf.
 */
import { describe, expect, test } from 'vitest';
import type { Document } from '../../language/generated/ast.js';
import { buildOutput, type OutputRequest } from '../../language/render/outputs.js';
import type { RenderModel } from '../../language/render/render-model.js';
import { renderPdf } from '../../pdf/render-pdf.js';
import { ENGLISH_MINUTES, SECOND_EDITION_ENGLISH, SECOND_EDITION_SWEDISH } from '../fixtures/fixtures.js';
import { recordProtocol } from '../fixtures/record-protocol.js';
import { parse } from '../render/render-helpers.js';
import { pageTexts, pdfObjects } from './pdf-text.js';

const FIXED = new Date('2026-03-12T20:00:00Z');
const squeeze = (text: string) => text.replace(/\s+/gu, '');

/** The model of an output, with the summary of decisions and actions (a Protokoll has none by default). */
function modelOf(doc: Document, request: OutputRequest): RenderModel {
    const outcome = buildOutput(doc, request, { viewLang: 'sv', summary: true });
    if (!outcome.ok) throw new Error(outcome.refusal);
    return outcome.model;
}

async function pagesOf(model: RenderModel): Promise<{ texts: string[]; bytes: Uint8Array }> {
    const bytes = await renderPdf(model, { creationDate: FIXED });
    return { texts: pageTexts(bytes), bytes };
}

/** Every row of every table the model has, as its cells' text in order. */
function tableRows(model: RenderModel): string[] {
    const names = (list: readonly { text: string }[]) => list.map(name => name.text).join(', ');
    const rows: string[] = [];
    for (const block of model.items.flatMap(item => item.blocks)) {
        if (block.kind === 'actions') rows.push(...block.rows.map(row => `${row.task}${names(row.owners)}${row.due ?? ''}`));
        if (block.kind === 'vote') rows.push(...block.rows.map(row => `${row.choice}${row.count}${names(row.names)}`));
    }
    for (const row of model.summary?.actions?.rows ?? []) rows.push(`${row.task}${row.item ? `${row.item.label}${row.item.title ?? ''}` : ''}${names(row.owners)}${row.due ?? ''}`);
    return rows;
}

describe('the long record protocols, every output', async () => {
    for (const lang of ['sv', 'en'] as const) {
        const doc = await parse(recordProtocol(lang));
        const labels = modelOf(doc, { kind: 'minutes' }).items.map(item => item.label);
        const requests: OutputRequest[] = [{ kind: 'minutes' }, { kind: 'minutes', public: true },
            { kind: 'extract', items: `${labels[0]}–${labels[11].replace(/^\D+/u, '')}` }, { kind: 'notice' }];
        for (const request of requests) {
            test(`${lang}, ${JSON.stringify(request)}: the title and date at the top of every page, «${lang === 'sv' ? 'Sida' : 'Page'} n» and the version at its foot`, async () => {
                const model = modelOf(doc, request);
                const { texts } = await pagesOf(model);
                expect(texts.length).toBeGreaterThanOrEqual(request.kind === 'notice' ? 1 : request.kind === 'extract' ? 3 : 20);
                if (request.kind === 'extract') expect(model.items).toHaveLength(12);
                expect(model.meetingDate).toMatch(/\d{4}/);
                const marker = model.marker?.text;
                expect(marker === undefined).toBe(request.kind === 'notice');
                texts.forEach((text, i) => {
                    // The furniture is drawn last on each page: the title, the date, the page number, the version.
                    const furniture = [model.title, model.meetingDate, lang === 'sv' ? `Sida ${i + 1} av ${texts.length}` : `Page ${i + 1} of ${texts.length}`,
                        ...(marker ? [marker] : [])];
                    const drawn = text.split('\n').slice(-furniture.length);
                    // A title too long for the line beside the date is cut short with an ellipsis.
                    if (drawn[0] !== model.title && drawn[0].endsWith('…') && model.title.startsWith(drawn[0].slice(0, -1))) drawn[0] = model.title;
                    expect(drawn, `page ${i + 1}`).toEqual(furniture);
                });
            }, 60_000);
        }
    }
});

describe('table rows', () => {
    test('an action table longer than a page: no row split across pages, in the items or the summary', async () => {
        const task = (i: number) => `Uppdrag ${i}: ${'utred frågan och återkom med ett förslag till nämnden, '.repeat(1 + (i % 4))}senast i maj.`;
        const source = ['Protokoll: Nämnden', 'Tid: torsdag 2026-03-12', '', 'Närvarande:', '- Anna Berg', '- Bo Ek', '', '§ 1: Uppdrag',
            ...Array.from({ length: 40 }, (_, i) => [`Uppdrag: ${task(i + 1)}`, 'Ansvarig: Anna Berg, Bo Ek', 'Klart: 2026-05-29']).flat(), ''].join('\n');
        const model = modelOf(await parse(source), { kind: 'minutes' });
        const { texts } = await pagesOf(model);
        const rows = tableRows(model);
        expect(rows).toHaveLength(80);
        expect(texts.length).toBeGreaterThanOrEqual(6);
        const pages = texts.map(squeeze);
        for (const row of rows) expect(pages.some(page => page.includes(squeeze(row))), row).toBe(true);
    }, 60_000);

    test('the tables of the long protocol (votes, the summary\'s actions): every row on one page', async () => {
        const model = modelOf(await parse(recordProtocol('sv')), { kind: 'minutes' });
        const pages = (await pagesOf(model)).texts.map(squeeze);
        const rows = tableRows(model);
        expect(rows.length).toBeGreaterThan(10);
        for (const row of rows) expect(pages.some(page => page.includes(squeeze(row))), row).toBe(true);
    }, 60_000);
});

describe('the signature block', () => {
    // Prose of a growing length before the block, so that it falls at every height of the page once.
    const filler = (lines: number) => Array.from({ length: lines }, (_, i) => `Rad ${i + 1} av texten före underskrifterna, lång nog för en hel rad i PDF-filen.`);

    test('the certification of an extract — heading, statement and secretary — is whole on the last page, wherever the text ends', async () => {
        for (let lines = 20; lines <= 62; lines += 3) {
            const doc = await parse(SECOND_EDITION_SWEDISH.replace('§ 22: Budgetuppföljning februari\n', `§ 22: Budgetuppföljning februari\n${filler(lines).join('\n\n')}\n`));
            const model = modelOf(doc, { kind: 'extract', items: '§ 22' });
            const { texts } = await pagesOf(model);
            const block = model.signatures!;
            expect(squeeze(texts.at(-1)!), `${lines} lines`).toContain(squeeze(`${block.heading}\n${block.statement}\n${block.signatures[0].role}\n${block.signatures[0].name.text}`));
        }
    }, 120_000);

    test('under Robert\'s Rules the approval line closes the block on the same last page, wherever the text ends', async () => {
        const english = (lines: number) => Array.from({ length: lines }, (_, i) => `Line ${i + 1} of the text before the signatures, long enough to fill a whole line of the PDF.`);
        for (let lines = 20; lines <= 80; lines += 2) {
            const doc = await parse(SECOND_EDITION_ENGLISH.replace("Item 2: Auditor's report\n", `Item 2: Auditor's report\n${english(lines).join('\n\n')}\n`));
            const outcome = buildOutput(doc, { kind: 'minutes' }, { viewLang: 'en' });
            if (!outcome.ok) throw new Error(outcome.refusal);
            const { texts } = await pagesOf(outcome.model);
            const block = outcome.model.signatures!;
            expect(block.approval, 'the approval line').toBeTruthy();
            const last = squeeze(texts.at(-1)!);
            expect(last, `${lines} lines`).toContain(squeeze(block.heading));
            expect(last, `${lines} lines`).toContain(squeeze(block.approval!));
        }
    }, 120_000);

    test('the minutes\' signatures with their heading on the last page, wherever the text ends', async () => {
        for (let lines = 30; lines <= 72; lines += 3) {
            const doc = await parse(SECOND_EDITION_SWEDISH.replace('§ 21: Val av justerare\n', `§ 21: Val av justerare\n${filler(lines).join('\n\n')}\n`));
            const model = modelOf(doc, { kind: 'minutes' });
            const { texts } = await pagesOf(model);
            const block = model.signatures!;
            const last = squeeze(texts.at(-1)!);
            expect(last, `${lines} lines`).toContain(squeeze(block.heading));
            for (const signature of block.signatures) expect(last, `${lines} lines`).toContain(squeeze(signature.name.text));
        }
    }, 120_000);
});

test('minutes whose only secret is an identity number say «Intern version» on every page', async () => {
    const doc = await parse(recordProtocol('sv').replace(/^Sekretess: .*\n/gmu, '').replace(/```\n19121212-1212 .*\n```/u, '```\nutdrag\n```'));
    const model = modelOf(doc, { kind: 'minutes' });
    expect(model.items.some(item => item.blocks.some(block => block.kind === 'confidential'))).toBe(false);
    const { texts } = await pagesOf(model);
    expect(texts.length).toBeGreaterThan(20);
    texts.forEach((text, i) => expect(text.split('\n').at(-1), `page ${i + 1}`).toBe('Intern version'));
}, 60_000);

test('the metadata: the title, the subject with the meeting\'s date, the kind as keywords, in the information and the XMP', async () => {
    const doc = await parse(SECOND_EDITION_SWEDISH);
    const cases: Array<[OutputRequest, string, string]> = [
        [{ kind: 'minutes' }, 'Kommunstyrelsen i Ekby kommun', 'Protokoll'],
        [{ kind: 'extract', items: '§ 23' }, 'Utdrag: Kommunstyrelsen i Ekby kommun, § 23', 'Protokollsutdrag'],
        [{ kind: 'notice' }, 'Anslag: Kommunstyrelsen, 10 mars 2026', 'Anslag']
    ];
    for (const [request, title, kind] of cases) {
        const model = modelOf(doc, request);
        const { bytes } = await pagesOf(model);
        const latin1 = Buffer.from(bytes).toString('latin1');
        const subject = `${title}, ${model.meetingDate}`;
        expect(subject).toMatch(/tisdag 10 mars 2026/);
        const xmp = pdfObjects(bytes).find(o => o.dictionary.includes('/Type /Metadata'))?.stream?.toString('utf8') ?? '';
        expect(xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>`);
        expect(xmp).toContain(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${subject}</rdf:li></rdf:Alt></dc:description>`);
        expect(xmp).toContain(`<pdf:Keywords>${kind}</pdf:Keywords>`);
        expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>sv</rdf:li></rdf:Bag></dc:language>');
        // The information dictionary's strings are UTF-16 (non-ASCII titles) or plain: found either way through the XMP's twin.
        expect(/\/Subject \d+ 0 R/.test(latin1) && /\/Keywords \d+ 0 R/.test(latin1), 'Info /Subject and /Keywords').toBe(true);
    }
}, 60_000);

test('the metadata names the body that met when the title does not (Body: Northgate Rowing Club committee)', async () => {
    const doc = await parse(ENGLISH_MINUTES);
    const outcome = buildOutput(doc, { kind: 'minutes' }, { viewLang: 'en' });
    if (!outcome.ok) throw new Error(outcome.refusal);
    const model = outcome.model;
    expect(model.body).toBe('Northgate Rowing Club committee');
    expect(model.title).toBe('Northgate Rowing Club, committee');
    const { bytes } = await pagesOf(model);
    const xmp = pdfObjects(bytes).find(o => o.dictionary.includes('/Type /Metadata'))?.stream?.toString('utf8') ?? '';
    expect(xmp).toContain(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${model.title}, Northgate Rowing Club committee, ${model.meetingDate}</rdf:li></rdf:Alt></dc:description>`);
}, 60_000);
