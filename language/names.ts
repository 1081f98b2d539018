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

/** The single closest declared name within two edits, if there is one. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    return similarNames(name, candidates)[0];
}
