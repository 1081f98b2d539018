/**
 * Where the language server cases of `npm run bench` (and of bench/compare-child.ts) click and
 * type in the generated 2,000-line document.
 */

/** A position in the document, 0-based as LSP counts. */
export interface BenchPosition {
    line: number;
    character: number;
}

/** Where the language server cases click and type in the 2,000-line document. */
export function findPositions(lines: string[]): Record<'adjuster' | 'lineStart' | 'person' | 'date' | 'ownerEnd', BenchPosition> {
    const adjusterLine = lines.findIndex(l => l.startsWith('Justerare: '));
    const items = lines.flatMap((l, i) => /^(?:Punkt|§) ?\d*:/u.test(l) ? [i] : []);
    const middle = items[Math.floor(items.length / 2)];
    // A blank line between two blocks of an item, from the middle of the document on.
    let blank = -1;
    for (let i = middle + 1; i < lines.length - 1 && blank < 0; i++) {
        if (lines[i] === '' && lines[i + 1] !== '' && !/^(?:Punkt|§|Nästa möte)/u.test(lines[i + 1])) blank = i;
    }
    const owner = lines.findIndex((l, i) => i > middle && l.startsWith('Ansvarig: '));
    const due = lines.findIndex((l, i) => i > middle && /^Senast: .*\d{4}-\d\d-\d\d$/u.test(l));
    if (adjusterLine < 0 || blank < 0 || owner < 0 || due < 0) throw new Error('the LSP document lacks the lines the benchmark needs');
    return {
        adjuster: { line: adjusterLine, character: 'Justerare: '.length },
        lineStart: { line: blank, character: 0 },
        person: { line: owner, character: 'Ansvarig: '.length + 3 },
        date: { line: due, character: lines[due].length - 5 },
        ownerEnd: { line: owner, character: lines[owner].length }
    };
}
