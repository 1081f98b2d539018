/**
 * Which version of the minutes a render model is (issue 14, point 4). Minutes are public
 * documents, but an item may hold what the law keeps secret (`Sekretess: OSL 26 kap. 1 §`) and
 * any text may hold a personal identity number (language/identity.ts). So:
 *
 * - the **public version** leaves out every confidential item's content (render-model.ts puts the
 *   heading and «Paragrafen innehåller uppgifter som omfattas av sekretess (…).» in its place) and
 *   masks every identity number in every text of the model — titles, names, places and the
 *   metadata drawn from them included — and says «Offentlig version» on every page;
 * - the **full version** of minutes with such content says «Intern version» on every page, so a
 *   printout cannot pass for the version to publish.
 *
 * The model is plain data (strings, numbers, arrays, objects), so one walk over it reaches every
 * text a back end can draw; no back end has to know about masking.
 */
import { findIdentityNumbers, hasIdentityNumber, maskIdentityNumbers } from '../identity.js';
import type { Labels } from './labels.js';
import type { RenderModel } from './render-model.js';

/** Every string of `value`, rewritten by `rewrite`; everything else as it was. */
function mapTexts<T>(value: T, rewrite: (text: string) => string): T {
    if (typeof value === 'string') return rewrite(value) as T;
    if (Array.isArray(value)) return value.map(item => mapTexts(item, rewrite)) as T;
    if (value !== null && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(value)) out[key] = mapTexts(item, rewrite);
        return out as T;
    }
    return value;
}

/** Whether any text of `value` holds an identity number. */
function holdsIdentityNumber(value: unknown): boolean {
    if (typeof value === 'string') return findIdentityNumbers(value).length > 0;
    if (Array.isArray(value)) return value.some(holdsIdentityNumber);
    if (value !== null && typeof value === 'object') return Object.values(value).some(holdsIdentityNumber);
    return false;
}

/** What decides whether a full version is internal, besides the texts of its model. */
export interface ConfidentialContent {
    /** An item of the model has a `Sekretess` line. */
    readonly confidentialItem: boolean;
    /**
     * The source text, when the model shows the whole of it (not an extract). Then the source
     * decides: it holds every text of the model (each a source text, or source lines joined with
     * a space) and what the model does not show (a comment); the labels and formatted dates the
     * model adds hold no identity number. An extract counts only the texts it shows.
     */
    readonly source?: string;
}

/**
 * The full version: marked «Intern version» when it has confidential content (a confidential
 * item, an identity number in its texts or in the source), unchanged otherwise.
 */
export function fullVersion(model: RenderModel, content: ConfidentialContent, labels: Labels): RenderModel {
    const internal = content.confidentialItem
        || (content.source !== undefined ? hasIdentityNumber(content.source) : holdsIdentityNumber(model));
    return internal ? { ...model, marker: { kind: 'internal', text: labels.record.public.internal } } : model;
}

/**
 * The public version of a model built with `version: 'public'` (whose confidential items are
 * already withheld): every identity number masked, and «Offentlig version» on every page.
 */
export function publicVersion(model: RenderModel, labels: Labels): RenderModel {
    return { ...maskedModel(model, labels), marker: { kind: 'public', text: labels.record.public.public } };
}

/** A model for the public with every identity number in its texts masked (the notice of approval too). */
export function maskedModel(model: RenderModel, labels: Labels): RenderModel {
    const mask = labels.record.public.mask;
    return mapTexts(model, text => maskIdentityNumbers(text, mask));
}
