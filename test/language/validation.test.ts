import { describe, expect, test } from 'vitest';
import { ALL_CODES, type DiagnosticCode, type Document, type MinutesAstType } from '../../language/index.js';
import type { DocumentChecks } from '../../language/minutes-validation-registry.js';
import { CHECK_LIMITS } from '../../language/minutes-lexer.js';
import { SERIES_CODES } from '../../language/series.js';
import { check, summary } from './helpers.js';
import { RIGHTS_CASES } from './rights/cases.js';

/** A clean Swedish meeting that each case below breaks in one way. */
const BASE = `Minnesanteckningar: Styrelsemöte i BRF Linden
Tid: torsdag 2022-10-06 kl. 13.00–13.45
Plats: Föreningslokalen

Deltagare:
- Anna Andersson, ordförande
- Bo Berg, kassör
- Cecilia Ek
- David Fors

Ej närvarande:
- Eva Gran

Ordförande: Anna Andersson
Sekreterare: Bo Berg
Justerare: Cecilia Ek

Punkt 1: Budget
Budgeten gicks igenom.

Beslut: Budgeten fastställs.

Uppdrag: Ta in offerter på fönsterbyte.
Ansvarig: David Fors
Senast: 2022-11-01

Punkt 2: Övrigt
- Inget övrigt.

Nästa möte: fredag 2022-10-28, Föreningslokalen
Justering: 2022-10-10
Avslutning: Ordföranden avslutar mötet.
`;

function replace(from: string, to: string, text = BASE): string {
    expect(text).toContain(from);
    return text.replace(from, to);
}

/** One document that must produce exactly `expected` (code@range), and a near miss that must not. */
interface Case {
    code: DiagnosticCode;
    name: string;
    text: string;
    expected: string[];
    severity?: 1 | 2;
    nearMiss: string;
}

