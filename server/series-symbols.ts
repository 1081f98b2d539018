/**
 * Workspace symbols (SERIES.md): every item and decision of every meeting of the workspace,
 * from the workspace index, so "Go to Symbol in Workspace" finds a decision of last year's
 * minutes without opening them.
 */
import type { WorkspaceSymbolProvider } from 'langium/lsp';
import { SymbolKind, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { decodeName, itemName } from '../language/series.js';
import type { WorkspaceIndex } from './workspace-index.js';

/** Longest decision text used as a symbol's name. */
const DECISION_NAME_LENGTH = 80;

/** Every word of the query, in any case, is part of the name (Langium's fuzzy matcher knows no spaces between words). */
function matcher(query: string): (name: string) => boolean {
    const words = query.normalize('NFC').toLowerCase().split(/\s+/u).filter(Boolean);
    return name => {
        const lower = name.normalize('NFC').toLowerCase();
        return words.every(word => lower.includes(word));
    };
}

export class SeriesWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    constructor(private readonly index: WorkspaceIndex) { }

    getSymbols(params: WorkspaceSymbolParams): WorkspaceSymbol[] {
        const symbols: WorkspaceSymbol[] = [];
        const matches = matcher(params.query);
        for (const meeting of this.index.series.all()) {
            const container = [meeting.body ?? meeting.title ?? decodeName(meeting.fileName), meeting.date].filter(Boolean).join(' ');
            for (const item of meeting.items) {
                const name = `${itemName(item.mark, item.number, meeting.lang)} ${item.title}`.trim();
                if (matches(name)) symbols.push({ name, kind: SymbolKind.Namespace, containerName: container, location: { uri: meeting.uri, range: item.range } });
                for (const decision of item.decisions) {
                    const text = decision.text.length > DECISION_NAME_LENGTH ? `${decision.text.slice(0, DECISION_NAME_LENGTH - 1)}…` : decision.text;
                    if (text && matches(text)) {
                        symbols.push({ name: text, kind: SymbolKind.Event, containerName: `${container} ${name}`, location: { uri: meeting.uri, range: decision.range } });
                    }
                }
            }
        }
        return symbols;
    }
}
