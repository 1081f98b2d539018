/** Reading the command line after the command word: options, file names, the message language. */
import type { MinutesSettings } from '../language/minutes-module.js';
import type { CliIO } from './cli-io.js';

/** A mistake in how minutes was called; reported with a pointer to `--help`, exit status 2. */
export class UsageError extends Error { }

/** Options after the command word: flags with values and positional arguments. */
export interface ParsedArgs {
    positional: string[];
    flags: Map<string, string | true>;
}

/** Splits `args` into flags (`valued` take a value, `--x=v` or `--x v`; `boolean` do not) and positional arguments. */
export function parseArgs(args: string[], valued: readonly string[], boolean: readonly string[]): ParsedArgs {
    const positional: string[] = [];
    const flags = new Map<string, string | true>();
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
            positional.push(...args.slice(i + 1));
            break;
        }
        const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        if (valued.includes(name)) {
            const value = inline ?? args[++i];
            if (value === undefined) throw new UsageError(`${name} needs a value`);
            flags.set(name, value);
        } else if (boolean.includes(name)) {
            flags.set(name, true);
        } else if (arg.startsWith('-') && arg !== '-') {
            throw new UsageError(`unknown option ${arg}`);
        } else {
            positional.push(arg);
        }
    }
    return { positional, flags };
}

/** The value of a flag that takes one (`parseArgs` saw to that), or undefined when absent. */
export function flagValue(args: ParsedArgs, ...names: string[]): string | undefined {
    for (const name of names) {
        const value = args.flags.get(name);
        if (typeof value === 'string') return value;
    }
    return undefined;
}

/**
 * The message language as the services take it: `--lang` forces one; without it each file
 * speaks its own language, and LC_ALL / LC_MESSAGES / LANG decide only for a file without a
 * header (common/l10n's rule).
 */
export function chooseLang(flag: string | true | undefined, env: CliIO['env']): Pick<MinutesSettings, 'messageLanguage' | 'locale'> {
    const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
    if (flag === 'sv' || flag === 'en') return { messageLanguage: flag, locale };
    if (flag !== undefined) throw new UsageError(`--lang takes sv or en, not "${flag}"`);
    return { messageLanguage: 'auto', locale };
}
