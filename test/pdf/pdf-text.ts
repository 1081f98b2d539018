/**
 * Just enough of a PDF reader for the tests of the PDF back end, so that `npm test` needs no
 * poppler: the objects of an uncompressed-xref PDF as pdfkit writes it, streams inflated, and the
 * text of each page through the fonts' ToUnicode maps (text drawn as artifacts included).
 * test/pdf/check.mjs checks the same PDFs with the real tools.
 */
import { inflateSync } from 'node:zlib';

/** One indirect object: its dictionary text and, for a stream, its (inflated) data. */
export interface PdfObject {
    id: number;
    dictionary: string;
    stream?: Buffer;
}

/** Every `N 0 obj … endobj` of the file, in file order. */
export function pdfObjects(bytes: Uint8Array): PdfObject[] {
    const buffer = Buffer.from(bytes);
    const text = buffer.toString('latin1');
    const objects: PdfObject[] = [];
    const start = /(\d+) 0 obj\b/g;
    for (let m = start.exec(text); m; m = start.exec(text)) {
        const end = text.indexOf('endobj', m.index);
        const body = text.slice(m.index + m[0].length, end);
        const streamAt = body.indexOf('stream\n');
        if (streamAt < 0) {
            objects.push({ id: Number(m[1]), dictionary: body });
        } else {
            const dictionary = body.slice(0, streamAt);
            const dataStart = m.index + m[0].length + streamAt + 'stream\n'.length;
            const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1] ?? '0');
            const raw = buffer.subarray(dataStart, dataStart + length);
            objects.push({ id: Number(m[1]), dictionary, stream: dictionary.includes('/FlateDecode') ? inflateSync(raw) : raw });
        }
        start.lastIndex = end;
    }
    return objects;
}

/** The glyph → text map of a ToUnicode CMap as pdfkit writes it (bfranges of 256 with an array each). */
function toUnicode(cmap: string): Map<number, string> {
    const map = new Map<number, string>();
    for (const range of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+>\s*\[([^\]]*)\]/gi)) {
        let glyph = parseInt(range[1], 16);
        // An entry is one UTF-16 text, its units separated by spaces (`<0066 0069>` for the fi ligature).
        for (const hex of range[2].match(/<[0-9a-f\s]*>/gi) ?? []) {
            const units = hex.slice(1, -1).replace(/\s+/g, '').match(/.{4}/g) ?? [];
            map.set(glyph++, String.fromCharCode(...units.map(u => parseInt(u, 16))));
        }
    }
    return map;
}

/** The text of every page, one line per text object (`BT … ET`), in content-stream order. */
export function pageTexts(bytes: Uint8Array): string[] {
    const objects = pdfObjects(bytes);
    const byId = new Map(objects.map(o => [o.id, o]));
    const ref = (dictionary: string, key: string) => byId.get(Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary)?.[1]));
    const pages = objects.filter(o => /\/Type \/Page\b/.test(o.dictionary));
    return pages.map(page => {
        const fonts = new Map<string, Map<number, string>>();
        const resources = ref(page.dictionary, 'Resources')?.dictionary ?? page.dictionary;
        const fontList = /\/Font <<([^>]*)>>/.exec(resources)?.[1] ?? '';
        for (const [, name, id] of fontList.matchAll(/\/(\w+) (\d+) 0 R/g)) {
            const cmap = ref(byId.get(Number(id))?.dictionary ?? '', 'ToUnicode')?.stream?.toString('latin1') ?? '';
            fonts.set(name, toUnicode(cmap));
        }
        const content = ref(page.dictionary, 'Contents')?.stream?.toString('latin1') ?? '';
        const lines: string[] = [];
        for (const [, textObject] of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
            const font = fonts.get(/\/(\w+) [\d.]+ Tf/.exec(textObject)?.[1] ?? '') ?? new Map();
            let line = '';
            for (const [, hex] of textObject.matchAll(/<([0-9a-f]*)>/gi)) {
                for (const unit of hex.match(/.{4}/g) ?? []) line += font.get(parseInt(unit, 16)) ?? '\uFFFD';
            }
            lines.push(line);
        }
        return lines.join('\n');
    });
}
