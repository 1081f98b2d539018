/**
 * The one reading of a minutes document for its renderings: {@link buildRenderModel} turns the
 * parsed Document into plain data (texts in the document's language, numbers, source lines), and
 * every back end only draws that data: the HTML of the preview and the export (html.ts) and the
 * PDF (pdf/ at the top of the repository). Nothing here does I/O or knows a back end, and no back
 * end reads the AST, so the renderings cannot disagree about what the minutes say.
 *
 * Adding a construct: a field or a new `kind` in a union below, filled here; the back ends'
 * `switch` statements over `kind` end in an exhaustiveness check, so the compiler lists every
 * back end that does not draw it yet.
 *
 * Like the renderer before it, the model never throws on an AST the parser can produce: what is
 * missing while the secretary types is left out, unresolved names are kept as written (marked),
 * and dates that do not exist are kept as written.
 */
import type { AstNode } from 'langium';
import {
    isAction, isAgenda, isApproval, isAttachment, isBodyLine, isBullet, isClosing, isConfidential, isDecision, isDueLine, isFenced, isFromLine,
    isKeptAt, isMisplaced, isNextMeeting, isOwnerLine, isParagraph, isPosted, isRecess, isVote,
    type Action, type Approval, type Attachment, type DateSpec, type Document, type Item, type KeptAt, type NextMeeting, type Posted, type Recess,
} from '../generated/ast.js';
import type { Lang } from '../keywords.js';
import { dateOf, documentLanguage, isProtocol, itemNumbers, joinLines, meetingTime, place, roleLines, trailerOf } from '../model.js';
import { formatIsoDate } from '../dates.js';
import { decisionSummaryByDefault } from '../rule-sets.js';
import { formatTimeText, formatWhen } from './format.js';
import { LABELS, type Labels } from './labels.js';
import { attendanceGroups, roleViews, signatureView } from './attendance-parts.js';
import { agendaView, confidentialBlock, fencedBlock, isStatement, lineOf, nameOf, statementBlock, voteBlock } from './model-parts.js';
import { fullVersion, publicVersion, type ConfidentialContent } from './public-version.js';
import { itemAnchors, linkedText, type MeetingLinks, type TextPiece } from './links.js';

/** A name as the reader sees it: the declared person's, or as written when it names no one. */
export interface NameView {
    readonly text: string;
    /** False when the name refers to no declared person (shown as written, marked). */
    readonly resolved: boolean;
    /** The declared person's short form as written (`(S)`, `(AJ)`), where a list shows it. */
    readonly short?: string;
    /** The items a chair chairs, as written (`(§ 94–106)`). */
    readonly range?: string;
}

/** A label with its value (`Tid` / `torsdag 6 oktober 2022, kl. 13.00`). */
export interface Fact {
    readonly label: string;
    readonly value: string;
    /** The 0-based source line, when the model was built with `sourceLines`. */
    readonly line?: number;
}

/** The top of the minutes: their kind, title and the meeting's time and place. */
export interface HeaderView {
    /** `Protokoll`, `Minnesanteckningar`, `Minutes`, `Protocol`. */
    readonly kind: string;
    /** The title as written, when there is one. */
    readonly title?: string;
    readonly facts: readonly Fact[];
    readonly line?: number;
}

/** `för Olle Berg (M) § 3` on a serving substitute's line: the word, the member served for, the items. */
export interface ServingView {
    /** `för`, `ersätter`, `for`, `replacing`: as written. */
    readonly word: string;
    readonly member?: NameView;
    /** The items served, as written (`§ 3`, `(§ 170, 172–184)`). */
    readonly range?: string;
}

/** One entry of an attendance group. */
export type PersonEntry =
    /**
     * A declared person: the name, the short form (`(S)`), the attendance ranges as written
     * (`(§ 1–2)`), what follows the name (`ordförande`) and, for a serving substitute, whom
     * they serve for.
     */
    | {
        readonly kind: 'person'; readonly name?: string; readonly short?: string; readonly ranges?: readonly string[];
        readonly info?: string; readonly serving?: ServingView; readonly line?: number;
    }
    /** Names written on the keyword's own line (an error the editor reports), shown as written. */
    | { readonly kind: 'written'; readonly text: string; readonly line?: number };

