/**
 * Links between meetings (SERIES.md): a relative link from one exported page to a sibling's
 * (`kfn-2026-02-17.html#p14`), made from the minutes files' relative paths. Never a scheme,
 * never `..`, never an absolute path: every path segment is percent-encoded (so `:` cannot
 * start a scheme) and a path that would climb out of the folder gives no link at all.
 *
 * The renderer does no I/O: what it knows of the other meetings of a series comes in as
 * {@link MeetingLinks} (language/series-links.ts makes them from the series), and each minutes
 * page gives every item an anchor ({@link itemAnchor}) for the links of the others to land on.
 */
import { referencesInText, type ItemReference } from '../series-summary.js';

/** The exported page of a minutes file: the same name with `.html` instead of its extension. */
function pageName(fileName: string): string {
    const dot = fileName.lastIndexOf('.');
    return `${dot > 0 ? fileName.slice(0, dot) : fileName}.html`;
}

/** The anchor of an item on its page: `p14`, `p5.1` (item numbers are digits and dots). */
export function itemAnchor(number: string): string | undefined {
    return /^\d{1,6}(?:\.\d{1,6})*$/u.test(number) ? `p${number}` : undefined;
}

/**
 * The relative link to the exported page of the minutes file at `relativePath` (a path from
 * the linking page's folder, `/`-separated), and to the item `item` on it; undefined when
 * the path leaves the folder or is not a plain relative path.
 */
export function meetingHref(relativePath: string, item?: string): string | undefined {
    const segments = relativePath.split('/');
    if (segments.some(segment => segment === '' || segment === '.' || segment === '..')) return undefined;
    segments[segments.length - 1] = pageName(segments[segments.length - 1]);
    const path = segments.map(segment => encodeURIComponent(segment)).join('/');
    const anchor = item === undefined ? undefined : itemAnchor(item);
    return anchor ? `${path}#${anchor}` : path;
}

/** Whether `href` is a link between meetings as {@link meetingHref} makes them (the security tests ask). */
export function isMeetingHref(href: string): boolean {
    return /^(?:[A-Za-z0-9%._~!$&'()*+,;=@-]+\/)*[A-Za-z0-9%._~!$&'()*+,;=@-]+\.html(?:#p\d{1,6}(?:\.\d{1,6})*)?$/u.test(href)
        && !href.split('#')[0].split('/').some(segment => segment === '.' || segment === '..');
}

/**
 * Where the references of one meeting's minutes lead, as the series knows it; the caller (the
 * language server, the command line) makes it, the renderer only asks.
 */
export interface MeetingLinks {
    /** The link of a reference in prose to an item of the series; undefined when the series has no such item. */
    item(reference: ItemReference): string | undefined;
    /** The link of the `Från`/`From` value on this 0-based source line; undefined when it names no action of the series. */
    origin(line: number): string | undefined;
}

/** A piece of a text: as written, or linked to another meeting's page. */
export type TextPiece = string | { readonly text: string; readonly href: string };

/** A text cut into pieces around its references that `links` resolves; undefined when none does. */
export function linkedText(text: string, links: MeetingLinks | undefined): TextPiece[] | undefined {
    if (!links) return undefined;
    const pieces: TextPiece[] = [];
    let at = 0;
    for (const found of referencesInText(text)) {
        const href = links.item(found.reference);
        if (href === undefined) continue;
        if (found.start > at) pieces.push(text.slice(at, found.start));
        pieces.push({ text: text.slice(found.start, found.end), href });
        at = found.end;
    }
    if (at === 0) return undefined;
    if (at < text.length) pieces.push(text.slice(at));
    return pieces;
}

/**
 * The anchor of each item of a page (`numbers`: as written, or the automatic number), undefined
 * for a number that cannot be one and for an item whose anchor an earlier item has (ids are unique).
 */
export function itemAnchors(numbers: readonly string[]): Array<string | undefined> {
    const seen = new Set<string>();
    return numbers.map(number => {
        const anchor = itemAnchor(number);
        if (anchor === undefined || seen.has(anchor)) return undefined;
        seen.add(anchor);
        return anchor;
    });
}
