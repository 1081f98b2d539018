/**
 * What every reader of a document's diagnostics needs to agree on: which LSP severity is an
 * error, and the order the problems are listed in. The CLI, the preview's render and the
 * validator's cut-off all read these, so a count of errors or a listed order is the same
 * wherever the secretary sees it.
 */
import type { Diagnostic } from 'vscode-languageserver-types';

/** A diagnostic's severity as the CLI prints it and the preview lists it. */
export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

/** LSP severities 1–4 in order; index 0 is unused. */
const SEVERITY_NAMES = [undefined, 'error', 'warning', 'info', 'hint'] as const;

/**
 * The severity of a diagnostic as a word. LSP lets a diagnostic leave its severity out and the
 * client decide; we count it as an error, as VS Code does.
 */
export function severityName(diagnostic: Pick<Diagnostic, 'severity'>): SeverityName {
    return SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error';
}

/** True for a diagnostic that is an error (also one without a severity). */
export function isError(diagnostic: Pick<Diagnostic, 'severity'>): boolean {
    return severityName(diagnostic) === 'error';
}

/** How many of the diagnostics are errors. */
export function errorCount(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): number {
    return diagnostics.filter(isError).length;
}

/**
 * Document order: by start line, then start column; on the same spot an error comes before a
 * warning. Use with `Array.prototype.sort`.
 */
export function compareDiagnostics(a: Pick<Diagnostic, 'range' | 'severity'>, b: Pick<Diagnostic, 'range' | 'severity'>): number {
    return a.range.start.line - b.range.start.line
        || a.range.start.character - b.range.start.character
        || (a.severity ?? 1) - (b.severity ?? 1);
}
