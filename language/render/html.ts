/**
 * The HTML back end of the one renderer: render model (render-model.ts) → HTML. The preview
 * shows {@link renderBody}; the export writes {@link renderStandalonePage}. It draws only what
 * the model says, the way the PDF back end (pdf/) does, and puts every user text through the
 * escaping `html` template (escape.ts). Strings are built in one pass, so the cost grows
 * linearly with the document.
 */
import { createHash } from 'node:crypto';
import type { Document } from '../generated/ast.js';
import { Html, html, joinHtml } from './escape.js';
import { textPieces } from './inline-links.js';
import { LABELS } from './labels.js';
import { isMeetingHref, type MeetingLinks, type TextPiece } from './links.js';
import {
    buildRenderModel, type ActionRow, type AgendaView, type AttachmentView, type AttendanceView, type Block, type Fact, type HeaderView, type ItemRef,
    type ItemView, type NameView, type PeopleList, type PersonEntry, type RenderModel, type SignatureBlock,
    type StatementBlock, type SummaryView, type TrailerSection, type VersionMarker, type VoteBlock
} from './render-model.js';
import { MINUTES_CSS, versionPageClass } from './styles.js';

export { minutesTitle } from './render-model.js';

export interface RenderOptions {
    /**
     * Put `data-line="<0-based line>"` on every rendered block, the first source line it
     * comes from (the preview uses them for scroll sync and double-click to reveal).
     */
    dataLines?: boolean;
    /** The document's diagnostic counts; when any is non-zero a notice shows them. */
    diagnostics?: { errors: number; warnings: number };
    /** Whether the summary of decisions and actions is shown; by default as the rule set says. */
    summary?: boolean;
    /** What the series knows of the references to other meetings (language/series-links.ts). */
    links?: MeetingLinks;
}

export interface StandalonePageOptions {
    /** The page title; by default the minutes' title (or their kind when there is none). */
    title?: string;
    /**
     * The document's error count. When it is not zero, a notice at the top of the page says so,
     * in the document's language: a page made from minutes with errors must not look clean.
     */
    errors?: number;
    /** Whether the summary of decisions and actions is shown; by default as the rule set says. */
    summary?: boolean;
    /** What the series knows of the references to other meetings (language/series-links.ts). */
    links?: MeetingLinks;
}

/** The ` data-line="…"` attribute of a block's first source line, when the model has it. */
function line(at: number | undefined): Html {
    return at === undefined ? html`` : html` data-line="${at}"`;
}


// ---------------------------------------------------------------------------------------------
// Header: kind, title, time, place.

function factRow(fact: Fact): Html {
    return html`<div${line(fact.line)}><dt>${fact.label}</dt><dd>${fact.value}</dd></div>`;
}

function metaList(facts: readonly Fact[]): Html | undefined {
    return facts.length > 0 ? html`<dl class="minutes-meta">${facts.map(factRow)}</dl>` : undefined;
}

/** «Intern version» / «Offentlig version»: at the top, and at the top of every printed page (styles.ts). */
function renderMarker(marker: VersionMarker | undefined): Html | undefined {
    return marker && html`<p class="minutes-version minutes-version-${marker.kind}">${marker.text}</p>`;
}

function renderHeader(header: HeaderView, marker?: VersionMarker): Html {
    // Without a title the kind is the heading, so the page still has exactly one h1.
    const heading = header.title
        ? html`<p class="minutes-kind">${header.kind}</p><h1>${header.title}</h1>`
        : html`<h1>${header.kind}</h1>`;
    return html`<header class="minutes-header"${line(header.line)}>${renderMarker(marker)}${heading}${metaList(header.facts)}</header>`;
}

// ---------------------------------------------------------------------------------------------
// Attendance and roles.

/** A name: the declared person's, or as written (marked) when it names no one; a chair's items after it. */
function renderName(name: NameView): Html {
    const text = name.resolved
        ? html`<span class="minutes-name">${name.text}</span>`
        : html`<span class="minutes-name minutes-unresolved">${name.text}</span>`;
    return html`${text}${name.short && html` <span class="minutes-short">${name.short}</span>`}${
        name.range && html` <span class="minutes-range">${name.range}</span>`}`;
}