/** The attendance groups of LANGUAGE-2.md section 2, in a protocol's order. */
export type AttendanceGroupId = 'present' | 'voting' | 'serving' | 'substitutes' | 'others' | 'absent';

export interface PeopleList {
    /** `Beslutande`, `Tjänstgörande ersättare`, `Ej närvarande`, … (the keyword as written). */
    readonly heading: string;
    /** Which attendance group the list is (none for an extract's lists). */
    readonly group?: AttendanceGroupId;
    readonly entries: readonly PersonEntry[];
    readonly line?: number;
}

/** Who holds a role: `Ordförande: Anna Berg`. */
export interface RoleView {
    readonly role: 'chair' | 'secretary' | 'adjuster' | 'tellers';
    readonly label: string;
    readonly names: readonly NameView[];
    readonly line?: number;
}

export interface AttendanceView {
    readonly heading: string;
    /** One list per attendance group the document writes, members first and the absent last. */
    readonly groups: readonly PeopleList[];
    readonly roles: readonly RoleView[];
}

/** `Dagordning:` and its entries, numbered only where the writer numbered them. */
export interface AgendaView {
    readonly heading: string;
    readonly entries: readonly AgendaEntryView[];
    readonly line?: number;
}

export interface AgendaEntryView {
    /** The number as written (`1`), for a `1. Title` entry. */
    readonly number?: string;
    readonly title: string;
    readonly line?: number;
}

/** An item as other parts name it: `§ 12` and its title. */
export interface ItemRef {
    readonly label: string;
    readonly title?: string;
}

/** One action (uppdrag): its task, owners and deadline. */
export interface ActionRow {
    readonly task: string;
    readonly owners: readonly NameView[];
    /** The deadline without weekday, as in tables. */
    readonly due?: string;
    /** The item the action belongs to (none for an action among the trailer's notes). */
    readonly item?: ItemRef;
    readonly line?: number;
    /** The task with its references to other meetings linked (links.ts), when it has any. */
    readonly linked?: readonly TextPiece[];
    /** `Från: 2026-05-20 punkt 1` of a follow-up, linked to that meeting's item when the series has the action. */
    readonly from?: { readonly label: string; readonly text: string; readonly href?: string };
}

/** One line of a bullet list. */
export interface BulletView {
    readonly text: string;
    readonly line?: number;
    readonly linked?: readonly TextPiece[];
}

/** What prose consists of, in source order. */
export type Block =
    | { readonly kind: 'paragraph'; readonly text: string; readonly line?: number; readonly linked?: readonly TextPiece[] }
    /** A keyword line where it does not belong (an error the editor reports), shown as the prose it was written as. */
    | { readonly kind: 'misplaced'; readonly text: string; readonly line?: number }
    /** Consecutive bullets. */
    | { readonly kind: 'bullets'; readonly items: readonly BulletView[] }
    /** A decision (never numbered: the writer numbers items, not decisions); its att-clauses (`att godkänna …`) as a list. */
    | {
        readonly kind: 'decision'; readonly label: string; readonly text: string; readonly clauses: readonly string[]; readonly line?: number;
        /** The text and each clause with their references to other meetings linked, when any has one. */
        readonly linked?: readonly TextPiece[]; readonly linkedClauses?: ReadonlyArray<readonly TextPiece[] | undefined>;
    }
    /** Consecutive actions, as one table. */
    | { readonly kind: 'actions'; readonly caption: string; readonly columns: readonly string[]; readonly rows: readonly ActionRow[] }
    /** A motion, a reservation, a note for the record or a conflict of interest (model-parts.ts). */
    | StatementBlock
    /** A vote: its counts as written and, when the voters are named, a table of them. */
    | VoteBlock
    /** A fenced block, kept verbatim line by line. */
    | { readonly kind: 'fenced'; readonly lines: readonly string[]; readonly line?: number }
    /** An attachment (`Bilaga 1`) inside an item. */
    | { readonly kind: 'attachment'; readonly attachment: AttachmentView }
    /** `Sekretess: OSL 26 kap. 1 §` in the full version: the item is left out of the public version. */
    | { readonly kind: 'confidential'; readonly label: string; readonly ground?: string; readonly line?: number }
    /** What the public version shows in place of a confidential item's content. */
    | { readonly kind: 'withheld'; readonly text: string; readonly line?: number }
    /** Who took part in an item, at the top of an extract's item. */
    | { readonly kind: 'people'; readonly list: PeopleList };

