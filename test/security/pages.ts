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
import { renderStandalonePage } from '../../language/render/html.js';
import { buildPreviewShell } from '../../client/preview/document-renderer.js';
import type { PreviewStrings, ToWebviewMessage } from '../../common/contract.js';
import { renderResult } from '../../server/render-request.js';
import { PAYLOADS, isOneName, visibleText, type Payload } from './payloads.js';

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
        cases.push({
            payload,
            source,
            expectedTexts: slots.map(visibleText),
            expectedTitle: visibleText(slots.find(text => text.startsWith('S01 '))!),
            exportHtml: renderStandalonePage(document.parseResult.value),
            renderMessage: { type: 'render', source: uri.toString(), ...result, strings: PREVIEW_STRINGS }
        });
        shared.workspace.LangiumDocuments.deleteDocument(uri);
    }
    return cases;
}
