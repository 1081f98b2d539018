/**
 * Parser problems in the secretary's words. The line lexer turns unreadable lines into tokens
 * the validator explains, so parser errors are rare; when one happens it is reported once per
 * line with the `syntax` code, never as "Expecting token of type …".
 */
import {
    Cancellation, DefaultDocumentValidator, type AstNode, type LangiumDocument, type ParseResult, type ValidateSingleNodeOptions,
    type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from './generated/ast.js';
import { Code, languageFor, messagesFor } from './messages.js';
import type { MinutesServices } from './minutes-module.js';
import { UNCHECKED_REST } from './minutes-lexer.js';
import { compareDiagnostics } from './diagnostics.js';
import { sourceEncodings } from './text-decoding.js';

/**
 * At most this many problems are reported for one document, the first ones in document order;
 * then one `document-too-large` error says the rest was not checked. Thousands of squiggles
 * help nobody, and Langium spreads the list into an argument list, which overflows the stack
 * somewhere above a hundred thousand and then loses every diagnostic.
 */
export const MAX_DIAGNOSTICS = 5_000;

/**
 * Langium's document validator with the problems in the secretary's words, ranges kept within
 * their lines, at most {@link MAX_DIAGNOSTICS} problems, and the list in document order
 * (language/diagnostics.ts), so the CLI and the preview list it as it comes.
 */
export class MinutesDocumentValidator extends DefaultDocumentValidator {
    constructor(private readonly minutesServices: MinutesServices) {
        super(minutesServices);
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) diagnostic.range = withinLines(document, diagnostic.range);
        const encoding = this.encodingGuessed(document);
        if (encoding) diagnostics.push(encoding);
        return diagnostics.sort(compareDiagnostics);
    }

    /** A warning on the first line that was not UTF-8, when whoever read the file had to guess its encoding (language/text-decoding.ts). */
    private encodingGuessed(document: LangiumDocument): Diagnostic | undefined {
        const guess = sourceEncodings.guessOf(document.uri.toString());
        if (!guess) return undefined;
        const line = Math.min(guess.line, document.textDocument.lineCount - 1);
        const range = withinLines(document, { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } });
        const message = this.messages(document.parseResult.value).encodingGuessed('Windows-1252');
        return { severity: 2, range, message, code: Code.encodingGuessed, data: { code: Code.encodingGuessed }, source: this.getSource() };
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const raw: Diagnostic[] = [];
        super.processParsingErrors(parseResult, raw, options);
        const message = this.messages(parseResult.value).unreadableLine();
        const lines = new Set<number>();
        for (const diagnostic of raw) {
            const line = diagnostic.range.start.line;
            if (lines.has(line)) continue;
            lines.add(line);
            diagnostics.push({ ...diagnostic, message, code: Code.syntax, data: { code: Code.syntax } });
        }
    }

    /** The lexer's only report is where it stopped reading a very large document (minutes-lexer.ts, CHECK_LIMITS). */
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const report of parseResult.lexerReport?.diagnostics ?? []) {
            if (report.message !== UNCHECKED_REST) continue;
            const start = { line: report.line! - 1, character: report.column! - 1 };
            diagnostics.push(this.tooLarge(parseResult.value, { start, end: { line: start.line, character: start.character + report.length } }));
        }
    }

    override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = await super.validateAst(rootNode, options, cancelToken);
        if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
        diagnostics.sort(compareDiagnostics);
        const kept = diagnostics.slice(0, MAX_DIAGNOSTICS);
        const firstDropped = diagnostics[MAX_DIAGNOSTICS].range.start;
        kept.push(this.tooLarge(rootNode, { start: firstDropped, end: firstDropped }));
        return kept;
    }

    /** The messages in the document's view language (its root may be any node of it). */
    private messages(node: AstNode): ReturnType<typeof messagesFor> {
        let root = node;
        while (root.$container) root = root.$container;
        return messagesFor(languageFor(this.minutesServices.settings.Settings, root as Document));
    }

    private tooLarge(root: AstNode, range: Diagnostic['range']): Diagnostic {
        const text = root.$cstNode?.root.fullText ?? '';
        const lines = (text.match(/\r\n|\n|\r/gu)?.length ?? 0) + 1;
        const message = this.messages(root).documentTooLarge(lines);
        return { severity: 1, range, message, code: Code.documentTooLarge, data: { code: Code.documentTooLarge }, source: this.getSource() };
    }

    /**
     * Every check of the language is registered on the root `Document` (minutes-validator.ts
     * reads the document as a whole), so the walk over the rest of the AST would only look up
     * checks that do not exist: about a tenth of an edit's validation time. The registry
     * (minutes-validation-registry.ts) refuses checks on other node types, which would never run.
     */
    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): ValidateSingleNodeOptions {
        return { ...super.validateSingleNodeOptions(node, options), validateChildren: false };
    }

    /** Unresolved persons are reported by the validator as `person-unknown`, with a suggestion. */
    protected override processLinkingErrors(_document: LangiumDocument, _diagnostics: Diagnostic[], _options: ValidationOptions): void {
    }
}

/**
 * The range with positions past a line's text moved back to its end. A node's range includes
 * the EOL token that ends it, one character past the line's last one; editors clamp that, but
 * the CLI would print an end column past the line.
 */
function withinLines(document: LangiumDocument, range: Diagnostic['range']): Diagnostic['range'] {
    const clamp = (position: Diagnostic['range']['start']) => {
        if (position.character === 0) return position;
        const line = document.textDocument.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
        const length = line.replace(/\r\n$|\n$|\r$/u, '').length;
        return position.character > length ? { line: position.line, character: length } : position;
    };
    return { start: clamp(range.start), end: clamp(range.end) };
}
