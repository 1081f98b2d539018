/**
 * Two series of our own for the series tests (SERIES.md), each checking with no problem:
 * a Swedish protocol of a municipal committee over two years, with § numbered through the
 * year and actions followed up until done, and an English board's minutes whose items restart
 * at 1, with follow-ups. Beside them in the board's folder, the minutes of another body and a
 * file that names no body: neither is part of the board's series.
 */

const kfnHeader = (date: string, weekday: string) => `Protokoll: Kultur- och fritidsnämnden
Organ: Kultur- och fritidsnämnden
Tid: ${weekday} ${date} kl. 18.00–20.00
Plats: Stadshuset, sammanträdesrum Gäddan

Deltagare:
- Lena Ek, ordförande
- Omar Said
- Karin Berg
- Jonas Lind, nämndsekreterare

Ordförande: Lena Ek
Sekreterare: Jonas Lind
Justerare: Karin Berg
`;

/** The Swedish committee: `kfn/`. */
export const KFN: Readonly<Record<string, string>> = {
    'kfn-2025-11-18.minutes': `${kfnHeader('2025-11-18', 'tisdag')}
§ 101: Val av justerare
Beslut: Nämnden utser Karin Berg att justera protokollet.

§ 102: Biblioteksfilialerna
Beslut: Förvaltningen får i uppdrag att se över filialernas öppettider.

Uppdrag: Ta fram en plan för biblioteksfilialernas öppettider.
Ansvarig: Lena Ek
Senast: 2026-01-15

§ 103: Idrottshallen
Golvet i idrottshallen behöver bytas under vintern.

Beslut: Idrottshallen stängs under golvbytet.

Uppdrag: Begära in offerter på nytt golv i idrottshallen.
Ansvarig: Omar Said
Senast: 2025-12-10

Uppdrag: Informera föreningarna om avstängningen av idrottshallen.
Ansvarig: Karin Berg
Senast: 2025-12-01

Nästa möte: tisdag 2025-12-16 kl. 18.00, Stadshuset
Justering: 2025-11-25
`,
    'kfn-2025-12-16.minutes': `${kfnHeader('2025-12-16', 'tisdag')}
§ 104: Val av justerare
Beslut: Nämnden utser Karin Berg att justera protokollet.

§ 105: Uppföljning av uppdrag
Uppdrag: Ta fram en plan för biblioteksfilialernas öppettider.
Från: 2025-11-18 § 102
Ansvarig: Lena Ek
Status: pågår

Uppdrag: Begära in offerter på golv.
Från: 2025-11-18 § 103
Ansvarig: Omar Said
Status: klart

Uppdrag: Informera föreningarna om avstängningen.
Från: 2025-11-18 § 103
Ansvarig: Karin Berg
Status: klart

§ 106: Budget 2026
Beslut: Nämnden antar budgeten för 2026.

Nästa möte: tisdag 2026-01-20 kl. 18.00, Stadshuset
Justering: 2025-12-22
`,
    'kfn-2026-01-20.minutes': `${kfnHeader('2026-01-20', 'tisdag')}
§ 1: Val av justerare
Beslut: Nämnden utser Karin Berg att justera protokollet.

§ 2: Uppföljning av uppdrag
Uppdrag: Ta fram en plan för biblioteksfilialernas öppettider.
Från: 2025-11-18 § 102
Ansvarig: Lena Ek
Senast: 2026-02-15
Status: pågår

§ 3: Sommarlov
Budgeten antogs 2025-12-16 § 106 och rymmer sommarlovsaktiviteter.

Beslut: Nämnden ordnar aktiviteter för barn under sommarlovet.

Uppdrag: Ordna sommarlovsaktiviteter för barn.
Ansvarig: Omar Said
Senast: 2026-06-01

Nästa möte: tisdag 2026-02-17 kl. 18.00, Stadshuset
Justering: 2026-01-27
`,
    'kfn-2026-02-17.minutes': `${kfnHeader('2026-02-17', 'tisdag')}
§ 4: Val av justerare
Beslut: Nämnden utser Karin Berg att justera protokollet.

§ 5: Uppföljning av uppdrag
Uppdrag: Ta fram en plan för biblioteksfilialernas öppettider.
Från: 2026-01-20 § 2
Ansvarig: Lena Ek
Status: klart

Uppdrag: Ordna sommarlovsaktiviteter för barn.
Från: 2026-01-20 § 3
Ansvarig: Omar Said
Status: pågår

§ 6: Simhallen
Kommunfullmäktige beslutade om simhallen (KF 2025-11-20 § 134).

Beslut: Nämnden lägger informationen till handlingarna.

Nästa möte: tisdag 2026-03-17 kl. 18.00, Stadshuset
Justering: 2026-02-24
`,
};

const boardHeader = (date: string, weekday: string, body = 'Body: Harbour Library board\n') => `Minutes: Harbour Library, board meeting
${body}Date: ${weekday} ${date} 18.00–19.30
Place: Reading room, Harbour Library

Present:
- Priya Shah, chair
- Tom Reed, treasurer
- Ada Lindqvist
- Sam Cole

Chair: Priya Shah
Secretary: Sam Cole
Adjuster: Ada Lindqvist
`;

/** The English board and its neighbours: `board/`. */
export const BOARD: Readonly<Record<string, string>> = {
    'board-2025-09-11.minutes': `${boardHeader('2025-09-11', 'Thursday')}
Item 1: Opening hours
Decision: The library asks its readers about Sunday opening.

Action: Survey readers about Sunday opening.
Owner: Priya Shah
Due: 2025-10-01

Item 2: Children's corner
Decision: The children's corner gets new shelves.

Action: Order new shelves for the children's corner.
Owner: Tom Reed
Due: 2025-12-01

Next meeting: Thursday 2025-10-09 18.00, Reading room
`,
    'board-2025-10-09.minutes': `${boardHeader('2025-10-09', 'Thursday')}
Item 1: Follow-up of actions
Action: Survey readers about Sunday opening.
From: 2025-09-11 item 1
Owner: Priya Shah
Status: done

Action: Order new shelves for the children's corner.
From: 2025-09-11 item 2
Owner: Tom Reed
Status: ongoing

Item 2: Grants
As decided 2025-09-11 item 1, Sunday opening depends on a grant.

Decision: The board applies for the reading-promotion grant.

Action: Apply for the reading-promotion grant.
Owner: Priya Shah
Due: 2026-01-31

Next meeting: Thursday 2026-01-15 18.00, Reading room
`,
    'board-2026-01-15.minutes': `${boardHeader('2026-01-15', 'Thursday')}
Item 1: Follow-up of actions
Action: Order new shelves for the children's corner.
From: 2025-09-11 item 2
Owner: Tom Reed
Status: done

Action: Apply for the reading-promotion grant.
From: 2025-10-09 item 2
Owner: Priya Shah
Status: ongoing

Item 2: Any other business
Decision: The board thanks the volunteers.
`,
    'friends-2025-10-09.minutes': `${boardHeader('2025-10-09', 'Thursday', 'Body: Friends of the Library\n')}
Item 1: Book sale
Decision: The Friends hold a book sale in November.

Action: Book the hall for the sale.
Owner: Tom Reed
Due: 2025-10-30
`,
    'notes-2025-09-11.minutes': `${boardHeader('2025-09-11', 'Thursday', '')}
Item 1: Volunteers
Decision: The volunteers meet on Saturdays.
`,
};
