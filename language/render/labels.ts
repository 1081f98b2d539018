/**
 * The words the rendered minutes add around what the secretary wrote, in the document's own
 * language: the page labels of the catalogs in common/l10n, plus keyword headings from the
 * keyword table, so a keyword and its heading never disagree. No words are written here.
 */
import { strings, type PageLabels, type RecordText } from '../../common/l10n/index.js';
import { KEYWORD_BY_ID, type KeywordId, type Lang } from '../keywords.js';

/** The page's labels in one language. */
export interface Labels extends PageLabels {
    /** A keyword's canonical spelling, for headings and table columns. */
    keyword(id: KeywordId): string;
    /** The words of the formal record: notice, extract, public version, vote tables (record-catalog.ts). */
    record: RecordText;
}

function labelsIn(lang: Lang): Labels {
    return { ...strings(lang).page, record: strings(lang).record, keyword: id => KEYWORD_BY_ID[id].canonical[lang] };
}

/** The page's labels per language. */
export const LABELS: Readonly<Record<Lang, Labels>> = { sv: labelsIn('sv'), en: labelsIn('en') };
