// Builds what `npm run bench` needs: the generated Langium files (they are not in git), the
// benchmark (bench/run.ts → out/bench.cjs) and the VS Code activation suite
// (bench/vscode/activation-suite.ts → out/bench-activation-suite.cjs), bundled with the same
// settings as esbuild.mjs uses for the CLI and the server. Not minified: the profile summary
// maps the bundle's lines back to source files through esbuild's `// path` module comments.
// Everything it prints goes to stderr, so that `--json` leaves stdout to the result.
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { copyPdfAssets } from '../scripts/pdf-assets.mjs';

const generate = spawnSync(process.execPath, [
    '--import', './language/polyfill.mjs', 'node_modules/langium-cli/bin/langium.js', 'generate', '--file', 'language/langium-config.json',
], { stdio: ['ignore', 2, 2] });
if (generate.status !== 0) {
    process.stderr.write('bench: langium generate failed\n');
    process.exit(1);
}

const common = {
    bundle: true,
    sourcemap: true,
    minify: false,
    logLevel: 'warning',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    // Langium and its dependencies are ES modules that reference import.meta.url in places we never call.
    define: { 'import.meta.url': 'import_meta_url' },
    banner: { js: "const import_meta_url = require('url').pathToFileURL(__filename).href;" },
};

// The PDF case (pdf-100-pages) reads the fonts and pdfkit's colour profile beside the bundle.
copyPdfAssets('out');
await Promise.all([
    esbuild.build({ ...common, entryPoints: ['bench/run.ts'], outfile: 'out/bench.cjs' }),
    esbuild.build({ ...common, entryPoints: ['bench/vscode/activation-suite.ts'], outfile: 'out/bench-activation-suite.cjs' }),
]);
