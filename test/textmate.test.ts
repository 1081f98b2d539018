// Tokenizes .minutes text with the real TextMate engine (vscode-textmate + the
// Oniguruma WASM build that VS Code itself uses) and checks the scopes produced by
// syntaxes/minutes.tmLanguage.json. Also checks the regexes in
// language-configuration.json (VS Code evaluates those as JavaScript RegExps).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMinutesCoreServices } from '../language/index.js';
import {
  APPROVAL_PREFIXES, PREFIXED_TAGS, RELATIVE_BY_KIND, RELATIVE_PHRASES, readRelativeForm, scanDateSlot, type DateSlotKind, type Phrase,
} from '../language/date-slot.js';
import { KEYWORD_BY_ID, KEYWORDS, MONTH_SPELLINGS } from '../language/keywords.js';

const require = createRequire(import.meta.url);
// Both packages are UMD/CommonJS bundles; load them through require.
const vsctm: typeof import('vscode-textmate') = require('vscode-textmate');
const oniguruma: typeof import('vscode-oniguruma') = require('vscode-oniguruma');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const grammarPath = join(root, 'syntaxes', 'minutes.tmLanguage.json');
const languageConfiguration = JSON.parse(
  readFileSync(join(root, 'language-configuration.json'), 'utf8'),
) as {
  wordPattern: string;
  onEnterRules: { beforeText: string; action: { indent: string; appendText?: string } }[];
  comments: { lineComment: string };
};

const EXAMPLE_FILES = [
  'malarkommunerna-ledningsgrupp-2023-03-02.minutes',
  'rowing-club-committee-2026-02-10.minutes',
  'second-edition/ekby-kommunstyrelsen-2026-03-10.minutes',
  'second-edition/harbor-tech-board-2026-04-21.minutes',
];

function examplePath(name: string): string {
  return join(root, 'test', 'fixtures', name);
}

let grammar: import('vscode-textmate').IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'source.minutes') return null;
      return vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath);
    },
  });
  const g = await registry.loadGrammar('source.minutes');
  if (!g) throw new Error('grammar source.minutes did not load');
  grammar = g;
});

interface Token {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

/** Tokenizes consecutive lines, carrying the rule stack from line to line. */
function tokenize(text: string): { line: string; tokens: Token[] }[] {
  let stack = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    expect(r.stoppedEarly).toBe(false);
    stack = r.ruleStack;
    return {
      line,
      tokens: r.tokens.map((t) => ({
        text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
        start: t.startIndex,
        end: t.endIndex,
        scopes: t.scopes,
      })),
    };
  });
}

/**
 * The scopes shared by every token that covers `part` (the first occurrence in the
 * line, or the n-th). Also checks that the matching tokens cover exactly `part`
 * when `exact` is set, so a name is one token and not glued to its neighbours.
 */
function scopesOf(
  tokenized: { line: string; tokens: Token[] },
  part: string,
  opts: { occurrence?: number; exact?: boolean } = {},
): string[] {
  let start = -1;
  for (let i = 0; i <= (opts.occurrence ?? 0); i++) {
    start = tokenized.line.indexOf(part, start + 1);
    if (start < 0) throw new Error(`"${part}" not in "${tokenized.line}"`);
  }
  const end = start + part.length;
  const covering = tokenized.tokens.filter((t) => t.start < end && t.end > start);
  if (opts.exact) {
    expect(covering[0].start, `token starts at "${part}"`).toBe(start);
    expect(covering[covering.length - 1].end, `token ends after "${part}"`).toBe(end);
  }
  return covering
    .map((t) => t.scopes)
    .reduce((acc, s) => acc.filter((x) => s.includes(x)));
}

function line(text: string) {
  return tokenize(text)[0];
}

function allScopes(tokenized: { tokens: Token[] }): string[] {
  return tokenized.tokens.flatMap((t) => t.scopes);
}

const PERSON = 'variable.other.person.minutes';
const PERSON_ENTITY = 'entity.name.person.minutes';
const RELATIVE = 'constant.other.date.relative.minutes';

const rawGrammar = JSON.parse(readFileSync(grammarPath, 'utf8')) as { repository: Record<string, { match?: string }> };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Alternatives joined with `|`, longest first (so a reader finds `vid nästa möte` before `nästa möte`). */
function alternation(sources: readonly string[]): string {
  return [...new Set(sources)].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');
}

/** A phrase of date-slot.ts as a pattern: its words with any whitespace between them. */
function phraseSource(phrase: Phrase): string {
  return phrase.map(escapeRegExp).join('\\s+');
}

/** The relative values of a kind of date slot (date-slot.ts), as one pattern. */
function relativeSource(kind: DateSlotKind): string {
  const tags = RELATIVE_BY_KIND[kind];
  const phrases = (prefixed: boolean) => RELATIVE_PHRASES
    .filter(([tag]) => tags.includes(tag) && PREFIXED_TAGS.includes(tag) === prefixed)
    .flatMap(([, list]) => list.map(phraseSource));
  const prefixed = phrases(true);
  return [
    ...(prefixed.length > 0 ? [`(?:(?:${alternation(APPROVAL_PREFIXES.map(phraseSource))})\\s+)?(?:${alternation(prefixed)})`] : []),
    ...(phrases(false).length > 0 ? [alternation(phrases(false))] : []),
    ...(tags.includes('month') ? [`(?:${alternation(MONTH_SPELLINGS.map(escapeRegExp))})\\.?\\s+\\d{4}`] : []),
  ].join('|');
}

