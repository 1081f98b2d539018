/**
 * The series on the command line: `check` with each file's series, the registers (`actions`,
 * `decisions`) in every format, the iCalendar file read back, `new --from`, and
 * `export --register`; on our own two series written to a temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse as parseHtml } from 'parse5';
import ICAL from 'ical.js';
import { runCli, type CliIO } from '../../cli/main.js';
import { foldLine } from '../../cli/register-formats.js';
import { isMeetingHref, meetingHref } from '../../language/render/links.js';
import { BOARD, KFN } from '../series/series-fixtures.js';

let dir: string;

beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-series-cli-'));
    for (const [folder, files] of [['kfn', KFN], ['board', BOARD]] as const) {
        mkdirSync(join(dir, folder));
        for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, folder, name), text);
    }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in the temporary folder on 2026-03-01 (or `today`). */
async function run(args: string[], today = { year: 2026, month: 3, day: 1 }): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io: CliIO = { stdout: t => { out += t; }, stderr: t => { err += t; }, env: {}, cwd: dir, today: () => today };
    const code = await runCli(args, io);
    return { code, out, err };
}

describe('minutes check with series', () => {
    test('our folders check clean; a file named alone is checked with the rest of its folder', async () => {
        expect(await run(['check', '.'])).toEqual({ code: 0, out: '', err: '' });
        writeFileSync(join(dir, 'kfn', 'kfn-2026-02-17.minutes'), KFN['kfn-2026-02-17.minutes'].replace('§ 4:', '§ 2:'));
        const { code, out } = await run(['check', 'kfn/kfn-2026-02-17.minutes']);
        expect(code).toBe(1);
        expect(out).toContain('kfn/kfn-2026-02-17.minutes:16:3: error: § 2 användes redan på mötet 2026-01-20 samma år. Numrera vidare från det mötets sista §. [item-series-overlap]\n');
    });

    test('files in other folders, dot-folders and node_modules are not of the series', async () => {
        // Not read: a dot-folder and node_modules (their files would be errors); arkiv/ is a series of its own.
        for (const skipped of ['.old', 'node_modules']) {
            mkdirSync(join(dir, 'kfn', skipped));
            writeFileSync(join(dir, 'kfn', skipped, 'kfn-2026-01-20.minutes'), KFN['kfn-2026-01-20.minutes'].replace('§ 1:', '§ 102:'));
        }
        mkdirSync(join(dir, 'kfn', 'arkiv'));
        writeFileSync(join(dir, 'kfn', 'arkiv', 'kfn-2025-11-18.minutes'), KFN['kfn-2025-11-18.minutes']);
        const { code, out } = await run(['check', 'kfn', '--format', 'json']);
        expect([code, JSON.parse(out)]).toEqual([0, []]);
    });
});

