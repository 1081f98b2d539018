/**
 * The fuzz property shared by the tests and `npm run fuzz`: what a document must survive, with
 * the time limit applied the way a flaky machine needs it.
 */
import { exerciseDocument, type ExerciseResult, type Services } from './exercise.js';

/** No document may take longer than this for everything exerciseDocument does with it. */
export const FUZZ_TIME_LIMIT_MS = 1_000;

/**
 * The problems of one document, including taking too long. A run over the limit is repeated
 * once and counts only when the repetition is over the limit too: a garbage collection or a
 * busy machine can stall any single run, a slow document is slow twice.
 */
export async function checkWithinTimeLimit(services: Services, text: string, positions: readonly number[], timing?: (result: ExerciseResult) => void): Promise<string[]> {
    let result = await exerciseDocument(services, text, positions);
    if (result.problems.length === 0 && result.milliseconds > FUZZ_TIME_LIMIT_MS) {
        const first = result.milliseconds;
        result = await exerciseDocument(services, text, positions);
        if (result.milliseconds > FUZZ_TIME_LIMIT_MS) {
            result.problems.push(`took ${Math.round(first)} ms and ${Math.round(result.milliseconds)} ms (limit ${FUZZ_TIME_LIMIT_MS} ms)`);
        }
    }
    timing?.(result);
    return result.problems;
}