const cases: Case[] = [
    {
        code: 'syntax', name: 'a date slot that is not a date',
        text: replace('Senast: 2022-11-01', 'Senast: snarast'),
        expected: ['syntax@25:9-25:16'],
        nearMiss: replace('Senast: 2022-11-01', 'Senast: 1 november 2022'),
    },
    {
        code: 'meeting-date-missing', name: 'no Tid line',
        text: replace('Tid: torsdag 2022-10-06 kl. 13.00–13.45\n', ''),
        expected: ['meeting-date-missing@1:21-1:46'],
        nearMiss: replace('Tid: torsdag 2022-10-06 kl. 13.00–13.45', 'Datum: 2022-10-06'),
    },
    {
        code: 'date-invalid', name: 'a day that does not exist',
        text: replace('Senast: 2022-11-01', 'Senast: 2022-11-31'),
        expected: ['date-invalid@25:9-25:19'],
        nearMiss: replace('Senast: 2022-11-01', 'Senast: 2022-11-30'),
    },
    {
        code: 'weekday-mismatch', name: 'the wrong weekday',
        text: replace('Tid: torsdag', 'Tid: onsdag'),
        expected: ['weekday-mismatch@2:6-2:12'],
        nearMiss: replace('Tid: torsdag', 'Tid: TORSDAGEN'),
    },
    {
        code: 'time-order', name: 'an end before the start',
        text: replace('13.00–13.45', '13.00–12.45'),
        expected: ['time-order@2:35-2:40'],
        nearMiss: replace('13.00–13.45', '13:00-13:01'),
    },
    {
        code: 'person-unknown', name: 'an owner nobody declared',
        text: replace('Ansvarig: David Fors', 'Ansvarig: Davíd Forsberg'),
        expected: ['person-unknown@24:11-24:25'],
        nearMiss: replace('Ansvarig: David Fors', 'Ansvarig: david   FORS'),
    },
    {
        code: 'person-duplicate', name: 'the same name twice',
        text: replace('- David Fors\n', '- David Fors\n- david fors, igen\n'),
        expected: ['person-duplicate@10:3-10:13'],
        nearMiss: replace('- David Fors\n', '- David Fors\n- David Forsberg\n'),
    },
    {
        code: 'person-present-and-absent', name: 'present and absent',
        text: replace('- Eva Gran\n', '- Eva Gran\n- David Fors\n'),
        expected: ['person-present-and-absent@13:3-13:13'],
        nearMiss: replace('- Eva Gran\n', '- Eva Gran\n- David Forsén\n'),
    },
    {
        code: 'adjuster-missing', name: 'no Justerare',
        text: replace('Justerare: Cecilia Ek\n', ''),
        expected: ['adjuster-missing@1:1-1:20'],
        severity: 2,
        nearMiss: replace('Justerare: Cecilia Ek\n', 'Justerare: Cecilia Ek, David Fors\n'),
    },
    {
        code: 'adjuster-not-present', name: 'an absent adjuster',
        text: replace('Justerare: Cecilia Ek', 'Justerare: Eva Gran'),
        expected: ['adjuster-not-present@16:12-16:20'],
        nearMiss: replace('Justerare: Cecilia Ek', 'Justerare: David Fors'),
    },
    {
        code: 'adjuster-is-secretary', name: 'the secretary adjusts',
        text: replace('Justerare: Cecilia Ek', 'Justerare: Bo Berg'),
        expected: ['adjuster-is-secretary@16:12-16:19'],
        nearMiss: replace('Sekreterare: Bo Berg', 'Sekreterare: David Fors', replace('Justerare: Cecilia Ek', 'Justerare: Bo Berg')),
    },
    {
        code: 'adjuster-is-chair', name: 'the chair adjusts',
        text: replace('Justerare: Cecilia Ek', 'Justerare: Cecilia Ek, Anna Andersson'),
        expected: ['adjuster-is-chair@16:24-16:38'],
        severity: 2,
        nearMiss: replace('Justerare: Cecilia Ek', 'Justerare: Cecilia Ek, David Fors'),
    },
    {
        code: 'chair-not-present', name: 'an absent chair',
        text: replace('Ordförande: Anna Andersson', 'Ordförande: Eva Gran'),
        expected: ['chair-not-present@14:13-14:21'],
        nearMiss: replace('Ordförande: Anna Andersson', 'Ordförande: David Fors'),
    },
    // people (LANGUAGE-2.md sections 2 and 7; more in test/language/persons.test.ts)
    {
        code: 'person-ambiguous', name: 'a first name that fits two persons',
        text: replace('Ansvarig: David Fors', 'Ansvarig: Anna', replace('- David Fors', '- David Fors\n- Anna Lind')),
        expected: ['person-ambiguous@25:11-25:15'],
        nearMiss: replace('Ansvarig: David Fors', 'Ansvarig: Anna Lind', replace('- David Fors', '- David Fors\n- Anna Lind')),
    },
    {
        code: 'attendance-item-unknown', name: 'an attendance range that names an item no item has',
        text: replace('- David Fors', '- David Fors (punkt 1–3)'),
        expected: ['attendance-item-unknown@9:23-9:24'],
        severity: 2,
        nearMiss: replace('- David Fors', '- David Fors (punkt 1–2)'),
    },
    {
        code: 'chair-range-overlap', name: 'two chairs for the same item',
        text: replace('Ordförande: Anna Andersson', 'Ordförande: Anna Andersson (punkt 1–2), Bo Berg (punkt 2)'),
        expected: ['chair-range-overlap@14:49-14:58'],
        nearMiss: replace('Ordförande: Anna Andersson', 'Ordförande: Anna Andersson (punkt 1), Bo Berg (punkt 2)'),
    },
    {
        code: 'secretary-not-present', name: 'an absent secretary',
        text: replace('Sekreterare: Bo Berg', 'Sekreterare: Eva Gran'),
        expected: ['secretary-not-present@15:14-15:22'],
        nearMiss: replace('Sekreterare: Bo Berg', 'Sekreterare: David Fors'),
    },
    {
        code: 'item-number-duplicate', name: 'two items numbered 1',
        text: replace('Punkt 2: Övrigt', 'Punkt 1: Övrigt'),
        expected: ['item-number-duplicate@27:7-27:8'],
        nearMiss: replace('Punkt 2: Övrigt', 'Punkt: Övrigt'),
    },
    {
        code: 'item-number-gap', name: 'a jump from 1 to 3',
        text: replace('Punkt 2: Övrigt', 'Punkt 3: Övrigt'),
        expected: ['item-number-gap@27:7-27:8'],
        severity: 2,
        nearMiss: replace('Punkt 1: Budget', '§ 41: Budget', replace('Punkt 2: Övrigt', '§ 42: Övrigt')),
    },
    {
        code: 'decision-empty', name: 'Beslut without text',
        text: replace('Beslut: Budgeten fastställs.', 'Beslut:'),
        expected: ['decision-empty@21:1-21:8'],
        nearMiss: replace('Beslut: Budgeten fastställs.', 'Beslut:\nBudgeten fastställs.'),
    },
    {
        code: 'action-owner-missing', name: 'Uppdrag without Ansvarig',
        text: replace('Ansvarig: David Fors\n', ''),
        expected: ['action-owner-missing@23:1-23:9'],
        severity: 2,
        nearMiss: replace('Ansvarig: David Fors\nSenast: 2022-11-01', 'Senast: 2022-11-01\nAnsvarig: Eva Gran'),
    },
    {
        code: 'deadline-before-meeting', name: 'a deadline before the meeting',
        text: replace('Senast: 2022-11-01', 'Senast: 2022-10-05'),
        expected: ['deadline-before-meeting@25:9-25:19'],
        nearMiss: replace('Senast: 2022-11-01', 'Senast: 2022-10-06'),
    },
    {
        code: 'next-meeting-not-after', name: 'the next meeting on the same day',
        text: replace('Nästa möte: fredag 2022-10-28', 'Nästa möte: torsdag 2022-10-06'),
        expected: ['next-meeting-not-after@30:21-30:31'],
        nearMiss: replace('Nästa möte: fredag 2022-10-28', 'Nästa möte: fredag 2022-10-07'),
    },
    {
        code: 'approval-before-meeting', name: 'an approval before the meeting',
        text: replace('Justering: 2022-10-10', 'Justering: 2022-10-05'),
        expected: ['approval-before-meeting@31:12-31:22'],
        nearMiss: replace('Justering: 2022-10-10', 'Justering: 2022-10-06'),
    },
    {
        code: 'approval-too-late', name: 'an approval after 15 days',
        text: replace('Justering: 2022-10-10', 'Justering: 2022-10-21'),
        expected: ['approval-too-late@31:12-31:22'],
        severity: 2,
        nearMiss: replace('Justering: 2022-10-10', 'Justering: 2022-10-20, Kansliet'),
    },
    // Dates and times of the second edition (more in test/language/checks/dates.test.ts)
    {
        code: 'date-ambiguous', name: 'a slash date',
        text: replace('Senast: 2022-11-01', 'Senast: 1/11/2022'),
        expected: ['date-ambiguous@25:9-25:18'],
        severity: 2,
        nearMiss: replace('Senast: 2022-11-01', 'Senast: 1 november 2022'),
    },
    {
        code: 'deadline-unresolved', name: 'a deadline at the next meeting, which has no date',
        text: replace('Nästa möte: fredag 2022-10-28, Föreningslokalen', 'Nästa möte: ej bestämt', replace('Senast: 2022-11-01', 'Senast: nästa möte')),
        expected: ['deadline-unresolved@25:9-25:19'],
        severity: 2,
        nearMiss: replace('Senast: 2022-11-01', 'Senast: nästa möte'),
    },
    {
        code: 'recess-outside-meeting', name: 'a recess after the meeting ended',
        text: replace('Plats: Föreningslokalen\n', 'Plats: Föreningslokalen\nAjournering: 13.40–13.50\n'),
        expected: ['recess-outside-meeting@4:14-4:25'],
        severity: 2,
        nearMiss: replace('Plats: Föreningslokalen\n', 'Plats: Föreningslokalen\nAjournering: 13.35–13.45\n'),
    },
    {
        // The formal record (issue 14): a number with a valid check digit, and one with a wrong one.
        code: 'personal-id-number', name: 'a personal identity number in prose',
        text: replace('Budgeten gicks igenom.', 'Budgeten gicks igenom. Sökande: 811228-9874.'),
        expected: ['personal-id-number@19:33-19:44'],
        severity: 2,
        nearMiss: replace('Budgeten gicks igenom.', 'Budgeten gicks igenom. Sökande: 811228-9875.'),
    },
    {
        // BASE has 32 lines, so the appended text starts on 0-based line 32.
        code: 'document-too-large', name: 'text beyond the lines that are read',
        text: BASE + '\n'.repeat(CHECK_LIMITS.lines - 32) + 'Sista raden.',
        expected: [`document-too-large@${CHECK_LIMITS.lines + 1}:1-${CHECK_LIMITS.lines + 1}:13`],
        nearMiss: BASE + '\n'.repeat(CHECK_LIMITS.lines - 33) + 'Sista raden.\n\n\n',
    },
];

