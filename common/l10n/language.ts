/**
 * Which language a view speaks. One rule for every room (server, extension, preview, export,
 * CLI): a forced `sv`/`en` wins; with `auto` the document's own language (its header keyword)
 * decides, and only a document without a header falls back to the reader's locale. So a
 * Swedish document never shows an English sentence next to its Swedish words.
 */

/** The two languages of the minutes language and of everything around it. */
export type Lang = 'sv' | 'en';

/** Every language, in a fixed order (tests walk the catalogs with it). */
export const LANGS: readonly Lang[] = ['sv', 'en'];

/** The `minutes.messageLanguage` setting and the CLI's `--lang`: `auto` or a forced language. */
export type LanguageChoice = 'auto' | Lang;

/** The setting's value as a choice; anything unknown (or missing) is `auto`. */
export function languageChoice(setting: unknown): LanguageChoice {
    return setting === 'sv' || setting === 'en' ? setting : 'auto';
}

/** The language of a locale such as `sv`, `sv-SE`, `en-US` or a LANG value `sv_SE.UTF-8`. */
export function langOfLocale(locale: string | undefined): Lang {
    return locale && /^sv\b|^sv[_-]/iu.test(locale) ? 'sv' : 'en';
}

/**
 * The language of a view of one document: `choice` when forced, else the document's language
 * (`undefined` when it has no header yet), else the locale's.
 */
export function viewLanguage(choice: string | undefined, documentLang: Lang | undefined, locale: string | undefined): Lang {
    const forced = languageChoice(choice);
    if (forced !== 'auto') return forced;
    return documentLang ?? langOfLocale(locale);
}
