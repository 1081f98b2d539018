/**
 * Splitting person lines and chair lines (language/person-line.ts), LANGUAGE-2.md sections 2
 * and 9: every span the lexer turns into a token, and properties over random lines (spans in
 * grammar order, inside the line, nothing but spaces and separators left out).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitChairLine, splitPersonLine, type PersonSpan } from '../../language/person-line.js';

function show(text: string, spans: PersonSpan[]): string {
    return spans.map(s => `${s.type}[${text.slice(s.start, s.end)}]`).join(' ');
}
const person = (rest: string, serving = false) => show(rest, splitPersonLine(rest, { serving }));
const chair = (value: string) => show(value, splitChairLine(value));

describe('a person line', () => {
    test('the name is the text up to the first comma, without trailing parentheses', () => {
        expect(person('Anna Berg')).toBe('NAME[Anna Berg]');
        expect(person('Anna Berg, Socialkontoret')).toBe('NAME[Anna Berg] TEXT[Socialkontoret]');
        expect(person('Anna Berg (via Zoom), Socialkontoret')).toBe('NAME[Anna Berg] TEXT[(via Zoom)] TEXT[Socialkontoret]');
        expect(person('Anna (Cart) Berg')).toBe('NAME[Anna (Cart) Berg]');
        expect(person('Anna Berg (S')).toBe('NAME[Anna Berg (S]');
    });

    test('a parenthesised single word right after the name is the short form', () => {
        expect(person('Bo Eliasson (V)')).toBe('NAME[Bo Eliasson] SHORT[(V)]');
        expect(person('Anna Jansson (AJ), kassör')).toBe('NAME[Anna Jansson] SHORT[(AJ)] TEXT[kassör]');
        expect(person('Eric Cartman (Cart)')).toBe('NAME[Eric Cartman] SHORT[(Cart)]');
        expect(person('James Snell (@jasnell)')).toBe('NAME[James Snell] SHORT[(@jasnell)]');
        expect(person('Anna Berg (S) (via Zoom)')).toBe('NAME[Anna Berg] SHORT[(S)] TEXT[(via Zoom)]');
        expect(person('Anna Berg (2nd half)')).toBe('NAME[Anna Berg] TEXT[(2nd half)]');
    });

    test('a role word in parentheses says what the person is: free text, not a short form', () => {
        expect(person('Magnus Gyllestad (ordförande)')).toBe('NAME[Magnus Gyllestad] TEXT[(ordförande)]');
        expect(person('Jane Doe (Chair)')).toBe('NAME[Jane Doe] TEXT[(Chair)]');
        expect(person('Jane Doe (Secretary), Acme')).toBe('NAME[Jane Doe] TEXT[(Secretary)] TEXT[Acme]');
    });

    test('a group that starts with a range word is an attendance range wherever it stands', () => {
        expect(person('Bo Eliasson (V) (§ 163–169, 171)')).toBe('NAME[Bo Eliasson] SHORT[(V)] RANGE[(§ 163–169, 171)]');
        expect(person('Bo Eliasson (§ 163–169)')).toBe('NAME[Bo Eliasson] RANGE[(§ 163–169)]');
        expect(person('Per Holm, socialchef (§ 12–13)')).toBe('NAME[Per Holm] TEXT[socialchef] RANGE[(§ 12–13)]');
        expect(person('Per Holm (§ 12–13) socialchef')).toBe('NAME[Per Holm] RANGE[(§ 12–13)] TEXT[socialchef]');
        expect(person('Ann Lee (left after item 4), Treasurer')).toBe('NAME[Ann Lee] RANGE[(left after item 4)] TEXT[Treasurer]');
        expect(person('Ann Lee (items 3–5) (from item 4)')).toBe('NAME[Ann Lee] RANGE[(items 3–5)] RANGE[(from item 4)]');
        expect(person('Ann Lee, (ej § 91–97) och (lämnade vid punkt 98)'))
            .toBe('NAME[Ann Lee] RANGE[(ej § 91–97)] TEXT[och] RANGE[(lämnade vid punkt 98)]');
    });

    test('other parentheses and an unparenthesised "§ 1" are free text', () => {
        expect(person('Ann Lee (left early)')).toBe('NAME[Ann Lee] TEXT[(left early)]');
        expect(person('Per Holm, socialchef § 12')).toBe('NAME[Per Holm] TEXT[socialchef § 12]');
        expect(person('Per Holm, (2nd half), via Zoom')).toBe('NAME[Per Holm] TEXT[(2nd half), via Zoom]');
    });

    test('`för` is read only in a serving substitutes list', () => {
        expect(person('Cristina Kvist (V), för Bo Eliasson (V) § 170, 172–184'))
            .toBe('NAME[Cristina Kvist] SHORT[(V)] TEXT[för Bo Eliasson (V) § 170, 172–184]');
    });
});

describe('a serving substitute', () => {
    test('`för` starts the member reference; the range right after it is the serving range', () => {
        expect(person('Cristina Kvist (V), för Bo Eliasson (V) § 170, 172–184', true))
            .toBe('NAME[Cristina Kvist] SHORT[(V)] FOR[för] MEMBER[Bo Eliasson (V)] SERVING_RANGE[§ 170, 172–184]');
        expect(person('Cristina Kvist, för Bo Eliasson (§ 170)', true))
            .toBe('NAME[Cristina Kvist] FOR[för] MEMBER[Bo Eliasson] SERVING_RANGE[(§ 170)]');
        expect(person('Jo Ek, replacing Al Hart items 3–5, remote', true))
            .toBe('NAME[Jo Ek] FOR[replacing] MEMBER[Al Hart] SERVING_RANGE[items 3–5] TEXT[remote]');
        expect(person('Jo Ek, for Al Hart', true)).toBe('NAME[Jo Ek] FOR[for] MEMBER[Al Hart]');
    });

    test('without a comma, the name ends at the `för` word', () => {
        expect(person('Cristina Kvist (V) ersätter Bo Eliasson (V) (§ 170)', true))
            .toBe('NAME[Cristina Kvist] SHORT[(V)] FOR[ersätter] MEMBER[Bo Eliasson (V)] SERVING_RANGE[(§ 170)]');
        expect(person('Fortun Förare, FÖR Bo', true)).toBe('NAME[Fortun Förare] FOR[FÖR] MEMBER[Bo]');
    });

    test('the member reference ends at a comma; free text and attendance ranges follow', () => {
        expect(person('Anna Berg, för Bo, hela mötet', true)).toBe('NAME[Anna Berg] FOR[för] MEMBER[Bo] TEXT[hela mötet]');
        expect(person('Anna Berg, för Bo § 3 (från § 2)', true))
            .toBe('NAME[Anna Berg] FOR[för] MEMBER[Bo] SERVING_RANGE[§ 3] RANGE[(från § 2)]');
        expect(person('Anna Berg (från § 2), tjänstgör för Bo (§ 3)', true))
            .toBe('NAME[Anna Berg] RANGE[(från § 2)] TEXT[tjänstgör] FOR[för] MEMBER[Bo] SERVING_RANGE[(§ 3)]');
        expect(person('Anna Berg, för Bo, § 3', true)).toBe('NAME[Anna Berg] FOR[för] MEMBER[Bo] SERVING_RANGE[§ 3]');
        expect(person('Anna Berg, för Bo (via Zoom) § 3', true)).toBe('NAME[Anna Berg] FOR[för] MEMBER[Bo (via Zoom)] SERVING_RANGE[§ 3]');
    });

    test('only the first `för` word; a `för` inside a word is none', () => {
        expect(person('Anna Berg, för Bo, för Cy', true)).toBe('NAME[Anna Berg] FOR[för] MEMBER[Bo] TEXT[för Cy]');
        expect(person('Anna Berg, förening', true)).toBe('NAME[Anna Berg] TEXT[förening]');
        expect(person('Anna Berg, för (§ 3)', true)).toBe('NAME[Anna Berg] FOR[för] SERVING_RANGE[(§ 3)]');
        expect(person('Anna Berg, för', true)).toBe('NAME[Anna Berg] FOR[för]');
    });
});

describe('a chair line', () => {
    test('names with their ranges', () => {
        expect(chair('Anna Berg (§ 94–106), Per Holm (§ 107–110)')).toBe('NAME[Anna Berg] RANGE[(§ 94–106)] NAME[Per Holm] RANGE[(§ 107–110)]');
        expect(chair('Anna Berg (items 1–3) and Bo Ek (punkt 4, 5)')).toBe('NAME[Anna Berg] RANGE[(items 1–3)] NAME[Bo Ek] RANGE[(punkt 4, 5)]');
        expect(chair('Anna Berg (§ 1–3) (§ 7) och Bo Ek')).toBe('NAME[Anna Berg] RANGE[(§ 1–3) (§ 7)] NAME[Bo Ek]');
    });

    test('names without ranges, other parentheses kept in the name', () => {
        expect(chair('Magnus Gyllestad')).toBe('NAME[Magnus Gyllestad]');
        expect(chair('Bo Eliasson (V); Anna & Cy')).toBe('NAME[Bo Eliasson (V)] NAME[Anna] NAME[Cy]');
        expect(chair('Anna (S, ordf.)')).toBe('NAME[Anna (S, ordf.)]');
        expect(chair('Jochen Andersson')).toBe('NAME[Jochen Andersson]');
        expect(chair('(§ 1)')).toBe('NAME[(§ 1)]');
    });
});

/** Random lines of the pieces that matter. */
const lineOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map(parts => parts.join(''));
const PIECES = ['Anna', ' ', '  ', 'Berg', ',', '(', ')', '(S)', '(§ 3)', '§', ' 3', '–5', 'för', 'för ', 'FOR ', 'ersätter', 'och', ' och ',
    'and', '&', ';', 'left after item 4', '(ej § 1)', 'punkt', 'items', '\t', '(@x)', 'ordförande', 'Å', '.'];