/** Who made a statement in an item and what they said. */
export type StatementRole = 'motion' | 'reservation' | 'record-note' | 'recusal';

/** A line under a statement that names persons: `Av: Karin Sjöberg`, `Instämmer: Lars Nyström`. */
export interface StatementField {
    readonly label: string;
    readonly names: readonly NameView[];
    readonly line?: number;
}

/**
 * `Yrkande: text` with its `Av:` and `Instämmer:` lines; `Reservation: names mot beslutet`;
 * `Protokollsanteckning: name: text`; `Jäv: names`. `separator` stands between the names and
 * the text, as written (`: ` after a colon, else a space).
 */
export interface StatementBlock {
    readonly kind: 'statement';
    readonly role: StatementRole;
    readonly label: string;
    readonly names: readonly NameView[];
    readonly separator: string;
    readonly text: string;
    /** The text with its references to other meetings linked (links.ts), when it has any. */
    readonly linked?: readonly TextPiece[];
    readonly fields: readonly StatementField[];
    readonly line?: number;
}

/** One row of a vote's table: `Ja`, how many, who. */
export interface VoteRow {
    readonly choice: string;
    readonly count: number;
    readonly names: readonly NameView[];
    readonly line?: number;
}

/** `Omröstning: 5 ja, 2 nej, 1 avstår` and the named voters (`Ja: …`, `Nej: …`, `Avstår: …`). */
export interface VoteBlock {
    readonly kind: 'vote';
    /** `Omröstning`, `Sluten omröstning`, `Vote`, `Ballot`: as written. */
    readonly label: string;
    /** The counts as written. */
    readonly counts?: string;
    readonly columns: readonly string[];
    readonly rows: readonly VoteRow[];
    readonly line?: number;
}

/** An attachment: `Bilaga 1` and its title, with its content. */
export interface AttachmentView {
    readonly label: string;
    readonly title?: string;
    readonly blocks: readonly Block[];
    readonly line?: number;
}

export interface ItemView {
    /** `§ 12` or `Punkt 1`: as the item was written, with the number the reader sees. */
    readonly label: string;
    /** 2 for a sub-item (`§ 5.1`), which renders nested in the item before it. */
    readonly level: 1 | 2;
    /** Its anchor on the page (`p12`), where the links of other meetings land (links.ts). */
    readonly anchor?: string;
    readonly title?: string;
    readonly blocks: readonly Block[];
    readonly line?: number;
}

/** A section after the items: next meeting, approval, closing. */
export interface TrailerSection {
    readonly kind: 'next' | 'approval' | 'posted' | 'kept-at' | 'closing';
    readonly heading: string;
    readonly facts: readonly Fact[];
    /** The closing's own text (`Mötet avslutades 20.10.`). */
    readonly text?: string;
    readonly notes: readonly Block[];
    readonly line?: number;
}

/** One signature: the role it is signed in and the name under the line. */
export interface SignatureView {
    /** `Vid protokollet`, `Ordförande`, `Justeras`. */
    readonly role: string;
    readonly name: NameView;
    readonly line?: number;
}

export interface SignatureBlock {
    readonly heading: string;
    /** A sentence above the signatures (an extract's certification). */
    readonly statement?: string;
    readonly signatures: readonly SignatureView[];
    /** Under Robert's Rules, below the signatures: `Approved 20 March 2026`, `To be approved at the next meeting`. */
    readonly approval?: string;
}

