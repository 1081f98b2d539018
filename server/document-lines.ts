/**
 * Line-level views of a parsed document that the editor features share: which element a line
 * belongs to, the first token of an element, keyword spellings. Minutes are line-oriented, so
 * most editor questions ("what is on this line?", "what came before it?") are line questions.
 */
import { AstUtils, CstUtils, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Document } from '../language/generated/ast.js';
import { leadingToken } from '../language/model.js';
import { lookupKeyword, normalizeKeyword, type KeywordId, type Lang } from '../language/keywords.js';
import { lineModelOf, type Line, type LineModel } from '../language/line-model.js';
import { readLines } from '../language/minutes-lexer.js';

/**
 * AST types that own whole lines: the elements of a document and their sub-lines (the rest are
 * parts of a line: a date slot, a chair, a serving substitute's `för`).
 */
const LINE_ELEMENTS = new Set([
    'Header', 'MeetingTime', 'Place', 'RulesLine', 'BodyLine', 'MembersLine', 'QuorumLine', 'Agenda', 'AgendaEntry', 'Recess',
    'GroupList', 'Group', 'AttendanceList', 'Person', 'ChairLine', 'SecretaryLine', 'AdjusterLine', 'TellersLine',
    'Paragraph', 'Bullet', 'Fenced', 'Misplaced', 'Item', 'Decision', 'Clause', 'Action', 'OwnerLine', 'DueLine', 'FromLine',
    'StatusLine', 'Motion', 'MovedBy', 'SecondedBy', 'Vote', 'VoteList', 'Reservation', 'RecordNote', 'Recusal', 'Confidential',
    'Attachment', 'NextMeeting', 'Approval', 'Posted', 'KeptAt', 'Closing'
]);

/** A coordinate as a client sent it: a whole number, or 0 for anything that is not a number. */
function wholeNumber(value: unknown): number {
    if (typeof value !== 'number' || Number.isNaN(value)) return 0;
    return Math.trunc(Math.max(-1, Math.min(value, Number.MAX_SAFE_INTEGER)));
}

/**
 * The nearest position inside the document: a line past the end goes to the end of the text,
 * a character past the end of its line to the end of that line, a negative or non-numeric one
 * to the start. Every handler of ours that takes a position from the client starts with this,
 * so that nothing walks line by line up to a position nobody can reach (a completion at line
 * 1e9 used to keep the server busy for half a minute, at 2^53 for ever).
 */
export function clampPosition(document: TextDocument, position: Position): Position {
    const offset = document.offsetAt({ line: wholeNumber(position?.line), character: wholeNumber(position?.character) });
    return document.positionAt(offset);
}

/** A range with both ends inside the document (see {@link clampPosition}). */
export function clampRange(document: TextDocument, range: Range): Range {
    return { start: clampPosition(document, range?.start), end: clampPosition(document, range?.end) };
}

/** The text of one line without its line break. */
export function lineText(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return text.replace(/\r?\n$|\r$/u, '');
}

/** The line model of a document, or of its text when the document has not been parsed since it changed. */
export function linesOf(document: LangiumDocument): LineModel {
    const model = lineModelOf(document);
    const text = document.textDocument.getText();
    return model && model.text === text ? model : readLines(text);
}

/** Whether a line holds nothing but whitespace or a `//` comment. */
function isBlankOrComment(line: Line | undefined): boolean {
    return !line || line.kind === 'blank' || line.kind === 'comment';
}

/** The innermost line element (`Person`, `Decision`, `Item`, …) that the given offset lies in. */
function elementAt(document: LangiumDocument<Document>, offset: number): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
    if (!leaf || leaf.hidden || leaf.tokenType.name === 'EOL') return undefined;
    let node: AstNode | undefined = leaf.astNode;
    while (node && !LINE_ELEMENTS.has(node.$type)) node = node.$container;
    return node;
}

/** The element that starts or continues on a line (undefined for blank and comment lines). */
export function elementOnLine(document: LangiumDocument<Document>, line: number): AstNode | undefined {
    const model = linesOf(document);
    const info = model.line(line);
    if (!info || isBlankOrComment(info)) return undefined;
    if (info.kind === 'unread') return elementAt(document, info.bodyStart);
    return elementAt(document, info.kind === 'verbatim' ? info.start : info.bodyStart);
}

/** The nearest line above `line` that is neither blank nor a comment. */
export function previousContentLine(document: LangiumDocument, line: number): number | undefined {
    const model = linesOf(document);
    for (let l = Math.min(line, model.count) - 1; l >= 0; l--) {
        if (!isBlankOrComment(model.line(l))) return l;
    }
    return undefined;
}

/** The last token of a node (for a line element, the line break that ends it). */
function trailingToken(node: AstNode): LeafCstNode | undefined {
    let cst = node.$cstNode;
    while (cst && isCompositeCstNode(cst)) {
        const children = cst.content;
        let i = children.length - 1;
        while (i >= 0 && children[i].hidden) i--;
        cst = children[i];
    }
    return cst && isLeafCstNode(cst) ? cst : undefined;
}

/** A line element from its first character to the end of its last line's text (without the line break). */
export function elementRange(node: AstNode): Range | undefined {
    const first = leadingToken(node);
    const last = trailingToken(node);
    if (!first || !last) return undefined;
    return { start: first.range.start, end: last.tokenType.name === 'EOL' ? last.range.start : last.range.end };
}

/** The tokens that belong to a node itself (its keyword, colon, values), not to its children. */
export function ownTokens(node: AstNode): LeafCstNode[] {
    const tokens: LeafCstNode[] = [];
    const collect = (cst: CstNode) => {
        if (isLeafCstNode(cst)) {
            if (!cst.hidden) tokens.push(cst);
        } else if (isCompositeCstNode(cst)) {
            // A rule called without assignment (`PreambleElement: MeetingTime | …`) nests a
            // composite of the same AST node; composites of child nodes are theirs.
            for (const child of cst.content) {
                if (isLeafCstNode(child) || child.astNode === node) collect(child);
            }
        }
    };
    if (node.$cstNode) collect(node.$cstNode);
    return tokens;
}

/**
 * The keyword of a line element as written (`Beslut`, `NÄSTA MÖTE`) and which keyword the lexer
 * read it as (`Ledamöter: 9` is the seat count, `Ledamöter:` with persons below the voting group).
 */
export function leadingKeyword(node: AstNode): { id: KeywordId; lang: Lang; text: string; range: Range } | undefined {
    const token = leadingToken(node);
    if (!token || !token.tokenType.name.startsWith('K_')) return undefined;
    const model = lineModelOf(AstUtils.getDocument(node));
    const line = model?.line(model.lineAt(token.offset));
    if (line?.keyword && line.lang) return { id: line.keyword, lang: line.lang, text: token.text, range: token.range };
    // The lexer emits a keyword token only for spellings of the table (the item number is a token of its own).
    const found = lookupKeyword(token.text);
    return found && { id: found.info.id, lang: found.lang, text: token.text, range: token.range };
}

/** How the table writes a keyword as typed (`NÄSTA  MÖTE` → `Nästa möte`), keeping the alias the writer chose. */
export function tableSpelling(written: string): string | undefined {
    const found = lookupKeyword(written);
    if (!found) return undefined;
    const { info, lang } = found;
    const index = info.aliases[lang].indexOf(normalizeKeyword(written));
    return info.spellings[lang][index];
}


/** A text cut at a word boundary to at most `length` characters, with an ellipsis when cut. */
export function shorten(text: string, length: number): string {
    if (text.length <= length) return text;
    const cut = text.slice(0, length - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
