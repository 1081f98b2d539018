/**
 * The registers on the command line (`minutes actions`, `minutes decisions`): text, JSON, CSV
 * (RFC 4180) and, for actions, iCalendar (RFC 5545: one VTODO per open action, DUE where it has a
 * deadline; CRLF line ends, lines folded at 75 octets, text escaped).
 */
import { createHash } from 'node:crypto';
import { strings, type Lang } from '../common/l10n/index.js';
import { formatIsoDate, type CalendarDate } from '../language/dates.js';
import { isOpen } from '../language/series.js';
import { seriesTitle, type ActionRow, type DecisionRow } from '../language/series-registers.js';

/** How a register names a file: as the user named it, or relative to where they ran the command. */
export type FileName = (uri: string) => string;

/** One action as `--format json` and `csv` give it. */
interface ActionRecord {
    series: string;
    origin: string;
    date: string;
    item: string;
    text: string;
    owners: string[];
    due: string | null;
    dueText: string | null;
    status: string;
    overdue: boolean;
    closedBy: string | null;
    file: string;
    line: number;
}

function actionRecord(row: ActionRow, file: FileName): ActionRecord {
    const action = row.action;
    return {
        series: seriesTitle(row.series),
        origin: row.identity,
        date: action.meeting.date!,
        item: action.item.number,
        text: action.action.text,
        owners: action.owners,
        due: action.due ?? null,
        dueText: action.dueText ?? null,
        status: action.state,
        overdue: row.overdue,
        closedBy: action.closedBy?.date ?? null,
        file: file(action.meeting.uri),
        line: action.action.range.start.line + 1
    };
}

interface DecisionRecord {
    series: string;
    date: string;
    item: string;
    title: string;
    decision: string;
    votes: string[];
    reservations: string[];
    file: string;
    line: number;
}

function decisionRecord(row: DecisionRow, file: FileName): DecisionRecord {
    return {
        series: seriesTitle(row.series),
        date: row.meeting.date!,
        item: row.itemName,
        title: row.item.title,
        decision: row.decision.text,
        votes: row.item.votes,
        reservations: row.item.reservations,
        file: file(row.meeting.uri),
        line: row.decision.range.start.line + 1
    };
}

/** `file:line: 2026-05-20 punkt 3 — text (Ansvarig: …; Senast: …; pågår, försenat)`, in each series' own language unless forced. */
export function actionsText(rows: readonly ActionRow[], file: FileName, forced: Lang | undefined): string {
    return rows.map(row => {
        const action = row.action;
        const lang = forced ?? action.meeting.lang;
        const words = strings(lang).series;
        const facts = [
            action.owners.length > 0 ? `${words.columns.owner}: ${action.owners.join(', ')}` : undefined,
            action.dueText ? `${words.columns.due}: ${action.dueText}` : undefined,
            [words.state(action.state), row.overdue ? words.overdue : undefined, action.closedBy ? words.closedAt(action.closedBy.date!) : undefined]
                .filter(Boolean).join(', ')
        ].filter(Boolean);
        return `${file(action.meeting.uri)}:${action.action.range.start.line + 1}: ${row.identity} — ${action.action.text} (${facts.join('; ')})\n`;
    }).join('');
}

/** `file:line: 2026-02-17 § 14 Title — decision [votes] [reservations]`. */
export function decisionsText(rows: readonly DecisionRow[], file: FileName, forced: Lang | undefined): string {
    return rows.map(row => {
        const words = strings(forced ?? row.meeting.lang).series.columns;
        const extra = [
            row.item.votes.length > 0 ? `${words.votes}: ${row.item.votes.join('; ')}` : undefined,
            row.item.reservations.length > 0 ? `${words.reservations}: ${row.item.reservations.join(', ')}` : undefined
        ].filter(Boolean);
        const title = row.item.title ? ` ${row.item.title}` : '';
        return `${file(row.meeting.uri)}:${row.decision.range.start.line + 1}: ${row.meeting.date} ${row.itemName}${title} — ${row.decision.text}${
            extra.length > 0 ? ` (${extra.join('; ')})` : ''}\n`;
    }).join('');
}

