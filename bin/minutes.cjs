#!/usr/bin/env node
// The `minutes` command: the bundled CLI in out/ (built by `npm run build`), run with V8's code
// cache (bin/code-cache.cjs) so that a start does not compile the whole bundle again.
const { join } = require('node:path');
const { runBundle } = require('./code-cache.cjs');
const { useShortRunFlags } = require('./v8-flags.cjs');

useShortRunFlags();

const bundle = join(__dirname, '..', 'out', 'cli.cjs');
if (!runBundle(bundle)) {
    process.stderr.write('minutes: the CLI is not built yet. Run "npm run build" in ' + join(__dirname, '..') + ' first.\n');
    process.exit(2);
}
