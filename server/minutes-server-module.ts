/**
 * The minutes language with Langium's LSP services and ours on top: what the language server
 * runs, in VS Code and standalone (`minutes lsp --stdio`).
 */
import { inject, type Module } from 'langium';
import {
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices,
    type PartialLangiumServices, type PartialLangiumSharedServices, createDefaultModule, createDefaultSharedModule
} from 'langium/lsp';
import { MinutesGeneratedModule, MinutesGeneratedSharedModule } from '../language/generated/module.js';
import {
    createMinutesModule, DEFAULT_APPROVAL_DAYS, type MinutesAddedServices, type MinutesSettings
} from '../language/minutes-module.js';
import { registerValidationChecks } from '../language/minutes-validator.js';
import { systemClock, type Clock } from './clock.js';
import { MinutesCodeActionProvider } from './minutes-code-actions.js';
import { RecordCodeLensProvider } from './record-code-lens.js';
import { MinutesDocumentSymbolProvider } from './minutes-document-symbols.js';
import { MinutesFoldingRangeProvider } from './minutes-folding.js';
import { MinutesFormatter } from './minutes-formatter.js';
import { MinutesRenameProvider } from './minutes-rename.js';
import { MinutesSemanticTokenProvider } from './minutes-semantic-tokens.js';
import { MinutesConfigurationProvider } from './minutes-settings.js';
import { DocumentFailures, FailureReportingValidator, logTo } from './document-failures.js';
import {
    MinutesDocumentBuilder, MinutesDocumentFactory, MinutesDocumentUpdateHandler, MinutesWorkspaceManager, versionCheckedTextDocuments
} from './document-lifecycle.js';
import { MinutesIndexManager, WorkspaceIndex } from './workspace-index.js';
import { SeriesCompletionProvider } from './series-completion.js';
import { SeriesDefinitionProvider, SeriesHoverProvider, SeriesReferencesProvider } from './series-navigation.js';
import { SeriesWorkspaceSymbolProvider } from './series-symbols.js';

/** Services the language server adds: "today" for date completions and the registers, and the workspace index of the series. */
export type MinutesLspAddedServices = {
    lsp: {
        Clock: Clock;
    };
    series: {
        WorkspaceIndex: WorkspaceIndex;
    };
};

export type MinutesLspServices = LangiumServices & MinutesAddedServices & MinutesLspAddedServices;

/** Our LSP services (completion, hover, formatting, code actions, …). */
export const MinutesLspModule: Module<MinutesLspServices, PartialLangiumServices> = {
    lsp: {
        // The series' completion after `Från:`, hover, definition and references (SERIES.md) wrap the minutes' own.
        CompletionProvider: services => new SeriesCompletionProvider(services),
        HoverProvider: services => new SeriesHoverProvider(services),
        DefinitionProvider: services => new SeriesDefinitionProvider(services),
        ReferencesProvider: services => new SeriesReferencesProvider(services),
        RenameProvider: services => new MinutesRenameProvider(services),
        DocumentSymbolProvider: services => new MinutesDocumentSymbolProvider(services),
        FoldingRangeProvider: () => new MinutesFoldingRangeProvider(),
        SemanticTokenProvider: services => new MinutesSemanticTokenProvider(services),
        Formatter: () => new MinutesFormatter(),
        CodeActionProvider: services => new MinutesCodeActionProvider(services),
        CodeLensProvider: services => new RecordCodeLensProvider(services)
    }
};

/**
 * Shared services: a configuration provider that also re-reads settings on a bare change
 * notification, and the document life cycle of server/document-lifecycle.ts (closed documents
 * released, failures of one document reported without stopping the others, stale changes ignored).
 */
export function minutesSharedLspModule(failures: DocumentFailures, index: WorkspaceIndex): Module<LangiumSharedServices, PartialLangiumSharedServices> {
    return {
        workspace: {
            ConfigurationProvider: services => new MinutesConfigurationProvider(services),
            TextDocuments: () => versionCheckedTextDocuments(failures.log),
            WorkspaceManager: services => new MinutesWorkspaceManager(services, failures, index),
            LangiumDocumentFactory: services => new MinutesDocumentFactory(services, failures),
            DocumentBuilder: services => new MinutesDocumentBuilder(services, failures, index),
            IndexManager: services => new MinutesIndexManager(services, index)
        },
        lsp: {
            DocumentUpdateHandler: services => new MinutesDocumentUpdateHandler(services, failures),
            WorkspaceSymbolProvider: () => new SeriesWorkspaceSymbolProvider(index)
        }
    };
}

function clockModule(clock: Clock, index: WorkspaceIndex): Module<MinutesLspServices, MinutesLspAddedServices> {
    return { lsp: { Clock: () => clock }, series: { WorkspaceIndex: () => index } };
}

function failureModule(failures: DocumentFailures): Module<MinutesLspServices, PartialLangiumServices> {
    return { validation: { DocumentValidator: services => new FailureReportingValidator(services, failures) } };
}

/** Creates the shared and language services for the language server; tests pass a fixed clock. */
export function createMinutesServices(context: DefaultSharedModuleContext, settings?: Partial<MinutesSettings>, clock?: Clock): {
    shared: LangiumSharedServices;
    Minutes: MinutesLspServices;
} {
    const failures = new DocumentFailures(logTo(context.connection));
    // The index publishes the series' problems of files other than the one being built.
    const index: WorkspaceIndex = new WorkspaceIndex({
        settings: (): MinutesSettings => Minutes.settings.Settings,
        publish: (uri, diagnostics) => {
            try {
                void context.connection?.sendDiagnostics({ uri, diagnostics }).catch(() => undefined);
            } catch {
                // The client is gone: nobody to tell.
            }
        }
    });
    const shared: LangiumSharedServices = inject(createDefaultSharedModule(context), MinutesGeneratedSharedModule, minutesSharedLspModule(failures, index));
    const Minutes: MinutesLspServices = inject(
        createDefaultModule({ shared }),
        MinutesGeneratedModule,
        createMinutesModule({ messageLanguage: 'auto', approvalDays: DEFAULT_APPROVAL_DAYS, ...settings }),
        MinutesLspModule,
        clockModule(clock ?? systemClock, index),
        failureModule(failures)
    );
    shared.ServiceRegistry.register(Minutes);
    registerValidationChecks(Minutes);
    return { shared, Minutes };
}
