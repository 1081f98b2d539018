/**
 * The parser's lookahead, worked out per decision on first use (language/lazy-lookahead.ts),
 * reads every document exactly as Langium's own ALL(*) strategy, which works out every decision
 * while the parser is built: the same syntax tree, the same parser errors. And it is lazy: a
 * short document leaves most of the grammar's decisions unbuilt.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    AstUtils, createDefaultCoreModule, createDefaultSharedCoreModule, EmptyFileSystem, inject, isAstNode, isReference, type AstNode,
    type LangiumCoreServices
} from 'langium';
import { LLStarLookaheadStrategy } from 'chevrotain-allstar';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MinutesGeneratedModule, MinutesGeneratedSharedModule } from '../../language/generated/module.js';
import { createMinutesCoreServices, createMinutesModule, DEFAULT_APPROVAL_DAYS } from '../../language/minutes-module.js';
import { LazyLookaheadStrategy } from '../../language/lazy-lookahead.js';
import { generateMinutes } from '../../bench/generate.js';
import { generateMunicipalProtocol } from '../../bench/municipal.js';
import { document } from './second-edition/documents.js';

/** The minutes services with Langium's own lookahead strategy (ParserConfig without ours). */
function eagerServices(): LangiumCoreServices {
    const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), MinutesGeneratedSharedModule);
    return inject(createDefaultCoreModule({ shared }), MinutesGeneratedModule,
        createMinutesModule({ messageLanguage: 'auto', approvalDays: DEFAULT_APPROVAL_DAYS }), { parser: { ParserConfig: () => ({}) } });
}

/** What a parse gave, written out: every node's type, place and properties (references by their text), and the errors. */
function reading(services: LangiumCoreServices, text: string): string {
    const result = services.parser.LangiumParser.parse(text);
    const property = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(property);
        if (isReference(value)) return { ref: value.$refText };
        if (isAstNode(value)) return `<${value.$type}>`;
        return value;
    };
    const nodes = AstUtils.streamAst(result.value).map((node: AstNode) => ({
        type: node.$type,
        at: [node.$cstNode?.offset, node.$cstNode?.end],
        ...Object.fromEntries(Object.entries(node).filter(([key]) => !key.startsWith('$')).map(([key, value]) => [key, property(value)]))
    })).toArray();
    const errors = result.parserErrors.map(error => `${error.name} ${error.token.startOffset} ${error.message}`);
    return JSON.stringify({ nodes, errors, lexer: result.lexerErrors.map(e => `${e.offset} ${e.message}`) });
}

const lazy = createMinutesCoreServices(EmptyFileSystem).Minutes;
const eager = eagerServices();

/** The .minutes files below a folder. */
function files(folder: string): string[] {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.minutes')).map(file => join(folder, file));
}

describe('the lazy lookahead', () => {
    afterEach(() => { vi.restoreAllMocks(); });

    test('the services use it', () => {
        const strategy = (lazy.parser.LangiumParser as unknown as { wrapper: { lookaheadStrategy: unknown } }).wrapper.lookaheadStrategy;
        expect(strategy).toBeInstanceOf(LazyLookaheadStrategy);
        const eagerStrategy = (eager.parser.LangiumParser as unknown as { wrapper: { lookaheadStrategy: unknown } }).wrapper.lookaheadStrategy;
        expect(eagerStrategy).not.toBeInstanceOf(LazyLookaheadStrategy);
    });

    test('reads the examples, the fixtures and generated minutes as Langium\'s strategy does', () => {
        const texts = [
            ...files('examples'), ...files('test/fixtures')
        ].map(file => readFileSync(file, 'utf8'));
        for (const lang of ['sv', 'en'] as const) {
            for (const seed of [1, 2, 3]) texts.push(generateMinutes({ lang, bytes: 20_000, seed }).minutes);
        }
        texts.push(generateMunicipalProtocol(40_000));
        expect(texts.length).toBeGreaterThan(10);
        for (const text of texts) expect(reading(lazy, text)).toBe(reading(eager, text));
    });

    test('reads generated second-edition documents, and broken ones, as Langium\'s strategy does', () => {
        const broken = fc.tuple(document, fc.array(fc.tuple(fc.nat(), fc.constantFrom(':', '- ', '§', '(', 'Beslut:', 'Ja:', '```', '\n', 'att '))))
            .map(([text, cuts]) => cuts.reduce((t, [at, piece]) => t.slice(0, at % (t.length + 1)) + piece + t.slice(at % (t.length + 1)), text));
        fc.assert(fc.property(fc.oneof(document, broken), text => {
            expect(reading(lazy, text)).toBe(reading(eager, text));
        }), { seed: 7, numRuns: 1_500 });
    });

    test('a short document builds few of the grammar\'s decisions', () => {
        const made = vi.spyOn(LazyLookaheadStrategy.prototype, 'buildLookaheadForAlternation');
        const madeOptional = vi.spyOn(LazyLookaheadStrategy.prototype, 'buildLookaheadForOptional');
        const built = vi.spyOn(LLStarLookaheadStrategy.prototype, 'buildLookaheadForAlternation');
        const builtOptional = vi.spyOn(LLStarLookaheadStrategy.prototype, 'buildLookaheadForOptional');
        const parser = createMinutesCoreServices(EmptyFileSystem).Minutes.parser.LangiumParser;
        const decisions = made.mock.calls.length + madeOptional.mock.calls.length;
        expect(decisions).toBeGreaterThan(100);
        expect(built.mock.calls.length + builtOptional.mock.calls.length).toBe(0);
        const result = parser.parse('Minnesanteckningar: Styrelsemöte\nTid: 2025-03-04\n\nDeltagare:\n- Anna Berg\n\nOrdförande: Anna Berg\n');
        expect(result.parserErrors).toEqual([]);
        const used = built.mock.calls.length + builtOptional.mock.calls.length;
        expect(used).toBeGreaterThan(0);
        expect(used).toBeLessThan(decisions / 2);
    });
});
