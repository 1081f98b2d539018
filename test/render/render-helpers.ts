import { readFileSync } from 'node:fs';
import type { Document } from '../../language/generated/ast.js';
import { check } from '../language/helpers.js';

export { ENGLISH_MINUTES_FILE, SWEDISH_MINUTES_FILE } from '../fixtures/fixtures.js';

export function readExample(path: string): string {
    return readFileSync(path, 'utf8');
}

/** Parses, links and validates a text and returns its AST root. */
export async function parse(text: string): Promise<Document> {
    return (await check(text)).document.parseResult.value;
}

/** Decodes the five entities the renderer writes. */
export function unescape(text: string): string {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The text of a fragment as a reader sees it: blocks apart, inline tags removed, entities decoded. */
export function textOf(fragment: string): string {
    const text = fragment
        .replace(/<\/?(?:p|h[1-6]|li|td|th|dt|dd|div|section|header|caption|tr|ul|ol|table|thead|tbody|article|main)\b[^>]*>/g, ' ')
        .replace(/<[^>]*>/g, '');
    return unescape(text).replace(/\s+/g, ' ').trim();
}

/** The outer HTML of every element whose start tag matches `startTag` (no nesting of the same tag name inside). */
export function elements(html: string, tag: string, attributes = ''): string[] {
    const pattern = new RegExp(`<${tag}\\b${attributes}[^>]*>[\\s\\S]*?</${tag}>`, 'g');
    return html.match(pattern) ?? [];
}

/** The element whose start tag is at `index`, up to its matching end tag (same-name nesting counted). */
export function outerAt(html: string, index: number, tag: string): string {
    const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
    pattern.lastIndex = index;
    let depth = 0;
    for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
        depth += m[1] ? -1 : 1;
        if (depth === 0) return html.slice(index, m.index + m[0].length);
    }
    throw new Error(`no end tag for <${tag}> at ${index}`);
}

/** Headings in document order as `h2: text`. */
export function headings(html: string): string[] {
    return [...html.matchAll(/<(h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/g)].map(m => `${m[1]}: ${textOf(m[2])}`);
}

const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link']);

/** Throws unless every start tag is closed in order (a well-formed fragment). */
export function assertBalanced(html: string): void {
    const stack: string[] = [];
    for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
        const [, closing, name] = m;
        const tag = name.toLowerCase();
        if (VOID.has(tag)) continue;
        if (!closing) {
            stack.push(tag);
        } else if (stack.pop() !== tag) {
            throw new Error(`unbalanced </${tag}> at ${m.index}: ${html.slice(Math.max(0, m.index! - 80), m.index! + 20)}`);
        }
    }
    if (stack.length) throw new Error(`unclosed: ${stack.join(' > ')}`);
}
