/**
 * The stylesheet of rendered minutes, for the exported page and the preview alike. Colours
 * are custom properties on `.minutes`, so the preview can map them to the editor theme; the
 * defaults meet WCAG AA contrast on white (text 16:1, muted 7.5:1, accent 8.9:1). Fonts are
 * local only: the page loads nothing.
 */
import { LANGS, strings } from '../../common/l10n/index.js';

/** The kinds of version a page can say it is (render-model.ts, VersionMarker). */
const VERSION_KINDS = ['internal', 'public'] as const;

/** The class of an exported page that says on every printed page which version it is (html.ts). */
export function versionPageClass(kind: typeof VERSION_KINDS[number], lang: typeof LANGS[number]): string {
    return `minutes-pages-${kind}-${lang}`;
}

/**
 * Every printed page of a marked version carries the marker in its top right margin: the page
 * is a named page (`page:`) whose margin box holds the words, in each language. One static
 * stylesheet, so its hash in the page's content security policy stays the same.
 */
const VERSION_PAGES = VERSION_KINDS.flatMap(kind => LANGS.map(lang => {
    const name = versionPageClass(kind, lang);
    return `@media print { .${name} { page: ${name}; } }
@page ${name} { @top-right { content: ${JSON.stringify(strings(lang).record.public[kind])}; font: 700 8pt sans-serif; color: #4d3800; } }`;
})).join('\n');

