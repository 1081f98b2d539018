/**
 * Rule sets (LANGUAGE-2.md, section 5): a municipal board, an association and an open-source
 * committee approve and sign minutes differently. `Regler:`/`Rules:` picks one; without it the
 * document's kind decides. Which checks apply, and how severely, is one table here that every
 * check reads; the signature block of each rule set is data the renderer reads.
 */
import type { Reference, ValidationSeverity } from 'langium';
import { strings, type Lang } from '../common/l10n/index.js';
import {
    isApproval, isChairLine, isRulesLine, type Document, type Person, type RulesLine
} from './generated/ast.js';
import { normalizeKeyword } from './keywords.js';
import { dateOf, documentLanguage, isProtocol, perDocument, roleLines, roleNames, trailerOf, type RoleLine } from './model.js';
import { approvalMode } from './meeting-dates.js';
import { formatIsoDate } from './dates.js';

/** The four rule sets. */
export type RuleSetId = 'kommunallagen' | 'forening' | 'anteckningar' | 'roberts';

/**
 * The spellings of each rule set after `Regler:`, canonical first (completion offers it).
 * Compared case-insensitively, with any apostrophe read as `'`.
 */
export const RULE_SET_SPELLINGS: Readonly<Record<RuleSetId, readonly string[]>> = {
    kommunallagen: ['kommunallagen', 'KL', 'kommun'],
    forening: ['förening', 'BRF', 'stämma'],
    anteckningar: ['anteckningar'],
    roberts: ['roberts', "Robert's Rules", "Robert's Rules of Order", 'RONR'],
};

export const RULE_SETS = Object.keys(RULE_SET_SPELLINGS) as readonly RuleSetId[];

const bySpelling = new Map<string, RuleSetId>();
for (const id of RULE_SETS) for (const spelling of RULE_SET_SPELLINGS[id]) bySpelling.set(normalizeRuleSet(spelling), id);

