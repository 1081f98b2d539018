/**
 * Completion for minutes. Langium's default completion follows the grammar, but our line
 * structure comes from the line lexer, not from grammar follow-sets, so this provider reads the
 * cursor's line and the parsed document instead: keywords at the start of a line (those that
 * belong where the cursor is, in the document's language), persons after role keywords, dates
 * after date keywords, organisations in person lists when asked for, and templates in an empty
 * document.
 *
 * Secretaries type prose, and a suggestion popup that is open when they press Enter takes the
 * Enter. So prose gets nothing: keywords are offered only while the text typed at the start
 * of a line can still become one (the popup closes with the first letter that rules them
 * out), and the free text of person lines, paragraphs and bullets offers nothing while typed.
 */
import type { AstNode, LangiumDocument, Reference } from 'langium';
import type { CompletionProvider, CompletionProviderOptions } from 'langium/lsp';
import {
    CompletionItemKind, CompletionTriggerKind, InsertTextFormat, TextEdit,
    type CompletionItem, type CompletionList, type CompletionParams, type Position, type Range
} from 'vscode-languageserver';
import {
    isAction, isAdjusterLine, isChairLine, isDueLine, isFromLine, isMotion, isMovedBy, isOwnerLine, isPerson,
    isRecordNote, isRecusal, isReservation, isSecondedBy, isSecretaryLine, isStatusLine, isTellersLine, isVote, isVoteList,
    type Document, type Person
} from '../language/generated/ast.js';
import { KEYWORD_BY_ID, KEYWORDS, MAX_KEYWORD_LENGTH, normalizeKeyword, weekdayName, type KeywordId, type Lang, type Section } from '../language/keywords.js';
import { bulletLength } from '../language/line-model.js';
import { addDays, daysBetween, formatIsoDate, weekdayOf, type CalendarDate } from '../language/dates.js';
import { RELATIVE_SUGGESTIONS, type DateSlotKind } from '../language/date-slot.js';
import { VOTE_MARKER_SUGGESTIONS } from '../language/votes.js';
import { approvalDate } from '../language/meeting-dates.js';
import {
    declaredPersons, documentLanguage, isAbsent, isAbsentList, isPresentList, isProtocol, itemNumbers, meetingDate, meetingTime, normalizeName,
    personIndex, personInfo, roleLines, roleNames
} from '../language/model.js';
import { matchKeyword, nameSeparators } from '../language/minutes-lexer.js';
import type { MinutesSettings } from '../language/minutes-module.js';
import type { Clock } from './clock.js';
import { clampPosition, elementOnLine, leadingKeyword, lineText, linesOf, previousContentLine, tableSpelling } from './document-lines.js';
import { strings, type EditorText, type RightsEditorText } from '../common/l10n/index.js';
import { languageFor } from '../language/messages.js';
import { ruleSetItems, voteRanking } from './rights-completion.js';
import { matchesTyped, servedMemberCompletion, servingWordCompletion } from './person-completion.js';
import { itemRecord } from '../language/item-record.js';

/** What the completion provider needs from the language services. */
export interface CompletionServices {
    settings: { Settings: MinutesSettings };
    lsp: { Clock: Clock };
}

/** Keywords by where their lines belong, in the table's order (language/keywords.ts). */
const placed = (placement: string) => KEYWORDS.filter(k => k.placement === placement).map(k => k.id);
const HEADER_FIELDS: readonly KeywordId[] = placed('header');
const ITEM_KEYWORDS: readonly KeywordId[] = placed('items').filter(id => id !== 'item');
const TRAILER_FIELDS: readonly KeywordId[] = placed('trailer');
/** Header lines that may stand more than once, so they are offered again. */
const REPEATABLE: ReadonlySet<KeywordId> = new Set(['recess']);
/** Fields offered unasked below their element; the others of the element only when typed. */
const USUAL_FIELDS: ReadonlySet<KeywordId> = new Set(['owner', 'due', 'moved-by', 'seconded-by', 'yes', 'no', 'abstain']);

