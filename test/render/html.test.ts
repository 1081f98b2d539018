import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderBody, renderStandalonePage } from '../../language/render/html.js';
import { escapeHtml } from '../../language/render/escape.js';
import {
    assertBalanced, elements, ENGLISH_MINUTES_FILE, headings, outerAt, parse, readExample, SWEDISH_MINUTES_FILE, textOf, unescape
} from './render-helpers.js';

describe('renderBody on the English fixture', async () => {
    const doc = await parse(readExample(ENGLISH_MINUTES_FILE));
    const html = renderBody(doc);

    test('is one article in the document language', () => {
        expect(html.startsWith('<article class="minutes" lang="en">')).toBe(true);
        expect(html.endsWith('</article>')).toBe(true);
        assertBalanced(html);
    });

    test('headings: the title, then sections and items in order', () => {
        expect(headings(html)).toEqual([
            'h1: Northgate Rowing Club, committee',
            'h2: Attendance',
            'h3: Present',
            'h3: Absent',
            'h2: Item 1 Minutes of the last meeting',
            'h2: Item 2 Boat repairs',
            'h2: Item 3 Spring regatta',
            'h2: Item 4 Any other business',
            'h2: Next meeting',
            'h2: Closing',
            'h2: Signatures',
            'h2: Summary'
        ]);
    });

    test('header: kind, date in words with the times, place', () => {
        const header = elements(html, 'header')[0];
        expect(textOf(elements(header, 'p', ' class="minutes-kind"')[0])).toBe('Minutes');
        const meta = elements(header, 'dl')[0];
        expect(elements(meta, 'div').map(textOf)).toEqual([
            'Body Northgate Rowing Club committee', 'Date Tuesday 10 February 2026, 18.00–19.45',
            'Place Clubroom, Northgate boathouse'
        ]);
    });

    test('participants present and absent with their organisation, and the roles', () => {
        const lists = elements(html, 'ul', ' class="minutes-people-list"').map(list => elements(list, 'li').map(textOf));
        expect(lists).toEqual([
            ['Maya Holt, club captain', 'Oliver Grant, treasurer', 'Nadia Petrova, Northgate Rowing Trust', 'Tomas Ruiz', 'Lena Fischer, coaches\' representative'],
            ['Rashid Karim']
        ]);
        const roles = elements(html, 'dl', ' class="minutes-meta minutes-roles"')[0];
        expect(elements(roles, 'div').map(textOf)).toEqual(['Chair Maya Holt', 'Secretary Lena Fischer', 'Adjuster Nadia Petrova']);
    });

    test('prose, bullets as a real list, decisions set apart and not numbered (no number the writer did not write)', () => {
        expect(html).toContain('<p>Oliver Grant reported on the repair quotes. The eight needs a new rigger and the launch engine failed its annual service.</p>');
        expect(html).toContain('<ul><li>The committee wants two quotes for the engine before deciding.</li><li>The rowing trust offers to pay half of the new rigger.</li></ul>');
        const decisions = elements(html, 'div', ' class="minutes-decision"').map(textOf);
        expect(decisions).toEqual(['Decision The minutes of 13 January are approved.', 'Decision The rigger is repaired at Dockside Boatyard this month.']);
    });

    test('actions are tables with task, owners and deadline', () => {
        const tables = elements(html, 'table', ' class="minutes-actions"');
        expect(tables).toHaveLength(2);
        for (const table of tables) {
            expect(table).toContain('<caption>Actions</caption>');
            expect(table).toContain('<thead><tr><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th></tr></thead>');
        }
        const rows = tables.flatMap(table => elements(table, 'tr').slice(1)).map(row => elements(row, 'td').map(textOf));
        expect(rows).toEqual([
            ['Collect two quotes for a new launch engine.', 'Oliver Grant', '10 March 2026'],
            ['Send the regatta invitation to the neighbouring clubs.', 'Tomas Ruiz, Nadia Petrova', '24 February 2026']
        ]);
    });

    test('next meeting and closing', () => {
        const next = elements(html, 'section', ' class="minutes-next"')[0];
        expect(elements(next, 'div').map(textOf)).toEqual(['Date Tuesday 17 March 2026, 18.00', 'Place Clubroom']);
        expect(textOf(elements(html, 'section', ' class="minutes-closing"')[0])).toBe('Closing The chair closed the meeting at 19.45.');
    });

    test('signature block of Robert\'s Rules: respectfully submitted by the secretary, the approver, no chair', () => {
        const signatures = elements(html, 'section', ' class="minutes-signatures"')[0];
        expect(elements(signatures, 'div', ' class="minutes-signature"').map(textOf)).toEqual([
            'Respectfully submitted Lena Fischer',
            'Approved by Nadia Petrova'
        ]);
    });

    test('summary of all decisions with their item and all actions with owner and deadline', () => {
        const summary = elements(html, 'section', ' class="minutes-summary"')[0];
        const [decisions, actions] = elements(summary, 'table');
        expect(decisions).toContain('<caption>Decisions</caption>');
        expect(elements(decisions, 'tr').map(row => textOf(row))).toEqual([
            'Item Decision',
            'Item 1 Minutes of the last meeting The minutes of 13 January are approved.',
            'Item 2 Boat repairs The rigger is repaired at Dockside Boatyard this month.'
        ]);
        expect(decisions).not.toContain('<th scope="row">1</th>');
        expect(actions).toContain('<caption>Actions</caption>');
        expect(elements(actions, 'tr').slice(1).map(row => elements(row, 'td').map(textOf))).toEqual([
            ['Collect two quotes for a new launch engine.', 'Item 2 Boat repairs', 'Oliver Grant', '10 March 2026'],
            ['Send the regatta invitation to the neighbouring clubs.', 'Item 3 Spring regatta', 'Tomas Ruiz, Nadia Petrova', '24 February 2026']
        ]);
    });

    test('no notice without diagnostics, nor with zero counts', () => {
        expect(html).not.toContain('minutes-notice');
        expect(renderBody(doc, { diagnostics: { errors: 0, warnings: 0 } })).not.toContain('minutes-notice');
    });
});

