/**
 * The problem list at the top of the preview: a count of errors and warnings, then one link
 * per problem ("Line 12: …") that reveals the line in the editor. Built with DOM methods and
 * textContent only, so a message can never inject markup.
 */
import type { RenderDiagnostic, PreviewStrings } from '../../common/contract.js';

/** "{0} errors" with the number filled in. */
export function formatCount(template: string, count: number): string {
    return template.replace('{0}', String(count));
}

/** "Line 12" for a problem on the 0-based line 11: the editor counts lines from 1. */
export function problemLineLabel(line: number, strings: PreviewStrings): string {
    return formatCount(strings.lineLabel, line + 1);
}

/** The summary line, e.g. "2 errors, 1 warning", or the "no problems" text. */
export function problemSummary(diagnostics: readonly RenderDiagnostic[], strings: PreviewStrings): string {
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const parts: string[] = [];
    if (errors > 0) parts.push(errors === 1 ? strings.oneError : formatCount(strings.manyErrors, errors));
    if (warnings > 0) parts.push(warnings === 1 ? strings.oneWarning : formatCount(strings.manyWarnings, warnings));
    return parts.length > 0 ? parts.join(', ') : strings.noProblems;
}

/** Replaces the content of `container` with the problem list; `onOpen` gets a 0-based line. */
export function renderProblems(
    container: HTMLElement,
    diagnostics: readonly RenderDiagnostic[],
    strings: PreviewStrings,
    onOpen: (line: number) => void,
): void {
    // The server sends the problems in document order (common/contract.ts); the list keeps it.
    const doc = container.ownerDocument;
    const summary = doc.createElement('p');
    summary.className = 'problems-summary';
    summary.textContent = problemSummary(diagnostics, strings);
    container.classList.toggle('has-errors', diagnostics.some(d => d.severity === 'error'));
    container.classList.toggle('has-warnings', diagnostics.some(d => d.severity === 'warning'));
    container.setAttribute('aria-label', strings.problemsLabel);
    const nodes: Node[] = [summary];
    if (diagnostics.length > 0) {
        const list = doc.createElement('ul');
        list.className = 'problems-list';
        for (const diagnostic of diagnostics) {
            const item = doc.createElement('li');
            item.className = `problem ${diagnostic.severity}`;
            const link = doc.createElement('button');
            link.type = 'button';
            link.className = 'problem-link';
            link.dataset.line = String(diagnostic.line);
            link.title = `${diagnostic.severity === 'error' ? strings.error : strings.warning} [${diagnostic.code}]`;
            const where = doc.createElement('span');
            where.className = 'problem-line';
            where.textContent = problemLineLabel(diagnostic.line, strings);
            const text = doc.createElement('span');
            text.className = 'problem-message';
            text.textContent = diagnostic.message;
            link.append(where, text);
            link.addEventListener('click', () => onOpen(diagnostic.line));
            item.append(link);
            list.append(item);
        }
        nodes.push(list);
    }
    container.replaceChildren(...nodes);
    container.hidden = false;
}

/** Shows a failure (the server could not render) in place of the problem list. */
export function renderFailure(container: HTMLElement, message: string): void {
    const text = container.ownerDocument.createElement('p');
    text.className = 'problems-summary render-failed';
    text.textContent = message;
    container.classList.add('has-errors');
    container.replaceChildren(text);
    container.hidden = false;
}