/** The cursor's line, split the way the lexer splits it. */
interface LineContext {
    document: LangiumDocument<Document>;
    doc: Document;
    position: Position;
    line: string;
    /** Column where the line's text starts (after indentation). */
    indent: number;
    /** Language of the document's keywords. */
    lang: Lang;
    /** Language of the labels around them. */
    ui: EditorText;
    /**
     * Where a keyword completion's replacement ends: the cursor, or past the colon and its
     * spaces when the cursor is inside a keyword that is already written (`Ansv|arig: Anna`).
     */
    keywordEnd: number;
}

export class MinutesCompletionProvider implements CompletionProvider {
    readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [':', ',', ' '] };

    constructor(private readonly services: CompletionServices) { }

    getCompletion(document: LangiumDocument, clientParams: CompletionParams): CompletionList | undefined {
        // A position past the end is completed where the text ends (see clampPosition).
        const params = { ...clientParams, position: clampPosition(document.textDocument, clientParams.position) };
        const minutes = document as LangiumDocument<Document>;
        const doc = minutes.parseResult.value;
        const position = params.position;
        const line = lineText(document, position.line);
        const before = line.slice(0, position.character);
        const ctx: LineContext = {
            document: minutes,
            doc,
            position,
            line,
            indent: before.length - before.trimStart().length,
            lang: documentLanguage(doc),
            ui: strings(languageFor(this.services.settings.Settings, doc)).editor,
            keywordEnd: position.character
        };
        // A typed space or comma is a trigger for values (`Ordförande: `), never for prose.
        const typedTrigger = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter;
        if (!/\S/u.test(document.textDocument.getText())) {
            return typedTrigger ? undefined : list([...this.templates(ctx), ...this.kindKeywords(ctx, '')]);
        }
        const body = line.slice(ctx.indent).trimEnd();
        const keyword = matchKeyword(body);
        // Values only on a keyword line as the lexer read it (`Ordförande:` inside an item is prose).
        const read = linesOf(document).line(position.line);
        const isKeywordLine = read !== undefined && (read.kind === 'keyword' || read.kind === 'misplaced') && read.keyword === keyword?.id;
        if (keyword && keyword.colon >= 0 && position.character > ctx.indent + keyword.colon) {
            return isKeywordLine ? this.valueCompletion(ctx, keyword.id, ctx.indent + keyword.colon + 1) : undefined;
        }
        if (keyword && keyword.colon >= 0) {
            const afterColon = ctx.indent + keyword.colon + 1;
            ctx.keywordEnd = afterColon + (line.slice(afterColon).length - line.slice(afterColon).trimStart().length);
        }
        const typed = before.slice(ctx.indent);
        if (bulletLength(typed) >= 0) {
            return this.personListCompletion(ctx, params);
        }
        if (typed.includes(':') || typed.length > MAX_KEYWORD_LENGTH) return undefined;
        // Keywords only at the end of what the line says (not while prose after the cursor is
        // edited), and not for spaces typed at the start of a line (indentation).
        if (!keyword && line.slice(position.character).trim() !== '') return undefined;
        if (typedTrigger && typed.trim() === '') return undefined;
        return this.lineStartCompletion(ctx, typed);
    }

    // ---- keywords at the start of a line -------------------------------------------------

    private lineStartCompletion(ctx: LineContext, typed: string): CompletionList {
        const { doc, position } = ctx;
        const previous = previousContentLine(ctx.document, position.line);
        const headerLine = doc.header?.$cstNode?.range.start.line;
        if (previous === undefined && (headerLine === undefined || headerLine >= position.line)) {
            return list(this.kindKeywords(ctx, typed), typed !== '');
        }
        const section = this.sectionAt(ctx, previous);
        const candidates: KeywordId[] = [];
        if (section === 'items' && previous !== undefined) {
            candidates.push(...this.missingFields(ctx, previous, typed));
        }
        const used = this.usedKeywords(ctx, [...doc.preamble, ...doc.trailer]);
        const unused = (ids: readonly KeywordId[]) => ids.filter(id => !used.has(id) || REPEATABLE.has(id));
        if (section === 'header') {
            candidates.push(...unused(this.headerFieldsInOrder(ctx)), 'item');
        } else if (section === 'items') {
            candidates.push(...ITEM_KEYWORDS, 'item');
        } else if (section === 'attachments') {
            candidates.push('attachment');
        }
        candidates.push(...unused(TRAILER_FIELDS));

        const items: CompletionItem[] = [];
        candidates.forEach((id, rank) => items.push(...this.keywordItems(ctx, id, typed, rank)));
        if (section !== 'trailer') items.push(...this.itemSnippet(ctx, typed));
        if (section === 'items') items.push(...this.actionSnippet(ctx, typed));
        return list(items, typed !== '');
    }

    /**
     * The header fields in the table's order, starting after the field of the nearest header
     * line above the cursor (after `Ej närvarande:` come the roles), the earlier ones after them.
     */
    private headerFieldsInOrder(ctx: LineContext): readonly KeywordId[] {
        let last = -1;
        for (const element of ctx.doc.preamble) {
            const line = element.$cstNode?.range.start.line;
            if (line === undefined || line >= ctx.position.line) break;
            const index = HEADER_FIELDS.indexOf(leadingKeyword(element)?.id as KeywordId);
            if (index >= 0) last = index;
        }
        return [...HEADER_FIELDS.slice(last + 1), ...HEADER_FIELDS.slice(0, last + 1)];
    }

    /** The section of the nearest line above with content, as the lexer read it (the header when there is none). */
    private sectionAt(ctx: LineContext, previous: number | undefined): Section {
        return previous === undefined ? 'header' : linesOf(ctx.document).line(previous)?.section ?? 'header';
    }

    /**
     * Right below an `Uppdrag`, a `Yrkande` or an `Omröstning` (or their fields): the fields it
     * does not have yet (`Ansvarig`, `Senast`; `Av`, `Instämmer`; `Ja`, `Nej`, `Avstår`), and
     * `Från`/`Status` of a follow-up when typed.
     */
    private missingFields(ctx: LineContext, previous: number, typed: string): KeywordId[] {
        let element = elementOnLine(ctx.document, previous);
        if (element && (isOwnerLine(element) || isDueLine(element) || isFromLine(element) || isStatusLine(element)
            || isMovedBy(element) || isSecondedBy(element) || isVoteList(element))) element = element.$container;
        if (!element || !(isAction(element) || isMotion(element) || isVote(element))) return [];
        const fields: AstNode[] = isVote(element) ? element.lists : element.fields;
        // The line being completed does not count as already written.
        const written = new Set(fields.filter(field => field.$cstNode?.range.start.line !== ctx.position.line)
            .map(field => leadingKeyword(field)?.id));
        const all: KeywordId[] = isAction(element) ? ['owner', 'due', 'from', 'status'] : isMotion(element) ? ['moved-by', 'seconded-by'] : ['yes', 'no', 'abstain'];
        return all.filter(id => !written.has(id) && (USUAL_FIELDS.has(id) || typed !== ''));
    }

    /** Keywords already used by other lines (a second `Tid:` is an error). */
    private usedKeywords(ctx: LineContext, elements: readonly AstNode[]): Set<KeywordId> {
        const used = new Set<KeywordId>();
        for (const element of elements) {
            if (element.$cstNode?.range.start.line === ctx.position.line) continue;
            const keyword = leadingKeyword(element);
            if (keyword) used.add(keyword.id);
        }
        return used;
    }

    /** One item per spelling of the keyword that matches what was typed (the canonical one when nothing was). */
    private keywordItems(ctx: LineContext, id: KeywordId, typed: string, rank: number): CompletionItem[] {
        const spellings = this.spellingsFor(ctx, id, typed);
        return spellings.map(spelling => {
            const head = id === 'item' ? `${spelling} ${this.nextItemNumber(ctx)}` : id === 'attachment' ? `${spelling} ${this.nextAttachmentNumber(ctx)}` : spelling;
            return {
                label: `${head}:`,
                kind: CompletionItemKind.Keyword,
                textEdit: TextEdit.replace(this.typedRange(ctx), `${head}: `),
                filterText: head,
                sortText: `${String(rank).padStart(2, '0')}`
            };
        });
    }

    private spellingsFor(ctx: LineContext, id: KeywordId, typed: string): string[] {
        const info = KEYWORD_BY_ID[id];
        const wanted = normalizeKeyword(typed);
        if (wanted === '') return [id === 'item' ? this.itemKeyword(ctx) : info.canonical[ctx.lang]];
        return info.spellings[ctx.lang].filter(spelling => normalizeKeyword(spelling).startsWith(wanted));
    }

    /** `Punkt`, or `§` in protocols and where the items above use it. */
    private itemKeyword(ctx: LineContext): string {
        const above = this.itemsAbove(ctx);
        const last = above.length > 0 ? leadingKeyword(ctx.doc.items[above.length - 1]) : undefined;
        if (last) return tableSpelling(last.text) ?? last.text;
        return isProtocol(ctx.doc) && ctx.lang === 'sv' ? '§' : KEYWORD_BY_ID.item.canonical[ctx.lang];
    }

    /** The number after the item above the cursor (1 for the first item). */
    private nextItemNumber(ctx: LineContext): number {
        const above = this.itemsAbove(ctx);
        return above.length > 0 ? above[above.length - 1] + 1 : 1;
    }

    /** The number after the highest `Bilaga` of the document (1 for the first). */
    private nextAttachmentNumber(ctx: LineContext): number {
        const numbers = [...ctx.doc.items.flatMap(item => itemRecord(ctx.doc, item).attachments), ...ctx.doc.attachments]
            .filter(attachment => attachment.$cstNode?.range.start.line !== ctx.position.line)
            .map(attachment => attachment.number ?? 0);
        return Math.max(0, ...numbers) + 1;
    }

    /** Effective numbers of the items that start above the cursor's line. */
    private itemsAbove(ctx: LineContext): readonly number[] {
        const numbers = itemNumbers(ctx.doc);
        // Items start at the start of a line: those at or below the cursor's line start at or after its offset.
        const lineStart = ctx.document.textDocument.offsetAt({ line: ctx.position.line, character: 0 });
        const count = ctx.doc.items.findIndex(item => (item.$cstNode?.offset ?? 0) >= lineStart);
        return count < 0 ? numbers : numbers.slice(0, count);
    }

    private kindKeywords(ctx: LineContext, typed: string): CompletionItem[] {
        const wanted = normalizeKeyword(typed);
        const info = KEYWORD_BY_ID.kind;
        // Unasked, the kinds the language describes; typed, every spelling of either language.
        const spellings = (wanted === '' ? [...info.spellings.sv, info.canonical.en] : [...info.spellings.sv, ...info.spellings.en])
            .filter(spelling => normalizeKeyword(spelling).startsWith(wanted));
        return spellings.map((spelling, rank) => ({
            label: `${spelling}:`,
            kind: CompletionItemKind.Keyword,
            textEdit: TextEdit.replace(this.typedRange(ctx), `${spelling}: `),
            filterText: spelling,
            sortText: `1${rank}`
        }));
    }

    /** From the start of the line's text to the cursor (or past a written keyword): what a keyword completion replaces. */
    private typedRange(ctx: LineContext): Range {
        return { start: { line: ctx.position.line, character: ctx.indent }, end: { line: ctx.position.line, character: ctx.keywordEnd } };
    }

    // ---- snippets and templates -----------------------------------------------------------

    private itemSnippet(ctx: LineContext, typed: string): CompletionItem[] {
        if (this.spellingsFor(ctx, 'item', typed).length === 0) return [];
        const keyword = this.itemKeyword(ctx);
        const number = this.nextItemNumber(ctx);
        const p = strings(ctx.lang).editor.placeholders;
        return [{
            label: `${keyword} ${number}: …`,
            kind: CompletionItemKind.Snippet,
            detail: ctx.ui.newItem,
            filterText: keyword,
            sortText: '90',
            insertTextFormat: InsertTextFormat.Snippet,
            textEdit: TextEdit.replace(this.typedRange(ctx), `${keyword} \${1:${number}}: \${2:${p.itemTitle}}\n$0`)
        }];
    }

    private actionSnippet(ctx: LineContext, typed: string): CompletionItem[] {
        if (this.spellingsFor(ctx, 'action', typed).length === 0) return [];
        const lang = ctx.lang;
        const p = strings(lang).editor.placeholders;
        const present = [...personIndex(ctx.doc).values()].filter(person => !isAbsent(person)).map(person => person.name!);
        const owner = present.length > 0 ? `\${2|${present.map(escapeChoice).join(',')}|}` : `\${2:${p.persons[0]}}`;
        const due = dateWithWeekday(addDays(this.baseDate(ctx), 14), lang);
        const action = KEYWORD_BY_ID.action.canonical[lang];
        return [{
            label: `${action}: … ${KEYWORD_BY_ID.owner.canonical[lang]}: … ${KEYWORD_BY_ID.due.canonical[lang]}: …`,
            kind: CompletionItemKind.Snippet,
            detail: ctx.ui.newAction,
            filterText: action,
            sortText: '91',
            insertTextFormat: InsertTextFormat.Snippet,
            textEdit: TextEdit.replace(this.typedRange(ctx),
                `${action}: \${1:${p.action}}\n${KEYWORD_BY_ID.owner.canonical[lang]}: ${owner}\n${KEYWORD_BY_ID.due.canonical[lang]}: \${3:${due}}\n$0`)
        }];
    }

    /** Whole documents for an empty file: meeting notes and a protocol in Swedish, minutes in English. */
    private templates(ctx: LineContext): CompletionItem[] {
        const today = this.services.lsp.Clock.today();
        const kinds: Array<[string, Lang, boolean]> = [['Minnesanteckningar', 'sv', false], ['Protokoll', 'sv', true], ['Minutes', 'en', false]];
        return kinds.map(([kind, lang, protocol], rank) => ({
            label: `${kind}: …`,
            kind: CompletionItemKind.Snippet,
            detail: ctx.ui.template(kind),
            filterText: kind,
            sortText: `0${rank}`,
            insertTextFormat: InsertTextFormat.Snippet,
            textEdit: TextEdit.replace({ start: { line: 0, character: 0 }, end: ctx.document.textDocument.positionAt(ctx.document.textDocument.getText().length) },
                documentTemplate(kind, lang, protocol, today))
        }));
    }

    // ---- values after the colon -----------------------------------------------------------

    private valueCompletion(ctx: LineContext, id: KeywordId, colonEnd: number): CompletionList | undefined {
        const { line, position } = ctx;
        const spaces = line.slice(colonEnd, position.character).length - line.slice(colonEnd, position.character).trimStart().length;
        const valueStart = colonEnd + spaces;
        // Right after the colon, the completion brings its own space.
        const lead = position.character === colonEnd ? ' ' : '';
        const range: Range = { start: { line: position.line, character: valueStart }, end: position };
        let dates: CompletionItem[];
        switch (id) {
            case 'chair': case 'secretary': case 'adjuster': case 'owner': case 'yes': case 'no': case 'abstain':
            case 'tellers': case 'moved-by': case 'seconded-by':
                return this.personCompletion(ctx, id, valueStart);
            case 'reservation': case 'recusal': case 'record-note':
                // The names come first; after them (`mot beslutet`, `: text`) the line is prose.
                return line.slice(valueStart, position.character).includes(':') ? undefined : this.personCompletion(ctx, id, valueStart);
            case 'rules': {
                const typed = line.slice(valueStart, position.character);
                return list(ruleSetItems(ctx.doc, typed, range, lead, this.rightsText(ctx)), typed.trim() !== '');
            }
            case 'date':
                dates = [dateItem(dateWithWeekday(this.services.lsp.Clock.today(), ctx.lang), ctx.ui.today, 0, range, lead)];
                break;
            case 'next':
                dates = [1, 2, 4].map(weeks => dateItem(this.nextMeetingText(ctx, addDays(this.baseDate(ctx), 7 * weeks)),
                    ctx.ui.weeksLater(weeks), weeks, range, lead));
                break;
            case 'due':
                dates = [7, 14, 30].map(days => dateItem(dateWithWeekday(addDays(this.baseDate(ctx), days), ctx.lang),
                    ctx.ui.daysFromMeeting(days), days, range, lead));
                break;
            case 'approval':
                dates = this.approvalDays().map(days => dateItem(dateWithWeekday(addDays(this.baseDate(ctx), days), ctx.lang),
                    days === this.services.settings.Settings.approvalDays ? `${ctx.ui.daysFromMeeting(days)}, ${ctx.ui.lastApprovalDay}` : ctx.ui.daysFromMeeting(days),
                    days, range, lead));
                break;
            case 'posted': {
                // The notice is posted on the day of approval or within two days of it (KL 8 kap. 12 §).
                const approved = approvalDate(ctx.doc) ?? this.baseDate(ctx);
                const meeting = meetingDate(ctx.doc);
                dates = [0, 1, 2].map(days => {
                    const date = addDays(approved, days);
                    return dateItem(dateWithWeekday(date, ctx.lang), meeting ? ctx.ui.daysFromMeeting(daysBetween(meeting, date)) : undefined, days, range, lead);
                });
                break;
            }
            case 'vote':
                dates = [];
                break;
            default:
                return undefined;
        }
        // A date typed out in full has nothing left to complete: without it the popup closes and
        // the Enter that follows makes a new line. The list is asked for again at every key.
        const typed = line.slice(valueStart, position.character).trim().toLowerCase();
        // The words that stand for a date or a count (`nästa möte`, `vid nästa möte`, `enhälligt`), after the
        // dates, while what is typed can still become one of them.
        const words = id === 'vote' ? VOTE_MARKER_SUGGESTIONS[ctx.lang] : RELATIVE_SUGGESTIONS[slotOf(id)][ctx.lang];
        words.forEach((word, order) => {
            if (word.toLowerCase().startsWith(typed)) dates.push(dateItem(word, undefined, 1000 + order, range, lead));
        });
        return list(dates.filter(item => item.label.toLowerCase() !== typed), typed !== '');
    }

    /** The words about decisions, in the view's language. */
    private rightsText(ctx: LineContext): RightsEditorText {
        return strings(languageFor(this.services.settings.Settings, ctx.doc)).rights;
    }

    /** The meeting's date, or today when the document does not state one yet. */
    private baseDate(ctx: LineContext): CalendarDate {
        return meetingDate(ctx.doc) ?? this.services.lsp.Clock.today();
    }

    /** The same weekday and time as this meeting: `torsdag 2022-10-13 kl. 13.00–13.45`. */
    private nextMeetingText(ctx: LineContext, date: CalendarDate): string {
        const when = meetingTime(ctx.doc)?.when;
        const text = dateWithWeekday(date, ctx.lang);
        if (!when?.start) return text;
        return `${text} ${strings(ctx.lang).calendar.timeRange(when.start, when.end)}`;
    }

    /** Every day from the meeting day to the approval deadline (Settings.approvalDays). */
    private approvalDays(): number[] {
        const limit = this.services.settings.Settings.approvalDays;
        return Array.from({ length: limit + 1 }, (_, days) => days);
    }

    /** Declared persons after a role keyword: present ones first, then those who would conflict, then absent ones. */
    private personCompletion(ctx: LineContext, role: KeywordId, valueStart: number): CompletionList {
        const { doc, position, line } = ctx;
        const element = elementOnLine(ctx.document, position.line);
        const refs: ReadonlyArray<Reference<AstNode>> = !element ? []
            : isChairLine(element) || isSecretaryLine(element) || isAdjusterLine(element) ? roleNames(element)
                : isRecordNote(element) ? (element.person ? [element.person] : [])
                    : isOwnerLine(element) || isVoteList(element) || isTellersLine(element) || isMovedBy(element) || isSecondedBy(element)
                        || isReservation(element) || isRecusal(element) ? element.names : [];
        let edited: Reference<AstNode> | undefined;
        // The name being typed starts after the last separator: a name has spaces, so at `Anna |`
        // the secretary is still typing `Anna Andersson` (the parser has read `Anna` so far).
        const segmentStart = nameStart(line, valueStart, position.character);
        let range: Range = { start: { line: position.line, character: segmentStart }, end: position };
        const onLine = new Set<string>();
        for (const ref of refs) {
            const refRange = ref.$refNode?.range;
            if (!refRange) continue;
            if (refRange.start.character <= position.character && position.character <= refRange.end.character) {
                // Inside a written name: the whole name is replaced.
                range = refRange;
                edited = ref;
            } else if (refRange.end.character < segmentStart || refRange.start.character > position.character) {
                onLine.add(normalizeName(ref.$refText));
            }
        }
        const typed = normalizeName(line.slice(range.start.character, position.character));
        const charBefore = line[range.start.character - 1];
        const lead = range.start.character === position.character && charBefore !== undefined && !/\s/u.test(charBefore) ? ' ' : '';

        const { chair, secretary } = roleLines(doc);
        const conflicts = new Map<Person, string>();
        if (role === 'adjuster') {
            const chairPerson = chair ? roleNames(chair)[0]?.ref : undefined;
            const secretaryPerson = secretary?.names[0]?.ref;
            if (secretaryPerson) conflicts.set(secretaryPerson, ctx.ui.secretary);
            if (chairPerson) conflicts.set(chairPerson, ctx.ui.chair);
        }
        // On a `Ja:`/`Nej:`/`Avstår:`, `Av:`, `Instämmer:` or `Reservation:` line: who may decide in the item first (rights-completion.ts).
        const decides = isVoteList(element) || isMovedBy(element) || isSecondedBy(element) || isReservation(element);
        const voteRank = decides ? voteRanking(element, this.rightsText(ctx), edited) : undefined;
        const items: CompletionItem[] = [];
        let order = 0;
        // The index's keys are the persons' normalised names.
        for (const [key, person] of personIndex(doc)) {
            const name = person.name!;
            order++;
            // A name typed out in full has nothing left to complete (see valueCompletion).
            if (onLine.has(key) || !matchesTyped(key, typed) || (key === typed && range.end.character === position.character)) continue;
            const vote = voteRank?.(person);
            if (voteRank && !vote) continue;
            const absent = isAbsent(person);
            const conflict = conflicts.get(person) ?? vote?.description;
            const rank = vote ? vote.rank : absent ? 2 : conflict ? 1 : 0;
            const status = absent ? ctx.ui.absent : ctx.ui.present;
            items.push({
                label: name,
                kind: CompletionItemKind.Variable,
                labelDetails: { description: absent ? ctx.ui.absent : conflict ?? personInfo(person) },
                detail: [personInfo(person), status, conflict].filter(Boolean).join(' · '),
                sortText: `${rank}${String(order).padStart(5, '0')}`,
                filterText: name,
                textEdit: TextEdit.replace(range, lead + name)
            });
        }
        return list(items, typed !== '');
    }

    // ---- person lists -----------------------------------------------------------------------

    /** In `- Name, ` lines under Deltagare/Ej närvarande: the organisations other lines already name. */
    private personListCompletion(ctx: LineContext, params: CompletionParams): CompletionList | undefined {
        const { document, doc, position, line } = ctx;
        const element = elementOnLine(document, position.line);
        if (!element || !isPerson(element) || !(isPresentList(element.$container) || isAbsentList(element.$container))) return undefined;
        const served = servedMemberCompletion(document, element, position, ctx.ui);
        if (served) return served;
        const organisations = new Map<string, number>();
        for (const person of declaredPersons(doc)) {
            const info = personInfo(person);
            if (person === element || !info) continue;
            organisations.set(info, (organisations.get(info) ?? 0) + 1);
        }
        // Only when asked for (Ctrl+Space) right after the comma. While a name or an organisation is
        // typed, a popup would take the Enter that ends the line (`Huddinge kommun` became
        // `Huddinge kommunhus`). Nothing but an explicit request asks with nothing typed after
        // `, `: the editor's own suggestions start on a letter, and a typed space or comma is a
        // trigger character.
        const comma = line.indexOf(',');
        if (comma < 0 || comma >= position.character) return undefined;
        const afterComma = line.slice(comma + 1, position.character);
        const invoked = params.context === undefined || params.context.triggerKind === CompletionTriggerKind.Invoked;
        if (!invoked || afterComma.trim() !== '') return undefined;
        const range: Range = { start: position, end: position };
        const prefix = afterComma === '' ? ' ' : '';
        // In a serving substitute's line the free text is whom they serve for: `för Bo Eliasson` first.
        const serving = servingWordCompletion(element, range, prefix, ctx.ui);
        const organisationItems = [...organisations.entries()]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .map(([organisation, count], rank): CompletionItem => ({
                label: organisation,
                kind: CompletionItemKind.Value,
                detail: ctx.ui.persons(count),
                sortText: String(rank).padStart(4, '0'),
                filterText: organisation,
                textEdit: TextEdit.replace(range, prefix + organisation)
            }));
        return list([...serving, ...organisationItems.map(item => ({ ...item, sortText: `9${item.sortText}` }))]);
    }
}

