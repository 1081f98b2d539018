/** Every user-visible string in Swedish (see catalog.ts for the shape and the quoting rule). */
import type { Catalog, DateParts, DiagnosticMessages, ExportErrorFacts, ExportErrorReason, KeywordSpeller } from './catalog.js';
import { countOf } from './plural.js';
import { RIGHTS_EDITOR_SV, rightsDiagnosticsSv, SIGNATURES_SV } from './rights-sv.js';
import { seriesDiagnosticsSv, seriesTextSv } from './sv-series.js';
import { RECORD_SV } from './record-sv.js';

const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'] as const;

const longDate = ({ year, month, day, weekday }: DateParts): string =>
    `${weekday === undefined ? '' : `${WEEKDAYS[weekday]} `}${day} ${MONTHS[month - 1]} ${year}`;

const count = (n: number, one: string, other: string): string => countOf('sv', n, { one, other });

const diagnostics = (k: KeywordSpeller): DiagnosticMessages => ({
    ...rightsDiagnosticsSv(k),
    missingHeader: () =>
        'Första raden ska säga vad dokumentet är, till exempel "Minnesanteckningar: Styrelsemöte" eller "Protokoll: Kommunstyrelsen".',
    invalidDateSlot: (keyword, value, kind) => `"${value}" är inget datum. ` + {
        date: `Skriv ett datum som 2022-10-06 efter "${keyword}" (veckodag och klockslag får stå med; platsen skrivs på en egen rad "${k('place')}:").`,
        due: `Skriv ett datum som 2022-10-06 efter "${keyword}", eller "nästa möte", "imorgon", en månad som "juni 2026" eller "löpande".`,
        next: `Skriv ett datum som 2022-10-06 efter "${keyword}" (veckodag, klockslag och ", plats" får stå med), eller "ej bestämt".`,
        approval: `Skriv ett datum som 2022-10-06 efter "${keyword}" (klockslag och ", plats" får stå med), eller "vid nästa möte", "genom pull request" eller "omedelbart".`,
        posted: `Skriv dagen då anslaget sattes upp, som 2022-10-06, efter "${keyword}" (", plats" får stå med).`,
    }[kind],
    personListInline: keyword =>
        `Skriv personerna under "${keyword}" på egna rader som börjar med "- ", till exempel "- Anna Andersson, Botkyrka".`,
    misplaced: (keyword, where) => {
        switch (where) {
            case 'first-line': return `"${keyword}" får bara stå på första raden. Ta bort raden eller gör om den till vanlig text.`;
            case 'header': return `"${keyword}" hör till mötets inledning, före första "${k('item')}". Flytta raden dit.`;
            case 'inside-item': return `"${keyword}" ska stå inom en punkt. Lägg till en rad som "${k('item')} 1: Rubrik" ovanför.`;
            case 'after-trailer': return `"${keyword}" står efter "${k('next')}"/"${k('approval')}"/"${k('closing')}". Flytta raden ovanför dem.`;
            case 'action-field': return `"${keyword}" ska stå direkt under en rad "${k('action')}:".`;
            case 'motion-field': return `"${keyword}" ska stå direkt under en rad "${k('motion')}:".`;
            case 'inside-attachment': return `"${keyword}" står i texten till en "${k('attachment')}". Flytta raden ovanför raden "${k('attachment')}", eller skriv om den som vanlig text.`;
            case 'before-items': return `"${keyword}" avslutar protokollet. Flytta raden efter sista punkten.`;
            case 'between-items': return `"${keyword}" står mellan två punkter. Flytta raden till slutet efter sista punkten, eller till inledningen före första "${k('item')}".`;
        }
    },
    duplicateField: keyword => `"${keyword}" finns redan. Behåll en av raderna.`,
    tooManyNames: (keyword, max) =>
        max === 1 ? `"${keyword}" tar ett namn. Ta bort de övriga.` : `"${keyword}" tar högst ${max} namn. Ta bort de övriga.`,
    emptyRole: keyword => `Skriv ett namn efter "${keyword}", eller ta bort raden.`,
    personWithoutName: () => 'Raden saknar namn. Skriv "- Förnamn Efternamn, organisation".',
    unreadableLine: () => 'Raden kunde inte läsas. Kontrollera nyckelordet och kolonet i början av raden.',
    documentTooLarge: lines => `Dokumentet är för stort för att kontrolleras helt (${lines} rader). Dela upp det i flera filer.`,
    encodingGuessed: encoding =>
        `Filen är inte sparad som UTF-8 (det första tecknet som inte är UTF-8 står på den här raden) och läses som ${encoding}. Kontrollera å, ä och ö och spara filen som UTF-8.`,
    checkFailed: reason => `Dokumentet kunde inte kontrolleras: ${reason}. Andra dokument påverkas inte; nästa ändring kontrollerar det igen.`,
    meetingDateMissing: () => `Mötets datum saknas. Lägg till en rad som "${k('date')}: 2022-10-06 13.00–14.00".`,
    dateInvalid: text => `"${text}" är inget giltigt datum: den dagen finns inte i kalendern.`,
    timeInvalid: text => `"${text}" är inget giltigt klockslag.`,
    weekdayMismatch: (written, date, actual) => `${date} är en ${actual}, inte "${written}".`,
    timeOrder: (start, end) => `Sluttiden ${end} måste vara efter starttiden ${start}.`,
    personUnknown: (name, suggestion) =>
        `${name} finns inte bland deltagarna.` + (suggestion ? ` Menade du ${suggestion}?` : ` Lägg till personen under "${k('present')}" eller rätta stavningen.`),
    personDuplicate: name => `${name} står redan i listan. Ta bort den ena raden.`,
    personPresentAndAbsent: name =>
        `${name} står både som närvarande och som ej närvarande. Ta bort personen från den ena listan, eller skriv vid båda vilka punkter det gäller, till exempel "(§ 1–5)" och "(§ 6–9)".`,
    adjusterNotPresent: name => `Justeraren ${name} var inte närvarande. Välj en närvarande justerare eller flytta personen till "${k('present')}".`,
    adjusterIsSecretary: name => `${name} har skrivit anteckningarna och kan inte också justera dem. Välj en annan justerare.`,
    adjusterIsChair: name => `${name} är ordförande och justerare. Välj helst en annan justerare.`,
    chairNotPresent: name => `Ordföranden ${name} var inte närvarande.`,
    secretaryNotPresent: name => `Sekreteraren ${name} var inte närvarande.`,
    itemNumberDuplicate: number => `Punkt ${number} finns redan. Numrera om punkterna.`,
    itemNumberGap: (previous, number) => `Punkt ${number} följer på punkt ${previous}: numren hoppar över ${previous + 1}.`,
    decisionEmpty: keyword => `"${keyword}" saknar text. Skriv vad mötet beslutade.`,
    actionOwnerMissing: keyword => `"${keyword}" saknar ansvarig. Lägg till en rad "${k('owner')}: Namn" under uppdraget.`,
    deadlineBeforeMeeting: (due, meeting) => `Sista dagen ${due} är före mötet ${meeting}.`,
    nextMeetingNotAfter: (next, meeting) => `Nästa möte ${next} måste vara efter detta möte ${meeting}.`,
    approvalBeforeMeeting: (approval, meeting) => `Justeringen ${approval} kan inte vara före mötet ${meeting}.`,
    approvalTooLate: (days, limit) => `Justeringen sker ${days} dagar efter mötet; den ska ske inom ${limit} dagar.`,
    // Dates and times of the second edition
    dateAmbiguous: (written, reading, order, iso) =>
        `"${written}" läses som ${reading} (${order === 'day-month' ? 'dag/månad' : 'månad/dag'}). Skriv ${iso} så kan datumet inte läsas på två sätt.`,
    dateRangeReversed: written => `"${written}" slutar innan det börjar. Skriv den första dagen först.`,
    deadlineUnresolved: (written, nextMissing) => nextMissing
        ? `"${written}" blir inget datum: dokumentet har ingen rad "${k('next')}:". Lägg till en sådan rad med datum, eller skriv ett datum här.`
        : `"${written}" blir inget datum: "${k('next')}:" har inget datum. Skriv datumet där, eller skriv ett datum här.`,
    relativeDeadlineBeforeMeeting: (written, resolved, meeting) => `"${written}" betyder ${resolved}, som är före mötet ${meeting}.`,
    recessOutsideMeeting: (recess, meeting) => `Ajourneringen "${recess}" ligger utanför mötets tid "${meeting}". Rätta tiderna.`,
    // core (second edition)
    countInvalid: (keyword, value) => `"${value}" är inget heltal. Skriv antalet efter "${keyword}" med siffror, till exempel "${keyword} 9".`,
    recessInvalid: (keyword, value) => `"${value}" är ingen tid. Skriv ajourneringen som "${keyword} 10.00–10.20".`,
    groupListInline: keyword => `Skriv grupperna under "${keyword}" på egna rader som börjar med "- ", till exempel "- Förvaltningen".`,
    agendaEntryEmpty: keyword => `Punkten på "${keyword}" saknar rubrik. Skriv rubriken efter "- " eller numret, eller ta bort raden.`,
    voteEmpty: keyword => `Skriv resultatet efter "${keyword}", till exempel "7 ja, 2 nej, 1 avstår" eller "enhälligt".`,
    recordNoteWithoutPerson: keyword => `Skriv vem anteckningen kommer från och ett kolon före texten: "${keyword} Namn: text".`,
    confidentialEmpty: keyword => `Skriv grunden för sekretessen efter "${keyword}", till exempel "OSL 26 kap. 1 §".`,
    attachmentNumberMissing: keyword => `Skriv bilagans nummer: "${String(keyword).replace(/:$/u, '')} 1: Rubrik".`,
    fenceUnclosed: () => 'Blocket som börjar här avslutas aldrig. Avsluta det med en rad med tre bakåtfnuttar (```), eller ta bort raden.',

    // people
    personAmbiguous: (written, form, candidates) =>
        `${form === 'short' ? `"${written}"` : written} passar flera personer: ${orList(candidates)}. Skriv hela namnet.`,
    attendanceItemUnknown: (number, range) =>
        `"${range}" nämner punkt ${number}, men någon sådan punkt finns inte. Rätta numret eller lägg till punkten.`,
    rangeUnreadable: (range, at) =>
        `"${range}" kan inte läsas som punkter${at === undefined ? '' : ` (vid "${at}")`}. Skriv till exempel "(§ 3–5)", "(ej § 4)", "(från § 5)", "(till § 7)" eller "(lämnade efter § 4)".`,
    chairRangeOverlap: (name, other, items) =>
        `${name} och ${other} är båda ordförande för ${items}. Ange punkter som inte överlappar.`,
    chairNotPresentIn: (name, items) => `Ordföranden ${name} var inte närvarande vid ${items}.`,
    itemList: (list, n) => n === 1 ? `punkt ${list}` : `punkterna ${list}`,
});

