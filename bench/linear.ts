/**
 * The linear-time rule (issue 11): nothing that runs on a user's text may take time that grows
 * faster than the text. Every line kind of the language is written with a value of 50,000 and
 * of 100,000 characters of whitespace, of letters and of separators, and run through what a
 * document meets in the editor and the CLI: parse, link and validate, both renders, the
 * formatter, document symbols, folding, semantic tokens, code actions for its diagnostics, and
 * completion, hover, definition and rename at the long value. Twice the text may take at most
 * 2.5 times as long (a quadratic step takes 4 times as long; a backtracking pattern far more),
 * give or take NOISE_MS; a case that breaks this is measured again at the next doubling
 * (CONFIRM_SIZES) and fails when it breaks it there too. Times are the least CPU time of the
 * process per exercise over several samples: other work on a shared machine only adds time.
 *
 * The keyword line kinds come from language/keywords.ts (every keyword in both languages, placed
 * where its section puts it), so a keyword added there is measured without a change here.
 *
 * Part of `npm run bench` (and of `npm run bench -- --quick`, which CI runs); a case that breaks
 * the rule makes the run fail. Alone: `npm run bench -- --linear-only [--quick] [--linear-kind 'Chair:']`.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';
import type { Document } from '../language/generated/ast.js';
import { KEYWORDS, sectionOf, type KeywordInfo, type Lang } from '../language/keywords.js';
import { renderBody, renderModelPage, renderStandalonePage } from '../language/render/html.js';
import { buildOutput, type OutputRequest } from '../language/render/outputs.js';
import { fixedClock } from '../server/clock.js';
import { createMinutesServices } from '../server/minutes-server-module.js';
import { round } from './stats.js';

/** Twice the text may take at most this many times as long. */
export const MAX_RATIO = 2.5;
/** The two lengths of the long value. */
const SIZES: readonly [number, number] = [50_000, 100_000];
/**
 * The next doubling, where a case that breaks the rule at SIZES is measured again before it
 * counts. V8 keeps strings over 128 KB (64,000 characters outside Latin-1) in a space of
 * their own, and some string operations step up once at that size (`toLowerCase` of a
 * 100,000-character two-byte string costs 20 times what 50,000 cost, then doubles with the
 * length again): a one-time step, not growth. Work that grows faster than the text breaks the
 * rule at every doubling.
 */
const CONFIRM_SIZES: readonly [number, number] = [100_000, 200_000];
/** A case this slow at 100,000 characters (a linear line takes tens of milliseconds) that breaks the rule is not measured again. */
const BROKEN_MS = 1_000;

export type Services = ReturnType<typeof createMinutesServices>;

/** What the long value is made of. */
const FILLERS: Record<string, (length: number) => string> = {
    spaces: n => ' '.repeat(n),
    'mixed whitespace': n => cycle('\t \u00a0 \u3000', n),
    letters: n => cycle('abcdefghijklmnopqrstuvwxyzåäö', n),
    separators: n => cycle(',;&:.-–*•§ och and ', n),
    digits: n => cycle('2026-06-20 18.00 ', n),
    // Valid personal identity numbers one after another, and digit runs that almost are one
    // (language/identity.ts: every number a warning, masked in the public version).
    'identity numbers': n => cycle('811228-9874 19121212-1212,701063-2391+', n),
    'digit runs': n => cycle('8112289874-19121212+1212-', n)
};

/** How the long value sits in its line: between two words, or after a complete date and time. */
const SHAPES: Record<string, (filler: string) => string> = {
    'x…y': filler => `x${filler}y`,
    'date, x…y': filler => `torsdag 2026-06-20 kl. 18.00–19.00, x${filler}y`
};

/**
 * Shapes that lead the long value of a date slot into each of its forms (language/date-slot.ts):
 * the filler stands where the scanner reads a run inside a weekday range, a multi-day date, a
 * US date, a twelve-hour time and its zone, a relative value, a tentative date, a slash date,
 * the place after `at`, and a recess. Measured on the canonical spelling of each date-slot
 * keyword (the scanner does not see the spelling); `--quick` measures them on `Nästa möte`,
 * which takes every form but the relative deadlines and approvals (read by the same code), and
 * on `Ajournering`.
 */
