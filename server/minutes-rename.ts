/**
 * Renaming a person. Langium's default renames the declaration and every linked reference
 * (references match by normalised name, so `helene  olofsson` is renamed too); this adds what a
 * name in minutes must satisfy: no other person may already have the new name, and the new
 * name must still read as one name on a role line (no comma, semicolon, `&`, `och`/`and`).
 */
import { CstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ResponseError, ErrorCodes, type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit } from 'vscode-languageserver';
import { isPerson, type Document, type Person } from '../language/generated/ast.js';
import { normalizeName, personIndex } from '../language/model.js';
import type { MinutesSettings } from '../language/minutes-module.js';
import { clampPosition } from './document-lines.js';
import { strings } from '../common/l10n/index.js';
import { languageFor } from '../language/messages.js';

/** What the lexer would split a role line at, or end a declaration's name at. */
const NOT_IN_A_NAME = /[,;&\r\n]|\s(?:och|and)\s/iu;

export class MinutesRenameProvider extends DefaultRenameProvider {
    private readonly settings: MinutesSettings;

    constructor(services: LangiumServices & { settings: { Settings: MinutesSettings } }) {
        super(services);
        this.settings = services.settings.Settings;
    }

    override async rename(document: LangiumDocument, clientParams: RenameParams): Promise<WorkspaceEdit | undefined> {
        const params = { ...clientParams, position: clampPosition(document.textDocument, clientParams.position) };
        const person = this.personAt(document, params);
        if (!person) return undefined;
        const ui = strings(languageFor(this.settings, document.parseResult.value as Document)).editor;
        const newName = params.newName.trim().replace(/\s+/gu, ' ');
        if (newName === '' || NOT_IN_A_NAME.test(` ${newName} `)) {
            throw new ResponseError(ErrorCodes.InvalidParams, ui.renameInvalid(params.newName));
        }
        const holder = personIndex(document.parseResult.value as Document).get(normalizeName(newName));
        if (holder && holder !== person) {
            throw new ResponseError(ErrorCodes.InvalidParams, ui.renameTaken(holder.name ?? newName));
        }
        return super.rename(document, { ...params, newName });
    }

    /** Only person names (declarations and resolved references) can be renamed. */
    override prepareRename(document: LangiumDocument, clientParams: TextDocumentPositionParams): MaybePromise<Range | undefined> {
        const params = { ...clientParams, position: clampPosition(document.textDocument, clientParams.position) };
        return this.personAt(document, params) ? super.prepareRename(document, params) : undefined;
    }

    private personAt(document: LangiumDocument, params: TextDocumentPositionParams): Person | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        if (!leaf || leaf.tokenType.name !== 'NAME') return undefined;
        const declarations = this.references.findDeclarations(leaf);
        const target = declarations[0] ?? leaf.astNode;
        return isPerson(target) ? target : undefined;
    }
}
