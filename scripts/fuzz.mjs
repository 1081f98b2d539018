// `npm run fuzz [-- --runs N --seed S --workers W --path P]`: bundles the fuzz runner
// (test/robustness/fuzz-main.ts) to out/fuzz.cjs with the settings the CLI and server bundles
// use, then runs it: 100,000 documents with a random seed unless told otherwise.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'out', 'fuzz.cjs');

await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['test/robustness/fuzz-main.ts'],
    outfile,
    bundle: true,
    sourcemap: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    // Langium and its dependencies are ES modules that reference import.meta.url in places we never call.
    define: { 'import.meta.url': 'import_meta_url' },
    banner: { js: "const import_meta_url = require('url').pathToFileURL(__filename).href;" },
});

const result = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
