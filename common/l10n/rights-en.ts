/** English words about rule sets, votes and who may decide (shape: rights-catalog.ts). */
import type { KeywordSpeller } from './catalog.js';
import type { EntitlementBar, RecusedAct, RightsDiagnosticMessages, RightsEditorText, SignatureText } from './rights-catalog.js';
import { countOf } from './plural.js';

const count = (n: number, one: string, other: string): string => countOf('en', n, { one, other });

const ACTS: Readonly<Record<RecusedAct, string>> = {
    vote: 'vote', move: 'move or second a motion', reserve: 'dissent', chair: 'chair'
};

function notEntitled(name: string, item: string, bar: EntitlementBar, group: string): string {
    switch (bar) {
        case 'absent': return `${name} is listed under "${group}" and cannot take part in the decision in ${item}.`;
        case 'not-present': return `${name} was not present for ${item}, by their attendance, and cannot take part in the decision there.`;
        case 'no-vote': return `${name} is listed under "${group}", who do not vote, and cannot take part in the decision in ${item}.`;
        case 'not-serving': return `${name} does not serve in ${item} (see "${group}") and cannot take part in the decision there.`;
    }
}

export const rightsDiagnosticsEn = (k: KeywordSpeller): RightsDiagnosticMessages => ({
    adjusterMissing: required =>
        required ? `These minutes must be approved by an adjuster. Add a line "${k('adjuster')}: Name".`
            : `No adjuster is named. Add a line "${k('adjuster')}: Name", or write "${k('approval')}: at the next meeting" if the body approves the minutes later.`,
    rulesUnknown: (keyword, value, fallback) =>
        (value ? `"${value}" is not a rule set.` : `"${keyword}" names no rule set.`)
        + ` Write kommunallagen, förening, anteckningar or roberts; until then ${fallback} applies.`,
    voteCountsUnreadable: (keyword, value) =>
        `"${value}" after "${keyword}" cannot be read as vote counts. Write for example "7-2-1", "for 7, against 2, abstain 1" or "unanimous".`,
    voteCountMismatch: (list, names, counts, written) =>
        `"${list}" lists ${count(names, 'name', 'names')}, but "${counts}" says ${written}. Correct the count or the names.`,
    voteExceedsVoters: (votes, voters, item) =>
        `The vote counts ${count(votes, 'vote', 'votes')}, but only ${voters} may decide in ${item}.`,
    voterNotEntitled: notEntitled,
    javParticipated: (name, item, act) =>
        `${name} has a conflict of interest in ${item} and may not ${ACTS[act] ?? 'take part'} there.`,
    reservationVotedFor: (name, list) =>
        `${name} dissents from the decision but is listed under "${list}". Check the vote or the dissent.`,
    quorumNotMet: (item, voters, quorum) =>
        `Only ${voters} may decide in ${item}; the quorum is ${quorum}.`,
    substituteWhileServing: (substitute, member, items) =>
        `${member} is present in ${items}, where ${substitute} serves for ${member}. Say where the substitute serves, for example "for ${member} items …".`,
    moverNotPresent: (name, item, keyword) =>
        `${name} under "${keyword}" was not present for ${item}.`,
    motionMoverMissing: keyword =>
        `"${keyword}" has no mover. Add a line "${k('moved-by')}: Name" below the motion.`,
    voteNamesMissing: keyword =>
        `"${keyword}" gives counts only. In an open vote the minutes must show how each member voted (KL 5 kap. 67 §): add the lines "${k('yes')}:", "${k('no')}:" and "${k('abstain')}:" with the names.`,
    votersUndeclared: () =>
        `These minutes record decisions but list nobody who decides. Add "${k('voting')}:" (or "${k('present')}:") with the members.`,
    anslagBeforeApproval: (posted, approval) =>
        `The notice ${posted} is posted before the approval ${approval}. Post it once the minutes are approved.`,
    anslagLate: (posted, approval, days) =>
        `The notice ${posted} is posted ${count(days, 'day', 'days')} after the approval ${approval}; it must be posted within two days (KL 8 kap. 12 §).`,
    agendaItemMissing: entry =>
        `"${entry}" is on the agenda, but no item has that title or number.`,
    itemNotOnAgenda: item => `"${item}" is not on the agenda.`,
    attachmentMissing: (reference, attachment) =>
        `The text refers to "${reference}", but there is no such attachment. Add "${attachment} Title" after the last item.`,
});

export const RIGHTS_EDITOR_EN: RightsEditorText = {
    mayDecide: n => `May decide (${n})`,
    nobodyMayDecide: 'Nobody may decide',
    recused: 'Conflict of interest',
    votes: 'Votes',
    reservations: 'Dissents',
    motions: 'Motions',
    voteArithmetic: (sum, total, voters) => `${sum} = ${count(total, 'vote', 'votes')}; ${voters} may decide`,
    quorum: quorum => `Quorum ${quorum}`,
    mayVote: 'may decide here',
    mayNotVote: 'may not decide here',
    countsFromNames: counts => `Write "${counts}" (counted from the names)`,
    addAgendaEntry: title => `Add "${title}" to the agenda`,
    ruleSets: {
        kommunallagen: { name: 'kommunallagen', summary: 'Swedish municipal bodies: an adjuster is required, the notice is posted within two days of approval, open votes name the voters.' },
        forening: { name: 'förening', summary: 'Associations and housing co-operatives: an adjuster is required; the chairs and adjusters sign.' },
        anteckningar: { name: 'anteckningar', summary: 'Meeting notes: an adjuster is recommended, or approval at the next meeting.' },
        roberts: { name: "Robert's Rules", summary: 'Approved by the body (at the next meeting); the secretary signs, motions have a mover.' },
    },
    ruleSetDefault: kind => `applies to "${kind}" without "Rules:"`,
};

export const SIGNATURES_EN: SignatureText = {
    chair: 'Chair',
    respectfullySubmitted: 'Respectfully submitted',
    approvedOn: 'Approved',
    toBeApprovedAtNextMeeting: 'To be approved at the next meeting',
    toBeApprovedByPullRequest: 'To be approved by pull request',
    approvedAtMeeting: 'Approved at the meeting',
};
