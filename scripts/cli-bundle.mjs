// What esbuild.mjs does to the CLI bundle (out/cli.cjs) beyond the other Node bundles, so that
// `minutes check` and `minutes export` start fast (docs/benchmarks.md, "Whole processes"):
// every start reads, hashes and deserializes the whole bundle, so what `check` and `export`
// never run should not be in it.

/**
 * `minutes lsp` runs the language server, which is half of the CLI bundle's code
 * (vscode-languageserver, JSON-RPC, the LSP protocol and Langium's lsp/ services) and which
 * esbuild.mjs already bundles on its own as out/server.cjs for VS Code. In the CLI bundle the
 * import of server/main.ts from cli/main.ts becomes a module whose `startServer` requires that
 * bundle, next to out/cli.cjs; requiring it starts the server (server/server-entry.ts) on the
 * same process, stdin and stdout. Other importers of server/main.ts are left alone.
 */
export const serverOutsideCliPlugin = {
    name: 'minutes-server-outside-cli',
    setup(build) {
        build.onResolve({ filter: /\/server\/main(?:\.js|\.ts)?$/ }, args => {
            if (!/[\\/]cli[\\/]main\.ts$/u.test(args.importer)) return undefined;
            return { path: 'server-bundle', namespace: 'minutes-server-outside-cli' };
        });
        build.onLoad({ filter: /.*/, namespace: 'minutes-server-outside-cli' }, () => ({
            loader: 'js',
            contents: `
import { join } from 'node:path';
/** Starts out/server.cjs (server/server-entry.ts), the language server's own bundle. */
export function startServer() {
    // V8's inlining as usual for a process that runs for hours (bin/v8-flags.cjs).
    require(join(__dirname, '..', 'bin', 'v8-flags.cjs')).useLongRunFlags();
    require(join(__dirname, 'server.cjs'));
}
`
        }));
    }
};

/** Packages and folders that only the language server runs: none may be in out/cli.cjs. */
const SERVER_ONLY = /\/node_modules\/(?:vscode-languageserver|vscode-languageserver-protocol)\/|\/vscode-jsonrpc\/lib\/node\/|\/langium\/lib\/lsp\/|^\/\/ (?:\.\.\/)*server\//u;

/**
 * Fails the build when the CLI bundle contains a module of the language server again (a new
 * import of server/ or langium/lsp from cli/ or language/), which would slow every start.
 * esbuild marks each bundled module with a `// path` comment line (not in a minified bundle,
 * which this check then passes: the development build, which the tests use, keeps them).
 */
export function checkCliBundleHasNoServer(code) {
    const found = bundledModules(code, SERVER_ONLY);
    if (found.length > 0) {
        throw new Error(`out/cli.cjs contains language-server modules, which only \`minutes lsp\` runs (from out/server.cjs):\n${found.slice(0, 10).join('\n')}`);
    }
}

/** Where the CLI's PDF back end is bundled: next to out/cli.cjs. */
export const CLI_PDF_BUNDLE = 'cli-pdf.cjs';

/** Where the language server's PDF back end is bundled: next to out/server.cjs. */
export const SERVER_PDF_BUNDLE = 'server-pdf.cjs';

/**
 * An esbuild plugin: in one bundle, an import of pdf/render-pdf.ts from the files `importer`
 * matches becomes a module whose functions `names` load `bundle` (next to the importing bundle,
 * built from an entry that exports those functions) at the first call, by `load` (JavaScript
 * with `path`, the bundle's file), and then call it.
 */
function pdfOutside(name, importer, bundle, names, load) {
    return {
        name,
        setup(build) {
            build.onResolve({ filter: /\/pdf\/render-pdf(?:\.js|\.ts)?$/ }, args => {
                if (!importer.test(args.importer)) return undefined;
                return { path: 'pdf-bundle', namespace: name };
            });
            build.onLoad({ filter: /.*/, namespace: name }, () => ({
                loader: 'js',
                contents: `
import { join } from 'node:path';
let pdf;
/** pdf/render-pdf.ts, from out/${bundle} (loaded once, at the first PDF). */
function backEnd() {
    const path = join(__dirname, ${JSON.stringify(bundle)});
    return pdf ??= ${load};
}
${names.map(fn => `export function ${fn}(...args) {\n    return backEnd().${fn}(...args);\n}`).join('\n')}
`
            }));
        }
    };
}

