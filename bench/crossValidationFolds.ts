// The folds the cross-validation benches split the training lines into, so settings and engines are scored on the same sentences.
export const FOLDS = 5;
const SHUFFLE_SEED = 20251120;
/** The reference day of every cross-validated recognition, so a line's reading never depends on the real date. */
export const CROSS_VALIDATION_TODAY = '2025-11-20';

export function seededShuffle<T>(items: readonly T[], seed: number = SHUFFLE_SEED): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled;
}

/** Fold `fold`'s held-out lines of a shuffled list (`heldOut`), or the lines it trains on. */
export function foldPart<T>(shuffled: readonly T[], fold: number, heldOut: boolean): T[] {
  return shuffled.filter((_, index) => (index % FOLDS === fold) === heldOut);
}