const DATE_SHAPES: Record<string, (filler: string) => string> = {
    'lördag–x…y 26–27 januari 2002': f => `lördag–x${f}y 26–27 januari 2002`,
    '26–…27 januari 2002': f => `26–${f}27 januari 2002`,
    '2002-01-26 –…2002-01-27': f => `2002-01-26 –${f}2002-01-27`,
    'Monday, March 16,…2026, 6:30 PM–8:45 PM': f => `Monday, March 16,${f}2026, 6:30 PM–8:45 PM`,
    '2026-03-16 6:30…PM–8:45 PM UTC': f => `2026-03-16 6:30${f}PM–8:45 PM UTC`,
    '2026-03-16 15:00…UTC, x…y': f => `2026-03-16 15:00${f}UTC, x${f}y`,
    'May 14, 2026, 7:30pm at…Menlo Park': f => `May 14, 2026, 7:30pm at${f}Menlo Park`,
    'nästa…möte': f => `nästa${f}möte`,
    'TBD,…x': f => `TBD,${f}x`,
    'preliminärt…tisdag 2026-03-17': f => `preliminärt${f}tisdag 2026-03-17`,
    '3/11/…2021': f => `3/11/${f}2021`,
    '14.30…–14.45': f => `14.30${f}–14.45`
};

/** The keywords whose value is a date slot or a time range, and those of them `--quick` measures in DATE_SHAPES. */
const DATE_SLOT_KEYWORDS: ReadonlySet<string> = new Set(['date', 'due', 'next', 'approval', 'posted', 'recess']);
const QUICK_DATE_SLOT_KEYWORDS: ReadonlySet<string> = new Set(['next', 'recess']);

/** One kind of line and the document that holds it where it belongs. */
interface LineKind {
    name: string;
    document: (value: string) => string;
    /** A date slot's canonical spelling, measured also in the shapes of DATE_SHAPES. */
    dateSlot?: boolean;
}

/** The heading of a minimal Swedish or English document, with two persons. */
function head(lang: Lang): string {
    return lang === 'sv'
        ? 'Protokoll: Styrelsemöte\nTid: torsdag 2026-03-12 kl. 18.00\nDeltagare:\n- Anna Berg\n- Bo Ek\n\n'
        : 'Minutes: Board meeting\nDate: Thursday 2026-03-12 18.00\nPresent:\n- Anna Berg\n- Bo Ek\n\n';
}

function itemLine(lang: Lang): string {
    return lang === 'sv' ? 'Punkt 1: Öppnande\n' : 'Item 1: Opening\n';
}

function actionLine(lang: Lang): string {
    return lang === 'sv' ? 'Uppdrag: Skriv rapporten.\n' : 'Action: Write the report.\n';
}

/** A document with `line` where a keyword of `keyword`'s section belongs. */
function placed(keyword: KeywordInfo, lang: Lang, line: string): string {
    const section = sectionOf(keyword.id);
    switch (section) {
        case 'first-line':
            return `${line}\n${head(lang).split('\n').slice(1).join('\n')}`;
        case 'header':
            return `${head(lang)}${line}\n`;
        case 'items':
            return `${head(lang)}${itemLine(lang)}${line}\n`;
        case 'action-field':
            return `${head(lang)}${itemLine(lang)}${actionLine(lang)}${line}\n`;
        case 'motion-field':
            return `${head(lang)}${itemLine(lang)}${lang === 'sv' ? 'Yrkande: Bifall.' : 'Motion: To approve.'}\n${line}\n`;
        case 'vote-field':
            return `${head(lang)}${itemLine(lang)}${lang === 'sv' ? 'Omröstning: 1 ja, 1 nej' : 'Vote: 1-1'}\n${line}\n`;
        case 'trailer':
            return `${head(lang)}${itemLine(lang)}\n${line}\n`;
    }
}

