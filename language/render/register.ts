/**
 * The register page (SERIES.md "Registers", `minutes export --register`): every action and
 * every decision of the series of a folder on one standalone, accessible page, each linking to
 * its meeting's exported page beside it. Built like the minutes' page (render/html.ts): every
 * text through the escaping `html` template, the same stylesheet admitted by its hash, no
 * script, nothing loaded; the only links are relative links between meetings (links.ts).
 */
import { strings, type Lang, type SeriesText } from '../../common/l10n/index.js';
import type { CalendarDate } from '../dates.js';
import { actionRows, decisionRows, seriesTitle, type ActionRow } from '../series-registers.js';
import { decodeName, type SeriesAnalysis } from '../series.js';
import type { MeetingSummary } from '../series-summary.js';
import { Html, html } from './escape.js';
import { meetingHref } from './links.js';
import { standaloneDocument } from './html.js';

/** What the register page needs to know besides the series. */
export interface RegisterPageOptions {
    /** The language of the page's own words. */
    lang: Lang;
    /** "Today", for what is overdue. */
    today: CalendarDate;
    /**
     * The path of a meeting's minutes file relative to the page's folder (`/`-separated), for its
     * link; undefined gives no link.
     */
    relativePath(meeting: MeetingSummary): string | undefined;
}

/** A link to a meeting's page (at an item), or the text alone when there is none. */
function meetingLink(options: RegisterPageOptions, meeting: MeetingSummary, text: string, item?: string): Html {
    const path = options.relativePath(meeting);
    const href = path === undefined ? undefined : meetingHref(path, item);
    return href ? html`<a href="${href}">${text}</a>` : html`${text}`;
}

function actionTable(rows: readonly ActionRow[], words: SeriesText, options: RegisterPageOptions): Html {
    if (rows.length === 0) return html`<p>${words.noActions}</p>`;
    const c = words.columns;
    return html`<table class="minutes-register-actions"><caption>${words.actionsHeading}</caption><thead><tr>${
        [c.origin, c.action, c.owner, c.due, c.status, c.closedBy].map(head => html`<th scope="col">${head}</th>`)}</tr></thead><tbody>${
        rows.map(row => {
            const action = row.action;
            const status = row.overdue ? `${words.state(action.state)}, ${words.overdue}` : words.state(action.state);
            const closed = action.closedBy ? meetingLink(options, action.closedBy, action.closedBy.date!) : '';
            return html`<tr><th scope="row" class="minutes-date">${meetingLink(options, action.meeting, row.identity, action.item.number)}</th><td>${
                action.action.text}</td><td>${action.owners.join(', ')}</td><td class="minutes-date">${action.dueText ?? ''}</td><td>${
                status}</td><td class="minutes-date">${closed}</td></tr>`;
        })}</tbody></table>`;
}

function decisionTable(series: SeriesAnalysis, words: SeriesText, options: RegisterPageOptions): Html {
    const rows = decisionRows([series]);
    if (rows.length === 0) return html`<p>${words.noDecisions}</p>`;
    const c = words.columns;
    return html`<table class="minutes-register-decisions"><caption>${words.decisionsHeading}</caption><thead><tr>${
        [c.meeting, c.item, c.title, c.decision, c.votes, c.reservations].map(head => html`<th scope="col">${head}</th>`)}</tr></thead><tbody>${
        rows.map(row => html`<tr><th scope="row" class="minutes-date">${meetingLink(options, row.meeting, row.meeting.date!)}</th><td class="minutes-date">${
            meetingLink(options, row.meeting, row.itemName, row.item.number)}</td><td>${row.item.title}</td><td>${row.decision.text}</td><td>${
            row.item.votes.join('; ')}</td><td>${row.item.reservations.join(', ')}</td></tr>`)}</tbody></table>`;
}

/** The page's title: the series' name, or the folder's when it holds several. */
export function registerTitle(series: readonly SeriesAnalysis[], folderName: string, lang: Lang): string {
    const words = strings(lang).series;
    return words.registerTitle(series.length === 1 ? seriesTitle(series[0]) : decodeName(folderName));
}

/** The standalone register page of `series` (one section each). */
export function renderRegisterPage(series: readonly SeriesAnalysis[], title: string, options: RegisterPageOptions): string {
    const words = strings(options.lang).series;
    const sections = series.map((analysis, i) => {
        const lang = analysis.meetings[0]?.lang ?? options.lang;
        const own = lang === options.lang ? words : strings(lang).series;
        return html`<section class="minutes-item" aria-labelledby="series-${i + 1}"${lang === options.lang ? '' : html` lang="${lang}"`}><h2 id="series-${i + 1}">${
            seriesTitle(analysis)}</h2>${actionTable(actionRows([analysis], options.today), own, options)}${decisionTable(analysis, own, options)}</section>`;
    });
    return standaloneDocument(options.lang, title, '', html`<header class="minutes-header"><h1>${title}</h1></header>
<main class="minutes-main">${sections}</main>`);
}
