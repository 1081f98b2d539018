/**
 * Chevrotain's ALL(*) lookahead (chevrotain-allstar, Langium's default), worked out for each
 * decision the first time the parser meets it instead of for all of them when the parser is built.
 *
 * Building the parser runs Chevrotain's self-analysis, which asks the lookahead strategy for a
 * function per decision of the grammar (every alternative, option and repetition: several hundred
 * in the second edition) and builds the augmented transition network those functions predict
 * with. For `minutes check` of a short file that was a third of the parser's construction, and
 * most of those decisions are never reached: a board's minutes use a few of the grammar's
 * constructs. Here each decision gets a small function that builds the real one on its first call
 * and then hands over to it; the network is built on the first decision that needs it. What is
 * predicted is unchanged: the same strategy answers, only later.
 */
import type { BaseParser, IOrAlt, OptionalProductionType, Rule } from 'chevrotain';
import { LLStarLookaheadStrategy } from 'chevrotain-allstar';

type AlternationOptions = Parameters<LLStarLookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<LLStarLookaheadStrategy['buildLookaheadForOptional']>[0];
type AlternationLookahead = (this: BaseParser, orAlts?: IOrAlt<unknown>[]) => number | undefined;
type OptionalLookahead = (this: BaseParser) => boolean;

export class LazyLookaheadStrategy extends LLStarLookaheadStrategy {
    private rules: Rule[] | undefined;
    private initialized = false;

    /** Keeps the grammar's rules; the network is built when a decision first needs it. */
    override initialize(options: { rules: Rule[] }): void {
        this.rules = options.rules;
        this.initialized = false;
    }

    private ensureInitialized(): void {
        if (this.initialized) return;
        if (!this.rules) throw new Error('LazyLookaheadStrategy: the parser asked for a lookahead before its self-analysis');
        super.initialize({ rules: this.rules });
        this.initialized = true;
    }

    override buildLookaheadForAlternation(options: AlternationOptions): AlternationLookahead {
        let lookahead: AlternationLookahead | undefined;
        const build = (): AlternationLookahead => {
            this.ensureInitialized();
            return super.buildLookaheadForAlternation(options) as AlternationLookahead;
        };
        return function (this: BaseParser, orAlts?: IOrAlt<unknown>[]) {
            lookahead ??= build();
            return lookahead.call(this, orAlts);
        };
    }

    override buildLookaheadForOptional(options: OptionalOptions & { prodType: OptionalProductionType }): OptionalLookahead {
        let lookahead: OptionalLookahead | undefined;
        const build = (): OptionalLookahead => {
            this.ensureInitialized();
            return super.buildLookaheadForOptional(options);
        };
        return function (this: BaseParser) {
            lookahead ??= build();
            return lookahead.call(this);
        };
    }
}
