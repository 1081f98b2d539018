/**
 * Links between meetings (SERIES.md): a relative link from one exported page to a sibling's
 * (`kfn-2026-02-17.html#p14`), made from the minutes files' relative paths. Never a scheme,
 * never `..`, never an absolute path: every path segment is percent-encoded (so `:` cannot
 * start a scheme) and a path that would climb out of the folder gives no link at all.
 */

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