describe('renderBody on the Swedish fixture', async () => {
    const doc = await parse(readExample(SWEDISH_MINUTES_FILE));
    const html = renderBody(doc);

    test('Swedish labels throughout', () => {
        expect(html.startsWith('<article class="minutes" lang="sv">')).toBe(true);
        assertBalanced(html);
        expect(headings(html)).toEqual([
            'h1: Mälarkommunernas ledningsgrupp för kollektivtrafik',
            'h2: Närvaro',
            'h3: Deltagare',
            'h3: Ej närvarande',
            'h2: Punkt 1 Gemensam regional trafikplan',
            'h2: Punkt 2 Pendlarparkeringar – Nulägesbild',
            'h2: Punkt 3 Övrig information',
            'h2: Nästa möte',
            'h2: Avslutning',
            'h2: Underskrifter',
            'h2: Sammanfattning'
        ]);
        expect(textOf(elements(html, 'p', ' class="minutes-kind"')[0])).toBe('Minnesanteckningar');
        expect(elements(elements(html, 'header')[0], 'div').map(textOf)).toEqual([
            'Organ Mälarkommunernas ledningsgrupp för kollektivtrafik', 'Tid torsdag 2 mars 2023, kl. 09.00–10.30',
            'Plats Digitalt via Zoom'
        ]);
        expect(elements(elements(html, 'dl', ' class="minutes-meta minutes-roles"')[0], 'div').map(textOf)).toEqual([
            'Ordförande Anders Lövgren', 'Sekreterare Gunilla Ståhl', 'Justerare Erik Hägg'
        ]);
    });

    test('participants with their organisation', () => {
        const [present, absent] = elements(html, 'ul', ' class="minutes-people-list"').map(list => elements(list, 'li').map(textOf));
        expect(present).toHaveLength(7);
        expect(present[0]).toBe('Anders Lövgren, Västerås');
        expect(absent).toEqual(['Hanna Berglund, Sala', 'Ivar Lindgren, Kungsör']);
    });

    test('preamble prose, decisions (not numbered), the action table', () => {
        expect(html).toContain('<div class="minutes-preamble"><p>Anders Lövgren hälsar alla välkomna till vårens första ledningsgruppsmöte.</p></div>');
        const decisions = elements(html, 'div', ' class="minutes-decision"').map(textOf);
        expect(decisions).toHaveLength(2);
        expect(decisions[0]).toMatch(/^Beslut Målbilden, linjenätet enligt kartan .* ställning till i april\.$/);
        expect(decisions[1]).toMatch(/^Beslut Inventeringen ska även omfatta .* där sådana finns\.$/);
        const table = elements(html, 'table', ' class="minutes-actions"')[0];
        expect(table).toContain('<caption>Uppdrag</caption>');
        expect(elements(table, 'th').map(textOf)).toEqual(['Uppdrag', 'Ansvarig', 'Senast']);
        const [row] = elements(table, 'tr').slice(1).map(r => elements(r, 'td').map(textOf));
        expect(row).toEqual([
            'Boka in en dragning av trafikplanen för Samverkansrådets presidium före påsk.',
            'Gunilla Ståhl',
            ''
        ]);
    });

    test('next meeting in words with place and notes; closing', () => {
        const next = elements(html, 'section', ' class="minutes-next"')[0];
        expect(elements(next, 'div').map(textOf)).toEqual(['Tid fredag 24 mars 2023', 'Plats Västerås stadshus']);
        expect(next).toContain('<p>På det mötet deltar Sofia Holm och Peter Rask');
        expect(textOf(elements(html, 'section', ' class="minutes-closing"')[0])).toBe('Avslutning Anders Lövgren tackar och avslutar mötet.');
    });

    test('signature block: Vid anteckningarna and Justeras, no Ordförande in notes', () => {
        const signatures = elements(html, 'section', ' class="minutes-signatures"')[0];
        expect(elements(signatures, 'div', ' class="minutes-signature"').map(textOf)).toEqual([
            'Vid anteckningarna Gunilla Ståhl',
            'Justeras Erik Hägg'
        ]);
    });

    test('summary in Swedish', () => {
        const summary = elements(html, 'section', ' class="minutes-summary"')[0];
        const [decisions, actions] = elements(summary, 'table');
        expect(elements(elements(decisions, 'thead')[0], 'th').map(textOf)).toEqual(['Punkt', 'Beslut']);
        const rows = elements(decisions, 'tr').slice(1).map(r => textOf(r));
        expect(rows).toHaveLength(2);
        expect(rows[0]).toMatch(/^Punkt 1 Gemensam regional trafikplan Målbilden, linjenätet/);
        expect(rows[1]).toMatch(/^Punkt 2 Pendlarparkeringar – Nulägesbild Inventeringen ska även/);
        expect(elements(actions, 'th').map(textOf)).toEqual(['Uppdrag', 'Punkt', 'Ansvarig', 'Senast']);
        expect(elements(actions, 'tr')).toHaveLength(2);
    });

    test('a notice with the problem counts when asked', () => {
        expect(renderBody(doc, { diagnostics: { errors: 2, warnings: 1 } }))
            .toContain('<p class="minutes-notice" role="status">Dokumentet har 2 fel och 1 varning.</p>');
        expect(renderBody(doc, { diagnostics: { errors: 0, warnings: 3 } })).toContain('Dokumentet har 3 varningar.');
    });
});

