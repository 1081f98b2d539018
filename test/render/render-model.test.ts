import { describe, expect, test } from 'vitest';
import { buildRenderModel, type Block } from '../../language/render/render-model.js';
import { ENGLISH_MINUTES_FILE, parse, readExample, SWEDISH_MINUTES_FILE } from './render-helpers.js';

describe('buildRenderModel on the English fixture', async () => {
    const doc = await parse(readExample(ENGLISH_MINUTES_FILE));
    const model = buildRenderModel(doc);

    test('title, language, kind and the meeting date in words and as written', () => {
        expect(model).toMatchObject({ lang: 'en', protocol: false, title: 'Northgate Rowing Club, committee', meetingDateIso: '2026-02-10' });
        expect(model.meetingDate).toBe('Tuesday 10 February 2026, 18.00–19.45');
        expect(model.header.kind).toBe('Minutes');
        expect(model.header.facts.map(f => `${f.label}: ${f.value}`)).toEqual([
            'Body: Northgate Rowing Club committee', 'Date: Tuesday 10 February 2026, 18.00–19.45', 'Place: Clubroom, Northgate boathouse'
        ]);
    });

    test('attendance: people with their organisation, the roles with resolved names', () => {
        expect(model.attendance?.groups[0].entries.map(e => e.kind === 'person' ? `${e.name}|${e.info ?? ''}` : e.text)).toEqual([
            'Maya Holt|club captain', 'Oliver Grant|treasurer', 'Nadia Petrova|Northgate Rowing Trust', 'Tomas Ruiz|', "Lena Fischer|coaches' representative"
        ]);
        expect(model.attendance?.groups.map(g => `${g.group}: ${g.heading}`)).toEqual(['present: Present', 'absent: Absent']);
        expect(model.attendance?.roles.map(r => [r.role, r.label, r.names.map(n => n.text).join(', ')])).toEqual([
            ['chair', 'Chair', 'Maya Holt'], ['secretary', 'Secretary', 'Lena Fischer'], ['adjuster', 'Adjuster', 'Nadia Petrova']
        ]);
    });

    test('items: labels, titles and their blocks in source order', () => {
        expect(model.items.map(i => `${i.label} ${i.title}`)).toEqual([
            'Item 1 Minutes of the last meeting', 'Item 2 Boat repairs', 'Item 3 Spring regatta', 'Item 4 Any other business'
        ]);
        expect(model.items[1].blocks.map((b: Block) => b.kind)).toEqual(['paragraph', 'bullets', 'decision', 'actions']);
        const decision = model.items[1].blocks[2];
        expect(decision).toEqual({ kind: 'decision', label: 'Decision', clauses: [], line: undefined, text: 'The rigger is repaired at Dockside Boatyard this month.' });
        const actions = model.items[2].blocks.find(b => b.kind === 'actions');
        expect(actions?.kind === 'actions' && actions.rows[0]).toMatchObject({
            task: 'Send the regatta invitation to the neighbouring clubs.', due: '24 February 2026',
            owners: [{ text: 'Tomas Ruiz', resolved: true }, { text: 'Nadia Petrova', resolved: true }]
        });
    });

    test('trailer, signatures and summary', () => {
        expect(model.trailer.map(s => s.kind)).toEqual(['next', 'closing']);
        expect(model.trailer[1].text).toBe('The chair closed the meeting at 19.45.');
        expect(model.signatures?.signatures.map(s => `${s.role}: ${s.name.text}`)).toEqual(['Respectfully submitted: Lena Fischer', 'Approved by: Nadia Petrova']);
        expect(model.summary?.decisions?.rows.map(r => r.item.label)).toEqual(['Item 1', 'Item 2']);
        expect(model.summary?.actions?.rows.map(r => r.item?.label)).toEqual(['Item 2', 'Item 3']);
    });

    test('source lines only when asked for', () => {
        expect(model.items[0].line).toBeUndefined();
        const withLines = buildRenderModel(doc, { sourceLines: true });
        expect(withLines.header.line).toBe(0);
        expect(withLines.items[0].line).toBe(18);
    });

    test('the problem counts travel with the model', () => {
        expect(model.problems).toBeUndefined();
        expect(buildRenderModel(doc, { problems: { errors: 2, warnings: 1 } }).problems).toEqual({ errors: 2, warnings: 1 });
    });
});

describe('buildRenderModel on other documents', () => {
    test('Swedish notes: labels in Swedish', async () => {
        const model = buildRenderModel(await parse(readExample(SWEDISH_MINUTES_FILE)));
        expect(model.lang).toBe('sv');
        expect(model.header.kind).toBe('Minnesanteckningar');
        expect(model.attendance?.heading).toBe('Närvaro');
    });

    test('a protocol without a title takes its kind as title; § items keep their §; unresolved names are marked', async () => {
        const model = buildRenderModel(await parse([
            'Protokoll:', 'Tid: 2026-03-12', '', 'Närvarande:', '- Anna Berg', '', 'Ordförande: Anna Berg', 'Sekreterare: Okänd Person', '',
            '§ 14: Budget', 'Beslut: Budgeten fastställs.', ''
        ].join('\n')));
        expect(model.title).toBe('Protokoll');
        expect(model.header.title).toBeUndefined();
        expect(model.items[0].label).toBe('§ 14');
        expect(model.attendance?.roles.find(r => r.role === 'secretary')?.names).toEqual([{ text: 'Okänd Person', resolved: false }]);
        expect(model.signatures?.signatures.map(s => s.role)).toEqual(['Vid protokollet', 'Ordförande']);
    });
});
