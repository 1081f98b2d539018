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
import type { AstNode, Reference } from 'langium';
import {
    isAction, isApproval, isBullet, isClosing, isDecision, isDueLine, isMisplaced,
    isNextMeeting, isOwnerLine, isParagraph,
    type Action, type AttendanceList, type Decision, type Document, type Item, type Responsible
} from '../generated/ast.js';
import type { Lang } from '../keywords.js';
import {
    documentLanguage, isAbsentList, isPresentList, isProtocol, itemNumbers, joinLines, meetingTime, personInfo, place, roleLines, roleNames
} from '../model.js';
import { formatWhen } from './format.js';
import { LABELS, type Labels } from './labels.js';

/** A name as the reader sees it: the declared person's, or as written when it names no one. */
export interface NameView {
    readonly text: string;
    /** False when the name refers to no declared person (shown as written, marked). */
    readonly resolved: boolean;
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

/** One entry of a present or absent list. */
export type PersonEntry =
    /** A declared person: the name and what follows it (`, ordförande`). */
    | { readonly kind: 'person'; readonly name?: string; readonly info?: string; readonly line?: number }
    /** Names written on the keyword's own line (an error the editor reports), shown as written. */
    | { readonly kind: 'written'; readonly text: string; readonly line?: number };

export interface PeopleList {
    /** `Närvarande`, `Frånvarande`, … (the keyword). */
    readonly heading: string;
    readonly entries: readonly PersonEntry[];
}

/** Who holds a role: `Ordförande: Anna Berg`. */
export interface RoleView {
    readonly role: 'chair' | 'secretary' | 'adjuster';
    readonly label: string;
    readonly names: readonly NameView[];
    readonly line?: number;
}

export interface AttendanceView {
    readonly heading: string;
    readonly present?: PeopleList;
    readonly absent?: PeopleList;
    readonly roles: readonly RoleView[];
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
}

/** One line of a bullet list. */
export interface BulletView {
    readonly text: string;
    readonly line?: number;
}

/** What prose consists of, in source order. */
export type Block =
    | { readonly kind: 'paragraph'; readonly text: string; readonly line?: number }
    /** A keyword line where it does not belong (an error the editor reports), shown as the prose it was written as. */
    | { readonly kind: 'misplaced'; readonly text: string; readonly line?: number }
    /** Consecutive bullets. */
    | { readonly kind: 'bullets'; readonly items: readonly BulletView[] }
    /** A decision, numbered through the document: `Beslut 3`. */
    | { readonly kind: 'decision'; readonly label: string; readonly number?: number; readonly text: string; readonly line?: number }
    /** Consecutive actions, as one table. */
    | { readonly kind: 'actions'; readonly caption: string; readonly columns: readonly string[]; readonly rows: readonly ActionRow[] };

export interface ItemView {
    /** `§ 12` or `Punkt 1`: as the item was written, with the number the reader sees. */
    readonly label: string;
    readonly title?: string;
    readonly blocks: readonly Block[];
    readonly line?: number;
}

/** A section after the items: next meeting, approval, closing. */
export interface TrailerSection {
    readonly kind: 'next' | 'approval' | 'closing';
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
    readonly signatures: readonly SignatureView[];
}

export interface DecisionRow {
    readonly number: number;
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
    /** The meeting's date in words, when stated (for a PDF's subject and running header). */
    readonly meetingDate?: string;
    /** The meeting's date as written in ISO form (`2026-03-12`), when stated. */
    readonly meetingDateIso?: string;
    readonly header: HeaderView;
    readonly attendance?: AttendanceView;
    /** Prose before the first item. */
    readonly preamble: readonly Block[];
    readonly items: readonly ItemView[];
    readonly trailer: readonly TrailerSection[];
    readonly signatures?: SignatureBlock;
    readonly summary?: SummaryView;
    /** The document's diagnostic counts, when the caller gave them: a rendering must not look clean. */
    readonly problems?: { readonly errors: number; readonly warnings: number };
}

export interface RenderModelOptions {
    /** Record the 0-based first source line of every block (the preview's scroll sync needs them). */
    sourceLines?: boolean;
    /** The document's diagnostic counts. */
    problems?: { errors: number; warnings: number };
}

/** What building the model needs to know while it walks the document. */
interface Builder {
    lang: Lang;
    labels: Labels;
    protocol: boolean;
    sourceLines: boolean;
    itemRefs: Map<Item, ItemRef>;
    decisionNumbers: Map<Decision, number>;
    decisionRows: DecisionRow[];
    actionRows: ActionRow[];
}

/** The 0-based first source line of a node, when asked for. */
function lineOf(b: Pick<Builder, 'sourceLines'>, node: AstNode | undefined): number | undefined {
    return b.sourceLines ? node?.$cstNode?.range.start.line : undefined;
}

/**
 * `§ 12` when the item was written with `§`, otherwise the document language's word for an
 * item (`Punkt 1`, `Item 1`), with the number the reader sees (written or counted on).
 */
function itemLabel(item: Item, number: number, labels: Labels): string {
    const cst = item.$cstNode;
    const writtenWithSection = cst !== undefined && cst.root.fullText.charAt(cst.offset) === '§';
    return `${writtenWithSection ? '§' : labels.keyword('item')} ${number}`;
}

function nameOf(ref: Reference<Responsible>): NameView {
    const person = ref.ref;
    return person?.name ? { text: person.name, resolved: true } : { text: ref.$refText, resolved: false };
}

/** Items are labelled and decisions numbered before anything is built, as summaries refer to them. */
function createBuilder(doc: Document, options: RenderModelOptions): Builder {
    const lang = documentLanguage(doc);
    const labels = LABELS[lang];
    const numbers = itemNumbers(doc);
    const itemRefs = new Map<Item, ItemRef>();
    const decisionNumbers = new Map<Decision, number>();
    doc.items.forEach((item, index) => {
        itemRefs.set(item, { label: itemLabel(item, numbers[index], labels), title: item.title });
        for (const element of item.content) {
            if (isDecision(element)) decisionNumbers.set(element, decisionNumbers.size + 1);
        }
    });
    return {
        lang, labels, protocol: isProtocol(doc), sourceLines: options.sourceLines ?? false,
        itemRefs, decisionNumbers, decisionRows: [], actionRows: []
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
    return {
        kind: b.labels.kind(b.protocol),
        title: doc.header?.title,
        facts: present([
            fact(b.labels.keyword('date'), formatWhen(time?.when, b.lang), lineOf(b, time)),
            fact(b.labels.keyword('place'), where?.text, lineOf(b, where))
        ]),
        line: lineOf(b, doc.header)
    };
}

function buildPeople(doc: Document, b: Builder, presentList: boolean): PeopleList | undefined {
    const entries: PersonEntry[] = [];
    const lists = doc.preamble.filter((element): element is AttendanceList =>
        presentList ? isPresentList(element) : isAbsentList(element));
    for (const list of lists) {
        // `Deltagare: Anna, Bo` on one line is an error; the names still show, as written.
        if (list.invalid) entries.push({ kind: 'written', text: list.invalid, line: lineOf(b, list) });
        for (const person of list.persons) {
            entries.push({
                kind: 'person',
                name: person.name,
                info: personInfo(person),
                line: lineOf(b, person)
            });
        }
    }
    if (entries.length === 0) return undefined;
    return { heading: b.labels.keyword(presentList ? 'present' : 'absent'), entries };
}

function buildAttendance(doc: Document, b: Builder): AttendanceView | undefined {
    const presentPeople = buildPeople(doc, b, true);
    const absentPeople = buildPeople(doc, b, false);
    const lines = roleLines(doc);
    const roles: RoleView[] = [];
    for (const role of ['chair', 'secretary', 'adjuster'] as const) {
        const node = lines[role];
        if (node && roleNames(node).length > 0) {
            roles.push({ role, label: b.labels.keyword(role), names: roleNames(node).map(nameOf), line: lineOf(b, node) });
        }
    }
    if (!presentPeople && !absentPeople && roles.length === 0) return undefined;
    return {
        heading: b.labels.attendance,
        present: presentPeople,
        absent: absentPeople,
        roles
    };
}

function actionRow(action: Action, item: ItemRef | undefined, b: Builder): ActionRow {
    const due = formatWhen(action.fields.find(isDueLine)?.when, b.lang, false);
    return {
        task: joinLines(action.text),
        owners: action.fields.filter(isOwnerLine).flatMap(owner => owner.names).map(nameOf),
        due,
        item,
        line: lineOf(b, action)
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
                items.push({ text: joinLines(bullet.text), line: lineOf(b, bullet) });
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
        if (isParagraph(element)) {
            blocks.push({ kind: 'paragraph', text: joinLines(element.text), line: lineOf(b, element) });
        } else if (isDecision(element)) {
            const number = b.decisionNumbers.get(element);
            const text = joinLines(element.text);
            const label = number === undefined ? b.labels.keyword('decision') : b.labels.decisionNumber(number);
            blocks.push({ kind: 'decision', label, number, text, line: lineOf(b, element) });
            if (number !== undefined && ref) b.decisionRows.push({ number, item: ref, text, line: lineOf(b, element) });
        } else if (isMisplaced(element)) {
            blocks.push({ kind: 'misplaced', text: [element.line, ...element.text].join(' '), line: lineOf(b, element) });
        }
    }
    return blocks;
}

function buildItem(item: Item, b: Builder): ItemView {
    const ref = b.itemRefs.get(item)!;
    return { label: ref.label, title: ref.title, blocks: buildBlocks(item.content, b, item), line: lineOf(b, item) };
}

function buildTrailer(doc: Document, b: Builder): TrailerSection[] {
    const sections: TrailerSection[] = [];
    for (const element of doc.trailer) {
        if (isNextMeeting(element)) {
            sections.push({
                kind: 'next', heading: b.labels.keyword('next'),
                facts: present([fact(b.labels.keyword('date'), formatWhen(element.when, b.lang)), fact(b.labels.keyword('place'), element.place)]),
                notes: buildBlocks(element.notes, b), line: lineOf(b, element)
            });
        } else if (isApproval(element)) {
            sections.push({
                kind: 'approval', heading: b.labels.keyword('approval'),
                facts: present([fact(b.labels.date, formatWhen(element.when, b.lang)), fact(b.labels.keyword('place'), element.place)]),
                notes: buildBlocks(element.notes, b), line: lineOf(b, element)
            });
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

/**
 * Who signs: the secretary ("Vid protokollet" / "Vid anteckningarna"), for a protocol the
 * chair, and each adjuster ("Justeras"). Roles that are not named are left out. The block of a
 * rule set (a municipality's protocol, an association's) will be chosen here, from the document.
 */
export function signatureBlock(doc: Document, b: Pick<Builder, 'labels' | 'protocol' | 'sourceLines'>): SignatureBlock | undefined {
    const { chair, secretary, adjuster } = roleLines(doc);
    const { labels } = b;
    const signatures: SignatureView[] = [];
    const sign = (role: string, refs: ReadonlyArray<Reference<Responsible>>, node: AstNode): void => {
        for (const ref of refs) signatures.push({ role, name: nameOf(ref), line: lineOf(b, node) });
    };
    if (secretary) sign(labels.recordedBy(b.protocol), secretary.names.slice(0, 1), secretary);
    if (chair && b.protocol) sign(labels.keyword('chair'), roleNames(chair).slice(0, 1), chair);
    if (adjuster) sign(labels.approvedBy, adjuster.names, adjuster);
    return signatures.length === 0 ? undefined : { heading: labels.signatures, signatures };
}

function buildSummary(b: Builder): SummaryView | undefined {
    const { labels, decisionRows, actionRows } = b;
    if (decisionRows.length === 0 && actionRows.length === 0) return undefined;
    return {
        heading: labels.summary,
        decisions: decisionRows.length === 0 ? undefined
            : { caption: labels.decisionsCaption, columns: [labels.number, labels.keyword('item'), labels.keyword('decision')], rows: decisionRows },
        actions: actionRows.length === 0 ? undefined
            : { caption: labels.actionsCaption, columns: [labels.task, labels.keyword('item'), labels.keyword('owner'), labels.keyword('due')], rows: actionRows }
    };
}

/** The minutes' title, or their kind in their language (`Protokoll`) when there is none. */
export function minutesTitle(doc: Document): string {
    return doc.header?.title ?? LABELS[documentLanguage(doc)].kind(isProtocol(doc));
}

/** Reads the document once into the model every rendering draws; see the module comment. */
export function buildRenderModel(doc: Document, options: RenderModelOptions = {}): RenderModel {
    const b = createBuilder(doc, options);
    const preambleProse = doc.preamble.filter(element => isParagraph(element) || isBullet(element) || isMisplaced(element));
    const header = buildHeader(doc, b);
    const attendance = buildAttendance(doc, b);
    const preamble = buildBlocks(preambleProse, b);
    const items = doc.items.map(item => buildItem(item, b));
    const trailer = buildTrailer(doc, b);
    const when = meetingTime(doc)?.when;
    const meetingDate = formatWhen(when, b.lang, true);
    return {
        lang: b.lang,
        protocol: b.protocol,
        title: minutesTitle(doc),
        meetingDate,
        meetingDateIso: when?.date,
        header,
        attendance,
        preamble,
        items,
        trailer,
        signatures: signatureBlock(doc, b),
        summary: buildSummary(b),
        problems: options.problems && { ...options.problems }
    };
}
