/** The `minutes` executable (bundled to out/cli.cjs; bin/minutes.cjs loads it). */
import { ExitCode } from './exit-code.js';
import { runCli } from './main.js';

// `minutes export x -o - | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', error => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(ExitCode.ok);
    throw error;
});

runCli(process.argv.slice(2)).then(code => {
    // A negative code means a long-running command (the language server) keeps the process alive.
    if (code >= 0) process.exitCode = code;
}, error => {
    process.stderr.write(`minutes: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = ExitCode.internal;
});
