/** The CLI's connection to the world: its streams, environment, working folder and clock; tests pass their own. */
import { calendarDateOf, type CalendarDate } from '../language/dates.js';

/** Where the CLI reads and writes. */
export interface CliIO {
    /** Standard output: text, or bytes (a PDF). */
    stdout(data: string | Uint8Array): void;
    /** Whether standard output is a terminal (a PDF is not written to one). */
    stdoutIsTerminal?: boolean;
    stderr(text: string): void;
    /** All of standard input, for the file name `-`; the process's own stdin when not given. */
    stdin?: () => Promise<Buffer>;
    env: Record<string, string | undefined>;
    cwd: string;
    /** "Today" for what is overdue (the registers); the system's date when not given. */
    today?: () => CalendarDate;
}

/** Today as the CLI sees it: the clock the caller gave, else the system's date. */
export function todayOf(io: CliIO): CalendarDate {
    return io.today?.() ?? calendarDateOf(new Date());
}

/** Reads the whole of the process's standard input. */
export async function readProcessStdin(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
}

/** The real process: its streams, environment and working folder. */
export const processIO: CliIO = {
    stdout: data => process.stdout.write(data),
    stdoutIsTerminal: process.stdout.isTTY === true,
    stderr: text => process.stderr.write(text),
    stdin: readProcessStdin,
    env: process.env,
    cwd: process.cwd()
};
