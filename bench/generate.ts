/**
 * A deterministic generator of realistic meeting minutes for the benchmarks: Swedish or
 * English prose, dozens of persons with organisations (a few absent), roles, items with
 * paragraphs, bullets with continuation lines, decisions and actions with owner and
 * deadline, next meeting, approval and closing. Every generated document checks with zero
 * errors and zero warnings.
 *
 * Each document comes with a Markdown twin of the same content (headings, lists, bold labels,
 * a table for the actions): what a secretary would otherwise write and preview with VS Code's
 * Markdown preview, the benchmark's baseline.
 */

export type GeneratorLang = 'sv' | 'en';

export interface GenerateOptions {
    lang: GeneratorLang;
    /** Stop adding items once the minutes text reaches this many UTF-8 bytes. */
    bytes?: number;
    /** Stop adding items once the minutes text reaches this many lines. */
    lines?: number;
    /** Stop adding items once there are this many. */
    items?: number;
    /** Make a protocol (`Protokoll:` / `Protocol:`, items numbered with §) whatever the seed says. */
    protocol?: boolean;
    /** Seed of the pseudo-random generator; the same options give the same text. */
    seed?: number;
}

/** A person as declared under `Deltagare:` / `Ej närvarande:`. */
export interface GeneratedPerson {
    name: string;
    /** Organisation or role text after the comma. */
    info: string;
    absent: boolean;
}

export type Block =
    | { kind: 'paragraph'; text: string }
    | { kind: 'bullets'; bullets: string[] }
    | { kind: 'decision'; text: string }
    | { kind: 'action'; text: string; owners: string[]; due: string; dueWeekday?: string };

export interface GeneratedItem {
    number: number;
    title: string;
    blocks: Block[];
}

/** The content both renderings share; the tests compare it with what each one parses to. */
export interface MeetingContent {
    lang: GeneratorLang;
    protocol: boolean;
    title: string;
    /** ISO date of the meeting and its weekday word as written. */
    date: string;
    weekday: string;
    start: string;
    end: string;
    place: string;
    persons: GeneratedPerson[];
    chair: string;
    secretary: string;
    adjusters: string[];
    preamble: string;
    items: GeneratedItem[];
    next: { weekday: string; date: string; time: string; place: string };
    approval?: { date: string; place: string };
    closing: string;
}

export interface GeneratedMinutes {
    content: MeetingContent;
    /** The document in the minutes language. */
    minutes: string;
    /** The same content as Markdown. */
    markdown: string;
}

/** mulberry32: small, fast and good enough to vary prose; deterministic for a seed. */
export function createRandom(seed: number): Random {
    let state = seed >>> 0;
    const next = (): number => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (min, max) => min + Math.floor(next() * (max - min + 1)),
        pick: list => list[Math.floor(next() * list.length)],
        chance: p => next() < p
    };
}

export interface Random {
    /** Uniform in [0, 1). */
    next(): number;
    /** Uniform integer in [min, max]. */
    int(min: number, max: number): number;
    pick<T>(list: readonly T[]): T;
    chance(probability: number): boolean;
}

/** Keyword spellings a secretary sticks to within one document. */
interface Spelling {
    kind: string;
    date: string;
    place: string;
    present: string;
    absent: string;
    chair: string;
    secretary: string;
    adjuster: string;
    item: string;
    decision: string;
    action: string;
    owner: string;
    due: string;
    next: string;
    approval: string;
    closing: string;
    /** `kl. ` before a time, or nothing. */
    clock: string;
}

interface Vocabulary {
    firstNames: readonly string[];
    lastNames: readonly string[];
    organisations: readonly string[];
    roles: readonly string[];
    topics: readonly string[];
    titles: readonly string[];
    venues: readonly string[];
    /**
     * Weekday and month words of the generator's own, not language/keywords.ts: documents that
     * must check clean are only evidence if they are not written with the checker's own tables.
     */
    weekdays: readonly string[];
    months: readonly string[];
    sentences: readonly string[];
    bullets: readonly string[];
    decisions: readonly string[];
    actions: readonly string[];
    preamble: readonly string[];
    closing: readonly string[];
    meetingTitles: readonly string[];
    markdownActionHeader: readonly [string, string, string];
}

