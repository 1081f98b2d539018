/**
 * Where reading or parsing one document failed. The failure is logged to the client's log,
 * kept so the document's diagnostics and the preview can say what went wrong, and never
 * allowed to stop the build of the other documents.
 */
import type { Cancellation, LangiumDocument, URI, ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Connection } from 'vscode-languageserver';
import { MinutesDocumentValidator } from '../language/minutes-document-validator.js';
import { Code, messagesFor } from '../language/messages.js';
import { languageOfText } from '../language/model.js';
import { viewLanguage } from '../common/l10n/index.js';
import type { MinutesServices } from '../language/minutes-module.js';

/** What failed: reading the file (closed documents come from disk) or parsing its text. */
export type FailureKind = 'read' | 'parse';

export interface DocumentFailure {
    kind: FailureKind;
    /** One short phrase: "the file is gone", "permission denied", or the error's message. */
    reason: string;
}

/** The failures of the documents the server holds, by URI; a later successful build clears them. */
export class DocumentFailures {
    private readonly failures = new Map<string, DocumentFailure>();

    constructor(readonly log: (message: string) => void) { }

    /** Records and logs that `kind` of the document at `uri` failed with `error`. */
    report(uri: URI, kind: FailureKind, error: unknown): DocumentFailure {
        const failure = { kind, reason: describeError(error) };
        this.failures.set(uri.toString(), failure);
        this.log(`Could not ${kind} ${uri.toString()}: ${failure.reason}. The other documents are not affected.`);
        return failure;
    }

    of(uri: URI): DocumentFailure | undefined {
        return this.failures.get(uri.toString());
    }

    clear(uri: URI): void {
        this.failures.delete(uri.toString());
    }

    /** The documents whose file could not be read. */
    unreadable(): string[] {
        return [...this.failures].filter(([, failure]) => failure.kind === 'read').map(([uri]) => uri);
    }
}

const ERRNO_REASONS: Readonly<Record<string, string>> = {
    ENOENT: 'the file is gone',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files',
};

/** The error in a few plain words, for the log and the diagnostic. */
export function describeError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string' && code in ERRNO_REASONS) return ERRNO_REASONS[code];
    if (error instanceof ReadFailure) return describeError(error.cause);
    return error instanceof Error ? error.message : String(error);
}

/** A closed document's file could not be read (as opposed to its text not parsing). */
export class ReadFailure extends Error {
    constructor(override readonly cause: unknown) {
        super(describeError(cause));
    }
}

/**
 * The language's document validator, but a document whose text could not be parsed gets one
 * `check-failed` error saying why, instead of the diagnostics of the stand-in text it was given,
 * and one whose file could not be read gets none.
 */
export class FailureReportingValidator extends MinutesDocumentValidator {
    constructor(private readonly services: MinutesServices, private readonly failures: DocumentFailures) {
        super(services);
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const failure = this.failures.of(document.uri);
        if (!failure) return super.validateDocument(document, options, cancelToken);
        // A closed file that cannot be read is dropped right after this build (document-lifecycle.ts).
        if (failure.kind === 'read') return [];
        // The tree is a stand-in, so the document's language is read from its first line.
        const settings = this.services.settings.Settings;
        const lang = viewLanguage(settings.messageLanguage, languageOfText(document.textDocument.getText()), settings.locale);
        const message = messagesFor(lang).checkFailed(failure.reason);
        const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        return [{ severity: 1, range, message, code: Code.checkFailed, data: { code: Code.checkFailed }, source: 'minutes' }];
    }
}

/**
 * The last resort: an error no handler caught is logged instead of ending the process (Node's
 * default), so the secretary keeps diagnostics and preview. Every known failure of a document
 * is handled where it happens; this only catches what is not yet known.
 */
export function logUncaughtFailures(log: (message: string) => void): void {
    const report = (what: string) => (error: unknown) =>
        log(`${what} (the server keeps running): ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.on('unhandledRejection', report('An unhandled rejection'));
    process.on('uncaughtException', report('An uncaught exception'));
}

/**
 * Where the server's own log goes: the client's log (window/logMessage) when there is a
 * connection, else stderr. A connection the client has already closed throws on sending; the
 * message then goes to stderr too, so logging a failure never becomes a failure of its own.
 */
export function logTo(connection: Pick<Connection, 'console'> | undefined): (message: string) => void {
    return message => {
        if (connection) {
            try {
                connection.console.error(message);
                return;
            } catch {
                // the connection is closed or disposed: fall through to stderr
            }
        }
        console.error(message);
    };
}
