/**
 * fast-check generators of minutes documents, for the fuzz tests and `npm run fuzz`:
 *
 * - {@link modelDocument}: documents built from a model of the language as LANGUAGE.md
 *   describes it (header, date and place lines, person lists, roles, items with prose,
 *   bullets, decisions and actions, the trailer), with plausible and implausible values, in
 *   the usual order or shuffled, with any line ends and indentation;
 * - {@link mutatedExample}: the example documents with lines deleted, duplicated, swapped and
 *   moved, keywords put out of place, random bytes, huge lines, byte-order marks, NUL bytes,
 *   unpaired surrogates, combining marks and direction overrides inserted, line ends changed.
 *
 * Both put long runs of whitespace inside values (where a backtracking pattern is slowest: a
 * run between two names or inside a date slot's place) and long names (where comparing names
 * for "did you mean" is dearest): issue 11.
 *
 * The model is written from the language description, not from the implementation, so that
 * it also produces what the implementation does not expect.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';

/** The package folder: found upwards from here, so that the bundled fuzz runner in out/ finds it too. */
function packageRoot(): string {
    for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
        if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'language', 'minutes.langium'))) return dir;
    }
    throw new Error(`no minutes package above ${__dirname}`);
}

const ROOT = packageRoot();

/** The test fixtures and the project's examples, including the one with mistakes. */
export function exampleTexts(): string[] {
    const folders = [join(ROOT, 'test', 'fixtures'), join(ROOT, 'examples'), join(ROOT, 'examples', 'with-mistakes')];
    const texts: string[] = [];
    for (const folder of folders) {
        let names: string[];
        try {
            names = readdirSync(folder);
        } catch {
            continue;
        }
        for (const name of names.sort()) {
            if (name.endsWith('.minutes')) texts.push(readFileSync(join(folder, name), 'utf8'));
        }
    }
    if (texts.length === 0) throw new Error('no example documents found');
    return texts;
}

/** Keyword spellings from the language description's table. */
const KEYWORDS = {
    kind: ['Minnesanteckningar', 'Protokoll', 'Minutes', 'Protocol'],
    date: ['Tid', 'Datum', 'Date', 'Time'],
    place: ['Plats', 'Place', 'Location'],
    present: ['Deltagare', 'Närvarande', 'Present', 'Attendees', 'Participants'],
    absent: ['Ej närvarande', 'Frånvarande', 'Absent', 'Regrets'],
    chair: ['Ordförande', 'Chair'],
    secretary: ['Sekreterare', 'Vid anteckningarna', 'Secretary'],
    adjuster: ['Justerare', 'Adjuster', 'Approver'],
    item: ['Punkt', '§', 'Item'],
    decision: ['Beslut', 'Decision', 'Resolved'],
    action: ['Uppdrag', 'Action'],
    owner: ['Ansvarig', 'Owner', 'Responsible'],
    due: ['Senast', 'Due'],
    next: ['Nästa möte', 'Next meeting'],
    approval: ['Justering', 'Approval'],
    closing: ['Avslutning', 'Closing']
} as const;

type KeywordId = keyof typeof KEYWORDS;
const KEYWORD_IDS = Object.keys(KEYWORDS) as KeywordId[];

const WEEKDAYS = [
    'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'torsdagen', 'Monday', 'Tuesday', 'Wednesday',
    'Thursday', 'Friday', 'Saturday', 'Sunday', 'TORSDAG', 'Torsdag', 'tors', 'Thu', 'fredagen', 'Frydag'
];

const WORDS = [
    'Beslut', 'om', 'budget', 'mötet', 'the', 'board', 'approved', 'Punkt', 'item', 'och', 'and', '§', '12', '%', 'kl.', '13.00',
    '2022-10-06', '(bilaga)', '”citat”', '"quoted"', 'https://example.org/a?b=c&d', 'Södertörn', 'Ärende:', 'Observera:', 'Proposed by:',
    'Tid', 'Deltagare', 'Nästa', 'möte', '-', '*', '•', '//', ':', ',', ';', '&', '–', '—', '…', 'e-post', 'x@y.se'
];

const NAMES = [
    'Anna Andersson', 'Bo Berg', 'Åsa Öberg', 'Helene Olofsson', 'José Ñúñez', 'Zoë O\'Brien', 'Jean-Luc Picard', 'Lǐ Xiǎolóng',
    'محمد علي', 'דוד כהן', 'Ευάγγελος Παπαδόπουλος', 'A', 'anna  andersson', 'ANNA ANDERSSON', 'Magnus Gyllestad'
];

