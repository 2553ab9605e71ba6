import { whereabouts, type Whereabouts } from './travel';

/**
 * Where she is as she clicks, each click of a page at least a millisecond after the one
 * before: stored clicks are applied in the order of their moments, and two clicks within a
 * millisecond (a double click) must not swap. One sequence per page (per script bundle).
 */
export function clickMoments(clock: () => Date): () => Whereabouts {
  let last = -Infinity;
  return () => {
    const now = whereabouts(clock());
    last = Math.max(now.at, last + 1);
    return { ...now, at: last };
  };
}