/** Every keyword line (both languages, every spelling or only the canonical ones), then the lines without a keyword. */
export function lineKinds(canonicalOnly = false): LineKind[] {
    const kinds: LineKind[] = [];
    for (const keyword of KEYWORDS) {
        for (const lang of ['sv', 'en'] as const) {
            for (const spelling of canonicalOnly ? [keyword.canonical[lang]] : keyword.spellings[lang]) {
                const dateSlot = DATE_SLOT_KEYWORDS.has(keyword.id) && spelling === keyword.canonical[lang]
                    && (!canonicalOnly || (lang === 'sv' && QUICK_DATE_SLOT_KEYWORDS.has(keyword.id)));
                kinds.push({ name: `${spelling}:`, document: value => placed(keyword, lang, `${spelling}: ${value}`), dateSlot });
                if (keyword.id === 'item' || keyword.id === 'attachment') {
                    kinds.push({ name: `${spelling} 12:`, document: value => placed(keyword, lang, `${spelling} 12: ${value}`) });
                }
                if (keyword.id === 'item') {
                    kinds.push({ name: `${spelling} 12 (no colon)`, document: value => placed(keyword, lang, `${spelling} 12 ${value}`) });
                }
                if (keyword.token === 'K_ATTENDANCE') {
                    kinds.push({
                        name: `${spelling}: - person`,
                        document: value => `${head(lang)}${spelling}:\n- ${value} (${value}) (§ ${value}), ${value} för ${value} § ${value}\n`
                    });
                }
                if (keyword.placement === 'trailer') {
                    kinds.push({ name: `${spelling}: (in the header)`, document: value => `${head(lang)}${spelling}: ${value}\n${itemLine(lang)}` });
                    kinds.push({ name: `${spelling}: (inside an item)`, document: value => `${head(lang)}${itemLine(lang)}${spelling}: ${value}\n${itemLine(lang)}` });
                }
            }
        }
    }
    kinds.push(
        { name: 'person (- name, organisation)', document: value => `${head('sv').replace('- Bo Ek\n', `- Bo Ek\n- ${value}, ${value}\n`)}` },
        { name: 'bullet', document: value => `${head('sv')}${itemLine('sv')}- ${value}\n` },
        { name: 'prose', document: value => `${head('sv')}${itemLine('sv')}${value}\n` },
        { name: 'continuation line', document: value => `${head('sv')}${itemLine('sv')}Beslut: Att godkänna.\n${value}\n` },
        { name: 'comment', document: value => `${head('sv')}// ${value}\n` },
        { name: 'group (- name)', document: value => `${head('sv')}Grupper:\n- ${value}\n` },
        { name: 'agenda entry (- title)', document: value => `${head('sv')}Dagordning:\n- ${value}\n` },
        { name: 'agenda entry (1. title)', document: value => `${head('sv')}Dagordning:\n1. ${value}\n` },
        { name: 'chair with ranges', document: value => `${head('sv')}Ordförande: Anna Berg (§ ${value}), ${value} (${value}), Bo Ek\n` },
        { name: 'att-clause (- att)', document: value => `${head('sv')}${itemLine('sv')}Beslut:\n- att ${value}\n` },
        { name: 'att-clause (att after a blank line)', document: value => `${head('sv')}${itemLine('sv')}Beslut\n\natt ${value}\n` },
        { name: 'reservation (names mot text)', document: value => `${head('sv')}${itemLine('sv')}Reservation: Anna Berg, ${value} mot ${value}\n` },
        { name: 'note for the record (name: text)', document: value => `${head('sv')}${itemLine('sv')}Protokollsanteckning: ${value}: ${value}\n` },
        { name: 'fenced block line', document: value => `${head('sv')}${itemLine('sv')}\`\`\`\n${value}\n\`\`\`\n` },
        { name: 'unclosed fence', document: value => `${head('sv')}${itemLine('sv')}\`\`\`${value}\n${value}\n` },
        { name: 'long keyword-like head', document: value => `${head('sv')}${value}: ${value}\n` }
    );
    kinds.push(...personLineKinds());
    return kinds;
}

/**
 * Person lines and references as LANGUAGE-2.md section 2 writes them, the long value where the
 * splitter (person-line.ts), the range reader (ranges.ts) and the name resolution
 * (references.ts) look: inside parentheses, after `för`, in a reference's trailing parentheses.
 */
