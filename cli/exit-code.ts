/** The exit statuses of `minutes`, one name each (documented in `minutes --help` and the README). */
export const ExitCode = {
    /** Done, and no document has an error. */
    ok: 0,
    /** A document has errors (`check`). */
    errors: 1,
    /** A usage mistake, or a file that cannot be read or written (one sentence on stderr says which). */
    usage: 2,
    /** A bug in minutes itself (EX_SOFTWARE from sysexits.h). */
    internal: 70
} as const;

/** One of the {@link ExitCode} values. */
export type ExitCode = typeof ExitCode[keyof typeof ExitCode];
