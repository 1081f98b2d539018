/**
 * Builds the HTML shell of the preview webview. The shell is set once per webview; content
 * arrives later by postMessage. Pure (no `vscode` import) so the security properties are
 * unit-tested: a strict CSP with a fresh nonce per shell, the only script is ours and carries
 * the nonce, and settings/strings travel in escaped `data-*` attributes, never in script text.
 */
import { randomBytes } from 'node:crypto';
import type { PreviewSettings, PreviewStrings } from '../../common/contract.js';

/** What the shell needs from the webview and the extension. */
export interface PreviewShellOptions {
    /** `webview.cspSource`: the origin our script and stylesheet are served from. */
    readonly cspSource: string;
    /** Webview URI of media/preview.js. */
    readonly scriptUri: string;
    /** Webview URIs of the stylesheets (media/minutes.css, media/preview.css), in cascade order. */
    readonly styleUris: readonly string[];
    readonly settings: PreviewSettings;
    readonly strings: PreviewStrings;
    /** BCP 47 language of the UI (the `lang` attribute of the page). */
    readonly uiLanguage: string;
    /** Document title for screen readers before the first render arrives. */
    readonly title: string;
}

/** A nonce for `script-src 'nonce-…'`: 128 random bits, hex-encoded. */
export function createNonce(): string {
    return randomBytes(16).toString('hex');
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};

/** Escapes text for a double- or single-quoted HTML attribute value (and for element text). */
export function escapeAttribute(value: string): string {
    return value.replace(/[&<>"']/g, ch => ATTRIBUTE_ESCAPES[ch]);
}

/** The Content-Security-Policy of one shell. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src ${cspSource}`,
        `img-src ${cspSource}`,
    ].join('; ');
}

/** Returns the complete HTML of a preview webview, with its own fresh nonce. */
export function buildPreviewShell(options: PreviewShellOptions): { html: string; nonce: string } {
    const nonce = createNonce();
    const csp = contentSecurityPolicy(options.cspSource, nonce);
    const html = `<!DOCTYPE html>
<html lang="${escapeAttribute(options.uiLanguage)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta id="minutes-preview-data"
  data-settings="${escapeAttribute(JSON.stringify(options.settings))}"
  data-strings="${escapeAttribute(JSON.stringify(options.strings))}">
${options.styleUris.map(uri => `<link rel="stylesheet" href="${escapeAttribute(uri)}">`).join('\n')}
<title>${escapeAttribute(options.title)}</title>
</head>
<body>
<nav id="minutes-problems" class="problems" aria-live="polite" hidden></nav>
<main id="minutes-content" class="content"><p class="placeholder">${escapeAttribute(options.strings.loading)}</p></main>
<script nonce="${nonce}" src="${escapeAttribute(options.scriptUri)}"></script>
</body>
</html>`;
    return { html, nonce };
}

/** A shell without script for a preview whose document cannot be found (e.g. after a reload). */
export function buildMessageShell(cspSource: string, styleUris: readonly string[], uiLanguage: string, message: string): string {
    const csp = `default-src 'none'; style-src ${cspSource}`;
    return `<!DOCTYPE html>
<html lang="${escapeAttribute(uiLanguage)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
${styleUris.map(uri => `<link rel="stylesheet" href="${escapeAttribute(uri)}">`).join('\n')}
</head>
<body><main class="content"><p class="placeholder">${escapeAttribute(message)}</p></main></body>
</html>`;
}
