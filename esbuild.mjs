// Bundles every entry point into one file each under out/ (vscode stays external).
// `node esbuild.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Node bundles: the CLI, the language server and the VS Code extension. */
const nodeEntries = [
    { in: 'cli/cli-entry.ts', out: 'cli' },
    { in: 'server/server-entry.ts', out: 'server' },
];

const common = {
    bundle: true,
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    // Langium and its dependencies are ES modules that reference import.meta.url in places we never call.
    define: { 'import.meta.url': 'import_meta_url' },
    banner: { js: "const import_meta_url = require('url').pathToFileURL(__filename).href;" },
};

const contexts = [
    await esbuild.context({
        ...common,
        entryPoints: nodeEntries,
        outdir: 'out',
        outExtension: { '.js': '.cjs' },
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        external: ['vscode'],
    }),
];

if (watch) {
    await Promise.all(contexts.map(ctx => ctx.watch()));
} else {
    await Promise.all(contexts.map(ctx => ctx.rebuild()));
    await Promise.all(contexts.map(ctx => ctx.dispose()));
}
