/**
 * Mocha entry for the extension test suite, run inside a real VS Code
 * extension host (code-server via test/vscode/run.mjs, or desktop VS Code via
 * @vscode/test-electron). VS Code calls the exported run().
 *
 * The test files are not loaded from disk: run.mjs bundles this module first
 * and then every `*.test.ts` of this folder into one CommonJS file, so by the
 * time a test file is evaluated the mocha globals (tdd: suite/test/setup/...)
 * defined below already exist and its suites register with `mocha`.
 */
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
  tests: TestResult[];
}

const mocha = new Mocha({
  ui: 'tdd',
  color: false,
  timeout: 60_000,
  // The harness prints results itself from run()'s value; alone, use spec.
  reporter: process.env.MINUTES_VSCODE_RESULT ? Mocha.reporters.Base : 'spec',
  grep: process.env.MINUTES_VSCODE_GREP || undefined,
});
// Define suite()/test()/... as globals now, before the bundled test files run.
mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);

function errorText(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

/**
 * Runs every registered test. Resolves with the results when all passed;
 * rejects (VS Code's convention for a failed run) with an Error carrying the
 * same results in `.results` otherwise.
 */
export function run(): Promise<SuiteResults> {
  const results: SuiteResults = { passed: 0, failed: 0, pending: 0, failures: [], tests: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run(() => {
      if (results.failed > 0) {
        reject(Object.assign(new Error(`${results.failed} test(s) failed`), { results }));
      } else {
        resolve(results);
      }
    });
    runner.on('pass', (t) => {
      results.passed++;
      results.tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration });
      console.log(`[minutes-test] ok ${t.fullTitle()}`);
    });
    runner.on('fail', (t, err) => {
      results.failed++;
      const error = errorText(err);
      results.failures.push({ title: t.fullTitle(), error });
      results.tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error });
      console.log(`[minutes-test] FAIL ${t.fullTitle()}: ${error}`);
    });
    runner.on('pending', (t) => {
      results.pending++;
      results.tests.push({ title: t.fullTitle(), state: 'pending' });
    });
  });
}
