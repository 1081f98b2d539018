/**
 * Generated documents of the second edition (fast-check): any keyword with any value, items with
 * and without a colon, persons with ranges and substitutions, entries, clauses, fences and prose,
 * in any order, with LF or CRLF line ends.
 */
import fc from 'fast-check';
import { KEYWORDS } from '../../../language/keywords.js';

const spellings = KEYWORDS.flatMap(k => [...k.spellings.sv, ...k.spellings.en].map(spelling => ({ id: k.id, spelling })));

const value = fc.constantFrom(
    '', 'Anna Berg', 'Anna Berg (S), Bo Ek (§ 1–3)', '9', 'nio', '10.00–10.20', 'tisdag den 17 februari 2026 kl. 13.00', '2026-03-12, Kommunhuset',
    '7 ja, 2 nej', 'unanimous', 'Bo Ek mot beslutet', 'Anna Berg: text', 'OSL 26 kap. 1 §', 'klart', '2026-02-10 § 3', 'a   b', 'x:y', '(', ')'
);

/** One line of the second edition: any keyword with any value, items with and without colon, persons, entries, clauses, fences, prose. */
const line: fc.Arbitrary<string> = fc.oneof(
    fc.tuple(fc.constantFrom(...spellings), value, fc.constantFrom('', ' ', '  ')).map(([k, v, sp]) =>
        k.id === 'item' || k.id === 'attachment' ? `${k.spelling}${sp}${v.length % 3}: ${v}` : `${k.spelling}:${sp}${v}`),
    fc.tuple(fc.constantFrom('§', 'Punkt', 'Item'), fc.constantFrom('1', '2', '5.1', '12'), fc.constantFrom('Öppnande', 'Val', '')).map(([k, n, t]) => `${k} ${n} ${t}`.trimEnd()),
    fc.constantFrom('Beslut', 'Decision', 'BESLUT', '```', '```diff', '``', '- att godkänna', 'att anta', '1. Val', '2.  Övrigt'),
    fc.tuple(fc.constantFrom('- ', '* ', '• ', '  - '), value, fc.constantFrom('', ' (S)', ' (§ 3, 5–7)', ', för Bo Ek § 2', ' (left after item 2)'))
        .map(([b, v, s]) => `${b}${v}${s}`),
    fc.constantFrom('', '', '   ', '// kommentar', 'Prosa om budgeten.', 'Time: 20 minutes', 'Ordförande: berättade.', 'se bilaga 1')
);

export const document = fc.tuple(fc.constantFrom('Protokoll: Nämnden', 'Minutes: Board', ''), fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'))
    .map(([head, lines, eol]) => [head, ...lines].join(eol));
