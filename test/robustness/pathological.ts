/**
 * Documents nobody should write but someone will open: huge, long, wide, full of persons or
 * items, with NUL bytes, a byte-order mark, other line ends or broken UTF-16. Each comes with
 * what must hold besides "answers in time and does not crash".
 */
import { CHECK_LIMITS } from '../../language/minutes-lexer.js';

import { ENGLISH_MINUTES, SWEDISH_MINUTES } from '../fixtures/fixtures.js';

const HEAD = 'Minutes: Stress test\nDate: Thursday 2026-03-12 18.30–20.10\n';

export interface Pathological {
    name: string;
    text: string;
    /** Diagnostic codes that must be among the document's diagnostics. */
    mustReport?: string[];
    /** Diagnostic codes that must not be among them. */
    mustNotReport?: string[];
    /** Exactly these diagnostics codes, in order (for documents that should stay clean). */
    exactly?: string[];
    /** Text that the exported page must contain (nothing is lost, even unread). */
    exportContains?: string[];
}

function repeat(count: number, line: (i: number) => string): string {
    let out = '';
    for (let i = 0; i < count; i++) out += line(i) + '\n';
    return out;
}

/** Replaces every n-th occurrence of `needle`. */
function sprinkle(text: string, needle: string, insert: (i: number) => string, every = 1): string {
    let i = 0;
    return text.split(needle).reduce((out, part, index) => index === 0 ? part : out + (i++ % every === 0 ? insert(i) : needle) + part, '');
}

