import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import {
    buildDocument, compareDiagnostics, createMinutesCoreServices, errorCount, isError, severityName
} from '../../language/index.js';
import { check, summary } from './helpers.js';

const at = (line: number, character: number, severity?: 1 | 2 | 3 | 4) =>
    ({ range: { start: { line, character }, end: { line, character: character + 1 } }, severity });

describe('severity', () => {
    test('LSP severities 1–4 are error, warning, info and hint; a missing one is an error', () => {
        expect([1, 2, 3, 4, undefined].map(severity => severityName({ severity: severity as 1 | 2 | 3 | 4 | undefined })))
            .toEqual(['error', 'warning', 'info', 'hint', 'error']);
        expect([isError({ severity: 1 }), isError({}), isError({ severity: 2 })]).toEqual([true, true, false]);
    });

    test('errorCount counts errors and diagnostics without a severity, not warnings or hints', () => {
        expect(errorCount([{ severity: 1 }, {}, { severity: 2 }, { severity: 4 }])).toBe(2);
    });
});

describe('document order', () => {
    test('by line, then column, then an error before a warning on the same spot', () => {
        const sorted = [at(3, 0, 2), at(1, 5), at(1, 2, 2), at(1, 2, 1), at(0, 9)].sort(compareDiagnostics);
        expect(sorted.map(d => `${d.range.start.line}:${d.range.start.character}/${d.severity ?? '-'}`))
            .toEqual(['0:9/-', '1:2/1', '1:2/2', '1:5/-', '3:0/2']);
    });

    test("a document's diagnostics come in document order, whichever check found them", async () => {
        // Found by three checks in the order structure (line 25), dates (line 2), persons (line 15).
        const text = `Minnesanteckningar: Styrelsemöte
Tid: onsdag 2022-10-06 kl. 13.00
Plats: Lokalen

Deltagare:
- Anna Andersson, ordförande
- Bo Berg, kassör

Ordförande: Anna Andersson
Sekreterare: Bo Berg
Justerare: Cecilia Ek

Punkt 1: Budget
Uppdrag: Ta in offerter.
Ansvarig: Bo Berg
Senast: snarast
`;
        const { diagnostics } = await check(text);
        expect(summary(diagnostics)).toEqual(['weekday-mismatch@2:6-2:12', 'person-unknown@11:12-11:22', 'syntax@16:9-16:16']);
    });
});

describe('buildDocument', () => {
    test('parses, links and validates one text and adds it to the workspace', async () => {
        const { shared } = createMinutesCoreServices(EmptyFileSystem, { messageLanguage: 'en' });
        const uri = URI.parse('memory:///build-document.minutes');
        const document = await buildDocument(shared, 'Minutes: Board\nDate: 2026-03-12\n\nPresent:\n- Ann Lee, chair\n\nAdjuster: Carl Berg\n', uri);
        expect(shared.workspace.LangiumDocuments.getDocument(uri)).toBe(document);
        expect(document.parseResult.value.$type).toBe('Document');
        // The adjuster is linked against the present persons: the validator reports the one nobody listed.
        expect(summary(document.diagnostics ?? [])).toEqual(['person-unknown@7:11-7:20']);
    });
});