export interface DecisionRow {
    readonly item: ItemRef;
    readonly text: string;
    readonly line?: number;
}

/** The decisions and actions of the whole document, as tables. */
export interface SummaryView {
    readonly heading: string;
    readonly decisions?: { readonly caption: string; readonly columns: readonly string[]; readonly rows: readonly DecisionRow[] };
    readonly actions?: { readonly caption: string; readonly columns: readonly string[]; readonly rows: readonly ActionRow[] };
}

/** Everything a rendering of the minutes shows, in reading order. */
export interface RenderModel {
    /** The document's own language (from its kind keyword): every label here is in it. */
    readonly lang: Lang;
    readonly protocol: boolean;
    /** The title, or the kind when there is none: a page's or a PDF's title. */
    readonly title: string;
    /** The body that met (`Organ`/`Body`), as written, when stated (for a PDF's subject). */
    readonly body?: string;
    /** The meeting's date in words, when stated (for a PDF's subject and running header). */
    readonly meetingDate?: string;
    /** The meeting's date as written in ISO form (`2026-03-12`), when stated. */
    readonly meetingDateIso?: string;
    readonly header: HeaderView;
    readonly attendance?: AttendanceView;
    readonly agenda?: AgendaView;
    /** Prose before the first item. */
    readonly preamble: readonly Block[];
    readonly items: readonly ItemView[];
    /** The attachments after the last item (`Bilaga 2: …`), which belong to the document. */
    readonly attachments: readonly AttachmentView[];
    readonly trailer: readonly TrailerSection[];
    readonly signatures?: SignatureBlock;
    readonly summary?: SummaryView;
    /** The document's diagnostic counts, when the caller gave them: a rendering must not look clean. */
    readonly problems?: { readonly errors: number; readonly warnings: number };
    /**
     * Which version this is, said on every page (issue 14): `internal` for a full version with
     * confidential content (a `Sekretess` item, an identity number), `public` for the public version.
     */
    readonly marker?: VersionMarker;
}

/** The words on every page that say which version of the minutes this is. */
export interface VersionMarker {
    readonly kind: 'internal' | 'public';
    readonly text: string;
}

export interface RenderModelOptions {
    /** Record the 0-based first source line of every block (the preview's scroll sync needs them). */
    sourceLines?: boolean;
    /** The document's diagnostic counts. */
    problems?: { errors: number; warnings: number };
    /**
     * Whether the minutes end with the summary of decisions and actions (the
     * `minutes.render.decisionSummary` setting); by default as the rule set says (rule-sets.ts).
     */
    summary?: boolean;
    /**
     * `full` (the default) shows everything, marked «Intern version» when anything is
     * confidential; `public` leaves out the content of every item with a `Sekretess` line and
     * masks identity numbers (public-version.ts).
     */
    version?: 'full' | 'public';
    /**
     * An extract of these items (extract.ts reads them from `--extract "§ 14, 16"`): their
     * header, who took part in each, the items, and the certification, instead of the minutes.
     */
    extract?: { readonly items: readonly Item[]; readonly participants: (item: Item) => Block[] };
    /** What the series knows of the references to other meetings (language/series-links.ts); without it, none is linked. */
    links?: MeetingLinks;
}

/** What building the model needs to know while it walks the document. */
interface Builder {
    lang: Lang;
    labels: Labels;
    protocol: boolean;
    sourceLines: boolean;
    itemRefs: Map<Item, ItemRef>;
    decisionRows: DecisionRow[];
    actionRows: ActionRow[];
    withhold: boolean;
    /** Whether the document has a `Förvaringsplats` line: then the place after `Anslag`'s date is only a place. */
    keptAtLine: boolean;
    links?: MeetingLinks;
    anchors: Map<Item, string>;
}

