#!/usr/bin/env node
// The `minutes` command: the bundled CLI in out/ (built by `npm run build`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'out', 'cli.cjs');
if (!existsSync(bundle)) {
    process.stderr.write('minutes: the CLI is not built yet. Run "npm run build" in ' + join(__dirname, '..') + ' first.\n');
    process.exit(2);
}
require(bundle);
