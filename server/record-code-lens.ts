/**
 * A code lens above every item: «Utdrag…» / «Extract…», which runs the editor's
 * `minutes.exportExtract` command (client/export/record-commands.ts) for that item, so an
 * extract of one § is one click away. The item is named as the renderings name it (`§ 14`).
 */
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { Document } from '../language/generated/ast.js';
import { languageFor } from '../language/messages.js';
import type { MinutesSettings } from '../language/minutes-module.js';
import { itemLabels } from '../language/render/render-model.js';
import { strings } from '../common/l10n/index.js';

/** The command the lens runs, with the document's URI and `{ items }`. */
export const EXTRACT_COMMAND = 'minutes.exportExtract';

export class RecordCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: { settings: { Settings: MinutesSettings } }) { }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const doc = document.parseResult.value as Document;
        const title = strings(languageFor(this.services.settings.Settings, doc)).record.editor.extractLens;
        const labels = itemLabels(doc);
        const uri = document.uri.toString();
        return doc.items.flatMap((item, i) => {
            const start = item.$cstNode?.range.start;
            if (!start) return [];
            const range = { start: { line: start.line, character: 0 }, end: { line: start.line, character: 0 } };
            return [{ range, command: { title, command: EXTRACT_COMMAND, arguments: [uri, { items: labels[i] }] } }];
        });
    }
}