describe('diagnostic codes', () => {
    test('the base document is clean', async () => {
        expect(summary((await check(BASE)).diagnostics)).toEqual([]);
    });

    test('every code in the table has a case', () => {
        // Not caused by a text: encoding-guessed by a file's bytes (test/cli/encoding.test.ts, test/robustness/server-lifecycle.test.ts),
        // check-failed by a failing parse (test/server/document-lifecycle.test.ts).
        // Not caused by one document: the series' codes (test/language/series.test.ts).
        const notFromText: readonly string[] = ['encoding-guessed', 'check-failed', ...SERIES_CODES];
        // Rule sets, votes and who may decide have their cases in rights/cases.ts.
        const covered = [...cases, ...RIGHTS_CASES].map(c => c.code);
        expect(new Set(covered)).toEqual(new Set(ALL_CODES.filter(code => !notFromText.includes(code))));
    });

    for (const c of cases) {
        test(`${c.code}: ${c.name}`, async () => {
            const { diagnostics } = await check(c.text);
            expect(summary(diagnostics)).toEqual(c.expected);
            for (const d of diagnostics) {
                expect(d.severity).toBe(c.severity ?? 1);
                expect(d.message).not.toMatch(/Expecting|token|undefined/u);
            }
        });
        test(`${c.code}: near miss stays clean`, async () => {
            expect(summary((await check(c.nearMiss)).diagnostics)).toEqual([]);
        });
    }
});

