// V8 settings for the `minutes` process, set before the CLI bundle is compiled (V8's code cache
// is only used under the flags it was made with, so every start sets the same ones).
//
// A `minutes check` or `export` runs cold: V8's optimising compiler (TurboFan) compiles the hot
// functions of parsing, linking, validation and rendering while they run, on a background thread
// that shares the machine's cores. With its default inlining budget it inlines whole call trees
// into each of them: for the export of 1 MB that compilation was 41 % of the process's
// instructions (valgrind), more than the work it sped up. A small cumulative budget (100 bytes
// of bytecode instead of 920) still inlines small helpers and getters and cut the export's
// instructions and CPU time by a fifth, with the same output (docs/benchmarks.md).
//
// For the same reason TurboFan starts later: a function is optimised after eight times V8's
// default interrupt budget of bytecode run (`--interrupt-budget`, 67,584 → 540,672). At start
// every `minutes` builds Langium's grammar and Chevrotain's parser, loops that run long enough
// to be optimised and then never again: `check` of twelve lines went from 978 M to 898 M
// instructions (−17 % of what it spends beyond `node -e 0`); the 1 MB export stayed within
// valgrind's spread (4,188–4,331 M against 4,324 M; docs/benchmarks.md, "Third round").
//
// `minutes lsp` runs for hours, where inlining and early optimisation pay: its start restores V8's defaults
// (language server in out/server.cjs, scripts/cli-bundle.mjs).
'use strict';
const { setFlagsFromString } = require('node:v8');

/** TurboFan's inlining budget and later start for the short runs of `check` and `export`. */
function useShortRunFlags() {
    setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
    setFlagsFromString('--interrupt-budget=540672');
}

/** V8's own default (Node 20, V8 11.3), for the long-running language server. */
function useLongRunFlags() {
    setFlagsFromString('--max-inlined-bytecode-size-cumulative=920');
    setFlagsFromString('--interrupt-budget=67584');
}

module.exports = { useShortRunFlags, useLongRunFlags };