function renderNames(names: readonly NameView[]): Html {
    return joinHtml(names.map(renderName), ', ');
}

/** `Greta Lind (S) (§ 1–2), ordförande` and, for a serving substitute, `, för Olle Berg (M) § 3`. */
function renderPerson(entry: PersonEntry): Html {
    if (entry.kind === 'written') return html`<li${line(entry.line)}>${entry.text}</li>`;
    const name = joinHtml([
        entry.name && html`<span class="minutes-name">${entry.name}</span>`,
        entry.short && html`<span class="minutes-short">${entry.short}</span>`,
        ...(entry.ranges ?? []).map(range => html`<span class="minutes-range">${range}</span>`)
    ], ' ');
    const info = entry.info && html`<span class="minutes-info">${name.value && ', '}${entry.info}</span>`;
    const serving = entry.serving && html`<span class="minutes-serving">${(name.value || entry.info) && ', '}${entry.serving.word}${
        entry.serving.member && html` ${renderName(entry.serving.member)}`}${entry.serving.range && html` <span class="minutes-range">${entry.serving.range}</span>`}</span>`;
    return html`<li${line(entry.line)}>${name}${info}${serving}</li>`;
}

function renderPeople(people: PeopleList | undefined): Html | undefined {
    return people && html`<div class="minutes-people${people.group ? ` minutes-group-${people.group}` : ''}"${line(people.line)}><h3>${
        people.heading}</h3><ul class="minutes-people-list">${people.entries.map(renderPerson)}</ul></div>`;
}

function renderAttendance(attendance: AttendanceView | undefined): Html | undefined {
    if (!attendance) return undefined;
    const roles = attendance.roles.map(role => html`<div${line(role.line)}><dt>${role.label}</dt><dd>${renderNames(role.names)}</dd></div>`);
    return html`<section class="minutes-attendance"><h2>${attendance.heading}</h2>${
        attendance.groups.length > 0 && html`<div class="minutes-columns">${attendance.groups.map(renderPeople)}</div>`}${
        roles.length > 0 && html`<dl class="minutes-meta minutes-roles">${roles}</dl>`}</section>`;
}

/** The agenda: numbered entries keep the numbers written; `- Title` entries have none. */
function renderAgenda(agenda: AgendaView | undefined): Html | undefined {
    return agenda && html`<section class="minutes-agenda"${line(agenda.line)}><h2>${agenda.heading}</h2><ul class="minutes-agenda-list">${
        agenda.entries.map(entry => html`<li${line(entry.line)}>${entry.number && html`<span class="minutes-item-number">${entry.number}.</span> `}${
            entry.title}</li>`)}</ul></section>`;
}

// ---------------------------------------------------------------------------------------------
// Prose: paragraphs, bullets, misplaced keyword lines, decisions, actions.

/** A link to another meeting's page; only a relative link between meetings (links.ts) is ever drawn as one. */
function meetingLink(text: string, href: string | undefined): Html | string {
    return href !== undefined && isMeetingHref(href) ? html`<a class="minutes-meeting-link" href="${href}">${text}</a>` : text;
}

/**
 * `http(s)://` and `mailto:` addresses in prose become links that give the target neither the
 * page nor where it came from; every other scheme stays text (inline-links.ts).
 */
function addressLinks(text: string): Html {
    const pieces = textPieces(text);
    // Most prose has no address: one escaped text, without the list and the join.
    if (pieces.length === 1 && pieces[0].href === undefined) return html`${text}`;
    return joinHtml(pieces.map(piece => piece.href === undefined
        ? piece.text
        : html`<a href="${piece.href}" rel="noopener noreferrer">${piece.text}</a>`));
}

/** A text with its addresses linked, and its references to other meetings when the model linked any. */
function prose(text: string, linked?: readonly TextPiece[]): Html {
    if (!linked) return addressLinks(text);
    return joinHtml(linked.map(piece => typeof piece === 'string' ? addressLinks(piece) : meetingLink(piece.text, piece.href)));
}