describe('minutes actions', () => {
    test('text: overdue first, then open, then closed, each with its origin, owner, deadline and status', async () => {
        const { code, out } = await run(['actions', 'kfn'], { year: 2026, month: 6, day: 2 });
        expect(code).toBe(0);
        expect(out).toBe([
            'kfn/kfn-2026-01-20.minutes:31: 2026-01-20 § 3 — Ordna sommarlovsaktiviteter för barn. (Ansvarig: Omar Said; Senast: 2026-06-01; pågår, försenat)',
            'kfn/kfn-2025-11-18.minutes:22: 2025-11-18 § 102 — Ta fram en plan för biblioteksfilialernas öppettider. (Ansvarig: Lena Ek; Senast: 2026-02-15; klart, avslutat 2026-02-17)',
            'kfn/kfn-2025-11-18.minutes:31: 2025-11-18 § 103 — Begära in offerter på nytt golv i idrottshallen. (Ansvarig: Omar Said; Senast: 2025-12-10; klart, avslutat 2025-12-16)',
            'kfn/kfn-2025-11-18.minutes:35: 2025-11-18 § 103 — Informera föreningarna om avstängningen av idrottshallen. (Ansvarig: Karin Berg; Senast: 2025-12-01; klart, avslutat 2025-12-16)',
            ''
        ].join('\n'));
    });

    test('--open, --overdue, --owner; the series of a file named alone', async () => {
        const open = await run(['actions', '--open', 'board/board-2026-01-15.minutes']);
        expect(open.out).toBe('board/board-2025-10-09.minutes:32: 2025-10-09 item 2 — Apply for the reading-promotion grant. (Owner: Priya Shah; Due: 2026-01-31; ongoing, overdue)\n');
        // On the grant's last day only the Friends' hall is overdue.
        expect((await run(['actions', '--overdue', '.'], { year: 2026, month: 1, day: 31 })).out)
            .toBe('board/friends-2025-10-09.minutes:19: 2025-10-09 item 1 — Book the hall for the sale. (Owner: Tom Reed; Due: 2025-10-30; open, overdue)\n');
        const mine = await run(['actions', '--owner', 'omar', 'kfn']);
        expect(mine.out.split('\n').filter(Boolean).map(line => line.split(' — ')[0])).toEqual([
            'kfn/kfn-2026-01-20.minutes:31: 2026-01-20 § 3', 'kfn/kfn-2025-11-18.minutes:31: 2025-11-18 § 103'
        ]);
        expect((await run(['actions', '--open', '--overdue'])).code).toBe(2);
    });

    test('json and csv', async () => {
        const json = JSON.parse((await run(['actions', '--format', 'json', 'board'])).out);
        expect(json[1]).toEqual({
            series: 'Harbour Library board', origin: '2025-10-09 item 2', date: '2025-10-09', item: '2',
            text: 'Apply for the reading-promotion grant.', owners: ['Priya Shah'], due: '2026-01-31', dueText: '2026-01-31',
            status: 'ongoing', overdue: true, closedBy: null, file: 'board/board-2025-10-09.minutes', line: 32
        });
        // The Friends' book sale is its own series, in the same folder.
        expect(json.map((row: { series: string; origin: string }) => `${row.series}: ${row.origin}`)).toEqual([
            'Friends of the Library: 2025-10-09 item 1', 'Harbour Library board: 2025-10-09 item 2',
            'Harbour Library board: 2025-09-11 item 1', 'Harbour Library board: 2025-09-11 item 2'
        ]);
        const csv = (await run(['actions', '--format', 'csv', 'board'])).out;
        const lines = csv.split('\r\n');
        expect(lines[0]).toBe('series,origin,date,item,text,owners,due,dueText,status,overdue,closedBy,file,line');
        expect(lines[2]).toBe('Harbour Library board,2025-10-09 item 2,2025-10-09,2,Apply for the reading-promotion grant.,Priya Shah,2026-01-31,2026-01-31,ongoing,true,,board/board-2025-10-09.minutes,32');
        expect(csv.endsWith('\r\n')).toBe(true);
    });

    test('csv quotes commas and quotes, and keeps a spreadsheet from reading a formula', async () => {
        writeFileSync(join(dir, 'board', 'board-2026-01-15.minutes'),
            BOARD['board-2026-01-15.minutes'].replace('Item 2: Any other business\n', 'Item 2: Any other business\nAction: =HYPERLINK("x"), then "more"\nOwner: Sam Cole\n\n'));
        const csv = (await run(['actions', '--format', 'csv', '--open', 'board/board-2026-01-15.minutes'])).out;
        expect(csv).toContain(',"\'=HYPERLINK(""x""), then ""more""",Sam Cole,');
    });
});

/** A small reader of iCalendar (RFC 5545): unfolds lines and unescapes TEXT values; every line must end in CRLF. */
function readIcs(text: string): Array<Record<string, string>> {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    const lines = text.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n[ \t]/gu, '').split('\r\n').filter(Boolean);
    expect(unfolded[0]).toBe('BEGIN:VCALENDAR');
    expect(unfolded.at(-1)).toBe('END:VCALENDAR');
    const todos: Array<Record<string, string>> = [];
    let current: Record<string, string> | undefined;
    for (const line of unfolded) {
        if (line === 'BEGIN:VTODO') current = {};
        else if (line === 'END:VTODO') { todos.push(current!); current = undefined; }
        else if (current) {
            const colon = line.indexOf(':');
            current[line.slice(0, colon)] = line.slice(colon + 1).replace(/\\([\\;,nN])/gu, (_, c: string) => c.toLowerCase() === 'n' ? '\n' : c);
        }
    }
    return todos;
}

