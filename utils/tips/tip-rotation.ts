import { addDays, type Day } from '../days/day';
import { hashString } from './hash';
import type { Tip } from './tips';

/** Version 2 of the stored tip rotation: which tip is today's, and which she has had this round. */
export interface RotationV2 {
  /** The local date `tip` belongs to. */
  day: Day;
  /** Today's tip, kept whole so a page can show it from one storage read. */
  tip: Tip;
  /** Ids shown in this round, `tip.id` included; none comes back until every fitting tip has been shown. */
  seen: string[];
  /** Counts completed rounds, so each round is shuffled afresh. */
  round: number;
  /** Drawn once at install: two mothers don't walk the same order. */
  seed: number;
  /** New in version 2: tips she passed on today ("another tip"), back in the round but not shown again today. */
  passed: string[];
}

export type Rotation = RotationV2;

/** Which tips come, and in what order: whether a tip fits her now, and how its theme weighs (`tip-fit.ts`). */
export interface Fit {
  fits(tip: Tip): boolean;
  /** Below 1 comes earlier in a round, above 1 later. */
  weight(tip: Tip): number;
}

/**
 * Beyond the daily tips: `moment`, the shelf tips of the moment she chose for this week, drawn
 * first while any is unseen; `known`, every tip that may stay today's tip once it is (one she
 * made today's tip from her library, a shelf tip the moment brought), while it fits her.
 */
export interface Extras {
  moment?: readonly Tip[];
  known?: readonly Tip[];
}

/** Before she says anything of him or her: every tip, in an even order. */
export const EVERY_TIP: Fit = { fits: () => true, weight: () => 1 };

function rank(seed: number, round: number, tip: Tip, fit: Fit): number {
  return hashString(`${seed}:${round}:${tip.id}`) * fit.weight(tip);
}

function firstInOrder(tips: readonly Tip[], seed: number, round: number, fit: Fit): Tip {
  let best = tips[0]!;
  for (const tip of tips) if (rank(seed, round, tip, fit) < rank(seed, round, best, fit)) best = tip;
  return best;
}

// Tip text can be edited in an update: today's tip then shows its new words.
function sameTip(a: Tip, b: Tip): boolean {
  const fields = (tip: Tip) => [tip.headline, tip.body, tip.theme, tip.ages, tip.way, tip.home];
  return JSON.stringify(fields(a)) === JSON.stringify(fields(b));
}

/**
 * How far ahead of today a stored day may be and still be a day she lived: the far side of
 * the date line is at most two dates ahead. Anything later came from a clock that was wrong.
 */
const LIVED_DAYS_AHEAD = 2;

/** The tips a round draws from: those that fit her, or every tip if none does (a tip is always shown). */
function poolOf(library: readonly Tip[], fit: Fit): readonly Tip[] {
  const fitting = library.filter((tip) => fit.fits(tip));
  return fitting.length > 0 ? fitting : library;
}

/**
 * The rotation for `today`. A pure function of its inputs, so every context that
 * computes it for the same day writes the same value. The next tip comes only when
 * the date moves forward: a clock set back keeps today's tip instead of skipping one.
 * A stored day further ahead than any journey explains was never a real day: today then
 * takes the next tip of the round, as if that day had been yesterday. Today's tip stays
 * while it fits her; once it doesn't (she changed a setting, his birthday year came), it is
 * replaced at once.
 */
