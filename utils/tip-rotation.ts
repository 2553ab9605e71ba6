import { addDays, type Day } from './day';
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
 * How far ahead of today a stored day may be and still be a day she lived: the far side of
 * the date line is at most two dates ahead. Anything later came from a clock that was wrong.
 */
const LIVED_DAYS_AHEAD = 2;

/**
 * The rotation for `today`. A pure function of its inputs, so every context that
 * computes it for the same day writes the same value. The next tip comes only when
 * the date moves forward: a clock set back keeps today's tip instead of skipping one.
 * A stored day further ahead than any journey explains was never a real day: today then
 * takes the next tip of the round, as if that day had been yesterday.
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
  if (previous.day > addDays(today, LIVED_DAYS_AHEAD)) return nextTip(previous, today, library);
  if (current && today <= previous.day)
    return sameTip(current, previous.tip) ? previous : { ...previous, tip: current };

  // A removed tip is replaced on its own day, even with the clock set back: the day never moves back.
  return nextTip(previous, today > previous.day ? today : previous.day, library);
}

/** The round's next tip, on `day`. */
function nextTip(previous: Rotation, day: Day, library: readonly Tip[]): Rotation {
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