const SV: Vocabulary = {
    firstNames: ['Anna', 'Erik', 'Karin', 'Lars', 'Maria', 'Johan', 'Eva', 'Per', 'Kristina', 'Magnus', 'Sofia', 'Anders',
        'Helena', 'Mikael', 'Emma', 'Fredrik', 'Ingrid', 'Oskar', 'Åsa', 'Björn', 'Malin', 'Göran', 'Linnéa', 'Jonas',
        'Cecilia', 'Patrik', 'Elin', 'Henrik', 'Sara', 'Tobias', 'Camilla', 'Stefan', 'Frida', 'Leif', 'Petra', 'Mats'],
    lastNames: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
        'Gustafsson', 'Pettersson', 'Jonsson', 'Hansson', 'Bengtsson', 'Lindberg', 'Lindqvist', 'Bergström', 'Lundgren',
        'Sjöberg', 'Wallin', 'Engström', 'Holm', 'Nyström', 'Åberg', 'Öberg', 'Ekström', 'Hedlund', 'Sandberg',
        'Lindholm', 'Gyllestad', 'Runefjärd', 'Kälbäck', 'Lundberg Uudelepp', 'Västberg'],
    organisations: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö',
        'Södertörnskommunerna', 'Region Stockholm', 'Trafikverket', 'Länsstyrelsen i Stockholms län', 'Storsthlm',
        'Stockholms stad, stadsbyggnadskontoret', 'Huddinge, kommunstyrelseförvaltningen'],
    roles: ['kommundirektör', 'samhällsbyggnadsdirektör', 'näringslivschef', 'ekonomichef', 'planchef',
        'processledare', 'kommunikatör', 'utredare', 'förvaltningschef', 'miljöstrateg'],
    topics: ['det nya utvecklingsprogrammet', 'trafikförsörjningsprogrammet', 'budgeten för nästa år',
        'lokalförsörjningsplanen', 'den regionala cykelplanen', 'digitaliseringsstrategin', 'upphandlingen av skolskjuts',
        'den gemensamma energiplanen', 'samverkansavtalet', 'kompetensförsörjningen', 'utredningsuppdraget om trygghetsfrågor',
        'bredbandsutbyggnaden', 'vattenförsörjningen', 'stombusslinjerna', 'klimatanpassningsplanen', 'RUFS 2050',
        'Kollektivtrafikplan 2050', 'BioDriv Öst', 'det regionala näringslivsrådet', 'översiktsplanen'],
    titles: ['Nytt utvecklingsprogram', 'Utredningsuppdrag – Trygghetsfrågor', 'Övrig information', 'Budget och uppföljning',
        'Trafikförsörjningsprogram, remiss', 'Regional utvecklingsplan (RUFS)', 'Energiplan för Södertörn',
        'Kompetensförsörjning', 'Samverkan med Region Stockholm', 'Lokalförsörjning 2025–2030', 'Digitalisering',
        'Rapport från nätverken', 'Klimatanpassning', 'Näringslivsfrågor', 'Inför Samarbetskommitténs möte',
        'Mötesplanering för våren', 'Uppföljning av tidigare beslut', 'Cykelplan och stråkstudier'],
    venues: ['Huddinge kommunhus', 'Digitalt via Teams', 'Botkyrka kommunhus, sal Tumba', 'Södertälje stadshus',
        'Haninge kulturhus, konferensrum 3', 'Tyresö kommunhus'],
    weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
    months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
        'november', 'december'],
    sentences: [
        '{P} redovisar läget för {T} och konstaterar att arbetet följer tidplanen.',
        'Diskussion om {T} där flera kommuner lyfter behovet av samordning.',
        '{P} informerar om att arbetet med {T} har försenats med cirka {N} veckor.',
        'Kostnaderna för {T} är {N} % högre än budgeterat, främst på grund av ökade energipriser.',
        'Ledningsgruppen konstaterar att {T} behöver förankras i respektive kommun före beslut.',
        'Ett startmöte hölls den {D} med representanter från {O}.',
        'Underlaget till {T} skickas ut senast en vecka före nästa möte.',
        'Enligt tidigare beslut ska {T} redovisas till Samarbetskommittén under hösten.',
        'Frågan om {T} bordläggs till ett senare möte i väntan på underlag från {O}.',
        'Mer information om {T} finns på https://www.sodertorn.se/{S} och i det utsända materialet.',
        'Enligt 5 kap. 69 § kommunallagen ska protokollet justeras inom fjorton dagar.',
        '{P} och {Q} har träffat {O} för att diskutera {T}.',
        'Mötesdeltagandet var högt med undantag från nätverket för näringslivschefer där {N} personer deltog.',
        'Samtliga kommuner har fått möjlighet att lämna synpunkter på {T} före den {D}.',
        'Förslaget innebär att ansvaret för {T} flyttas till en gemensam tjänstemannagrupp.',
        'Det finns ett stort intresse för {T} bland kommunerna, men resurserna är begränsade.',
        'En enkät om {T} skickades till alla kommuner och {N} av dem har svarat.',
        'Visions- och målformuleringar är justerade efter diskussion och synpunkter från {O}.',
        '{P} påminner om att ”{T}” ska användas som begrepp i alla gemensamma texter.',
        'Arbetsgruppen föreslår att {T} delas upp i två etapper (etapp 1 under våren och etapp 2 under hösten).'
    ],
    bullets: [
        '{O} ställer sig bakom förslaget om {T}.',
        'Bild nr {N} i utsänt arbetsmaterial visar helheten och kan med fördel användas för att sammanfatta {T}.',
        'Ordval i texterna om {T} behöver ses över.',
        'Processen med {T} är i gång och samråd pågår löpande.',
        'Remiss om {T} planeras till våren, med svar senast den {D}.',
        '{P} tar fram en tidplan för {T}.',
        'Alla kommuner har fått möjlighet att skicka in önskemål om {T}.',
        'Flera kommuner står inför uppdraget att ta fram egna planer för {T}.',
        'Ett gemensamt nätverksmöte om {T} hölls den {D} i Subtopia Botkyrka.',
        'Kostnaden för {T} beräknas till {N} miljoner kronor under perioden 2025–2028.'
    ],
    decisions: [
        'Ledningsgruppen ställer sig bakom förslaget om {T} och överlämnar det till Samarbetskommittén.',
        'Förslaget till {T} godkänns med de justeringar som framfördes under mötet.',
        'De utsända formuleringarna om {T} ska tillämpas i det fortsatta arbetet.',
        'Frågan om {T} bordläggs till nästa möte.',
        'Ledningsgruppen beslutar att {O} får i uppdrag att samordna arbetet med {T}.',
        'Budgeten för {T} fastställs enligt utsänt underlag.'
    ],
    actions: [
        'Stämma av upplägget för {T} med ordförande i Samarbetskommittén.',
        'Ta fram ett förslag till tidplan för {T} till nästa möte.',
        'Sammanställa kommunernas synpunkter på {T} och skicka ut dem till ledningsgruppen.',
        'Boka ett gemensamt möte med {O} om {T}.',
        'Uppdatera underlaget om {T} efter dagens diskussion.'
    ],
    preamble: [
        '{P} hälsar alla välkomna till mötet och går igenom dagordningen.',
        'Dagordningen godkänns med ett tillägg om {T} under övriga frågor.',
        'Föregående minnesanteckningar läggs till handlingarna.'
    ],
    closing: [
        '{P} tackar och avslutar mötet.',
        'Ordföranden tackar för ett bra möte och avslutar det.'
    ],
    meetingTitles: ['Södertörnskommunernas ledningsgrupp', 'Samarbetskommittén', 'Nätverket för samhällsbyggnadsdirektörer',
        'Styrgruppen för RUFS-samverkan', 'Kommunstyrelsens arbetsutskott'],
    markdownActionHeader: ['Uppdrag', 'Ansvarig', 'Senast']
};

