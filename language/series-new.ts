/**
 * New minutes from the previous ones (SERIES.md): the next meeting's file of a series, written
 * from its latest minutes and the series' open actions. The command line and the editor's
 * command write it (never over an existing file); this only makes its name and text.
 */
import {
    isAgenda, isAttendanceList, isBodyLine, isChairLine, isGroupList, isNextMeeting, isPlace, isRulesLine, isSecretaryLine,
    type Document, type Person
} from './generated/ast.js';
import { formatIsoDate, type CalendarDate } from './dates.js';
import { KEYWORD_BY_ID, normalizeKeyword, type KeywordId } from './keywords.js';
import { dateOf, documentLanguage, isProtocol, personInfo } from './model.js';
import { actionRows } from './series-registers.js';
import { decodeName, itemName, type SeriesAnalysis } from './series.js';
import { strings } from '../common/l10n/index.js';

/** The next meeting's minutes. */
export interface NewMinutes {
    /** `socialnamnden-2026-03-17.minutes`: beside the previous file. */
    fileName: string;
    text: string;
    /** Whether the previous minutes gave the next meeting's date. */
    dated: boolean;
}

/** `Socialnämnden` → `socialnamnden`: lower-case ASCII letters and digits, words joined by hyphens. */
export function fileNamePart(text: string): string {
    return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
        .replace(/ø/gu, 'o').replace(/æ/gu, 'ae').replace(/ß/gu, 'ss')
        .replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
}

/** A person's line as declared, without attendance or serving ranges. */
function personLine(person: Person): string {
    const name = [person.name, person.short].filter(Boolean).join(' ');
    const info = personInfo(person);
    const serving = person.serving ? ` ${person.serving.word}${person.serving.member ? ` ${person.serving.member.$refText}` : ''}` : '';
    return `- ${name}${info ? `, ${info}` : ''}${serving}`;
}

/** A node's source text as written (a date slot with its weekday and time). */
function written(node: { $cstNode?: { text: string } } | undefined): string | undefined {
    return node?.$cstNode?.text.trim() || undefined;
}

/**
 * The next meeting's minutes from `previous`, the text of the series' latest minutes: kind, rule
 * set, body and place; date, time and place from its `Nästa möte`; the attendance groups with
 * every person (without ranges), groups, chair and secretary; the items the last two meetings
 * share, § numbering continued in a protocol; and a follow-up of every open action, overdue
 * ones first, with an empty `Status`.
 */
export function newMinutesFrom(previous: Document, series: SeriesAnalysis, today: CalendarDate): NewMinutes {
    const lang = documentLanguage(previous);
    const k = (id: KeywordId): string => KEYWORD_BY_ID[id].canonical[lang];
    const latest = series.meetings.at(-1);
    const before = series.meetings.at(-2);
    const next = previous.trailer.find(isNextMeeting);
    const nextDate = dateOf(next?.when);
    const lines: string[] = [];
    const header = previous.header;
    lines.push(`${header?.kind ?? KEYWORD_BY_ID.kind.canonical[lang]}: ${header?.title?.trim() ?? ''}`.trimEnd());
    const rules = previous.preamble.find(isRulesLine)?.value?.trim();
    if (rules) lines.push(`${lang === 'sv' ? 'Regler' : 'Rules'}: ${rules}`);
    const body = previous.preamble.find(isBodyLine)?.text?.trim();
    if (body) lines.push(`${k('body')}: ${body}`);
    lines.push(`${k('date')}:${nextDate && next?.when ? ` ${written(next.when)}` : ''}`);
    const place = next?.place?.trim() || previous.preamble.find(isPlace)?.text?.trim();
    if (place) lines.push(`${k('place')}: ${place}`);

    for (const element of previous.preamble) {
        if (isAttendanceList(element)) {
            lines.push('', `${element.group}:`, ...element.persons.filter(p => p.name).map(personLine));
        } else if (isGroupList(element)) {
            lines.push('', `${lang === 'sv' ? 'Grupper' : 'Groups'}:`, ...element.groups.map(group => `- ${group.name}`));
        }
    }
    const chair = previous.preamble.find(isChairLine);
    const secretary = previous.preamble.find(isSecretaryLine);
    const roles: string[] = [];
    if (chair && chair.chairs.length > 0) roles.push(`${k('chair')}: ${chair.chairs.map(c => c.person.$refText).join(', ')}`);
    if (secretary && secretary.names.length > 0) roles.push(`${k('secretary')}: ${secretary.names.map(n => n.$refText).join(', ')}`);
    if (roles.length > 0) lines.push('', ...roles);

    // The items (and agenda entries) the body always has: those the last two meetings share.
    const shared = (titles: readonly string[], earlier: readonly string[]): string[] => {
        const seen = new Set(earlier.map(normalizeKeyword));
        return titles.filter(title => title && seen.has(normalizeKeyword(title)));
    };
    const standing = latest && before ? shared(latest.items.map(i => i.title), before.items.map(i => i.title)) : [];
    const followUpTitle = strings(lang).series.followUpItemTitle;
    const asOf = nextDate ?? today;
    const open = actionRows([series], asOf, { open: true });
    const titles = [...standing];
    if (open.length > 0 && !titles.some(title => normalizeKeyword(title) === normalizeKeyword(followUpTitle))) {
        titles.splice(Math.min(1, titles.length), 0, followUpTitle);
    }
    const agenda = previous.preamble.find(isAgenda);
    if (agenda && titles.length > 0) lines.push('', `${lang === 'sv' ? 'Dagordning' : 'Agenda'}:`, ...titles.map(title => `- ${title}`));

    // A protocol numbered with § continues through the year; other items start at 1.
    const lastSection = latest?.items.filter(item => item.mark === 'section').map(item => Number.parseInt(item.number, 10)).at(-1);
    const sections = isProtocol(previous) && lastSection !== undefined;
    const sameYear = latest?.date !== undefined && Number.parseInt(latest.date.slice(0, 4), 10) === asOf.year;
    let number = sections && sameYear ? lastSection : 0;
    for (const title of titles) {
        number++;
        lines.push('', `${sections ? itemName('section', String(number), lang) : `${k('item')} ${number}`}: ${title}`);
        if (normalizeKeyword(title) !== normalizeKeyword(followUpTitle)) continue;
        open.forEach((row, i) => {
            if (i > 0) lines.push('');
            lines.push(`${k('action')}: ${row.action.action.text}`.trimEnd(), `${k('from')}: ${row.identity}`);
            if (row.action.owners.length > 0) lines.push(`${k('owner')}: ${row.action.owners.join(', ')}`);
            lines.push(`${k('status')}:`);
        });
    }
    const name = fileNamePart(body ?? folderName(series.key)) || 'minutes';
    const when = nextDate ? formatIsoDate(nextDate) : lang === 'sv' ? 'nasta' : 'next';
    return { fileName: `${name}-${when}.minutes`, text: `${lines.join('\n')}\n`, dated: nextDate !== undefined };
}

/** The last segment of a series' folder, as a person reads it. */
function folderName(key: string): string {
    const folder = key.slice(0, key.indexOf('\u0000')).replace(/\/$/u, '');
    return decodeName(folder.slice(folder.lastIndexOf('/') + 1));
}
