import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/vscode/**', 'test/e2e/**', 'node_modules/**'],
        setupFiles: ['./language/polyfill.mjs'],
        // Builds out/*.cjs once before the run (tests spawn the real CLI and server bundles).
        globalSetup: ['./test/global-setup.ts'],
        testTimeout: 30_000
    }
});
