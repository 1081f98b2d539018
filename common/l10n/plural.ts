/**
 * Plural rules. Swedish and English both have two cardinal forms, and both use the singular
 * for exactly 1 (CLDR: `one` when i = 1 and there are no decimals), so one rule serves both;
 * a catalog never writes `n === 1` itself.
 */
import type { Lang } from './language.js';

/** The two forms of a counted word: `fel`/`fel`, `varning`/`varningar`, `person`/`people`. */
export interface PluralForms {
    one: string;
    other: string;
}

/** The CLDR plural category of `n` in `lang`. */
export function pluralCategory(_lang: Lang, n: number): keyof PluralForms {
    return n === 1 ? 'one' : 'other';
}

/** `n` and the matching form: `1 varning`, `3 varningar`. */
export function countOf(lang: Lang, n: number, forms: PluralForms): string {
    return `${n} ${forms[pluralCategory(lang, n)]}`;
}
