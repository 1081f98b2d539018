/**
 * The "Minutes" view in the explorer (SERIES.md "Registers"): the tree of series-tree.ts from
 * the server's `minutes/series`, asked again whenever the server says the series changed; the
 * badge counts the overdue actions. The extension host never parses minutes.
 */
import * as vscode from 'vscode';
import { strings } from '../../common/l10n/index.js';
import type { SeriesResult } from '../../common/contract.js';
import type { MinutesServer } from '../minutes-server.js';
import { messageLanguage } from '../settings.js';
import { meetingEntries, overdueCount, seriesTree, type SeriesNode } from './series-tree.js';

export const SERIES_VIEW_ID = 'minutes.seriesView';
/** The command an entry runs: open its file at its line. */
export const OPEN_LOCATION_COMMAND = 'minutes.openSeriesLocation';

/** Today in the reader's time zone, as the server takes it. */
export function todayIso(now = new Date()): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

class SeriesTreeProvider implements vscode.TreeDataProvider<SeriesNode> {
    private readonly changed = new vscode.EventEmitter<SeriesNode | undefined>();
    readonly onDidChangeTreeData = this.changed.event;
    private roots: SeriesNode[] = [];

    constructor(private readonly server: MinutesServer) { }

    set(roots: SeriesNode[]): void {
        this.roots = roots;
        this.changed.fire(undefined);
    }

    getTreeItem(node: SeriesNode): vscode.TreeItem {
        const item = new vscode.TreeItem(node.label, node.children.length > 0 || node.meeting
            ? (node.id.includes('/') ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded)
            : vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = node.description;
        item.tooltip = node.tooltip;
        // A meeting's context menu offers its series' register (package.json, view/item/context).
        if (node.meeting) item.contextValue = 'meeting';
        item.iconPath = new vscode.ThemeIcon(node.icon, node.icon === 'warning' ? new vscode.ThemeColor('list.warningForeground') : undefined);
        if (node.location) {
            item.command = { command: OPEN_LOCATION_COMMAND, title: node.label, arguments: [node.location.uri, node.location.line] };
        }
        return item;
    }

    async getChildren(node?: SeriesNode): Promise<SeriesNode[]> {
        if (!node) return this.roots;
        if (!node.meeting) return [...node.children];
        const result = await this.server.seriesMeeting(node.meeting.uri, todayIso());
        return meetingEntries(node, result, strings(messageLanguage()).series);
    }

    dispose(): void {
        this.changed.dispose();
    }
}

/**
 * What the view shows, as the extension's API gives it (`activate` returns it): the extension's
 * tests in VS Code read the view through it, since VS Code lets no one read another's tree.
 */
export interface SeriesViewState {
    /** The entries at the top, or under `node` (a meeting's are asked for, as when it is opened). */
    children(node?: SeriesNode): Promise<SeriesNode[]>;
    /** The badge now: the number of overdue actions. */
    readonly badge: vscode.ViewBadge | undefined;
    /** Fires when the view has its entries again after a change. */
    readonly onDidRefresh: vscode.Event<void>;
}

/** Creates the view and keeps it up to date; disposing the result ends both. */
export function registerSeriesView(server: MinutesServer): vscode.Disposable & { readonly state: SeriesViewState } {
    const provider = new SeriesTreeProvider(server);
    const refreshed = new vscode.EventEmitter<void>();
    const view = vscode.window.createTreeView(SERIES_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
    let asked = 0;
    const refresh = async (): Promise<void> => {
        const ask = ++asked;
        let result: SeriesResult;
        try {
            result = await server.series(todayIso());
        } catch {
            // The server is starting or gone; its next change notification asks again.
            return;
        }
        if (ask !== asked) return;
        const words = strings(messageLanguage()).series;
        provider.set(seriesTree(result, words));
        const overdue = overdueCount(result);
        view.badge = overdue > 0 ? { value: overdue, tooltip: words.view.overdueBadge(overdue) } : undefined;
        view.message = result.series.length === 0 ? words.view.empty : undefined;
        refreshed.fire();
    };
    void refresh();
    const state: SeriesViewState = {
        children: node => provider.getChildren(node),
        get badge() { return view.badge; },
        onDidRefresh: refreshed.event
    };
    const disposable = vscode.Disposable.from(
        view,
        provider,
        refreshed,
        server.onSeriesChanged(() => void refresh()),
        vscode.commands.registerCommand(OPEN_LOCATION_COMMAND, async (uri: string, line: number) => {
            const position = new vscode.Position(line, 0);
            await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position) });
        }),
        vscode.workspace.onDidChangeConfiguration(event => {
            if (event.affectsConfiguration('minutes.messageLanguage')) void refresh();
        })
    );
    return Object.assign(disposable, { state });
}