/** An action's task, with the `Från` line of a follow-up under it. */
function renderTask(row: ActionRow): Html {
    return html`${prose(row.task, row.linked)}${row.from && html`<span class="minutes-from">${label(row.from.label)} ${meetingLink(row.from.text, row.from.href)}</span>`}`;
}

function columnHeads(heads: readonly string[]): Html {
    return html`<thead><tr>${heads.map(head => html`<th scope="col">${head}</th>`)}</tr></thead>`;
}

/** A keyword as the label of what follows it: `Yrkande:`. */
function label(text: string): Html {
    return html`<span class="minutes-label">${text}:</span>`;
}

/** `Yrkande: text` with `Av:` and `Instämmer:`; `Reservation: names mot beslutet`; `Jäv: names`. */
function renderStatement(block: StatementBlock): Html {
    const who = block.names.length > 0 ? html` ${renderNames(block.names)}${block.text && block.separator}` : html`${block.text && ' '}`;
    const fields = block.fields.map(field => html`<p class="minutes-statement-field"${line(field.line)}>${label(field.label)} ${renderNames(field.names)}</p>`);
    return html`<div class="minutes-statement minutes-${block.role}"${line(block.line)}><p>${label(block.label)}${who}${prose(block.text, block.linked)}</p>${fields}</div>`;
}

/** The counts as written, and a table of the named voters when there are any. */
function renderVote(block: VoteBlock): Html {
    const heading = [block.label, block.counts].filter(Boolean).join(': ');
    if (block.rows.length === 0) {
        return html`<div class="minutes-vote"${line(block.line)}><p>${label(block.label)}${block.counts && html` ${block.counts}`}</p></div>`;
    }
    const rows = block.rows.map(row => html`<tr${line(row.line)}><th scope="row">${row.choice}</th><td>${row.count}</td><td>${renderNames(row.names)}</td></tr>`);
    return html`<div class="minutes-vote"${line(block.line)}><table class="minutes-votes"><caption>${heading}</caption>${
        columnHeads(block.columns)}<tbody>${rows}</tbody></table></div>`;
}

/** An attachment: a section with its own heading, one level below where it stands. */
function renderAttachment(attachment: AttachmentView, level: 'h2' | 'h3'): Html {
    const heading = html`<span class="minutes-item-number">${attachment.label}</span>${attachment.title && html` ${attachment.title}`}`;
    return html`<section class="minutes-attachment"${line(attachment.line)}>${
        level === 'h2' ? html`<h2>${heading}</h2>` : html`<h3>${heading}</h3>`}${renderBlocks(attachment.blocks)}</section>`;
}

function renderBlock(block: Block): Html {
    switch (block.kind) {
        case 'paragraph':
            return html`<p${line(block.line)}>${prose(block.text, block.linked)}</p>`;
        case 'misplaced':
            // A keyword line where it does not belong shows as the prose it was written as, so no text is lost.
            return html`<p class="minutes-misplaced"${line(block.line)}>${prose(block.text)}</p>`;
        case 'bullets':
            return html`<ul>${block.items.map(bullet => html`<li${line(bullet.line)}>${prose(bullet.text, bullet.linked)}</li>`)}</ul>`;
        case 'decision':
            return html`<div class="minutes-decision"${line(block.line)}><p class="minutes-decision-label">${block.label}</p>${
                block.text && html`<p class="minutes-decision-text">${prose(block.text, block.linked)}</p>`}${
                block.clauses.length > 0 && html`<ul class="minutes-clauses">${block.clauses.map((clause, i) => html`<li>${prose(clause, block.linkedClauses?.[i])}</li>`)}</ul>`}</div>`;
        case 'actions': {
            const rows = block.rows.map(row => html`<tr${line(row.line)}><td>${renderTask(row)}</td><td>${
                renderNames(row.owners)}</td><td class="minutes-date">${row.due}</td></tr>`);
            return html`<table class="minutes-actions"><caption>${block.caption}</caption>${columnHeads(block.columns)}<tbody>${rows}</tbody></table>`;
        }
        case 'statement':
            return renderStatement(block);
        case 'vote':
            return renderVote(block);
        case 'fenced':
            return html`<pre class="minutes-fenced"${line(block.line)}>${block.lines.join('\n')}</pre>`;
        case 'attachment':
            return renderAttachment(block.attachment, 'h3');
        case 'confidential':
            return html`<p class="minutes-confidential"${line(block.line)}>${label(block.label)}${block.ground && html` ${block.ground}`}</p>`;
        case 'withheld':
            return html`<p class="minutes-withheld"${line(block.line)}>${block.text}</p>`;
        case 'people':
            return renderPeople(block.list) ?? html``;
        default:
            return unknownKind(block);
    }
}

