/**
 * Parser problems in the secretary's words. The line lexer turns unreadable lines into tokens
 * the validator explains, so parser errors are rare; when one happens it is reported once per
 * line with the `syntax` code, never as "Expecting token of type …".
 */
import { DefaultDocumentValidator, type LangiumDocument, type ParseResult, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Code, MESSAGES } from './messages.js';
import type { MinutesServices } from './minutes-module.js';

export class MinutesDocumentValidator extends DefaultDocumentValidator {
    constructor(private readonly minutesServices: MinutesServices) {
        super(minutesServices);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const raw: Diagnostic[] = [];
        super.processParsingErrors(parseResult, raw, options);
        const message = MESSAGES[this.minutesServices.settings.Settings.lang].unreadableLine();
        const lines = new Set<number>();
        for (const diagnostic of raw) {
            const line = diagnostic.range.start.line;
            if (lines.has(line)) continue;
            lines.add(line);
            diagnostics.push({ ...diagnostic, message, code: Code.syntax, data: { code: Code.syntax } });
        }
    }

    /** Unresolved persons are reported by the validator as `person-unknown`, with a suggestion. */
    protected override processLinkingErrors(_document: LangiumDocument, _diagnostics: Diagnostic[], _options: ValidationOptions): void {
    }
}