/**
 * The grammar's rule for a date slot whose whole value is a relative date, derived from the
 * language's lists: the keyword's spellings, the relative phrases of its kind, then an optional
 * period (and for `Nästa möte` a place after a comma) to the end of the line.
 */
function relativeLineSource(kind: DateSlotKind): string {
  const keyword = KEYWORD_BY_ID[kind];
  const spellings = [...keyword.spellings.sv, ...keyword.spellings.en].map((s) => s.toLowerCase().split(' ').map(escapeRegExp).join('[ \\t]+'));
  const end = kind === 'next' ? '(?:\\.?\\s*$|\\s*(,)\\s*(\\S(?:.*\\S)?)\\s*$)' : '\\.?\\s*$';
  return `(?i)^\\s*(${alternation(spellings)})[ \\t]*(:)\\s*(${relativeSource(kind)})${end}`;
}

const { Minutes } = createMinutesCoreServices(EmptyFileSystem);

/** The scopes of the lines on which the grammar colours persons. */
const NAMING_LINES = ['meta.person-list.minutes', 'meta.role.minutes', 'meta.reservation.minutes', 'meta.recusal.minutes', 'meta.record-note.minutes'];

/** The keyword tokens of the lines whose names are followed by free text. */
const NAMES_AND_TEXT = ['K_RESERVATION', 'K_RECUSAL', 'K_RECORD_NOTE'];

/**
 * On every line that has one of the lexer's `keywords` (every line when none are given), the
 * grammar gives `scope` to exactly the lexer's tokens of type `token`: the same columns, nothing more.
 */
function expectColouredAsLexed(text: string, token: string, scope: string, keywords?: readonly string[]): void {
  const lexed = Minutes.parser.Lexer.tokenize(text).tokens;
  tokenize(text).forEach((l, index) => {
    const onLine = lexed.filter((t) => t.startLine === index + 1);
    if (keywords && !onLine.some((t) => keywords.includes(t.tokenType.name))) return;
    const expected = onLine.filter((t) => t.tokenType.name === token).map((t) => `${t.startColumn! - 1}–${t.endColumn!} ${t.image}`);
    const coloured = l.tokens.filter((t) => t.scopes.includes(scope)).map((t) => `${t.start}–${t.end} ${t.text}`);
    expect(coloured, l.line).toEqual(expected);
  });
}

/** The date slots that take a relative value. */
const RELATIVE_KINDS = (Object.keys(RELATIVE_BY_KIND) as DateSlotKind[]).filter((kind) => RELATIVE_BY_KIND[kind].length > 0);

