/**
 * Person references resolve within their own document, by whitespace-normalised,
 * case-insensitive full name. Nothing is exported to other documents: two meetings may both
 * have a "Anna Andersson" without one linking to the other.
 */
import {
    DefaultScopeComputation, EMPTY_STREAM, stream,
    type AstNodeDescription, type AstNodeDescriptionProvider, type LangiumDocument, type LocalSymbols, type ReferenceInfo,
    type Scope, type ScopeProvider, type Stream
} from 'langium';
import { AstUtils } from 'langium';
import type { Document, Person } from './generated/ast.js';
import type { MinutesServices } from './minutes-module.js';
import { normalizeName, personIndex } from './model.js';

/** A document's persons, looked up by normalised name. */
class PersonScope implements Scope {
    constructor(private readonly persons: Map<string, Person>, private readonly descriptions: AstNodeDescriptionProvider) { }

    getElement(name: string): AstNodeDescription | undefined {
        const person = this.persons.get(normalizeName(name));
        return person && this.descriptions.createDescription(person, person.name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return element ? stream([element]) : EMPTY_STREAM;
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.persons.values()).map(person => this.descriptions.createDescription(person, person.name));
    }
}

/** Scopes every person reference to the persons declared in the same document. */
export class MinutesScopeProvider implements ScopeProvider {
    private readonly descriptions: AstNodeDescriptionProvider;

    constructor(services: MinutesServices) {
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
    }

    getScope(context: ReferenceInfo): Scope {
        const doc = AstUtils.getContainerOfType(context.container, (n): n is Document => n.$type === 'Document');
        return doc ? new PersonScope(personIndex(doc), this.descriptions) : new PersonScope(new Map(), this.descriptions);
    }
}

/**
 * Persons are local to their document, so nothing goes into the global index; and
 * MinutesScopeProvider finds them through the document's person index, so no table of local
 * symbols is built either (the default walks the whole AST for one on every rebuild, and
 * nothing here would read it).
 */
export class MinutesScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(_document: LangiumDocument): Promise<AstNodeDescription[]> {
        return [];
    }

    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return NO_LOCAL_SYMBOLS;
    }
}

const NO_LOCAL_SYMBOLS: LocalSymbols = {
    has: () => false,
    getStream: () => EMPTY_STREAM
};