/** A block kind added to the model that this back end does not draw yet fails the type check here. */
function unknownKind(block: never): Html {
    throw new Error(`html.ts cannot draw ${JSON.stringify(block)}`);
}

function renderBlocks(blocks: readonly Block[]): Html {
    return joinHtml(blocks.map(renderBlock));
}

// ---------------------------------------------------------------------------------------------
// Items and the trailer.

/** An item; its sub-items (`§ 5.1`) nested inside it, one heading level down. */
function renderItem(item: ItemView, subItems: readonly ItemView[] = []): Html {
    const heading = html`<span class="minutes-item-number">${item.label}</span>${item.title && html` <span class="minutes-item-title">${item.title}</span>`}`;
    return html`<section class="minutes-item${item.level === 2 ? ' minutes-sub-item' : ''}"${line(item.line)}${item.anchor && html` id="${item.anchor}"`}>${
        item.level === 2 ? html`<h3>${heading}</h3>` : html`<h2>${heading}</h2>`}${renderBlocks(item.blocks)}${subItems.map(sub => renderItem(sub))}</section>`;
}

/** The items, each followed by the sub-items written after it inside its section. */
function renderItems(items: readonly ItemView[]): Html {
    const out: Html[] = [];
    let i = 0;
    while (i < items.length) {
        const item = items[i++];
        const subItems: ItemView[] = [];
        if (item.level === 1) while (i < items.length && items[i].level === 2) subItems.push(items[i++]);
        out.push(renderItem(item, subItems));
    }
    return joinHtml(out);
}

function renderTrailerSection(section: TrailerSection): Html {
    return html`<section class="minutes-${section.kind}"${line(section.line)}><h2>${section.heading}</h2>${metaList(section.facts)}${
        section.text && html`<p${line(section.line)}>${prose(section.text)}</p>`}${renderBlocks(section.notes)}</section>`;
}

// ---------------------------------------------------------------------------------------------
// Signatures and summary.

function renderSignatures(block: SignatureBlock | undefined): Html | undefined {
    return block && html`<section class="minutes-signatures"><h2>${block.heading}</h2>${
        block.statement && html`<p class="minutes-signature-statement">${block.statement}</p>`}<div class="minutes-signature-grid">${
        block.signatures.map(signature => html`<div class="minutes-signature"${line(signature.line)}><p class="minutes-signature-role">${
            signature.role}</p><p class="minutes-signature-name">${renderName(signature.name)}</p></div>`)}</div>${
        block.approval && html`<p class="minutes-signature-approval">${block.approval}</p>`}</section>`;
}

function itemReference(item: ItemRef | undefined): Html | undefined {
    return item && html`<span class="minutes-item-number">${item.label}</span>${item.title && html` ${item.title}`}`;
}

function renderSummaryAction(row: ActionRow): Html {
    return html`<tr${line(row.line)}><td>${renderTask(row)}</td><td>${itemReference(row.item)}</td><td>${
        renderNames(row.owners)}</td><td class="minutes-date">${row.due}</td></tr>`;
}

function renderSummary(summary: SummaryView | undefined): Html | undefined {
    if (!summary) return undefined;
    const { decisions, actions } = summary;
    const decisionTable = decisions && html`<table class="minutes-summary-decisions"><caption>${decisions.caption}</caption>${
        columnHeads(decisions.columns)}<tbody>${decisions.rows.map(row => html`<tr${line(row.line)}><th scope="row">${
        itemReference(row.item)}</th><td>${prose(row.text)}</td></tr>`)}</tbody></table>`;
    const actionTable = actions && html`<table class="minutes-summary-actions"><caption>${actions.caption}</caption>${
        columnHeads(actions.columns)}<tbody>${actions.rows.map(renderSummaryAction)}</tbody></table>`;
    return html`<section class="minutes-summary"><h2>${summary.heading}</h2>${decisionTable}${actionTable}</section>`;
}