const GRAMMAR = /^(N)?(S)?[RT]*(?:F(M)?(V)?[RT]*)?$/u;
const LETTER: Record<string, string> = { NAME: 'N', SHORT: 'S', RANGE: 'R', TEXT: 'T', FOR: 'F', MEMBER: 'M', SERVING_RANGE: 'V' };

function outside(text: string, spans: PersonSpan[]): string {
    let rest = '';
    let at = 0;
    for (const span of spans) {
        rest += text.slice(at, span.start);
        at = span.end;
    }
    return rest + text.slice(at);
}

describe('properties', () => {
    test('person lines: spans in grammar order, ordered, non-empty, and only spaces and commas outside them', () => {
        fc.assert(fc.property(lineOf(PIECES), fc.boolean(), (text, serving) => {
            const spans = splitPersonLine(text, { serving });
            expect(spans.map(s => LETTER[s.type]).join(''), JSON.stringify(text)).toMatch(GRAMMAR);
            let at = 0;
            for (const span of spans) {
                expect(span.start).toBeGreaterThanOrEqual(at);
                expect(span.end).toBeGreaterThan(span.start);
                at = span.end;
            }
            expect(at).toBeLessThanOrEqual(text.length);
            expect(outside(text, spans), JSON.stringify(text)).toMatch(/^[\s,]*$/u);
            if (!serving) expect(spans.some(s => s.type === 'FOR')).toBe(false);
        }), { seed: 12, numRuns: 5_000 });
    });

    test('chair lines: NAME (RANGE)? repeated, and only spaces and separators outside them', () => {
        fc.assert(fc.property(lineOf(PIECES), text => {
            const spans = splitChairLine(text);
            expect(spans.map(s => LETTER[s.type]).join(''), JSON.stringify(text)).toMatch(/^(?:NR?)*$/u);
            const left = outside(text, spans).replace(/(?:^|\s)(?:och|and)(?=\s|$)/giu, '');
            expect(left, JSON.stringify(text)).toMatch(/^[\s,;&]*$/u);
        }), { seed: 13, numRuns: 5_000 });
    });
});
