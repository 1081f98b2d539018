import { describe, expect, test, vi } from 'vitest';
import type { ConfigurationItem, InitializeParams } from 'vscode-languageserver';
import { followClientSettings, resolveSettings } from '../../server/minutes-settings.js';
import { createServices, open } from './helpers.js';

describe('resolving the settings', () => {
    test('the message language is auto (document, then locale) unless the setting says sv or en', () => {
        expect(resolveSettings('sv-SE', undefined)).toEqual({ messageLanguage: 'auto', locale: 'sv-SE', approvalDays: 14 });
        expect(resolveSettings('en-US', { messageLanguage: 'auto' }).messageLanguage).toBe('auto');
        expect(resolveSettings('en-US', { messageLanguage: 'sv' }).messageLanguage).toBe('sv');
        expect(resolveSettings('sv', { messageLanguage: 'en' }).messageLanguage).toBe('en');
        expect(resolveSettings(undefined, { messageLanguage: 'de' }).messageLanguage).toBe('auto');
    });

    test('the approval deadline takes whole days of zero or more, else the default 14', () => {
        expect(resolveSettings('sv', { approvalDeadlineDays: 21 }).approvalDays).toBe(21);
        expect(resolveSettings('sv', { approvalDeadlineDays: 0 }).approvalDays).toBe(0);
        for (const bad of [-1, 2.5, '7' as unknown as number]) {
            expect(resolveSettings('sv', { approvalDeadlineDays: bad }).approvalDays).toBe(14);
        }
    });
});

const LATE = `Protokoll: Kommunstyrelsen
Tid: 2022-10-06
Deltagare:
- Anna Andersson
- Bertil Berg
Sekreterare: Anna Andersson
Justerare: Bertil Berg

Justering: 2022-10-13
`;

describe('following the client', () => {
    test('locale at initialize, the minutes section when it arrives and when it changes; documents are validated again', async () => {
        const services = createServices({ messageLanguage: 'en' });
        const settings = services.Minutes.settings.Settings;
        followClientSettings(services.shared, settings);
        const document = await open(services, LATE);
        expect(document.diagnostics).toEqual([]);

        let clientSettings: unknown = { messageLanguage: 'auto', approvalDeadlineDays: 3 };
        const requested: ConfigurationItem[][] = [];
        const server = services.shared.lsp.LanguageServer;
        await server.initialize({ processId: null, rootUri: null, capabilities: { workspace: { configuration: true } }, locale: 'sv-SE' } as InitializeParams);
        expect(settings.locale).toBe('sv-SE');
        server.initialized({
            fetchConfiguration: async (items: ConfigurationItem[]) => {
                requested.push(items);
                return items.map(() => clientSettings);
            }
        } as never);

        // The deadline of 3 days makes the approval 7 days after the meeting too late, said in Swedish.
        await vi.waitFor(() => expect(document.diagnostics?.map(d => d.message)).toEqual([
            'Justeringen sker 7 dagar efter mötet; den ska ske inom 3 dagar.'
        ]));
        expect(requested).toEqual([[{ section: 'minutes' }]]);

        // A change notification that carries the section.
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { minutes: { messageLanguage: 'en', approvalDeadlineDays: 5 } } });
        await vi.waitFor(() => expect(document.diagnostics?.map(d => d.message)).toEqual([
            'The minutes are approved 7 days after the meeting; it should be within 5 days.'
        ]));

        // A bare change notification: the server asks the client again.
        clientSettings = { messageLanguage: 'en' };
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: null });
        await vi.waitFor(() => expect(document.diagnostics).toEqual([]));
        expect(requested).toHaveLength(2);
        expect(settings).toEqual({ messageLanguage: 'en', locale: 'sv-SE', approvalDays: 14 });
    });
});