describe('kinds and languages', () => {
    const protocol = `Protokoll: Kommunstyrelsen
Tid: måndag 2024-03-04 kl. 09.00
Deltagare:
- Anna Ek, ordförande
- Bo Berg
- Cecilia Dahl
Ordförande: Anna Ek
Sekreterare: Bo Berg
Justerare: Cecilia Dahl

§ 12: Budget
Beslut: Budgeten fastställs.

§ 13: Övrigt
Beslut: Inget övrigt.

Justering: 2024-03-11, Stadshuset
`;

    test('a protocol adds Ordförande to the signatures and is signed "Vid protokollet"', async () => {
        const html = renderBody(await parse(protocol));
        expect(textOf(elements(html, 'p', ' class="minutes-kind"')[0])).toBe('Protokoll');
        const signatures = elements(html, 'section', ' class="minutes-signatures"')[0];
        expect(elements(signatures, 'div', ' class="minutes-signature"').map(textOf)).toEqual([
            'Vid protokollet Bo Berg',
            'Ordförande Anna Ek',
            'Justeras Cecilia Dahl'
        ]);
    });

    test('items written with § keep §, numbered as written', async () => {
        const html = renderBody(await parse(protocol));
        expect(headings(html).filter(h => h.startsWith('h2: §'))).toEqual(['h2: § 12 Budget', 'h2: § 13 Övrigt']);
        expect(elements(html, 'div', ' class="minutes-decision"').map(textOf)).toEqual(['Beslut Budgeten fastställs.', 'Beslut Inget övrigt.']);
    });

    test('approval in words with its place', async () => {
        const approval = elements(renderBody(await parse(protocol)), 'section', ' class="minutes-approval"')[0];
        expect(textOf(approval)).toBe('Justering Datum måndag 11 mars 2024 Plats Stadshuset');
    });

    test('an English protocol has English labels and the signature block of Robert\'s Rules', async () => {
        const html = renderBody(await parse(`Protocol: Council
Date: 2024-03-04 10:00-11:30
Present:
- Ann Lee
- Bob Ray
Chair: Ann Lee
Secretary: Bob Ray
Adjuster: Ann Lee
Item: Opening
Resolved: We open.
`));
        expect(html.startsWith('<article class="minutes" lang="en">')).toBe(true);
        expect(textOf(elements(html, 'p', ' class="minutes-kind"')[0])).toBe('Protocol');
        expect(textOf(elements(elements(html, 'header')[0], 'div')[0])).toBe('Date Monday 4 March 2024, 10:00–11:30');
        expect(headings(html)).toContain('h2: Item 1 Opening');
        expect(elements(html, 'div', ' class="minutes-signature"').map(textOf)).toEqual([
            'Respectfully submitted Bob Ray', 'Approved by Ann Lee'
        ]);
    });

    test('unnumbered items count on from the previous number', async () => {
        const html = renderBody(await parse('Minnesanteckningar: X\nTid: 2024-01-01\nPunkt 4: A\nPunkt: B\nPunkt: C\n'));
        expect(headings(html).filter(h => h.startsWith('h2: Punkt'))).toEqual(['h2: Punkt 4 A', 'h2: Punkt 5 B', 'h2: Punkt 6 C']);
    });
});