/**
 * `§ 12` when the item was written with `§`, otherwise the document language's word for an
 * item (`Punkt 1`, `Item 1`), with the number the reader sees (written or counted on).
 */
function itemLabel(item: Item, number: number, labels: Labels): string {
    const cst = item.$cstNode;
    const writtenWithSection = cst !== undefined && cst.root.fullText.charAt(cst.offset) === '§';
    // A sub-item keeps the number written (`5.1`); an unnumbered one shows the count.
    return `${writtenWithSection ? '§' : labels.keyword('item')} ${item.number ?? number}`;
}

/** Every item's label as the renderings show it (`§ 12`, `Punkt 3`), in document order. */
export function itemLabels(doc: Document): string[] {
    const labels = LABELS[documentLanguage(doc)];
    const numbers = itemNumbers(doc);
    return doc.items.map((item, index) => itemLabel(item, numbers[index], labels));
}

/** Items are labelled before anything is built, as summaries refer to them. */
function createBuilder(doc: Document, options: RenderModelOptions): Builder {
    const lang = documentLanguage(doc);
    const labels = LABELS[lang];
    const numbers = itemNumbers(doc);
    const itemRefs = new Map<Item, ItemRef>();
    const anchors = new Map<Item, string>();
    itemAnchors(doc.items.map((item, index) => item.number ?? String(numbers[index]))).forEach((anchor, index) => {
        if (anchor) anchors.set(doc.items[index], anchor);
    });
    doc.items.forEach((item, index) => itemRefs.set(item, { label: itemLabel(item, numbers[index], labels), title: item.title }));
    return {
        lang, labels, protocol: isProtocol(doc), sourceLines: options.sourceLines ?? false,
        itemRefs, decisionRows: [], actionRows: [], withhold: options.version === 'public',
        keptAtLine: trailerOf(doc, isKeptAt) !== undefined, links: options.links, anchors
    };
}

function fact(label: string, value: string | undefined, line?: number): Fact | undefined {
    return value ? { label, value, line } : undefined;
}

function present<T>(values: ReadonlyArray<T | undefined>): T[] {
    return values.filter((value): value is T => value !== undefined);
}

function buildHeader(doc: Document, b: Builder): HeaderView {
    const time = meetingTime(doc);
    const where = place(doc);
    const body = doc.preamble.find(isBodyLine);
    return {
        kind: b.labels.kind(b.protocol),
        title: doc.header?.title,
        facts: present([
            fact(b.labels.keyword('body'), body?.text?.trim(), lineOf(b, body)),
            fact(b.labels.keyword('date'), formatWhen(time?.when, b.lang), lineOf(b, time)),
            fact(b.labels.keyword('place'), where?.text, lineOf(b, where)),
            ...doc.preamble.filter(isRecess).map(recess => fact(b.labels.keyword('recess'), recessText(recess, b.lang), lineOf(b, recess))),
            // Municipal protocols write `Justering`, `Anslag` and `Förvaringsplats` in the header.
            ...doc.preamble.flatMap(element => isTrailerLine(element) ? trailerFacts(element, b, true) : [])
        ]),
        line: lineOf(b, doc.header)
    };
}

/** `Ajournering: 14.30–14.45`: the times as the document's times are shown, or as written when they are none. */
function recessText(recess: Recess, lang: Lang): string | undefined {
    if (recess.invalid !== undefined) return recess.invalid.trim() || undefined;
    const start = formatTimeText(recess.start, lang, recess.end);
    const end = formatTimeText(recess.end, lang);
    return start && (end ? `${start}–${end}` : start);
}

type TrailerLine = NextMeeting | Approval | Posted | KeptAt;

function isTrailerLine(node: unknown): node is TrailerLine {
    return isNextMeeting(node) || isApproval(node) || isPosted(node) || isKeptAt(node);
}

