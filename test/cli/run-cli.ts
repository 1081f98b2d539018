import { runCli, type CliIO } from '../../cli/main.js';

/** Runs the CLI in-process in `cwd` with captured output, as a terminal would show it. */
export async function runCliIn(cwd: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io: CliIO = { stdout: t => { out += t; }, stderr: t => { err += t; }, env, cwd };
    const code = await runCli(args, io);
    return { code, out, err };
}
