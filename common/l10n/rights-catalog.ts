/**
 * The shape of the strings about rule sets, votes and who may decide (LANGUAGE-2.md, sections
 * 5–7): diagnostics, the editor's hovers, completion details and quick-fix titles, and the
 * words of the signature block. Part of the catalog (catalog.ts); rights-sv.ts and rights-en.ts
 * hold the words. The quoting rule of catalog.ts applies: the document's words in double
 * quotes, names of people unquoted.
 */

/** Why a person may not decide in an item (`Jäv` has a code of its own: `jav-participated`). */
export type EntitlementBar = 'absent' | 'not-present' | 'no-vote' | 'not-serving';

/** What a person with `Jäv` did in the item. */
export type RecusedAct = 'vote' | 'move' | 'reserve' | 'chair';

/** The rule sets, by the ids of language/rule-sets.ts. */
export type RuleSetName = 'kommunallagen' | 'forening' | 'anteckningar' | 'roberts';

export interface RightsDiagnosticMessages {
    /** No `Justerare`; `required` when the rule set makes it an error. */
    adjusterMissing(required: boolean): string;
    /** `Regler: value` names no rule set; `fallback` is the one that applies instead. */
    rulesUnknown(keyword: string, value: string, fallback: string): string;
    /** `Omröstning: value` states no counts that can be read. */
    voteCountsUnreadable(keyword: string, value: string): string;
    /** A `Ja:` list (`list`, as written) has `names` names where the value `counts` says `written`. */
    voteCountMismatch(list: string, names: number, counts: string, written: number): string;
    voteExceedsVoters(votes: number, voters: number, item: string): string;
    /** `group` is the attendance keyword the person stands under, as written. */
    voterNotEntitled(name: string, item: string, bar: EntitlementBar, group: string): string;
    javParticipated(name: string, item: string, act: RecusedAct): string;
    /** `list` is the `Ja:` keyword as written. */
    reservationVotedFor(name: string, list: string): string;
    quorumNotMet(item: string, voters: number, quorum: number): string;
    /** `items`: the items where both are there, as a list (`§ 15, 16`). */
    substituteWhileServing(substitute: string, member: string, items: string): string;
    /** `keyword`: `Av:`, `Instämmer:`, as written. */
    moverNotPresent(name: string, item: string, keyword: string): string;
    /** `keyword`: the motion's keyword as written. */
    motionMoverMissing(keyword: string): string;
    /** `keyword`: `Omröstning:` as written. */
    voteNamesMissing(keyword: string): string;
    votersUndeclared(): string;
    /** Dates as written or ISO. */
    anslagBeforeApproval(posted: string, approval: string): string;
    anslagLate(posted: string, approval: string, days: number): string;
    /** The agenda entry as written. */
    agendaItemMissing(entry: string): string;
    /** The item's heading as written (`§ 14 Riktlinjer`). */
    itemNotOnAgenda(item: string): string;
    /** `reference`: the words in the prose (`bilaga 3`); `attachment`: the line to add (`Bilaga 3:`). */
    attachmentMissing(reference: string, attachment: string): string;
}

/** The editor's words about decisions: hovers, completion details, quick-fix titles. */
export interface RightsEditorText {
    /** `Får besluta (8)` / `May decide (8)`. */
    mayDecide(count: number): string;
    nobodyMayDecide: string;
    /** The `Jäv` heading in an item's hover, and in a person's the items where they have `Jäv`. */
    recused: string;
    /** In a person's hover: the votes they cast (`Röster: § 14 Ja, § 16 Nej`). */
    votes: string;
    /** In a person's hover: the items where they reserved themselves against the decision. */
    reservations: string;
    /** In a person's hover: the items where they moved or seconded a motion. */
    motions: string;
    /** `5 + 2 + 1 = 8 röster; 8 får besluta` */
    voteArithmetic(sum: string, total: number, voters: number): string;
    /** `Beslutförhet: 5` */
    quorum(quorum: number): string;
    /** Completion detail of a person on a `Ja:` line: may decide in this item, or why not. */
    mayVote: string;
    mayNotVote: string;
    /** Quick fix: `Skriv "5 ja, 2 nej, 1 avstår"` (counts from the named voters). */
    countsFromNames(counts: string): string;
    /** Quick fix: add an item for an agenda entry, or an agenda entry for an item. */
    addAgendaEntry(title: string): string;
    /** The rule sets in words, for the hover on `Regler` and completion after it. */
    ruleSets: Readonly<Record<RuleSetName, { name: string; summary: string }>>;
    /** `Gäller utan "Regler:" för "Protokoll"` */
    ruleSetDefault(kind: string): string;
}

/** The words of the signature block (language/rule-sets.ts, signatureBlock). */
export interface SignatureText {
    chair: string;
    /** Above the secretary's signature under Robert's Rules. */
    respectfullySubmitted: string;
    /** Before the approval's date under Robert's Rules. */
    approvedOn: string;
    toBeApprovedAtNextMeeting: string;
    toBeApprovedByPullRequest: string;
    approvedAtMeeting: string;
}
