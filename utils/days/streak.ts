import { addDays, type Day } from './day';
import { kinderCount, type KinderCount } from './kinder-count';

/** What the pages and the badge say about her check-ins on a given day. */
export interface StreakSummary {
  /** Today is among the recorded days. */
  connectedToday: boolean;
  /** The run of consecutive recorded days that is still alive today. */
  current: number;
  /** The longest run of consecutive recorded days ever. */
  longest: number;
  /** He is away today (and today isn't recorded): the day neither adds to nor breaks the streak. */
  away?: boolean;
  /** "5 of the last 7": her last seven days from her first one, away days not counted against her. */
  lastSeven?: KinderCount;
}

/** Whether he is away on a day: a day she marked so neither adds to a run nor breaks it. */
export type IsAway = (day: Day) => boolean;
const nowhere: IsAway = () => false;

/** A bound on the away days a walk crosses between two recorded days, so a span with no end can't make it endless. */
const MOST_AWAY_DAYS = 3660;

/**
 * The first recorded day from `day` on, walking a day at a time in `step`'s direction (-1 back,
 * 1 ahead) over away days only; `undefined` when a day neither recorded nor away comes first.
 * Both runs, the current and the longest, are walked with it (one walk, fewer bytes on the pages).
 */
function reach(recorded: ReadonlySet<Day>, day: Day, step: number, isAway: IsAway): Day | undefined {
  for (let crossed = 0; crossed <= MOST_AWAY_DAYS; crossed++, day = addDays(day, step))
    if (recorded.has(day)) return day;
    else if (!isAway(day)) return undefined;
  return undefined;
}

/** The recorded days of the run ending at `last`, stepping over away days between them. */
function runEndingAt(recorded: ReadonlySet<Day>, last: Day, isAway: IsAway): number {
  let length = 0;
  for (let day = reach(recorded, last, -1, isAway); day; day = reach(recorded, addDays(day, -1), -1, isAway)) length++;
  return length;
}

/**
 * The current streak: the run ending today, or yesterday while today is still open.
 * A day up to two days ahead also counts (recorded on the far side of the date line
 * before she flew back), so travelling never hides a day she recorded; and so does the day
 * `keptByJourney` (see `travel.ts`), when a flight skipped the date after it. Days he is away
 * (`isAway`) are stepped over: they keep the run alive without adding to it.
 */
export function currentStreak(days: Iterable<Day>, today: Day, keptByJourney?: Day, isAway = nowhere): number {
  const recorded = new Set(days);
  const anchors = [2, 1, 0, -1].map((offset) => addDays(today, offset));
  if (keptByJourney) anchors.push(keptByJourney);
  return Math.max(0, ...anchors.map((anchor) => runEndingAt(recorded, anchor, isAway)));
}

/** The longest run of consecutive recorded days, away days between them stepped over. */
export function longestStreak(days: Iterable<Day>, isAway = nowhere): number {
  const recorded = new Set(days);
  let longest = 0;
  // Walk each run once, back from its last day (the one no recorded day follows).
  for (const last of recorded)
    if (!reach(recorded, addDays(last, 1), 1, isAway)) longest = Math.max(longest, runEndingAt(recorded, last, isAway));
  return longest;
}

/** Everything the UI shows about the streak, derived from the recorded days (and a journey's kept day, and away days). */
export function summarizeStreak(
  days: readonly Day[],
  today: Day,
  keptByJourney?: Day,
  isAway = nowhere,
): StreakSummary {
  const connectedToday = days.includes(today);
  // Her first day with Closer: days before it are not hers to count.
  const since = days.reduce((first, day) => (day < first ? day : first), today);
  return {
    connectedToday,
    current: currentStreak(days, today, keptByJourney, isAway),
    longest: longestStreak(days, isAway),
    away: !connectedToday && isAway(today),
    lastSeven: kinderCount(new Set(days), today, 7, since, isAway),
  };
}