/** Where the name that ends at `cursor` starts: after the last separator before it (as the lexer reads them), past spaces. */
function nameStart(line: string, valueStart: number, cursor: number): number {
    let start = valueStart;
    for (const separator of nameSeparators(line.slice(valueStart, cursor))) start = valueStart + separator.end;
    while (start < cursor && /\s/u.test(line[start])) start++;
    return start;
}

function list(items: CompletionItem[], isIncomplete = false): CompletionList {
    return { isIncomplete, items };
}

/** The date slot a keyword's value is (`Senast` → due); `date` for those without relative values. */
function slotOf(id: KeywordId): DateSlotKind {
    return id === 'due' || id === 'next' || id === 'approval' || id === 'posted' ? id : 'date';
}

function dateItem(text: string, detail: string | undefined, order: number, range: Range, lead: string): CompletionItem {
    return {
        label: text,
        kind: CompletionItemKind.Value,
        detail,
        sortText: String(order).padStart(4, '0'),
        filterText: text,
        textEdit: TextEdit.replace(range, lead + text)
    };
}

/** `torsdag 2022-10-06` / `Thursday 2026-03-12`. */
export function dateWithWeekday(date: CalendarDate, lang: Lang): string {
    return `${weekdayName(weekdayOf(date), lang)} ${formatIsoDate(date)}`;
}