describe('precise rules', () => {
    test('a Protokoll without Justerare is an error, and approval too late is an error', async () => {
        const text = replace('Justerare: Cecilia Ek\n', '', replace('Minnesanteckningar:', 'Protokoll:', replace('Justering: 2022-10-10', 'Justering: 2022-10-21')));
        const { diagnostics } = await check(text);
        expect(diagnostics.map(d => [d.code, d.severity])).toEqual([['adjuster-missing', 1], ['approval-too-late', 1]]);
    });

    test('the approval deadline follows the setting', async () => {
        const text = replace('Justering: 2022-10-10', 'Justering: 2022-10-21');
        expect(summary((await check(text, { approvalDays: 30 })).diagnostics)).toEqual([]);
    });

    test('an invalid meeting date gives date-invalid only', async () => {
        const { diagnostics } = await check(replace('torsdag 2022-10-06', '2022-02-30'));
        expect(diagnostics.map(d => d.code)).toEqual(['date-invalid']);
    });

    test('a name under both lists gives only person-present-and-absent', async () => {
        const { diagnostics } = await check(replace('- Eva Gran\n', '- Eva Gran\n- Anna  andersson\n'));
        expect(diagnostics.map(d => d.code)).toEqual(['person-present-and-absent']);
    });

    test('1, 1, 2 is a duplicate, not a gap; unnumbered items continue the count', async () => {
        const text = replace('Punkt 2: Övrigt', 'Punkt 1: Extra\n\nPunkt 2: Övrigt');
        expect((await check(text)).diagnostics.map(d => d.code)).toEqual(['item-number-duplicate']);
        const auto = replace('Punkt 2: Övrigt', 'Punkt: Extra\n\nPunkt 4: Övrigt');
        expect((await check(auto)).diagnostics.map(d => d.code)).toEqual(['item-number-gap']);
    });

    test('an unknown word with a colon is prose; keywords are case-insensitive', async () => {
        const text = replace('Budgeten gicks igenom.', 'Observera: budgeten gicks igenom.\nBeslut om budget togs senare.')
            .replace('Nästa möte:', 'NÄSTA  MÖTE:');
        const { diagnostics, document } = await check(text);
        expect(summary(diagnostics)).toEqual([]);
        expect(document.parseResult.value.items[0].content[0].$type).toBe('Paragraph');
    });

    test('a decision continues on the following lines until a blank line', async () => {
        const { document } = await check(replace('Beslut: Budgeten fastställs.', 'Beslut: Budgeten\nfastställs i sin helhet.\n\nDetta är prosa.'));
        const content = document.parseResult.value.items[0].content;
        expect(content.map(c => c.$type)).toEqual(['Paragraph', 'Decision', 'Paragraph', 'Action']);
        expect((content[1] as { text: string[] }).text).toEqual(['Budgeten', 'fastställs i sin helhet.']);
    });

    test('comments are ignored, also inside a decision', async () => {
        const { diagnostics, document } = await check(replace('Beslut: Budgeten fastställs.', '// utkast\nBeslut: Budgeten\n  // inte med\nfastställs.'));
        expect(summary(diagnostics)).toEqual([]);
        expect((document.parseResult.value.items[0].content[1] as { text: string[] }).text).toEqual(['Budgeten', 'fastställs.']);
    });

    test('a misplaced keyword line is one syntax error that says where it belongs', async () => {
        const { diagnostics } = await check(replace('Justering: 2022-10-10', 'Justering: 2022-10-10\nOrdförande: Bo Berg'));
        expect(summary(diagnostics)).toEqual(['syntax@32:1-32:12']);
        expect(diagnostics[0].message).toMatch(/before the first "Punkt"/u);
    });

    test('inside an item a header or role keyword is prose (LANGUAGE-2.md, section 3)', async () => {
        const { diagnostics, document } = await check(replace('Budgeten gicks igenom.', 'Ordförande: Bo Berg redovisade budgeten.'));
        expect(summary(diagnostics)).toEqual([]);
        expect(document.parseResult.value.items[0].content[0].$type).toBe('Paragraph');
    });

    test('roles refer to persons case- and space-insensitively', async () => {
        const { diagnostics } = await check(replace('Justerare: Cecilia Ek', 'Justerare:   cecilia   EK'));
        expect(summary(diagnostics)).toEqual([]);
    });

    test('keywords in messages are spelled in the document\'s language', async () => {
        const text = replace('Ansvarig: David Fors\n', '');
        expect((await check(text, { messageLanguage: 'en' })).diagnostics[0].message).toBe('"Uppdrag:" has no owner. Add a line "Ansvarig: Name" below the action.');
        const english = 'Minutes: M\nDate: 2026-03-12\nPresent:\n- Ada\nAdjuster: Ada\nItem 1: A\nAction: Do\n';
        expect((await check(english, { messageLanguage: 'sv' })).diagnostics[0].message).toBe('"Action:" saknar ansvarig. Lägg till en rad "Owner: Namn" under uppdraget.');
    });

    test('a forced language wins, and the message quotes the document\'s own word', async () => {
        const text = replace('Tid: torsdag', 'Tid: onsdag');
        expect((await check(text, { messageLanguage: 'sv' })).diagnostics[0].message).toBe('2022-10-06 är en torsdag, inte "onsdag".');
        expect((await check(text, { messageLanguage: 'en' })).diagnostics[0].message).toBe('2022-10-06 is a Thursday, not "onsdag".');
    });

    test('with auto, messages follow the document\'s language whatever the locale', async () => {
        const swedish = replace('Tid: torsdag', 'Tid: onsdag');
        expect((await check(swedish, { messageLanguage: 'auto', locale: 'en-US' })).diagnostics[0].message).toBe('2022-10-06 är en torsdag, inte "onsdag".');
        const english = 'Minutes: M\nDate: Wednesday 2026-03-12\nPresent:\n- Ada\nAdjuster: Ada\n';
        expect((await check(english, { messageLanguage: 'auto', locale: 'sv-SE' })).diagnostics[0].message).toBe('2026-03-12 is a Thursday, not "Wednesday".');
    });

    test('with auto, a document without a header follows the locale', async () => {
        const headless = 'Styrelsemöte\n';
        expect((await check(headless, { messageLanguage: 'auto', locale: 'sv-SE' })).diagnostics[0].message).toMatch(/^Första raden ska säga/u);
        expect((await check(headless, { messageLanguage: 'auto', locale: 'en-GB' })).diagnostics[0].message).toMatch(/^The first line should say/u);
    });
});

