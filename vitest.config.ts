import { defineConfig } from 'vitest/config';

/**
 * `npm test`. The pathological documents (test/robustness/pathological.test.ts) keep both
 * cores busy for 20–50 s with documents of up to 10 MB, and each answer has a hang limit:
 * they run alone, in `npm run test:pathological` (vitest.pathological.config.ts), which
 * .ci/run calls before `npm test`. Their answers within 5 s are a target of `npm run bench`.
 */
export const PATHOLOGICAL = 'test/robustness/pathological.test.ts';

/** What every run shares: the polyfill, the bundles, the timeout. */
export const COMMON = {
    setupFiles: ['./language/polyfill.mjs'],
    // Builds out/*.cjs once before the run (tests spawn the real CLI and server bundles).
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000
};

export default defineConfig({
    test: {
        ...COMMON,
        include: ['test/**/*.test.ts'],
        exclude: ['test/vscode/**', 'test/e2e/**', 'node_modules/**', PATHOLOGICAL]
    }
});
