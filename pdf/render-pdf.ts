/**
 * The PDF back end of the one renderer: render model (language/render/render-model.ts) → an
 * archive-ready PDF, made by pdfkit in this process (no browser, no external program, nothing
 * downloaded). The PDF says it is PDF/A-2a (tagged) and PDF/UA-1: a title shown as the window
 * title, the document's language, a structure tree in reading order (headings, paragraphs,
 * lists, tables with header cells), embedded fonts, artifacts for everything that is not
 * content; nothing in it runs (no JavaScript, no actions, no links).
 *
 * A4, with the minutes' title and date at the top and «Sida 2 av 5» at the foot of every page;
 * decisions and table rows are not split across pages when they fit on one; the signatures come
 * last, on the last page. It draws the model's sections in the HTML page's order except that
 * one: on paper the signatures close the protocol, after the summary.
 */
import PDFDocument from 'pdfkit';
import type { Document } from '../language/generated/ast.js';
import {
    buildRenderModel, type ActionRow, type AgendaView, type AttachmentView, type Block, type ItemRef, type NameView, type PeopleList,
    type PersonEntry, type RenderModel, type SignatureBlock, type StatementBlock, type VoteBlock
} from '../language/render/render-model.js';
import { LABELS } from '../language/render/labels.js';
import { fontBytes } from './assets.js';
import { writeMetadata, type PdfInfo } from './metadata.js';
import { COLORS, FONTS, PAGE, PdfWriter, plain, SIZES, type Run, type Struct } from './pdf-writer.js';

export interface PdfOptions {
    /** The creation date in the metadata; now by default (tests fix it to compare bytes). */
    creationDate?: Date;
}

export interface DocumentPdfOptions extends PdfOptions {
    /**
     * The document's error count. When it is not zero, a notice at the top of the first page
     * says so, in the document's language: a PDF made from minutes with errors must not look clean.
     */
    errors?: number;
    /** Whether the summary of decisions and actions is shown; by default as the rule set says. */
    summary?: boolean;
}

/** The PDF's name for the program that made it. */
const CREATOR = 'minutes';

/** A name as the HTML page writes it: with the short form and a chair's items when the model has them. */
function nameText(name: NameView): string {
    return [name.text, name.short, name.range].filter(Boolean).join(' ');
}

function names(list: readonly NameView[]): string {
    return list.map(nameText).join(', ');
}

function itemText(item: ItemRef | undefined): string {
    return item ? [item.label, item.title].filter(Boolean).join(' ') : '';
}

/** `Yrkande: text`, then `Av:` and `Instämmer:` indented; the names and text as the HTML page writes them. */
function drawStatement(w: PdfWriter, parent: Struct, block: StatementBlock): void {
    const who = block.names.length > 0 ? ` ${names(block.names)}${block.text ? block.separator : ''}` : block.text ? ' ' : '';
    const div = w.element(parent, 'Div');
    w.paragraph(div, [{ text: `${block.label}:`, bold: true }, { text: `${who}${block.text}` }]);
    for (const field of block.fields) w.paragraph(div, [{ text: `${field.label}:`, bold: true }, { text: ` ${names(field.names)}` }], { indent: 14 });
    div.end();
}

/** A vote's table of named voters, or its counts alone. */
function drawVote(w: PdfWriter, parent: Struct, block: VoteBlock): void {
    if (block.rows.length === 0) {
        w.paragraph(parent, [{ text: `${block.label}:`, bold: true }, { text: block.counts ? ` ${block.counts}` : '' }]);
        return;
    }
    w.table(parent, [block.label, block.counts].filter(Boolean).join(': '), block.columns.map((head, i) => ({ head, share: [18, 12, 70][i] ?? 20 })),
        block.rows.map(row => [{ text: row.choice, rowHeader: true }, { text: String(row.count) }, { text: names(row.names) }]));
}

/** `Greta Lind (S) (§ 1–2), ordförande`, `Ulla Sand (M), för Olle Berg (M) § 3`: what the HTML page writes. */
function personRuns(entry: PersonEntry): Run[] {
    if (entry.kind === 'written') return [{ text: entry.text }];
    const name = [entry.name, entry.short, ...(entry.ranges ?? [])].filter(Boolean).join(' ');
    const serving = entry.serving && [entry.serving.word, entry.serving.member && nameText(entry.serving.member), entry.serving.range].filter(Boolean).join(' ');
    const rest = [entry.info, serving].filter(Boolean).join(', ');
    return [{ text: name }, { text: rest && `${name ? ', ' : ''}${rest}` }];
}

function drawPeople(w: PdfWriter, parent: Struct, people: PeopleList): void {
    w.heading(parent, 'H3', people.heading, COLORS.text);
    w.list(parent, people.entries.map(personRuns));
}