/** The facts of a trailer line: its date and place; in the header each labelled by its own keyword. */
function trailerFacts(element: TrailerLine, b: Builder, inHeader: boolean): Fact[] {
    const line = lineOf(b, element);
    if (isKeptAt(element)) return present([fact(b.labels.keyword('kept-at'), element.text?.trim(), line)]);
    const id = isNextMeeting(element) ? 'next' : isApproval(element) ? 'approval' : 'posted';
    const dateLabel = inHeader ? b.labels.keyword(id) : id === 'next' ? b.labels.keyword('date') : b.labels.date;
    // The place after `Anslag`'s date is where the protocol is kept (LANGUAGE-2.md section 4), unless a line says that.
    const placeLabel = inHeader && id === 'posted' && !b.keptAtLine ? b.labels.keyword('kept-at') : b.labels.keyword('place');
    return present([fact(dateLabel, formatWhen(element.when, b.lang), line), fact(placeLabel, element.place?.trim(), line)]);
}

function buildAttendance(doc: Document, b: Builder): AttendanceView | undefined {
    const groups = attendanceGroups(doc, b);
    const roles = roleViews(doc, b);
    if (groups.length === 0 && roles.length === 0) return undefined;
    return { heading: b.labels.attendance, groups, roles };
}

function actionRow(action: Action, item: ItemRef | undefined, b: Builder): ActionRow {
    const due = formatWhen(action.fields.find(isDueLine)?.when, b.lang, false);
    const task = joinLines(action.text);
    const from = action.fields.find(isFromLine);
    const origin = from?.origin?.trim();
    const fromLine = from?.$cstNode?.range.start.line;
    return {
        task,
        owners: action.fields.filter(isOwnerLine).flatMap(owner => owner.names).map(nameOf),
        due,
        item,
        line: lineOf(b, action),
        linked: linkedText(task, b.links),
        from: origin ? { label: b.labels.keyword('from'), text: origin, href: fromLine === undefined ? undefined : b.links?.origin(fromLine) } : undefined
    };
}

/**
 * Prose elements in source order: consecutive bullets form one list and consecutive actions one
 * table. Decisions and actions inside items are also collected for the summary.
 */
function buildBlocks(elements: readonly AstNode[], b: Builder, item?: Item): Block[] {
    const blocks: Block[] = [];
    const ref = item && b.itemRefs.get(item);
    let i = 0;
    while (i < elements.length) {
        const element = elements[i];
        if (isBullet(element)) {
            const items: BulletView[] = [];
            for (; i < elements.length && isBullet(elements[i]); i++) {
                const bullet = elements[i] as typeof element;
                const text = joinLines(bullet.text);
                items.push({ text, line: lineOf(b, bullet), linked: linkedText(text, b.links) });
            }
            blocks.push({ kind: 'bullets', items });
            continue;
        }
        if (isAction(element)) {
            const rows: ActionRow[] = [];
            for (; i < elements.length && isAction(elements[i]); i++) {
                const row = actionRow(elements[i] as Action, ref, b);
                rows.push(row);
                if (ref) b.actionRows.push(row);
            }
            blocks.push({ kind: 'actions', caption: b.labels.actionsCaption, columns: [b.labels.task, b.labels.keyword('owner'), b.labels.keyword('due')], rows });
            continue;
        }
        i++;
        const block = buildBlock(element, b, ref);
        if (block) blocks.push(block);
    }
    return blocks;
}