/** Text nobody types on purpose: control characters, odd Unicode, direction overrides. */
const ODDITIES = [
    '\u0000', '\u0007', '\u001B[31m', '\u007F', '\uFEFF', '\u200B', '\u200E', '\u200F', '\u202A', '\u202B', '\u202D', '\u202E',
    '\u2066', '\u2067', '\u2068', '\u2069', '\u061C', '\uFFFD', '\uFFFF', '\u00AD', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C',
    'e\u0301', 'a\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307', 'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359',
    '👩‍👩‍👧‍👦', '🇸🇪', '\uD83D', '\uDE00', '\uDC00\uD800', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'ﬁ', 'İ', 'ß', 'ǅ', '\t', '\u00A0', '\u3000'
];

/** A run of whitespace of up to 30,000 characters, of one kind or mixed. */
export const whitespaceRun: fc.Arbitrary<string> = fc.tuple(
    fc.constantFrom(' ', '\t', '\u00A0', ' \t', '\u3000', ' \u2028', '\u2009 '),
    fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 2, max: 300 }) }, { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 30_000 }) })
).map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** A lone surrogate half: invalid UTF-16 that editors can still hold. */
const loneSurrogate = fc.integer({ min: 0xD800, max: 0xDFFF }).map(code => String.fromCharCode(code));
const combiningRun = fc.tuple(fc.constantFrom('a', 'Å', ' ', ''), fc.array(fc.integer({ min: 0x300, max: 0x36F }), { maxLength: 30 }))
    .map(([base, marks]) => base + String.fromCharCode(...marks));

/** One piece of text: usually a word, sometimes anything at all. */
const piece: fc.Arbitrary<string> = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 3, arbitrary: fc.constantFrom(...ODDITIES) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 8 }) },
    { weight: 1, arbitrary: loneSurrogate },
    { weight: 1, arbitrary: combiningRun }
);

const PLAIN_WORDS = [
    'mötet', 'budget', 'styrelsen', 'beslutade', 'att', 'godkänna', 'förslaget', 'the', 'board', 'approved', 'agenda', 'report',
    'Anna', 'Bo', 'ekonomi', 'lokalen', 'Digitalt', 'via', 'Teams', 'Reading', 'room', 'kommunhus', 'sal', '3', '2024', 'om', 'och'
];

/** Free text for a slot: mostly ordinary words, sometimes anything at all (or nothing). */
export const text: fc.Arbitrary<string> = fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.constantFrom(...PLAIN_WORDS), { minLength: 1, maxLength: 8 }) },
    { weight: 2, arbitrary: fc.array(piece, { maxLength: 8 }) }
).map(parts => parts.join(' '));

/** A name of up to some 3,000 characters: a real name said again and again, sometimes with a letter changed at the end. */
const longName: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...NAMES), fc.integer({ min: 5, max: 200 }), fc.constantFrom('', 'x', '1'))
    .map(([base, times, end]) => `${`${base} `.repeat(times).trim()}${end}`);

const name: fc.Arbitrary<string> = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...NAMES) },
    { weight: 2, arbitrary: text },
    { weight: 1, arbitrary: longName }
);

/** A value with a long run of whitespace inside: between two words, two names, or after a date. */
const spacedValue: fc.Arbitrary<string> = fc.tuple(
    fc.constantFrom('Anna', 'Anna Andersson,', 'x', '2022-10-06,', 'torsdag 2022-10-06 kl. 13.00–14.00, Kommunhuset', 'och', ''),
    whitespaceRun,
    fc.constantFrom('Berg', 'och Bo Berg', 'y', 'sal 3', '')
).map(([before, run, after]) => `${before}${run}${after}`);

