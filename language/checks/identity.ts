/**
 * `personal-id-number` (issue 14): a Swedish personal identity or coordination number anywhere in
 * the document, fenced blocks and comments included, is a warning on the number itself. Minutes
 * are public documents; the number must go, or its item be marked confidential (`Sekretess:`),
 * which leaves it out of the public version. The quick fixes are in
 * server/identity-code-actions.ts. One pass over the text (language/identity.ts).
 */
import { AstUtils, type ValidationAcceptor } from 'langium';
import { strings } from '../../common/l10n/index.js';
import type { Document } from '../generated/ast.js';
import { findIdentityNumbers } from '../identity.js';
import { Code, languageFor } from '../messages.js';
import { documentLanguage } from '../model.js';
import { KEYWORD_BY_ID } from '../keywords.js';
import type { MinutesServices } from '../minutes-module.js';

/** The check on the whole document (registered in minutes-validator.ts). */
export function identityChecks(services: MinutesServices): Array<(doc: Document, accept: ValidationAcceptor) => void> {
    return [(doc, accept) => checkIdentityNumbers(services, doc, accept)];
}

function checkIdentityNumbers(services: MinutesServices, doc: Document, accept: ValidationAcceptor): void {
    const text = doc.$cstNode?.root.fullText;
    if (!text) return;
    const found = findIdentityNumbers(text);
    if (found.length === 0) return;
    const textDocument = AstUtils.getDocument(doc).textDocument;
    const words = strings(languageFor(services.settings.Settings, doc)).record.identity;
    const keyword = KEYWORD_BY_ID.confidential.canonical[documentLanguage(doc)];
    for (const number of found) {
        const range = { start: textDocument.positionAt(number.start), end: textDocument.positionAt(number.end) };
        accept('warning', words.message(number.text, keyword), { node: doc, range, code: Code.personalIdNumber, data: { code: Code.personalIdNumber } });
    }
}