describe('minutes actions --format ics', () => {
    test('one VTODO per open action, DUE at its deadline; valid lines', async () => {
        const { code, out } = await run(['actions', '--format', 'ics', '.']);
        expect(code).toBe(0);
        const todos = readIcs(out);
        expect(todos.map(t => [t.SUMMARY, t['DUE;VALUE=DATE'], t.STATUS, t.DESCRIPTION, t.CATEGORIES])).toEqual([
            ['Book the hall for the sale.', '20251030', 'NEEDS-ACTION', '2025-10-09 item 1\nOwner: Tom Reed', 'Friends of the Library'],
            ['Apply for the reading-promotion grant.', '20260131', 'IN-PROCESS', '2025-10-09 item 2\nOwner: Priya Shah', 'Harbour Library board'],
            ['Ordna sommarlovsaktiviteter för barn.', '20260601', 'IN-PROCESS', '2026-01-20 § 3\nAnsvarig: Omar Said', 'Kultur- och fritidsnämnden'],
        ]);
        expect(new Set(todos.map(t => t.UID)).size).toBe(3);
        expect(todos.every(t => t.DTSTAMP === '20260301T000000Z')).toBe(true);
    });

    test('ical.js, a library that reads iCalendar, reads the calendar back: the same to-dos, dates and texts', async () => {
        const { out } = await run(['actions', '--format', 'ics', '.']);
        const calendar = new ICAL.Component(ICAL.parse(out));
        expect(calendar.name).toBe('vcalendar');
        expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
        const todos = calendar.getAllSubcomponents('vtodo').map(todo => {
            const due = todo.getFirstPropertyValue('due') as InstanceType<typeof ICAL.Time>;
            return [todo.getFirstPropertyValue('summary'), due.isDate, due.toString(), todo.getFirstPropertyValue('status'),
                todo.getFirstPropertyValue('description')];
        });
        expect(todos).toEqual([
            ['Book the hall for the sale.', true, '2025-10-30', 'NEEDS-ACTION', '2025-10-09 item 1\nOwner: Tom Reed'],
            ['Apply for the reading-promotion grant.', true, '2026-01-31', 'IN-PROCESS', '2025-10-09 item 2\nOwner: Priya Shah'],
            ['Ordna sommarlovsaktiviteter för barn.', true, '2026-06-01', 'IN-PROCESS', '2026-01-20 § 3\nAnsvarig: Omar Said']
        ]);
        const long = 'Ställ i ordning lokalen; ta fram stolar, bord och kaffe\\te till årsmötet i föreningslokalen på Lindblomsvägen';
        writeFileSync(join(dir, 'board', 'board-2026-01-15.minutes'),
            BOARD['board-2026-01-15.minutes'].replace('Item 2: Any other business\n', `Item 2: Any other business\nAction: ${long}\nOwner: Sam Cole\nDue: 2026-04-01\n\n`));
        const again = new ICAL.Component(ICAL.parse((await run(['actions', '--format', 'ics', 'board/board-2026-01-15.minutes'])).out));
        expect(again.getAllSubcomponents('vtodo').map(todo => todo.getFirstPropertyValue('summary'))).toContain(long);
    });

    test('escaping and folding at 75 octets, never inside a character', async () => {
        const long = 'Ställ i ordning lokalen; ta fram stolar, bord och kaffe\\te till årsmötet i föreningslokalen på Lindblomsvägen';
        writeFileSync(join(dir, 'board', 'board-2026-01-15.minutes'),
            BOARD['board-2026-01-15.minutes'].replace('Item 2: Any other business\n', `Item 2: Any other business\nAction: ${long}\nOwner: Sam Cole\nDue: 2026-04-01\n\n`));
        const todos = readIcs((await run(['actions', '--format', 'ics', 'board/board-2026-01-15.minutes'])).out);
        expect(todos.find(t => t.SUMMARY.startsWith('Ställ'))?.SUMMARY).toBe(long);
        const folded = foldLine(`SUMMARY:${'å'.repeat(80)}`);
        expect(folded.split('\r\n').map(part => Buffer.byteLength(part))).toEqual([74, 75, 21, 0]);
    });
});

describe('minutes decisions', () => {
    test('every decision, meeting by meeting, in text, json and csv', async () => {
        const text = (await run(['decisions', 'kfn/kfn-2025-12-16.minutes'])).out.split('\n');
        expect(text.slice(0, 3)).toEqual([
            'kfn/kfn-2025-11-18.minutes:17: 2025-11-18 § 101 Val av justerare — Nämnden utser Karin Berg att justera protokollet.',
            'kfn/kfn-2025-11-18.minutes:20: 2025-11-18 § 102 Biblioteksfilialerna — Förvaltningen får i uppdrag att se över filialernas öppettider.',
            'kfn/kfn-2025-11-18.minutes:29: 2025-11-18 § 103 Idrottshallen — Idrottshallen stängs under golvbytet.'
        ]);
        const json = JSON.parse((await run(['decisions', '--format', 'json', 'kfn'])).out);
        expect(json).toHaveLength(9);
        expect(json[5]).toEqual({
            series: 'Kultur- och fritidsnämnden', date: '2026-01-20', item: '§ 1', title: 'Val av justerare',
            decision: 'Nämnden utser Karin Berg att justera protokollet.', votes: [], reservations: [], file: 'kfn/kfn-2026-01-20.minutes', line: 17
        });
        const csv = (await run(['decisions', '--format', 'csv', 'kfn'])).out.split('\r\n');
        expect(csv[0]).toBe('series,date,item,title,decision,votes,reservations,file,line');
        expect(csv).toHaveLength(11);
    });
});

