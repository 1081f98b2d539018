/**
 * The one renderer of minutes: AST → HTML. The preview shows {@link renderBody}; the export
 * writes {@link renderStandalonePage}. Both read the document through the shared views in
 * model.ts and put every user text through the escaping `html` template (escape.ts).
 *
 * It never throws on an AST the parser can produce: whatever is missing while the secretary
 * types (header, date, titles, names) is left out, unresolved names show as written and
 * dates that do not exist show as written. Strings are built in one pass, so the cost grows
 * linearly with the document.
 */
import { createHash } from 'node:crypto';
import type { AstNode, Reference } from 'langium';
import {
    isAction, isApproval, isBullet, isClosing, isDecision, isDueLine,
    isMisplaced, isNextMeeting, isOwnerLine, isParagraph,
    type Action, type Approval, type AttendanceList, type Bullet, type Closing, type Decision, type Document, type Item,
    type Misplaced, type NextMeeting, type Paragraph, type Person, type Responsible
} from '../generated/ast.js';
import type { Lang } from '../keywords.js';
import { documentLanguage, isAbsentList, isPresentList, isProtocol, itemNumbers, joinLines, meetingTime, personInfo, place, roleLines, roleNames } from '../model.js';
import { Html, html, joinHtml } from './escape.js';
import { formatWhen } from './format.js';
import { LABELS, type Labels } from './labels.js';
import { MINUTES_CSS } from './styles.js';

export interface RenderOptions {
    /**
     * Put `data-line="<0-based line>"` on every rendered block, the first source line it
     * comes from (the preview uses them for scroll sync and double-click to reveal).
     */
    dataLines?: boolean;
    /** The document's diagnostic counts; when any is non-zero a notice shows them. */
    diagnostics?: { errors: number; warnings: number };
}

export interface StandalonePageOptions {
    /** The page title; by default the minutes' title (or their kind when there is none). */
    title?: string;
    /**
     * The document's error count. When it is not zero, a notice at the top of the page says so,
     * in the document's language: a page made from minutes with errors must not look clean.
     */
    errors?: number;
}

/** One decision with its number through the document and the item it belongs to. */
interface NumberedDecision {
    decision: Decision;
    number: number;
    item: Item;
}

/** What every part of the renderer needs to know about the document. */
interface Context {
    lang: Lang;
    labels: Labels;
    protocol: boolean;
    dataLines: boolean;
    itemLabels: Map<Item, string>;
    decisionNumbers: Map<Decision, number>;
    decisions: NumberedDecision[];
    actions: Array<{ action: Action; item: Item }>;
}

