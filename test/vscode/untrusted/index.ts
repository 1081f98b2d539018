/**
 * Mocha entry of the Restricted Mode suite (`npm run test:vscode:untrusted`): the same runner
 * as the main suite's. run.mjs bundles this module first, then every `*.test.ts` of this folder.
 */
export { run } from '../suite/index';
