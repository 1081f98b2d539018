import { defineConfig } from 'vitest/config';
import { COMMON, PATHOLOGICAL } from './vitest.config.js';

/** `npm run test:pathological`: the pathological documents alone, with nothing else competing for the CPU (see vitest.config.ts). */
export default defineConfig({
    test: { ...COMMON, include: [PATHOLOGICAL] }
});