/** `Anna Berg`, `Anna Berg eller Per Holm`, `Anna Berg, Bo Ek eller Per Holm`. */
function orList(names: readonly string[]): string {
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} eller ${names[names.length - 1]}`;
}

/** A special file's kind (`ExportErrorFacts.detail`) in words. */
const SPECIAL_KINDS: Readonly<Record<string, string>> = {
    fifo: 'en namngiven rörledning (FIFO)', 'character-device': 'en enhet', 'block-device': 'en diskenhet', socket: 'en socket'
};

function exportError(reason: ExportErrorReason, { target, folder, name, suggestion, detail }: ExportErrorFacts): string {
    const example = suggestion ? `, till exempel ${suggestion}` : '';
    switch (reason) {
        case 'same-as-source':
            return `${target} är själva mötesanteckningarna; exporten skulle skriva över dem. Välj ett annat filnamn${example}.`;
        case 'target-is-directory':
            return `${target} är en mapp. Ange ett filnamn${example}.`;
        case 'target-is-link':
            return `${target} är en symbolisk länk (till ${detail ?? '?'}), och exporten skriver aldrig genom en länk som den hittar. Ta bort länken eller ange själv filen som ska skrivas.`;
        case 'link-dangling':
            return `${target} är en symbolisk länk till ${detail ?? '?'}, som inte finns. Skapa den filen först eller välj en annan fil.`;
        case 'target-is-special':
            return `${target} är ingen vanlig fil utan ${SPECIAL_KINDS[detail ?? ''] ?? 'en specialfil'}; exporten ersätter den inte. Ta bort den eller välj ett annat filnamn.`;
        case 'folder-missing':
            return `Mappen ${folder} finns inte. Skapa den först eller välj en annan mapp.`;
        case 'permission-denied':
            return `Du saknar behörighet att skriva ${target}. Välj en annan mapp eller ändra behörigheterna.`;
        case 'read-only':
            return `${folder} är skrivskyddad. Välj en annan mapp.`;
        case 'disk-full':
            return `Disken är full; ${target} skrevs inte. Frigör utrymme och försök igen.`;
        case 'name-too-long':
            return `Filnamnet ${name} är för långt för disken; ${target} skrevs inte. Välj ett kortare namn.`;
        case 'write-failed':
            return `${target} kunde inte skrivas (${detail ?? 'okänt fel'}). En befintlig fil är oförändrad. Försök igen eller välj en annan mapp.`;
    }
}

/** The Swedish catalog. */
export const SV: Catalog = {
    lang: 'sv',
    calendar: {
        weekdays: WEEKDAYS,
        months: MONTHS,
        longDate,
        timeRange: (start, end) => `kl. ${start}${end ? `–${end}` : ''}`,
        dateRange: (start, end) => `${longDate(start)} – ${longDate(end)}`,
        tentative: date => `${date} (preliminärt)`,
        monthYear: (month, year) => `${MONTHS[month - 1]} ${year}`,
        relative: {
            nextMeeting: 'nästa möte',
            atNextMeeting: 'vid nästa möte',
            tomorrow: 'i morgon',
            ongoing: 'löpande',
            pullRequest: 'genom pull request',
            immediately: 'omedelbart',
        },
    },
    diagnostics,
    editor: {
        present: 'närvarande',
        absent: 'ej närvarande',
        chair: 'ordförande',
        secretary: 'sekreterare',
        adjuster: 'justerare',
        teller: 'rösträknare',
        actions: 'Uppdrag',
        item: number => `Punkt ${number}`,
        due: date => `senast ${date}`,
        daysFromMeeting: days =>
            days === 0 ? 'mötesdagen' : `${count(Math.abs(days), 'dag', 'dagar')} ${days > 0 ? 'efter' : 'före'} mötet`,
        today: 'i dag',
        weeksLater: weeks => weeks === 1 ? 'om en vecka' : `om ${count(weeks, 'vecka', 'veckor')}`,
        lastApprovalDay: 'sista dagen för justering',
        appealEnds: date => `överklagandetiden går ut ${date}`,
        days: n => count(n, 'dag', 'dagar'),
        slashReading: order => order === 'day-month' ? 'läst som dag/månad' : 'läst som månad/dag',
        nextMeetingUndated: 'nästa möte har inget datum',
        noDeadline: 'ingen sista dag',
        persons: n => count(n, 'person', 'personer'),
        newItem: 'ny punkt',
        newAction: 'uppdrag med ansvarig och sista dag',
        template: kind => `mall: ${kind}`,
        addToPresent: (name, list) => `Lägg till ${name} under ${list}`,
        replaceWith: name => `Ändra till ${name}`,
        removeFrom: (name, list) => `Ta bort ${name} från ${list}`,
        moveToPresent: (name, list) => `Flytta ${name} till ${list}`,
        writeWeekday: weekday => `Skriv ${weekday}`,
        renumber: (first, last) => `Numrera om punkterna ${first}–${last}`,
        renameTaken: name => `${name} finns redan bland deltagarna. Välj ett annat namn.`,
        renameInvalid: name => `"${name}" kan inte vara ett namn: skriv för- och efternamn utan komma, semikolon eller "och".`,
        servesFor: (name, range) => `Tjänstgör för ${name}${range ? ` ${range}` : ''}`,
        replacedBy: (name, range) => `Ersätts av ${name}${range ? ` ${range}` : ''}`,
        writeFullName: name => `Skriv hela namnet ${name}`,
        nameInProse: 'Namnet i löptext',
        attendanceGroup: group => ({ voting: 'beslutande', serving: 'tjänstgörande ersättare', substitutes: 'ersättare', others: 'övrig närvarande' })[group],
        renameShortInvalid: name => `"${name}" kan inte vara en kortform: skriv ett ord utan mellanslag, komma eller parentes.`,
        placeholders: {
            title: 'Styrelsemöte',
            place: 'Sammanträdesrummet',
            persons: ['Anna Andersson', 'Bertil Berg', 'Cecilia Carlsson'],
            organisation: 'organisation',
            itemTitle: 'Rubrik',
            text: 'Vad som sades.',
            decision: 'Vad mötet beslutade.',
            action: 'Vad som ska göras.',
            start: '13.00',
            end: '14.00',
        },
    },
    page: {
        kind: protocol => protocol ? 'Protokoll' : 'Minnesanteckningar',
        date: 'Datum',
        attendance: 'Närvaro',
        actionsCaption: 'Uppdrag',
        task: 'Uppdrag',
        signatures: 'Underskrifter',
        // Swedish practice: a protocol is signed "Vid protokollet", notes "Vid anteckningarna".
        recordedBy: protocol => protocol ? 'Vid protokollet' : 'Vid anteckningarna',
        approvedBy: 'Justeras',
        summary: 'Sammanfattning',
        decisionsCaption: 'Beslut',
        problems: (errors, warnings) => {
            const parts = [errors && `${errors} fel`, warnings && count(warnings, 'varning', 'varningar')].filter(Boolean);
            return parts.length ? `Dokumentet har ${parts.join(' och ')}.` : undefined;
        },
        exportNoticeLabel: 'Fel i dokumentet',
        exportedWithErrors: errors =>
            `Obs! Dokumentet hade ${errors} fel när den här sidan exporterades, så sidan kan vara ofullständig eller felaktig. Rätta felen och exportera igen innan sidan delas.`,
        pageNumber: (page, pages) => `Sida ${page} av ${pages}`,
    },
    rights: RIGHTS_EDITOR_SV,
    signatures: SIGNATURES_SV,
    exportError,
    extension: {
        openMinutesFirst: 'Öppna en fil med minnesanteckningar (.minutes) först.',
        serverCouldNotStart: reason => `Språkservern för minnesanteckningar kunde inte starta: ${reason}`,
        htmlPage: 'HTML-sida',
        exportButton: 'Exportera',
        exportTitle: 'Exportera till HTML',
        exportNotOnDisk: target => `Exportera till HTML kan bara skriva filer på disk; ${target} ligger inte på disk.`,
        exporting: 'Exporterar till HTML…',
        pageCouldNotBeMade: reason => `HTML-sidan kunde inte skapas: ${reason}`,
        couldNotWrite: (target, reason) => `${target} kunde inte skrivas: ${reason}`,
        exportedTo: target => `Exporterat till ${target}`,
        open: 'Öppna',
        reveal: 'Visa i mapp',
        notFound: file => `${file} hittades inte.`,
        previewTitle: name => `Förhandsgranska ${name}`,
        serverTooSlow: 'språkservern svarade inte i tid. Ett nytt försök görs vid nästa ändring.',
        exportWithErrors: (name, errors) => `${name} har ${errors} fel. Exportera ändå?`,
        exportAnyway: 'Exportera ändå',
        exportWithErrorsDetail: 'Sidan säger överst att dokumentet har fel. Vyn Problem listar dem.',
        exportedPageTitle: name => `Sidan ${name}`,
        pdfDocument: 'PDF-dokument',
        exportPdfTitle: 'Exportera till PDF',
        exportPdfNotOnDisk: target => `Exportera till PDF kan bara skriva filer på disk; ${target} ligger inte på disk.`,
        exportingPdf: 'Exporterar till PDF…',
        pdfCouldNotBeMade: reason => `PDF-filen kunde inte skapas: ${reason}`,
    },
    server: {
        unknownDocument: uri => `Språkservern känner inte till ${uri}. Öppna filen i redigeraren först.`,
        notValidatedInTime: uri => `${uri} hann inte kontrolleras; nästa ändring visar den igen.`,
        notOpen: uri => `${uri} är inte öppen i redigeraren. Öppna den för att förhandsgranska den.`,
        versionNeverArrived: (uri, version, known) =>
            `Version ${version} av ${uri} nådde aldrig språkservern; den har version ${known}. Förhandsgranskningen visas igen vid nästa ändring.`,
        couldNotRender: (uri, reason) => `${uri} kunde inte visas: ${reason}.`,
    },
    preview: {
        loading: 'Förhandsgranskningen laddas…',
        noProblems: 'Inga problem',
        oneError: '1 fel',
        manyErrors: '{0} fel',
        oneWarning: '1 varning',
        manyWarnings: '{0} varningar',
        lineLabel: 'Rad {0}',
        problemsLabel: 'Problem i dokumentet',
        renderFailed: 'Förhandsgranskningen kunde inte uppdateras: {0}',
        error: 'Fel',
        warning: 'Varning',
    },
    cli: {
        wrote: path => `Skrev ${path}`,
        wroteStdout: 'Skrev sidan till standard ut.',
        wroteStream: path => `Skrev sidan till ${path}.`,
        exportsToItself: (file, suggestion, extension) =>
            `${file} skulle exporteras till sig själv (sidan får filens namn med ${extension}); ange sidans namn med -o, till exempel -o ${suggestion}.`,
        exportedWithErrors: (file, errors) =>
            `Obs: ${file} har ${errors} fel; sidan exporterades ändå. Kör "minutes check ${file}" för att se dem.`,
        pdfToTerminal: 'En PDF skrivs inte till terminalen; ange filen med -o, till exempel -o protokoll.pdf, eller skicka utdata vidare med |.',
    },
    // series (SERIES.md)
    seriesDiagnostics: seriesDiagnosticsSv,
    series: seriesTextSv,
    record: RECORD_SV,
};
