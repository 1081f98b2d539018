/**
 * Tagged drawing on A4 pages with pdfkit: every piece of text is drawn inside the structure
 * element that says what it is (H1, P, L/LI/Lbl/LBody, Table/TR/TH/TD), in reading order, and
 * everything else (backgrounds, rules, running header and footer) is an artifact, as PDF/UA
 * asks. Blocks that must not be split (a decision, a table row, a signature block) are measured
 * before they are drawn and start a new page when they fit on one but not on what is left of
 * this one. Knows nothing about minutes: render-pdf.ts says what to draw.
 */
import type PDFDocumentType from 'pdfkit';
import { withoutHiddenControls } from '../language/render/escape.js';

type PdfDoc = InstanceType<typeof PDFDocumentType>;
export type Struct = PDFKit.PDFStructureElement;

/** The page: A4 in points, with room above and below for the running header and the page number. */
export const PAGE = { size: 'A4', margins: { top: 70, bottom: 64, left: 62, right: 62 } } as const;

/** The colours of the HTML page's stylesheet (language/render/styles.ts), for the same look. */
export const COLORS = {
    text: '#1a1d21', muted: '#4a525c', accent: '#17416f', rule: '#c5cbd3', soft: '#f1f4f8',
    decision: '#eaf1f8', notice: '#fff3cd', noticeText: '#4d3800'
} as const;

/** Font names registered with the document. */
export const FONTS = { regular: 'Regular', bold: 'Bold' } as const;

export const SIZES = { body: 10.5, small: 9, h1: 19, h2: 13.5, h3: 11.5, furniture: 8.5 } as const;

const LINE_GAP = 2.5;

/** A run of text in a paragraph: bold or not. */
export interface Run {
    text: string;
    bold?: boolean;
}

/** A table's column: its header and its share of the width. */
export interface Column {
    head: string;
    share: number;
}

/** A table cell; a row header is a TH with row scope (the decision's number). */
export interface Cell {
    text: string;
    rowHeader?: boolean;
}

/** Text as drawn: hidden controls removed, line breaks and tabs as spaces. */
export function plain(text: string): string {
    return withoutHiddenControls(text).replace(/[\t\r\n]+/gu, ' ');
}

/** Structure options pdfkit takes beyond its typings: the scope of a header cell. */
type HeaderCellOptions = PDFKit.Mixins.StructureElementOptions & { scope: 'Column' | 'Row' };

export class PdfWriter {
    readonly left: number;
    readonly width: number;

    constructor(readonly doc: PdfDoc, readonly root: Struct) {
        this.left = PAGE.margins.left;
        this.width = doc.page.width - PAGE.margins.left - PAGE.margins.right;
    }

    get y(): number {
        return this.doc.y;
    }

    private get bottom(): number {
        return this.doc.page.height - PAGE.margins.bottom;
    }

    private get pageHeight(): number {
        return this.bottom - PAGE.margins.top;
    }

    /** Moves down by `points`, without going past the page (the next block starts the next page then). */
    space(points: number): void {
        this.doc.y = Math.min(this.doc.y + points, this.bottom);
    }

    /**
     * Starts a new page when `height` fits on a page but not on what is left of this one.
     * Returns whether it did.
     */
    keep(height: number): boolean {
        const atTop = this.doc.y <= PAGE.margins.top + 0.5;
        if (atTop || this.doc.y + height <= this.bottom || height > this.pageHeight) return false;
        this.doc.addPage();
        return true;
    }

    private font(bold: boolean, size: number): this {
        this.doc.font(bold ? FONTS.bold : FONTS.regular).fontSize(size);
        return this;
    }

    /** The height of `text` in the given font and width. */
    measure(text: string, width: number, bold = false, size: number = SIZES.body): number {
        this.font(bold, size);
        return this.doc.heightOfString(plain(text) || ' ', { width, lineGap: LINE_GAP });
    }

    /** A structure element under `parent`; `draw` (if any) draws its content inside it. */
    element(parent: Struct, type: string, draw?: () => void, options?: PDFKit.Mixins.StructureElementOptions): Struct {
        const element = draw ? this.doc.struct(type, options ?? {}, draw) : this.doc.struct(type, options ?? {});
        parent.add(element);
        return element;
    }

