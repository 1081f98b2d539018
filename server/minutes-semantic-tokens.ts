/**
 * Semantic highlighting for minutes, from the tokens the line lexer produced: keywords (and the
 * `för` of a substitute, the `att` of a clause), person and group declarations and references,
 * short forms, attendance ranges, dates, weekdays, times, item and agenda numbers, vote counts
 * and fenced blocks. The TextMate grammar
 * colours the same things by pattern; these tokens are exact (a word is a keyword only at the
 * start of a keyword line, a name is a person only where the lexer read one).
 */
import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isGroup, isPerson } from '../language/generated/ast.js';
import { ownTokens } from './document-lines.js';

/** How each token type of the lexer is shown. */
const TOKEN_TYPES: Record<string, string> = {
    INT: SemanticTokenTypes.number,
    ITEM_NUMBER: SemanticTokenTypes.number,
    ENUM: SemanticTokenTypes.number,
    DATE: SemanticTokenTypes.number,
    TIME: SemanticTokenTypes.number,
    VOTE_COUNTS: SemanticTokenTypes.number,
    RANGE: SemanticTokenTypes.number,
    SERVING_RANGE: SemanticTokenTypes.number,
    WEEKDAY: SemanticTokenTypes.enumMember,
    RELATIVE: SemanticTokenTypes.enumMember,
    ZONE: SemanticTokenTypes.enumMember,
    TENTATIVE: SemanticTokenTypes.modifier,
    FOR: SemanticTokenTypes.keyword,
    CLAUSE: SemanticTokenTypes.keyword,
    FENCE: SemanticTokenTypes.string,
    VERBATIM: SemanticTokenTypes.string,
    NAME: SemanticTokenTypes.variable,
    SHORT: SemanticTokenTypes.variable
};

export class MinutesSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        // Each node highlights only its own tokens; its children are visited on their own.
        for (const token of ownTokens(node)) {
            const name = token.tokenType.name;
            if (name.startsWith('K_')) {
                acceptor({ cst: token, type: SemanticTokenTypes.keyword });
            } else if ((name === 'NAME' || name === 'SHORT') && (isPerson(node) || isGroup(node))) {
                acceptor({ cst: token, type: SemanticTokenTypes.variable, modifier: SemanticTokenModifiers.declaration });
            } else if (TOKEN_TYPES[name]) {
                acceptor({ cst: token, type: TOKEN_TYPES[name] });
            }
        }
    }
}