const EN: Vocabulary = {
    firstNames: ['Ada', 'Ben', 'Carla', 'David', 'Eva', 'Farid', 'Grace', 'Hassan', 'Irene', 'James', 'Kate', 'Liam',
        'Maya', 'Noah', 'Olivia', 'Priya', 'Quentin', 'Rosa', 'Samuel', 'Tara', 'Umar', 'Vera', 'William', 'Xenia',
        'Yusuf', 'Zoe', 'Aoife', 'Bjørn', 'Chloé', 'Dmitri'],
    lastNames: ['Lindqvist', 'Okafor', 'Mendes', 'Chen', 'Novak', 'Haddad', 'Smith', 'Patel', 'Kowalski', 'Murphy',
        "O'Brien", 'García', 'Müller', 'Nguyen', 'Rossi', 'Schmidt', 'Fischer', 'Brown', 'Taylor', 'Walker', 'Wright',
        'Hughes', 'Clarke', 'Evans', 'Roberts', 'Khan', 'Singh', 'Ali', 'Kim', 'Park', 'Sato', 'Van der Berg'],
    organisations: ['chair of the board', 'treasurer', 'Friends of the Library', 'staff representative', 'City Council',
        'Harbour Association', "Parents' Association", 'County Archives', 'Harbour Street Library, children’s section',
        'University Library, special collections', 'Reading Club', 'volunteer coordinator'],
    roles: ['librarian', 'board member', 'deputy', 'auditor', 'architect', 'IT coordinator', 'events manager',
        'facilities manager', 'youth representative', 'accountant'],
    topics: ['the revised budget', 'the summer reading programme', 'the roof repair', 'the new lending system',
        'the volunteer programme', 'the opening hours', 'the children’s corner', 'the digitisation project',
        'the heating costs', 'the sponsorship agreement', 'the book fair', 'the accessibility review',
        'the annual report', 'the staff survey', 'the reading room refurbishment', 'the local history archive',
        'the e-book licences', 'the outreach to schools', 'the café concession', 'the security review'],
    titles: ['Approval of the agenda', 'Budget 2026', 'Summer reading programme', 'Any other business',
        'Roof repair and facilities', 'Lending system (procurement)', 'Volunteer programme', 'Opening hours from May',
        'Report from the treasurer', 'Digitisation – phase 2', 'Outreach to schools', 'Annual report 2025',
        'Accessibility review', 'Book fair in October', 'Staff survey results', 'Sponsorship – Harbour Association'],
    venues: ['Reading room, Harbour Street Library', 'Online (Teams)', 'Town Hall, committee room 2',
        'Harbour Street Library, meeting room B', 'Community Centre, Dock Road'],
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
        'November', 'December'],
    sentences: [
        '{P} presented {T} and noted that the work is on schedule.',
        'The board discussed {T} at some length; several members asked for more detail.',
        '{P} reported that {T} has been delayed by about {N} weeks.',
        'Costs for {T} are {N} % higher than planned, mainly because of energy prices.',
        'The board noted that {T} needs the support of the City Council before a decision.',
        'A kick-off meeting was held on {D} with representatives of {O}.',
        'The papers on {T} will be sent out at least one week before the next meeting.',
        'As decided earlier, {T} will be reported to the City Council in the autumn.',
        'The question of {T} was deferred until the figures from {O} are available.',
        'More information on {T} is available at https://library.example.org/{S} and in the papers.',
        '{P} and {Q} met {O} to discuss {T}.',
        'Attendance was high, except for the evening session where only {N} people came.',
        'All members were invited to comment on {T} before {D}.',
        'The proposal moves the responsibility for {T} to a joint working group.',
        'There is strong interest in {T}, but resources are limited.',
        'A survey on {T} was sent to all branches and {N} of them have replied.',
        '{P} reminded everyone that “{T}” is the term to use in all public texts.',
        'The working group proposes to split {T} into two phases (phase 1 in spring and phase 2 in autumn).'
    ],
    bullets: [
        '{O} supports the proposal on {T}.',
        'Slide {N} of the papers gives the whole picture and can be used to summarise {T}.',
        'The wording of the texts on {T} needs another look.',
        'The process for {T} has started and consultation is ongoing.',
        'A consultation on {T} is planned for the spring, with replies due by {D}.',
        '{P} will draft a timetable for {T}.',
        'All members may send in their wishes regarding {T}.',
        'Several branches will have to draw up their own plans for {T}.',
        'A joint meeting on {T} was held on {D} in the reading room.',
        'The cost of {T} is estimated at {N} thousand pounds over the years 2025–2028.'
    ],
    decisions: [
        'The board supports the proposal on {T} and forwards it to the City Council.',
        'The proposal on {T} is approved with the changes made during the meeting.',
        'The wording on {T} that was sent out is adopted for the rest of the work.',
        'The question of {T} is deferred to the next meeting.',
        'The board asks {O} to coordinate the work on {T}.',
        'The budget for {T} is approved as presented.'
    ],
    actions: [
        'Agree the plan for {T} with the chair of the City Council committee.',
        'Prepare a timetable for {T} for the next meeting.',
        'Collect the comments on {T} and send them to the board.',
        'Arrange a joint meeting with {O} about {T}.',
        'Update the papers on {T} after today’s discussion.'
    ],
    preamble: [
        '{P} welcomed everyone and went through the agenda.',
        'The agenda was approved with one addition on {T} under any other business.',
        'The minutes of the previous meeting were approved.'
    ],
    closing: [
        'The chair closed the meeting.',
        '{P} thanked everyone and closed the meeting.'
    ],
    meetingTitles: ['Harbour Street Library, board of trustees', 'Friends of the Library, annual meeting',
        'Library services steering group', 'Digitisation project board'],
    markdownActionHeader: ['Action', 'Owner', 'Due']
};

