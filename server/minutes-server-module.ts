/**
 * The minutes language with Langium's LSP services and ours on top: what the language server
 * runs, in VS Code and standalone (`minutes lsp --stdio`).
 */
import { inject, type Module } from 'langium';
import {
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices,
    type PartialLangiumServices, createDefaultModule, createDefaultSharedModule
} from 'langium/lsp';
import { MinutesGeneratedModule, MinutesGeneratedSharedModule } from '../language/generated/module.js';
import {
    createMinutesModule, DEFAULT_APPROVAL_DAYS, type MinutesAddedServices, type MinutesSettings
} from '../language/minutes-module.js';
import { registerValidationChecks } from '../language/minutes-validator.js';

export type MinutesLspServices = LangiumServices & MinutesAddedServices;

/** Our LSP services (completion, hover, formatting, code actions, …). */
export const MinutesLspModule: Module<MinutesLspServices, PartialLangiumServices> = {
};

/** Creates the shared and language services for the language server. */
export function createMinutesServices(context: DefaultSharedModuleContext, settings?: Partial<MinutesSettings>): {
    shared: LangiumSharedServices;
    Minutes: MinutesLspServices;
} {
    const shared = inject(createDefaultSharedModule(context), MinutesGeneratedSharedModule);
    const Minutes = inject(
        createDefaultModule({ shared }),
        MinutesGeneratedModule,
        createMinutesModule({ lang: 'en', approvalDays: DEFAULT_APPROVAL_DAYS, ...settings }),
        MinutesLspModule
    );
    shared.ServiceRegistry.register(Minutes);
    registerValidationChecks(Minutes);
    return { shared, Minutes };
}