describe('recovery', () => {
    test('a broken line in the middle still yields the items after it', async () => {
        const text = replace('Budgeten gicks igenom.', 'Senast: ????\nPlats: här\nJusterare:, ,\n§§§: :::\n- \n*');
        const { document, diagnostics } = await check(text);
        expect(document.parseResult.parserErrors).toEqual([]);
        const doc = document.parseResult.value;
        expect(doc.items.map(i => i.title)).toEqual(['Budget', 'Övrigt']);
        expect(doc.trailer.map(t => t.$type)).toEqual(['NextMeeting', 'Approval', 'Closing']);
        expect(diagnostics.every(d => d.code === 'syntax')).toBe(true);
        expect(new Set(diagnostics.map(d => d.range.start.line)).size).toBe(diagnostics.length);
    });

    test('a document without a header says what the first line should be', async () => {
        const { diagnostics } = await check('Tid: 2022-10-06\nJusterare: X\n');
        expect(diagnostics.map(d => d.code)).toEqual(['syntax', 'person-unknown']);
        expect(diagnostics[0].message).toMatch(/first line/u);
    });

    test('an empty document reports the header and the date', async () => {
        const { diagnostics } = await check('');
        expect(diagnostics.map(d => d.code).sort()).toEqual(['adjuster-missing', 'meeting-date-missing', 'syntax']);
    });
});