/** A keyword as a secretary might type it: any case, extra spaces, a space before the colon. */
function keyword(id: KeywordId): fc.Arbitrary<string> {
    return fc.tuple(
        fc.constantFrom(...KEYWORDS[id]),
        fc.constantFrom('as-is', 'upper', 'lower', 'spaced'),
        fc.constantFrom(':', ':', ':', ' :', '')
    ).map(([spelling, style, colon]) => {
        const written = style === 'upper' ? spelling.toUpperCase() : style === 'lower' ? spelling.toLowerCase()
            : style === 'spaced' ? spelling.replace(/ /gu, '   ') : spelling;
        return written + colon;
    });
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A date slot's value: usually a date with weekday and times, sometimes anything but. */
const dateValue: fc.Arbitrary<string> = fc.oneof(
    {
        weight: 6,
        arbitrary: fc.record({
            weekday: fc.option(fc.constantFrom(...WEEKDAYS), { nil: undefined }),
            year: fc.integer({ min: 1899, max: 2101 }),
            month: fc.integer({ min: 0, max: 13 }),
            day: fc.integer({ min: 0, max: 32 }),
            start: fc.option(fc.tuple(fc.integer({ min: 0, max: 26 }), fc.integer({ min: 0, max: 61 })), { nil: undefined }),
            end: fc.option(fc.tuple(fc.integer({ min: 0, max: 26 }), fc.integer({ min: 0, max: 61 })), { nil: undefined }),
            place: fc.option(text, { nil: undefined }),
            kl: fc.boolean()
        }).map(d => [
            d.weekday,
            `${d.year}-${pad2(d.month)}-${pad2(d.day)}`,
            d.start && `${d.kl ? 'kl. ' : ''}${d.start[0]}.${pad2(d.start[1])}${d.end ? `–${d.end[0]}:${pad2(d.end[1])}` : ''}`
        ].filter(Boolean).join(' ') + (d.place !== undefined ? `, ${d.place}` : ''))
    },
    {
        weight: 2,
        arbitrary: fc.constantFrom(
            'snarast', '2022-02-30', '2022-13-01', '0000-00-00', '99999-01-01', '2022-10-06 kl. 25.00', 'torsdag', '',
            '6 oktober 2022', 'March 12, 2026', '12 March 2026', '2022-10-06–2022-10-07', '2022-1-1, ,', 'den 6 okt. 2022',
            'fredag 2022-10-28, Huddinge kommunhus, sal 3', '2024-02-29', '2023-02-29', '2022-10-06 13.00-12.00', '2022-10-06 1:00–1:00',
            // The second edition's forms (LANGUAGE-2.md section 1), right and wrong.
            'tisdag den 26 februari 2019', 'den 2019-02-26', '26–27 januari 2002', 'lördag–söndag 26–27 januari 2002', '2002-01-26 – 2002-01-27',
            '27–26 januari 2002', 'fredag–söndag 2002-01-26–27', 'Monday, March 16, 2026, 6:30 PM–8:45 PM', 'May 9, 2006, 6:33 PM',
            '2026-03-16 6:30–8:45 PM UTC', '2026-03-16 13:00 PM', 'kl. 13.00 CET', '3/11/2021', '13/13/2021',
            'Thursday, May 14, 2026, 7:30pm at Menlo Park', 'preliminärt tisdag 2026-03-17', 'nästa möte', 'next meeting', 'imorgon',
            'juni 2026', 'löpande', 'ej bestämt', 'TBD, week 12', 'vid nästa möte', 'genom pull request', 'omedelbart', '2011-10-19 kl. 16.00, Förvaltningshuset'
        )
    },
    { weight: 1, arbitrary: text }
);

const itemNumber: fc.Arbitrary<string> = fc.oneof(
    fc.constant(''),
    fc.integer({ min: 0, max: 60 }).map(n => ` ${n}`),
    fc.constantFrom(' 99999999999999999999', ' 007', ' 1 2', 'x', ' -1')
);

/** Names on a role or owner line: one, two, many, declared or not, with every separator. */
function nameList(declared: readonly string[]): fc.Arbitrary<string> {
    const pick = declared.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...declared) }, { weight: 1, arbitrary: name }) : name;
    return fc.tuple(fc.array(pick, { maxLength: 4 }), fc.constantFrom(', ', ',', '; ', ' & ', ' och ', ' and '))
        .map(([names, separator]) => names.join(separator));
}

type Lines = string[];

const prose: fc.Arbitrary<Lines> = fc.array(text.filter(t => t.trim() !== ''), { minLength: 1, maxLength: 3 });
const bullet: fc.Arbitrary<Lines> = fc.tuple(fc.constantFrom('- ', '* ', '• ', '-'), text, fc.array(text, { maxLength: 2 }))
    .map(([marker, first, more]) => [marker + first, ...more.map(line => `  ${line}`)]);

function personList(id: 'present' | 'absent'): fc.Arbitrary<{ lines: Lines; names: string[] }> {
    return fc.tuple(keyword(id), fc.option(text, { nil: undefined }), fc.array(fc.tuple(fc.constantFrom('- ', '* ', '• '), name, fc.option(text, { nil: undefined })), { maxLength: 8 }))
        .map(([kw, inline, persons]) => ({
            lines: [`${kw}${inline ? ' ' + inline : ''}`, ...persons.map(([marker, person, info]) => `${marker}${person}${info !== undefined ? `, ${info}` : ''}`)],
            names: persons.map(([, person]) => person)
        }));
}