function personLineKinds(): LineKind[] {
    const persons = (lines: string) => `${head('sv')}Deltagare:\n${lines}\n`;
    return [
        { name: 'person: groups after the name', document: value => persons(`- Anna (${value}) (${value}) (§ 1) (${value}), ${value}`) },
        { name: 'person: ranges in the free text', document: value => persons(`- Anna, ${value} (§ ${value}) ${value} (left after item ${value})`) },
        { name: 'person: unclosed parentheses', document: value => persons(`- Anna (${value} (§ 1 ${value}`) },
        {
            name: 'serving substitute: för with a range',
            document: value => `${head('sv')}Tjänstgörande ersättare:\n- Cy Ek (S), för ${value} (V) § 1, ${value}\n- ${value} ersätter Bo Ek (${value})\n`
        },
        { name: 'reference with trailing parentheses', document: value => `${head('sv')}Sekreterare: Anna Berg (${value}) (${value})\nJusterare: ${value} (V)\n` }
    ];
}

/** Repeats `pattern` up to exactly `length` characters. */
function cycle(pattern: string, length: number): string {
    return pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
}

let counter = 0;

/** The public version, an extract of item 1 and the notice (refused when the document lacks what it needs). */
const RECORD_OUTPUTS: readonly OutputRequest[] = [{ kind: 'minutes', public: true }, { kind: 'extract', items: '1' }, { kind: 'notice' }];

/** Everything a document meets, once; returns the milliseconds of each step. */
export async function exercise(services: Services, text: string, value: string): Promise<Record<string, number>> {
    const { shared, Minutes } = services;
    const lsp = Minutes.lsp;
    const uri = URI.parse(`memory:///linear-${counter++}.minutes`);
    const textDocument = { uri: uri.toString() };
    const times: Record<string, number> = {};
    const step = async (name: string, run: () => unknown): Promise<void> => {
        const start = performance.now();
        await run();
        times[name] = performance.now() - start;
    };
    const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, uri) as LangiumDocument<Document>;
    shared.workspace.LangiumDocuments.addDocument(document);
    try {
        await step('parse+validate', () => shared.workspace.DocumentBuilder.build([document], { validation: true }));
        const doc = document.parseResult.value;
        await step('render', () => {
            renderBody(doc, { dataLines: true });
            renderStandalonePage(doc);
            // The formal record's pages: the public version masks identity numbers in every text.
            for (const request of RECORD_OUTPUTS) {
                const output = buildOutput(doc, request, { viewLang: 'sv' });
                if (output.ok) renderModelPage(output.model);
            }
        });
        await step('format', () => lsp.Formatter?.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } }));
        await step('symbols+folding+tokens', async () => {
            await lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument });
            await lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument });
            await lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument });
        });
        await step('code actions', async () => {
            for (const d of document.diagnostics ?? []) {
                await lsp.CodeActionProvider?.getCodeActions(document, { textDocument, range: d.range, context: { diagnostics: [d] } });
            }
        });
        const at = valuePositions(document, text, value);
        await step('completion+hover+definition+rename', async () => {
            for (const position of at) {
                const params = { textDocument, position };
                await lsp.CompletionProvider?.getCompletion(document, params);
                await lsp.HoverProvider?.getHoverContent(document, params);
                await lsp.DefinitionProvider?.getDefinition(document, params);
                await lsp.RenameProvider?.prepareRename(document, params);
            }
        });
    } finally {
        shared.workspace.LangiumDocuments.deleteDocument(uri);
        shared.workspace.IndexManager.remove(uri);
    }
    return times;
}

/** The start, the middle and the end of the long value, and the end of the document. */
function valuePositions(document: LangiumDocument, text: string, value: string): Position[] {
    const start = text.indexOf(value);
    const offsets = [start, start + Math.floor(value.length / 2), start + value.length, text.length];
    return offsets.map(offset => document.textDocument.positionAt(offset));
}

/** One case: a line kind, a filler and a shape, measured at both sizes. */
export interface LinearCase {
    kind: string;
    filler: string;
    shape: string;
    /** Least CPU milliseconds at 50,000 and at 100,000 characters. */
    ms: [number, number];
    ratio: number;
    /** Measured again at 100,000 and 200,000 characters when the first ratio broke the rule (see CONFIRM_SIZES). */
    confirm_ms?: [number, number];
    confirm_ratio?: number;
    linear: boolean;
    /** The slowest step at 100,000 characters, to say where the time goes. */
    slowest: string;
}

