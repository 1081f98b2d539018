/**
 * The "Minutes" view's tree (client/series/series-tree.ts) from the server's answer to
 * `minutes/series` for our two series: open actions by owner and by deadline with the overdue
 * marked and counted, all actions and decisions by meeting, every entry leading to its line.
 */
import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createMinutesCoreServices } from '../../language/index.js';
import { SeriesSet, summarizeText } from '../../language/series.js';
import { seriesMeetingResult, seriesResult } from '../../server/series-requests.js';
import { meetingEntries, overdueCount, seriesTree, type SeriesNode } from '../../client/series/series-tree.js';
import { strings } from '../../common/l10n/index.js';
import { BOARD, KFN } from '../series/series-fixtures.js';

const { Minutes } = createMinutesCoreServices(EmptyFileSystem);
const set = new SeriesSet();
for (const [folder, files] of [['kfn', KFN], ['board', BOARD]] as const) {
    for (const [name, text] of Object.entries(files)) set.set(summarizeText(Minutes.parser, text, `file:///w/${folder}/${name}`));
}
const result = seriesResult(set.allAnalyses(), { year: 2026, month: 3, day: 1 });

/** `label — description` of a node and its children, indented. */
function outline(nodes: readonly SeriesNode[], depth = 0): string[] {
    return nodes.flatMap(node => [
        `${'  '.repeat(depth)}${node.icon === 'warning' ? '! ' : ''}${node.label}${node.description ? ` — ${node.description}` : ''}`,
        ...outline(node.children, depth + 1)
    ]);
}

describe('the Minutes view', () => {
    test('open actions by owner and by deadline, overdue first and marked; all actions and decisions by meeting', () => {
        const tree = seriesTree(result, strings('en').series);
        expect(tree.map(group => group.label)).toEqual(['Open actions by owner', 'Open actions by deadline', 'All actions by meeting', 'Decisions by meeting']);
        expect(outline([tree[0], tree[1]])).toEqual([
            'Open actions by owner',
            '  Omar Said — 1',
            '    Ordna sommarlovsaktiviteter för barn. — 2026-01-20 § 3 · 2026-06-01 · Kultur- och fritidsnämnden',
            '  Priya Shah — 1 · 1 overdue action',
            '    ! Apply for the reading-promotion grant. — 2025-10-09 item 2 · 2026-01-31 · Harbour Library board',
            '  Tom Reed — 1 · 1 overdue action',
            '    ! Book the hall for the sale. — 2025-10-09 item 1 · 2025-10-30 · Friends of the Library',
            'Open actions by deadline',
            '  ! Book the hall for the sale. — 2025-10-09 item 1 · 2025-10-30 · Friends of the Library',
            '  ! Apply for the reading-promotion grant. — 2025-10-09 item 2 · 2026-01-31 · Harbour Library board',
            '  Ordna sommarlovsaktiviteter för barn. — 2026-01-20 § 3 · 2026-06-01 · Kultur- och fritidsnämnden',
        ]);
        expect(overdueCount(result)).toBe(2);
        const meetings = tree[2].children.map(node => `${node.label} — ${node.description}`);
        expect(meetings).toContain('Kultur- och fritidsnämnden 2025-11-18 — Kultur- och fritidsnämnden (3)');
        const november = tree[2].children.find(node => node.label === 'Kultur- och fritidsnämnden 2025-11-18')!;
        const uri = 'file:///w/kfn/kfn-2025-11-18.minutes';
        const entries = seriesMeetingResult(set.seriesOf(uri), uri, { year: 2026, month: 3, day: 1 });
        expect(meetingEntries(november, entries, strings('en').series).map(node => [node.label, node.icon, node.location])).toEqual([
            ['Ta fram en plan för biblioteksfilialernas öppettider.', 'pass', { uri, line: 21 }],
            ['Begära in offerter på nytt golv i idrottshallen.', 'pass', { uri, line: 30 }],
            ['Informera föreningarna om avstängningen av idrottshallen.', 'pass', { uri, line: 34 }],
        ]);
        const decisions = tree[3].children.find(node => node.label === 'Kultur- och fritidsnämnden 2025-12-16')!;
        const december = 'file:///w/kfn/kfn-2025-12-16.minutes';
        expect(outline(meetingEntries(decisions, seriesMeetingResult(set.seriesOf(december), december, { year: 2026, month: 3, day: 1 }), strings('en').series)))
            .toEqual(['Nämnden utser Karin Berg att justera protokollet. — § 104 Val av justerare', 'Nämnden antar budgeten för 2026. — § 106 Budget 2026']);
    });

    test('in Swedish; and an empty workspace has no groups', () => {
        const tree = seriesTree(result, strings('sv').series);
        expect(tree.map(group => group.label)).toEqual(['Öppna uppdrag per ansvarig', 'Öppna uppdrag per sista dag', 'Alla uppdrag per möte', 'Beslut per möte']);
        expect(tree[0].children[1].description).toBe('1 · 1 försenat uppdrag');
        expect(seriesTree({ series: [] }, strings('sv').series)).toEqual([]);
    });
});