const WRAP = 78;

/** Generates one document and its Markdown twin. */
export function generateMinutes(options: GenerateOptions): GeneratedMinutes {
    const random = createRandom(options.seed ?? 1);
    const vocabulary = options.lang === 'sv' ? SV : EN;
    const spelling = options.protocol ? asProtocol(chooseSpelling(options.lang, random)) : chooseSpelling(options.lang, random);
    const protocol = spelling.kind === 'Protokoll' || spelling.kind === 'Protocol';
    const writer = new ContentWriter(random, vocabulary);

    const meetingDay = workingDay(isoDay(2022, 1, 1) + random.int(0, 4 * 365));
    const startHour = random.int(8, 17);
    const persons = writer.persons(random.int(24, 60), random.int(2, 4));
    const present = persons.filter(p => !p.absent);
    const [chair, secretary, adjuster1, adjuster2] = writer.distinct(present, 4);
    const content: MeetingContent = {
        lang: options.lang,
        protocol,
        title: random.pick(vocabulary.meetingTitles),
        date: isoOf(meetingDay),
        weekday: weekdayWord(vocabulary, meetingDay),
        start: `${startHour}.${random.pick(['00', '15', '30'])}`,
        end: `${startHour + random.int(1, 3)}.${random.pick(['00', '15', '30', '45'])}`,
        place: random.pick(vocabulary.venues),
        persons,
        chair: chair.name,
        secretary: secretary.name,
        adjusters: random.chance(0.4) ? [adjuster1.name, adjuster2.name] : [adjuster1.name],
        preamble: writer.fill(random.pick(vocabulary.preamble), persons),
        items: [],
        next: {
            weekday: '',
            date: '',
            time: `${random.int(8, 17)}.${random.pick(['00', '30'])}`,
            place: random.pick(vocabulary.venues)
        },
        closing: ''
    };
    const nextDay = workingDay(meetingDay + random.int(14, 42));
    content.next.weekday = weekdayWord(vocabulary, nextDay);
    content.next.date = isoOf(nextDay);
    if (protocol || random.chance(0.5)) {
        content.approval = { date: isoOf(meetingDay + random.int(1, 14)), place: random.pick(vocabulary.venues) };
    }
    content.closing = writer.fill(random.pick(vocabulary.closing), persons);

    // Protocols continue § numbers across meetings; notes start at 1.
    let number = protocol ? random.int(1, 120) : 1;
    const render = (): string => renderMinutes(content, spelling);
    const trailerBytes = utf8Length(renderTrailer(content, spelling));
    const headBytes = utf8Length(render()) - trailerBytes;
    let bytes = headBytes + trailerBytes;
    let lines = countLines(render());
    const enough = (): boolean =>
        (options.bytes !== undefined && bytes >= options.bytes) || (options.lines !== undefined && lines >= options.lines)
        || (options.items !== undefined && content.items.length >= options.items);
    if (options.bytes === undefined && options.lines === undefined && options.items === undefined) throw new Error('generateMinutes needs bytes, lines or items');
    while (!enough()) {
        const item = writer.item(number++, persons, meetingDay);
        content.items.push(item);
        const text = renderItem(item, spelling);
        bytes += utf8Length(text);
        lines += countLines(text);
    }
    return { content, minutes: render(), markdown: renderMarkdown(content, spelling, vocabulary) };
}