export function actionsJson(rows: readonly ActionRow[], file: FileName): string {
    return `${JSON.stringify(rows.map(row => actionRecord(row, file)), null, 2)}\n`;
}

export function decisionsJson(rows: readonly DecisionRow[], file: FileName): string {
    return `${JSON.stringify(rows.map(row => decisionRecord(row, file)), null, 2)}\n`;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading `=+-@` is kept from spreadsheets' formulas. */
function csvField(value: string | number | boolean | null | readonly string[]): string {
    let text = value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
    if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
    return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

function csv<T extends object>(records: readonly T[], columns: ReadonlyArray<keyof T & string>): string {
    const lines = [columns.join(','), ...records.map(record => columns.map(column => csvField(record[column] as never)).join(','))];
    return `${lines.join('\r\n')}\r\n`;
}

export function actionsCsv(rows: readonly ActionRow[], file: FileName): string {
    return csv(rows.map(row => actionRecord(row, file)),
        ['series', 'origin', 'date', 'item', 'text', 'owners', 'due', 'dueText', 'status', 'overdue', 'closedBy', 'file', 'line']);
}

export function decisionsCsv(rows: readonly DecisionRow[], file: FileName): string {
    return csv(rows.map(row => decisionRecord(row, file)), ['series', 'date', 'item', 'title', 'decision', 'votes', 'reservations', 'file', 'line']);
}

/** TEXT escaping of RFC 5545 3.3.11. */
function icsText(text: string): string {
    return text.replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\r\n|\r|\n/gu, '\\n');
}

/** A content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence, ending in CRLF. */
export function foldLine(line: string): string {
    const parts: string[] = [];
    let current = '';
    let octets = 0;
    for (const char of line) {
        const size = Buffer.byteLength(char, 'utf8');
        // The first line holds 75 octets; each continuation line a space and 74.
        if (octets + size > 75) {
            parts.push(current);
            current = ' ';
            octets = 1;
        }
        current += char;
        octets += size;
    }
    parts.push(current);
    return `${parts.join('\r\n')}\r\n`;
}

function icsDate(iso: string): string {
    return iso.replace(/-/gu, '');
}

/** One VTODO per open action of `rows` (the others are left out), with DUE where the deadline is a date. */
export function actionsIcs(rows: readonly ActionRow[], today: CalendarDate, forced: Lang | undefined): string {
    const stamp = `${icsDate(formatIsoDate(today))}T000000Z`;
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//minutes//registers//EN', 'CALSCALE:GREGORIAN'];
    for (const row of rows) {
        const action = row.action;
        if (!isOpen(action)) continue;
        const words = strings(forced ?? action.meeting.lang).series;
        const uid = createHash('sha256').update(`${action.meeting.uri}#${action.index}`).digest('hex').slice(0, 32);
        const description = [row.identity, action.owners.length > 0 ? `${words.columns.owner}: ${action.owners.join(', ')}` : undefined]
            .filter(Boolean).join('\n');
        lines.push('BEGIN:VTODO', `UID:${uid}@minutes`, `DTSTAMP:${stamp}`, `SUMMARY:${icsText(action.action.text || row.identity)}`,
            `DESCRIPTION:${icsText(description)}`, `CATEGORIES:${icsText(seriesTitle(row.series))}`,
            `STATUS:${action.state === 'ongoing' ? 'IN-PROCESS' : 'NEEDS-ACTION'}`);
        if (action.due) lines.push(`DUE;VALUE=DATE:${icsDate(action.due)}`);
        lines.push('END:VTODO');
    }
    lines.push('END:VCALENDAR');
    return lines.map(foldLine).join('');
}
