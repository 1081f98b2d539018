/**
 * The outline and breadcrumbs of minutes: the meeting (its title) containing the header's
 * rule set, body, seat count, quorum, recess and tellers, the attendance groups with their
 * persons, the groups, the agenda, the trailer lines written in the header,
 * each item with its decisions, actions, motions, votes, reservations, notes for the record,
 * conflicts of interest, confidentiality and attachments, the attachments after the last item,
 * and the trailer lines.
 */
import type { AstNode, LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import {
    isAction, isAgenda, isApproval, isAttachment, isAttendanceList, isBodyLine, isConfidential, isDecision, isGroupList, isKeptAt,
    isMembersLine, isMotion, isNextMeeting, isPosted, isQuorumLine, isRecess, isRecordNote, isRecusal, isReservation, isRulesLine,
    isTellersLine, isVote,
    type Attachment, type Document, type Item, type ItemElement, type Person, type PreambleElement
} from '../language/generated/ast.js';
import { itemNumbers, joinLines, leadingToken, personInfo } from '../language/model.js';
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
            if (isAttendanceList(element)) {
                const symbol = lineSymbol(element, keywordName(element), SymbolKind.Array, element.persons.map(personSymbol).filter(isDefined));
                if (symbol) children.push({ ...symbol, detail: ui.persons(element.persons.length) });
            } else if (isGroupList(element)) {
                const groups = element.groups.map(group => lineSymbol(group, group.name, SymbolKind.Field, [])).filter(isDefined);
                const symbol = lineSymbol(element, keywordName(element), SymbolKind.Array, groups);
                if (symbol) children.push(symbol);
            } else if (isAgenda(element)) {
                const entries = element.entries.map(entry => lineSymbol(entry, [entry.number, entry.title].filter(Boolean).join(' '), SymbolKind.EnumMember, []))
                    .filter(isDefined);
                const symbol = lineSymbol(element, keywordName(element), SymbolKind.Enum, entries);
                if (symbol) children.push(symbol);
            } else {
                const kind = valueLineKind(element);
                const symbol = kind === undefined ? undefined : lineSymbol(element, keywordName(element), kind, [], lineValue(element));
                if (symbol) children.push(symbol);
            }
        }
        const numbers = itemNumbers(doc);
        doc.items.forEach((item, i) => {
            const symbol = itemSymbol(item, numbers[i]);
            if (symbol) children.push(symbol);
        });
        for (const attachment of doc.attachments) {
            const symbol = attachmentSymbol(attachment);
            if (symbol) children.push(symbol);
        }
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

/**
 * The kind of a header line shown by its keyword with its value as written (`Regler: kommunallagen`,
 * `Ajournering: 10.00–10.20`, `Rösträknare: Anna Berg, Bo Ek`, `Justering: …`), or undefined for
 * the header's other lines.
 */
function valueLineKind(element: PreambleElement): SymbolKind | undefined {
    if (isRulesLine(element) || isBodyLine(element) || isMembersLine(element) || isQuorumLine(element)) return SymbolKind.Property;
    if (isTellersLine(element)) return SymbolKind.Array;
    if (isRecess(element) || isNextMeeting(element) || isApproval(element) || isPosted(element) || isKeptAt(element)) return SymbolKind.Event;
    return undefined;
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
    const children = item.content.map(itemElementSymbol).filter(isDefined);
    const title = item.title?.trim();
    // A number as written (`5.1`) stands as written; an item without one gets its automatic number.
    return lineSymbol(item, `${keyword} ${item.number ?? number}${title ? `: ${title}` : ''}`, SymbolKind.Module, children);
}

/** The symbol of an element inside an item, named by its text (or its keyword when it has none). */
function itemElementSymbol(element: ItemElement): DocumentSymbol | undefined {
    const named = (text: string, kind: SymbolKind) =>
        lineSymbol(element, shorten(text, NAME_LENGTH) || keywordName(element), kind, [], keywordName(element));
    const names = (refs: ReadonlyArray<{ $refText: string }>) => refs.map(ref => ref.$refText).join(', ');
    if (isDecision(element)) {
        return named(joinLines([...element.text, ...element.clauses.map(clause => `${clause.mark.replace(/^[-*•]\s*/u, '')} ${joinLines(clause.text)}`)]), SymbolKind.Boolean);
    }
    if (isAction(element)) return named(joinLines(element.text), SymbolKind.Function);
    if (isMotion(element)) return named(joinLines(element.text), SymbolKind.Operator);
    if (isVote(element)) return named(element.counts ?? element.invalid ?? '', SymbolKind.Number);
    if (isReservation(element) || isRecusal(element)) return named(names(element.names), SymbolKind.Event);
    if (isRecordNote(element)) return named(element.person?.$refText ?? joinLines(element.text), SymbolKind.String);
    if (isConfidential(element)) return named(element.ground ?? '', SymbolKind.Key);
    if (isAttachment(element)) return attachmentSymbol(element);
    return undefined;
}

/** `Bilaga 1: Budget`, with the fenced blocks and text inside it folded away. */
function attachmentSymbol(attachment: Attachment): DocumentSymbol | undefined {
    const title = attachment.title?.trim();
    const name = `${keywordName(attachment)}${attachment.number !== undefined ? ` ${attachment.number}` : ''}${title ? `: ${title}` : ''}`;
    return lineSymbol(attachment, name, SymbolKind.File, []);
}

/** The keyword as written (`Deltagare`, `Nästa möte`). */
function keywordName(node: AstNode): string {
    return leadingKeyword(node)?.text ?? '';
}

/** What follows the keyword's colon on its line, as written (`torsdag 2022-10-13 kl. 13.00, Teams`), shortened. */
function lineValue(node: AstNode): string | undefined {
    const cst = node.$cstNode;
    const keyword = leadingKeyword(node);
    if (!cst || !keyword) return undefined;
    const lineEnd = cst.root.fullText.indexOf('\n', cst.offset);
    const line = cst.root.fullText.slice(cst.offset, lineEnd < 0 ? undefined : lineEnd);
    const value = line.slice(line.indexOf(':') + 1).trim();
    return value ? shorten(value, NAME_LENGTH) : undefined;
}

