/**
 * The registry of validation checks, restricted to checks on the whole `Document`. The
 * document validator (minutes-document-validator.ts) validates the root only and does not walk
 * the rest of the AST, so a check registered on any other node type, or on `AstNode`, would
 * compile and never run. The type {@link DocumentChecks} rejects such a check where the checks
 * are listed; the registry throws for any that arrives another way, when the services start.
 */
import { ValidationRegistry, type ValidationCheck } from 'langium';
import type { Document } from './generated/ast.js';

/** The one node type checks may hang on. */
export const CHECKED_TYPE = 'Document';

/** The checks of the language: on `Document` only (see the module comment). */
export interface DocumentChecks {
    Document: Array<ValidationCheck<Document>>;
}

/** A ValidationRegistry that refuses checks on anything but `Document`. */
export class MinutesValidationRegistry extends ValidationRegistry {
    protected override addEntry(type: string, entry: Parameters<ValidationRegistry['addEntry']>[1]): void {
        if (type !== CHECKED_TYPE) throw new Error(uncheckedTypeMessage(type));
        super.addEntry(type, entry);
    }
}

/** What a developer reads when a check is registered where it would never run. */
export function uncheckedTypeMessage(type: string): string {
    return `A validation check is registered on ${type}, but minutes validates the ${CHECKED_TYPE} only `
        + `(MinutesDocumentValidator sets validateChildren: false), so it would never run. `
        + `Register it on ${CHECKED_TYPE} and find the ${type} nodes from there.`;
}