export const MINUTES_CSS = `
.minutes {
  --minutes-text: #1a1d21;
  --minutes-muted: #4a525c;
  --minutes-accent: #17416f;
  --minutes-rule: #c5cbd3;
  --minutes-soft: #f1f4f8;
  --minutes-decision-bg: #eaf1f8;
  --minutes-notice-bg: #fff3cd;
  --minutes-notice-text: #4d3800;
  --minutes-paper: #ffffff;
  color: var(--minutes-text);
  background: var(--minutes-paper);
  font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  font-size: 1rem;
  line-height: 1.55;
  overflow-wrap: break-word;
  font-variant-numeric: lining-nums;
}
.minutes h1, .minutes h2, .minutes h3 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
.minutes h1 { font-size: 1.9rem; font-weight: 650; margin: 0.1em 0 0.5em; letter-spacing: -0.01em; }
.minutes h2 {
  font-size: 1.2rem; font-weight: 650; color: var(--minutes-accent);
  margin: 1.8em 0 0.6em; padding-bottom: 0.25em; border-bottom: 1px solid var(--minutes-rule);
}
.minutes h3 { font-size: 0.8rem; font-weight: 650; text-transform: uppercase; letter-spacing: 0.06em; color: var(--minutes-muted); margin: 0 0 0.4em; }
.minutes p { margin: 0 0 0.75em; }
.minutes ul { margin: 0 0 0.9em; padding-left: 1.3em; }
.minutes li { margin: 0 0 0.3em; }
.minutes li::marker { color: var(--minutes-muted); }

.minutes-header { border-bottom: 3px solid var(--minutes-accent); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.minutes-kind { font-size: 0.85rem; font-weight: 650; text-transform: uppercase; letter-spacing: 0.08em; color: var(--minutes-accent); margin: 0; }
.minutes-meta { display: grid; grid-template-columns: max-content 1fr; column-gap: 1.25em; row-gap: 0.2em; margin: 0 0 0.9em; }
.minutes-meta > div { display: contents; }
.minutes-meta dt { font-weight: 650; color: var(--minutes-muted); }
.minutes-meta dd { margin: 0; }
.minutes-header .minutes-meta { margin: 0; }

.minutes-columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 0.5rem 2rem; margin-bottom: 0.9em; }
.minutes .minutes-people-list { list-style: none; padding: 0; }
.minutes .minutes-people-list li { margin: 0 0 0.15em; }
.minutes-name { font-weight: 600; }
.minutes td .minutes-name, .minutes-roles .minutes-name { font-weight: inherit; }
.minutes-info { color: var(--minutes-muted); }
.minutes-short, .minutes-range, .minutes-serving { color: var(--minutes-muted); }
.minutes-sub-item { margin-left: 1.25em; }
.minutes .minutes-agenda-list { list-style: none; padding: 0; }
.minutes a { color: var(--minutes-accent); text-decoration: underline; }
.minutes-signature-approval { margin: 0.75rem 0 0; }
.minutes-unresolved { text-decoration: underline dotted; text-underline-offset: 0.2em; }
.minutes-roles { padding-top: 0.6em; border-top: 1px solid var(--minutes-rule); }

.minutes-item-number { color: var(--minutes-muted); font-weight: 650; margin-right: 0.35em; font-variant-numeric: tabular-nums; }
.minutes h2 .minutes-item-number { color: var(--minutes-accent); }
.minutes-decision {
  background: var(--minutes-decision-bg); border-left: 4px solid var(--minutes-accent);
  padding: 0.6em 0.9em 0.1em; margin: 0.9em 0 1em; border-radius: 0 4px 4px 0;
  break-inside: avoid; page-break-inside: avoid;
}
.minutes-decision-label { font-size: 0.8rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: var(--minutes-accent); margin: 0 0 0.2em; }
.minutes-decision-text { font-weight: 600; }
.minutes-misplaced { border-left: 3px dashed var(--minutes-rule); padding-left: 0.6em; }
.minutes-clauses { margin: 0.3em 0 0.6em; font-weight: 600; }

.minutes-label { font-weight: 650; color: var(--minutes-muted); margin-right: 0.3em; }
.minutes-statement p { margin: 0 0 0.25em; }
.minutes-statement { margin: 0 0 0.75em; }
.minutes-statement-field { padding-left: 1.2em; }
.minutes .minutes-votes caption { text-transform: none; letter-spacing: 0; }
.minutes-fenced {
  font-family: "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.85rem; line-height: 1.45;
  white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid var(--minutes-rule); padding: 0.2em 0 0.2em 0.8em; margin: 0 0 0.9em;
}
.minutes-attachment h3 { text-transform: none; letter-spacing: 0; font-size: 1rem; color: var(--minutes-text); margin-top: 1em; }
.minutes-confidential, .minutes-withheld { color: var(--minutes-muted); }
.minutes-withheld { font-style: italic; }
.minutes-version {
  display: inline-block; margin: 0 0 0.6em; padding: 0.1em 0.6em; border: 2px solid var(--minutes-notice-text); border-radius: 4px;
  color: var(--minutes-notice-text); background: var(--minutes-notice-bg); font-weight: 700; font-size: 0.85rem;
  text-transform: uppercase; letter-spacing: 0.06em;
}
.minutes-signature-statement { margin: 0.5rem 0 0; }

.minutes table { width: 100%; border-collapse: collapse; margin: 0.6em 0 1.2em; font-size: 0.95rem; }
.minutes caption { text-align: left; font-size: 0.8rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: var(--minutes-accent); padding-bottom: 0.35em; }
.minutes th, .minutes td { text-align: left; vertical-align: top; padding: 0.4em 0.6em; border-bottom: 1px solid var(--minutes-rule); }
.minutes thead th { font-size: 0.85rem; font-weight: 650; color: var(--minutes-muted); background: var(--minutes-soft); border-bottom: 2px solid var(--minutes-rule); }
.minutes tbody th { font-weight: 650; }
.minutes tr { break-inside: avoid; page-break-inside: avoid; }
.minutes thead { display: table-header-group; }
.minutes-date { white-space: nowrap; }

.minutes-signatures { break-inside: avoid; page-break-inside: avoid; }
.minutes-signature-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 1.5rem 2.5rem; margin-top: 1rem; }
.minutes-signature-role { font-size: 0.85rem; color: var(--minutes-muted); margin: 0 0 2.6rem; }
.minutes-signature-name { border-top: 1px solid var(--minutes-text); padding-top: 0.3em; margin: 0; }

.minutes-notice { background: var(--minutes-notice-bg); color: var(--minutes-notice-text); border-radius: 4px; padding: 0.5em 0.8em; font-size: 0.9rem; }
.minutes-export-notice { border: 2px solid var(--minutes-notice-text); margin: 0 0 1.5rem; font-size: 1rem; }
.minutes-export-notice p { margin: 0; }

.minutes-page { max-width: 48rem; margin: 2.5rem auto; padding: 3rem 3.5rem; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12), 0 8px 24px rgba(0, 0, 0, 0.06); }
html:has(.minutes-page) { background: #e9ecf0; }
body:has(.minutes-page) { margin: 0; }
@media (max-width: 40rem) {
  .minutes-page { margin: 0; padding: 1.25rem; box-shadow: none; }
}

@page { size: A4; margin: 20mm 18mm 22mm; }
@media print {
  html:has(.minutes-page) { background: none; }
  .minutes { font-size: 10.5pt; }
  /* Browsers drop backgrounds when printing unless told; these light ones carry meaning. */
  .minutes-decision, .minutes thead th, .minutes-notice { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .minutes-version { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .minutes-page { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .minutes h2 { margin-top: 1.4em; }
  .minutes-item, .minutes-next, .minutes-approval, .minutes-closing { orphans: 3; widows: 3; }
  .minutes p, .minutes li { orphans: 3; widows: 3; }
}
${VERSION_PAGES}
`;
