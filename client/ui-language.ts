/**
 * Which language the extension's own plain-words messages use (export errors): the
 * `minutes.messageLanguage` setting, or with `auto` VS Code's display language. Pure.
 */

/** The languages our messages exist in. */
export type MessageLang = 'sv' | 'en';

/** `auto` follows the UI language (Swedish for any `sv*` locale, else English). */
export function resolveMessageLanguage(setting: string | undefined, uiLanguage: string): MessageLang {
    if (setting === 'sv' || setting === 'en') return setting;
    return uiLanguage.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