export function rotationFor(
  previous: Rotation | undefined,
  today: Day,
  library: readonly Tip[],
  seed: number,
  fit: Fit = EVERY_TIP,
  extras: Extras = {},
): Rotation {
  const pool = poolOf(library, fit);
  const moment = (extras.moment ?? []).filter((tip) => fit.fits(tip));
  if (!previous) {
    const first = moment.length > 0 ? moment : pool;
    const tip = firstInOrder(first, seed, 0, fit);
    return { day: today, tip, seen: [tip.id], round: 0, seed, passed: [] };
  }
  const staying = [...pool, ...moment, ...(extras.known ?? []).filter((tip) => fit.fits(tip))];
  const current = staying.find((tip) => tip.id === previous.tip.id);
  if (previous.day > addDays(today, LIVED_DAYS_AHEAD))
    return nextTip({ ...previous, passed: [] }, today, pool, fit, moment);
  if (today <= previous.day) {
    if (current) return sameTip(current, previous.tip) ? previous : { ...previous, tip: current };
    // Removed from the library, or no longer fitting: replaced on its own day, which never moves back.
    return nextTip(previous, previous.day, pool, fit, moment);
  }
  return nextTip({ ...previous, passed: [] }, today, pool, fit, moment);
}

/**
 * Today's tip made `tip` (she chose it in her library, or undid "not for us"): the one it
 * replaces goes back into the round, and `tip` counts as shown.
 */
export function chooseTip(rotation: Rotation, tip: Tip): Rotation {
  if (rotation.tip.id === tip.id) return rotation;
  const seen = rotation.seen.filter((id) => id !== rotation.tip.id && id !== tip.id);
  return { ...rotation, tip, seen: [...seen, tip.id] };
}

/**
 * Today's tip from the shelf of the moment she just chose, if one is unseen and fits: she
 * chose it for now, not only for tomorrow. Otherwise today's tip stays.
 */
export function momentTipToday(rotation: Rotation, moment: readonly Tip[], fit: Fit = EVERY_TIP): Rotation {
  const open = moment.filter((tip) => fit.fits(tip) && !rotation.seen.includes(tip.id));
  return open.length > 0 ? chooseTip(rotation, firstInOrder(open, rotation.seed, rotation.round, fit)) : rotation;
}

/**
 * "Another tip for today": a different fitting tip, today; the one she passed on goes back
 * into the round (and won't come back today). With no other fitting tip, today's stays.
 */
export function anotherTip(
  rotation: Rotation,
  library: readonly Tip[],
  fit: Fit = EVERY_TIP,
  moment: readonly Tip[] = [],
): Rotation {
  const passedOn = rotation.tip.id;
  const back = {
    ...rotation,
    seen: rotation.seen.filter((id) => id !== passedOn),
    passed: [...new Set([...rotation.passed, passedOn])],
  };
  const next = nextTip(
    back,
    rotation.day,
    poolOf(library, fit),
    fit,
    moment.filter((tip) => fit.fits(tip)),
  );
  return next.tip.id === passedOn ? rotation : next;
}

/** The round's next tip, on `day`, never one she passed on today: from the moment's shelf first, while one is unseen. */
function nextTip(previous: Rotation, day: Day, pool: readonly Tip[], fit: Fit, moment: readonly Tip[] = []): Rotation {
  const open = (tip: Tip) => !previous.passed.includes(tip.id);
  const shelf = moment.filter((tip) => open(tip) && !previous.seen.includes(tip.id));
  if (shelf.length > 0) {
    const tip = firstInOrder(shelf, previous.seed, previous.round, fit);
    return { ...previous, day, tip, seen: [...previous.seen, tip.id] };
  }
  const unseen = pool.filter((tip) => open(tip) && !previous.seen.includes(tip.id));
  if (unseen.length > 0) {
    const tip = firstInOrder(unseen, previous.seed, previous.round, fit);
    return { ...previous, day, tip, seen: [...previous.seen, tip.id] };
  }
  // Every fitting tip has been shown: a new round, shuffled afresh, that doesn't open with the last one.
  const round = previous.round + 1;
  const fresh = pool.filter((tip) => open(tip) && tip.id !== previous.tip.id);
  const candidates = fresh.length > 0 ? fresh : pool.filter((tip) => tip.id !== previous.tip.id);
  const tip = firstInOrder(candidates.length > 0 ? candidates : pool, previous.seed, round, fit);
  return { ...previous, day, tip, seen: [tip.id], round };
}
