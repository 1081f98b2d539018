import { describe, expect, test } from 'vitest';
import type { RenderDiagnostic, PreviewStrings } from '../../common/contract.js';
import { isFromWebviewMessage } from '../../client/preview/webview-message-guard.js';
import { ScrollGuard } from '../../client/preview/scroll-guard.js';
import { formatCount, problemLineLabel, problemSummary } from '../../client/preview-src/problems-view.js';

const strings: PreviewStrings = {
    loading: '', noProblems: 'Inga problem', oneError: '1 fel', manyErrors: '{0} fel', oneWarning: '1 varning',
    manyWarnings: '{0} varningar', lineLabel: 'Rad {0}', problemsLabel: '', renderFailed: '', error: '', warning: '',
};

const problem = (line: number, severity: 'error' | 'warning'): RenderDiagnostic => ({ line, severity, message: 'm', code: 'c' });

describe('problem summary', () => {
    test('counts errors and warnings with singular and plural', () => {
        expect(problemSummary([], strings)).toBe('Inga problem');
        expect(problemSummary([problem(1, 'error')], strings)).toBe('1 fel');
        expect(problemSummary([problem(1, 'error'), problem(2, 'error'), problem(3, 'warning')], strings)).toBe('2 fel, 1 varning');
        expect(problemSummary([problem(1, 'warning'), problem(5, 'warning')], strings)).toBe('2 varningar');
    });

    test('line labels are 1-based as the editor shows them', () => {
        expect(problemLineLabel(0, strings)).toBe('Rad 1');
        expect(problemLineLabel(11, strings)).toBe('Rad 12');
    });

    test('a count fills the {0} of its text', () => {
        expect(formatCount(strings.manyErrors, 3)).toBe('3 fel');
    });
});

describe('ScrollGuard', () => {
    test('is active for its window after hold() and not before or after', () => {
        let now = 1000;
        const guard = new ScrollGuard(200, () => now);
        expect(guard.active).toBe(false);
        guard.hold();
        now += 199;
        expect(guard.active).toBe(true);
        now += 1;
        expect(guard.active).toBe(false);
    });
});

describe('isFromWebviewMessage', () => {
    test('accepts the messages the webview sends', () => {
        expect(isFromWebviewMessage({ type: 'ready', source: 'file:///a.minutes' })).toBe(true);
        expect(isFromWebviewMessage({ type: 'revealLine', source: 'file:///a.minutes', line: 3.5 })).toBe(true);
        expect(isFromWebviewMessage({ type: 'openLine', source: 'file:///a.minutes', line: 0 })).toBe(true);
        for (const href of ['https://asby.se/protokoll', 'http://example.org/a?b=1', 'mailto:eva@asby.se']) {
            expect(isFromWebviewMessage({ type: 'openLink', source: 'file:///a.minutes', href }), href).toBe(true);
        }
    });

    test('a link the host is asked to open is http, https or mailto, nothing else', () => {
        for (const href of ['javascript:alert(1)', 'file:///etc/passwd', 'command:workbench.action.quit', 'ftp://x.se', 'vscode://x', 'https://', 'mailto:', '']) {
            expect(isFromWebviewMessage({ type: 'openLink', source: 'file:///a.minutes', href }), href).toBe(false);
        }
        expect(isFromWebviewMessage({ type: 'openLink', source: 'file:///a.minutes' })).toBe(false);
    });

    test('rejects anything else', () => {
        for (const value of [
            null, 'ready', {}, { type: 'ready' }, { type: 'openLine', source: 'x' }, { type: 'openLine', source: 'x', line: -1 },
            { type: 'revealLine', source: 'x', line: Number.NaN }, { type: 'render', source: 'x' },
        ]) {
            expect(isFromWebviewMessage(value)).toBe(false);
        }
    });
});