export interface LinearResult {
    cases: number;
    /** The median and the largest ratio of time at 100,000 to time at 50,000 characters. */
    median_ratio: number;
    max_ratio: number;
    /** Cases over the limit at both doublings. */
    failures: LinearCase[];
    /** Cases over the limit at 50,000 → 100,000 characters only (see CONFIRM_SIZES). */
    stepped: LinearCase[];
    /** The slowest cases at 100,000 characters. */
    slowest: LinearCase[];
    linear: boolean;
    duration_s: number;
}

/**
 * Each sample repeats the exercise until it has taken about this many CPU milliseconds at
 * 100,000 characters (the same number of times at 50,000): a single exercise of a linear line
 * takes a few milliseconds, which the machine's other work (the garbage collector, a
 * neighbour's build) moves by more than the rule allows.
 */
const SAMPLE_MS = 20;
/** At most this many exercises in one sample. */
const MAX_BATCH = 16;

/** CPU milliseconds of the process (all threads) per exercise, over `batch` exercises. */
async function cpuTime(services: Services, text: string, value: string, batch: number): Promise<{ ms: number; steps: Record<string, number> }> {
    const before = process.cpuUsage();
    let steps: Record<string, number> = {};
    for (let i = 0; i < batch; i++) steps = await exercise(services, text, value);
    const used = process.cpuUsage(before);
    return { ms: (used.user + used.system) / 1000 / batch, steps };
}

/**
 * The least CPU time per exercise at each size over `runs` samples, the sizes interleaved so
 * that both see the same machine: the minimum, not the median, because other work on the
 * machine only ever adds time.
 */
async function measureCase(services: Services, kind: LineKind, fill: (n: number) => string, shape: (f: string) => string, runs: number,
    sizes: readonly [number, number] = SIZES): Promise<{ ms: [number, number]; slowest: string }> {
    const values = sizes.map(n => shape(fill(n)));
    const texts = values.map(v => kind.document(v));
    const warmUp = await cpuTime(services, texts[1], values[1], 1);
    const batch = Math.max(1, Math.min(MAX_BATCH, Math.ceil(SAMPLE_MS / Math.max(warmUp.ms, 0.1))));
    const best: [number, number] = [Infinity, Infinity];
    let steps: Record<string, number> = {};
    for (let r = 0; r < runs; r++) {
        for (let s = 0; s < sizes.length; s++) {
            const sample = await cpuTime(services, texts[s], values[s], batch);
            if (sample.ms < best[s]) {
                best[s] = sample.ms;
                if (s === 1) steps = sample.steps;
            }
        }
    }
    const slowest = Object.entries(steps).sort((a, b) => b[1] - a[1])[0];
    return { ms: best, slowest: slowest ? `${slowest[0]} ${slowest[1].toFixed(1)} ms` : '' };
}

/**
 * CPU milliseconds by which the time at 100,000 characters may exceed 2.5 times the time at
 * 50,000 before the case counts as broken. Linear lines cost a few milliseconds, and the
 * machine's other work (a garbage collection that falls into one sample and not the other,
 * a neighbour's build) moves that by more than the ratio allows; a quadratic step over
 * 100,000 characters costs seconds (the name splitting of issue 11 took 25 s, the date slot 5 s).
 */
export const NOISE_MS = 10;

/** Whether a measurement breaks the rule: more than 2.5 times as long, beyond the noise. */
function breaksRule(ms: [number, number]): boolean {
    return ms[1] > MAX_RATIO * ms[0] + NOISE_MS;
}

/** The fillers, shapes and line kinds of a run: `quick` keeps the canonical spellings and the three fillers the rule names. */
function plan(quick: boolean): { kinds: LineKind[]; fillers: Array<[string, (n: number) => string]>; shapes: Array<[string, (f: string) => string]> } {
    const fillers = Object.entries(FILLERS).filter(([name]) => !quick || ['spaces', 'letters', 'separators'].includes(name));
    return { kinds: lineKinds(quick), fillers, shapes: Object.entries(SHAPES) };
}

