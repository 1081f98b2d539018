/** The Swedish words of the series (SERIES.md): follow-up of actions, § through the year, registers. */
import type { KeywordSpeller, SeriesMessages, SeriesText } from './catalog.js';
import { countOf } from './plural.js';

export const seriesDiagnosticsSv = (k: KeywordSpeller): SeriesMessages => ({
    seriesDateDuplicate: (date, other) =>
        `${other} i samma serie är också daterad ${date}. Rätta datumet eller flytta den ena filen till en annan mapp.`,
    actionOriginUnknownDate: date =>
        `Seriens möten före detta hölls inte ${date}. Rätta datumet i "${k('from')}:" så att det är ett tidigare mötes datum.`,
    actionOriginUnknownItem: (date, item) => `Mötet ${date} har ingen ${item}. Rätta numret i "${k('from')}:".`,
    actionOriginNoAction: (date, item) => `${capitalize(item)} på mötet ${date} har inget uppdrag att följa upp. Rätta "${k('from')}:".`,
    actionOriginNoMatch: (date, item) =>
        `Inget av uppdragen i ${item} på mötet ${date} liknar det här. Skriv uppdraget med samma ord som när det gavs.`,
    actionOverdue: (due, meeting) =>
        `Uppdraget skulle vara klart ${due}, före mötet ${meeting}, men pågår fortfarande. Ange ett nytt "${k('due')}:" eller ändra "${k('status')}:".`,
    actionNotFollowedUp: (identity, text) =>
        `Uppdraget ${identity}${text ? ` "${text}"` : ''} är inte avslutat och följs inte upp på det här mötet. Lägg till ett "${k('action')}:" med "${k('from')}: ${identity}".`,
    actionClosedTwice: (identity, closedAt) =>
        `Uppdraget ${identity} avslutades redan på mötet ${closedAt}. Ta bort uppföljningen eller rätta "${k('from')}:".`,
    itemSeriesGap: (previous, first) =>
        `§ ${first} följer inte på § ${previous}, den sista på seriens förra möte i år: nästa nummer är § ${previous + 1}.`,
    itemSeriesOverlap: (number, usedAt) => `§ ${number} användes redan på mötet ${usedAt} samma år. Numrera vidare från det mötets sista §.`,
    referenceUnknown: (date, item) => `Mötet ${date} har ingen ${item}. Rätta hänvisningen.`,
    statusUnknown: value =>
        value ? `"${value}" är ingen status. Skriv "klart", "pågår" eller "struken".` : `Skriv en status efter "${k('status')}:": "klart", "pågår" eller "struken".`,
    originUnreadable: value =>
        (value ? `"${value}" anger inget möte och ingen punkt.` : `Skriv vilket möte och vilken punkt uppdraget kommer från.`)
        + ` Skriv till exempel "${k('from')}: 2026-05-20 punkt 1".`,
});

function capitalize(text: string): string {
    const written = String(text);
    return written.charAt(0).toUpperCase() + written.slice(1);
}

export const seriesTextSv: SeriesText = {
    state: state => ({ open: 'öppet', ongoing: 'pågår', done: 'klart', dropped: 'struket' })[state],
    overdue: 'försenat',
    columns: {
        origin: 'Ursprung',
        action: 'Uppdrag',
        owner: 'Ansvarig',
        due: 'Senast',
        status: 'Status',
        closedBy: 'Avslutat',
        meeting: 'Möte',
        item: 'Punkt',
        title: 'Rubrik',
        decision: 'Beslut',
        votes: 'Omröstning',
        reservations: 'Reservationer',
    },
    registerTitle: body => `Register över beslut och uppdrag: ${body}`,
    actionsHeading: 'Uppdrag',
    decisionsHeading: 'Beslut',
    meetingLink: date => `Mötet ${date}`,
    noActions: 'Inga uppdrag.',
    noDecisions: 'Inga beslut.',
    followUps: 'Uppföljning',
    openSince: date => `öppet sedan ${date}`,
    closedAt: date => `avslutat ${date}`,
    notFollowedUp: 'inte uppföljt än',
    openAction: identity => `öppet uppdrag ${identity}`,
    view: {
        openByOwner: 'Öppna uppdrag per ansvarig',
        openByDeadline: 'Öppna uppdrag per sista dag',
        actionsByMeeting: 'Alla uppdrag per möte',
        decisionsByMeeting: 'Beslut per möte',
        noOwner: 'Utan ansvarig',
        noDeadline: 'Utan sista dag',
        overdueBadge: count => `${countOf('sv', count, { one: 'försenat uppdrag', other: 'försenade uppdrag' })}`,
        empty: 'Inga protokoll eller minnesanteckningar i arbetsytan.',
    },
    followUpItemTitle: 'Uppföljning av uppdrag',
    newWrote: path => `Skrev ${path}`,
    newNoDate: path => `${path} säger inget datum för nästa möte; fyll i "Tid:" i den nya filen.`,
    newExists: path => `${path} finns redan och skrivs aldrig över. Byt namn på den eller ta bort den först.`,
    newNoMinutes: path => `${path} kunde inte läsas som minnesanteckningar.`,
    register: {
        dialogTitle: 'Exportera register över beslut och uppdrag',
        fileType: 'HTML-sida',
        exporting: 'Exporterar register över beslut och uppdrag…',
        pickSeries: 'Vilken serie ska registret gälla?',
        noSeries: 'Arbetsytan har inga daterade protokoll eller minnesanteckningar och alltså ingen serie att göra register över. Skriv först in datum ("Tid:").',
        notInSeries: path => `${path} är inte ett daterat protokoll i en serie. Skriv in datum ("Tid:") eller kör kommandot från en annan fil eller från vyn Minutes.`,
        couldNotBeMade: reason => `Registret kunde inte göras: ${reason}`,
    },
};
