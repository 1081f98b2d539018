/**
 * Documents that trigger each code of rule sets, votes and who may decide (LANGUAGE-2.md,
 * sections 5–7), in Swedish and English, with the exact ranges, and a near miss each that stays
 * clean. Run by record.test.ts; validation.test.ts counts these codes as covered.
 */
import { expect } from 'vitest';
import type { DiagnosticCode } from '../../../language/index.js';

/** A municipal protocol (kommunallagen) that is clean; each Swedish case breaks it in one way. */
export const SV = `Protokoll: Socialnämnden i Norrvik
Regler: kommunallagen
Tid: tisdag 2026-02-17 kl. 13.00–16.10
Plats: Kommunhuset
Antal ledamöter: 5

Beslutande:
- Anna Berg (S)
- Bo Ek (V) (§ 1–2)
- Cecilia Dahl (M)
- David Fors (KD)

Tjänstgörande ersättare:
- Erik Gran (V), för Bo Ek § 3

Ersättare:
- Frida Holm (MP)

Övriga närvarande:
- Greta Ivarsson, nämndsekreterare

Ej närvarande:
- Hans Jonsson (L)

Ordförande: Anna Berg
Sekreterare: Greta Ivarsson
Justerare: Cecilia Dahl

Dagordning:
- Val av justerare
- Budget 2026
- Riktlinjer för bistånd

§ 1 Val av justerare
Beslut: Nämnden utser Cecilia Dahl att justera protokollet.

§ 2 Budget 2026
Förvaltningen redovisade budgeten, se bilaga 1.

Yrkande: Bifall till förvaltningens förslag.
Av: Anna Berg
Instämmer: Cecilia Dahl

Omröstning: 3 ja, 1 nej
Ja: Anna Berg, Bo Ek, Cecilia Dahl
Nej: David Fors

Beslut: Nämnden fastställer budgeten.

Reservation: David Fors mot beslutet.

§ 3 Riktlinjer för bistånd
Jäv: David Fors

Beslut: Nämnden antar riktlinjerna.

Bilaga 1: Budget 2026
\`\`\`
Verksamhet   Budget
Bistånd      4,2
\`\`\`

Justering: tisdag 2026-02-24, Kommunhuset
Anslag: torsdag 2026-02-26, Kommunhuset
`;

/** A board under Robert's Rules that is clean; each English case breaks it in one way. */
export const EN = `Minutes: Riverside Co-op, Board of Directors
Rules: Robert's Rules
Date: Monday, March 16, 2026, 6:30 PM–8:45 PM
Members: 7
Quorum: 3

Board members:
- Andrea Dunathan
- Duane Thomas
- Arun Mathur
- Linda Ross (LD)
- Peter Novak (left after item 1)

Also present:
- Jim Egge, facilitator
- Howard Kim, General Manager

Regrets:
- Carol Baker

Chair: Jim Egge
Secretary: Duane Thomas
Approval: at the next meeting

Agenda:
1. Minutes of February
2. Bakery contract

Item 1: Minutes of February
Motion: To approve the minutes of February 16, 2026.
Moved by: Arun Mathur
Seconded by: Linda Ross
Vote: unanimous
Decision: The minutes were approved.

Item 2: Bakery contract
The contract is in attachment 1.
Conflict of interest: Andrea Dunathan
Motion: To sign the two-year contract with Elm Street Bakery.
Moved by: Arun Mathur
Vote: 2-1
Yes: Arun Mathur, Linda Ross
No: Duane Thomas
Decision: The board approved the contract.
Dissent: Duane Thomas against the length of the contract.

Attachment 1: Contract
The contract as signed.

Next meeting: Monday, April 20, 2026, 6:30 PM
`;

/** A small English board meeting: `head` after the first line, `trailer` at the end. */
export function board(head: string, trailer: string, item = 'Item 1: Budget\nDecision: Approved.'): string {
    return `Minutes: Board
${head}
Present:
- Ada Lindqvist
- Ben Okafor
Chair: Ada Lindqvist
Secretary: Ben Okafor
${item}
${trailer}
`;
}

/** `text` with `from` replaced by `to` (which must be there). */
export function replace(text: string, from: string, to: string): string {
    expect(text).toContain(from);
    return text.replace(from, to);
}

/** One document that must produce exactly `expected` (code@line:col-line:col, 1-based, end exclusive), and a near miss that must not. */
export interface RightsCase {
    code: DiagnosticCode;
    name: string;
    text: string;
    expected: string[];
    /** 1 error (default), 2 warning, 3 information. */
    severity?: 1 | 2 | 3;
    nearMiss: string;
}

