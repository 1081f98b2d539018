/**
 * The extension's manifest and translations agree with the code: every %key% of package.json
 * exists in English and Swedish (package.nls*.json, as VS Code requires them), and no runtime
 * string bypasses the catalogs of common/l10n.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(__dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const json = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;

function sourceFiles(dir: string): string[] {
    return readdirSync(join(root, dir)).flatMap(name => {
        const path = join(dir, name);
        return statSync(join(root, path)).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
    });
}

const manifest = read('package.json');

describe('extension manifest', () => {
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map(m => m[1]);

    test('every %key% has an English and a Swedish text', () => {
        expect(keys.length).toBeGreaterThan(10);
        for (const file of ['package.nls.json', 'package.nls.sv.json']) {
            const texts = json(file);
            expect(keys.filter(key => typeof texts[key] !== 'string'), file).toEqual([]);
            expect(Object.keys(texts).filter(key => !keys.includes(key)), `${file}: unused keys`).toEqual([]);
        }
    });

    test('commands, keybinding and settings are contributed', () => {
        const pkg = JSON.parse(manifest);
        expect(pkg.main).toBe('./out/extension.cjs');
        expect(pkg.contributes.commands.map((c: { command: string }) => c.command).sort())
            .toEqual([
                'minutes.exportExtract', 'minutes.exportHtml', 'minutes.exportNotice', 'minutes.exportPdf', 'minutes.exportPublic',
                'minutes.exportRegister', 'minutes.newFromPrevious', 'minutes.showPreview', 'minutes.showPreviewToSide'
            ]);
        expect(pkg.contributes.views.explorer).toEqual([expect.objectContaining({ id: 'minutes.seriesView', name: '%view.series%' })]);
        expect(pkg.contributes.keybindings).toContainEqual(expect.objectContaining({ command: 'minutes.showPreviewToSide', key: 'ctrl+k v', mac: 'cmd+k v' }));
        expect(Object.keys(pkg.contributes.configuration.properties).sort()).toEqual([
            'minutes.approvalDeadlineDays', 'minutes.decisionSummary', 'minutes.export.askForLocation', 'minutes.export.folder',
            'minutes.messageLanguage', 'minutes.preview.scrollSync',
        ]);
    });
});

describe('editor defaults for typing prose', () => {
    const defaults = (JSON.parse(read('package.json')) as { contributes: { configurationDefaults: Record<string, Record<string, unknown>> } })
        .contributes.configurationDefaults['[minutes]'];

    test('no word suggestions; Enter never accepts a suggestion (Tab does); Enter on an empty bullet can end the list', () => {
        // Words from elsewhere in the file took the Enter at the end of prose lines ("kommun" → "kommunhus").
        expect(defaults['editor.wordBasedSuggestions']).toBe('off');
        expect(defaults['editor.suggest.showWords']).toBe(false);
        // Enter ends the line even when a popup is still open: with "smart", a popup whose list was
        // not yet refreshed after the last key took the Enter in the typing test (test/e2e/typing.mjs).
        expect(defaults['editor.acceptSuggestionOnEnter']).toBe('off');
        // The server's on-type formatting on "\n" removes an empty bullet (server/minutes-on-enter.ts).
        expect(defaults['editor.formatOnType']).toBe(true);
        expect(defaults['editor.quickSuggestions']).toEqual({ other: 'on', comments: 'off', strings: 'off' });
    });

    test('onEnterRules continue only a bullet with text, so Enter on an empty one is left to the server', () => {
        const rules = (json('language-configuration.json').onEnterRules as Array<{ beforeText: string; action: { appendText?: string } }>);
        for (const rule of rules) {
            const before = new RegExp(rule.beforeText, 'u');
            const marker = rule.action.appendText!.trim();
            expect(before.test(`${marker} Anna Andersson`), rule.beforeText).toBe(true);
            expect(before.test(`${marker} `), rule.beforeText).toBe(false);
        }
    });
});

describe('runtime strings', () => {
    // Every string the extension shows at run time comes from the catalogs of common/l10n
    // (test/common/l10n.test.ts checks those); VS Code's own l10n API would bypass the rule
    // that a document's views speak the document's language.
    test('no code calls vscode.l10n or keeps an l10n bundle', () => {
        const calls = ['client', 'server', 'language', 'cli', 'common'].flatMap(sourceFiles).filter(file => /\bl10n\.t\(/u.test(read(file)));
        expect(calls).toEqual([]);
        expect(JSON.parse(manifest).l10n).toBeUndefined();
        expect(existsSync(join(root, 'l10n'))).toBe(false);
    });
});