/** The agenda, numbered only where the writer numbered it. */
function drawAgenda(w: PdfWriter, agenda: AgendaView | undefined): void {
    if (!agenda) return;
    const section = w.element(w.root, 'Sect');
    w.heading(section, 'H2', agenda.heading);
    // A numbered entry's number is its label, as in the HTML; an entry written `- Title` has a bullet.
    w.list(section, agenda.entries.map(entry => [{ text: entry.title }]), agenda.entries.map(entry => entry.number && `${entry.number}.`));
    section.end();
}

/** An attachment as a section of its own, its heading one level below where it stands. */
function drawAttachment(w: PdfWriter, parent: Struct, attachment: AttachmentView, level: 'H2' | 'H3'): void {
    const section = w.element(parent, 'Sect');
    w.heading(section, level, [attachment.label, attachment.title].filter(Boolean).join(' '), level === 'H3' ? COLORS.text : COLORS.accent);
    drawBlocks(w, section, attachment.blocks);
    section.end();
}

/** An action's task, with the `Från` line of a follow-up under it, as the HTML page has it (the PDF draws no links). */
function taskText(row: ActionRow): string {
    return row.from ? `${row.task}\n${row.from.label}: ${row.from.text}` : row.task;
}

function drawBlock(w: PdfWriter, parent: Struct, block: Block): void {
    switch (block.kind) {
        case 'paragraph':
            w.paragraph(parent, [{ text: block.text }]);
            return;
        case 'misplaced':
            w.paragraph(parent, [{ text: block.text }], { color: COLORS.muted });
            return;
        case 'bullets':
            w.list(parent, block.items.map(item => [{ text: item.text }]));
            return;
        case 'decision':
            w.box(parent, block.label, block.text, block.clauses);
            return;
        case 'actions':
            w.table(parent, block.caption, block.columns.map((head, i) => ({ head, share: [52, 27, 21][i] ?? 20 })),
                block.rows.map(row => [{ text: taskText(row) }, { text: names(row.owners) }, { text: row.due ?? '' }]));
            return;
        case 'statement':
            drawStatement(w, parent, block);
            return;
        case 'vote':
            drawVote(w, parent, block);
            return;
        case 'fenced':
            w.preformatted(parent, block.lines);
            return;
        case 'attachment':
            drawAttachment(w, parent, block.attachment, 'H3');
            return;
        case 'confidential':
            w.paragraph(parent, [{ text: `${block.label}:`, bold: true }, { text: block.ground ? ` ${block.ground}` : '' }], { color: COLORS.muted });
            return;
        case 'withheld':
            w.paragraph(parent, [{ text: block.text }], { color: COLORS.muted });
            return;
        case 'people':
            drawPeople(w, parent, block.list);
            return;
        default:
            unknownKind(block);
    }
}

/** A block kind added to the model that this back end does not draw yet fails the type check here. */
function unknownKind(block: never): never {
    throw new Error(`render-pdf.ts cannot draw ${JSON.stringify(block)}`);
}

function drawBlocks(w: PdfWriter, parent: Struct, blocks: readonly Block[]): void {
    for (const block of blocks) drawBlock(w, parent, block);
}

function drawHeader(w: PdfWriter, model: RenderModel): void {
    const { header } = model;
    // Once here, as the HTML page has it; the running footer repeats it on every page.
    if (model.marker) w.paragraph(w.root, [{ text: model.marker.text, bold: true }], { size: SIZES.small, color: COLORS.noticeText });
    if (header.title) w.paragraph(w.root, [{ text: header.kind }], { size: SIZES.small, color: COLORS.muted });
    w.heading(w.root, 'H1', header.title ?? header.kind);
    const labelWidth = w.labelWidth(header.facts.map(fact => fact.label));
    for (const fact of header.facts) w.fact(w.root, fact.label, fact.value, labelWidth);
    w.space(4);
}

function drawAttendance(w: PdfWriter, model: RenderModel): void {
    const attendance = model.attendance;
    if (!attendance) return;
    const section = w.element(w.root, 'Sect');
    w.heading(section, 'H2', attendance.heading);
    for (const people of attendance.groups) drawPeople(w, section, people);
    for (const role of attendance.roles) w.fact(section, role.label, names(role.names));
    section.end();
}

/** Items as the HTML page nests them: a sub-item (`§ 5.1`) in the section of the item before it, one heading level down. */
function drawItems(w: PdfWriter, model: RenderModel): void {
    // The section of the last item, open while its sub-items follow.
    let parent: Struct | undefined;
    for (const item of model.items) {
        const sub = item.level === 2;
        if (!sub) parent?.end();
        const section = w.element(sub && parent ? parent : w.root, 'Sect');
        w.heading(section, sub ? 'H3' : 'H2', itemText(item), sub ? COLORS.text : COLORS.accent);
        drawBlocks(w, section, item.blocks);
        if (sub) section.end();
        else parent = section;
    }
    parent?.end();
    for (const attachment of model.attachments) drawAttachment(w, w.root, attachment, 'H2');
}