/** Runs every case; what breaks the rule is measured again, longer, before it counts. */
export async function measureLinear(options: { quick: boolean; log: (line: string) => void; only?: string }): Promise<LinearResult> {
    const started = performance.now();
    const services = createMinutesServices(EmptyFileSystem, { messageLanguage: 'sv' }, fixedClock({ year: 2026, month: 3, day: 11 }));
    const { fillers, shapes, ...all } = plan(options.quick);
    const kinds = all.kinds.filter(kind => options.only === undefined || kind.name === options.only);
    const runs = options.quick ? 2 : 5;
    const cases: LinearCase[] = [];
    const dateSlots = kinds.filter(kind => kind.dateSlot).length;
    options.log(`linear time: ${kinds.length} line kinds × ${fillers.length} fillers × ${shapes.length} shapes, and ${dateSlots} date slots × `
        + `${Object.keys(DATE_SHAPES).length} more shapes, at ${SIZES.join(' and ')} characters`);
    for (const kind of kinds) {
        for (const [fillerName, fill] of fillers) {
            for (const [shapeName, shape] of kind.dateSlot ? [...shapes, ...Object.entries(DATE_SHAPES)] : shapes) {
                const measured = await measureCase(services, kind, fill, shape, runs);
                const confirmed = breaksRule(measured.ms) && measured.ms[1] < BROKEN_MS
                    ? await measureCase(services, kind, fill, shape, 2 * runs, CONFIRM_SIZES) : undefined;
                const c: LinearCase = {
                    kind: kind.name, filler: fillerName, shape: shapeName, ms: [round(measured.ms[0]), round(measured.ms[1])],
                    ratio: round(measured.ms[1] / measured.ms[0]), slowest: measured.slowest,
                    linear: !breaksRule(measured.ms) || (confirmed !== undefined && !breaksRule(confirmed.ms)),
                    ...(confirmed && { confirm_ms: [round(confirmed.ms[0]), round(confirmed.ms[1])] as [number, number], confirm_ratio: round(confirmed.ms[1] / confirmed.ms[0]) })
                };
                cases.push(c);
                if (!c.linear) options.log(`  NOT LINEAR: ${describe(c)}`);
            }
        }
    }
    const failures = cases.filter(c => !c.linear);
    return {
        cases: cases.length,
        stepped: cases.filter(c => c.linear && c.confirm_ms !== undefined),
        median_ratio: round(medianOf(cases.map(c => c.ratio))),
        max_ratio: round(Math.max(0, ...cases.map(c => c.ratio))),
        failures,
        slowest: [...cases].sort((a, b) => b.ms[1] - a.ms[1]).slice(0, 5),
        linear: failures.length === 0,
        duration_s: round((performance.now() - started) / 1000)
    };
}

function medianOf(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length === 0 ? NaN : sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One line of a report about a case. */
export function describe(c: LinearCase): string {
    const confirmed = c.confirm_ms && c.confirm_ratio !== undefined
        ? `; at 100,000 → 200,000: ${c.confirm_ms[0].toFixed(1)} ms → ${c.confirm_ms[1].toFixed(1)} ms, ×${c.confirm_ratio.toFixed(2)}` : '';
    return `${c.kind} with ${c.filler} (${c.shape}): ${c.ms[0].toFixed(1)} ms → ${c.ms[1].toFixed(1)} ms, ×${c.ratio.toFixed(2)}${confirmed}; slowest step: ${c.slowest}`;
}

/** The result as lines for the benchmark's table. */
export function formatLinear(r: LinearResult): string[] {
    const out = [`Linear time (bench/linear.ts): ${r.cases} cases (least CPU time per exercise of several samples); `
        + `twice the text took ×${r.median_ratio.toFixed(2)} as long (median), at most ×${r.max_ratio.toFixed(2)} (limit ×${MAX_RATIO} + ${NOISE_MS} ms): `
        + `${r.linear ? 'linear' : `${r.failures.length} NOT LINEAR`}; ${r.duration_s.toFixed(0)} s.`];
    for (const c of r.failures) out.push(`  NOT LINEAR: ${describe(c)}`);
    for (const c of r.stepped) out.push(`  a one-time step at 50,000 → 100,000, linear at the next doubling: ${describe(c)}`);
    out.push('  slowest at 100,000 characters:');
    for (const c of r.slowest) out.push(`    ${describe(c)}`);
    return out;
}
