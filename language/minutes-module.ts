/**
 * Dependency injection for the minutes language: Langium's default services, the generated
 * ones, and ours (line lexer, person scoping, validation, settings).
 */
import {
    inject, type Module, type PartialLangiumCoreServices, type LangiumCoreServices, type LangiumSharedCoreServices,
    type DefaultSharedCoreModuleContext, createDefaultCoreModule, createDefaultSharedCoreModule,
    DefaultServiceRegistry, type URI
} from 'langium';
import { MinutesGeneratedModule, MinutesGeneratedSharedModule } from './generated/module.js';
import { MinutesLexer } from './minutes-lexer.js';
import { LazyLookaheadStrategy } from './lazy-lookahead.js';
import { MinutesValidator, registerValidationChecks } from './minutes-validator.js';
import { MinutesReferences, MinutesScopeComputation, MinutesScopeProvider } from './minutes-scope.js';
import { MinutesDocumentValidator } from './minutes-document-validator.js';
import { MinutesLinker, MinutesReferenceDescriptionProvider } from './minutes-linking.js';
import { MinutesValidationRegistry } from './minutes-validation-registry.js';
import type { LanguageChoice } from '../common/l10n/index.js';

/** What the reader chose: message language and the approval deadline. */
export interface MinutesSettings {
    /**
     * `auto`: every view of a document speaks the document's language (its header keyword),
     * or the reader's `locale` when it has no header; `sv`/`en` force one (see languageFor).
     */
    messageLanguage: LanguageChoice;
    /** The reader's locale (the editor's display language, or LANG for the CLI). */
    locale?: string;
    /** Days after the meeting within which the minutes must be approved (`Justering`). */
    approvalDays: number;
    /**
     * `minutes.decisionSummary`: whether renderings end with the summary of decisions and
     * actions; undefined (`auto`) leaves it to the rule set (rule-sets.ts).
     */
    decisionSummary?: boolean;
}

export const DEFAULT_APPROVAL_DAYS = 14;

export type MinutesAddedServices = {
    validation: {
        MinutesValidator: MinutesValidator;
    };
    settings: {
        Settings: MinutesSettings;
    };
};

export type MinutesServices = LangiumCoreServices & MinutesAddedServices;

export function createMinutesModule(settings: MinutesSettings): Module<MinutesServices, PartialLangiumCoreServices & MinutesAddedServices> {
    return {
        parser: {
            // Date tokens keep the text as written (`26–27 januari 2002`, `3/11/2021`): what they
            // mean depends on the document's language, so dates.ts reads them where they are used.
            Lexer: services => new MinutesLexer(services),
            // Langium's parser settings, plus a lookahead worked out per decision when the parser
            // first meets it (lazy-lookahead.ts): most of a short file's decisions are never met.
            // A getter, because each parser Langium builds takes the settings by spreading them
            // and needs a strategy of its own (it holds that parser's lookahead network). Langium's
            // completion parser, which would want a strategy that guesses at the end of the input,
            // is never built: our completion reads the line model (server/minutes-completion.ts).
            ParserConfig: () => ({
                get lookaheadStrategy() {
                    return new LazyLookaheadStrategy({ logging: () => { } });
                }
            })
        },
        references: {
            Linker: services => new MinutesLinker(services),
            ScopeProvider: services => new MinutesScopeProvider(services as MinutesServices),
            ScopeComputation: services => new MinutesScopeComputation(services),
            References: services => new MinutesReferences(services)
        },
        workspace: {
            ReferenceDescriptionProvider: services => new MinutesReferenceDescriptionProvider(services)
        },
        validation: {
            MinutesValidator: services => new MinutesValidator(services),
            DocumentValidator: services => new MinutesDocumentValidator(services),
            ValidationRegistry: services => new MinutesValidationRegistry(services)
        },
        settings: {
            Settings: () => settings
        }
    };
}

/**
 * The registry of the editor-free services: they hold one language, so every file is read as
 * minutes whatever its name (`notes.txt`, `protokoll`, standard input); Langium's own registry
 * throws for a file extension it was not told about.
 */
class OneLanguageServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        const languages = this.all;
        return languages.length === 1 ? languages[0] : super.getServices(uri);
    }
}

/**
 * Creates the services of the minutes language without an editor: for the CLI, tests and
 * the renderer. The language server adds the LSP services on top (server/).
 */
export function createMinutesCoreServices(context: DefaultSharedCoreModuleContext, settings?: Partial<MinutesSettings>): {
    shared: LangiumSharedCoreServices;
    Minutes: MinutesServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), MinutesGeneratedSharedModule, {
        ServiceRegistry: services => new OneLanguageServiceRegistry(services)
    });
    const Minutes = inject(
        createDefaultCoreModule({ shared }),
        MinutesGeneratedModule,
        createMinutesModule({ messageLanguage: 'auto', approvalDays: DEFAULT_APPROVAL_DAYS, ...settings })
    );
    shared.ServiceRegistry.register(Minutes);
    registerValidationChecks(Minutes);
    return { shared, Minutes };
}
