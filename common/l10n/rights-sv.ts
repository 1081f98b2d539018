/** Swedish words about rule sets, votes and who may decide (shape: rights-catalog.ts). */
import type { KeywordSpeller } from './catalog.js';
import type { EntitlementBar, RecusedAct, RightsDiagnosticMessages, RightsEditorText, SignatureText } from './rights-catalog.js';
import { countOf } from './plural.js';

const count = (n: number, one: string, other: string): string => countOf('sv', n, { one, other });

const ACTS: Readonly<Record<RecusedAct, string>> = {
    vote: 'rösta', move: 'yrka', reserve: 'reservera sig', chair: 'leda förhandlingarna'
};

function notEntitled(name: string, item: string, bar: EntitlementBar, group: string): string {
    switch (bar) {
        case 'absent': return `${name} står under "${group}" och kan inte besluta i ${item}.`;
        case 'not-present': return `${name} var enligt närvaroangivelsen inte närvarande vid ${item} och kan inte besluta där.`;
        case 'no-vote': return `${name} står under "${group}", som inte deltar i besluten, och kan inte besluta i ${item}.`;
        case 'not-serving': return `${name} tjänstgör inte i ${item} (se "${group}") och kan inte besluta där.`;
    }
}

export const rightsDiagnosticsSv = (k: KeywordSpeller): RightsDiagnosticMessages => ({
    adjusterMissing: required =>
        required ? `Protokollet måste justeras. Lägg till en rad "${k('adjuster')}: Namn".`
            : `Justerare saknas. Lägg till en rad "${k('adjuster')}: Namn", eller skriv "${k('approval')}: vid nästa möte" om mötet godkänner anteckningarna senare.`,
    rulesUnknown: (keyword, value, fallback) =>
        (value ? `"${value}" är ingen regeluppsättning.` : `"${keyword}" saknar regeluppsättning.`)
        + ` Skriv kommunallagen, förening, anteckningar eller roberts; tills vidare gäller ${fallback}.`,
    voteCountsUnreadable: (keyword, value) =>
        `"${value}" kan inte läsas som röstetal efter "${keyword}". Skriv till exempel "7 ja, 2 nej, 1 avstår", "7–2–1" eller "enhälligt".`,
    voteCountMismatch: (list, names, counts, written) =>
        `Under "${list}" står ${count(names, 'namn', 'namn')}, men "${counts}" anger ${written}. Rätta antalet eller namnen.`,
    voteExceedsVoters: (votes, voters, item) =>
        `Omröstningen räknar ${count(votes, 'röst', 'röster')}, men bara ${voters} får besluta i ${item}.`,
    voterNotEntitled: notEntitled,
    javParticipated: (name, item, act) =>
        `${name} har jäv i ${item} och får inte ${ACTS[act] ?? 'delta'} där.`,
    reservationVotedFor: (name, list) =>
        `${name} reserverar sig mot beslutet men står under "${list}". Kontrollera omröstningen eller reservationen.`,
    quorumNotMet: (item, voters, quorum) =>
        `Bara ${voters} får besluta i ${item}; nämnden är beslutför med ${quorum}.`,
    substituteWhileServing: (substitute, member, items) =>
        `${member} är själv närvarande i ${items}, där ${substitute} tjänstgör för ${member}. Ange var ersättaren tjänstgör, till exempel "för ${member} § …".`,
    moverNotPresent: (name, item, keyword) =>
        `${name} under "${keyword}" var inte närvarande vid ${item}.`,
    motionMoverMissing: keyword =>
        `"${keyword}" saknar förslagsställare. Lägg till en rad "${k('moved-by')}: Namn" under yrkandet.`,
    voteNamesMissing: keyword =>
        `"${keyword}" anger bara antal. Vid öppen omröstning ska det framgå hur var och en röstat (KL 5 kap. 67 §): lägg till raderna "${k('yes')}:", "${k('no')}:" och "${k('abstain')}:" med namnen.`,
    votersUndeclared: () =>
        `Protokollet har beslut men ingen lista över dem som beslutar. Lägg till "${k('voting')}:" (eller "${k('present')}:") med ledamöterna.`,
    anslagBeforeApproval: (posted, approval) =>
        `Anslaget ${posted} är före justeringen ${approval}. Protokollet anslås först när det är justerat.`,
    anslagLate: (posted, approval, days) =>
        `Anslaget ${posted} sker ${count(days, 'dag', 'dagar')} efter justeringen ${approval}; det ska ske senast två dagar efter (KL 8 kap. 12 §).`,
    agendaItemMissing: entry =>
        `"${entry}" står på dagordningen, men ingen punkt har den rubriken eller det numret.`,
    itemNotOnAgenda: item => `"${item}" står inte på dagordningen.`,
    attachmentMissing: (reference, attachment) =>
        `Texten hänvisar till "${reference}", men den bilagan finns inte. Lägg till "${attachment} Rubrik" efter sista punkten.`,
});

export const RIGHTS_EDITOR_SV: RightsEditorText = {
    mayDecide: n => `Får besluta (${n})`,
    nobodyMayDecide: 'Ingen får besluta',
    recused: 'Jäv',
    votes: 'Röster',
    reservations: 'Reservationer',
    motions: 'Yrkanden',
    voteArithmetic: (sum, total, voters) => `${sum} = ${count(total, 'röst', 'röster')}; ${voters} får besluta`,
    quorum: quorum => `Beslutför med ${quorum}`,
    mayVote: 'får besluta här',
    mayNotVote: 'får inte besluta här',
    countsFromNames: counts => `Skriv "${counts}" (räknat från namnen)`,
    addAgendaEntry: title => `Lägg till "${title}" på dagordningen`,
    ruleSets: {
        kommunallagen: { name: 'kommunallagen', summary: 'Kommunala organ: justerare krävs, anslag senast två dagar efter justeringen, namn vid öppen omröstning.' },
        forening: { name: 'förening', summary: 'Föreningar och bostadsrättsföreningar: justerare krävs, ordförande och justerare skriver under.' },
        anteckningar: { name: 'anteckningar', summary: 'Minnesanteckningar: justerare rekommenderas, eller justering vid nästa möte.' },
        roberts: { name: "Robert's Rules", summary: 'Godkänns av organet (vid nästa möte); sekreteraren skriver under, förslag har förslagsställare.' },
    },
    ruleSetDefault: kind => `gäller för "${kind}" utan "Regler:"`,
};

export const SIGNATURES_SV: SignatureText = {
    chair: 'Ordförande',
    respectfullySubmitted: 'Vid protokollet',
    approvedOn: 'Justerat',
    toBeApprovedAtNextMeeting: 'Justeras vid nästa möte',
    toBeApprovedByPullRequest: 'Justeras genom pull request',
    approvedAtMeeting: 'Omedelbart justerat',
};
