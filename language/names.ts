/**
 * Near-miss name matching, for "did you mean …?" messages and the quick fix that replaces an
 * unknown name with a declared one.
 */
import { normalizeName } from './model.js';

/**
 * Names longer than this (normalised) get no suggestion. A person's name is a few dozen
 * characters; a longer "name" is pasted text, not a misspelling, and comparing it with every
 * declared name would only cost time.
 */
export const MAX_SUGGESTED_NAME_LENGTH = 120;

/** Edits a suggested name may be away from the written one. */
const MAX_SUGGESTION_DISTANCE = 2;

/**
 * Levenshtein distance, computed only within `limit` of the diagonal (a cell farther off it
 * is more than `limit` edits away) and stopping early once every cell of a row exceeds
 * `limit`; then it returns `limit + 1`. With a small limit the cost grows with the length of
 * the names, not with its square. `cells` counts the cells computed, for callers that budget.
 */
export function editDistance(a: string, b: string, limit = Infinity, cells?: { count: number }): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    const band = Math.min(limit, Math.max(a.length, b.length));
    const outside = band + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= band ? j : outside));
    let current = new Array<number>(b.length + 1).fill(outside);
    for (let i = 1; i <= a.length; i++) {
        const from = Math.max(1, i - band);
        const to = Math.min(b.length, i + band);
        current[0] = i <= band ? i : outside;
        if (from > 1) current[from - 1] = outside;
        let rowMin = current[0];
        for (let j = from; j <= to; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, outside);
            current[j] = value;
            if (value < rowMin) rowMin = value;
        }
        if (to < b.length) current[to + 1] = outside;
        if (cells) cells.count += to - from + 1;
        if (rowMin > limit) return limit + 1;
        [previous, current] = [current, previous];
    }
    return Math.min(previous[b.length], limit + 1);
}

/** An upper bound of the cells {@link editDistance} computes for two lengths within `limit`. */
function cellBound(aLength: number, bLength: number, limit: number): number {
    return Math.abs(aLength - bLength) > limit ? 0 : aLength * (2 * limit + 1);
}

/** Declared names within `maxDistance` edits of `name` (compared normalised), closest first. */
export function similarNames(name: string, candidates: Iterable<string>, maxDistance = MAX_SUGGESTION_DISTANCE): string[] {
    const wanted = normalizeName(name);
    if (wanted.length > MAX_SUGGESTED_NAME_LENGTH) return [];
    const scored: Array<{ candidate: string; distance: number }> = [];
    for (const candidate of candidates) {
        const distance = editDistance(wanted, normalizeName(candidate), maxDistance);
        if (distance <= maxDistance) scored.push({ candidate, distance });
    }
    return scored.sort((x, y) => x.distance - y.distance).map(s => s.candidate);
}

/**
 * "Did you mean …?" for every unknown name of one document: the declared names are normalised
 * once, each distinct unknown name is looked up once, and the lookups stop after a budget of
 * work, counted in cells of the edit-distance table (what a comparison costs, which grows with
 * the length of the names), so a document with thousands of persons and thousands of misspelt
 * references, or with very long names, is still checked in well under a second. A lookup
 * runs whole or not at all (then its message has no suggestion): a half-done search could
 * suggest a name that is not the closest.
 */
export class NameSuggestions {
    private readonly candidates: Array<{ name: string; normalized: string }>;
    private readonly cache = new Map<string, string | undefined>();
    private budget: number;

    /** `budget`: cells of the edit-distance table all lookups together may compute. */
    constructor(names: readonly string[], budget = 40_000_000) {
        this.candidates = names.map(name => ({ name, normalized: normalizeName(name) }));
        this.budget = budget;
    }

    /** The first closest declared name within two edits, as {@link closestName} finds it. */
    closest(name: string): string | undefined {
        const wanted = normalizeName(name);
        if (this.cache.has(wanted)) return this.cache.get(wanted);
        if (wanted.length > MAX_SUGGESTED_NAME_LENGTH || !this.affordable(wanted)) return undefined;
        const cells = { count: 0 };
        let best: string | undefined;
        let bestDistance = MAX_SUGGESTION_DISTANCE + 1;
        for (const { name: candidate, normalized } of this.candidates) {
            const distance = editDistance(wanted, normalized, Math.min(MAX_SUGGESTION_DISTANCE, bestDistance - 1), cells);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                if (distance === 0) break;
            }
        }
        // Every lookup costs at least one unit per candidate, so many short lookups also end.
        this.budget -= cells.count + this.candidates.length;
        this.cache.set(wanted, best);
        return best;
    }

    /** Whether the budget left covers the most a lookup of `wanted` can cost. */
    private affordable(wanted: string): boolean {
        let bound = this.candidates.length;
        for (const { normalized } of this.candidates) {
            bound += cellBound(wanted.length, normalized.length, MAX_SUGGESTION_DISTANCE);
            if (bound > this.budget) return false;
        }
        return true;
    }
}

/** The single closest declared name within two edits, if there is one. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    return similarNames(name, candidates)[0];
}
