/**
 * What the checks of rule sets and of the record (rules.ts, record.ts) share: the messages in
 * the view's language, one way to report, and how an item is named in a message.
 */
import type { AstNode, ValidationAcceptor, ValidationSeverity } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Document, Item } from '../generated/ast.js';
import { languageFor, messagesFor, type DiagnosticCode, type Messages } from '../messages.js';
import { documentLanguage, itemNumbers, leadingToken } from '../model.js';
import type { MinutesServices } from '../minutes-module.js';
import type { Lang } from '../keywords.js';

/** One validation run of one document. */
export class RightsContext {
    readonly messages: Messages;
    /** The language the messages speak. */
    readonly lang: Lang;
    private labels?: Map<Item, string>;

    constructor(services: MinutesServices, readonly doc: Document, private readonly accept: ValidationAcceptor) {
        this.lang = languageFor(services.settings.Settings, doc);
        this.messages = messagesFor(this.lang, documentLanguage(doc));
    }

    report(severity: ValidationSeverity, code: DiagnosticCode, message: string, node: AstNode, range?: Range): void {
        this.accept(severity, message, { node, range, code, data: { code } });
    }

    /** How a message names an item: its keyword and number as written (`§ 14`, `punkt 3`, `item 4`). */
    itemLabel(item: Item): string {
        if (!this.labels) {
            const numbers = itemNumbers(this.doc);
            this.labels = new Map(this.doc.items.map((it, i) => [it, itemLabelOf(it, numbers[i])]));
        }
        return this.labels.get(item) ?? '';
    }
}

/** `§ 14`, `punkt 3`, `item 4`: the keyword as written (lower-case in running text) and the number, written or counted. */
export function itemLabelOf(item: Item, counted: number): string {
    const keyword = leadingToken(item)?.text ?? '';
    return `${keyword === '§' ? keyword : keyword.toLowerCase()} ${item.number ?? counted}`;
}

/** A range from the start of one range to the end of another. */
export function spanning(first: Range, last: Range | undefined): Range {
    return { start: first.start, end: (last ?? first).end };
}

/** The validation checks of one area, all on `Document` (minutes-validation-registry.ts). */
export type DocumentCheck = (doc: Document, accept: ValidationAcceptor) => void;
