/**
 * The outline and breadcrumbs of minutes: the meeting (its title) containing the person lists
 * with their persons, each item with its decisions and actions, and the trailer lines.
 */
import type { AstNode, LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import {
    isAction, isDecision, type Document, type Item, type Person
} from '../language/generated/ast.js';
import { isAbsentList, isPresentList, itemNumbers, joinLines, leadingToken, personInfo } from '../language/model.js';
import type { MinutesSettings } from '../language/minutes-module.js';
import { elementRange, leadingKeyword, ownTokens, shorten } from './document-lines.js';
import { strings } from '../common/l10n/index.js';
import { languageFor } from '../language/messages.js';

/** Longest decision or action text shown as a symbol name. */
const NAME_LENGTH = 60;

export class MinutesDocumentSymbolProvider implements DocumentSymbolProvider {
    constructor(private readonly services: { settings: { Settings: MinutesSettings } }) { }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const doc = document.parseResult.value as Document;
        const ui = strings(languageFor(this.services.settings.Settings, doc)).editor;
        const children: DocumentSymbol[] = [];
        for (const element of doc.preamble) {
            if (isPresentList(element) || isAbsentList(element)) {
                const symbol = lineSymbol(element, keywordName(element), SymbolKind.Array, element.persons.map(personSymbol).filter(isDefined));
                if (symbol) children.push({ ...symbol, detail: ui.persons(element.persons.length) });
            }
        }
        const numbers = itemNumbers(doc);
        doc.items.forEach((item, i) => {
            const symbol = itemSymbol(item, numbers[i]);
            if (symbol) children.push(symbol);
        });
        for (const element of doc.trailer) {
            const symbol = lineSymbol(element, keywordName(element), SymbolKind.Event, [], lineValue(element));
            if (symbol) children.push(symbol);
        }
        const header = doc.header;
        const root = doc.$cstNode;
        if (!header?.$cstNode || !root) return children;
        return [{
            name: header.title?.trim() || keywordName(header),
            detail: keywordName(header),
            kind: SymbolKind.File,
            range: root.range,
            selectionRange: header.$cstNode.range,
            children
        }];
    }
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}

/** A symbol for a line element, selected at its first token (its keyword). */
function lineSymbol(node: AstNode, name: string, kind: SymbolKind, children: DocumentSymbol[], detail?: string): DocumentSymbol | undefined {
    const first = leadingToken(node);
    const range = elementRange(node);
    if (!first || !range) return undefined;
    return { name: name || '…', detail, kind, range, selectionRange: first.range, children };
}

function personSymbol(person: Person): DocumentSymbol | undefined {
    if (!person.name) return undefined;
    const symbol = lineSymbol(person, person.name, SymbolKind.Field, [], personInfo(person));
    const nameRange = ownTokens(person).find(token => token.tokenType.name === 'NAME')?.range;
    return symbol && nameRange ? { ...symbol, selectionRange: nameRange } : symbol;
}

function itemSymbol(item: Item, number: number): DocumentSymbol | undefined {
    const keyword = leadingKeyword(item)?.text ?? '';
    const children: DocumentSymbol[] = [];
    for (const element of item.content) {
        if (isDecision(element)) {
            const symbol = lineSymbol(element, shorten(joinLines(element.text), NAME_LENGTH) || keywordName(element), SymbolKind.Boolean, [], keywordName(element));
            if (symbol) children.push(symbol);
        } else if (isAction(element)) {
            const symbol = lineSymbol(element, shorten(joinLines(element.text), NAME_LENGTH) || keywordName(element), SymbolKind.Function, [], keywordName(element));
            if (symbol) children.push(symbol);
        }
    }
    const title = item.title?.trim();
    return lineSymbol(item, `${keyword} ${number}${title ? `: ${title}` : ''}`, SymbolKind.Module, children);
}

/** The keyword as written (`Deltagare`, `Nästa möte`). */
function keywordName(node: AstNode): string {
    return leadingKeyword(node)?.text ?? '';
}

/** What follows the keyword on a trailer line (`torsdag 2022-10-13 kl. 13.00, Teams`). */
function lineValue(node: AstNode): string | undefined {
    const cst = node.$cstNode;
    const keyword = leadingKeyword(node);
    if (!cst || !keyword) return undefined;
    const lineEnd = cst.root.fullText.indexOf('\n', cst.offset);
    const line = cst.root.fullText.slice(cst.offset, lineEnd < 0 ? undefined : lineEnd);
    const value = line.slice(line.indexOf(':') + 1).trim();
    return value ? shorten(value, NAME_LENGTH) : undefined;
}

