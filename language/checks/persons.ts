/**
 * The checks of persons and attendance (LANGUAGE-2.md sections 2, 7 and 9): declarations
 * listed twice (`person-duplicate`, `person-present-and-absent`, both quiet when the two
 * entries carry attendance ranges that share no item), references to nobody (`person-unknown`,
 * with "did you mean") or to several persons (`person-ambiguous`), ranges that cannot be read
 * (`syntax`) or that name an item no item has (`attendance-item-unknown`, once per missing
 * number), and the chairs: two for the same item (`chair-range-overlap`) and a chair absent
 * for some of the items they chair (`chair-not-present`).
 */
import type { AstNode, ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isChairLine, type Chair, type Document, type Person } from '../generated/ast.js';
import { attendance, attendanceGroup, attendanceRanges, type NumberedItem } from '../attendance.js';
import { Code, languageFor, messagesFor, noteDiagnosticsLanguage, type DiagnosticCode, type Messages } from '../messages.js';
import type { MinutesServices } from '../minutes-module.js';
import { declaredPersons, documentLanguage, personKey, propertyRange } from '../model.js';
import { NameSuggestions } from '../names.js';
import { itemKey, rangesInclude, readRange, type ItemRange } from '../ranges.js';
import { personNames, personReferences } from '../references.js';
import type { DocumentChecks } from '../minutes-validation-registry.js';

/** What every check of this file needs. */
interface Context {
    doc: Document;
    messages: Messages;
    items: readonly NumberedItem[];
    /** The sort keys of the items' numbers (ranges.ts itemKey). */
    itemKeys: ReadonlySet<number>;
    accept: ValidationAcceptor;
}

/** The checks of persons and attendance, registered on `Document` like every check. */
export class PersonChecks {
    constructor(private readonly services: MinutesServices) { }

    /** The checks to register (see minutes-validation-registry.ts). */
    get checks(): DocumentChecks {
        return { Document: [this.checkDeclarations, this.checkReferences, this.checkRanges, this.checkChairs] };
    }

    private context(doc: Document, accept: ValidationAcceptor): Context {
        const lang = languageFor(this.services.settings.Settings, doc);
        noteDiagnosticsLanguage(doc, lang);
        const items = attendance(doc).items;
        return { doc, messages: messagesFor(lang, documentLanguage(doc)), items, itemKeys: new Set(items.map(({ number }) => itemKey(number))), accept };
    }

    private report(ctx: Context, severity: 'error' | 'warning', code: DiagnosticCode, message: string, node: AstNode, range: Range | undefined): void {
        ctx.accept(severity, message, { node, range, code, data: { code } });
    }

    /**
     * A name declared twice: on the same side (present or absent) `person-duplicate`, on both
     * sides `person-present-and-absent`; neither when both entries carry attendance ranges
     * that share no item of the document (a member replaced for some items).
     */
    checkDeclarations = (doc: Document, accept: ValidationAcceptor): void => {
        const ctx = this.context(doc, accept);
        const earlier = new Map<string, Person[]>();
        for (const person of declaredPersons(doc)) {
            if (!person.name) continue;
            const key = personKey(person);
            const before = earlier.get(key);
            if (!before) {
                earlier.set(key, [person]);
                continue;
            }
            const clash = before.find(other => !this.separateItems(ctx, other, person));
            before.push(person);
            if (!clash) continue;
            const absent = (p: Person) => attendanceGroup(p.$container) === 'absent';
            const [code, message] = absent(clash) !== absent(person)
                ? [Code.personPresentAndAbsent, ctx.messages.personPresentAndAbsent(person.name)]
                : [Code.personDuplicate, ctx.messages.personDuplicate(person.name)];
            this.report(ctx, 'error', code, message, person, propertyRange(person, 'name'));
        }
    };

    /** Whether two declarations both carry attendance ranges and no item of the document is in both. */
    private separateItems(ctx: Context, a: Person, b: Person): boolean {
        const ra = attendanceRanges(a);
        const rb = attendanceRanges(b);
        if (ra.length === 0 || rb.length === 0) return false;
        return !ctx.items.some(({ number }) => rangesInclude(ra, number) && rangesInclude(rb, number));
    }

    /** References to nobody (with the closest declared name) and to several persons. */
    checkReferences = (doc: Document, accept: ValidationAcceptor): void => {
        const ctx = this.context(doc, accept);
        const names = personNames(doc);
        let suggestions: NameSuggestions | undefined;
        for (const { node, ref, groups } of personReferences(doc)) {
            if (ref.ref) continue;
            const range = ref.$refNode?.range;
            const found = names.resolve(ref.$refText, { groups });
            if (found.kind === 'ambiguous') {
                const written = ref.$refText.trim();
                this.report(ctx, 'error', Code.personAmbiguous,
                    ctx.messages.personAmbiguous(written, found.form, found.candidates.map(p => p.name!)), node, range);
            } else if (found.kind === 'unknown') {
                suggestions ??= new NameSuggestions(names.persons().map(p => p.name!));
                this.report(ctx, 'error', Code.personUnknown, ctx.messages.personUnknown(ref.$refText, suggestions.closest(ref.$refText)), node, range);
            }
        }
    };