/** Snippet choices separate with commas and end with a pipe, so both are escaped in names. */
function escapeChoice(name: string): string {
    return name.replace(/[\\,|$}]/gu, match => `\\${match}`);
}

/**
 * A whole minutes document as a snippet, valid as it stands: three persons with distinct roles,
 * one item with a decision and an action with an owner and a deadline after the meeting.
 */
export function documentTemplate(kind: string, lang: Lang, protocol: boolean, today: CalendarDate): string {
    const { calendar, editor: { placeholders: p } } = strings(lang);
    const k = (id: KeywordId) => KEYWORD_BY_ID[id].canonical[lang];
    const [first, second, third] = p.persons;
    const time = calendar.timeRange(`\${2:${p.start}}`, `\${3:${p.end}}`);
    const item = protocol ? '§' : k('item');
    return [
        `${kind}: \${1:${p.title}}`,
        `${k('date')}: ${dateWithWeekday(today, lang)} ${time}`,
        `${k('place')}: \${4:${p.place}}`,
        '',
        `${k('present')}:`,
        `- \${5:${first}}, \${6:${p.organisation}}`,
        `- \${7:${second}}`,
        `- \${8:${third}}`,
        '',
        `${k('chair')}: \${5}`,
        `${k('secretary')}: \${7}`,
        `${k('adjuster')}: \${8}`,
        '',
        `${item} 1: \${9:${p.itemTitle}}`,
        `\${10:${p.text}}`,
        '',
        `${k('decision')}: \${11:${p.decision}}`,
        '',
        `${k('action')}: \${12:${p.action}}`,
        `${k('owner')}: \${5}`,
        `${k('due')}: \${13:${dateWithWeekday(addDays(today, 14), lang)}}`,
        '$0'
    ].join('\n');
}