/** The spelling of a protocol in the same language: its kind keyword, and items numbered with §. */
function asProtocol(spelling: Spelling): Spelling {
    return { ...spelling, kind: spelling.kind === 'Minutes' ? 'Protocol' : 'Protokoll', item: '§' };
}

function chooseSpelling(lang: GeneratorLang, random: Random): Spelling {
    if (lang === 'sv') {
        const protocol = random.chance(0.3);
        return {
            kind: protocol ? 'Protokoll' : 'Minnesanteckningar',
            date: random.pick(['Tid', 'Datum']),
            place: 'Plats',
            present: random.pick(['Deltagare', 'Närvarande']),
            absent: random.pick(['Ej närvarande', 'Frånvarande']),
            chair: 'Ordförande',
            secretary: random.pick(['Sekreterare', 'Vid anteckningarna']),
            adjuster: 'Justerare',
            item: protocol ? '§' : 'Punkt',
            decision: 'Beslut',
            action: 'Uppdrag',
            owner: 'Ansvarig',
            due: 'Senast',
            next: 'Nästa möte',
            approval: 'Justering',
            closing: 'Avslutning',
            clock: random.pick(['kl. ', ''])
        };
    }
    return {
        kind: 'Minutes',
        date: random.pick(['Date', 'Time']),
        place: random.pick(['Place', 'Location']),
        present: random.pick(['Present', 'Attendees', 'Participants']),
        absent: random.pick(['Absent', 'Regrets']),
        chair: 'Chair',
        secretary: 'Secretary',
        adjuster: random.pick(['Adjuster', 'Approver']),
        item: 'Item',
        decision: random.pick(['Decision', 'Resolved']),
        action: 'Action',
        owner: random.pick(['Owner', 'Responsible']),
        due: 'Due',
        next: 'Next meeting',
        approval: 'Approval',
        closing: 'Closing',
        clock: ''
    };
}