describe('TextMate grammar source.minutes', () => {
  it('colours a Swedish keyword line', () => {
    const t = line('Plats: Digitalt via Teams');
    expect(scopesOf(t, 'Plats', { exact: true })).toContain('keyword.other.text.minutes');
    expect(scopesOf(t, ':', { exact: true })).toContain('punctuation.separator.key-value.minutes');
    expect(scopesOf(t, 'Digitalt via Teams').filter((s) => s.startsWith('keyword'))).toEqual([]);
  });

  it('colours an English keyword line', () => {
    const t = line('Decision: The agenda is approved.');
    expect(scopesOf(t, 'Decision', { exact: true })).toContain('keyword.other.text.minutes');
    const t2 = line('Next meeting: Thursday 2026-04-16 18.30, Reading room');
    expect(scopesOf(t2, 'Next meeting', { exact: true })).toContain('keyword.other.date.minutes');
    expect(scopesOf(t2, 'Thursday', { exact: true })).toContain('constant.language.weekday.minutes');
    expect(scopesOf(t2, '2026-04-16', { exact: true })).toContain('constant.numeric.date.minutes');
    expect(scopesOf(t2, '18.30', { exact: true })).toContain('constant.numeric.time.minutes');
    expect(scopesOf(t2, 'Reading room', { exact: true })).toContain('meta.place.minutes');
  });

  it('matches keywords case-insensitively with Unicode case folding, only before a colon', () => {
    const t = line('NÄSTA MÖTE: fredag 2022-10-28, Huddinge');
    expect(scopesOf(t, 'NÄSTA MÖTE', { exact: true })).toContain('keyword.other.date.minutes');
    expect(scopesOf(t, 'fredag', { exact: true })).toContain('constant.language.weekday.minutes');
    expect(scopesOf(t, '2022-10-28', { exact: true })).toContain('constant.numeric.date.minutes');
    expect(scopesOf(t, ',')).toContain('punctuation.separator.comma.minutes');
    expect(scopesOf(t, 'Huddinge')).toContain('meta.place.minutes');
    expect(scopesOf(line('  nästa   möte: 2022-10-28'), 'nästa   möte', { exact: true })).toContain(
      'keyword.other.date.minutes',
    );
    expect(scopesOf(line('Vid anteckningarna: Helene Olofsson'), 'Vid anteckningarna', { exact: true })).toContain(
      'keyword.other.role.minutes',
    );
    expect(scopesOf(line('EJ NÄRVARANDE:'), 'EJ NÄRVARANDE', { exact: true })).toContain(
      'keyword.other.person-list.minutes',
    );
    expect(scopesOf(line('Frånvarande:'), 'Frånvarande', { exact: true })).toContain(
      'keyword.other.person-list.minutes',
    );
  });

  it('colours the header line', () => {
    const t = line('Minnesanteckningar: Södertörnskommunernas ledningsgrupp');
    expect(scopesOf(t, 'Minnesanteckningar', { exact: true })).toContain('keyword.other.kind.minutes');
    const title = scopesOf(t, 'Södertörnskommunernas ledningsgrupp', { exact: true });
    expect(title).toContain('markup.heading.1.minutes');
    expect(title).toContain('entity.name.section.minutes');
    expect(scopesOf(line('Minutes: Harbour Street Library, board'), 'Minutes', { exact: true })).toContain(
      'keyword.other.kind.minutes',
    );
  });

  it('colours item headings: keyword, number, title', () => {
    const t = line('Punkt 3: Övrigt');
    expect(scopesOf(t, 'Punkt', { exact: true })).toContain('keyword.other.item.minutes');
    expect(scopesOf(t, '3', { exact: true })).toContain('constant.numeric.item-number.minutes');
    expect(scopesOf(t, 'Övrigt', { exact: true })).toContain('markup.heading.2.minutes');
    const p = line('§ 12: Val av justerare');
    expect(scopesOf(p, '§', { exact: true })).toContain('keyword.other.item.minutes');
    expect(scopesOf(p, '12', { exact: true })).toContain('constant.numeric.item-number.minutes');
    expect(scopesOf(p, 'Val av justerare', { exact: true })).toContain('markup.heading.2.minutes');
    const e = line('Item 1: Approval of the agenda');
    expect(scopesOf(e, 'Item', { exact: true })).toContain('keyword.other.item.minutes');
    expect(scopesOf(e, '1', { exact: true })).toContain('constant.numeric.item-number.minutes');
    expect(scopesOf(e, 'Approval of the agenda', { exact: true })).toContain('markup.heading.2.minutes');
    const n = line('PUNKT: Utan nummer');
    expect(scopesOf(n, 'PUNKT', { exact: true })).toContain('keyword.other.item.minutes');
    expect(scopesOf(n, 'Utan nummer', { exact: true })).toContain('markup.heading.2.minutes');
  });

  it('does not colour a keyword word without a colon, or an unknown word with a colon', () => {
    for (const text of ['Beslut om budget', 'Observera: text', 'Proposed by: Ada', 'Tidning: x', 'Se Beslut: x']) {
      const scopes = allScopes(line(text));
      expect(scopes.filter((s) => s.startsWith('keyword')), text).toEqual([]);
      expect(scopes.filter((s) => s.includes('person')), text).toEqual([]);
    }
  });

  it('colours comment lines', () => {
    const t = line('  // not rendered: Beslut: x');
    expect(scopesOf(t, '// not rendered: Beslut: x')).toContain('comment.line.double-slash.minutes');
    expect(scopesOf(t, '//', { exact: true })).toContain('punctuation.definition.comment.minutes');
    expect(allScopes(t).filter((s) => s.startsWith('keyword'))).toEqual([]);
    // "//" later in a line is not a comment (URLs)
    expect(allScopes(line('Se https://example.org')).some((s) => s.startsWith('comment'))).toBe(false);
  });

  it('colours bullet markers at line start', () => {
    for (const [text, marker] of [
      ['- Kollektivtrafikplan 2050 är antagen.', '-'],
      ['* star bullet', '*'],
      ['• dot bullet', '•'],
      ['  - indented', '-'],
    ] as const) {
      const t = line(text);
      expect(scopesOf(t, marker, { exact: true }), text).toContain('punctuation.definition.list.begin.minutes');
    }
    expect(allScopes(line('-no space')).includes('punctuation.definition.list.begin.minutes')).toBe(false);
    expect(allScopes(line('Visions- och mål')).includes('punctuation.definition.list.begin.minutes')).toBe(false);
  });

  it('colours each comma-separated name after a role keyword', () => {
    const t = line('Justerare: Stefan Hollmark, Anna Öberg');
    expect(scopesOf(t, 'Justerare', { exact: true })).toContain('keyword.other.role.minutes');
    for (const name of ['Stefan Hollmark', 'Anna Öberg']) {
      const s = scopesOf(t, name, { exact: true });
      expect(s, name).toContain(PERSON);
      expect(s, name).toContain(PERSON_ENTITY);
    }
    expect(scopesOf(t, ',', { exact: true })).toContain('punctuation.separator.comma.minutes');
    expect(scopesOf(t, ',', { exact: true })).not.toContain(PERSON);
    for (const [text, name] of [
      ['Ordförande: Magnus Gyllestad', 'Magnus Gyllestad'],
      ['Chair: Ada Lindqvist', 'Ada Lindqvist'],
      ['Sekreterare: Helene Olofsson', 'Helene Olofsson'],
      ['Secretary: Eva Novak', 'Eva Novak'],
      ['Approver: Carla Mendes', 'Carla Mendes'],
      ['Ansvarig: Carina Lundberg-Uudelepp', 'Carina Lundberg-Uudelepp'],
      ['Owner: David Chen, Carla Mendes', 'Carla Mendes'],
      ['Responsible: Ben Okafor', 'Ben Okafor'],
    ] as const) {
      const tt = line(text);
      expect(scopesOf(tt, name, { exact: true }), text).toContain(PERSON);
    }
  });

  it('colours person declarations inside a Deltagare block, and not after it ends', () => {
    const lines = tokenize(
      [
        'Deltagare:',
        '- Leif Eriksson, Botkyrka',
        '• Cynthia Runefjärd, Tyresö, ordförande i nätverket',
        '* Frida Nilsson',
        '',
        '- Visionsformulering enligt förslag 1, föredras av samtliga.',
        'Present:',
        '- Ada Lindqvist, chair of the board',
        'Prose line ends the list.',
        '- Not a person, just a bullet',
        'Ej närvarande:',
        '  - Petra Kälbäck, Nynäshamn',
      ].join('\n'),
    );
    expect(scopesOf(lines[0], 'Deltagare', { exact: true })).toContain('keyword.other.person-list.minutes');
    const leif = scopesOf(lines[1], 'Leif Eriksson', { exact: true });
    expect(leif).toContain(PERSON);
    expect(leif).toContain(PERSON_ENTITY);
    expect(leif).toContain('meta.person-list.minutes');
    expect(scopesOf(lines[1], '-', { exact: true })).toContain('punctuation.definition.list.begin.minutes');
    expect(scopesOf(lines[1], ',', { exact: true })).toContain('punctuation.separator.comma.minutes');
    expect(scopesOf(lines[1], 'Botkyrka')).not.toContain(PERSON);
    expect(scopesOf(lines[2], 'Cynthia Runefjärd', { exact: true })).toContain(PERSON);
    expect(scopesOf(lines[2], 'Tyresö')).not.toContain(PERSON);
    expect(scopesOf(lines[3], 'Frida Nilsson', { exact: true })).toContain(PERSON);
    // the blank line ended the block: this is an ordinary bullet
    expect(allScopes(lines[5])).not.toContain(PERSON);
    expect(allScopes(lines[5])).not.toContain('meta.person-list.minutes');
    expect(scopesOf(lines[5], '-', { exact: true })).toContain('punctuation.definition.list.begin.minutes');
    expect(scopesOf(lines[7], 'Ada Lindqvist', { exact: true })).toContain(PERSON);
    // a prose line ends the block too
    expect(allScopes(lines[8])).not.toContain('meta.person-list.minutes');
    expect(allScopes(lines[9])).not.toContain(PERSON);
    expect(scopesOf(lines[11], 'Petra Kälbäck', { exact: true })).toContain(PERSON);
  });

  it('a keyword line directly after the list ends the list and is coloured as a keyword', () => {
    const lines = tokenize(['Deltagare:', '- Leif Eriksson', 'Ordförande: Leif Eriksson'].join('\n'));
    expect(allScopes(lines[2])).not.toContain('meta.person-list.minutes');
    expect(scopesOf(lines[2], 'Ordförande', { exact: true })).toContain('keyword.other.role.minutes');
    expect(scopesOf(lines[2], 'Leif Eriksson', { exact: true })).toContain(PERSON);
  });

  it('colours weekday, date, kl. and time range in a Tid line', () => {
    const t = line('Tid: torsdag 2022-10-06 kl. 13.00–13.45');
    expect(scopesOf(t, 'Tid', { exact: true })).toContain('keyword.other.date.minutes');
    expect(scopesOf(t, 'torsdag', { exact: true })).toContain('constant.language.weekday.minutes');
    expect(scopesOf(t, '2022-10-06', { exact: true })).toContain('constant.numeric.date.minutes');
    expect(scopesOf(t, 'kl.', { exact: true })).toContain('keyword.other.clock.minutes');
    expect(scopesOf(t, '13.00', { exact: true })).toContain('constant.numeric.time.minutes');
    expect(scopesOf(t, '–', { exact: true })).toContain('punctuation.separator.range.minutes');
    expect(scopesOf(t, '13.45', { exact: true })).toContain('constant.numeric.time.minutes');

    const e = line('Date: Thursday 2026-03-12 18:30 - 20:10');
    expect(scopesOf(e, 'Thursday', { exact: true })).toContain('constant.language.weekday.minutes');
    expect(scopesOf(e, '18:30', { exact: true })).toContain('constant.numeric.time.minutes');
    expect(scopesOf(e, '-', { occurrence: 2, exact: true })).toContain('punctuation.separator.range.minutes');
    expect(scopesOf(e, '20:10', { exact: true })).toContain('constant.numeric.time.minutes');
  });

  it('colours -en weekday forms and long date forms', () => {
    const t = line('Datum: måndagen 6 oktober 2022');
    expect(scopesOf(t, 'måndagen', { exact: true })).toContain('constant.language.weekday.minutes');
    expect(scopesOf(t, '6 oktober 2022', { exact: true })).toContain('constant.numeric.date.minutes');
    const e = line('Due: 12 March 2026');
    expect(scopesOf(e, '12 March 2026', { exact: true })).toContain('constant.numeric.date.minutes');
    const f = line('Approval: Friday March 20, 2026, Reading room');
    expect(scopesOf(f, 'Friday', { exact: true })).toContain('constant.language.weekday.minutes');
    expect(scopesOf(f, 'March 20, 2026', { exact: true })).toContain('constant.numeric.date.minutes');
    expect(scopesOf(f, 'Reading room', { exact: true })).toContain('meta.place.minutes');
    const s = line('SÖNDAG: inte ett nyckelord');
    expect(allScopes(s).some((x) => x.startsWith('keyword') || x.startsWith('constant'))).toBe(false);
  });

  it('does not colour weekdays, dates or times in prose', () => {
    const t = line('Mötet hölls torsdag 2022-10-06 kl. 13.00.');
    expect(allScopes(t).some((s) => s.startsWith('constant') || s.startsWith('keyword'))).toBe(false);
  });

  it('colours every spelling of every keyword of the table (language/keywords.ts) as a keyword', () => {
    for (const keyword of KEYWORDS) {
      for (const spelling of [...keyword.spellings.sv, ...keyword.spellings.en]) {
        const numbered = keyword.id === 'item' || keyword.id === 'attachment' ? `${spelling} 3` : spelling;
        for (const text of [`${numbered}: värde`, `${numbered.toUpperCase()}:`]) {
          const t = line(text);
          expect(scopesOf(t, text.slice(0, spelling.length), { exact: true }).some((s) => s.startsWith('keyword.other.')), text).toBe(true);
        }
      }
    }
  });

  it('colours the second edition\'s line forms', () => {
    const item = line('§ 1 Mötets öppnande');
    expect(scopesOf(item, '§', { exact: true })).toContain('keyword.other.item.minutes');
    expect(scopesOf(item, '1', { exact: true })).toContain('constant.numeric.item-number.minutes');
    expect(scopesOf(item, 'Mötets öppnande', { exact: true })).toContain('markup.heading.2.minutes');
    expect(scopesOf(line('Punkt 5.1: Val'), '5.1', { exact: true })).toContain('constant.numeric.item-number.minutes');
    expect(scopesOf(line('Bilaga 2: Budget'), '2', { exact: true })).toContain('constant.numeric.item-number.minutes');
    expect(scopesOf(line('Beslut'), 'Beslut', { exact: true })).toContain('keyword.other.text.minutes');
    expect(allScopes(line('Punkt 3. Ekonomi')).filter((s) => s.startsWith('keyword'))).toEqual([]);
    // Ledamöter:/Members: with nothing after the colon open a list of persons; with a number they are a count.
    const members = tokenize('Ledamöter:\n- Anna Berg (S)\nLedamöter: 9');
    expect(scopesOf(members[1], 'Anna Berg')).toContain(PERSON);
    expect(scopesOf(members[2], 'Ledamöter', { exact: true })).toContain('keyword.other.text.minutes');
    const serving = tokenize('Tjänstgörande ersättare:\n- Cristina Kvist (V), för Bo Eliasson (V) § 15–16');
    expect(scopesOf(serving[0], 'Tjänstgörande ersättare', { exact: true })).toContain('keyword.other.person-list.minutes');
    expect(scopesOf(serving[1], 'Cristina Kvist (V)')).toContain(PERSON);
    const voters = line('Ja: Anna Berg, Bo Ek');
    expect(scopesOf(voters, 'Bo Ek', { exact: true })).toContain(PERSON);
    // Nothing inside a fenced block is a keyword line.
    const fenced = tokenize('```\nBeslut: ingen\n§ 2: ingen punkt\n```\nBeslut: Ja.');
    for (const l of fenced.slice(1, 3)) expect(allScopes(l).filter((s) => s.startsWith('keyword')), l.line).toEqual([]);
    expect(allScopes(fenced[1])).toContain('markup.raw.block.minutes');
    expect(scopesOf(fenced[4], 'Beslut', { exact: true })).toContain('keyword.other.text.minutes');
  });

  it('colours attendance and chair ranges, the member a substitute serves for, and its serving range', () => {
    const RANGE = 'constant.numeric.range.minutes';
    const lists = tokenize([
      'Beslutande:',
      '- Fatima Ali (S) (§ 21–24)',
      '- Per Holm, socialchef (ej § 3)',
      'Tjänstgörande ersättare:',
      '- Jonas Ek (S), för Fatima Ali (S) § 25–26',
      '- Karin Lund (L), replacing Mats Nord (from item 2)',
      'Deltagare:',
      '- Anna Lind, ansvarig för ekonomi (via Zoom)',
    ].join('\n'));
    expect(scopesOf(lists[1], '(§ 21–24)', { exact: true })).toContain(RANGE);
    expect(scopesOf(lists[1], 'Fatima Ali')).toContain(PERSON);
    expect(scopesOf(lists[2], '(ej § 3)', { exact: true })).toContain(RANGE);
    expect(scopesOf(lists[3], 'Tjänstgörande ersättare', { exact: true })).toContain('keyword.other.person-list.minutes');
    expect(scopesOf(lists[4], 'Jonas Ek (S)')).toContain(PERSON);
    expect(scopesOf(lists[4], 'för', { exact: true })).toContain('keyword.other.for.minutes');
    expect(scopesOf(lists[4], 'Fatima Ali', { exact: true })).toContain(PERSON);
    expect(scopesOf(lists[4], '§ 25–26', { exact: true })).toContain(RANGE);
    expect(scopesOf(lists[5], 'replacing', { exact: true })).toContain('keyword.other.for.minutes');
    expect(scopesOf(lists[5], 'Mats Nord', { exact: true })).toContain(PERSON);
    expect(scopesOf(lists[5], '(from item 2)', { exact: true })).toContain(RANGE);
    // Outside a serving list `för` is free text, and so is a parenthesis that is no range.
    expect(allScopes(lists[7]).filter((x) => x.startsWith('keyword') || x.startsWith('constant'))).toEqual([]);
    const chairs = line('Ordförande: Lena Holm (§ 21–24), Erik Sand (items 5–6)');
    expect(scopesOf(chairs, '(§ 21–24)', { exact: true })).toContain(RANGE);
    expect(scopesOf(chairs, '(items 5–6)', { exact: true })).toContain(RANGE);
    expect(scopesOf(chairs, 'Erik Sand')).toContain(PERSON);
  });

  it('colours twelve-hour times and zones, and never reads a date or time after a comma as the place', () => {
    const TIME = 'constant.numeric.time.minutes';
    const english = line('Date: Monday, March 16, 2026, 6:30 PM–8:45 PM');
    expect(scopesOf(english, 'March 16, 2026', { exact: true })).toContain('constant.numeric.date.minutes');
    expect(scopesOf(english, '6:30 PM', { exact: true })).toContain(TIME);
    expect(scopesOf(english, '8:45 PM', { exact: true })).toContain(TIME);
    expect(allScopes(english)).not.toContain('meta.place.minutes');
    const zone = line('Date: May 9, 2006, 7 pm UTC');
    expect(scopesOf(zone, '7 pm', { exact: true })).toContain(TIME);
    expect(scopesOf(zone, 'UTC', { exact: true })).toContain('constant.language.timezone.minutes');
    const place = line('Justering: torsdag 2026-03-12, Kommunhuset, rum 2');
    expect(scopesOf(place, 'Kommunhuset, rum 2', { exact: true })).toContain('meta.place.minutes');
  });

  it('colours the times of a recess and the counts of a vote', () => {
    const recess = line('Ajournering: kl. 12.00–13.00');
    expect(scopesOf(recess, 'Ajournering', { exact: true })).toContain('keyword.other.text.minutes');
    expect(scopesOf(recess, '13.00', { exact: true })).toContain('constant.numeric.time.minutes');
    const vote = line('Omröstning: 7 ja, 2 nej, 1 avstår');
    expect(scopesOf(vote, '7', { exact: true })).toContain('constant.numeric.vote-count.minutes');
    expect(scopesOf(line('Vote: 4-1-1'), '4', { exact: true })).toContain('constant.numeric.vote-count.minutes');
    expect(scopesOf(line('Sluten omröstning: enhälligt'), 'enhälligt', { exact: true })).toContain('constant.language.vote.minutes');
  });

  it('a keyword is words separated by spaces only (not "nästa+möte")', () => {
    expect(allScopes(line('Nästa+möte: 2026-03-12')).filter((x) => x.startsWith('keyword'))).toEqual([]);
    expect(allScopes(line('Ej+närvarande:')).filter((x) => x.startsWith('keyword'))).toEqual([]);
  });

  it('colours the persons of a reservation, a conflict of interest and a note for the record exactly as the language reads them', () => {
    const text = [
      'Protokoll: Styrelsen',
      '§ 1: Budget',
      'Reservation: Anna Berg (M), Per Holm (M): yrkandet borde ha bifallits.',
      'Reservation: Erik Sand, Göran Lind mot beslutet till förmån för',
      'Anna Bergs yrkande.',
      'Reservation: Anna och Bo; Cia & Dan MOT: eget yrkande',
      'Reservation: Anna, mot Bo',
      'Reservation: Ada Bergmotsson',
      'Reservation:',
      'Reservation:   : bara text',
      'Jäv: Per Holm',
      'Jäv: Per Holm, Ivar Dahl: äger aktier i bolaget',
      'Jäv: Per Holm mot beslutet',
      'Protokollsanteckning: Hanna Berg: Vänsterpartiet anser att fastigheten borde',
      'behållas i kommunens ägo.',
      'Protokollsanteckning: Vänsterpartiet anser att fastigheten borde behållas.',
      'Protokollsanteckning: Hanna Berg, Ivar Dahl: gemensam anteckning',
      '§ 2: Board',
      'Dissent: Farah Khan: the reserve is too small.',
      'Dissent: Ada Lind, Ben Carter and Cy Young against the decision',
      'Dissent: Ada Lind against: too late',
      'Recused: Evan Stone and Ada Lind',
      'Recused: Evan Stone AND Ada Lind, Anna Andersson och',
      'Conflict of interest: Evan Stone: employed by the bidder',
      'Note for the record: Farah Khan: she asks for a review',
      'Note for the record: she asks for a review of the policy',
    ].join('\n');
    expectColouredAsLexed(text, 'NAME', PERSON);
    const lines = tokenize(text);
    expect(lines[2].tokens.filter((t) => t.scopes.includes(PERSON)).map((t) => t.text)).toEqual(['Anna Berg (M)', 'Per Holm (M)']);
    for (const name of ['Anna Berg (M)', 'Per Holm (M)']) expect(scopesOf(lines[2], name, { exact: true })).toContain(PERSON_ENTITY);
    expect(scopesOf(lines[2], 'Reservation', { exact: true })).toContain('keyword.other.text.minutes');
    expect(scopesOf(lines[2], ',', { exact: true })).toContain('punctuation.separator.comma.minutes');
    // The reason, the text after `mot`/`against` and a wrapped line are prose.
    for (const prose of ['yrkandet borde ha bifallits.', 'mot beslutet till förmån för']) {
      expect(scopesOf(lines[prose.startsWith('mot') ? 3 : 2], prose)).not.toContain(PERSON);
    }
    expect(allScopes(lines[4])).not.toContain(PERSON);
    expect(lines[5].tokens.filter((t) => t.scopes.includes(PERSON)).map((t) => t.text)).toEqual(['Anna', 'Bo', 'Cia', 'Dan']);
    expect(scopesOf(lines[13], 'Hanna Berg', { exact: true })).toContain(PERSON);
    expect(allScopes(lines[15])).not.toContain(PERSON);
    expect(scopesOf(lines[15], 'Protokollsanteckning', { exact: true })).toContain('keyword.other.text.minutes');
    expect(lines[19].tokens.filter((t) => t.scopes.includes(PERSON)).map((t) => t.text)).toEqual(['Ada Lind', 'Ben Carter', 'Cy Young']);
    expect(allScopes(lines[25])).not.toContain(PERSON);
  });

  it('colours the number of an agenda entry as the lexer reads it, and no other numbered line', () => {
    const NUMBER = 'constant.numeric.agenda-number.minutes';
    const text = [
      'Protokoll: Styrelsen',
      'Dagordning:',
      '',
      '1. Mötets öppnande',
      '2. Val av justerare',
      '- Övrigt',
      '// ordningen kan ändras',
      '10. Avslutning',
      '',
      '3. Inte en punkt på dagordningen',
      'Agenda:',
      '1.Utan mellanslag',
      'Agenda:',
      '2) Med parentes',
      '1. Redan slut',
      'Dagordning: text',
      '4. Prosa',
      'Agenda:',
      '1. Opening',
      'Ordförande: Anna Berg',
      '2. Prosa',
      '§ 1: Öppnande',
      '1. Prosa i en punkt',
    ].join('\n');
    expectColouredAsLexed(text, 'ENUM', NUMBER);
    const lines = tokenize(text);
    expect(scopesOf(lines[3], '1.', { exact: true })).toContain('punctuation.definition.list.begin.minutes');
    expect(scopesOf(lines[7], '10.', { exact: true })).toContain(NUMBER);
    expect(scopesOf(lines[5], '-', { exact: true })).toContain('punctuation.definition.list.begin.minutes');
    expect(scopesOf(lines[1], 'Dagordning', { exact: true })).toContain('keyword.other.text.minutes');
    expect(scopesOf(lines[6], '//', { exact: true })).toContain('punctuation.definition.comment.minutes');
    expect(scopesOf(lines[19], 'Anna Berg', { exact: true })).toContain(PERSON);
    expect(allScopes(lines[9])).not.toContain(NUMBER);
  });

  it('the relative-date rules are the patterns derived from the language\'s lists (date-slot.ts, keywords.ts)', () => {
    const rules = Object.keys(rawGrammar.repository).filter((key) => /^relative-.+-line$/u.test(key));
    expect(rules.sort()).toEqual(RELATIVE_KINDS.map((kind) => `relative-${kind}-line`).sort());
    for (const kind of RELATIVE_KINDS) {
      expect(rawGrammar.repository[`relative-${kind}-line`].match, `relative-${kind}-line, derived from date-slot.ts`).toBe(relativeLineSource(kind));
    }
  });

  it('colours a relative date exactly where the language reads the slot\'s value as one (every phrase, in every slot)', () => {
    const phrases = RELATIVE_PHRASES.flatMap(([tag, list]) => list.flatMap((phrase) => {
      const words = phrase.join(' ');
      return PREFIXED_TAGS.includes(tag) ? [words, ...APPROVAL_PREFIXES.map((prefix) => `${prefix.join(' ')} ${words}`)] : [words];
    }));
    const values = [
      ...phrases,
      ...phrases.map((p) => p.toUpperCase()),
      ...phrases.map((p) => `${p}.`),
      ...phrases.map((p) => `${p}, Stadshuset`),
      ...phrases.map((p) => p.replaceAll(' ', '   ')),
      'juni 2026', 'Sept. 2026', 'June  2026.', 'maj 2026, Zoom', 'juni 26', 'juni 20266', 'nästa möte i maj', 'TBD i maj', 'TBD,',
      'imorgonbitti', 'tbd2', '  ej bestämt  ', 'justeras', 'nästa möte .', '2026-06-01',
    ];
    for (const kind of Object.keys(RELATIVE_BY_KIND) as DateSlotKind[]) {
      const keyword = KEYWORD_BY_ID[kind];
      for (const spelling of [...keyword.spellings.sv, ...keyword.spellings.en]) {
        for (const value of values) {
          const text = `${spelling}: ${value}`;
          const spans = scanDateSlot(value, kind, undefined);
          const first = spans?.[0];
          const relative = first?.type === 'RELATIVE' && readRelativeForm(value, first.start, RELATIVE_BY_KIND[kind])?.end === first.end;
          const at = spelling.length + 2;
          const coloured = line(text).tokens.filter((t) => t.scopes.includes(RELATIVE)).map((t) => `${t.start}–${t.end}`);
          expect(coloured, text).toEqual(relative ? [`${at + first.start}–${at + first.end}`] : []);
        }
      }
    }
  });

  it('colours relative dates in due, next-meeting and approval slots', () => {
    for (const [text, relative] of [
      ['Senast: nästa möte', 'nästa möte'],
      ['Due: next meeting', 'next meeting'],
      ['Senast: juni 2026', 'juni 2026'],
      ['Senast: löpande', 'löpande'],
      ['Due: tomorrow.', 'tomorrow'],
      ['Nästa möte: ej bestämt', 'ej bestämt'],
      ['Next meeting: TBD', 'TBD'],
      ['Justering: vid nästa möte', 'vid nästa möte'],
      ['Justering: genom pull request', 'genom pull request'],
      ['Justering: omedelbart', 'omedelbart'],
      ['Approval: to be approved at the next meeting', 'to be approved at the next meeting'],
    ] as const) {
      const t = line(text);
      expect(scopesOf(t, relative, { exact: true }), text).toContain(RELATIVE);
      expect(scopesOf(t, text.slice(0, text.indexOf(':')), { exact: true }), text).toContain('keyword.other.date.minutes');
    }
    const place = line('Nästa möte: TBD, Stadshuset');
    expect(scopesOf(place, 'Stadshuset', { exact: true })).toContain('meta.place.minutes');
    // Not a date of this slot, or more than the relative date: no colour.
    for (const text of ['Tid: nästa möte', 'Anslag: imorgon', 'Justering: imorgon', 'Senast: nästa möte i maj', 'Uppdrag: löpande uppföljning']) {
      expect(allScopes(line(text)), text).not.toContain(RELATIVE);
    }
  });

  for (const name of EXAMPLE_FILES) {
    it(`tokenizes every line of ${name} without throwing`, () => {
      const text = readFileSync(examplePath(name), 'utf8');
      let lines: ReturnType<typeof tokenize> = [];
      expect(() => {
        lines = tokenize(text);
      }).not.toThrow();
      expect(lines.length).toBeGreaterThan(10);
      for (const l of lines) {
        // tokens cover the line without gaps
        if (l.line.length > 0) {
          expect(l.tokens[0].start).toBe(0);
          expect(l.tokens[l.tokens.length - 1].end).toBeGreaterThanOrEqual(l.line.length);
        }
        for (let i = 1; i < l.tokens.length; i++) expect(l.tokens[i].start).toBe(l.tokens[i - 1].end);
        // every keyword line of the examples is coloured as a keyword
        if (/^\s*[^\s:]+(?: [^\s:]+)?:(?!\/\/)/u.test(l.line) && !/^\s*[-*•]\s/u.test(l.line)) {
          expect(allScopes(l).some((s) => s.startsWith('keyword.other.')), l.line).toBe(true);
        }
        // person names only in person lists and on the lines that name persons
        if (allScopes(l).includes(PERSON)) {
          expect(allScopes(l).some((s) => NAMING_LINES.includes(s)), l.line).toBe(true);
        }
      }
      // on reservations, conflicts of interest and notes for the record exactly the language's names
      expectColouredAsLexed(text, 'NAME', PERSON, NAMES_AND_TEXT);
      const persons = lines.flatMap((l) => l.tokens.filter((t) => t.scopes.includes(PERSON)).map((t) => t.text));
      if (name.startsWith('malarkommunerna')) {
        expect(persons).toContain('Dragana Ilić');
        expect(persons).toContain('Hanna Berglund');
        expect(persons).not.toContain('Målbilden för 2030 ställer sig samtliga bakom.');
      } else if (name.includes('ekby')) {
        expect(persons).toContain('Jonas Ek (S)');
        expect(persons).toContain('Karin Lund');
      } else if (name.includes('harbor')) {
        expect(persons).toContain('Gus Hall');
        expect(persons).toContain('Farah Khan');
      } else {
        expect(persons).toContain('Rashid Karim');
        expect(persons).not.toContain('The changing rooms are repainted in March.');
      }
    });
  }
});

