import { runCli, type CliIO } from '../../cli/main.js';

/** Standard input for a run: its text, or a function that reads it (to fail or to look around). */
export type StdinForTest = string | (() => Promise<Buffer>);

/** Runs the CLI in-process in `cwd` with captured output, as a terminal would show it. */
export async function runCliIn(cwd: string, args: string[], env: Record<string, string> = {}, stdin: StdinForTest = ''): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io: CliIO = {
        stdout: t => { out += t; },
        stderr: t => { err += t; },
        stdin: typeof stdin === 'string' ? async () => Buffer.from(stdin) : stdin,
        env,
        cwd
    };
    const code = await runCli(args, io);
    return { code, out, err };
}