/** Fills sentence templates: {P}/{Q} persons, {T} topic, {O} organisation, {N} number, {D} date, {S} slug. */
class ContentWriter {
    constructor(private readonly random: Random, private readonly vocabulary: Vocabulary) { }

    persons(presentCount: number, absentCount: number): GeneratedPerson[] {
        const names = new Set<string>();
        const persons: GeneratedPerson[] = [];
        while (persons.length < presentCount + absentCount) {
            const name = `${this.random.pick(this.vocabulary.firstNames)} ${this.random.pick(this.vocabulary.lastNames)}`;
            if (names.has(name.toLowerCase())) continue;
            names.add(name.toLowerCase());
            const organisation = this.random.pick(this.vocabulary.organisations);
            const info = this.random.chance(0.4) ? `${organisation}, ${this.random.pick(this.vocabulary.roles)}` : organisation;
            persons.push({ name, info, absent: persons.length >= presentCount });
        }
        return persons;
    }

    /** `count` different elements of `list`. */
    distinct<T>(list: readonly T[], count: number): T[] {
        const chosen = new Set<T>();
        while (chosen.size < count) chosen.add(this.random.pick(list));
        return [...chosen];
    }

    fill(template: string, persons: readonly GeneratedPerson[]): string {
        const random = this.random;
        const v = this.vocabulary;
        const [p, q] = this.distinct(persons, 2);
        return template.replace(/\{([PQTONDS])\}/gu, (_, slot: string) => {
            switch (slot) {
                case 'P': return p.name;
                case 'Q': return q.name;
                case 'T': return random.pick(v.topics);
                case 'O': return random.pick(v.organisations);
                case 'N': return String(random.int(2, 40));
                case 'D': return `${random.int(1, 28)} ${random.pick(v.months)}`;
                default: return random.pick(v.topics).replace(/[^\p{L}\d]+/gu, '-').toLowerCase().replace(/^-|-$/gu, '');
            }
        });
    }