describe('data-line', () => {
    test('every block carries the 0-based line it starts on', async () => {
        for (const file of [ENGLISH_MINUTES_FILE, SWEDISH_MINUTES_FILE]) {
            const text = readExample(file);
            const lines = text.split('\n');
            const html = renderBody(await parse(text), { dataLines: true });
            let checked = 0;
            for (const m of html.matchAll(/<(\w+)[^>]* data-line="(\d+)"[^>]*>/g)) {
                const [startTag, tag, line] = m;
                const shown = textOf(outerAt(html, m.index!, tag));
                const source = lines[Number(line)].trim();
                const dateLine = /^(Tid|Date|Nästa möte|Next meeting)\s*:/i.exec(source);
                if (dateLine) {
                    // Dates are shown in words: the block starts with the keyword of its line.
                    expect(shown, `${startTag} for line ${line}`).toMatch(new RegExp(`^${dateLine[1]}`, 'i'));
                } else {
                    // What follows the bullet or the keyword on that line is what the block shows.
                    const content = source.replace(/^[-*•]\s+/u, '').replace(/^[\p{L}§ ]+\d*\s*:\s*/u, '');
                    expect(shown, `${startTag} for line ${line}: ${source}`).toContain(content.slice(0, 15));
                }
                checked++;
            }
            expect(checked).toBeGreaterThan(25);
        }
    });

    test('all paragraphs, list items, table rows, items and decisions have one', async () => {
        const html = renderBody(await parse(readExample(SWEDISH_MINUTES_FILE)), { dataLines: true });
        const main = html.slice(html.indexOf('</header>'), html.indexOf('<section class="minutes-signatures">'));
        for (const [tag] of main.matchAll(/<(li|tbody><tr|section class="minutes-item"|div class="minutes-decision")[^>]*>/g)) {
            expect(tag).toContain('data-line="');
        }
        for (const [tag] of main.matchAll(/<p[ >][^>]*>/g)) {
            if (!tag.includes('minutes-decision-')) expect(tag).toContain('data-line="');
        }
    });

    test('none without the option', async () => {
        expect(renderBody(await parse(readExample(ENGLISH_MINUTES_FILE)))).not.toContain('data-line');
    });
});

