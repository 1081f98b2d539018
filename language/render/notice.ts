/**
 * The notice of approval (tillkännagivande om justering, issue 14 point 2): what a municipality
 * posts on its notice board when a protocol has been approved (Kommunallagen 8 kap. 12 §):
 * the body, the meeting's date, its §, the day of approval, the day the notice goes up and the
 * day it comes down (three weeks later, when the appeal period ends), where the protocol is
 * kept, and how to appeal (laglighetsprövning, 13 kap. 5 §). It is a render model like the
 * minutes, so the HTML and PDF back ends draw it as they draw them.
 *
 * Without a `Justering` date or an `Anslag` line (or a place where the protocol is kept) there
 * is nothing true to post: {@link buildNotice} says what is missing instead.
 */
import { isApproval, isBodyLine, isKeptAt, isPosted, type Document } from '../generated/ast.js';
import { addDays, formatLongDate } from '../dates.js';
import { KEYWORD_BY_ID, type Lang } from '../keywords.js';
import { dateOf, documentLanguage, isProtocol, meetingTime, roleLines, trailerOf } from '../model.js';
import { strings } from '../../common/l10n/index.js';
import { itemNumberTexts, itemSpan } from './extract.js';
import { formatWhen } from './format.js';
import { LABELS } from './labels.js';
import { nameOf } from './model-parts.js';
import { isoDateOf, itemLabels, minutesTitle, type Fact, type RenderModel } from './render-model.js';
import { maskedModel } from './public-version.js';

/** The appeal period: three weeks from the day the notice goes up (KL 13 kap. 5 §). */
export const APPEAL_DAYS = 21;

/** A notice, or the sentence that says why there is none. */
export type NoticeOutcome = { readonly ok: true; readonly model: RenderModel } | { readonly ok: false; readonly refusal: string };

/**
 * The notice of approval of `doc`, in the document's language; a refusal in `viewLang` (naming
 * the keywords as the document spells them) when the document lacks what the notice must say.
 * Identity numbers are masked: the notice is public.
 */
export function buildNotice(doc: Document, viewLang: Lang, problems?: { errors: number; warnings: number }): NoticeOutcome {
    const lang = documentLanguage(doc);
    const approval = trailerOf(doc, isApproval);
    const posted = trailerOf(doc, isPosted);
    const approved = dateOf(approval?.when);
    const postedOn = dateOf(posted?.when);
    const keptAt = trailerOf(doc, isKeptAt)?.text?.trim() || posted?.place?.trim();
    if (!approved || !postedOn || !keptAt) {
        const words = strings(viewLang).record.notice;
        const keyword = (id: 'approval' | 'posted' | 'kept-at') => KEYWORD_BY_ID[id].canonical[lang];
        const missing = [
            approved ? undefined : words.missingApproval(keyword('approval')),
            postedOn ? undefined : words.missingPosted(keyword('posted')),
            keptAt || !postedOn ? undefined : words.missingKeptAt(keyword('posted'), keyword('kept-at'))
        ].filter((part): part is string => part !== undefined);
        return { ok: false, refusal: words.refused(strings(viewLang).record.list(missing[0], missing[1], missing[2])) };
    }

    const labels = LABELS[lang];
    const words = labels.record.notice;
    const day = (date: typeof approved) => formatLongDate(date, lang, true);
    const lastDay = addDays(postedOn, APPEAL_DAYS);
    const body = doc.preamble.find(isBodyLine)?.text?.trim() || minutesTitle(doc);
    const when = meetingTime(doc)?.when;
    const meeting = dateOf(when);
    const meetingDay = meeting && formatLongDate(meeting, lang, false);
    const numbers = itemNumberTexts(doc);
    const facts: Fact[] = [
        { label: words.body, value: body },
        ...(meeting ? [{ label: words.meetingDate, value: day(meeting) }] : []),
        ...(numbers.length > 0 ? [{ label: words.items, value: itemSpan(itemLabels(doc), numbers) }] : []),
        { label: words.approved, value: day(approved) },
        { label: words.posted, value: day(postedOn) },
        { label: words.takenDown, value: day(lastDay) },
        { label: words.keptAt, value: keptAt }
    ];
    const secretary = roleLines(doc).secretary?.names[0];
    const model: RenderModel = {
        lang,
        protocol: isProtocol(doc),
        title: words.pageTitle(body, meetingDay ?? day(approved)),
        meetingDate: formatWhen(when, lang, true),
        meetingDateIso: isoDateOf(when),
        header: { kind: words.kind, title: words.title, facts },
        preamble: [
            { kind: 'paragraph', text: words.statement(meetingDay) },
            { kind: 'paragraph', text: words.appeal(formatLongDate(lastDay, lang, false)) }
        ],
        items: [],
        attachments: [],
        trailer: [],
        signatures: secretary
            ? { heading: words.signature, signatures: [{ role: labels.keyword('secretary'), name: nameOf(secretary) }] }
            : undefined,
        problems: problems && { ...problems }
    };
    return { ok: true, model: maskedModel(model, labels) };
}