/**
 * The PDF back end (pdf/render-pdf.ts with pdfkit, fontkit and brotli) is two thirds of the
 * CLI's code and runs only for `--format pdf`. In the CLI bundle an import of it from cli/
 * becomes a module whose `renderPdf` loads out/cli-pdf.cjs (built from {@link cliPdfEntry})
 * at the first PDF, through bin/code-cache.cjs so that it has V8's code cache too.
 */
export const pdfOutsideCliPlugin = pdfOutside('minutes-pdf-outside-cli', /[\\/]cli[\\/][^\\/]+\.ts$/u, CLI_PDF_BUNDLE, ['renderPdf'],
    "require(join(__dirname, '..', 'bin', 'code-cache.cjs')).loadBundle(path)");

/**
 * The same for the language server: half of out/server.cjs was the PDF back end, read, compiled
 * and evaluated at every start of the server (100 ms of the 480 ms until a document's first
 * diagnostics, docs/benchmarks.md). In the server bundle an import of it from server/ loads
 * out/server-pdf.cjs (built from {@link serverPdfEntry}) at the first PDF export.
 */
export const pdfOutsideServerPlugin = pdfOutside('minutes-pdf-outside-server', /[\\/]server[\\/][^\\/]+\.ts$/u, SERVER_PDF_BUNDLE,
    ['renderPdf', 'renderDocumentPdf'], 'require(path)');

/** The entry of out/cli-pdf.cjs: what the stand-in of {@link pdfOutsideCliPlugin} calls, nothing else. */
export const cliPdfEntry = {
    contents: "export { renderPdf } from './pdf/render-pdf.ts';\n",
    sourcefile: 'cli-pdf-entry.ts',
    loader: 'ts'
};

/** The entry of out/server-pdf.cjs: what the stand-in of {@link pdfOutsideServerPlugin} calls. */
export const serverPdfEntry = {
    contents: "export { renderPdf, renderDocumentPdf } from './pdf/render-pdf.ts';\n",
    sourcefile: 'server-pdf-entry.ts',
    loader: 'ts'
};

/** Packages of the PDF back end: none may be in out/cli.cjs or out/server.cjs. */
const PDF_ONLY = /\/node_modules\/(?:pdfkit|fontkit|brotli|linebreak|restructure|png-js)\/|^\/\/ (?:\.\.\/)*pdf\//u;

/** Fails the build when the CLI bundle contains the PDF back end again (see {@link pdfOutsideCliPlugin}). */
export function checkCliBundleHasNoPdf(code) {
    checkHasNoPdf(code, 'out/cli.cjs', '`--format pdf`', CLI_PDF_BUNDLE);
}

/** Fails the build when the server bundle contains the PDF back end again (see {@link pdfOutsideServerPlugin}). */
export function checkServerBundleHasNoPdf(code) {
    checkHasNoPdf(code, 'out/server.cjs', 'a PDF export', SERVER_PDF_BUNDLE);
}

function checkHasNoPdf(code, file, runs, bundle) {
    const found = bundledModules(code, PDF_ONLY);
    if (found.length > 0) {
        throw new Error(`${file} contains the PDF back end, which only ${runs} runs (from out/${bundle}):\n${found.slice(0, 10).join('\n')}`);
    }
}

/** The `// path` comment lines of the modules in a (development) bundle that match `pattern`. */
function bundledModules(code, pattern) {
    return (code.match(/^\/\/ \S+\.(?:[cm]?js|ts)$/gmu) ?? []).filter(line => pattern.test(line));
}
