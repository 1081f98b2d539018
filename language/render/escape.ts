/**
 * The one way user text enters HTML. Everything the secretary wrote (titles, names, prose,
 * places, unresolved names) passes through {@link escapeHtml}, either directly or through
 * the {@link html} tagged template, which escapes every interpolation unless it is an
 * {@link Html} fragment built the same way.
 *
 * Bidirectional controls: the embedding, override and isolate characters U+202A–U+202E
 * and U+2066–U+2069 are removed from user text. They are invisible, and an unterminated
 * override (U+202E) would reorder the labels and punctuation the renderer puts around the
 * text, so printed minutes could read differently from their source ("Trojan Source").
 * Removing them keeps the logical order of what was written; right-to-left scripts still
 * display correctly because their letters carry their own direction. The marks U+200E,
 * U+200F and U+061C are kept: they cannot reorder anything beyond neutral characters.
 * C0 control characters other than tab and line breaks are removed too: HTML forbids them.
 */

const SPECIAL = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/u;
const SPECIAL_ALL = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/gu;

const REPLACEMENTS: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};

const HIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * User text for a back end that is not HTML (the PDF): the same controls removed as by
 * {@link escapeHtml}, for the same reasons, and nothing escaped.
 */
export function withoutHiddenControls(text: string): string {
    return text.replace(HIDDEN_CONTROLS, '');
}

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
    // Most prose has nothing to escape; testing first avoids building a copy of it.
    return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, ch => REPLACEMENTS[ch] ?? '') : text;
}

/** A piece of HTML that is safe to insert as is: only {@link html} and {@link joinHtml} make one. */
export class Html {
    /** Use {@link html}; the constructor is public only so that `instanceof` works. */
    constructor(readonly value: string) { }

    toString(): string {
        return this.value;
    }
}

/** What an interpolation may be: text (escaped), numbers, HTML fragments, lists of them, or nothing. */
export type HtmlValue = string | number | Html | undefined | null | false | readonly HtmlValue[];

function interpolate(value: HtmlValue): string {
    if (value === undefined || value === null || value === false) return '';
    if (value instanceof Html) return value.value;
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') return escapeHtml(value);
    let out = '';
    for (const element of value) out += interpolate(element);
    return out;
}

/**
 * Tagged template for HTML: the literal parts are trusted markup, every `${…}` is escaped
 * unless it is already {@link Html}. `undefined`, `null` and `false` render as nothing, so
 * optional parts read `${title && html`<h1>${title}</h1>`}`.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
    let out = strings[0];
    for (let i = 0; i < values.length; i++) {
        out += interpolate(values[i]) + strings[i + 1];
    }
    return new Html(out);
}

/**
 * Concatenates fragments and texts (escaped), skipping empty ones; the separator is escaped
 * too unless it is {@link Html}.
 */
export function joinHtml(values: readonly HtmlValue[], separator: string | Html = ''): Html {
    const between = interpolate(separator);
    let out = '';
    let first = true;
    for (const value of values) {
        const piece = interpolate(value);
        if (piece === '') continue;
        out += first ? piece : between + piece;
        first = false;
    }
    return new Html(out);
}
