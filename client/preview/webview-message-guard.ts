/**
 * The extension host's check of what the webview sends: the webview's messages arrive as
 * untyped values (common/contract.ts says what they should be), so each one is checked before
 * the extension acts on it.
 */
import type { FromWebviewMessage } from '../../common/contract.js';
import { isLinkTarget } from '../../language/render/inline-links.js';

/** True when a value received from the webview has the shape of a FromWebviewMessage. */
export function isFromWebviewMessage(value: unknown): value is FromWebviewMessage {
    if (typeof value !== 'object' || value === null) return false;
    const message = value as Record<string, unknown>;
    if (typeof message.source !== 'string') return false;
    switch (message.type) {
        case 'ready':
            return true;
        case 'revealLine':
        case 'openLine':
            return typeof message.line === 'number' && Number.isFinite(message.line) && message.line >= 0;
        case 'openLink':
            // Only what the renderer makes a link: a page cannot ask the host to open `file:` or `command:`.
            return typeof message.href === 'string' && isLinkTarget(message.href);
        default:
            return false;
    }
}
