/**
 * The script inside the preview webview. It receives rendered content by postMessage and
 * swaps it into the page (no reload, scroll position kept), shows the problem list, follows
 * the editor's scrolling and reports its own, sends double-clicks back as "open line" and
 * a click on a link to the host, which opens it through VS Code (a webview does not navigate).
 * Settings and the first strings come from the escaped data-* attributes of the shell; each
 * render brings the strings of the document's view language, so the problem list never
 * speaks another language than its messages.
 */
import type { FromWebviewMessage, PreviewSettings, PreviewState, PreviewStrings, ToWebviewMessage } from '../../common/contract.js';
import { ScrollGuard } from '../preview/scroll-guard.js';
import { renderFailure, renderProblems } from './problems-view.js';
import { type LineBlock, lineForOffset, normalizeBlocks, offsetForLine } from './scroll-sync.js';

declare function acquireVsCodeApi(): {
    postMessage(message: FromWebviewMessage): void;
    getState(): PreviewState | undefined;
    setState(state: PreviewState): void;
};

function readData<T>(name: 'settings' | 'strings'): T {
    const element = document.getElementById('minutes-preview-data');
    const raw = element?.dataset[name];
    if (!raw) throw new Error(`preview data-${name} missing`);
    return JSON.parse(raw) as T;
}

const vscode = acquireVsCodeApi();
const settings: { -readonly [K in keyof PreviewSettings]: PreviewSettings[K] } = readData<PreviewSettings>('settings');
/** The shell's strings until the first render brings those of the document's view language. */
let strings = readData<PreviewStrings>('strings');
const content = document.getElementById('minutes-content') as HTMLElement;
const problems = document.getElementById('minutes-problems') as HTMLElement;

const savedState = vscode.getState();
/** The line to show once the first content is in: where the user was before a reload, or where the cursor was. */
let pendingLine: number | undefined = savedState?.source === settings.source ? savedState.line : settings.line;
let topLine = pendingLine ?? 0;
const guard = new ScrollGuard(150, () => performance.now());

function post(message: FromWebviewMessage): void {
    vscode.postMessage(message);
}

function saveState(): void {
    vscode.setState({ source: settings.source, line: topLine });
}

let cachedBlocks: LineBlock[] | undefined;

/** The rendered blocks with their source lines, measured once per content or size change. */
function blocks(): LineBlock[] {
    if (!cachedBlocks) {
        const measured: LineBlock[] = [];
        for (const element of Array.from(content.querySelectorAll<HTMLElement>('[data-line]'))) {
            const line = Number(element.dataset.line);
            const rect = element.getBoundingClientRect();
            if (rect.height === 0 && rect.width === 0) continue; // not displayed
            measured.push({ line, top: rect.top + window.scrollY, height: rect.height });
        }
        cachedBlocks = normalizeBlocks(measured);
    }
    return cachedBlocks;
}

function scrollToLine(line: number): void {
    guard.hold();
    const offset = line <= 0 ? 0 : offsetForLine(blocks(), line);
    window.scrollTo(window.scrollX, Math.max(0, offset));
    topLine = line;
    saveState();
}

/** Parses the rendered fragment inertly and swaps it into the page. */
function replaceContent(html: string): void {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    // The renderer escapes all text; this only guards against markup we would never want live.
    for (const element of Array.from(parsed.querySelectorAll('script, iframe, object, embed, form, meta, link, base'))) {
        element.remove();
    }
    const scrollY = window.scrollY;
    content.replaceChildren(...Array.from(parsed.body.childNodes, node => document.adoptNode(node)));
    cachedBlocks = undefined;
    guard.hold();
    window.scrollTo(window.scrollX, scrollY);
}

function openLine(line: number): void {
    post({ type: 'openLine', source: settings.source, line: Math.max(0, Math.floor(line)) });
}

function onMessage(message: ToWebviewMessage): void {
    if (message.source !== settings.source) return;
    switch (message.type) {
        case 'render': {
            replaceContent(message.html);
            content.lang = message.lang;
            document.title = message.title;
            strings = message.strings;
            document.documentElement.lang = message.viewLang;
            renderProblems(problems, message.diagnostics, strings, openLine);
            content.classList.remove('stale');
            if (pendingLine !== undefined) {
                const line = pendingLine;
                pendingLine = undefined;
                // Wait for layout so the blocks have their final positions.
                requestAnimationFrame(() => scrollToLine(line));
            }
            break;
        }
        case 'renderFailed':
            renderFailure(problems, strings.renderFailed.replace('{0}', message.message));
            content.classList.add('stale');
            break;
        case 'scrollToLine':
            if (settings.scrollSync) scrollToLine(message.line);
            break;
        case 'settingsChanged':
            settings.scrollSync = message.scrollSync;
            break;
    }
}

window.addEventListener('message', event => onMessage(event.data as ToWebviewMessage));

let scrollFrame = 0;
window.addEventListener('scroll', () => {
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
        scrollFrame = 0;
        topLine = lineForOffset(blocks(), window.scrollY);
        saveState();
        if (guard.active || !settings.scrollSync) return;
        post({ type: 'revealLine', source: settings.source, line: topLine });
    });
}, { passive: true });

window.addEventListener('resize', () => {
    cachedBlocks = undefined;
    guard.hold();
});

document.addEventListener('click', event => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLAnchorElement>('a[href]');
    if (!link || !content.contains(link)) return;
    event.preventDefault();
    post({ type: 'openLink', source: settings.source, href: link.getAttribute('href') ?? '' });
});

document.addEventListener('dblclick', event => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || problems.contains(target)) return;
    const block = target.closest<HTMLElement>('[data-line]');
    const line = block ? Number(block.dataset.line) : lineForOffset(blocks(), event.pageY);
    if (Number.isFinite(line)) openLine(line);
});

saveState();
post({ type: 'ready', source: settings.source });
