/**
 * Person references resolve within their own document (references.ts): by full name, short
 * form or first name, and for owners also by the name of a group. Nothing is exported to
 * other documents: two meetings may both have an "Anna Andersson" without one linking to the
 * other.
 */
import {
    DefaultReferences, DefaultScopeComputation, EMPTY_STREAM, isLeafCstNode, stream,
    type AstNode, type AstNodeDescription, type CstNode, type AstNodeDescriptionProvider, type AstReflection, type LangiumDocument, type LocalSymbols,
    type ReferenceInfo, type Scope, type ScopeProvider, type Stream
} from 'langium';
import { AstUtils } from 'langium';
import { isPerson, Responsible, type Document } from './generated/ast.js';
import { normalizeName } from './model.js';
import type { MinutesServices } from './minutes-module.js';
import { personNames, type PersonNames } from './references.js';

/** A document's persons (and, for owners, groups), looked up as references.ts says. */
class PersonScope implements Scope {
    constructor(private readonly names: PersonNames | undefined, private readonly groups: boolean,
        private readonly descriptions: AstNodeDescriptionProvider) { }

    getElement(name: string): AstNodeDescription | undefined {
        const found = this.names?.resolve(name, { groups: this.groups });
        if (found?.kind === 'person') return this.descriptions.createDescription(found.person, found.person.name);
        if (found?.kind === 'group') return this.descriptions.createDescription(found.group, found.group.name);
        return undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return element ? stream([element]) : EMPTY_STREAM;
    }

    getAllElements(): Stream<AstNodeDescription> {
        if (!this.names) return EMPTY_STREAM;
        const persons = stream(this.names.persons()).map(person => this.descriptions.createDescription(person, person.name));
        if (!this.groups) return persons;
        return persons.concat(stream(this.names.allGroups()).map(group => this.descriptions.createDescription(group, group.name)));
    }
}

/** Scopes every person reference to the persons declared in the same document; owners also to its groups. */
export class MinutesScopeProvider implements ScopeProvider {
    private readonly descriptions: AstNodeDescriptionProvider;
    private readonly reflection: AstReflection;

    constructor(services: MinutesServices) {
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.reflection = services.shared.AstReflection;
    }

    getScope(context: ReferenceInfo): Scope {
        const doc = AstUtils.getContainerOfType(context.container, (n): n is Document => n.$type === 'Document');
        const groups = this.reflection.getReferenceType(context) === Responsible.$type;
        return new PersonScope(doc && personNames(doc), groups, this.descriptions);
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

/**
 * Go to definition, find references and the highlights also from a declaration's short form
 * (`(S)`), and from the second declaration of a person listed twice (present for some items,
 * absent for others): references resolve to the first.
 */
export class MinutesReferences extends DefaultReferences {
    override findDeclarations(sourceCstNode: CstNode): AstNode[] {
        const node = sourceCstNode.astNode;
        const short = isLeafCstNode(sourceCstNode) && sourceCstNode.tokenType.name === 'SHORT' && isPerson(node);
        const found = short ? [node] : super.findDeclarations(sourceCstNode);
        return found.map(declaration => {
            if (!isPerson(declaration) || !declaration.name) return declaration;
            const doc = AstUtils.getContainerOfType(declaration, (n): n is Document => n.$type === 'Document');
            return (doc && personNames(doc).byFullName.get(normalizeName(declaration.name))) || declaration;
        });
    }
}
