/**
 * The one mechanism for user-visible strings: a typed catalog per language (sv.ts, en.ts),
 * `strings(lang)` to read one, plural rules, the one way dates and times are written in words,
 * and the rule that decides a view's language. Server, extension, preview, export and CLI all
 * read their strings here; nothing here does I/O, so the editor-free language core may import it.
 */
import type { Catalog } from './catalog.js';
import { EN } from './en.js';
import type { Lang } from './language.js';
import { SV } from './sv.js';

export type * from './catalog.js';
export * from './language.js';
export * from './plural.js';

const CATALOGS: Readonly<Record<Lang, Catalog>> = { sv: SV, en: EN };

/** Every user-visible string in `lang`. */
export function strings(lang: Lang): Catalog {
    return CATALOGS[lang];
}
