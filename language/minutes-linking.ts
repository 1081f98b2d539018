/**
 * Linking and the index of references over the nodes that can hold a reference. Langium's
 * linker and its reference description provider look at every property of every node of the
 * syntax tree for references, and wait for a possible cancellation before each node; in
 * minutes most nodes (items, prose, persons, dates) hold none. Here the types that can hold
 * one are read once from the grammar's reflection, only their nodes are looked into, and
 * cancellation is checked every {@link BATCH} nodes: an edit still cancels a build in time.
 */
import {
    AstUtils, Cancellation, DefaultLinker, DefaultReferenceDescriptionProvider, interruptAndCheck,
    type AstNode, type AstReflection, type LangiumCoreServices, type LangiumDocument, type ReferenceDescription, type ReferenceInfo
} from 'langium';
import { perNode } from './model.js';

/** Nodes between two checks for cancellation. */
const BATCH = 256;

/** The node types with a property that holds a reference (a cross-reference in the grammar); read once per reflection. */
const referringTypes = perNode((reflection: AstReflection): ReadonlySet<string> => {
    const types = new Set<string>();
    for (const type of reflection.getAllTypes()) {
        const properties = Object.values(reflection.getTypeMetaData(type).properties);
        if (properties.some(property => property.referenceType !== undefined)) types.add(type);
    }
    return types;
});

/** Calls `visit` with each reference of the document's nodes of `types`. */
async function forEachReference(
    document: LangiumDocument, types: ReadonlySet<string>, cancelToken: Cancellation.CancellationToken, visit: (ref: ReferenceInfo) => void
): Promise<void> {
    let count = 0;
    for (const node of AstUtils.streamAst(document.parseResult.value as AstNode)) {
        if (count++ % BATCH === 0) await interruptAndCheck(cancelToken);
        if (types.has(node.$type)) AstUtils.streamReferences(node).forEach(visit);
    }
}

export class MinutesLinker extends DefaultLinker {
    private readonly referring: ReadonlySet<string>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.referring = referringTypes(services.shared.AstReflection);
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await forEachReference(document, this.referring, cancelToken, ref => this.doLink(ref, document));
    }
}

export class MinutesReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly referring: ReadonlySet<string>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.referring = referringTypes(services.shared.AstReflection);
    }

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await forEachReference(document, this.referring, cancelToken, ref => {
            if (!ref.reference.error) descriptions.push(...this.createInfoDescriptions(ref));
        });
        return descriptions;
    }
}
