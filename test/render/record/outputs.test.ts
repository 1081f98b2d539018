/**
 * The formal record's outputs as render models (language/render/outputs.ts): the notice of
 * approval, extracts, the public version and the internal version's marker, from the second
 * edition's fixtures and the long record protocols, in both languages.
 */
import { describe, expect, test } from 'vitest';
import type { Document } from '../../../language/generated/ast.js';
import { buildOutput, type OutputRequest } from '../../../language/render/outputs.js';
import { selectItems } from '../../../language/render/extract.js';
import type { PersonEntry, RenderModel } from '../../../language/render/render-model.js';
import { SECOND_EDITION_ENGLISH, SECOND_EDITION_SWEDISH } from '../../fixtures/fixtures.js';
import { RECORD_IDENTITY_NUMBERS, recordProtocol } from '../../fixtures/record-protocol.js';
import { parse } from '../render-helpers.js';

function ok(doc: Document, request: OutputRequest, viewLang: 'sv' | 'en' = 'sv'): { model: RenderModel; fileSuffix?: string } {
    const outcome = buildOutput(doc, request, { viewLang });
    if (!outcome.ok) throw new Error(`refused: ${outcome.refusal}`);
    return outcome;
}

function refusal(doc: Document, request: OutputRequest, viewLang: 'sv' | 'en' = 'sv'): string {
    const outcome = buildOutput(doc, request, { viewLang });
    if (outcome.ok) throw new Error('not refused');
    return outcome.refusal;
}