describe('escaping', () => {
    const payload = (slot: string) => `${slot}<img src=x onerror=alert(1)>"'&`;
    // Role lines split names at "&", ",", ";": the reference payloads leave those out.
    const namePayload = (slot: string) => `${slot}<img src=x onerror=alert(1)>"'`;
    const text = `Minnesanteckningar: ${payload('TITLE')}
Tid: 2024-01-10 kl. 10.00
Plats: ${payload('PLACE')}
Deltagare:
- ${payload('NAME')}, ${payload('ORG')}
Ej närvarande:
- ${payload('ABSENT')}
Ordförande: ${namePayload('CHAIR')}
Sekreterare: ${namePayload('SECRETARY')}
Justerare: ${namePayload('ADJUSTER')}

${payload('PREAMBLE')}

Punkt 1: ${payload('ITEMTITLE')}
${payload('PROSE')}
- ${payload('BULLET')}

Beslut: ${payload('DECISION')}

Uppdrag: ${payload('ACTION')}
Ansvarig: ${namePayload('OWNER')}
Senast: ${payload('DUE')}

Nästa möte: 2024-02-10, ${payload('NEXTPLACE')}
${payload('NEXTNOTE')}
Justering: 2024-01-12, ${payload('APPROVALPLACE')}
Avslutning: ${payload('CLOSING')}

${payload('CLOSINGNOTE')}
`;
    const slots = ['TITLE', 'PLACE', 'NAME', 'ORG', 'ABSENT', 'PREAMBLE', 'ITEMTITLE', 'PROSE', 'BULLET', 'DECISION', 'ACTION', 'DUE',
        'NEXTPLACE', 'NEXTNOTE', 'APPROVALPLACE', 'CLOSING', 'CLOSINGNOTE'];
    const nameSlots = ['CHAIR', 'SECRETARY', 'ADJUSTER', 'OWNER'];

    test('every text slot appears escaped and never raw', async () => {
        const doc = await parse(text);
        for (const html of [renderBody(doc, { dataLines: true }), renderStandalonePage(doc)]) {
            for (const slot of slots) {
                expect(html, slot).toContain(`${slot}&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;`);
            }
            for (const slot of nameSlots) {
                expect(html, slot).toContain(`${slot}&lt;img src=x onerror=alert(1)&gt;&quot;&#39;`);
                expect(html, slot).toContain('minutes-unresolved');
            }
            expect(html).not.toMatch(/<img/i);
            expect(html).not.toMatch(/>"'&/);
            assertBalanced(html.replace(/^<!DOCTYPE html>/, ''));
        }
    });

    test('the page title is escaped', async () => {
        const page = renderStandalonePage(await parse(text));
        expect(page).toContain('<title>TITLE&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</title>');
        expect(renderStandalonePage(await parse(text), { title: '</title><script>x</script>' }))
            .toContain('<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>');
    });

    test('escapeHtml escapes the five characters', () => {
        expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
        expect(unescape(escapeHtml('plain – text § 12'))).toBe('plain – text § 12');
    });

    test('bidirectional overrides and isolates are removed so they cannot reorder the page', async () => {
        const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
        const html = renderBody(await parse(`Minutes: Budget\u202Eevil\nDate: 2024-01-10\nItem 1: A\u2067b\u2069c\nDecision: x\u202Dy\n`));
        for (const ch of controls) expect(html).not.toContain(ch);
        expect(html).toContain('<h1>Budgetevil</h1>');
        expect(html).toContain('Abc');
        expect(html).toContain('xy');
        // Marks that only steer neutral characters are kept: they are part of right-to-left names.
        expect(escapeHtml('\u200Fname\u200E')).toBe('\u200Fname\u200E');
        expect(escapeHtml('a\u0000b\u0007c\td')).toBe('abc\td');
    });
});

describe('incomplete and broken documents render', () => {
    const broken = [
        '',
        '\n\n',
        'Minnesanteckningar:',
        'Protokoll:\n§:',
        'Punkt:',
        'Beslut:',
        '- ',
        'Tid: snarast',
        'Tid: fredag 2022-02-30 kl. 25.00–26.00',
        'Deltagare: Anna, Bo\n- , utan namn\n-',
        'Minutes: X\nDate: 2024-01-01\nItem 1:\nDecision:\nAction:\nOwner: Nobody, Also Nobody\nDue: later\nNext meeting: soon\nApproval: 2024-13-45, Hall\nClosing:',
        'Minutes: X\nChair: Ghost\nSecretary: Ghost\nAdjuster: Ghost, Spirit\nOwner: misplaced\nItem 1: A\nPresent:\n- late\nNext meeting: 2024-01-01\nItem 2: after trailer',
        '// only a comment\n   \n\t\n',
        'Uppdrag: x\nSenast: 2024-01-01\nAnsvarig:\n'
    ];

    test.each(broken.map(text => [JSON.stringify(text).slice(0, 60), text]))('%s', async (_name, text) => {
        const doc = await parse(text);
        const body = renderBody(doc, { dataLines: true, diagnostics: { errors: 1, warnings: 0 } });
        assertBalanced(body);
        expect(body.startsWith('<article class="minutes"')).toBe(true);
        const page = renderStandalonePage(doc);
        assertBalanced(page.replace(/^<!DOCTYPE html>/, ''));
        expect(page.match(/<h1>/g)).toHaveLength(1);
    });

    test('what is written stays visible: invalid dates and misplaced lines as written, unresolved names as written', async () => {
        const html = renderBody(await parse(broken[10]));
        expect(html).toContain('<td class="minutes-date">later</td>');
        expect(html).toContain('<span class="minutes-name minutes-unresolved">Nobody</span>, <span class="minutes-name minutes-unresolved">Also Nobody</span>');
        expect(textOf(elements(html, 'section', ' class="minutes-next"')[0])).toBe('Next meeting Date soon');
        expect(textOf(elements(html, 'section', ' class="minutes-approval"')[0])).toBe('Approval Date 2024-13-45 Place Hall');
        const misplaced = renderBody(await parse(broken[11]));
        // Inside an item a header keyword is prose, and a trailer keyword between two items is misplaced (LANGUAGE-2.md).
        expect(misplaced).toContain('<p>Present:</p>');
        expect(misplaced).toContain('<p class="minutes-misplaced">Next meeting: 2024-01-01</p>');
        expect(misplaced).toContain('after trailer');
        expect(renderBody(await parse(broken[8]))).toContain('<dd>fredag 2022-02-30, kl. 25.00–26.00</dd>');
    });

    test('every prefix of the examples renders well-formed', async () => {
        for (const file of [ENGLISH_MINUTES_FILE, SWEDISH_MINUTES_FILE]) {
            const text = readExample(file);
            for (let end = 0; end <= text.length; end += 97) {
                assertBalanced(renderBody(await parse(text.slice(0, end)), { dataLines: true }));
            }
        }
    });

    test('the project examples render', async () => {
        const dir = join(__dirname, '../../examples');
        const files = [...readdirSync(dir).map(f => join(dir, f)), ...readdirSync(join(dir, 'with-mistakes')).map(f => join(dir, 'with-mistakes', f))]
            .filter(f => f.endsWith('.minutes'));
        // Named, so that the loop below cannot pass by finding no file.
        expect(files.map(f => f.slice(dir.length + 1))).toEqual([
            'brf-lindblomman-styrelsemote-2025-11-18.minutes', 'brf-linden-2026-05-20.minutes', 'riverside-garden-club-2025-10-02.minutes',
            'with-mistakes/board-meeting-with-mistakes.minutes',
        ]);
        for (const file of files) {
            const html = renderBody(await parse(readFileSync(file, 'utf8')), { dataLines: true });
            assertBalanced(html);
            expect(headings(html)[0]).toMatch(/^h1: /);
        }
    });
});

describe('renderStandalonePage', async () => {
    const doc = await parse(readExample(SWEDISH_MINUTES_FILE));
    const page = renderStandalonePage(doc);

    test('a complete page: doctype, lang, charset, viewport, title', () => {
        expect(page.startsWith('<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">')).toBe(true);
        expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
        expect(page).toContain('<title>Mälarkommunernas ledningsgrupp för kollektivtrafik</title>');
        expect(renderStandalonePage(doc, { title: 'Egen titel' })).toContain('<title>Egen titel</title>');
        expect(renderStandalonePage(doc).endsWith('</html>\n')).toBe(true);
    });

    test('a content security policy that allows only its own inline style', () => {
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
        expect(csp).toBeDefined();
        const policy = unescape(csp!);
        expect(policy).toMatch(/^default-src 'none'; /);
        const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(m => m[1]);
        expect(styles).toHaveLength(1);
        const hash = createHash('sha256').update(styles[0], 'utf8').digest('base64');
        expect(policy).toContain(`style-src 'sha256-${hash}'`);
        expect(policy).not.toContain('script-src');
    });

    test('no scripts, no URLs, no external resources', () => {
        expect(page).not.toMatch(/<script/i);
        expect(page).not.toMatch(/\s(src|href|action|srcset|poster)\s*=/i);
        expect(page).not.toMatch(/url\(|@import|https?:|<link|<iframe|<object|<embed/i);
        expect(page).not.toMatch(/\son\w+\s*=/i);
    });

    test('landmarks, one h1, accessible tables, real lists', () => {
        const body = page.slice(page.indexOf('<body>'));
        expect(body).toMatch(/<header class="minutes-header">[\s\S]*<\/header>\s*<main class="minutes-main">[\s\S]*<\/main>/);
        expect(body.match(/<h1>/g)).toHaveLength(1);
        expect(headings(body)[0]).toBe('h1: Mälarkommunernas ledningsgrupp för kollektivtrafik');
        for (const table of elements(body, 'table')) {
            expect(table).toMatch(/^<table[^>]*><caption>/);
            expect(table).not.toMatch(/<th(?=[\s>])(?! scope="(col|row)")/);
        }
        expect(body).toContain('<ul><li>Målbilden för 2030 ställer sig samtliga bakom.</li>');
        expect(page).not.toContain('data-line');
    });

    test('print CSS: A4 pages, no breaks inside a decision or a table row', () => {
        expect(page).toMatch(/@page \{ size: A4; margin: [^}]+\}/);
        expect(page).toMatch(/\.minutes-decision \{[^}]*break-inside: avoid/);
        expect(page).toMatch(/\.minutes tr \{ break-inside: avoid/);
        expect(page).toContain('@media print');
    });

    test('a page made from a document with errors says so at its top, in the document\'s language', async () => {
        expect(page).not.toContain('<aside');
        const withErrors = renderStandalonePage(doc, { errors: 3 });
        const body = withErrors.slice(withErrors.indexOf('<body>'));
        expect(body).toMatch(/^<body>\n<div class="minutes minutes-page">\n<aside class="minutes-notice minutes-export-notice" aria-label="Fel i dokumentet"><p>Obs! Dokumentet hade 3 fel när den här sidan exporterades, så sidan kan vara ofullständig eller felaktig\. Rätta felen och exportera igen innan sidan delas\.<\/p><\/aside><header/);
        const english = renderStandalonePage(await parse(readExample(ENGLISH_MINUTES_FILE)), { errors: 1 });
        expect(english).toContain('<aside class="minutes-notice minutes-export-notice" aria-label="Errors in the document"><p>Note: the document had 1 error when');
        // The notice prints in colour too.
        expect(withErrors).toMatch(/@media print \{[\s\S]*\.minutes-notice \{ -webkit-print-color-adjust: exact/);
    });

    test('English documents get an English page', async () => {
        const english = renderStandalonePage(await parse(readExample(ENGLISH_MINUTES_FILE)));
        expect(english).toContain('<html lang="en">');
        expect(english).toContain('<title>Northgate Rowing Club, committee</title>');
    });
});