function createContext(doc: Document, dataLines: boolean): Context {
    const lang = documentLanguage(doc);
    const labels = LABELS[lang];
    const numbers = itemNumbers(doc);
    const itemLabels = new Map<Item, string>();
    const decisionNumbers = new Map<Decision, number>();
    const decisions: NumberedDecision[] = [];
    const actions: Context['actions'] = [];
    doc.items.forEach((item, index) => {
        itemLabels.set(item, itemLabel(item, numbers[index], labels));
        for (const element of item.content) {
            if (isDecision(element)) {
                const number = decisions.length + 1;
                decisionNumbers.set(element, number);
                decisions.push({ decision: element, number, item });
            } else if (isAction(element)) {
                actions.push({ action: element, item });
            }
        }
    });
    return { lang, labels, protocol: isProtocol(doc), dataLines, itemLabels, decisionNumbers, decisions, actions };
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

/** The ` data-line="…"` attribute of a node's first source line, when asked for. */
function line(ctx: Context, node: AstNode | undefined): Html {
    const start = ctx.dataLines ? node?.$cstNode?.range.start.line : undefined;
    return start === undefined ? html`` : html` data-line="${start}"`;
}

// ---------------------------------------------------------------------------------------------
// Header: kind, title, time, place.

function renderHeader(doc: Document, ctx: Context): Html {
    const title = doc.header?.title;
    const kind = ctx.labels.kind(ctx.protocol);
    const time = meetingTime(doc);
    const when = formatWhen(time?.when, ctx.lang);
    const where = place(doc);
    const meta = [
        when && html`<div${line(ctx, time)}><dt>${ctx.labels.keyword('date')}</dt><dd>${when}</dd></div>`,
        where?.text && html`<div${line(ctx, where)}><dt>${ctx.labels.keyword('place')}</dt><dd>${where.text}</dd></div>`
    ];
    // Without a title the kind is the heading, so the page still has exactly one h1.
    const heading = title
        ? html`<p class="minutes-kind">${kind}</p><h1>${title}</h1>`
        : html`<h1>${kind}</h1>`;
    return html`<header class="minutes-header"${line(ctx, doc.header)}>${heading}${metaList(meta)}</header>`;
}

function metaList(rows: ReadonlyArray<Html | undefined | '' | false>): Html | undefined {
    const content = joinHtml(rows);
    return content.value ? html`<dl class="minutes-meta">${content}</dl>` : undefined;
}

// ---------------------------------------------------------------------------------------------
// Attendance and roles.

/** The declared name of a resolved reference, or the name as written when it does not resolve. */
function referenceName(ref: Reference<Responsible>): Html {
    const person = ref.ref;
    return person?.name
        ? html`<span class="minutes-name">${person.name}</span>`
        : html`<span class="minutes-name minutes-unresolved">${ref.$refText}</span>`;
}

function referenceNames(refs: ReadonlyArray<Reference<Responsible>>): Html {
    return joinHtml(refs.map(referenceName), ', ');
}

function renderPerson(person: Person, ctx: Context): Html {
    const text = personInfo(person);
    const info = text && html`<span class="minutes-info">${person.name ? ', ' : ''}${text}</span>`;
    return html`<li${line(ctx, person)}>${person.name && html`<span class="minutes-name">${person.name}</span>`}${info}</li>`;
}

function renderPeople(doc: Document, ctx: Context, present: boolean): Html | undefined {
    const items: Html[] = [];
    const lists = doc.preamble.filter((element): element is AttendanceList =>
        present ? isPresentList(element) : isAbsentList(element));
    for (const list of lists) {
        // `Deltagare: Anna, Bo` on one line is an error; the names still show, as written.
        if (list.invalid) items.push(html`<li${line(ctx, list)}>${list.invalid}</li>`);
        for (const person of list.persons) items.push(renderPerson(person, ctx));
    }
    if (items.length === 0) return undefined;
    const heading = ctx.labels.keyword(present ? 'present' : 'absent');
    return html`<div class="minutes-people"><h3>${heading}</h3><ul class="minutes-people-list">${items}</ul></div>`;
}

function renderAttendance(doc: Document, ctx: Context): Html | undefined {
    const present = renderPeople(doc, ctx, true);
    const absent = renderPeople(doc, ctx, false);
    const { chair, secretary, adjuster } = roleLines(doc);
    const role = (id: 'chair' | 'secretary' | 'adjuster', node: typeof chair | typeof secretary | typeof adjuster) =>
        node && roleNames(node).length > 0 &&
        html`<div${line(ctx, node)}><dt>${ctx.labels.keyword(id)}</dt><dd>${referenceNames(roleNames(node))}</dd></div>`;
    const roles = joinHtml([role('chair', chair), role('secretary', secretary), role('adjuster', adjuster)]);
    if (!present && !absent && !roles.value) return undefined;
    return html`<section class="minutes-attendance"><h2>${ctx.labels.attendance}</h2>${
        (present || absent) && html`<div class="minutes-columns">${present}${absent}</div>`}${
        roles.value && html`<dl class="minutes-meta minutes-roles">${roles}</dl>`}</section>`;
}

// ---------------------------------------------------------------------------------------------
// Prose: paragraphs, bullets, misplaced keyword lines, decisions, actions.

type Block = Paragraph | Bullet | Misplaced | Decision | Action;

/**
 * Renders a run of prose elements in source order: consecutive bullets form one list and
 * consecutive actions one table. A misplaced keyword line (an error the editor reports)
 * shows as the prose it was written as, so no text is lost.
 */
function renderBlocks(blocks: readonly AstNode[], ctx: Context): Html {
    const parts: Html[] = [];
    let i = 0;
    while (i < blocks.length) {
        const block = blocks[i] as Block;
        if (isBullet(block)) {
            const items: Html[] = [];
            for (; i < blocks.length && isBullet(blocks[i]); i++) {
                const bullet = blocks[i] as Bullet;
                items.push(html`<li${line(ctx, bullet)}>${joinLines(bullet.text)}</li>`);
            }
            parts.push(html`<ul>${items}</ul>`);
            continue;
        }
        if (isAction(block)) {
            const run: Action[] = [];
            for (; i < blocks.length && isAction(blocks[i]); i++) run.push(blocks[i] as Action);
            parts.push(renderActionTable(run, ctx));
            continue;
        }
        i++;
        if (isParagraph(block)) {
            parts.push(html`<p${line(ctx, block)}>${joinLines(block.text)}</p>`);
        } else if (isDecision(block)) {
            parts.push(renderDecision(block, ctx));
        } else if (isMisplaced(block)) {
            parts.push(html`<p class="minutes-misplaced"${line(ctx, block)}>${[block.line, ...block.text].join(' ')}</p>`);
        }
    }
    return joinHtml(parts);
}

function renderDecision(decision: Decision, ctx: Context): Html {
    const number = ctx.decisionNumbers.get(decision);
    const label = number === undefined ? ctx.labels.keyword('decision') : ctx.labels.decisionNumber(number);
    const text = joinLines(decision.text);
    return html`<div class="minutes-decision"${line(ctx, decision)}><p class="minutes-decision-label">${label}</p>${
        text && html`<p class="minutes-decision-text">${text}</p>`}</div>`;
}

function owners(action: Action): Html {
    return referenceNames(action.fields.filter(isOwnerLine).flatMap(owner => owner.names));
}

function deadline(action: Action, ctx: Context): string | undefined {
    return formatWhen(action.fields.find(isDueLine)?.when, ctx.lang, false);
}

function columnHeads(heads: readonly string[]): Html {
    return html`<thead><tr>${heads.map(head => html`<th scope="col">${head}</th>`)}</tr></thead>`;
}

function renderActionTable(actions: readonly Action[], ctx: Context): Html {
    const { labels } = ctx;
    const rows = actions.map(action => html`<tr${line(ctx, action)}><td>${joinLines(action.text)}</td><td>${
        owners(action)}</td><td class="minutes-date">${deadline(action, ctx)}</td></tr>`);
    return html`<table class="minutes-actions"><caption>${labels.actionsCaption}</caption>${
        columnHeads([labels.task, labels.keyword('owner'), labels.keyword('due')])}<tbody>${rows}</tbody></table>`;
}

// ---------------------------------------------------------------------------------------------
// Items and the trailer.

function renderItem(item: Item, ctx: Context): Html {
    const label = ctx.itemLabels.get(item);
    return html`<section class="minutes-item"${line(ctx, item)}><h2><span class="minutes-item-number">${label}</span>${
        item.title && html` <span class="minutes-item-title">${item.title}</span>`}</h2>${renderBlocks(item.content, ctx)}</section>`;
}

function renderNextMeeting(next: NextMeeting, ctx: Context): Html {
    const when = formatWhen(next.when, ctx.lang);
    const meta = metaList([
        when && html`<div><dt>${ctx.labels.keyword('date')}</dt><dd>${when}</dd></div>`,
        next.place && html`<div><dt>${ctx.labels.keyword('place')}</dt><dd>${next.place}</dd></div>`
    ]);
    return html`<section class="minutes-next"${line(ctx, next)}><h2>${ctx.labels.keyword('next')}</h2>${meta}${renderBlocks(next.notes, ctx)}</section>`;
}

function renderApproval(approval: Approval, ctx: Context): Html {
    const when = formatWhen(approval.when, ctx.lang);
    const meta = metaList([
        when && html`<div><dt>${ctx.labels.date}</dt><dd>${when}</dd></div>`,
        approval.place && html`<div><dt>${ctx.labels.keyword('place')}</dt><dd>${approval.place}</dd></div>`
    ]);
    return html`<section class="minutes-approval"${line(ctx, approval)}><h2>${ctx.labels.keyword('approval')}</h2>${meta}${renderBlocks(approval.notes, ctx)}</section>`;
}

function renderClosing(closing: Closing, ctx: Context): Html {
    const text = joinLines(closing.text);
    return html`<section class="minutes-closing"${line(ctx, closing)}><h2>${ctx.labels.keyword('closing')}</h2>${
        text && html`<p${line(ctx, closing)}>${text}</p>`}${renderBlocks(closing.notes, ctx)}</section>`;
}

function renderTrailer(doc: Document, ctx: Context): Html {
    return joinHtml(doc.trailer.map(element =>
        isNextMeeting(element) ? renderNextMeeting(element, ctx)
            : isApproval(element) ? renderApproval(element, ctx)
                : isClosing(element) ? renderClosing(element, ctx)
                    : undefined));
}

// ---------------------------------------------------------------------------------------------
// Signatures and summary.

function signature(role: string, name: Html, node: AstNode, ctx: Context): Html {
    return html`<div class="minutes-signature"${line(ctx, node)}><p class="minutes-signature-role">${role}</p><p class="minutes-signature-name">${name}</p></div>`;
}

/**
 * Who signs: the secretary ("Vid anteckningarna"), for a protocol the chair, and each
 * adjuster ("Justeras"). Roles that are not named are left out.
 */
function renderSignatures(doc: Document, ctx: Context): Html | undefined {
    const { chair, secretary, adjuster } = roleLines(doc);
    const { labels } = ctx;
    const blocks: Html[] = [];
    for (const ref of secretary?.names.slice(0, 1) ?? []) blocks.push(signature(labels.recordedBy(ctx.protocol), referenceName(ref), secretary!, ctx));
    if (ctx.protocol) {
        for (const ref of (chair ? roleNames(chair) : []).slice(0, 1)) blocks.push(signature(labels.keyword('chair'), referenceName(ref), chair!, ctx));
    }
    for (const ref of adjuster?.names ?? []) blocks.push(signature(labels.approvedBy, referenceName(ref), adjuster!, ctx));
    if (blocks.length === 0) return undefined;
    return html`<section class="minutes-signatures"><h2>${labels.signatures}</h2><div class="minutes-signature-grid">${blocks}</div></section>`;
}

function itemReference(item: Item, ctx: Context): Html {
    return html`<span class="minutes-item-number">${ctx.itemLabels.get(item)}</span>${item.title && html` ${item.title}`}`;
}

function renderSummary(ctx: Context): Html | undefined {
    const { labels, decisions, actions } = ctx;
    if (decisions.length === 0 && actions.length === 0) return undefined;
    const decisionTable = decisions.length > 0 && html`<table class="minutes-summary-decisions"><caption>${labels.decisionsCaption}</caption>${
        columnHeads([labels.number, labels.keyword('item'), labels.keyword('decision')])}<tbody>${
        decisions.map(({ decision, number, item }) => html`<tr${line(ctx, decision)}><th scope="row">${number}</th><td>${
            itemReference(item, ctx)}</td><td>${joinLines(decision.text)}</td></tr>`)}</tbody></table>`;
    const actionTable = actions.length > 0 && html`<table class="minutes-summary-actions"><caption>${labels.actionsCaption}</caption>${
        columnHeads([labels.task, labels.keyword('item'), labels.keyword('owner'), labels.keyword('due')])}<tbody>${
        actions.map(({ action, item }) => html`<tr${line(ctx, action)}><td>${joinLines(action.text)}</td><td>${
            itemReference(item, ctx)}</td><td>${owners(action)}</td><td class="minutes-date">${deadline(action, ctx)}</td></tr>`)}</tbody></table>`;
    return html`<section class="minutes-summary"><h2>${labels.summary}</h2>${decisionTable}${actionTable}</section>`;
}

// ---------------------------------------------------------------------------------------------
// Entry points.

/** The header and the body of the minutes, rendered once for both entry points. */
function renderParts(doc: Document, ctx: Context): { header: Html; main: Html } {
    const preambleProse = doc.preamble.filter(element => isParagraph(element) || isBullet(element) || isMisplaced(element));
    const prose = renderBlocks(preambleProse, ctx);
    const main = html`${renderAttendance(doc, ctx)}${prose.value && html`<div class="minutes-preamble">${prose}</div>`}${
        doc.items.map(item => renderItem(item, ctx))}${renderTrailer(doc, ctx)}${renderSignatures(doc, ctx)}${renderSummary(ctx)}`;
    return { header: renderHeader(doc, ctx), main };
}

/**
 * The minutes as one `<article class="minutes" lang="…">` fragment, for the preview.
 * Labels are in the document's language (from its kind keyword).
 */
export function renderBody(doc: Document, options: RenderOptions = {}): string {
    const ctx = createContext(doc, options.dataLines ?? false);
    const { header, main } = renderParts(doc, ctx);
    const problems = options.diagnostics && ctx.labels.problems(options.diagnostics.errors, options.diagnostics.warnings);
    const notice = problems && html`<p class="minutes-notice" role="status">${problems}</p>`;
    return html`<article class="minutes" lang="${ctx.lang}">${notice}${header}${main}</article>`.value;
}

/** The minutes' title, or their kind in their language (`Protokoll`) when there is none. */
export function minutesTitle(doc: Document): string {
    return doc.header?.title ?? LABELS[documentLanguage(doc)].kind(isProtocol(doc));
}

let cssHash: string | undefined;

/** The CSP source for the page's one inline style: its SHA-256, so no other style can apply. */
function styleSource(): string {
    cssHash ??= createHash('sha256').update(MINUTES_CSS, 'utf8').digest('base64');
    return `'sha256-${cssHash}'`;
}

/**
 * A complete HTML page for export and print: no scripts, no external resources, a content
 * security policy that allows only its own inline style, A4 print layout, and landmarks
 * (the minutes' header as the banner, the rest as main).
 */
export function renderStandalonePage(doc: Document, options: StandalonePageOptions = {}): string {
    const ctx = createContext(doc, false);
    const { header, main } = renderParts(doc, ctx);
    const errors = options.errors ?? 0;
    const notice = errors > 0 && html`<aside class="minutes-notice minutes-export-notice" aria-label="${ctx.labels.exportNoticeLabel}"><p>${
        ctx.labels.exportedWithErrors(errors)}</p></aside>`;
    const csp = `default-src 'none'; style-src ${styleSource()}; img-src 'none'; base-uri 'none'; form-action 'none'`;
    return html`<!DOCTYPE html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="minutes">
<title>${options.title ?? minutesTitle(doc)}</title>
<style>${new Html(MINUTES_CSS)}</style>
</head>
<body>
<div class="minutes minutes-page">
${notice}${header}
<main class="minutes-main">${main}</main>
</div>
</body>
</html>
`.value;
}