describe('validation registry', () => {
    test('every check is registered on Document, so the validator need not walk the AST', async () => {
        const { EmptyFileSystem } = await import('langium');
        const { createMinutesCoreServices } = await import('../../language/index.js');
        const { Minutes } = createMinutesCoreServices(EmptyFileSystem);
        const withChecks = Minutes.shared.AstReflection.getAllTypes()
            .filter(type => Minutes.validation.ValidationRegistry.getChecks(type).count() > 0);
        expect(withChecks).toEqual(['Document']);
    });

    test('a check registered on another node type fails at start-up instead of never running', async () => {
        const { EmptyFileSystem } = await import('langium');
        const { createMinutesCoreServices } = await import('../../language/index.js');
        const { Minutes } = createMinutesCoreServices(EmptyFileSystem);
        const registry = Minutes.validation.ValidationRegistry;
        const never = (): void => { throw new Error('unreachable'); };
        expect(() => registry.register<MinutesAstType>({ Person: [never] })).toThrow(
            'A validation check is registered on Person, but minutes validates the Document only (MinutesDocumentValidator sets '
            + 'validateChildren: false), so it would never run. Register it on Document and find the Person nodes from there.');
        expect(() => registry.register<MinutesAstType>({ AstNode: never })).toThrow('A validation check is registered on AstNode');
        expect(() => registry.register<MinutesAstType>({ Decision: never })).toThrow('A validation check is registered on Decision');
    });

    test('a check registered on Document runs once per validation', async () => {
        const { EmptyFileSystem, URI } = await import('langium');
        const { createMinutesCoreServices, buildDocument } = await import('../../language/index.js');
        const services = createMinutesCoreServices(EmptyFileSystem);
        const seen: string[] = [];
        services.Minutes.validation.ValidationRegistry.register({ Document: [(doc: Document) => { seen.push(doc.$type); }] });
        await buildDocument(services.shared, BASE, URI.parse('memory:///registry.minutes'));
        expect(seen).toEqual(['Document']);
    });
});

/**
 * The list of checks takes Document checks only: `npm run typecheck` fails if this line stops
 * being a compile error (a Person check would never run).
 */
// @ts-expect-error -- Person is not a key of DocumentChecks
export const refusedChecks: DocumentChecks = { Document: [], Person: [] };
