/**
 * The `minutes` command line: `check` and `export` over the same services as the editor,
 * and `lsp` to run the language server for any LSP editor. This file only dispatches; each
 * command lives in its own module, which never imports this one.
 */
import '../language/polyfill.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, UsageError } from './args.js';
import { processIO, type CliIO } from './cli-io.js';
import { ExitCode } from './exit-code.js';

export type { CliIO } from './cli-io.js';

const HELP = `Usage: minutes <command> [options]

Commands:
  check <files...>           Check minutes files and print one line per problem.
                             A file of any name is read as minutes; a folder means
                             every .minutes file below it (not in node_modules or
                             folders starting with a dot; linked folders are not
                             entered); - reads standard input. Each file is checked
                             once, and its problems printed as soon as it is done.
                             Each file is checked with its series: the minutes of
                             the same body in its folder.
      --format text|json     Output format (default: text).
      --lang sv|en           Language of the messages (default: each file's own
                             language; LANG for a file without a header).
      --stdin-filename NAME  The name of standard input in messages.
  export <file> [-o out]     Write the minutes as a standalone HTML page (or a PDF):
                             by default next to the source, its extension replaced
                             by .html (.pdf); -o - writes to standard output. With -
                             as the file the minutes are read from standard input
                             and, without -o, the page goes to standard output (a
                             PDF never to a terminal).
                             The page is never written through a symbolic link or
                             over a pipe or device that -o did not name; one that -o
                             names is followed (a pipe or device is written to as a
                             stream, like -o -).
      --format html|pdf      html (default), or pdf: A4, tagged PDF/A-2a with fonts
                             embedded, made without a browser.
      --public               The public version: items with "Sekretess:" show only
                             their heading, identity numbers are masked (default
                             name: <file>-offentlig, <file>-public).
      --extract ITEMS        An extract of some items, e.g. --extract "§ 14, 16":
                             who took part, the items, the secretary's certification
                             (default name: <file>-utdrag-14-16).
      --notice               The notice of approval (anslag) of a protocol with a
                             "Justering" date and an "Anslag" line (default name:
                             <file>-anslag); refused, exit 2, when one is missing.
      --summary, --no-summary
                             End with (or leave out) the summary of all decisions
                             and actions; by default as the rule set says: on for
                             notes and Minutes, off for a Protokoll.
      --lang sv|en           Language of the messages (default: the file's language;
                             the page always follows the document).
      --stdin-filename NAME  The name of standard input in messages.
  export --register <folder> [-o out]
                             Write the register of the folder's series (every action
                             and decision, linked to each meeting's exported page) as
                             one standalone HTML page; by default register.html in
                             the folder.
  actions [paths...]         The actions of the series of the files and folders (the
                             current folder by default): origin, owner, deadline,
                             status, the meeting that closed it; overdue and open first.
      --open | --overdue     Only open actions, or only those past their deadline.
      --owner NAME           Only the actions of NAME (a first name is enough).
      --format text|json|csv|ics
                             ics: one to-do per open action, DUE at its deadline.
  decisions [paths...]       Every decision of the series, meeting by meeting.
      --format text|json|csv
  new --from <file>          Write the next meeting's minutes of the file's series
                             beside its latest minutes (never over an existing file).
  lsp --stdio                Run the language server on stdin/stdout.

Options:
  -h, --help                 Show this help.
  -v, --version              Show the version.

Exit status: ${ExitCode.ok} no errors, ${ExitCode.errors} errors found, ${ExitCode.usage} usage or file problem, ${ExitCode.internal} internal error.
`;

function version(): string {
    // The same relative path works from cli/main.ts and from the bundle in out/.
    return JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version;
}

/** Runs the command; a negative result means it keeps running (the language server). */
async function dispatch(command: string | undefined, rest: string[], io: CliIO): Promise<number> {
    switch (command) {
        case undefined:
        case '-h': case '--help': case 'help':
            io.stdout(HELP);
            return command === undefined ? ExitCode.usage : ExitCode.ok;
        case '-v': case '--version':
            io.stdout(`${version()}\n`);
            return ExitCode.ok;
        case 'check': {
            const { checkCommand } = await import('./check-command.js');
            return checkCommand(rest, io);
        }
        case 'export': {
            const { exportCommand } = await import('./export-command.js');
            return exportCommand(rest, io);
        }
        case 'actions': {
            const { actionsCommand } = await import('./register-command.js');
            return actionsCommand(rest, io);
        }
        case 'decisions': {
            const { decisionsCommand } = await import('./register-command.js');
            return decisionsCommand(rest, io);
        }
        case 'new': {
            const { newCommand } = await import('./new-command.js');
            return newCommand(rest, io);
        }
        case 'lsp': {
            const args = parseArgs(rest, [], ['--stdio', '--node-ipc']);
            if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
            const { startServer } = await import('../server/main.js');
            startServer();
            return -1;
        }
        default:
            throw new UsageError(`unknown command "${command}"`);
    }
}

/**
 * Runs the CLI and returns its exit code ({@link ExitCode}), or -1 when the command keeps the
 * process alive (the language server).
 */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
    const [command, ...rest] = argv;
    try {
        return await dispatch(command, rest, io);
    } catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`minutes: ${error.message}. Run "minutes --help" for usage.\n`);
            return ExitCode.usage;
        }
        throw error;
    }
}
