/**
 * The checks that depend on the rule set (LANGUAGE-2.md, section 5): an unknown `Regler:`, the
 * notice of approval (`Anslag`) against the approval, names in open votes, a record of
 * decisions without anyone who decides, and motions without a mover. Which apply, and how
 * severely, is the table of rule-sets.ts. (`adjuster-missing` and `approval-too-late` read the
 * same table in minutes-validator.ts.)
 */
import type { ValidationAcceptor } from 'langium';
import {
    isApproval, isDecision, isMotion, isMovedBy, isPosted, isVote,
    type Document
} from '../generated/ast.js';
import { Code } from '../messages.js';
import { dateOf, keywordOf, propertyRange, trailerOf } from '../model.js';
import { daysBetween } from '../dates.js';
import type { MinutesServices } from '../minutes-module.js';
import { rulesOf, ruleSeverity } from '../rule-sets.js';
import { readVoteCounts } from '../votes.js';
import { decisionRights } from '../decision-rights.js';
import { strings } from '../../common/l10n/index.js';
import { RightsContext, type DocumentCheck } from './rights-context.js';

/** The rule-set checks, for registerValidationChecks. */
export function ruleSetChecks(services: MinutesServices): DocumentCheck[] {
    const run = (check: (ctx: RightsContext) => void): DocumentCheck =>
        (doc: Document, accept: ValidationAcceptor) => check(new RightsContext(services, doc, accept));
    return [run(checkRulesLine), run(checkPosted), run(checkVoteNames), run(checkVotersDeclared), run(checkMovers)];
}

/** `rules-unknown`: `Regler:` names no rule set (the kind's default applies after it). */
function checkRulesLine(ctx: RightsContext): void {
    const rules = rulesOf(ctx.doc);
    if (rules.known || !rules.line) return;
    const line = rules.line;
    const keyword = keywordOf(line)!;
    const fallback = strings(ctx.lang).rights.ruleSets[rules.id].name;
    ctx.report('error', Code.rulesUnknown, ctx.messages.rulesUnknown(keyword.text, line.value ?? '', fallback), line,
        propertyRange(line, 'value') ?? keyword.range);
}

/** `anslag-before-approval`, `anslag-late`: the notice of approval is posted after the approval, within two days (KL 8 kap. 12 §). */
function checkPosted(ctx: RightsContext): void {
    const approval = trailerOf(ctx.doc, isApproval);
    const posted = trailerOf(ctx.doc, isPosted);
    const postedDate = dateOf(posted?.when);
    const approvalDate = dateOf(approval?.when);
    if (!posted?.when || !postedDate || !approvalDate) return;
    const days = daysBetween(approvalDate, postedDate);
    const range = propertyRange(posted.when, 'date');
    const postedText = posted.when.date!;
    const approvalText = approval!.when!.date!;
    if (days < 0) {
        const severity = ruleSeverity('anslag-before-approval', ctx.doc);
        if (severity) ctx.report(severity, Code.anslagBeforeApproval, ctx.messages.anslagBeforeApproval(postedText, approvalText), posted.when, range);
    } else if (days > 2) {
        const severity = ruleSeverity('anslag-late', ctx.doc);
        if (severity) ctx.report(severity, Code.anslagLate, ctx.messages.anslagLate(postedText, approvalText, days), posted.when, range);
    }
}

/** `Sluten omröstning`/`Ballot`: a secret vote, whose voters are never named. */
const SECRET_VOTES = new Set(['sluten omröstning', 'ballot']);

/** `vote-names-missing`: an open vote with counts and no `Ja:`/`Nej:`/`Avstår:` list (KL 5 kap. 67 §). */
function checkVoteNames(ctx: RightsContext): void {
    const severity = ruleSeverity('vote-names-missing', ctx.doc);
    if (!severity) return;
    for (const item of ctx.doc.items) {
        for (const vote of item.content.filter(isVote)) {
            if (vote.lists.length > 0 || SECRET_VOTES.has(vote.kind.toLowerCase().replace(/\s+/gu, ' '))) continue;
            if (vote.counts === undefined || readVoteCounts(vote.counts)?.kind !== 'counts') continue;
            const keyword = keywordOf(vote)!;
            ctx.report(severity, Code.voteNamesMissing, ctx.messages.voteNamesMissing(keyword.text), vote, keyword.range);
        }
    }
}

/** `voters-undeclared`: decisions, but no group whose members vote; once, on the header line. */
function checkVotersDeclared(ctx: RightsContext): void {
    const severity = ruleSeverity('voters-undeclared', ctx.doc);
    const doc = ctx.doc;
    if (!severity || !doc.header || decisionRights(doc).votersDeclared) return;
    if (!doc.items.some(item => item.content.some(isDecision))) return;
    ctx.report(severity, Code.votersUndeclared, ctx.messages.votersUndeclared(), doc.header, keywordOf(doc.header)?.range);
}

/** `motion-mover-missing`: a motion without `Moved by:` (Robert's Rules). */
function checkMovers(ctx: RightsContext): void {
    const severity = ruleSeverity('motion-mover-missing', ctx.doc);
    if (!severity) return;
    for (const item of ctx.doc.items) {
        for (const motion of item.content.filter(isMotion)) {
            if (motion.fields.some(field => isMovedBy(field) && field.names.length > 0)) continue;
            const keyword = keywordOf(motion)!;
            ctx.report(severity, Code.motionMoverMissing, ctx.messages.motionMoverMissing(keyword.text), motion, keyword.range);
        }
    }
}
