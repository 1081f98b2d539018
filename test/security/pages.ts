/**
 * The security corpus as documents and pages: every payload of payloads.ts in every text slot of
 * one minutes document, rendered as the export writes it (renderStandalonePage) and as the
 * preview gets it (the server's `minutes/render` result and the client's webview shell).
 * Shared by the static checks (static.test.ts) and the browser check (browser-check.mjs).
 */
import '../../language/polyfill.mjs';
import { EmptyFileSystem, URI } from 'langium';
import { buildDocument } from '../../language/build-document.js';
import { createMinutesCoreServices } from '../../language/minutes-module.js';
import { renderModelPage, renderStandalonePage } from '../../language/render/html.js';
import { buildOutput, type OutputRequest } from '../../language/render/outputs.js';
import type { Document } from '../../language/generated/ast.js';
import { buildPreviewShell } from '../../client/preview/document-renderer.js';
import type { PreviewStrings, ToWebviewMessage } from '../../common/contract.js';
import { renderResult } from '../../server/render-request.js';
import { PAYLOADS, isOneName, visibleText, type Payload } from './payloads.js';

export { meetingLinkPages } from './meeting-link-pages.js';

/** The origin the browser check serves the preview webview from; the shell's `cspSource`. */
export const WEBVIEW_ORIGIN = 'https://webview.minutes.test';

/** One payload, everywhere it can go. */
export interface SecurityCase {
    payload: Payload;
    /** The minutes document with the payload in every text slot. */
    source: string;
    /** Slot texts as a reader must see them, each starting with its slot's marker (`S12 …`). */
    expectedTexts: string[];
    /** The page title a reader must see. */
    expectedTitle: string;
    /** The exported page. */
    exportHtml: string;
    /** What the server sends the preview webview for this document. */
    renderMessage: Extract<ToWebviewMessage, { type: 'render' }>;
    /** The formal record's pages of the document: the notice, an extract of item 1, the public version. */
    recordPages: RecordPage[];
}

/** One output of the formal record (issue 14) as a page, with what a reader must see on it. */
export interface RecordPage {
    name: 'notice' | 'extract' | 'public version';
    html: string;
    /** The slots the output shows (each starting with its marker). */
    expectedTexts: string[];
    expectedTitle: string;
}

/** The slots of the document: a marker each, so a reader's text can be found and told apart. */
function slot(n: number, text: string): string {
    return `S${String(n).padStart(2, '0')} ${text}`;
}

/**
 * The document for one payload. Names (declarations, roles, owners) get the payload only when
 * it can be one name; role lines split names at `,` `;` `&` `och` `and`, by design.
 */
export function documentFor(payload: string): { source: string; slots: string[] } {
    const slots: string[] = [];
    const put = (n: number) => {
        const text = slot(n, payload);
        slots.push(text);
        return text;
    };
    const named = isOneName(payload);
    const person = (n: number, fallback: string) => named ? put(n) : fallback;
    const chair = person(4, 'Anna Berg');
    const secretary = person(7, 'Bo Ek');
    const adjuster = person(8, 'Cia Lund');
    const owner = person(9, 'Dan Holm');
    const source = [
        `Minutes: ${put(1)}`,
        'Date: Thursday 2026-03-12 18.30–20.10',
        `Place: ${put(2)}`,
        '',
        'Present:',
        `- ${chair}, ${put(5)}`,
        `- ${secretary}`,
        `- ${adjuster}`,
        `- ${owner}`,
        '',
        'Absent:',
        `- ${person(10, 'Eva Berg')}`,
        '',
        `Chair: ${chair}`,
        `Secretary: ${secretary}`,
        `Adjuster: ${adjuster}`,
        '',
        put(3),
        '',
        `Item 1: ${put(12)}`,
        put(13),
        `- ${put(14)}`,
        '',
        `Decision: ${put(15)}`,
        '',
        `Action: ${put(16)}`,
        // An owner nobody declared shows as written, and is named in a diagnostic.
        `Owner: ${owner}, ${named ? put(11) : 'Nobody Here'}`,
        `Due: ${put(17)}`,
        '',
        `Next meeting: Friday 2026-03-20, ${put(18)}`,
        put(19),
        '',
        `Approval: 2026-03-13, ${put(20)}`,
        // Where the minutes are kept: the notice of approval shows it.
        `Posted: 2026-03-14, ${put(23)}`,
        `Closing: ${put(21)}`,
        '',
        put(22),
        ''
    ].join('\n');
    return { source, slots };
}