function normalizeRuleSet(text: string): string {
    return normalizeKeyword(text).replace(/[’‘`´]/gu, "'").replace(/\.$/u, '');
}

/** The rule set a `Regler:` value names, or undefined when it names none. */
export function readRuleSet(value: string): RuleSetId | undefined {
    return bySpelling.get(normalizeRuleSet(value));
}

/** The rule set of a document kind without `Regler:`: Protokoll → kommunallagen, Minutes/Protocol → roberts, else anteckningar. */
export function defaultRuleSet(kind: string | undefined): RuleSetId {
    switch (kind === undefined ? '' : normalizeKeyword(kind)) {
        case 'protokoll': return 'kommunallagen';
        case 'minutes': case 'protocol': return 'roberts';
        default: return 'anteckningar';
    }
}

/** A document's rule set and where it came from. */
export interface DocumentRules {
    id: RuleSetId;
    /** The `Regler:` line, when there is one (the first, if given twice). */
    line?: RulesLine;
    /** False when the line names no rule set (`rules-unknown`); `id` is then the kind's default. */
    known: boolean;
}

/** The rule set that applies to `doc` (after `rules-unknown`, the kind's default). */
export const rulesOf: (doc: Document) => DocumentRules = perDocument(doc => {
    const line = doc.preamble.find(isRulesLine);
    const named = line?.value === undefined ? undefined : readRuleSet(line.value);
    return { id: named ?? defaultRuleSet(doc.header?.kind), line, known: !line || named !== undefined };
});

/** The checks whose severity depends on the rule set. */
export type RuleCheck =
    | 'adjuster-missing' | 'approval-too-late' | 'anslag-before-approval' | 'anslag-late'
    | 'vote-names-missing' | 'voters-undeclared' | 'motion-mover-missing';

type Severity = Extract<ValidationSeverity, 'error' | 'warning'>;

/** LANGUAGE-2.md section 5, as written there: undefined is "—" (the check does not apply). */
export const RULE_SEVERITIES: Readonly<Record<RuleCheck, Readonly<Partial<Record<RuleSetId, Severity>>>>> = {
    'adjuster-missing': { kommunallagen: 'error', forening: 'error', anteckningar: 'warning' },
    'approval-too-late': { kommunallagen: 'error', forening: 'warning', anteckningar: 'warning' },
    'anslag-before-approval': { kommunallagen: 'error' },
    'anslag-late': { kommunallagen: 'warning' },
    'vote-names-missing': { kommunallagen: 'warning' },
    'voters-undeclared': { kommunallagen: 'warning' },
    'motion-mover-missing': { roberts: 'warning' },
};

/** The severity of a rule-set check in `doc`, or undefined when its rule set does not have the check. */
export function ruleSeverity(check: RuleCheck, doc: Document): Severity | undefined {
    return RULE_SEVERITIES[check][rulesOf(doc).id];
}

/**
 * Whether the rendered minutes end with a summary of decisions and actions by default
 * (LANGUAGE-2.md section 8): on for `anteckningar` and `roberts`, off for `kommunallagen` and
 * `förening`, whose protocols are read § by §. A setting may turn it on or off.
 */
export const DECISION_SUMMARY: Readonly<Record<RuleSetId, boolean>> = {
    kommunallagen: false, forening: false, anteckningar: true, roberts: true,
};

/** Whether `doc`'s rendering shows the summary of decisions and actions unless a setting says otherwise. */
export function decisionSummaryByDefault(doc: Document): boolean {
    return DECISION_SUMMARY[rulesOf(doc).id];
}

/**
 * Whether `doc` needs an adjuster (`Justerare`): not when the body approves the minutes later
 * (at the next meeting, by pull request), except under kommunallagen; never under roberts.
 */
export function adjusterSeverity(doc: Document): Severity | undefined {
    const severity = ruleSeverity('adjuster-missing', doc);
    if (!severity || rulesOf(doc).id === 'kommunallagen') return severity;
    const mode = approvalMode(doc);
    return mode === 'next-meeting' || mode === 'pull-request' ? undefined : severity;
}

/** Who signs the minutes. */
export type SignerRole = 'secretary' | 'chair' | 'adjuster';

/** One signature line: the words above it and the name below it. */
export interface Signer {
    role: SignerRole;
    /** `Vid protokollet`, `Ordförande`, `Justeras`; `Respectfully submitted`, `Approved by`. */
    label: string;
    /** The declared person's full name, or the name as written when it names no one. */
    name: string;
    /** False when the name refers to no declared person. */
    resolved: boolean;
    /** The 0-based source line of the role line that names the signer. */
    line?: number;
}

/** The signature block of a document under its rule set (section 5, last row). */
export interface SignatureBlock {
    rules: RuleSetId;
    signers: Signer[];
    /**
     * Under roberts: the approval's date (ISO) or how the minutes will be approved, in words
     * (`to be approved at the next meeting`); undefined under the other rule sets or when the
     * document says nothing about its approval.
     */
    approval?: { date?: string; text: string };
}

/** A signer for each name a role line gives, named as declared (a short form or first name signs with the full name). */
function signersOf(role: SignerRole, label: string, line: RoleLine | undefined, refs: ReadonlyArray<Reference<Person>>): Signer[] {
    const at = line?.$cstNode?.range.start.line;
    return refs.filter(ref => ref.$refText).map(ref => {
        const person = ref.ref;
        return { role, label, name: person?.name ?? ref.$refText, resolved: person?.name !== undefined, line: at };
    });
}

/**
 * The signature block: under kommunallagen and förening the secretary, every chair and the
 * adjusters; under anteckningar the secretary and the adjusters; under roberts the secretary
 * ("Respectfully submitted"), any approvers, and the approval date or how it will be approved.
 * Words in `lang` (the view's language; the document's own by default). The renderer lays it out
 * (language/render); this is the one place that says who signs.
 */
export function signatureBlock(doc: Document, lang: Lang = documentLanguage(doc)): SignatureBlock {
    const rules = rulesOf(doc).id;
    const { page, signatures } = strings(lang);
    const { secretary, adjuster } = roleLines(doc);
    const signers: Signer[] = [];
    const secretaryLabel = rules === 'roberts' ? signatures.respectfullySubmitted : page.recordedBy(isProtocol(doc));
    signers.push(...signersOf('secretary', secretaryLabel, secretary, secretary?.names.slice(0, 1) ?? []));
    if (rules === 'kommunallagen' || rules === 'forening') {
        for (const line of doc.preamble.filter(isChairLine)) signers.push(...signersOf('chair', signatures.chair, line, roleNames(line)));
    }
    signers.push(...signersOf('adjuster', page.approvedBy, adjuster, adjuster?.names ?? []));
    return { rules, signers, approval: rules === 'roberts' ? robertsApproval(doc, lang) : undefined };
}

function robertsApproval(doc: Document, lang: Lang): SignatureBlock['approval'] {
    const words = strings(lang).signatures;
    switch (approvalMode(doc)) {
        case 'dated': {
            const date = dateOf(trailerOf(doc, isApproval)?.when);
            return date && { date: formatIsoDate(date), text: words.approvedOn };
        }
        case 'next-meeting': return { text: words.toBeApprovedAtNextMeeting };
        case 'pull-request': return { text: words.toBeApprovedByPullRequest };
        case 'immediate': return { text: words.approvedAtMeeting };
        case undefined: return undefined;
    }
}