/** One element that stands alone (not a run of bullets or actions) as a block. */
function buildBlock(element: AstNode, b: Builder, ref: ItemRef | undefined): Block | undefined {
    if (isParagraph(element)) {
        const text = joinLines(element.text);
        return { kind: 'paragraph', text, line: lineOf(b, element), linked: linkedText(text, b.links) };
    }
    if (isDecision(element)) {
        const text = joinLines(element.text);
        const clauses = element.clauses.map(clause => joinLines([clause.mark.replace(/^-\s*/u, ''), ...clause.text]));
        const summaryText = [text, ...clauses].filter(Boolean).join(' ');
        if (ref) b.decisionRows.push({ item: ref, text: summaryText, line: lineOf(b, element) });
        const linkedClauses = clauses.map(clause => linkedText(clause, b.links));
        return {
            kind: 'decision', label: b.labels.keyword('decision'), text, clauses, line: lineOf(b, element), linked: linkedText(text, b.links),
            linkedClauses: linkedClauses.some(Boolean) ? linkedClauses : undefined
        };
    }
    if (isMisplaced(element)) return { kind: 'misplaced', text: [element.line, ...element.text].join(' '), line: lineOf(b, element) };
    if (isStatement(element)) {
        const block = statementBlock(element, b);
        return { ...block, linked: linkedText(block.text, b.links) };
    }
    if (isVote(element)) return voteBlock(element, b);
    if (isFenced(element)) return fencedBlock(element, b);
    if (isConfidential(element)) return confidentialBlock(element, b);
    if (isAttachment(element)) return { kind: 'attachment', attachment: buildAttachment(element, b) };
    return undefined;
}

function buildAttachment(attachment: Attachment, b: Builder): AttachmentView {
    const label = `${b.labels.keyword('attachment')}${attachment.number === undefined ? '' : ` ${attachment.number}`}`;
    return { label, title: attachment.title?.trim() || undefined, blocks: buildBlocks(attachment.content, b), line: lineOf(b, attachment) };
}

/**
 * An item with its blocks; with `withhold`, an item with a `Sekretess` line shows only its heading
 * and the public version's words with the ground as written (nothing of it reaches the summary).
 */
function buildItem(item: Item, b: Builder, before: readonly Block[] = []): ItemView {
    const ref = b.itemRefs.get(item)!;
    const confidential = b.withhold ? item.content.find(isConfidential) : undefined;
    const blocks: Block[] = confidential
        ? [{ kind: 'withheld', text: b.labels.record.public.withheld(confidential.ground?.trim() || undefined), line: lineOf(b, confidential) }]
        : [...before, ...buildBlocks(item.content, b, item)];
    return { label: ref.label, level: item.number?.includes('.') ? 2 : 1, anchor: b.anchors.get(item), title: ref.title, blocks, line: lineOf(b, item) };
}

function buildTrailer(doc: Document, b: Builder): TrailerSection[] {
    const sections: TrailerSection[] = [];
    for (const element of doc.trailer) {
        if (isTrailerLine(element)) {
            const kind = isNextMeeting(element) ? 'next' : isApproval(element) ? 'approval' : isPosted(element) ? 'posted' : 'kept-at';
            const facts = trailerFacts(element, b, false).map(({ label, value }) => ({ label, value }));
            sections.push({ kind, heading: b.labels.keyword(kind), facts, notes: buildBlocks(element.notes, b), line: lineOf(b, element) });
        } else if (isClosing(element)) {
            const text = joinLines(element.text);
            sections.push({
                kind: 'closing', heading: b.labels.keyword('closing'), facts: [],
                text: text || undefined, notes: buildBlocks(element.notes, b), line: lineOf(b, element)
            });
        }
    }
    return sections;
}

function buildSummary(b: Builder): SummaryView | undefined {
    const { labels, decisionRows, actionRows } = b;
    if (decisionRows.length === 0 && actionRows.length === 0) return undefined;
    return {
        heading: labels.summary,
        decisions: decisionRows.length === 0 ? undefined
            : { caption: labels.decisionsCaption, columns: [labels.keyword('item'), labels.keyword('decision')], rows: decisionRows },
        actions: actionRows.length === 0 ? undefined
            : { caption: labels.actionsCaption, columns: [labels.task, labels.keyword('item'), labels.keyword('owner'), labels.keyword('due')], rows: actionRows }
    };
}

/** The minutes' title, or their kind in their language (`Protokoll`) when there is none. */
export function minutesTitle(doc: Document): string {
    return doc.header?.title ?? LABELS[documentLanguage(doc)].kind(isProtocol(doc));
}

/** A date slot's (first) day as `2026-03-12`, however it was written (`den 12 mars 2026`). */
export function isoDateOf(when: DateSpec | undefined): string | undefined {
    const date = dateOf(when);
    return date && formatIsoDate(date);
}