/** Strings of the preview webview (the extension localises them; their content does not matter here). */
export const PREVIEW_STRINGS: PreviewStrings = {
    loading: 'Loading preview…', noProblems: 'No problems', oneError: '1 error', manyErrors: '{0} errors',
    oneWarning: '1 warning', manyWarnings: '{0} warnings', lineLabel: 'Line {0}', problemsLabel: 'Problems in this document',
    renderFailed: 'The preview could not be updated: {0}', error: 'Error', warning: 'Warning'
};

/** The preview webview's page as the extension builds it, for a document at `source`. */
export function previewShell(source: string): { html: string; nonce: string } {
    return buildPreviewShell({
        cspSource: WEBVIEW_ORIGIN,
        scriptUri: `${WEBVIEW_ORIGIN}/media/preview.js`,
        styleUris: [`${WEBVIEW_ORIGIN}/media/minutes.css`, `${WEBVIEW_ORIGIN}/media/preview.css`],
        settings: { source, scrollSync: true },
        strings: PREVIEW_STRINGS,
        uiLanguage: 'en',
        title: 'Preview security.minutes'
    });
}

/**
 * The formal record's outputs of a payload's document: what each asks for, and the slots it
 * shows (by number; all of them when none are named). Here and in test/pdf/hostile-outputs.ts.
 */
export const RECORD_OUTPUTS: ReadonlyArray<{ name: RecordPage['name']; request: OutputRequest; slots?: readonly number[] }> = [
    { name: 'notice', request: { kind: 'notice' }, slots: [1, 23] },
    { name: 'extract', request: { kind: 'extract', items: 'Item 1' }, slots: [1, 2, 12, 13, 14, 15, 16, 17] },
    { name: 'public version', request: { kind: 'minutes', public: true } }
];

/** The texts of `texts` (each starting with its slot's marker) that `output` shows. */
export function slotsShown(texts: readonly string[], output: { readonly slots?: readonly number[] }): string[] {
    const { slots } = output;
    return slots ? texts.filter(text => slots.some(n => text.startsWith(`S${String(n).padStart(2, '0')} `))) : [...texts];
}

/** The record's pages of one payload's document; every slot they show, by its marker. */
function recordPagesOf(doc: Document, expectedTexts: readonly string[]): RecordPage[] {
    const title = expectedTexts.find(text => text.startsWith('S01 '))!;
    const titles: Record<RecordPage['name'], string> = { notice: `Notice: ${title}, 12 March 2026`, extract: `Extract: ${title}, Item 1`, 'public version': title };
    return RECORD_OUTPUTS.map(output => {
        const outcome = buildOutput(doc, output.request, { viewLang: 'en' });
        if (!outcome.ok) throw new Error(`${output.name}: ${outcome.refusal}`);
        return { name: output.name, html: renderModelPage(outcome.model), expectedTexts: slotsShown(expectedTexts, output), expectedTitle: titles[output.name] };
    });
}

/** Every payload of the corpus as a {@link SecurityCase}. */
export async function securityCases(payloads: readonly Payload[] = PAYLOADS): Promise<SecurityCase[]> {
    const { shared } = createMinutesCoreServices(EmptyFileSystem, { messageLanguage: 'en' });
    const cases: SecurityCase[] = [];
    let counter = 0;
    for (const payload of payloads) {
        const { source, slots } = documentFor(payload.text);
        const uri = URI.parse(`file:///tmp/security-${counter++}.minutes`);
        const document = await buildDocument(shared, source, uri);
        const result = renderResult(uri.toString(), document, { messageLanguage: 'en' });
        const expectedTexts = slots.map(visibleText);
        cases.push({
            payload,
            source,
            expectedTexts,
            expectedTitle: visibleText(slots.find(text => text.startsWith('S01 '))!),
            exportHtml: renderStandalonePage(document.parseResult.value),
            renderMessage: { type: 'render', source: uri.toString(), ...result, strings: PREVIEW_STRINGS },
            recordPages: recordPagesOf(document.parseResult.value, expectedTexts)
        });
        shared.workspace.LangiumDocuments.deleteDocument(uri);
    }
    return cases;
}