    sentences(templates: readonly string[], min: number, max: number, persons: readonly GeneratedPerson[]): string {
        const count = this.random.int(min, max);
        const out: string[] = [];
        for (let i = 0; i < count; i++) out.push(this.fill(this.random.pick(templates), persons));
        return out.join(' ');
    }

    item(number: number, persons: readonly GeneratedPerson[], meetingDay: number): GeneratedItem {
        const random = this.random;
        const v = this.vocabulary;
        const blocks: Block[] = [];
        const present = persons.filter(p => !p.absent);
        for (let i = random.int(1, 2); i > 0; i--) blocks.push({ kind: 'paragraph', text: this.sentences(v.sentences, 2, 6, persons) });
        if (random.chance(0.7)) {
            const bullets: string[] = [];
            for (let i = random.int(2, 6); i > 0; i--) bullets.push(this.sentences(v.bullets, 1, 3, persons));
            blocks.push({ kind: 'bullets', bullets });
        }
        for (let i = random.int(0, 2); i > 0; i--) blocks.push({ kind: 'decision', text: this.sentences(v.decisions, 1, 3, persons) });
        if (random.chance(0.3)) blocks.push({ kind: 'paragraph', text: this.sentences(v.sentences, 1, 4, persons) });
        for (let i = random.int(0, 2); i > 0; i--) {
            // An owner may be absent (the language allows it); most are present.
            const pool = random.chance(0.9) ? present : persons;
            const owners = this.distinct(pool, random.chance(0.25) ? 2 : 1).map(p => p.name);
            const dueDay = workingDay(meetingDay + random.int(3, 120));
            blocks.push({
                kind: 'action',
                text: this.sentences(v.actions, 1, 2, persons),
                owners,
                due: isoOf(dueDay),
                dueWeekday: random.chance(0.3) ? weekdayWord(v, dueDay) : undefined
            });
        }
        return { number, title: random.pick(v.titles), blocks };
    }
}

// ---------------------------------------------------------------------------------------------
// The minutes text

function renderMinutes(content: MeetingContent, s: Spelling): string {
    const out: string[] = [];
    out.push(`${s.kind}: ${content.title}`);
    out.push(`${s.date}: ${content.weekday} ${content.date} ${s.clock}${content.start}–${content.end}`);
    out.push(`${s.place}: ${content.place}`);
    out.push('');
    out.push(`${s.present}:`);
    for (const p of content.persons.filter(p => !p.absent)) out.push(`- ${p.name}, ${p.info}`);
    out.push('');
    out.push(`${s.absent}:`);
    for (const p of content.persons.filter(p => p.absent)) out.push(`- ${p.name}, ${p.info}`);
    out.push('');
    out.push(`${s.chair}: ${content.chair}`);
    out.push(`${s.secretary}: ${content.secretary}`);
    out.push(`${s.adjuster}: ${content.adjusters.join(', ')}`);
    out.push('');
    out.push(...wrap(content.preamble));
    out.push('');
    let text = out.join('\n') + '\n';
    for (const item of content.items) text += renderItem(item, s);
    return text + renderTrailer(content, s);
}

function renderItem(item: GeneratedItem, s: Spelling): string {
    const out: string[] = [`${s.item} ${item.number}: ${item.title}`];
    let previous: Block['kind'] | undefined;
    for (const block of item.blocks) {
        // A bullet list may follow its paragraph directly, as secretaries often write it.
        const tight = block.kind === 'bullets' && previous === 'paragraph';
        if (!tight && previous !== undefined) out.push('');
        switch (block.kind) {
            case 'paragraph':
                out.push(...wrap(block.text));
                break;
            case 'bullets':
                for (const bullet of block.bullets) {
                    const [first, ...rest] = wrap(bullet, WRAP - 2);
                    out.push(`- ${first}`, ...rest.map(line => `  ${line}`));
                }
                break;
            case 'decision':
                out.push(...wrap(`${s.decision}: ${block.text}`));
                break;
            case 'action':
                out.push(...wrap(`${s.action}: ${block.text}`));
                out.push(`${s.owner}: ${block.owners.join(', ')}`);
                out.push(`${s.due}: ${block.dueWeekday ? block.dueWeekday + ' ' : ''}${block.due}`);
                break;
        }
        previous = block.kind;
    }
    out.push('');
    return out.join('\n') + '\n';
}

