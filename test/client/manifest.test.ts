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
            .toEqual(['minutes.exportHtml', 'minutes.showPreview', 'minutes.showPreviewToSide']);
        expect(pkg.contributes.keybindings).toContainEqual(expect.objectContaining({ command: 'minutes.showPreviewToSide', key: 'ctrl+k v', mac: 'cmd+k v' }));
        expect(Object.keys(pkg.contributes.configuration.properties).sort()).toEqual([
            'minutes.approvalDeadlineDays', 'minutes.export.askForLocation', 'minutes.export.folder',
            'minutes.messageLanguage', 'minutes.preview.scrollSync',
        ]);
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
