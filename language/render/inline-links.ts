/**
 * Links in prose (LANGUAGE-2.md section 3): `http://` and `https://` URLs and `mailto:`
 * addresses, and nothing else (`javascript:`, `file:`, `ftp:`, `data:` stay text). Back ends
 * draw the pieces: the HTML one as `<a rel="noopener noreferrer">`, the PDF one as the text
 * itself. One pass over the text, linear in its length.
 */

/** A piece of prose: text, or a link whose text is its address as written. */
export interface TextPiece {
    readonly text: string;
    /** The address, for a link. */
    readonly href?: string;
}

// A URL runs to white space or a character that cannot be in one unescaped; `mailto:` takes one address.
const LINK = /\b(?:https?:\/\/[^\s<>"'`{}|\\^]+|mailto:[^\s<>"'`{}|\\^(),;:]+@[^\s<>"'`{}|\\^(),;:]+)/giu;

/** What every link holds (see {@link LINK}). */
const SCHEME = /:\/\/|mailto:/iu;

/** Punctuation that ends a sentence rather than the URL: `se https://x.se/a.` */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '»', '”', '’']);

/**
 * Drops trailing punctuation, and a closing parenthesis the URL did not open (`(se https://x.se)`).
 * A loop from the end rather than a pattern, so a long run of dots costs its length once.
 */
function trimUrl(url: string): string {
    let open = 0;
    let close = 0;
    for (const ch of url) {
        if (ch === '(') open++;
        else if (ch === ')') close++;
    }
    let end = url.length;
    while (end > 0) {
        const ch = url[end - 1];
        if (TRAILING.has(ch)) end--;
        else if (ch === ')' && close > open) { end--; close--; }
        else break;
    }
    return url.slice(0, end);
}

/** Whether the text after a scheme holds anything a reader could follow. */
function isUsable(url: string): boolean {
    return /^https?:\/\/[^/?#\s]/iu.test(url) || /^mailto:[^@\s]+@[^@\s]+$/iu.test(url);
}

/**
 * Whether `href` is an address a rendered link may have: `http:`, `https:` or `mailto:` (the
 * preview's host checks a clicked link with it before VS Code opens it).
 */
export function isLinkTarget(href: string): boolean {
    return isUsable(href) && !/[\s<>"]/u.test(href);
}

/** `text` split into text and links, in order; a text without links is one piece. */
export function textPieces(text: string): TextPiece[] {
    // Every link has `://` or `mailto:`: most prose has neither, and is one piece without the link pattern run.
    if (!text.includes(':') || !SCHEME.test(text)) return [{ text }];
    const pieces: TextPiece[] = [];
    let at = 0;
    for (const match of text.matchAll(LINK)) {
        const url = trimUrl(match[0]);
        if (!isUsable(url)) continue;
        const start = match.index;
        if (start > at) pieces.push({ text: text.slice(at, start) });
        pieces.push({ text: url, href: url });
        at = start + url.length;
    }
    if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) });
    return pieces;
}
