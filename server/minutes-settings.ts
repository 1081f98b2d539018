/**
 * The reader's settings in the language server: `minutes.messageLanguage` (`auto`: each
 * document's own language, else the client's locale; or a forced `sv`/`en`), and `minutes.approvalDeadlineDays`
 * sets the approval deadline, `minutes.decisionSummary` (`auto`, `on`, `off`) whether the preview and
 * the exports end with the summary of decisions and actions. Settings are read with workspace/configuration when the client
 * supports it and re-read when they change; open documents are then validated again so their
 * diagnostics speak the new language and use the new deadline.
 */
import {
    DefaultConfigurationProvider, type ConfigurationInitializedParams, type LangiumSharedCoreServices
} from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { ConfigurationItem, DidChangeConfigurationParams } from 'vscode-languageserver';
import { languageChoice } from '../common/l10n/index.js';
import { DEFAULT_APPROVAL_DAYS, type MinutesSettings } from '../language/minutes-module.js';

/** The configuration section of the minutes language (`minutes.*`). */
export const SETTINGS_SECTION = 'minutes';

/** The client-side settings the server reads, as they arrive in the `minutes` section. */
export interface MinutesClientSettings {
    /** `auto` (each document's language, else the editor's), `sv` or `en`. */
    messageLanguage?: string;
    approvalDeadlineDays?: number;
    /** `auto` (as the rule set says), `on` or `off`. */
    decisionSummary?: string;
}

/**
 * Langium's configuration provider, but every section it learns about is announced (also the
 * first fetch), and a change notification without settings (as many clients send) makes it
 * fetch the sections again instead of being ignored.
 */
export class MinutesConfigurationProvider extends DefaultConfigurationProvider {
    private fetchConfiguration?: (items: ConfigurationItem[]) => Promise<unknown[]>;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async initialized(params: ConfigurationInitializedParams): Promise<void> {
        this.fetchConfiguration = params.fetchConfiguration;
        await super.initialized(params);
    }

    override updateConfiguration(change: DidChangeConfigurationParams): void {
        const settings = change.settings as Record<string, unknown> | null | undefined;
        const sections = this.sections();
        const given = settings && typeof settings === 'object' ? sections.filter(section => section in settings) : [];
        if (given.length > 0) {
            for (const section of given) this.updateSectionConfiguration(section, settings![section]);
        } else if (this.workspaceConfig && this.fetchConfiguration) {
            this.fetchConfiguration(sections.map(section => ({ section })))
                .then(values => sections.forEach((section, i) => this.updateSectionConfiguration(section, values[i])))
                .catch(error => console.error('Could not read the minutes settings:', error));
        }
    }

    protected override updateSectionConfiguration(section: string, configuration: unknown): void {
        super.updateSectionConfiguration(section, configuration);
        this.onConfigurationSectionUpdateEmitter.fire({ section, configuration });
    }

    private sections(): string[] {
        return this.serviceRegistry.all.map(language => this.toSectionName(language.LanguageMetaData.languageId));
    }
}

/** The settings that follow from the client's locale and its `minutes` settings. */
export function resolveSettings(locale: string | undefined, client: MinutesClientSettings | undefined): MinutesSettings {
    const days = client?.approvalDeadlineDays;
    const approvalDays = typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : DEFAULT_APPROVAL_DAYS;
    const summary = client?.decisionSummary;
    return {
        messageLanguage: languageChoice(client?.messageLanguage), locale, approvalDays,
        decisionSummary: summary === 'on' ? true : summary === 'off' ? false : undefined
    };
}

/**
 * Keeps the language services' Settings in step with the client: the locale from `initialize`,
 * the `minutes` section whenever it arrives or changes. Documents are validated again when a
 * setting actually changed.
 */
export function followClientSettings(shared: LangiumSharedServices, settings: MinutesSettings): void {
    let locale: string | undefined;
    let client: MinutesClientSettings | undefined;
    const apply = async () => {
        const next = resolveSettings(locale, client);
        const same = next.messageLanguage === settings.messageLanguage && next.locale === settings.locale
            && next.approvalDays === settings.approvalDays;
        // The summary changes only renderings, which read the settings when asked: nothing to validate again.
        Object.assign(settings, next);
        if (!same) await revalidate(shared);
    };
    shared.lsp.LanguageServer.onInitialize(params => {
        locale = params.locale;
        Object.assign(settings, resolveSettings(locale, client));
    });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== SETTINGS_SECTION) return;
        client = update.configuration && typeof update.configuration === 'object' ? update.configuration : undefined;
        apply().catch(error => console.error('Could not apply the minutes settings:', error));
    });
}

/**
 * Validates every loaded document again (their diagnostics are published as usual). The list
 * is taken inside the write lock: a write cancels the one before it (possibly the workspace's
 * first build), so this build must cover every document loaded by then.
 */
async function revalidate(shared: LangiumSharedServices): Promise<void> {
    await shared.workspace.WorkspaceLock.write(async token => {
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        if (documents.length > 0) await shared.workspace.DocumentBuilder.build(documents, { validation: true }, token);
    });
}