function renderTrailer(content: MeetingContent, s: Spelling): string {
    const out: string[] = [];
    const next = content.next;
    out.push(`${s.next}: ${next.weekday} ${next.date} ${s.clock}${next.time}, ${next.place}`);
    out.push('');
    if (content.approval) {
        out.push(`${s.approval}: ${content.approval.date}, ${content.approval.place}`);
        out.push('');
    }
    out.push(...wrap(`${s.closing}: ${content.closing}`));
    return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// The Markdown twin

function renderMarkdown(content: MeetingContent, s: Spelling, v: Vocabulary): string {
    const out: string[] = [];
    out.push(`# ${s.kind}: ${content.title}`, '');
    out.push(`**${s.date}:** ${content.weekday} ${content.date} ${s.clock}${content.start}–${content.end}  `);
    out.push(`**${s.place}:** ${content.place}`, '');
    out.push(`## ${s.present}`, '');
    for (const p of content.persons.filter(p => !p.absent)) out.push(`- **${p.name}**, ${p.info}`);
    out.push('', `## ${s.absent}`, '');
    for (const p of content.persons.filter(p => p.absent)) out.push(`- **${p.name}**, ${p.info}`);
    out.push('');
    out.push(`**${s.chair}:** ${content.chair}  `);
    out.push(`**${s.secretary}:** ${content.secretary}  `);
    out.push(`**${s.adjuster}:** ${content.adjusters.join(', ')}`, '');
    out.push(...wrap(content.preamble), '');
    for (const item of content.items) {
        out.push(`## ${s.item} ${item.number}: ${item.title}`, '');
        const actions: Array<Extract<Block, { kind: 'action' }>> = [];
        for (const block of item.blocks) {
            switch (block.kind) {
                case 'paragraph':
                    out.push(...wrap(block.text), '');
                    break;
                case 'bullets':
                    for (const bullet of block.bullets) {
                        const [first, ...rest] = wrap(bullet, WRAP - 2);
                        out.push(`- ${first}`, ...rest.map(line => `  ${line}`));
                    }
                    out.push('');
                    break;
                case 'decision':
                    out.push(...wrap(`**${s.decision}:** ${block.text}`), '');
                    break;
                case 'action':
                    actions.push(block);
                    break;
            }
        }
        if (actions.length > 0) {
            const [action, owner, due] = v.markdownActionHeader;
            out.push(`| ${action} | ${owner} | ${due} |`, '| --- | --- | --- |');
            for (const a of actions) {
                out.push(`| ${a.text} | ${a.owners.join(', ')} | ${a.dueWeekday ? a.dueWeekday + ' ' : ''}${a.due} |`);
            }
            out.push('');
        }
    }
    const next = content.next;
    out.push(`## ${s.next}`, '', `${next.weekday} ${next.date} ${s.clock}${next.time}, ${next.place}`, '');
    if (content.approval) out.push(`**${s.approval}:** ${content.approval.date}, ${content.approval.place}`, '');
    out.push(...wrap(`**${s.closing}:** ${content.closing}`));
    return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Breaks text into lines of at most `width` characters at spaces; joining with ' ' gives it back. */
export function wrap(text: string, width = WRAP): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        } else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line) lines.push(line);
    return lines;
}

function isoDay(year: number, month: number, day: number): number {
    return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The day itself, or the Monday after it when it falls on a weekend. */
function workingDay(dayNumber: number): number {
    const weekday = (((dayNumber + 3) % 7) + 7) % 7;
    return weekday >= 5 ? dayNumber + (7 - weekday) : dayNumber;
}

function isoOf(dayNumber: number): string {
    return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

/** The weekday word of a day number, Monday first as in the vocabularies. */
function weekdayWord(v: Vocabulary, dayNumber: number): string {
    // 1970-01-01 was a Thursday (index 3 from Monday).
    return v.weekdays[(((dayNumber + 3) % 7) + 7) % 7];
}

export function utf8Length(text: string): number {
    return Buffer.byteLength(text, 'utf8');
}

function countLines(text: string): number {
    let lines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    return lines;
}
