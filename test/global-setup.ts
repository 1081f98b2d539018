import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Builds the bundles once, so tests that run the real `minutes` executable test current code. */
export default function setup(): void {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: join(__dirname, '..'), stdio: 'inherit' });
}