describe('minutes new --from', () => {
    test('writes the next meeting beside the latest minutes, says where, and never overwrites', async () => {
        const first = await run(['new', '--from', 'kfn/kfn-2025-11-18.minutes']);
        expect(first).toEqual({ code: 0, out: 'Skrev kfn/kultur-och-fritidsnamnden-2026-03-17.minutes\n', err: '' });
        const text = readFileSync(join(dir, 'kfn', 'kultur-och-fritidsnamnden-2026-03-17.minutes'), 'utf8');
        expect(text).toBe(`Protokoll: Kultur- och fritidsnämnden
Organ: Kultur- och fritidsnämnden
Tid: tisdag 2026-03-17 kl. 18.00
Plats: Stadshuset

Deltagare:
- Lena Ek, ordförande
- Omar Said
- Karin Berg
- Jonas Lind, nämndsekreterare

Ordförande: Lena Ek
Sekreterare: Jonas Lind

§ 7: Val av justerare

§ 8: Uppföljning av uppdrag
Uppdrag: Ordna sommarlovsaktiviteter för barn.
Från: 2026-01-20 § 3
Ansvarig: Omar Said
Status:
`);
    });

    test('an existing file of that name is never overwritten', async () => {
        const target = join(dir, 'kfn', 'kultur-och-fritidsnamnden-2026-03-17.minutes');
        writeFileSync(target, 'Mine.\n');
        const refused = await run(['new', '--from', 'kfn/kfn-2026-02-17.minutes']);
        expect(refused).toEqual({
            code: 2, out: '',
            err: 'minutes: kfn/kultur-och-fritidsnamnden-2026-03-17.minutes finns redan och skrivs aldrig över. Byt namn på den eller ta bort den först.\n'
        });
        expect(readFileSync(target, 'utf8')).toBe('Mine.\n');
    });

    test('once its Status lines and adjuster are filled in, the new file checks with no errors', async () => {
        await run(['new', '--from', 'kfn/kfn-2026-02-17.minutes']);
        const path = join(dir, 'kfn', 'kultur-och-fritidsnamnden-2026-03-17.minutes');
        const made = readFileSync(path, 'utf8');
        const unfilled = await run(['check', '--format', 'json', 'kfn']);
        expect(JSON.parse(unfilled.out).map((d: { code: string; severity: string }) => `${d.code} ${d.severity}`)).toEqual(['adjuster-missing error', 'syntax error']);
        writeFileSync(path, made.replace('Status:', 'Status: klart').replace('Sekreterare: Jonas Lind\n', 'Sekreterare: Jonas Lind\nJusterare: Karin Berg\n'));
        expect(await run(['check', 'kfn'])).toEqual({ code: 0, out: '', err: '' });
    });

    test('without a next meeting the file has no date, and the command says so', async () => {
        const result = await run(['new', '--from', 'board/board-2026-01-15.minutes']);
        expect(result.out).toBe('Wrote board/harbour-library-board-next.minutes\n');
        expect(result.err).toBe('minutes: board/board-2026-01-15.minutes gives no date for the next meeting; fill in "Date:" in the new file.\n');
        expect(readFileSync(join(dir, 'board', 'harbour-library-board-next.minutes'), 'utf8')).toContain('\nDate:\nPlace: Reading room, Harbour Library\n');
    });
});