function drawTrailer(w: PdfWriter, model: RenderModel): void {
    for (const trailer of model.trailer) {
        const section = w.element(w.root, 'Sect');
        w.heading(section, 'H2', trailer.heading);
        const labelWidth = w.labelWidth(trailer.facts.map(fact => fact.label));
        for (const fact of trailer.facts) w.fact(section, fact.label, fact.value, labelWidth);
        if (trailer.text) w.paragraph(section, [{ text: trailer.text }]);
        drawBlocks(w, section, trailer.notes);
        section.end();
    }
}

function drawSummary(w: PdfWriter, model: RenderModel): void {
    const summary = model.summary;
    if (!summary) return;
    const section = w.element(w.root, 'Sect');
    w.heading(section, 'H2', summary.heading);
    const { decisions, actions } = summary;
    if (decisions) {
        w.table(section, decisions.caption, decisions.columns.map((head, i) => ({ head, share: [32, 68][i] ?? 20 })),
            decisions.rows.map(row => [{ text: itemText(row.item), rowHeader: true }, { text: row.text }]));
    }
    if (actions) {
        w.table(section, actions.caption, actions.columns.map((head, i) => ({ head, share: [36, 22, 22, 20][i] ?? 20 })),
            actions.rows.map(row => [{ text: taskText(row) }, { text: itemText(row.item) }, { text: names(row.owners) }, { text: row.due ?? '' }]));
    }
    section.end();
}

/** The signature block: whatever the model's signature block says, drawn last. */
function drawSignatures(w: PdfWriter, block: SignatureBlock | undefined): void {
    if (!block) return;
    const entries = block.signatures.map(signature => ({ role: signature.role, name: signature.name.text }));
    // The heading, the statement, the signatures and the approval line move to a new page together.
    w.keepSignatureBlock(block.heading, block.statement, entries, block.approval);
    const section = w.element(w.root, 'Sect');
    w.heading(section, 'H2', block.heading);
    if (block.statement) w.paragraph(section, [{ text: block.statement }]);
    w.signatures(section, entries);
    if (block.approval) w.paragraph(section, [{ text: block.approval }]);
    section.end();
}

/**
 * The document information: title, subject (the title, the body that met when the title does
 * not already name it, and the meeting's date), keywords (the kind).
 */
function infoOf(model: RenderModel, creationDate: Date): PdfInfo {
    const body = model.body && !model.title.toLowerCase().includes(model.body.toLowerCase()) ? model.body : undefined;
    return {
        Title: plain(model.title),
        Subject: plain([model.title, body, model.meetingDate].filter(Boolean).join(', ')),
        Keywords: plain(model.header.kind),
        Creator: CREATOR,
        Producer: CREATOR,
        CreationDate: creationDate
    };
}

/** Collects the document's bytes once it has ended. */
function bytesOf(doc: InstanceType<typeof PDFDocument>): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
        const chunks: Uint8Array[] = [];
        doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
        doc.on('end', () => resolve(Buffer.concat(chunks)));
        doc.on('error', reject);
    });
}

/** The PDF of a render model; see the module comment. */
export async function renderPdf(model: RenderModel, options: PdfOptions = {}): Promise<Uint8Array> {
    const fonts = fontBytes();
    const labels = LABELS[model.lang];
    const documentOptions: Omit<PDFKit.PDFDocumentOptions, 'font'> & { font: null } = {
        size: PAGE.size,
        margins: PAGE.margins,
        pdfVersion: '1.7',
        subset: 'PDF/A-2a',
        tagged: true,
        lang: model.lang,
        displayTitle: true,
        bufferPages: true,
        autoFirstPage: false,
        // No default font: pdfkit would load Helvetica, which is not embedded (PDF/A forbids that).
        font: null,
        info: infoOf(model, options.creationDate ?? new Date())
    };
    const doc = new PDFDocument(documentOptions as unknown as PDFKit.PDFDocumentOptions);
    const bytes = bytesOf(doc);
    doc.registerFont(FONTS.regular, fonts.regular as Buffer);
    doc.registerFont(FONTS.bold, fonts.bold as Buffer);
    writeMetadata(doc, model.lang);
    doc.addPage();
    doc.font(FONTS.regular);

    const root = doc.struct('Document');
    doc.addStructure(root);
    const w = new PdfWriter(doc, root);
    const errors = model.problems?.errors ?? 0;
    if (errors > 0) w.notice(root, labels.exportedWithErrors(errors));
    drawHeader(w, model);
    drawAttendance(w, model);
    drawAgenda(w, model.agenda);
    drawBlocks(w, root, model.preamble);
    drawItems(w, model);
    drawTrailer(w, model);
    drawSummary(w, model);
    drawSignatures(w, model.signatures);
    w.furniture(model.title, model.meetingDate, labels.pageNumber, model.marker?.text);
    root.end();
    doc.end();
    return bytes;
}

/** The PDF of a parsed document: what `minutes export --format pdf` and "Export to PDF" write. */
export function renderDocumentPdf(doc: Document, options: DocumentPdfOptions = {}): Promise<Uint8Array> {
    return renderPdf(buildRenderModel(doc, { problems: { errors: options.errors ?? 0, warnings: 0 }, summary: options.summary }), options);
}