const sv = (from: string, to: string) => replace(SV, from, to);
const en = (from: string, to: string) => replace(EN, from, to);

export const RIGHTS_CASES: RightsCase[] = [
    {
        code: 'rules-unknown', name: 'sv: a rule set that does not exist',
        text: sv('Regler: kommunallagen', 'Regler: kommunallag'),
        expected: ['rules-unknown@2:9-2:20'],
        nearMiss: sv('Regler: kommunallagen', 'Regler: KL'),
    },
    {
        code: 'rules-unknown', name: 'en: a rule set that does not exist',
        text: en("Rules: Robert's Rules", 'Rules: Bourinot'),
        expected: ['rules-unknown@2:8-2:16'],
        nearMiss: en("Rules: Robert's Rules", 'Rules: RONR'),
    },
    {
        code: 'anslag-before-approval', name: 'sv: posted before the approval',
        text: sv('Anslag: torsdag 2026-02-26', 'Anslag: måndag 2026-02-23'),
        expected: ['anslag-before-approval@64:16-64:26'],
        nearMiss: sv('Anslag: torsdag 2026-02-26', 'Anslag: tisdag 2026-02-24'),
    },
    {
        code: 'anslag-late', name: 'sv: posted three days after the approval',
        text: sv('Anslag: torsdag 2026-02-26', 'Anslag: fredag 2026-02-27'),
        expected: ['anslag-late@64:16-64:26'],
        severity: 2,
        // Two days after the approval: in time.
        nearMiss: SV,
    },
    {
        code: 'vote-names-missing', name: 'sv: an open vote with counts only',
        text: sv('Ja: Anna Berg, Bo Ek, Cecilia Dahl\nNej: David Fors\n', ''),
        expected: ['vote-names-missing@44:1-44:12'],
        severity: 2,
        nearMiss: sv('Omröstning: 3 ja, 1 nej\nJa: Anna Berg, Bo Ek, Cecilia Dahl\nNej: David Fors\n', 'Sluten omröstning: 3 ja, 1 nej\n'),
    },
    {
        code: 'voters-undeclared', name: 'sv: decisions, and nobody listed who decides',
        text: `Protokoll: Arbetsutskottet
Tid: 2026-02-17
Övriga närvarande:
- Greta Ivarsson
Justerare: Greta Ivarsson
§ 1 Budget
Beslut: Budgeten fastställs.
`,
        expected: ['voters-undeclared@1:1-1:11'],
        severity: 2,
        nearMiss: `Protokoll: Arbetsutskottet
Tid: 2026-02-17
Deltagare:
- Greta Ivarsson
Justerare: Greta Ivarsson
§ 1 Budget
Beslut: Budgeten fastställs.
`,
    },
    {
        code: 'motion-mover-missing', name: 'en: a motion without "Moved by"',
        text: en('Motion: To approve the minutes of February 16, 2026.\nMoved by: Arun Mathur\n', 'Motion: To approve the minutes of February 16, 2026.\n'),
        expected: ['motion-mover-missing@30:1-30:8'],
        severity: 2,
        nearMiss: en('Seconded by: Linda Ross\n', ''),
    },
    {
        code: 'vote-count-mismatch', name: 'sv: three names under "Ja:", two in the count',
        text: sv('Omröstning: 3 ja, 1 nej', 'Omröstning: 2 ja, 1 nej'),
        expected: ['vote-count-mismatch@45:1-45:4'],
        nearMiss: sv('Omröstning: 3 ja, 1 nej', 'Omröstning: 3 ja, 1 nej, 0 avstår'),
    },
    {
        code: 'vote-count-mismatch', name: 'en: two names under "Yes:", one in the count',
        text: en('Vote: 2-1', 'Vote: 1-1'),
        expected: ['vote-count-mismatch@42:1-42:5'],
        nearMiss: en('Vote: 2-1', 'Vote: for 2, against 1'),
    },
    {
        code: 'vote-exceeds-voters', name: 'sv: five votes where four may decide',
        text: sv('Omröstning: 3 ja, 1 nej\nJa: Anna Berg, Bo Ek, Cecilia Dahl\nNej: David Fors\n', 'Sluten omröstning: 4 ja, 1 nej\n'),
        expected: ['vote-exceeds-voters@44:20-44:31'],
        nearMiss: sv('Omröstning: 3 ja, 1 nej\nJa: Anna Berg, Bo Ek, Cecilia Dahl\nNej: David Fors\n', 'Sluten omröstning: 3 ja, 1 avstår\n'),
    },
    {
        code: 'vote-exceeds-voters', name: 'en: six votes where five may decide',
        text: en('Vote: unanimous', 'Vote: 6-0'),
        expected: ['vote-exceeds-voters@33:7-33:10'],
        nearMiss: en('Vote: unanimous', 'Vote: 5-0'),
    },
    {
        code: 'voter-not-entitled', name: 'sv: a substitute who does not serve votes',
        text: sv('Ja: Anna Berg, Bo Ek, Cecilia Dahl', 'Ja: Anna Berg, Frida Holm, Cecilia Dahl'),
        expected: ['voter-not-entitled@45:16-45:26'],
        nearMiss: sv('Ja: Anna Berg, Bo Ek, Cecilia Dahl', 'Ja: Cecilia Dahl, Anna Berg, Bo Ek'),
    },
    {
        code: 'voter-not-entitled', name: 'en: a member of staff votes',
        text: en('Yes: Arun Mathur, Linda Ross', 'Yes: Arun Mathur, Howard Kim'),
        expected: ['voter-not-entitled@42:19-42:29'],
        nearMiss: en('Yes: Arun Mathur, Linda Ross', 'Yes: Linda Ross, Arun Mathur'),
    },
    {
        code: 'jav-participated', name: 'sv: a member with Jäv votes',
        text: sv('Beslut: Nämnden antar riktlinjerna.', 'Omröstning: 2 ja, 1 nej\nJa: Anna Berg, Cecilia Dahl\nNej: David Fors\n\nBeslut: Nämnden antar riktlinjerna.'),
        expected: ['jav-participated@57:6-57:16'],
        nearMiss: sv('Beslut: Nämnden antar riktlinjerna.', 'Omröstning: 2 ja, 1 nej\nJa: Anna Berg, Cecilia Dahl\nNej: Erik Gran\n\nBeslut: Nämnden antar riktlinjerna.'),
    },
    {
        code: 'jav-participated', name: 'en: a member with a conflict of interest votes',
        text: en('No: Duane Thomas', 'No: Andrea Dunathan'),
        expected: ['jav-participated@43:5-43:20'],
        nearMiss: en('Conflict of interest: Andrea Dunathan', 'Conflict of interest: Peter Novak'),
    },
    {
        code: 'reservation-voted-for', name: 'sv: someone who voted yes reserves',
        text: sv('Reservation: David Fors', 'Reservation: Cecilia Dahl'),
        expected: ['reservation-voted-for@50:14-50:26'],
        severity: 2,
        // In § 3 nobody voted for anything.
        nearMiss: sv('Beslut: Nämnden antar riktlinjerna.\n', 'Beslut: Nämnden antar riktlinjerna.\n\nReservation: Cecilia Dahl\n'),
    },
    {
        code: 'reservation-voted-for', name: 'en: someone who voted yes dissents',
        text: en('Dissent: Duane Thomas', 'Dissent: Linda Ross'),
        expected: ['reservation-voted-for@45:10-45:20'],
        severity: 2,
        // Duane voted no.
        nearMiss: EN,
    },
    {
        code: 'quorum-not-met', name: 'sv: three may decide where four are needed',
        text: sv('Antal ledamöter: 5\n', 'Antal ledamöter: 5\nBeslutförhet: 4\n'),
        expected: ['quorum-not-met@53:1-53:4'],
        nearMiss: sv('Antal ledamöter: 5\n', 'Antal ledamöter: 5\nBeslutförhet: 3\n'),
    },
    {
        code: 'quorum-not-met', name: 'en: three may decide where four are needed',
        text: en('Quorum: 3', 'Quorum: 4'),
        expected: ['quorum-not-met@36:1-36:7'],
        // No quorum written: more than half of five seats.
        nearMiss: en('Members: 7\nQuorum: 3\n', 'Members: 5\n'),
    },
    {
        code: 'substitute-while-serving', name: 'sv: a substitute serves where the member is there',
        text: sv('för Bo Ek § 3', 'för Bo Ek § 2–3'),
        expected: ['substitute-while-serving@14:22-14:27'],
        nearMiss: sv('för Bo Ek § 3', 'för Hans Jonsson'),
    },
    {
        code: 'substitute-while-serving', name: 'en: an alternate serves where the member is there',
        text: en('Also present:', 'Serving alternates:\n- Mei Chen, for Peter Novak\n\nAlso present:'),
        expected: ['substitute-while-serving@15:17-15:28'],
        nearMiss: en('Also present:', 'Serving alternates:\n- Mei Chen, for Peter Novak item 2\n\nAlso present:'),
    },
    {
        code: 'mover-not-present', name: 'sv: an absent member moves',
        text: sv('Av: Anna Berg', 'Av: Hans Jonsson'),
        expected: ['mover-not-present@41:5-41:17'],
        nearMiss: sv('Av: Anna Berg', 'Av: David Fors'),
    },
    {
        code: 'mover-not-present', name: 'en: a member who left moves',
        text: en('Motion: To sign the two-year contract with Elm Street Bakery.\nMoved by: Arun Mathur', 'Motion: To sign the two-year contract with Elm Street Bakery.\nMoved by: Peter Novak'),
        expected: ['mover-not-present@40:11-40:22'],
        nearMiss: en('Moved by: Arun Mathur\nSeconded by: Linda Ross', 'Moved by: Peter Novak\nSeconded by: Linda Ross'),
    },
    {
        code: 'agenda-item-missing', name: 'sv: an agenda entry without an item',
        text: sv('- Riktlinjer för bistånd\n', '- Riktlinjer för bistånd\n- Övrigt\n'),
        expected: ['agenda-item-missing@33:3-33:9'],
        severity: 2,
        nearMiss: sv('- Budget 2026\n', '- BUDGET 2026!\n'),
    },
    {
        code: 'agenda-item-missing', name: 'en: a numbered entry without an item of that title or number',
        text: en('2. Bakery contract\n', '2. Bakery contract\n3. Other business\n'),
        expected: ['agenda-item-missing@28:4-28:18'],
        severity: 2,
        nearMiss: en('2. Bakery contract\n', '2. Supply contract\n'),
    },
    {
        code: 'item-not-on-agenda', name: 'sv: an item the agenda does not name',
        text: sv('- Riktlinjer för bistånd\n', ''),
        expected: ['item-not-on-agenda@51:1-51:27'],
        severity: 3,
        nearMiss: sv('- Riktlinjer för bistånd\n', '- 3. Riktlinjer för bistånd\n'),
    },
    {
        code: 'item-not-on-agenda', name: 'en: an item the agenda does not name',
        text: en('2. Bakery contract\n', ''),
        expected: ['item-not-on-agenda@35:1-35:24'],
        severity: 3,
        nearMiss: en('2. Bakery contract\n', '- bakery contract\n'),
    },
    {
        code: 'attachment-missing', name: 'sv: prose refers to an attachment that is not there',
        text: sv('se bilaga 1.', 'se bilaga 2.'),
        expected: ['attachment-missing@38:39-38:47'],
        severity: 2,
        nearMiss: sv('Bistånd      4,2', 'Bistånd      4,2 (se bilaga 2)'),
    },
    {
        code: 'attachment-missing', name: 'sv: a word that ends in -bilaga is no reference, a reference after it still is',
        text: sv('se bilaga 1.', 'se bilaga 2 och tilläggsbilaga 3, Bilaga 4.'),
        expected: ['attachment-missing@38:39-38:47', 'attachment-missing@38:70-38:78'],
        severity: 2,
        nearMiss: sv('se bilaga 1.', 'se tilläggsbilaga 2.'),
    },
    {
        code: 'attachment-missing', name: 'en: prose refers to an attachment that is not there',
        text: en('in attachment 1.', 'in Attachment 3.'),
        expected: ['attachment-missing@37:20-37:32'],
        severity: 2,
        nearMiss: en('in attachment 1.', 'in attachments 1 and 3.'),
    },
    {
        code: 'syntax', name: 'sv: vote counts that cannot be read',
        text: sv('Omröstning: 3 ja, 1 nej', 'Omröstning: tre ja, en nej'),
        expected: ['syntax@44:13-44:27'],
        nearMiss: sv('Omröstning: 3 ja, 1 nej', 'Omröstning: 3 ja och 1 nej.'),
    },
    {
        code: 'syntax', name: 'en: vote counts that cannot be read',
        text: en('Vote: 2-1', 'Vote: carried'),
        expected: ['syntax@41:7-41:14'],
        nearMiss: en('Vote: 2-1', 'Vote: 2–1'),
    },
];
