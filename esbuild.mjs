// Bundles every entry point into one file each under out/ (vscode stays external).
// `node esbuild.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { copyPdfAssets } from './scripts/pdf-assets.mjs';
import {
    CLI_PDF_BUNDLE, SERVER_PDF_BUNDLE, checkCliBundleHasNoPdf, checkCliBundleHasNoServer, checkServerBundleHasNoPdf, cliPdfEntry, pdfOutsideCliPlugin,
    pdfOutsideServerPlugin, serverOutsideCliPlugin, serverPdfEntry
} from './scripts/cli-bundle.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Node bundles: the language server and the VS Code extension (the CLI has its own build below). */
const nodeEntries = [
    { in: 'server/server-entry.ts', out: 'server' },
    { in: 'client/extension.ts', out: 'extension' },
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

/**
 * Langium's core (cancellation, events, the document builder) imports five names from
 * vscode-languageserver-protocol, whose entry (lib/common/api.js) evaluates the whole protocol,
 * JSON-RPC's connections and the LSP types at start-up: about a fifth of what `minutes check`
 * of a small file spends beyond Node's own start. In the CLI bundle those imports read the same
 * classes from the files of the same vscode-jsonrpc that define them (the protocol re-exports
 * them from there), so nothing changes but what is evaluated. LSPErrorCodes is defined in the
 * protocol's api.js, which would bring everything back, so its values are written here and
 * compared with the real ones at every build.
 */
const LSP_ERROR_CODES = { lspReservedErrorRangeStart: -32899, RequestFailed: -32803, ServerCancelled: -32802, ContentModified: -32801, RequestCancelled: -32800, lspReservedErrorRangeEnd: -32800 };
const requireFromLangium = createRequire(import.meta.resolve('langium'));
/** vscode-jsonrpc as the protocol package that Langium uses finds it: its lib/common/api.js → the package folder. */
const jsonrpcLib = dirname(dirname(createRequire(requireFromLangium.resolve('vscode-languageserver-protocol')).resolve('vscode-jsonrpc')));

/** The CLI's stand-in for vscode-languageserver-protocol, for Langium's core files only. */
const protocolSubset = `
export { CancellationToken, CancellationTokenSource } from ${JSON.stringify(join(jsonrpcLib, 'common', 'cancellation.js'))};
export { Emitter } from ${JSON.stringify(join(jsonrpcLib, 'common', 'events.js'))};
export { ResponseError } from ${JSON.stringify(join(jsonrpcLib, 'common', 'messages.js'))};
export const LSPErrorCodes = Object.freeze(${JSON.stringify(LSP_ERROR_CODES)});
`;

/** Points Langium's core imports of the protocol (not its lsp/ folder's) at the stand-in above. */
const protocolSubsetPlugin = {
    name: 'langium-core-protocol-subset',
    setup(build) {
        build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, args => {
            const importer = args.importer.replaceAll('\\', '/');
            if (!/\/langium\/lib\/(?:utils|workspace)\//u.test(importer)) return undefined;
            return { path: 'langium-core-protocol', namespace: 'protocol-subset' };
        });
        build.onLoad({ filter: /.*/, namespace: 'protocol-subset' }, () => ({ contents: protocolSubset, loader: 'js', resolveDir: jsonrpcLib }));
    }
};

/** The five names must stay what Langium's core imports: a missing one fails the build (esbuild checks ES exports). */
function checkLspErrorCodes() {
    const real = requireFromLangium('vscode-languageserver-protocol').LSPErrorCodes;
    if (JSON.stringify(real) !== JSON.stringify(LSP_ERROR_CODES)) {
        throw new Error(`esbuild.mjs: LSP_ERROR_CODES differ from vscode-languageserver-protocol's LSPErrorCodes ${JSON.stringify(real)}`);
    }
}
checkLspErrorCodes();

const nodeOptions = {
    ...common,
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
};

const contexts = [
    // The server's PDF back end is a bundle of its own, loaded at the first PDF export
    // (scripts/cli-bundle.mjs, pdfOutsideServerPlugin): the server starts without it.
    await esbuild.context({ ...nodeOptions, entryPoints: nodeEntries, plugins: [pdfOutsideServerPlugin] }),
    await esbuild.context({ ...nodeOptions, outdir: undefined, stdin: { ...serverPdfEntry, resolveDir: '.' }, outfile: `out/${SERVER_PDF_BUNDLE}` }),
    // The `minutes` command, started anew for every file a user checks: its start-up time is
    // what a pre-commit hook feels (docs/benchmarks.md, "Whole processes").
    await esbuild.context({ ...nodeOptions, entryPoints: [{ in: 'cli/cli-entry.ts', out: 'cli' }], plugins: [protocolSubsetPlugin, serverOutsideCliPlugin, pdfOutsideCliPlugin] }),
    // Its PDF back end, loaded by out/cli.cjs for `--format pdf` only (scripts/cli-bundle.mjs).
    await esbuild.context({ ...nodeOptions, outdir: undefined, stdin: { ...cliPdfEntry, resolveDir: '.' }, outfile: `out/${CLI_PDF_BUNDLE}` }),
    // The script inside the preview webview: a browser bundle under media/, the only folder
    // the webview may load from.
    await esbuild.context({
        bundle: true,
        sourcemap: !production,
        minify: production,
        logLevel: 'warning',
        entryPoints: { preview: 'client/preview-src/index.ts' },
        outdir: 'media',
        platform: 'browser',
        target: 'es2022',
        format: 'iife',
    }),
];

/**
 * The renderer's stylesheet (language/render/styles.ts) as media/minutes.css, for the preview
 * webview: its CSP allows stylesheets from the extension only, no inline <style>.
 */
async function writeMinutesCss() {
    const { outputFiles } = await esbuild.build({
        entryPoints: ['language/render/styles.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning',
    });
    const { MINUTES_CSS } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
    writeFileSync('media/minutes.css', `/* Generated by esbuild.mjs from language/render/styles.ts; do not edit. */\n${MINUTES_CSS.trim()}\n`);
}
await writeMinutesCss();
// The PDF export's fonts and colour profile beside the bundles (scripts/pdf-assets.mjs).
copyPdfAssets('out');

/** The CLI's bundles, both run by bin/code-cache.cjs: out/cli.cjs and its PDF back end. */
const CLI_BUNDLES = ['out/cli.cjs', `out/${CLI_PDF_BUNDLE}`];

/**
 * bin/minutes.cjs runs out/cli.cjs (and the PDF back end) through a vm.Script
 * (bin/code-cache.cjs), which cannot load an ES module: a dynamic `import()` left in a bundle
 * would fail only when reached.
 */
function checkCliBundle(file) {
    const code = readFileSync(file, 'latin1');
    const dynamicImport = /(?<![\w$.])import\(/u.exec(code);
    if (dynamicImport) {
        throw new Error(`${file} contains a dynamic import() at offset ${dynamicImport.index}; bin/code-cache.cjs cannot run it. Import the module statically or lazily through esbuild (a bundled module).`);
    }
    if (file === 'out/cli.cjs') {
        checkCliBundleHasNoServer(code);
        checkCliBundleHasNoPdf(code);
    }
}

/**
 * Makes a CLI bundle pure ASCII. esbuild escapes non-ASCII characters in strings but leaves them
 * in regular expressions (`[-*•]`, `§`) and comments; one such character makes Node decode the
 * whole bundle as UTF-8 into a two-byte string at every start, where pure ASCII lets
 * bin/code-cache.cjs take it as Latin-1 (a copy). `\uXXXX` means the same character in a
 * string, a regular expression (with or without the u flag) and a comment.
 */
function makeCliBundleAscii(file) {
    const code = readFileSync(file, 'utf8');
    let ascii = '';
    let from = 0;
    for (let i = 0; i < code.length; i++) {
        const unit = code.charCodeAt(i);
        if (unit < 0x80) continue;
        // After a backslash the escape would change meaning (`\•` is not `\\u2022`).
        if (code[i - 1] === '\\') throw new Error(`${file}: cannot escape the character after a backslash at offset ${i}`);
        ascii += code.slice(from, i) + '\\u' + unit.toString(16).padStart(4, '0');
        from = i + 1;
    }
    if (from > 0) writeFileSync(file, ascii + code.slice(from));
}

/**
 * Writes V8's code cache for the fresh CLI bundles (`<bundle>.v8cache`, next to each) by running
 * one export of an example as HTML and one as PDF: the loader writes a bundle's cache when a
 * command ends, holding what that command compiled (parsing, linking, validation and
 * rendering; the PDF back end). Without them the first `minutes` runs write them.
 */
function writeCliCodeCache() {
    for (const bundle of CLI_BUNDLES) rmSync(`${bundle}.v8cache`, { force: true });
    for (const format of ['html', 'pdf']) {
        const run = spawnSync(process.execPath, ['bin/minutes.cjs', 'export', 'examples/brf-linden-2026-05-20.minutes', '--format', format, '-o', '-'], {
            stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, MINUTES_CODE_CACHE: 'trace' }
        });
        const bundle = format === 'html' ? 'cli.cjs' : CLI_PDF_BUNDLE;
        const wrote = run.stderr.split('\n').some(line => line.startsWith('minutes code cache: wrote ') && line.includes(`${sep}${bundle}.v8cache (`));
        if (!wrote) {
            process.stderr.write(`esbuild.mjs: no code cache written for out/${bundle} (exit ${run.status}):\n${run.stderr}`);
        }
    }
}

if (watch) {
    await Promise.all(contexts.map(ctx => ctx.watch()));
} else {
    await Promise.all(contexts.map(ctx => ctx.rebuild()));
    await Promise.all(contexts.map(ctx => ctx.dispose()));
    for (const bundle of CLI_BUNDLES) {
        checkCliBundle(bundle);
        makeCliBundleAscii(bundle);
    }
    checkServerBundleHasNoPdf(readFileSync('out/server.cjs', 'utf8'));
    writeCliCodeCache();
}