/** One element of a document, given the names declared so far (for role and owner lines). */
function element(declared: readonly string[]): fc.Arbitrary<Lines> {
    const line = (id: KeywordId, value: fc.Arbitrary<string>) => fc.tuple(keyword(id), value).map(([kw, v]) => [`${kw} ${v}`]);
    return fc.oneof(
        { weight: 2, arbitrary: line('date', dateValue) },
        { weight: 1, arbitrary: line('place', text) },
        { weight: 2, arbitrary: line('chair', nameList(declared)) },
        { weight: 1, arbitrary: line('secretary', nameList(declared)) },
        { weight: 2, arbitrary: line('adjuster', nameList(declared)) },
        { weight: 3, arbitrary: fc.tuple(keyword('item'), itemNumber, text).map(([kw, n, title]) => [`${kw.replace(/:$/u, '')}${n}: ${title}`]) },
        { weight: 4, arbitrary: prose },
        { weight: 3, arbitrary: bullet },
        { weight: 3, arbitrary: fc.tuple(keyword('decision'), fc.option(text, { nil: undefined }), fc.array(text, { maxLength: 2 })).map(([kw, first, more]) => [`${kw}${first !== undefined ? ' ' + first : ''}`, ...more]) },
        { weight: 3, arbitrary: fc.tuple(line('action', text), fc.option(line('owner', nameList(declared)), { nil: undefined }), fc.option(line('due', dateValue), { nil: undefined })).map(([a, o, d]) => [...a, ...(o ?? []), ...(d ?? [])]) },
        { weight: 1, arbitrary: line('next', dateValue) },
        { weight: 1, arbitrary: line('approval', dateValue) },
        { weight: 1, arbitrary: fc.tuple(keyword('closing'), text).map(([kw, t]) => [`${kw} ${t}`]) },
        { weight: 1, arbitrary: fc.constantFrom('', '', '// en kommentar', '   ', '\t').map(line => [line]) },
        { weight: 1, arbitrary: fc.constantFrom(...KEYWORD_IDS).chain(id => line(id, text)) },
        { weight: 1, arbitrary: fc.constantFrom(...KEYWORD_IDS).chain(id => line(id, spacedValue)) }
    );
}

/** A document in the order the language describes, then maybe shuffled; any line ends. */
export const modelDocument: fc.Arbitrary<string> = fc.record({
    header: fc.option(fc.tuple(keyword('kind'), text).map(([kw, title]) => `${kw} ${title}`), { freq: 8, nil: undefined }),
    present: fc.option(personList('present'), { freq: 4, nil: undefined }),
    absent: fc.option(personList('absent'), { freq: 2, nil: undefined }),
    // A quarter of the documents have their blocks in random order.
    shuffle: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }) }),
    lineEnd: fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', 'mixed'),
    indents: fc.oneof(
        { weight: 3, arbitrary: fc.constant(['']) },
        { weight: 1, arbitrary: fc.array(fc.constantFrom('', '', '', '', ' ', '  ', '\t', '\u00A0'), { minLength: 1, maxLength: 8 }) }
    ),
    finalBreak: fc.boolean()
}).chain(parts => {
    const declared = [...(parts.present?.names ?? []), ...(parts.absent?.names ?? [])].filter(n => n.trim() !== '');
    return fc.array(element(declared), { maxLength: 25 }).map(elements => {
        let blocks: Lines[] = [
            ...(parts.header !== undefined ? [[parts.header]] : []),
            ...(parts.present ? [parts.present.lines] : []),
            ...(parts.absent ? [parts.absent.lines] : []),
            ...elements
        ];
        if (parts.shuffle) blocks = shuffled(blocks, parts.shuffle);
        const lines: string[] = [];
        for (const block of blocks) lines.push(...block, '');
        const indented = lines.map((line, i) => parts.indents[i % parts.indents.length] + line);
        return joinLines(indented, parts.lineEnd, parts.finalBreak);
    });
});

function shuffled<T>(items: readonly T[], swaps: readonly number[]): T[] {
    const out = [...items];
    if (out.length < 2) return out;
    for (let i = 0; i < swaps.length; i++) {
        const a = swaps[i] % out.length;
        const b = (swaps[i] >>> 8) % out.length;
        [out[a], out[b]] = [out[b], out[a]];
    }
    return out;
}

function joinLines(lines: readonly string[], lineEnd: string, finalBreak: boolean): string {
    const ends = ['\n', '\r\n', '\r'];
    let out = '';
    lines.forEach((line, i) => {
        const end = lineEnd === 'mixed' ? ends[i % 3] : lineEnd;
        out += line + (i < lines.length - 1 || finalBreak ? end : '');
    });
    return out;
}

