import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

/** The source files esbuild pulls into a bundle of `entry`, relative to the repository. */
async function bundledInputs(entry: string, platform: 'neutral' | 'browser'): Promise<string[]> {
    const result = await build({
        entryPoints: [entry], bundle: true, write: false, metafile: true, platform, format: 'esm', logLevel: 'silent',
    });
    return Object.keys(result.metafile.inputs).sort();
}

describe('common/contract.ts', () => {
    test('bundles to itself alone: server, client, webview and CLI can import it without pulling anything in', async () => {
        expect(await bundledInputs('common/contract.ts', 'neutral')).toEqual(['common/contract.ts']);
    });

    test('the webview script reaches the contract, not the server or the extension host', async () => {
        const inputs = await bundledInputs('client/preview-src/index.ts', 'browser');
        expect(inputs.filter(path => /^(server|cli|language\/generated)\//u.test(path))).toEqual([]);
    });
});