// ---------------------------------------------------------------------------------------------
// Entry points.

/** The body of the minutes after their header, drawn once for both entry points. */
function renderMain(model: RenderModel): Html {
    const preamble = renderBlocks(model.preamble);
    return html`${renderAttendance(model.attendance)}${renderAgenda(model.agenda)}${preamble.value && html`<div class="minutes-preamble">${preamble}</div>`}${
        renderItems(model.items)}${model.attachments.map(attachment => renderAttachment(attachment, 'h2'))}${
        model.trailer.map(renderTrailerSection)}${renderSignatures(model.signatures)}${renderSummary(model.summary)}`;
}

/** The model as one `<article class="minutes" lang="…">` fragment, for the preview. */
export function renderModelBody(model: RenderModel): string {
    const problems = model.problems && LABELS[model.lang].problems(model.problems.errors, model.problems.warnings);
    const notice = problems && html`<p class="minutes-notice" role="status">${problems}</p>`;
    return html`<article class="minutes" lang="${model.lang}">${notice}${renderHeader(model.header, model.marker)}${renderMain(model)}</article>`.value;
}

/**
 * The minutes as one `<article class="minutes" lang="…">` fragment, for the preview.
 * Labels are in the document's language (from its kind keyword).
 */
export function renderBody(doc: Document, options: RenderOptions = {}): string {
    return renderModelBody(buildRenderModel(doc, {
        sourceLines: options.dataLines ?? false, problems: options.diagnostics, summary: options.summary, links: options.links
    }));
}

let cssHash: string | undefined;

/** The CSP source for the page's one inline style: its SHA-256, so no other style can apply. */
function styleSource(): string {
    cssHash ??= createHash('sha256').update(MINUTES_CSS, 'utf8').digest('base64');
    return `'sha256-${cssHash}'`;
}

/**
 * The shell of every standalone page (the minutes, the record's pages, the register): no
 * scripts, no external resources, a content security policy that allows only the page's own
 * style (by hash), no referrer. `pageClass` is added to the page's `minutes-page` class.
 */
export function standaloneDocument(lang: string, title: string, pageClass: string, content: Html): string {
    const csp = `default-src 'none'; style-src ${styleSource()}; img-src 'none'; base-uri 'none'; form-action 'none'`;
    return html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="minutes">
<title>${title}</title>
<style>${new Html(MINUTES_CSS)}</style>
</head>
<body>
<div class="minutes minutes-page${pageClass}">
${content}
</div>
</body>
</html>
`.value;
}

/**
 * A complete HTML page for export and print: no scripts, no external resources, a content
 * security policy that allows only its own inline style, A4 print layout, and landmarks
 * (the minutes' header as the banner, the rest as main).
 */
export function renderStandalonePage(doc: Document, options: StandalonePageOptions = {}): string {
    return renderModelPage(buildRenderModel(doc, { problems: { errors: options.errors ?? 0, warnings: 0 }, summary: options.summary, links: options.links }), options.title);
}

/** The standalone page of a model; `title` overrides the minutes' own. */
export function renderModelPage(model: RenderModel, title?: string): string {
    const labels = LABELS[model.lang];
    const errors = model.problems?.errors ?? 0;
    const notice = errors > 0 && html`<aside class="minutes-notice minutes-export-notice" aria-label="${labels.exportNoticeLabel}"><p>${
        labels.exportedWithErrors(errors)}</p></aside>`;
    const pageClass = model.marker ? ` ${versionPageClass(model.marker.kind, model.lang)}` : '';
    return standaloneDocument(model.lang, title ?? model.title, pageClass,
        html`${notice}${renderHeader(model.header, model.marker)}
<main class="minutes-main">${renderMain(model)}</main>`);
}
