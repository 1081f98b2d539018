/**
 * The `syntax` checks of the second edition's lines (LANGUAGE-2.md, sections 1–4): a value that
 * cannot be read as written (`Antal ledamöter: nio`, `Ajournering: efter lunch`), a line that
 * lacks what it needs (`Omröstning:` without a result, `Protokollsanteckning:` without a name,
 * `Bilaga:` without a number), a field given twice under one motion, vote or action, and a
 * fenced block that is never closed. Each on the offending part of its line, in the reader's
 * language, quoting the document's own words.
 */
import type { AstNode, ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import {
    isAction, isAgenda, isAttachment, isConfidential, isFenced, isGroupList, isMembersLine, isMotion, isQuorumLine, isRecess,
    isRecordNote, isRecusal, isReservation, isTellersLine, isVote, isVoteList,
    type Attachment, type Document, type Fenced, type Item
} from '../generated/ast.js';
import { Code, documentLanguageMessages, type Messages } from '../messages.js';
import { keywordOf, leadingToken, propertyRange } from '../model.js';
import type { MinutesServices } from '../minutes-module.js';
import { lookupKeyword } from '../keywords.js';

export class SyntaxChecks {
    constructor(private readonly services: MinutesServices) { }

    check = (doc: Document, accept: ValidationAcceptor): void => {
        const m = documentLanguageMessages(this.services.settings.Settings, doc);
        const report = (message: string, node: AstNode, range: Range | undefined) =>
            accept('error', message, { node, range, code: Code.syntax, data: { code: Code.syntax } });
        const keyword = (node: AstNode) => keywordOf(node)!;
        const emptyNames = (node: AstNode & { names: unknown[] }) => {
            if (node.names.length === 0) report(m.emptyRole(keyword(node).text), node, keyword(node).range);
        };
        for (const element of doc.preamble) {
            if ((isMembersLine(element) || isQuorumLine(element)) && element.invalid !== undefined) {
                report(m.countInvalid(keyword(element).text, element.invalid), element, propertyRange(element, 'invalid'));
            } else if (isRecess(element) && element.invalid !== undefined) {
                report(m.recessInvalid(keyword(element).text, element.invalid), element, propertyRange(element, 'invalid'));
            } else if (isGroupList(element) && element.invalid !== undefined) {
                report(m.groupListInline(keyword(element).text), element, propertyRange(element, 'invalid'));
            } else if (isAgenda(element)) {
                for (const entry of element.entries) {
                    if (entry.title === undefined) report(m.agendaEntryEmpty(keyword(element).text), entry, leadingToken(entry)?.range);
                }
            } else if (isTellersLine(element)) {
                emptyNames(element);
            }
        }
        for (const item of doc.items) this.checkItem(item, m, report, emptyNames);
        for (const attachment of doc.attachments) this.checkAttachment(attachment, m, report);
        for (const fenced of fencedBlocks(doc)) {
            if (fenced.close === undefined) report(m.fenceUnclosed(), fenced, propertyRange(fenced, 'open'));
        }
    };

    private checkItem(item: Item, m: Messages, report: Report, emptyNames: (node: AstNode & { names: unknown[] }) => void): void {
        for (const element of item.content) {
            // Looked up only when reported: a CST search per element is a noticeable share of validation.
            const keyword = () => keywordOf(element)!;
            if (isVote(element)) {
                if (element.counts === undefined && element.invalid === undefined) report(m.voteEmpty(keyword().text), element, keyword().range);
                if (element.lists.length > 1) duplicates(element.lists, m, report);
            } else if (isMotion(element)) {
                for (const field of element.fields) emptyNames(field);
                if (element.fields.length > 1) duplicates(element.fields, m, report);
            } else if (isAction(element)) {
                // `Ansvarig` and `Senast` twice are the first edition's check (minutes-validator.ts).
                const followUp = element.fields.filter(field => field.$type === 'FromLine' || field.$type === 'StatusLine');
                if (followUp.length > 1) duplicates(followUp, m, report);
            } else if (isReservation(element) || isRecusal(element)) {
                emptyNames(element);
            } else if (isRecordNote(element)) {
                if (element.person === undefined) {
                    report(m.recordNoteWithoutPerson(keyword().text), element, propertyRange(element, 'text') ?? keyword().range);
                }
            } else if (isConfidential(element)) {
                if (element.ground === undefined) report(m.confidentialEmpty(keyword().text), element, keyword().range);
            } else if (isAttachment(element)) {
                this.checkAttachment(element, m, report);
            }
        }
    }

    private checkAttachment(attachment: Attachment, m: Messages, report: Report): void {
        if (attachment.number === undefined) {
            const keyword = keywordOf(attachment)!;
            report(m.attachmentNumberMissing(keyword.text), attachment, keyword.range);
        }
    }
}

type Report = (message: string, node: AstNode, range: Range | undefined) => void;

/**
 * The second and later lines of the same field among an element's fields (`Av:` twice under one
 * `Yrkande:`; `Ja:` and `Yes:` are one list). Read from the AST; the keyword's range is looked up
 * only for a field that is reported.
 */
function duplicates(fields: readonly AstNode[], m: Messages, report: Report): void {
    const seen = new Set<string>();
    for (const field of fields) {
        const choice = isVoteList(field) ? lookupKeyword(field.choice)?.info.id : '';
        const id = `${field.$type}/${choice}`;
        if (seen.has(id)) {
            const keyword = keywordOf(field)!;
            report(m.duplicateField(keyword.text), field, keyword.range);
        }
        seen.add(id);
    }
}

/** Every fenced block of the document, wherever it stands. */
function* fencedBlocks(doc: Document): Generator<Fenced> {
    const inContent = function* (content: readonly AstNode[]): Generator<Fenced> {
        for (const element of content) {
            if (isFenced(element)) yield element;
            else if (isAttachment(element)) yield* element.content.filter(isFenced);
        }
    };
    yield* inContent(doc.preamble);
    for (const item of doc.items) yield* inContent(item.content);
    yield* inContent(doc.attachments);
    for (const element of doc.trailer) yield* element.notes.filter(isFenced);
}