/** Every text of a model, as one string (what any back end can draw). */
function allText(model: RenderModel): string {
    const out: string[] = [];
    const walk = (value: unknown): void => {
        if (typeof value === 'string') out.push(value);
        else if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(model);
    return out.join('\n');
}

const ekby = await parse(SECOND_EDITION_SWEDISH);
const harbor = await parse(SECOND_EDITION_ENGLISH);

describe('the notice of approval', () => {
    test('says the body, the meeting, its §, the approval, posting and taking down, where the protocol is kept, and how to appeal', () => {
        const { model, fileSuffix } = ok(ekby, { kind: 'notice' });
        expect(fileSuffix).toBe('anslag');
        expect(model.lang).toBe('sv');
        expect(model.title).toBe('Anslag: Kommunstyrelsen, 10 mars 2026');
        expect(model.header.kind).toBe('Anslag');
        expect(model.header.title).toBe('Tillkännagivande om justerat protokoll');
        expect(model.header.facts.map(f => `${f.label}: ${f.value}`)).toEqual([
            'Organ: Kommunstyrelsen',
            'Sammanträdesdatum: tisdag 10 mars 2026',
            'Paragrafer: § 21–26',
            'Datum för justering: torsdag 12 mars 2026',
            'Anslaget sätts upp: fredag 13 mars 2026',
            // Three weeks after posting, when the appeal period ends (KL 13 kap. 5 §).
            'Anslaget tas ned: fredag 3 april 2026',
            'Förvaringsplats för protokollet: Kommunledningskontoret'
        ]);
        expect(model.preamble.map(b => b.kind === 'paragraph' ? b.text : '')).toEqual([
            'Protokollet från sammanträdet den 10 mars 2026 är justerat. Justeringen tillkännages genom detta anslag.',
            'Den som vill överklaga ett beslut i protokollet genom laglighetsprövning enligt 13 kap. kommunallagen skickar överklagandet till ' +
            'förvaltningsrätten. Det ska ha kommit in dit inom tre veckor från den dag då justeringen tillkännagavs på anslagstavlan, det vill ' +
            'säga senast den 3 april 2026.'
        ]);
        expect(model.signatures?.signatures.map(s => `${s.role}: ${s.name.text}`)).toEqual(['Sekreterare: Petra Wik']);
        expect(model.items).toEqual([]);
    });

    test('takes the place after the Anslag date when there is no Förvaringsplats, in English too', async () => {
        const sv = await parse(SECOND_EDITION_SWEDISH.replace('Förvaringsplats: Kommunledningskontoret\n', ''));
        expect(ok(sv, { kind: 'notice' }).model.header.facts.at(-1)).toEqual({ label: 'Förvaringsplats för protokollet', value: 'Kommunhuset' });
        // The minutes' header says so too (with a Förvaringsplats line, that place is only a place).
        expect(ok(sv, { kind: 'minutes' }).model.header.facts.map(f => `${f.label}: ${f.value}`)).toContain('Förvaringsplats: Kommunhuset');
        const en = await parse(recordProtocol('en', { items: 5 }));
        const { model, fileSuffix } = ok(en, { kind: 'notice' }, 'en');
        expect(fileSuffix).toBe('notice');
        expect(model.header.title).toBe('Notice of approved minutes');
        expect(model.header.facts.map(f => f.label)).toEqual([
            'Body', 'Date of meeting', 'Items', 'Date of approval', 'Posted on', 'Taken down on', 'Minutes kept at'
        ]);
        expect(allText(model)).toContain('by judicial review (laglighetsprövning, chapter 13 of the Swedish Local Government Act)');
    });

    test('is refused, naming what is missing, in the reader\'s language with the document\'s keywords', async () => {
        const noApproval = await parse(SECOND_EDITION_SWEDISH.replace('Justering: torsdag 2026-03-12, Kommunhuset\n', ''));
        expect(refusal(noApproval, { kind: 'notice' })).toBe(
            'Anslaget kan inte skapas: protokollet saknar ett datum för justering (en rad som "Justering: 2026-02-24").');
        const nothing = await parse(SECOND_EDITION_SWEDISH.replace(/Justering: .*\nAnslag: .*\nFörvaringsplats: .*\n/u, 'Justering: vid nästa möte\n'));
        expect(refusal(nothing, { kind: 'notice' }, 'en')).toBe(
            'No notice can be made: the minutes lack a date of approval (a line such as "Justering: 2026-02-24") and the date of posting ' +
            '(a line such as "Anslag: 2026-02-26, Town Hall").');
        const noPlace = await parse(SECOND_EDITION_SWEDISH.replace('Anslag: fredag 2026-03-13, Kommunhuset', 'Anslag: fredag 2026-03-13')
            .replace('Förvaringsplats: Kommunledningskontoret\n', ''));
        expect(refusal(noPlace, { kind: 'notice' })).toBe('Anslaget kan inte skapas: protokollet saknar förvaringsplatsen för protokollet ' +
            '(efter datumet i "Anslag:" eller på en rad "Förvaringsplats: …").');
        expect(refusal(harbor, { kind: 'notice' }, 'en')).toContain('the date of posting (a line such as "Posted: 2026-02-26, Town Hall")');
    });

    test('masks identity numbers: a notice is public', async () => {
        const doc = await parse(SECOND_EDITION_SWEDISH.replace('Förvaringsplats: Kommunledningskontoret', 'Förvaringsplats: Kansliet, handläggare 811228-9874'));
        const text = allText(ok(doc, { kind: 'notice' }).model);
        expect(text).toContain('Kansliet, handläggare [personnummer]');
        expect(text).not.toContain('811228-9874');
    });
});

describe('extracts', () => {
    test('the items named, in document order; ranges take sub-items; unknown items and nonsense are refused', () => {
        const numbers = (value: string) => {
            const selection = selectItems(ekby, value);
            return selection.ok ? selection.items.map(item => item.number) : selection;
        };
        expect(numbers('§ 23')).toEqual(['23']);
        expect(numbers('§ 26, 23')).toEqual(['23', '26']);
        expect(numbers('§§ 24–25')).toEqual(['24', '25', '25.1', '25.2']);
        expect(numbers('25.1 och 21')).toEqual(['21', '25.1']);
        expect(numbers('§ 27, 28')).toEqual({ ok: false, reason: 'unknown', missing: ['27', '28'] });
        expect(numbers('budgeten')).toEqual({ ok: false, reason: 'no-items' });
        expect(numbers('')).toEqual({ ok: false, reason: 'no-items' });
        expect(refusal(ekby, { kind: 'extract', items: '§ 27' })).toBe('Dokumentet har ingen § 27; det har § 21–26.');
        expect(refusal(harbor, { kind: 'extract', items: 'Item 9' }, 'en')).toBe('The minutes have no Item 9; they have Item 1–5.');
        expect(refusal(ekby, { kind: 'extract', items: 'budgeten' })).toBe(
            '"budgeten" anger ingen punkt; skriv till exempel --extract "§ 14" eller --extract "§ 14, 16".');
    });

    test('an extract: its kind, the header with the approval, who took part, the item whole, and the certification', () => {
        const { model, fileSuffix } = ok(ekby, { kind: 'extract', items: '§ 23' });
        expect(fileSuffix).toBe('utdrag-23');
        expect(model.title).toBe('Utdrag: Kommunstyrelsen i Ekby kommun, § 23');
        expect(model.header.kind).toBe('Protokollsutdrag');
        expect(model.header.title).toBe('Kommunstyrelsen i Ekby kommun');
        expect(model.header.facts.map(f => f.label)).toEqual(['Organ', 'Tid', 'Plats', 'Ajournering', 'Justering', 'Plats', 'Anslag', 'Plats', 'Förvaringsplats']);
        expect(model.attendance).toBeUndefined();
        expect(model.summary).toBeUndefined();
        expect(model.items.map(item => `${item.label} ${item.title}`)).toEqual(['§ 23 Detaljplan för Ekby centrum']);
        const [, , ...rest] = model.items[0].blocks;
        expect(rest.map(block => block.kind)).toEqual(['statement', 'statement', 'statement', 'vote', 'decision', 'statement', 'attachment']);
        expect(model.signatures).toEqual({
            heading: 'Utdragsbestyrkande', statement: 'Utdraget stämmer överens med protokollet.',
            signatures: [{ role: 'Sekreterare', name: { text: 'Petra Wik', resolved: true }, line: undefined }]
        });
        expect(model.marker).toBeUndefined();
    });

    /** An entry as the page writes it: `Jonas Ek (S), för Fatima Ali (S) § 25–26`. */
    const personLine = (e: PersonEntry) => {
        if (e.kind === 'written') return e.text;
        const serving = e.serving && [e.serving.word, e.serving.member?.text, e.serving.member?.short, e.serving.range].filter(Boolean).join(' ');
        return [[e.name, e.short, ...(e.ranges ?? [])].filter(Boolean).join(' '), e.info, serving].filter(Boolean).join(', ');
    };

    test('who took part in an item: who may decide there and the others present for it, less those with Jäv there', () => {
        const people = (items: string) => ok(ekby, { kind: 'extract', items }).model.items[0].blocks
            .flatMap(block => block.kind === 'people'
                ? [[block.list.heading, ...block.list.entries.map(personLine)]]
                : []);
        // § 23: Ivar Dahl has Jäv (the item's own Jäv line says so); Jonas Ek serves for Fatima Ali only in § 25–26,
        // so here he is present without a vote; Rune Ask was there for § 22 only.
        expect(people('§ 23')).toEqual([
            ['Beslutande', 'Lena Holm (S), ordförande', 'Erik Sand (M), vice ordförande', 'Fatima Ali (S) (§ 21–24)', 'Göran Lind (C)', 'Hanna Berg (V)',
                'Karin Lund (L), ersätter Mats Nord (L)'],
            ['Övriga närvarande', 'Jonas Ek (S), för Fatima Ali (S) § 25–26', 'Nils Ahl (MP)', 'Olle Strand, kommundirektör', 'Petra Wik, nämndsekreterare']
        ]);
        // § 25: Fatima Ali has left; Jonas Ek serves for her.
        expect(people('§ 25')[0]).toEqual(['Beslutande', 'Lena Holm (S), ordförande', 'Erik Sand (M), vice ordförande', 'Göran Lind (C)',
            'Hanna Berg (V)', 'Ivar Dahl (KD)', 'Jonas Ek (S), för Fatima Ali (S) § 25–26', 'Karin Lund (L), ersätter Mats Nord (L)']);
        expect(people('§ 22')[1]).toContain('Rune Ask (§ 22), ekonomichef');
    });

    test('an extract of a confidential item is internal; its public version withholds it', () => {
        expect(ok(ekby, { kind: 'extract', items: '§ 24' }).model.marker).toEqual({ kind: 'internal', text: 'Intern version' });
        const { model, fileSuffix } = ok(ekby, { kind: 'extract', items: '§ 24', public: true });
        expect(fileSuffix).toBe('utdrag-24-offentlig');
        expect(model.items[0].blocks).toEqual([{ kind: 'withheld', text: 'Paragrafen innehåller uppgifter som omfattas av sekretess (OSL 19 kap. 1 §).', line: undefined }]);
        expect(model.marker).toEqual({ kind: 'public', text: 'Offentlig version' });
    });

    test('an English extract of several items', () => {
        const { model, fileSuffix } = ok(harbor, { kind: 'extract', items: 'items 2 and 4' }, 'en');
        expect(fileSuffix).toBe('extract-2-4');
        expect(model.header.kind).toBe('Extract from the minutes');
        expect(model.items.map(item => item.label)).toEqual(['Item 2', 'Item 4']);
        expect(model.signatures?.heading).toBe('Certified extract');
    });
});

describe('the public version and the internal version', () => {
    test('the full version of minutes with a confidential item says Intern version; without one it says nothing', async () => {
        expect(ok(ekby, { kind: 'minutes' }).model.marker).toEqual({ kind: 'internal', text: 'Intern version' });
        expect(ok(harbor, { kind: 'minutes' }, 'en').model.marker).toEqual({ kind: 'internal', text: 'Internal version' });
        const open = await parse(SECOND_EDITION_SWEDISH.replace('Sekretess: OSL 19 kap. 1 §\n', ''));
        expect(ok(open, { kind: 'minutes' }).model.marker).toBeUndefined();
        // An identity number anywhere, a comment included, makes the full version internal.
        const commented = await parse(SECOND_EDITION_SWEDISH.replace('Sekretess: OSL 19 kap. 1 §\n', '// köpare 811228-9874\n'));
        expect(ok(commented, { kind: 'minutes' }).model.marker?.kind).toBe('internal');
    });

    test('confidential items show their heading and the ground as written; nothing of them reaches the summary', () => {
        const { model, fileSuffix } = ok(ekby, { kind: 'minutes', public: true });
        expect(fileSuffix).toBe('offentlig');
        expect(model.marker).toEqual({ kind: 'public', text: 'Offentlig version' });
        const item = model.items.find(i => i.label === '§ 24')!;
        expect(item.title).toBe('Försäljning av fastighet');
        expect(item.blocks).toEqual([{ kind: 'withheld', text: 'Paragrafen innehåller uppgifter som omfattas av sekretess (OSL 19 kap. 1 §).', line: undefined }]);
        const text = allText(model);
        for (const secret of ['Ekby 1:23', 'högstbjudande', 'Vänsterpartiet anser']) expect(text).not.toContain(secret);
        expect(text).toContain('Kommunstyrelsen antar detaljplanen för Ekby centrum.');
    });

    test('the English public version, a confidential item without a ground', async () => {
        const { model } = ok(harbor, { kind: 'minutes', public: true }, 'en');
        expect(allText(model)).toContain('This item contains confidential information (personnel matter).');
        const noGround = await parse(SECOND_EDITION_ENGLISH.replace('Confidential: personnel matter', 'Confidential:'));
        expect(allText(ok(noGround, { kind: 'minutes', public: true }, 'en').model)).toContain('This item contains confidential information.');
    });

    test('no identity number anywhere in the public version: title, names, places, prose, fenced blocks', async () => {
        const text = SECOND_EDITION_SWEDISH
            .replace('Protokoll: Kommunstyrelsen i Ekby kommun', 'Protokoll: Kommunstyrelsen 811228-9874')
            .replace('- Olle Strand, kommundirektör', '- Olle Strand, kommundirektör, 19121212-1212')
            .replace('Plats: Kommunhuset, sammanträdesrum Eken', 'Plats: Kommunhuset 701063-2391')
            .replace('Kommunstyrelsen     12,4            12,1', 'Kommunstyrelsen 811228+9874 12,1');
        const { model } = ok(await parse(text), { kind: 'minutes', public: true });
        const all = allText(model);
        for (const number of ['811228-9874', '19121212-1212', '701063-2391', '811228+9874']) expect(all).not.toContain(number);
        expect(model.title).toBe('Kommunstyrelsen [personnummer]');
        expect(all).toContain('Olle Strand');
    });

    test('the long protocols: every confidential item withheld, every identity number masked, in both languages', async () => {
        for (const lang of ['sv', 'en'] as const) {
            const doc = await parse(recordProtocol(lang));
            const full = ok(doc, { kind: 'minutes' }, lang).model;
            expect(full.items).toHaveLength(40);
            expect(allText(full)).toContain(RECORD_IDENTITY_NUMBERS.open);
            const { model } = ok(doc, { kind: 'minutes', public: true }, lang);
            const all = allText(model);
            expect(all).not.toContain(RECORD_IDENTITY_NUMBERS.confidential);
            expect(all).not.toContain(RECORD_IDENTITY_NUMBERS.open);
            expect(model.items.filter(item => item.blocks[0]?.kind === 'withheld')).toHaveLength(5);
        }
    });
});
