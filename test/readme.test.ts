/**
 * The README's language guide cannot drift from the language: every code block of the README
 * that is a whole document checks without an error or a warning and is as the formatter writes it; the codes table of "What it
 * checks" names every code of language/messages.ts exactly once (the series' codes in the
 * series section), with the severity the checks give it; and the rule-set table says what
 * language/rule-sets.ts says.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { KEYWORDS } from '../language/keywords.js';
import { ALL_CODES } from '../language/messages.js';
import { RULE_SET_SPELLINGS, RULE_SETS, RULE_SEVERITIES, type RuleCheck, type RuleSetId } from '../language/rule-sets.js';
import { SERIES_CODES } from '../language/series.js';
import { isError } from '../language/diagnostics.js';
import { EmptyFileSystem } from 'langium';
import { createMinutesCoreServices } from '../language/index.js';
import { formatText } from '../server/minutes-formatter.js';
import { check } from './language/helpers.js';
import { applyEdits } from './server/helpers.js';
import { RIGHTS_CASES } from './language/rights/cases.js';

const README = readFileSync(join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'README.md'), 'utf8');
const LINES = README.split('\n');

/** The lines of the section that starts at `heading` (the whole line), up to the next heading of its level or above. */
function section(heading: string): string[] {
    const start = LINES.indexOf(heading);
    if (start < 0) throw new Error(`no "${heading}" in README.md`);
    const level = heading.indexOf(' ');
    const end = LINES.findIndex((line, i) => i > start && /^#+ /u.test(line) && line.indexOf(' ') <= level);
    return LINES.slice(start, end < 0 ? undefined : end);
}

/**
 * The code blocks of `lines` with the index of their first line, and the lines outside them. A
 * block opened by ~~~ may hold a fenced block of the language (```) and ends at ~~~ only.
 */
function splitCodeBlocks(lines: string[]): { blocks: Array<{ line: number; text: string }>; prose: string[] } {
    const blocks: Array<{ line: number; text: string }> = [];
    const prose: string[] = [];
    let open: { line: number; fence: string } | undefined;
    lines.forEach((line, i) => {
        const fence = line.startsWith('```') ? '```' : line.startsWith('~~~') ? '~~~' : undefined;
        if (fence && open === undefined) {
            open = { line: i + 1, fence };
        } else if (fence && fence === open?.fence) {
            blocks.push({ line: open.line, text: `${lines.slice(open.line, i).join('\n')}\n` });
            open = undefined;
        } else if (open === undefined) {
            prose.push(line);
        }
    });
    return { blocks, prose };
}

/** A whole document: it starts with a kind keyword line and leaves nothing out (no `…` line). */
function isDocument(text: string): boolean {
    return /^(?:Minnesanteckningar|Protokoll|Minutes|Protocol)\s*:/u.test(text) && !text.split('\n').some(line => line.trim() === '…');
}

/** The rows of the first table in `lines`: its cells, trimmed, without the header and the rule. */
function tableRows(lines: string[]): string[][] {
    const start = lines.findIndex(line => line.startsWith('|'));
    const rows: string[][] = [];
    for (let i = start; i >= 0 && i < lines.length && lines[i].startsWith('|'); i++) {
        rows.push(lines[i].slice(1, -1).split(' | ').map(cell => cell.trim()));
    }
    return rows;
}

/** The words in backticks of a cell. */
function quoted(cell: string): string[] {
    return [...cell.matchAll(/`([^`]+)`/gu)].map(match => match[1]);
}

const SEVERITY_WORDS = { 1: 'error', 2: 'warning', 3: 'information' } as const;

describe('the README\'s examples', () => {
    const lexer = createMinutesCoreServices(EmptyFileSystem).Minutes.parser.Lexer;
    // Block lines are 0-based indexes of their first line: README.md line index + 1.
    const documents = splitCodeBlocks(LINES).blocks.filter(block => isDocument(block.text)).map(block => ({ ...block, line: block.line + 1 }));

    test('there are whole documents to check (the guide\'s examples)', () => {
        expect(documents.length).toBeGreaterThanOrEqual(5);
    });

    for (const { line, text } of documents) {
        test(`the document at README.md line ${line} has no error and no warning`, async () => {
            const { diagnostics } = await check(text);
            const problems = diagnostics.filter(d => isError(d) || d.severity === 2)
                .map(d => `${line + d.range.start.line}: [${d.code}] ${d.message}`);
            expect(problems).toEqual([]);
        });

        test(`the document at README.md line ${line} is as the formatter writes it`, () => {
            expect(applyEdits(text, formatText(text, lexer))).toBe(text);
        });
    }
});

describe('the keywords of the guide', () => {
    test('every spelling of every keyword of language/keywords.ts is in the guide, in backticks', () => {
        const words = quoted(splitCodeBlocks(section('## The language in five minutes')).prose.join('\n'));
        // `§ 12`, `Bilaga 2` and `Ja:` name the keyword with what follows it.
        const written = (spelling: string) => words.some(word => word === spelling || new RegExp(`^${spelling.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[\\s:\\d]`, 'u').test(word));
        const missing = KEYWORDS.flatMap(keyword => [...keyword.spellings.sv, ...keyword.spellings.en]).filter(spelling => !written(spelling));
        expect(missing).toEqual([]);
    });
});

describe('the codes table of "What it checks"', () => {
    const rows = tableRows(section('### What it checks')).slice(2);
    const codes = rows.map(row => quoted(row[0])[0]);
    const seriesRows = tableRows(section('## Series: minutes across meetings')).slice(2);

    test('names every code once; the series\' codes stand in the series section', () => {
        const expected = ALL_CODES.filter(code => !SERIES_CODES.has(code));
        expect(codes.filter((code, i) => codes.indexOf(code) !== i), 'given twice').toEqual([]);
        expect([...codes].sort()).toEqual([...expected].sort());
        const series = seriesRows.map(row => quoted(row[0])[0]).filter(code => SERIES_CODES.has(code));
        expect([...series].sort()).toEqual([...SERIES_CODES].sort());
    });

    test('the rule-set checks give their severity by rule set, as rule-sets.ts has them', () => {
        for (const check of Object.keys(RULE_SEVERITIES) as RuleCheck[]) {
            const cell = rows[codes.indexOf(check)][1];
            const written: Partial<Record<RuleSetId, string>> = {};
            for (const [, severity, names] of cell.matchAll(/(error|warning|none) \(([^)]*)\)/gu)) {
                for (const name of quoted(names)) written[RULE_SETS.find(id => RULE_SET_SPELLINGS[id][0] === name)!] = severity;
            }
            const expected = Object.fromEntries(RULE_SETS.map(id => [id, RULE_SEVERITIES[check][id] ?? 'none']));
            expect(Object.fromEntries(RULE_SETS.map(id => [id, written[id] ?? 'none'])), check).toEqual(expected);
        }
    });

    test('the other codes of the second edition have the severity their checks give', () => {
        const ruleChecks = new Set<string>(Object.keys(RULE_SEVERITIES));
        for (const { code, severity } of RIGHTS_CASES) {
            if (ruleChecks.has(code) || code === 'syntax') continue;
            expect(rows[codes.indexOf(code)][1], code).toBe(SEVERITY_WORDS[severity ?? 1]);
        }
        for (const row of rows) expect(row[1], row[0]).toMatch(/^(?:error|warning|information|by rule set: .+|(?:error|warning) \(`.+)$/u);
    });
});

describe('the rule-set table', () => {
    const rows = tableRows(section('#### Rule sets, votes and who may decide'));
    const [header] = rows;
    const body = rows.slice(2);

    test('its columns are the rule sets with every spelling `Regler:` takes', () => {
        expect(header.slice(1).map(cell => quoted(cell))).toEqual(RULE_SETS.map(id => [...RULE_SET_SPELLINGS[id]]));
    });

    test('each rule-set check has its row, with the severity of each rule set ("—": not checked)', () => {
        const checks = Object.keys(RULE_SEVERITIES) as RuleCheck[];
        for (const check of checks) {
            const row = body.find(cells => quoted(cells[0])[0] === check);
            expect(row, check).toBeDefined();
            expect(row!.slice(1), check).toEqual(RULE_SETS.map(id => RULE_SEVERITIES[check][id] ?? '—'));
        }
        expect(body.map(cells => quoted(cells[0])[0]).filter(code => code !== undefined)).toEqual(checks);
    });
});
