/**
 * The PDF's document information and its XMP metadata. pdfkit writes the PDF/A identification
 * (pdfaid: part 2, conformance A) itself; the PDF/UA identification (pdfuaid: part 1) is added
 * here, because pdfkit's `subset` option takes one of the two only. pdfkit's own XMP writer puts
 * the title and subject into the XML unescaped, so a title with `<` or `&` would make the
 * metadata unreadable: this module writes that part instead, escaped.
 */
import type PDFDocumentType from 'pdfkit';
import { plain } from './pdf-writer.js';

type PdfDoc = InstanceType<typeof PDFDocumentType>;

/** What the document information says: title, subject (body and date), keywords (the kind). */
export interface PdfInfo {
    Title: string;
    Subject: string;
    Keywords: string;
    Creator: string;
    Producer: string;
    CreationDate: Date;
}

/** The parts of pdfkit's document this module writes through (not in its typings). */
interface PdfKitMetadata {
    info: PdfInfo;
    appendXML(xml: string, newline?: boolean): void;
    _addInfo(): void;
}

const XML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML content and attributes; characters XML 1.0 forbids are left out. */
export function escapeXml(text: string): string {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '').replace(/[&<>"']/gu, ch => XML_SPECIAL[ch]);
}

/** The date in XMP's form, to the second, in UTC (as pdfkit writes the Info dictionary's). */
function xmpDate(date: Date): string {
    return `${date.toISOString().split('.')[0]}Z`;
}

function xmp(info: PdfInfo, lang: string): string {
    const e = (text: string) => escapeXml(plain(text));
    return `
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>${xmpDate(info.CreationDate)}</xmp:CreateDate>
            <xmp:CreatorTool>${e(info.Creator)}</xmp:CreatorTool>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${e(info.Title)}</rdf:li></rdf:Alt></dc:title>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${e(info.Subject)}</rdf:li></rdf:Alt></dc:description>
            <dc:language><rdf:Bag><rdf:li>${e(lang)}</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>${e(info.Producer)}</pdf:Producer>
            <pdf:Keywords>${e(info.Keywords)}</pdf:Keywords>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        `;
}

/**
 * Makes `doc` write its XMP metadata from `info`, escaped, with the PDF/UA identification; pdfkit
 * calls this when the document ends, after its PDF/A identification.
 */
export function writeMetadata(doc: PdfDoc, lang: string): void {
    const internals = doc as unknown as PdfKitMetadata;
    internals._addInfo = () => internals.appendXML(xmp(internals.info, lang));
}