/** One change to a document; data rather than a function, so that fast-check can shrink it. */
type Mutation =
    | { kind: 'delete' | 'duplicate'; line: number }
    | { kind: 'swap' | 'move'; line: number; other: number }
    | { kind: 'insert'; at: number; text: string }
    | { kind: 'replace'; at: number; length: number; text: string }
    | { kind: 'keyword'; line: number; id: KeywordId; value: string }
    | { kind: 'huge'; line: number; unit: string; count: number }
    | { kind: 'line-ends'; to: string }
    | { kind: 'bom' }
    | { kind: 'truncate'; at: number };

const insertion: fc.Arbitrary<string> = fc.oneof(
    piece,
    loneSurrogate,
    combiningRun,
    fc.constantFrom('\u0000', '\u0000\u0000\u0000', '\r', '\n', '\r\n', '\n\n\n', ':', '- ', '//', '\uFEFF', '\u202E', '§ 1:'),
    fc.string({ unit: 'binary-ascii', maxLength: 40 }),
    fc.uint8Array({ maxLength: 30 }).map(bytes => Buffer.from(bytes).toString('latin1')),
    whitespaceRun,
    longName
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), line: fc.nat() }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('swap' as const, 'move' as const), line: fc.nat(), other: fc.nat() }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertion }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length: fc.nat({ max: 20 }), text: insertion }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('keyword' as const), line: fc.nat(), id: fc.constantFrom(...KEYWORD_IDS), value: fc.oneof(text, dateValue) }) },
    {
        weight: 1,
        arbitrary: fc.record({
            kind: fc.constant('huge' as const),
            line: fc.nat(),
            unit: fc.constantFrom('a', 'ab ', 'Anna, ', '- ', 'Beslut: ', 'å\u0301', '\uD800', '<b>&amp;', ' ', '2022-10-06 ', '\t', ' och ', 'Anna Berg'),
            count: fc.integer({ min: 100, max: 6_000 })
        })
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('line-ends' as const), to: fc.constantFrom('\r\n', '\r', '\n') }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) }
);

/** Applies one mutation; positions wrap around the text, so any number is a valid position. */
export function mutate(text: string, m: Mutation): string {
    const lines = text.split('\n');
    const at = (n: number) => n % (text.length + 1);
    const line = (n: number) => n % lines.length;
    switch (m.kind) {
        case 'delete':
            lines.splice(line(m.line), 1);
            return lines.join('\n');
        case 'duplicate':
            lines.splice(line(m.line), 0, lines[line(m.line)]);
            return lines.join('\n');
        case 'swap': {
            const a = line(m.line);
            const b = line(m.other);
            [lines[a], lines[b]] = [lines[b], lines[a]];
            return lines.join('\n');
        }
        case 'move': {
            const [moved] = lines.splice(line(m.line), 1);
            lines.splice(m.other % (lines.length + 1), 0, moved);
            return lines.join('\n');
        }
        case 'insert':
            return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
        case 'replace':
            return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at) + m.length);
        case 'keyword':
            lines.splice(line(m.line), 0, `${KEYWORDS[m.id][m.value.length % KEYWORDS[m.id].length]}: ${m.value}`);
            return lines.join('\n');
        case 'huge':
            lines.splice(line(m.line), 0, m.unit.repeat(m.count));
            return lines.join('\n');
        case 'line-ends':
            return text.replace(/\r\n|\n|\r/gu, m.to);
        case 'bom':
            return '\uFEFF' + text;
        case 'truncate':
            return text.slice(0, at(m.at));
    }
}

/** An example document with one to eight mutations applied in order. */
export const mutatedExample: fc.Arbitrary<string> = fc.tuple(
    fc.constantFrom(...exampleTexts()),
    fc.array(mutation, { minLength: 1, maxLength: 8 })
).map(([example, mutations]) => mutations.reduce(mutate, example));

/**
 * The words "token" and "Expecting" are what a leaked parser message would say; user text that
 * happens to contain them would be quoted in some messages, so generated text avoids them.
 */
export function withoutJargon(text: string): string {
    return text.replace(/token|expecting|undefined|NaN|\[object /giu, 'xx');
}

/** A document from either generator, and raw numbers for the positions of LSP requests. */
export const fuzzCase: fc.Arbitrary<{ text: string; positions: number[] }> = fc.record({
    text: fc.oneof(modelDocument, mutatedExample).map(withoutJargon),
    positions: fc.array(fc.nat(), { minLength: 1, maxLength: 6 })
});
