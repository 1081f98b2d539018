/**
 * A municipal protocol of the second edition (LANGUAGE-2.md) for the benchmarks: a board
 * under `kommunallagen` with members, serving substitutes for part of the meeting,
 * substitutes, staff, a group, and many § with conflicts of interest, motions, open votes
 * with named voters, reservations, notes for the record, att-clauses and actions owned by
 * the group. Deterministic: the same size gives the same text. It checks with zero
 * diagnostics (the benchmark fails otherwise, since timing a broken parse means nothing).
 */

const MEMBERS = [
    ['Annelie Hägg', 'C'], ['Bo Eliasson', 'V'], ['Karin Sjöberg', 'S'], ['Lars Nyström', 'M'], ['Maria Ek', 'KD'],
    ['Omar Haddad', 'S'], ['Petra Lund', 'L'], ['Sven Åberg', 'SD'], ['Eva Strand', 'S']
] as const;

const TOPICS = [
    'Budgetuppföljning', 'Riktlinjer för ekonomiskt bistånd', 'Upphandling av familjehem', 'Anmälan av delegationsbeslut',
    'Internkontrollplan', 'Verksamhetsplan', 'Yttrande över motion om fritidsgårdar', 'Lokalförsörjning', 'Taxor och avgifter',
    'Uppföljning av placeringar'
];

/** About `bytes` UTF-8 bytes of a Swedish municipal protocol; whole § only. */
export function generateMunicipalProtocol(bytes: number): string {
    const head = [
        'Protokoll: Socialnämnden i Norrviks kommun',
        'Regler: kommunallagen',
        'Organ: Socialnämnden',
        'Tid: tisdag den 17 februari 2026 kl. 08.00–22.00',
        'Plats: Kommunhuset, sammanträdesrum Ljusnan',
        'Ajournering: 12.00–13.00',
        'Antal ledamöter: 9',
        'Justering: tisdag 2026-02-24, Kommunhuset',
        'Anslag: torsdag 2026-02-26, Socialförvaltningen, Kommunhuset',
        ''
    ];
    const body: string[] = [];
    let size = 0;
    let number = 0;
    const add = (line: string) => {
        body.push(line);
        size += Buffer.byteLength(line) + 1;
    };
    // The § are generated first: the attendance ranges of Bo Eliasson and his substitute need the last number.
    while (size < bytes - 1_500) {
        number++;
        const topic = `${TOPICS[number % TOPICS.length]} ${Math.ceil(number / TOPICS.length)}`;
        add(`§ ${number} ${topic}`);
        add(`Per Holm redovisade ärendet ${topic.toLowerCase()} och svarade på frågor från ledamöterna om kostnader och tidplan.`);
        add('');
        if (number % 3 === 0) {
            add('Jäv: Omar Haddad');
            add('');
            add('Yrkande: Bifall till förvaltningens förslag.');
            add('Av: Karin Sjöberg');
            add('');
            add('Yrkande: Återremiss för att utreda konsekvenserna.');
            add('Av: Sven Åberg');
            add('Instämmer: Lars Nyström');
            add('');
            add('Omröstning: 5 ja, 2 nej, 1 avstår');
            add(`Ja: Annelie Hägg, BO_OR_SUBSTITUTE, Karin Sjöberg, Maria Ek, Jonas Wiik`);
            add('Nej: Lars Nyström, Sven Åberg');
            add('Avstår: Petra Lund');
            add('');
            add('Beslut: Nämnden beslutar enligt förvaltningens förslag.');
            add('');
            add('Reservation: Lars Nyström, Sven Åberg mot beslutet till förmån för Sven Åbergs yrkande.');
            add('');
        } else if (number % 3 === 1) {
            add('Protokollsanteckning: Helena Berg: Miljöpartiet vill att kvalitetskraven följs upp varje kvartal.');
            add('');
            add('Beslut:');
            add('- att godkänna underlaget, och');
            add('- att uppdra åt socialförvaltningen att genomföra ärendet.');
            add('');
            add(`Uppdrag: Genomföra ${topic.toLowerCase()} och redovisa resultatet för nämnden.`);
            add('Ansvarig: Socialförvaltningen');
            add('Senast: juni 2026');
            add('');
        } else {
            add('Beslut: Nämnden lägger informationen till handlingarna.');
            add('');
        }
    }
    const half = Math.ceil(number / 2);
    // In the first half Bo Eliasson votes; in the second his serving substitute does.
    let section = 0;
    const resolved = body.map(line => {
        const item = /^§ (\d+) /u.exec(line);
        if (item) section = Number(item[1]);
        return line.replace('BO_OR_SUBSTITUTE', section <= half ? 'Bo Eliasson' : 'Cristina Kvist');
    });
    const attendance = [
        'Beslutande:',
        ...MEMBERS.filter(([name]) => name !== 'Eva Strand').map(([name, party]) =>
            name === 'Bo Eliasson' ? `- ${name} (${party}) (§ 1–${half})` : `- ${name} (${party})`),
        '',
        'Tjänstgörande ersättare:',
        `- Cristina Kvist (V), för Bo Eliasson (V) § ${half + 1}–${number}`,
        '- Jonas Wiik (S), för Eva Strand (S)',
        '',
        'Ersättare:',
        '- Helena Berg (MP)',
        '',
        'Övriga närvarande:',
        '- Anna Axelsson, nämndsekreterare',
        '- Per Holm, socialchef',
        '',
        'Ej närvarande:',
        '- Eva Strand (S)',
        '',
        'Grupper:',
        '- Socialförvaltningen',
        '',
        'Ordförande: Annelie Hägg',
        'Sekreterare: Anna Axelsson',
        'Justerare: Karin Sjöberg',
        ''
    ];
    const trailer = [
        'Nästa möte: tisdag 2026-03-17 kl. 13.00, Kommunhuset',
        'Avslutning: Ordföranden förklarade sammanträdet avslutat kl. 22.00.',
        ''
    ];
    return [...head, ...attendance, ...resolved, ...trailer].join('\n');
}