describe('minutes export --register', () => {
    test('one standalone page with every action and decision, linking to each meeting\'s page beside it', async () => {
        const { code, out } = await run(['export', '--register', 'kfn']);
        expect([code, out]).toEqual([0, 'Skrev kfn/register.html\n']);
        const page = readFileSync(join(dir, 'kfn', 'register.html'), 'utf8');
        expect(page).toContain('<title>Register över beslut och uppdrag: Kultur- och fritidsnämnden</title>');
        // (Quotes in an attribute are written as &#39;, as on the minutes' own page.)
        expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[^&]+&#39;; img-src &#39;none&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;">/u);
        expect(page).toContain('<a href="kfn-2026-01-20.html#p3">2026-01-20 § 3</a>');
        const hrefs = [...page.matchAll(/href="([^"]*)"/gu)].map(m => m[1]);
        expect(hrefs.length).toBeGreaterThan(10);
        expect(hrefs.every(isMeetingHref)).toBe(true);
        expect(page).not.toMatch(/<script|javascript:|\.\.\//u);
        expect(parseHtml(page)).toBeTruthy();
    });

    test('a hostile file name or text cannot make a link with a scheme or leave the folder', async () => {
        writeFileSync(join(dir, 'kfn', 'javascript:alert(1).minutes'), KFN['kfn-2026-02-17.minutes'].replace('2026-02-17', '2026-04-21')
            .replace('Nämnden lägger informationen till handlingarna.', '<script>alert(1)</script> <a href="javascript:x">x</a>'));
        await run(['export', '--register', 'kfn', '-o', join(dir, 'kfn', 'register.html')]);
        const page = readFileSync(join(dir, 'kfn', 'register.html'), 'utf8');
        expect(page).toContain('href="javascript%3Aalert(1).html"');
        expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;a href=&quot;javascript:x&quot;&gt;x&lt;/a&gt;');
        expect([...page.matchAll(/href="([^"]*)"/gu)].every(m => isMeetingHref(m[1]))).toBe(true);
        expect(meetingHref('../other/x.minutes')).toBeUndefined();
        expect(meetingHref('/etc/x.minutes')).toBeUndefined();
        expect(meetingHref('sub/x y.minutes', '14')).toBe('sub/x%20y.html#p14');
    });

    test('never over a minutes file, nor through a link it finds', async () => {
        const refused = await run(['export', '--register', 'kfn', '-o', 'kfn/kfn-2025-11-18.minutes']);
        expect(refused.code).toBe(2);
        expect(readFileSync(join(dir, 'kfn', 'kfn-2025-11-18.minutes'), 'utf8')).toBe(KFN['kfn-2025-11-18.minutes']);
        symlinkSync(join(dir, 'elsewhere.html'), join(dir, 'kfn', 'register.html'));
        expect((await run(['export', '--register', 'kfn'])).code).toBe(2);
        expect(existsSync(join(dir, 'elsewhere.html'))).toBe(false);
    });
});

describe('minutes export: links between meetings', () => {
    test('a follow-up\'s Från and a reference in prose link to the sibling page at the item, which has its anchor', async () => {
        const { code } = await run(['export', 'kfn/kfn-2026-02-17.minutes']);
        expect(code).toBe(0);
        const page = readFileSync(join(dir, 'kfn', 'kfn-2026-02-17.html'), 'utf8');
        expect(page).toContain('<span class="minutes-from"><span class="minutes-label">Från:</span> <a class="minutes-meeting-link" href="kfn-2026-01-20.html#p3">2026-01-20 § 3</a></span>');
        expect(page).toContain('<section class="minutes-item" id="p5">');
        // Another body's protocol is not of the series: plain text.
        expect(page).toContain('(KF 2025-11-20 § 134)');
        expect([...page.matchAll(/href="([^"]*)"/gu)].map(m => m[1]).every(isMeetingHref)).toBe(true);
        await run(['export', 'kfn/kfn-2026-01-20.minutes']);
        const origin = readFileSync(join(dir, 'kfn', 'kfn-2026-01-20.html'), 'utf8');
        expect(origin).toContain('<section class="minutes-item" id="p3">');
        expect(origin).toContain('<a class="minutes-meeting-link" href="kfn-2025-12-16.html#p106">2025-12-16 § 106</a>');
    });

    test('a Från naming an item the series does not have stays plain text', async () => {
        const text = KFN['kfn-2026-02-17.minutes'].replace('Från: 2026-01-20 § 3', 'Från: 2026-01-20 § 9');
        writeFileSync(join(dir, 'kfn', 'kfn-2026-02-17.minutes'), text);
        await run(['export', 'kfn/kfn-2026-02-17.minutes']);
        const page = readFileSync(join(dir, 'kfn', 'kfn-2026-02-17.html'), 'utf8');
        expect(page).toContain('<a class="minutes-meeting-link" href="kfn-2026-01-20.html#p2">');
        expect(page).not.toContain('#p9');
        expect(page).toContain('<span class="minutes-label">Från:</span> 2026-01-20 § 9</span>');
    });
});
