import type { Day } from './day';
import { hashString } from './hash';
import type { Tip } from './tips';

/** Version 1 of the stored tip rotation: which tip is today's, and which she has had this round. */
export interface RotationV1 {
  /** The local date `tip` belongs to. */
  day: Day;
  /** Today's tip, kept whole so a page can show it from one storage read. */
  tip: Tip;
  /** Ids shown in this round, `tip.id` included; none comes back until every tip has been shown. */
  seen: string[];
  /** Counts completed rounds, so each round is shuffled afresh. */
  round: number;
  /** Drawn once at install: two mothers don't walk the same order. */
  seed: number;
}
export type Rotation = RotationV1;

function rank(seed: number, round: number, id: string): number {
  return hashString(`${seed}:${round}:${id}`);
}

function firstInOrder(tips: readonly Tip[], seed: number, round: number): Tip {
  let best = tips[0]!;
  for (const tip of tips) if (rank(seed, round, tip.id) < rank(seed, round, best.id)) best = tip;
  return best;
}

// Tip text can be edited in an update: today's tip then shows its new words.
function sameTip(a: Tip, b: Tip): boolean {
  return (
    JSON.stringify([a.headline, a.body, a.theme, a.ages]) === JSON.stringify([b.headline, b.body, b.theme, b.ages])
  );
}

/**
 * The rotation for `today`. A pure function of its inputs, so every context that
 * computes it for the same day writes the same value. The next tip comes only when
 * the date moves forward: a clock set back keeps today's tip instead of skipping one.
 */
export function rotationFor(
  previous: Rotation | undefined,
  today: Day,
  library: readonly Tip[],
  seed: number,
): Rotation {
  if (!previous) {
    const tip = firstInOrder(library, seed, 0);
    return { day: today, tip, seen: [tip.id], round: 0, seed };
  }
  const current = library.find((tip) => tip.id === previous.tip.id);
  if (current && today <= previous.day)
    return sameTip(current, previous.tip) ? previous : { ...previous, tip: current };

  // A removed tip is replaced on its own day, even with the clock set back: the day never moves back.
  const day = today > previous.day ? today : previous.day;
  const unseen = library.filter((tip) => !previous.seen.includes(tip.id));
  if (unseen.length > 0) {
    const tip = firstInOrder(unseen, previous.seed, previous.round);
    return { ...previous, day, tip, seen: [...previous.seen, tip.id] };
  }
  // Every tip has been shown: a new round, shuffled afresh, that doesn't open with the last one.
  const round = previous.round + 1;
  const candidates = library.length > 1 ? library.filter((tip) => tip.id !== previous.tip.id) : library;
  const tip = firstInOrder(candidates, previous.seed, round);
  return { ...previous, day, tip, seen: [tip.id], round };
}