/** What every model of a document shares, whatever it shows. */
type ModelBase = Pick<RenderModel, 'lang' | 'protocol' | 'body' | 'meetingDate' | 'meetingDateIso' | 'problems'>;

/**
 * Reads the document once into the model every rendering draws; see the module comment. The
 * options choose the public version and extracts; the full version of minutes with
 * confidential content says so (public-version.ts).
 */
export function buildRenderModel(doc: Document, options: RenderModelOptions = {}): RenderModel {
    const b = createBuilder(doc, options);
    const when = meetingTime(doc)?.when;
    const base: ModelBase = {
        lang: b.lang,
        protocol: b.protocol,
        body: doc.preamble.find(isBodyLine)?.text?.trim() || undefined,
        meetingDate: formatWhen(when, b.lang, true),
        meetingDateIso: isoDateOf(when),
        problems: options.problems && { ...options.problems }
    };
    const items = options.extract?.items ?? doc.items;
    const model = options.extract ? extractModel(doc, b, options.extract, base)
        : minutesModel(doc, b, base, options.summary ?? decisionSummaryByDefault(doc));
    if (options.version === 'public') return publicVersion(model, b.labels);
    const content: ConfidentialContent = {
        confidentialItem: items.some(item => item.content.some(isConfidential)),
        // An extract shows only some of the source: only what it shows counts.
        source: options.extract ? undefined : doc.$cstNode?.root.fullText ?? ''
    };
    return fullVersion(model, content, b.labels);
}

/** The minutes, whole; the summary where the rule set (or the setting) wants it. */
function minutesModel(doc: Document, b: Builder, base: ModelBase, summary: boolean): RenderModel {
    const preambleProse = doc.preamble.filter(element => isParagraph(element) || isBullet(element) || isFenced(element) || isMisplaced(element));
    const header = buildHeader(doc, b);
    const attendance = buildAttendance(doc, b);
    const preamble = buildBlocks(preambleProse, b);
    const items = doc.items.map(item => buildItem(item, b));
    const attachments = doc.attachments.map(attachment => buildAttachment(attachment, b));
    const trailer = buildTrailer(doc, b);
    return {
        ...base,
        title: minutesTitle(doc),
        header,
        attendance,
        agenda: agendaView(doc.preamble.find(isAgenda), b),
        preamble,
        items,
        attachments,
        trailer,
        signatures: signatureView(doc, b),
        summary: summary ? buildSummary(b) : undefined
    };
}

/**
 * An extract (protokollsutdrag) of some items: the header (with the approval, wherever it is
 * written), for each item who took part in it and the item with everything in it, and the
 * secretary's certification that the extract is true to the minutes.
 */
function extractModel(doc: Document, b: Builder, extract: NonNullable<RenderModelOptions['extract']>, base: ModelBase): RenderModel {
    const words = b.labels.record.extract;
    const header = buildHeader(doc, b);
    const approval = doc.trailer.find(isApproval);
    const labels = extract.items.map(item => b.itemRefs.get(item)?.label ?? '');
    return {
        ...base,
        title: words.pageTitle(minutesTitle(doc), labels.join(', ')),
        header: { ...header, kind: words.kind, facts: [...header.facts, ...(approval ? trailerFacts(approval, b, true) : [])] },
        preamble: [],
        items: extract.items.map(item => buildItem(item, b, extract.participants(item))),
        attachments: [],
        trailer: [],
        signatures: certification(doc, b)
    };
}

/** `Utdragsbestyrkande`: a sentence and the secretary's signature. */
function certification(doc: Document, b: Builder): SignatureBlock {
    const words = b.labels.record.extract;
    const secretary = roleLines(doc).secretary;
    const name = secretary?.names[0];
    return {
        heading: words.certified,
        statement: words.certifiedStatement,
        signatures: name ? [{ role: words.certifiedBy, name: nameOf(name), line: lineOf(b, secretary) }] : []
    };
}