export function pathologicalDocuments(): Pathological[] {
    let tenMegabytes = '';
    let copy = 0;
    while (tenMegabytes.length < 10_000_000) tenMegabytes += ENGLISH_MINUTES.replace('Closing: The chair', `Closing: Copy ${copy++}. The chair`) + '\n';
    return [
        {
            name: `10 MB (the English fixture ${copy.toLocaleString('en')} times)`,
            text: tenMegabytes,
            mustReport: ['document-too-large'],
            exportContains: [`Copy ${copy - 1}. The chair closed the meeting`]
        },
        {
            name: '100,000 lines of prose',
            text: HEAD + repeat(100_000, i => i % 7 === 6 ? '' : `Line ${i} of a very long discussion.`),
            mustReport: ['document-too-large'],
            exportContains: ['Line 99998 of a very long discussion.']
        },
        {
            name: 'one line of 1 MB',
            text: HEAD + 'Item 1: Long\n' + 'word '.repeat(200_000) + 'END-OF-LONG-LINE\n',
            mustNotReport: ['document-too-large'],
            exportContains: ['END-OF-LONG-LINE']
        },
        {
            name: 'a Chair line of 1 MB with 300,000 names',
            text: HEAD + 'Present:\n- Anna Berg\n\nChair: ' + 'Anna Berg, '.repeat(95_000) + 'x, '.repeat(5_000) + 'LAST\nAdjuster: Anna Berg\n',
            // Several chairs may share a meeting (LANGUAGE-2.md), so the names are references, not a syntax error.
            mustReport: ['person-unknown']
        },
        // Issue 11: patterns that backtracked over a run of whitespace (100 s, 20 s) and a
        // "did you mean" budget that counted comparisons, not their cost (42 s).
        {
            name: 'a Chair line with 200,000 spaces between two names',
            text: HEAD + 'Present:\n- Anna Berg\n\nChair: Anna' + ' '.repeat(200_000) + 'Bergh\n',
            mustReport: ['person-unknown'],
            mustNotReport: ['document-too-large']
        },
        {
            name: 'an Ansvarig line with 200,000 tabs and spaces between two names',
            text: 'Protokoll: Styrelsemöte\nTid: 2026-03-12\nDeltagare:\n- Anna Berg\n\nJusterare: Anna Berg\n\nPunkt 1: Arbete\n'
                + 'Uppdrag: Gör det.\nAnsvarig: Anna' + ' \t'.repeat(100_000) + 'Berg\n',
            mustNotReport: ['document-too-large', 'person-unknown']
        },
        {
            name: 'a Next meeting place with 200,000 spaces inside it',
            text: HEAD + 'Adjuster: Nobody\n\nNext meeting: 2026-06-20, a' + ' '.repeat(200_000) + 'b\n',
            exactly: ['person-unknown']
        },
        {
            name: 'a Date line with 200,000 spaces after the time',
            text: 'Minutes: Stress test\nDate: Thursday 2026-03-12 18.30, a' + ' '.repeat(200_000) + 'b\n',
            mustNotReport: ['document-too-large']
        },
        {
            name: '300 persons with 1,000-character similar names and 100 unknown owners',
            text: HEAD + 'Present:\n' + repeat(300, i => `- ${'Person '.repeat(142)}${i}`) + '\nAdjuster: Nobody\n\nItem 1: Work\n' +
                repeat(100, i => `Action: Task ${i}\nOwner: ${'Person '.repeat(142)}${i}x\n`),
            mustReport: ['person-unknown'],
            mustNotReport: ['document-too-large']
        },
        {
            name: '10,000 bullets',
            text: HEAD + 'Adjuster: Nobody\nItem 1: Many points\n' + repeat(10_000, i => `- Point ${i}, with some text`),
            exactly: ['person-unknown']
        },
        {
            name: '5,000 items with decisions and actions',
            text: HEAD + 'Present:\n- Anna Berg\n\nAdjuster: Anna Berg\n\n' + repeat(5_000, i =>
                `Item ${i + 1}: Topic ${i}\nDecision: Decided ${i}.\n\nAction: Do ${i}.\nOwner: Anna Berg\nDue: 2026-04-01\n`),
            exactly: []
        },
        {
            name: '10,000 persons',
            text: HEAD + 'Present:\n' + repeat(10_000, i => `- Person Number${i}, Organisation ${i % 97}`) + '\nChair: Person Number5\nAdjuster: Person Number7\n',
            exactly: []
        },
        {
            name: '10,000 persons and 3,000 misspelt owners',
            text: HEAD + 'Present:\n' + repeat(10_000, i => `- Person Number${i}`) + '\nAdjuster: Person Number7\n\nItem 1: Work\n' +
                repeat(3_000, i => `Action: Task ${i}\nOwner: Persn Numbr${i * 3}\n`),
            mustReport: ['person-unknown']
        },
        {
            name: 'NUL bytes everywhere',
            text: sprinkle(ENGLISH_MINUTES, ' ', () => ' \u0000', 3) + '\u0000\u0000\u0000',
            mustNotReport: ['document-too-large']
        },
        {
            name: 'a byte-order mark',
            text: '\uFEFF' + ENGLISH_MINUTES,
            exactly: []
        },
        {
            name: 'CRLF line ends',
            text: SWEDISH_MINUTES.replace(/\n/gu, '\r\n'),
            exactly: []
        },
        {
            name: 'lone CR line ends',
            text: SWEDISH_MINUTES.replace(/\n/gu, '\r'),
            exactly: []
        },
        {
            name: 'unpaired UTF-16 surrogates',
            text: sprinkle(sprinkle(ENGLISH_MINUTES, 'e', () => 'e\uD800', 5), 'a', () => '\uDC00a', 7) + '\uD83D',
            mustNotReport: ['document-too-large']
        },
        {
            name: `more than ${CHECK_LIMITS.names.toLocaleString('en')} names (4,000 owner lines of 99 names)`,
            text: HEAD + 'Present:\n- A B\n\nAdjuster: A B\n\nItem 1: Owners\n' +
                repeat(4_000, () => 'Action: x\nOwner: ' + Array.from({ length: 99 }, () => 'A B').join(', ')),
            mustReport: ['document-too-large']
        },
        {
            name: `more than ${CHECK_LIMITS.tokens.toLocaleString('en')} tokens (30,000 item lines)`,
            text: HEAD + 'Adjuster: Nobody\n' + repeat(30_000, i => `Item ${i + 1}: Topic`),
            mustReport: ['document-too-large', 'person-unknown'],
            exportContains: ['Item 30000: Topic']
        }
    ];
}
