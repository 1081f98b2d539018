/**
 * Completion after `Från:`/`From:` (SERIES.md): the open actions of the document's series from
 * earlier meetings, overdue ones first, each filling in the origin and — when the follow-up has
 * none yet — the action's text and an owner line. Everything else is the minutes completion.
 */
import type { LangiumDocument } from 'langium';
import {
    CompletionItemKind, type CompletionItem, type CompletionList, type CompletionParams, type Range, type TextEdit
} from 'vscode-languageserver';
import type { Document } from '../language/generated/ast.js';
import { matchKeyword } from '../language/minutes-lexer.js';
import { KEYWORD_BY_ID } from '../language/keywords.js';
import { parseIsoDate } from '../language/dates.js';
import { actionRows } from '../language/series-registers.js';
import { languageFor } from '../language/messages.js';
import { documentLanguage } from '../language/model.js';
import { strings } from '../common/l10n/index.js';
import { clampPosition, lineText } from './document-lines.js';
import { MinutesCompletionProvider } from './minutes-completion.js';
import type { MinutesLspServices } from './minutes-server-module.js';

export class SeriesCompletionProvider extends MinutesCompletionProvider {
    constructor(private readonly lspServices: MinutesLspServices) {
        super(lspServices);
    }

    override getCompletion(document: LangiumDocument, params: CompletionParams): CompletionList | undefined {
        return this.originCompletion(document, params) ?? super.getCompletion(document, params);
    }

    /** The open actions of the series, when the cursor is in the value of a `Från` line. */
    private originCompletion(document: LangiumDocument, params: CompletionParams): CompletionList | undefined {
        const position = clampPosition(document.textDocument, params.position);
        const line = lineText(document, position.line);
        const indent = line.length - line.trimStart().length;
        const keyword = matchKeyword(line.slice(indent).trimEnd());
        if (keyword?.id !== 'from' || position.character <= indent + keyword.colon) return undefined;
        const uri = document.uri.toString();
        const index = this.lspServices.series.WorkspaceIndex;
        const summary = index.series.get(uri);
        const series = index.series.seriesOf(uri);
        if (!summary || !series) return { isIncomplete: false, items: [] };
        const doc = document.parseResult.value as Document;
        const lang = documentLanguage(doc);
        const text = strings(languageFor(this.lspServices.settings.Settings, doc)).series;
        const colonEnd = indent + keyword.colon + 1;
        const valueStart = colonEnd + (line.slice(colonEnd).length - line.slice(colonEnd).trimStart().length);
        const range: Range = { start: { line: position.line, character: valueStart }, end: { line: position.line, character: Math.max(valueStart, line.trimEnd().length) } };
        const lead = valueStart === colonEnd ? ' ' : '';
        // The follow-up this line belongs to, as the last parse saw it.
        const followUp = summary.actions.find(action => action.from?.range.start.line === position.line);
        const today = parseIsoDate(summary.date) ?? this.lspServices.lsp.Clock.today();
        const rows = actionRows([series], today, { open: true })
            .filter(row => !summary.date || row.action.meeting.date! < summary.date);
        const items = rows.map((row, i): CompletionItem => {
            const edits: TextEdit[] = [];
            if (followUp && !followUp.text && row.action.action.text) {
                edits.push({ range: { start: followUp.range.end, end: followUp.range.end }, newText: ` ${row.action.action.text}` });
            }
            if (followUp && followUp.owners.length === 0 && row.action.owners.length > 0) {
                const at = { line: position.line + 1, character: 0 };
                edits.push({ range: { start: at, end: at }, newText: `${KEYWORD_BY_ID.owner.canonical[lang]}: ${row.action.owners.join(', ')}\n` });
            }
            return {
                label: row.identity,
                kind: CompletionItemKind.Reference,
                detail: row.action.action.text,
                labelDetails: { description: row.overdue ? `${text.overdue} · ${row.action.dueText ?? ''}` : row.action.dueText },
                sortText: String(i).padStart(4, '0'),
                filterText: row.identity,
                textEdit: { range, newText: `${lead}${row.identity}` },
                additionalTextEdits: edits.length > 0 ? edits : undefined
            };
        });
        return { isIncomplete: false, items };
    }
}
