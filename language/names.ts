/**
 * Near-miss name matching, for "did you mean …?" messages and the quick fix that replaces an
 * unknown name with a declared one.
 */
import { normalizeName } from './model.js';

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            rowMin = Math.min(rowMin, current[j]);
        }
        if (rowMin > limit) return limit + 1;
        previous = current;
    }
    return previous[b.length];
}

/** Declared names within `maxDistance` edits of `name` (compared normalised), closest first. */
export function similarNames(name: string, candidates: Iterable<string>, maxDistance = 2): string[] {
    const wanted = normalizeName(name);
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
 * comparisons, so a document with thousands of persons and thousands of misspelt references
 * is still checked in well under a second (the messages after the budget have no suggestion).
 */
export class NameSuggestions {
    private readonly candidates: Array<{ name: string; normalized: string }>;
    private readonly cache = new Map<string, string | undefined>();
    private budget: number;

    constructor(names: readonly string[], budget = 2_000_000) {
        this.candidates = names.map(name => ({ name, normalized: normalizeName(name) }));
        this.budget = budget;
    }

    /** The first closest declared name within two edits, as {@link closestName} finds it. */
    closest(name: string): string | undefined {
        const wanted = normalizeName(name);
        if (this.cache.has(wanted)) return this.cache.get(wanted);
        if (this.budget < this.candidates.length) return undefined;
        this.budget -= this.candidates.length;
        let best: string | undefined;
        let bestDistance = 3;
        for (const { name: candidate, normalized } of this.candidates) {
            const distance = editDistance(wanted, normalized, Math.min(2, bestDistance - 1));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                if (distance === 0) break;
            }
        }
        this.cache.set(wanted, best);
        return best;
    }
}

/** The single closest declared name within two edits, if there is one. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    return similarNames(name, candidates)[0];
}