    /** Every attendance, serving and chair range: readable, and naming items that exist. */
    checkRanges = (doc: Document, accept: ValidationAcceptor): void => {
        const ctx = this.context(doc, accept);
        for (const person of declaredPersons(doc)) {
            person.ranges.forEach((text, i) => this.checkRange(ctx, person, text, propertyRange(person, 'ranges', i)));
            const serving = person.serving;
            if (serving?.range !== undefined) this.checkRange(ctx, serving, serving.range, propertyRange(serving, 'range'));
        }
        for (const chair of chairs(doc)) {
            if (chair.range !== undefined) this.checkRange(ctx, chair, chair.range, propertyRange(chair, 'range'));
        }
    };

    private checkRange(ctx: Context, node: AstNode, text: string, range: Range | undefined): void {
        const reading = readRange(text);
        if (!reading.ok) {
            const at = /\S+/u.exec(text.slice(reading.at))?.[0];
            this.report(ctx, 'error', Code.syntax, ctx.messages.rangeUnreadable(text, at), node, range);
            return;
        }
        const reported = new Set<string>();
        for (const named of reading.range.named) {
            if (reported.has(named.text) || ctx.itemKeys.has(itemKey(named.number))) continue;
            reported.add(named.text);
            this.report(ctx, 'warning', Code.attendanceItemUnknown, ctx.messages.attendanceItemUnknown(named.text, text), node, within(range, named.start, named.end));
        }
    }

    /**
     * Chairs: two whose explicit ranges share an item (co-chairs without ranges chair
     * together), and a chair absent for some of the items they chair (all items without a range).
     */
    checkChairs = (doc: Document, accept: ValidationAcceptor): void => {
        const ctx = this.context(doc, accept);
        const present = attendance(doc);
        const seen: Array<{ chair: Chair; ranges: ItemRange[] }> = [];
        for (const chair of chairs(doc)) {
            const person = chair.person.ref;
            if (!person) continue;
            const reading = chair.range === undefined ? undefined : readRange(chair.range);
            if (reading && !reading.ok) continue;
            const ranges = reading ? [reading.range] : [];
            const name = chair.person.$refText;
            const chaired = ctx.items.filter(({ number }) => rangesInclude(ranges, number));
            const absent = chaired.filter(({ number }) => !present.presentIn(person, number));
            const nowhere = ctx.items.length === 0 ? !present.presentThroughout(person) : ranges.length === 0 && absent.length === chaired.length;
            if (nowhere) {
                this.report(ctx, 'error', Code.chairNotPresent, ctx.messages.chairNotPresent(name), chair, chair.person.$refNode?.range);
            } else if (absent.length > 0) {
                this.report(ctx, 'error', Code.chairNotPresent, ctx.messages.chairNotPresentIn(name, this.items(ctx, absent)), chair, chair.person.$refNode?.range);
            }
            if (ranges.length === 0) continue;
            for (const other of seen) {
                const shared = chaired.filter(({ number }) => rangesInclude(other.ranges, number));
                if (shared.length === 0) continue;
                this.report(ctx, 'error', Code.chairRangeOverlap,
                    ctx.messages.chairRangeOverlap(name, other.chair.person.$refText, this.items(ctx, shared)), chair, propertyRange(chair, 'range'));
            }
            seen.push({ chair, ranges });
        }
    };

    /** `punkterna 5, 7–9`: the items given, runs of consecutive items of the document as `first–last`. */
    private items(ctx: Context, selected: readonly NumberedItem[]): string {
        return ctx.messages.itemList(describeItems(ctx.items, new Set(selected)), selected.length);
    }
}

/** Numbers of the selected items as written, consecutive items of the document joined: `163–169, 171`. */
export function describeItems(items: readonly NumberedItem[], selected: ReadonlySet<NumberedItem>): string {
    const parts: string[] = [];
    const text = (n: NumberedItem) => n.item.number ?? String(n.number.major);
    for (let i = 0; i < items.length; i++) {
        if (!selected.has(items[i])) continue;
        let last = i;
        while (last + 1 < items.length && selected.has(items[last + 1])) last++;
        parts.push(last === i ? text(items[i]) : `${text(items[i])}–${text(items[last])}`);
        i = last;
    }
    return parts.join(', ');
}

/** The chairs of the first chair line (a second one is reported as a duplicate field). */
function chairs(doc: Document): Chair[] {
    return doc.preamble.find(isChairLine)?.chairs ?? [];
}

/** The part `[start, end)` of a one-line range. */
function within(range: Range | undefined, start: number, end: number): Range | undefined {
    if (!range) return undefined;
    const line = range.start.line;
    return { start: { line, character: range.start.character + start }, end: { line, character: range.start.character + end } };
}

/** Registers the checks of this file with the language's validation registry. */
export function registerPersonChecks(services: MinutesServices): void {
    const checks = new PersonChecks(services);
    services.validation.ValidationRegistry.register(checks.checks, checks);
}
