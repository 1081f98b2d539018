/**
 * Every output of a minutes document as one render model (issue 14): the minutes themselves
 * (full, or the public version), an extract of some items, and the notice of approval. The CLI
 * (`minutes export --public | --extract "§ 14" | --notice`) and the language server's export
 * requests both ask here, and hand the model to the HTML or the PDF back end; a refusal is one
 * sentence in the reader's language.
 */
import type { Document } from '../generated/ast.js';
import type { Lang } from '../keywords.js';
import { documentLanguage } from '../model.js';
import { strings } from '../../common/l10n/index.js';
import { itemNumberTexts, itemSpan, participantBlocks, selectItems } from './extract.js';
import { LABELS } from './labels.js';
import { buildNotice } from './notice.js';
import { buildRenderModel, itemLabels, type RenderModel } from './render-model.js';

/** Which output: the minutes, an extract of the items `items` names, or the notice of approval. */
export type OutputRequest =
    | { readonly kind: 'minutes'; readonly public?: boolean }
    | { readonly kind: 'extract'; readonly items: string; readonly public?: boolean }
    | { readonly kind: 'notice' };

/** A model to draw, with the words its file's name gets after the source's (`anslag`, `utdrag-14`); or a refusal. */
export type OutputOutcome =
    | { readonly ok: true; readonly model: RenderModel; readonly fileSuffix?: string }
    | { readonly ok: false; readonly refusal: string };

export interface OutputOptions {
    /** The reader's language, for a refusal (the output itself speaks the document's). */
    readonly viewLang: Lang;
    /** The document's diagnostic counts: an output of a document with errors says so. */
    readonly problems?: { errors: number; warnings: number };
    /** Whether the minutes end with the summary of decisions and actions; by default as the rule set says. */
    readonly summary?: boolean;
}

/** The model of `request` for `doc`; see the module comment. */
export function buildOutput(doc: Document, request: OutputRequest, options: OutputOptions): OutputOutcome {
    const suffixes = strings(documentLanguage(doc)).record.fileSuffix;
    const version = 'public' in request && request.public ? 'public' : 'full';
    const publicSuffix = version === 'public' ? [suffixes.public] : [];
    switch (request.kind) {
        case 'minutes': {
            const model = buildRenderModel(doc, { problems: options.problems, version, summary: options.summary });
            return { ok: true, model, fileSuffix: publicSuffix[0] };
        }
        case 'notice': {
            const notice = buildNotice(doc, options.viewLang, options.problems);
            return notice.ok ? { ok: true, model: notice.model, fileSuffix: suffixes.notice } : notice;
        }
        case 'extract': {
            const selection = selectItems(doc, request.items);
            if (!selection.ok) return { ok: false, refusal: selectionRefusal(doc, request.items, selection, options.viewLang) };
            const labels = LABELS[documentLanguage(doc)];
            const participants = (item: typeof selection.items[number]) => participantBlocks(doc, item, labels);
            const model = buildRenderModel(doc, { problems: options.problems, version, extract: { items: selection.items, participants } });
            const numbers = itemNumberTexts(doc).filter((_, i) => selection.items.includes(doc.items[i]));
            return { ok: true, model, fileSuffix: [suffixes.extract, ...numbers, ...publicSuffix].join('-') };
        }
    }
}

/** Why `--extract value` gives no extract: it names no item, or items the minutes do not have. */
function selectionRefusal(doc: Document, value: string, selection: Exclude<ReturnType<typeof selectItems>, { ok: true }>, viewLang: Lang): string {
    const words = strings(viewLang).record.extract;
    if (selection.reason === 'no-items') return words.noItems(value);
    const labels = itemLabels(doc);
    // The missing ones named like the items are (`§ 17`, `Punkt 7`).
    const prefix = labels[0]?.split(' ')[0] ?? '§';
    const missing = selection.missing.map(number => `${prefix} ${number}`).join(', ');
    return words.unknownItems(missing, itemSpan(labels, itemNumberTexts(doc)));
}