describe('language-configuration.json', () => {
  it('uses // line comments', () => {
    expect(languageConfiguration.comments.lineComment).toBe('//');
  });

  /** What VS Code appends on Enter after `beforeText`, or undefined for normal behaviour. */
  function onEnter(beforeText: string): string | undefined {
    for (const rule of languageConfiguration.onEnterRules) {
      if (new RegExp(rule.beforeText).test(beforeText)) {
        expect(rule.action.indent).toBe('none'); // keep the line's indentation
        return rule.action.appendText ?? '';
      }
    }
    return undefined;
  }

  it('continues a bullet with the same marker on Enter', () => {
    expect(onEnter('- Ordval behöver ses över.')).toBe('- ');
    expect(onEnter('  - indented bullet')).toBe('- ');
    expect(onEnter('* star')).toBe('* ');
    expect(onEnter('• dot')).toBe('• ');
    expect(onEnter('\t• tab-indented dot')).toBe('• ');
  });

  it('leaves empty bullets, prose and keyword lines to normal Enter behaviour', () => {
    expect(onEnter('- ')).toBeUndefined();
    expect(onEnter('-')).toBeUndefined();
    expect(onEnter('  *   ')).toBeUndefined();
    expect(onEnter('• ')).toBeUndefined();
    expect(onEnter('Beslut: x')).toBeUndefined();
    expect(onEnter('Visions- och målformuleringar')).toBeUndefined();
    expect(onEnter('-no space')).toBeUndefined();
    expect(onEnter('')).toBeUndefined();
  });

  function words(text: string): string[] {
    // VS Code adds the g flag to the wordPattern (and keeps the others).
    return [...text.matchAll(new RegExp(languageConfiguration.wordPattern, 'g'))].map((m) => m[0]);
  }

  it('keeps Swedish names, hyphenated names, dates and times whole', () => {
    expect(words('- Cynthia Runefjärd, Tyresö')).toEqual(['Cynthia', 'Runefjärd', 'Tyresö']);
    expect(words('Carina Lundberg-Uudelepp och Anton Västberg')).toEqual([
      'Carina',
      'Lundberg-Uudelepp',
      'och',
      'Anton',
      'Västberg',
    ]);
    expect(words('Tid: torsdag 2022-10-06 kl. 13.00–13.45')).toEqual([
      'Tid',
      'torsdag',
      '2022-10-06',
      'kl',
      '13.00',
      '13.45',
    ]);
    expect(words('René Müller, Åsa Öberg, Ærø')).toEqual(['René', 'Müller', 'Åsa', 'Öberg', 'Ærø']);
    expect(words('Visions- och målformuleringar')).toEqual(['Visions', 'och', 'målformuleringar']);
    expect(words('”Infrastruktur” (utöver infrastruktur)')).toEqual(['Infrastruktur', 'utöver', 'infrastruktur']);
    expect(words('Samarbetskommitténs 12 % × 3')).toEqual(['Samarbetskommitténs', '12', '3']);
  });

  it('wordPattern also compiles with the u flag', () => {
    expect(() => new RegExp(languageConfiguration.wordPattern, 'gu')).not.toThrow();
    for (const rule of languageConfiguration.onEnterRules) {
      expect(() => new RegExp(rule.beforeText, 'u')).not.toThrow();
    }
  });
});
