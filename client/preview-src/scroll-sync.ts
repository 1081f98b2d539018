/**
 * Maps source lines to vertical offsets in the preview and back, from the positions of the
 * rendered blocks that carry `data-line`. Pure (no DOM) so it is unit-tested; the webview
 * collects the blocks from the page. Both directions use binary search over blocks sorted by
 * line, whose tops grow with the line; between two blocks the position is interpolated, so a
 * fractional line maps to a pixel offset and back.
 */

/** A rendered block: its first source line (0-based) and its box in page coordinates. */
export interface LineBlock {
    readonly line: number;
    /** Distance from the top of the page (not the viewport), in pixels. */
    readonly top: number;
    readonly height: number;
}

/**
 * Sorts blocks by line and keeps only those whose top lies below the previous block's top, so
 * both line and top increase strictly and the mappings are monotonic. Of several blocks on one
 * line (an item and its heading), the outermost (first, topmost) is kept.
 */
export function normalizeBlocks(blocks: Iterable<LineBlock>): LineBlock[] {
    const sorted = [...blocks]
        .filter(b => Number.isFinite(b.line) && b.line >= 0 && Number.isFinite(b.top))
        .sort((a, b) => a.line - b.line || a.top - b.top);
    const result: LineBlock[] = [];
    for (const block of sorted) {
        const previous = result[result.length - 1];
        if (previous && (block.line === previous.line || block.top <= previous.top)) continue;
        result.push(block);
    }
    return result;
}

/** Index of the last element for which `before(element)` holds (elements where it holds come first), or -1. */
function lastIndexWhere<T>(items: readonly T[], before: (item: T) => boolean): number {
    let low = 0;
    let high = items.length; // invariant: before holds on [0, low), fails on [high, length)
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (before(items[mid])) low = mid + 1;
        else high = mid;
    }
    return low - 1;
}

/**
 * The page offset at which a (fractional) source line starts. Blocks must be normalized.
 * Before the first block: the top of the page; after the last block's line: inside that block,
 * one source line counted as its whole height.
 */
export function offsetForLine(blocks: readonly LineBlock[], line: number): number {
    if (blocks.length === 0) return 0;
    const i = lastIndexWhere(blocks, b => b.line <= line);
    if (i < 0) {
        const first = blocks[0];
        return first.line > 0 ? Math.max(0, (line / first.line) * first.top) : 0;
    }
    const block = blocks[i];
    const next = blocks[i + 1];
    if (next) {
        const progress = (line - block.line) / (next.line - block.line);
        return block.top + progress * (next.top - block.top);
    }
    return block.top + Math.min(1, line - block.line) * block.height;
}

/** The (fractional) source line shown at a page offset: the inverse of offsetForLine. */
export function lineForOffset(blocks: readonly LineBlock[], offset: number): number {
    if (blocks.length === 0) return 0;
    const i = lastIndexWhere(blocks, b => b.top <= offset);
    if (i < 0) {
        const first = blocks[0];
        return first.top > 0 ? Math.max(0, (offset / first.top) * first.line) : first.line;
    }
    const block = blocks[i];
    const next = blocks[i + 1];
    if (next) {
        const progress = (offset - block.top) / (next.top - block.top);
        return block.line + progress * (next.line - block.line);
    }
    const progress = block.height > 0 ? Math.min(1, (offset - block.top) / block.height) : 0;
    return block.line + progress;
}
