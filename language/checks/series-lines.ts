/**
 * The document's own checks of the follow-up lines (SERIES.md): a `Status` value that is empty
 * or no status, and a `Från` value that names no meeting and item, are `syntax` errors on
 * their line. Whether the origin exists is a question for the series (language/series.ts).
 */
import type { ValidationAcceptor } from 'langium';
import { isAction, isFromLine, isStatusLine, type Document } from '../generated/ast.js';
import { Code, languageFor, seriesMessagesFor } from '../messages.js';
import { documentLanguage, keywordOf, propertyRange } from '../model.js';
import type { MinutesServices } from '../minutes-module.js';
import { readItemReference, readStatus } from '../series-summary.js';

/** Registers the follow-up line checks on `Document` (minutes-validation-registry.ts says why there). */
export function registerSeriesLineChecks(services: MinutesServices): void {
    const settings = services.settings.Settings;
    const check = (doc: Document, accept: ValidationAcceptor): void => {
        const m = seriesMessagesFor(languageFor(settings, doc), documentLanguage(doc));
        for (const item of doc.items) {
            for (const element of item.content) {
                if (!isAction(element)) continue;
                for (const field of element.fields) {
                    if (isStatusLine(field) && !readStatus(field.value ?? '')) {
                        const value = field.value?.trim() ?? '';
                        accept('error', m.statusUnknown(value), {
                            node: field, range: propertyRange(field, 'value') ?? keywordOf(field)?.range, code: Code.syntax, data: { code: Code.syntax }
                        });
                    } else if (isFromLine(field) && !readItemReference(field.origin ?? '')) {
                        const value = field.origin?.trim() ?? '';
                        accept('error', m.originUnreadable(value), {
                            node: field, range: propertyRange(field, 'origin') ?? keywordOf(field)?.range, code: Code.syntax, data: { code: Code.syntax }
                        });
                    }
                }
            }
        }
    };
    services.validation.ValidationRegistry.register({ Document: [check] });
}