    /** Draws what is not content (backgrounds, rules) as an artifact. */
    artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
        this.doc.markContent('Artifact', { type });
        draw();
        this.doc.endMarkedContent();
    }

    /** Text at the current position with the given style; the position moves below it. */
    private write(text: string, x: number, width: number, bold: boolean, size: number, color: string, y: number = this.doc.y): void {
        this.font(bold, size).doc.fillColor(color).text(plain(text), x, y, { width, lineGap: LINE_GAP });
    }

    /** The height of a heading as {@link heading} draws it, with the space above and below it. */
    headingHeight(level: 'H1' | 'H2' | 'H3', text: string): number {
        const size = level === 'H1' ? SIZES.h1 : level === 'H2' ? SIZES.h2 : SIZES.h3;
        return this.measure(text, this.width, true, size) + (level === 'H1' ? 6 : level === 'H2' ? 14 : 8);
    }

    heading(parent: Struct, level: 'H1' | 'H2' | 'H3', text: string, color: string = COLORS.accent): void {
        const size = level === 'H1' ? SIZES.h1 : level === 'H2' ? SIZES.h2 : SIZES.h3;
        const height = this.measure(text, this.width, true, size);
        // A heading stays with the first lines of what follows it.
        this.keep(height + 3 * SIZES.body * 1.5);
        this.space(level === 'H1' ? 0 : level === 'H2' ? 10 : 4);
        this.element(parent, level, () => this.write(text, this.left, this.width, true, size, level === 'H1' ? COLORS.text : color));
        if (level === 'H2') {
            const y = this.doc.y + 1;
            this.artifact(() => this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.6).strokeColor(COLORS.rule).stroke());
        }
        this.space(level === 'H1' ? 6 : 4);
    }

    /** A paragraph of runs (a bold label and its text, say); at least two lines stay together. */
    paragraph(parent: Struct, runs: readonly Run[], options: { size?: number; color?: string; indent?: number; type?: string } = {}): void {
        const size = options.size ?? SIZES.body;
        const indent = options.indent ?? 0;
        const text = runs.map(run => run.text).join('');
        this.keep(Math.min(this.measure(text, this.width - indent, false, size), 2 * size * 1.4));
        this.element(parent, options.type ?? 'P', () => this.writeRuns(runs, this.left + indent, this.width - indent, size, options.color ?? COLORS.text));
        this.space(size * 0.45);
    }

    private writeRuns(runs: readonly Run[], x: number, width: number, size: number, color: string): void {
        const drawn = runs.filter(run => plain(run.text) !== '');
        drawn.forEach((run, index) => {
            this.font(run.bold ?? false, size).doc.fillColor(color);
            const options = { width, lineGap: LINE_GAP, continued: index < drawn.length - 1 };
            if (index === 0) this.doc.text(plain(run.text), x, this.doc.y, options);
            else this.doc.text(plain(run.text), options);
        });
    }

    /**
     * The width for the labels of a list of facts: the widest label (bold) with room after it,
     * at least 92 points and at most 40 % of the line, beyond which a label wraps.
     */
    labelWidth(labels: readonly string[]): number {
        this.font(true, SIZES.body);
        const widest = Math.max(0, ...labels.map(label => this.doc.widthOfString(plain(label))));
        return Math.min(Math.max(92, Math.ceil(widest) + 12), this.width * 0.4);
    }

    /** A label and its value side by side (`Tid  torsdag 6 oktober 2022`), as one paragraph. */
    fact(parent: Struct, label: string, value: string, labelWidth = 92): void {
        const valueWidth = this.width - labelWidth;
        const height = Math.max(this.measure(label, labelWidth - 6, true), this.measure(value, valueWidth));
        this.keep(height);
        const top = this.doc.y;
        this.element(parent, 'P', () => {
            this.write(label, this.left, labelWidth - 6, true, SIZES.body, COLORS.muted, top);
            const labelBottom = this.doc.y;
            this.write(value, this.left + labelWidth, valueWidth, false, SIZES.body, COLORS.text, top);
            this.doc.y = Math.max(this.doc.y, labelBottom);
        });
        this.doc.x = this.left;
        this.space(2);
    }

    /**
     * A list (L) of items, each with its label (Lbl) and body (LBody). The label is a bullet, or
     * the item's own (`labels[i]`: the number an agenda entry was written with, `3.`); the
     * bodies start after the widest label.
     */
    list(parent: Struct, items: readonly Run[][], labels?: ReadonlyArray<string | undefined>): void {
        const list = this.element(parent, 'L');
        this.font(false, SIZES.body);
        const widest = Math.max(0, ...(labels ?? []).map(label => (label ? this.doc.widthOfString(plain(label)) : 0)));
        const indent = Math.max(14, Math.ceil(widest) + 8);
        items.forEach((runs, i) => {
            const text = runs.map(run => run.text).join('');
            this.keep(Math.min(this.measure(text, this.width - indent), 2 * SIZES.body * 1.4));
            const item = this.element(list, 'LI');
            const top = this.doc.y;
            this.element(item, 'Lbl', () => this.write(labels?.[i] ?? '•', this.left + 2, indent, false, SIZES.body, COLORS.muted, top));
            this.doc.y = top;
            this.element(item, 'LBody', () => this.writeRuns(runs, this.left + indent, this.width - indent, SIZES.body, COLORS.text));
            item.end();
            this.doc.x = this.left;
            this.space(2);
        });
        list.end();
        this.space(4);
    }

    /**
     * A set-apart box (a decision): a label, a text and a list (att-clauses) on a tinted background
     * with a rule on the left, as one Div; it moves whole to the next page when it fits on one.
     */
    box(parent: Struct, label: string, text: string, items: readonly string[] = []): void {
        const pad = 7;
        const inner = this.width - 2 * pad - 3;
        const indent = 14;
        const labelHeight = this.measure(label, inner, true, SIZES.small);
        const textHeight = text ? this.measure(text, inner) : 0;
        const itemsHeight = items.reduce((sum, item) => sum + 3 + this.measure(item, inner - indent), 0);
        const height = pad + labelHeight + (text ? 3 + textHeight : 0) + itemsHeight + pad;
        this.keep(height);
        this.space(2);
        const top = this.doc.y;
        // Taller than what is left (so taller than a page): drawn without its box, across pages.
        const boxed = top + height <= this.bottom;
        if (boxed) {
            this.artifact(() => {
                this.doc.rect(this.left, top, this.width, height).fill(COLORS.decision);
                this.doc.rect(this.left, top, 3, height).fill(COLORS.accent);
            });
        }
        const div = this.element(parent, 'Div');
        this.doc.y = top + pad;
        this.element(div, 'P', () => this.write(label, this.left + 3 + pad, inner, true, SIZES.small, COLORS.accent));
        if (text) {
            this.space(3);
            this.element(div, 'P', () => this.write(text, this.left + 3 + pad, inner, false, SIZES.body, COLORS.text));
        }
        if (items.length > 0) {
            const x = this.left + 3 + pad;
            const list = this.element(div, 'L');
            for (const item of items) {
                this.space(3);
                const entry = this.element(list, 'LI');
                const top = this.doc.y;
                this.element(entry, 'Lbl', () => this.write('•', x, indent, false, SIZES.body, COLORS.muted, top));
                this.doc.y = top;
                this.element(entry, 'LBody', () => this.write(item, x + indent, inner - indent, false, SIZES.body, COLORS.text, top));
                entry.end();
            }
            list.end();
        }
        div.end();
        this.doc.x = this.left;
        this.doc.y = boxed ? top + height : this.doc.y + pad;
        this.space(6);
    }

    /**
     * Lines kept as written (a fenced block): each line its own paragraph in the smaller size,
     * spaces kept (as no-break spaces, which the line breaking leaves alone), after a rule on
     * the left drawn as an artifact.
     */
    preformatted(parent: Struct, lines: readonly string[]): void {
        const indent = 10;
        const div = this.element(parent, 'Div');
        for (const text of lines.length > 0 ? lines : ['']) {
            const kept = plain(text).replace(/ /gu, '\u00a0');
            const height = this.measure(kept || ' ', this.width - indent, false, SIZES.small);
            this.keep(height);
            const top = this.doc.y;
            this.artifact(() => this.doc.rect(this.left, top, 2, height).fill(COLORS.rule));
            this.element(div, 'P', () => this.write(kept, this.left + indent, this.width - indent, false, SIZES.small, COLORS.text, top));
            this.doc.x = this.left;
        }
        div.end();
        this.space(SIZES.small * 0.6);
    }

    /** A notice on a tinted background (a document with errors), as one paragraph. */
    notice(parent: Struct, text: string): void {
        const pad = 7;
        const height = this.measure(text, this.width - 2 * pad) + 2 * pad;
        const top = this.doc.y;
        this.artifact(() => this.doc.rect(this.left, top, this.width, height).fill(COLORS.notice));
        this.doc.y = top + pad;
        this.element(parent, 'P', () => this.write(text, this.left + pad, this.width - 2 * pad, false, SIZES.body, COLORS.noticeText));
        this.doc.x = this.left;
        this.doc.y = top + height;
        this.space(10);
    }

    /**
     * A table with a caption and a header row of TH (column scope); a row never splits across
     * pages when it fits on one. The header row is not drawn again on the pages a table
     * continues on: text extraction (pdftotext, copy and paste) would repeat it.
     */
    table(parent: Struct, caption: string, columns: readonly Column[], rows: readonly Cell[][]): void {
        const pad = 4;
        const total = columns.reduce((sum, column) => sum + column.share, 0);
        const widths = columns.map(column => this.width * column.share / total);
        const lefts = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
        const rowHeight = (cells: readonly Cell[], bold: boolean): number =>
            Math.max(...cells.map((cell, i) => this.measure(cell.text, widths[i] - 2 * pad, bold || cell.rowHeader === true, bold ? SIZES.small : SIZES.body))) + 2 * pad;
        const heads = columns.map(column => ({ text: column.head }));
        const headHeight = rowHeight(heads, true);
        const captionHeight = this.measure(caption, this.width, true, SIZES.small);

        this.keep(captionHeight + 4 + headHeight + (rows.length > 0 ? rowHeight(rows[0], false) : 0));
        this.space(4);
        const table = this.element(parent, 'Table');
        this.element(table, 'Caption', () => this.write(caption, this.left, this.width, true, SIZES.small, COLORS.muted));
        this.space(3);

        const drawRow = (row: Struct, cells: readonly Cell[], header: boolean): void => {
            const height = rowHeight(cells, header);
            const top = this.doc.y;
            this.artifact(() => {
                if (header) this.doc.rect(this.left, top, this.width, height).fill(COLORS.soft);
                this.doc.moveTo(this.left, top + height).lineTo(this.left + this.width, top + height).lineWidth(header ? 0.9 : 0.5).strokeColor(COLORS.rule).stroke();
            });
            cells.forEach((cell, i) => {
                const draw = () => this.write(cell.text, lefts[i] + pad, widths[i] - 2 * pad, header || cell.rowHeader === true,
                    header ? SIZES.small : SIZES.body, header ? COLORS.muted : COLORS.text, top + pad);
                if (header || cell.rowHeader) {
                    const options: HeaderCellOptions = { scope: header ? 'Column' : 'Row' };
                    this.element(row, 'TH', plain(cell.text) ? draw : undefined, options);
                } else {
                    this.element(row, 'TD', plain(cell.text) ? draw : undefined);
                }
            });
            this.doc.x = this.left;
            this.doc.y = top + height;
        };

        const head = this.element(table, 'THead');
        const headRow = this.element(head, 'TR');
        drawRow(headRow, heads, true);
        headRow.end();
        head.end();
        const body = this.element(table, 'TBody');
        for (const cells of rows) {
            this.keep(rowHeight(cells, false));
            const row = this.element(body, 'TR');
            drawRow(row, cells, false);
            row.end();
        }
        body.end();
        table.end();
        this.space(8);
    }

    /** How {@link signatures} lays `entries` out: two to a row, and each row's height. */
    private signatureRows<T extends { role: string; name: string }>(entries: readonly T[]) {
        const gap = 24;
        const columnWidth = (this.width - gap) / 2;
        const signingRoom = 34;
        const heightOf = (entry: T) => this.measure(entry.role, columnWidth, false, SIZES.small) + signingRoom + this.measure(entry.name, columnWidth) + 14;
        const rows: T[][] = [];
        for (let i = 0; i < entries.length; i += 2) rows.push(entries.slice(i, i + 2));
        return { columnWidth, gap, signingRoom, rows, rowHeights: rows.map(row => Math.max(...row.map(heightOf))) };
    }

    /**
     * Starts a new page when a signature block — its heading, its statement (`Utdraget stämmer
     * överens med protokollet.`) and `entries` — fits on a page but not on what is left of this
     * one: the block closes the document on its last page, its heading not left behind.
     */
    keepSignatureBlock(
        heading: string, statement: string | undefined, entries: ReadonlyArray<{ role: string; name: string }>, approval?: string
    ): void {
        const paragraphHeight = (text: string | undefined) => text ? this.measure(text, this.width) + SIZES.body * 0.45 : 0;
        this.keep(this.headingHeight('H2', heading) + paragraphHeight(statement) + this.signatureRows(entries).rowHeights.reduce((a, b) => a + b, 0)
            + paragraphHeight(approval));
    }

    /**
     * Signatures side by side, two to a row: the role, room to sign above a line, the name under
     * it. The whole block moves to the next page when it fits on one.
     */
    signatures(parent: Struct, entries: ReadonlyArray<{ role: string; name: string }>): void {
        const { columnWidth, gap, signingRoom, rows, rowHeights } = this.signatureRows(entries);
        this.keep(rowHeights.reduce((a, b) => a + b, 0));
        rows.forEach((row, r) => {
            this.keep(rowHeights[r]);
            const top = this.doc.y;
            row.forEach((entry, c) => {
                const x = this.left + c * (columnWidth + gap);
                const div = this.element(parent, 'Div');
                this.element(div, 'P', () => this.write(entry.role, x, columnWidth, false, SIZES.small, COLORS.muted, top));
                const lineY = this.doc.y + signingRoom;
                this.artifact(() => this.doc.moveTo(x, lineY).lineTo(x + columnWidth, lineY).lineWidth(0.7).strokeColor(COLORS.text).stroke());
                this.element(div, 'P', () => this.write(entry.name, x, columnWidth, false, SIZES.body, COLORS.text, lineY + 3));
                div.end();
            });
            this.doc.x = this.left;
            this.doc.y = top + rowHeights[r];
        });
    }

    /**
     * The running header (title and date) and the page number on every page, as pagination
     * artifacts; called once all pages exist (pdfkit buffers them).
     */
    furniture(title: string, date: string | undefined, pageNumber: (page: number, pages: number) => string, marker?: string): void {
        const range = this.doc.bufferedPageRange();
        for (let i = range.start; i < range.start + range.count; i++) {
            this.doc.switchToPage(i);
            const page = this.doc.page;
            const bottom = page.margins.bottom;
            // Drawn in the margins: without this pdfkit would start a page for the footer.
            page.margins.bottom = 0;
            this.artifact(() => {
                const top = 32;
                this.font(false, SIZES.furniture);
                const dateWidth = date ? Math.min(this.width * 0.45, this.doc.widthOfString(plain(date)) + 2) : 0;
                this.font(true, SIZES.furniture).doc.fillColor(COLORS.muted)
                    .text(plain(title), this.left, top, { width: this.width - dateWidth - 12, lineBreak: false, ellipsis: true, height: SIZES.furniture * 1.3 });
                if (date) {
                    this.font(false, SIZES.furniture).doc.text(plain(date), this.left + this.width - dateWidth, top, { width: dateWidth, align: 'right', lineBreak: false });
                }
                const ruleY = top + SIZES.furniture * 1.6;
                this.doc.moveTo(this.left, ruleY).lineTo(this.left + this.width, ruleY).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
                this.font(false, SIZES.furniture).doc.fillColor(COLORS.muted)
                    .text(pageNumber(i - range.start + 1, range.count), this.left, page.height - 40, { width: this.width, align: 'center', lineBreak: false });
                // «Intern version» / «Offentlig version» on every page, at the foot's left.
                if (marker) {
                    this.font(true, SIZES.furniture).doc.fillColor(COLORS.noticeText)
                        .text(plain(marker), this.left, page.height - 40, { width: this.width / 3, lineBreak: false });
                }
            }, 'Pagination');
            page.margins.bottom = bottom;
        }
    }
}
