/**
 * Spellings of the second edition's keywords that the formal record names in its messages,
 * until language/keywords.ts (owner: core) has them; then KEYWORD_BY_ID takes over here.
 */
import type { Lang } from './keywords.js';

const SPELLINGS = {
    confidential: { sv: 'Sekretess', en: 'Confidential' },
    posted: { sv: 'Anslag', en: 'Posted' },
    keptAt: { sv: 'Förvaringsplats', en: 'Kept at' },
} as const;

/** `Sekretess` / `Confidential`. */
export function confidentialKeyword(lang: Lang): string {
    return SPELLINGS.confidential[lang];
}
