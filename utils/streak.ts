import { addDays, type Day } from './day';

/** What the pages and the badge say about her check-ins on a given day. */
export interface StreakSummary {
  /** Today is among the recorded days. */
  connectedToday: boolean;
  /** The run of consecutive recorded days that is still alive today. */
  current: number;
  /** The longest run of consecutive recorded days ever. */
  longest: number;
}

function runEndingAt(recorded: ReadonlySet<Day>, last: Day): number {
  let length = 0;
  while (recorded.has(addDays(last, -length))) length++;
  return length;
}

/**
 * The current streak: the run ending today, or yesterday while today is still open.
 * A day up to two days ahead also counts (recorded on the far side of the date line
 * before she flew back), so travelling never hides a day she recorded; and so does the day
 * `keptByJourney` (see `travel.ts`), when a flight skipped the date after it.
 */
export function currentStreak(days: Iterable<Day>, today: Day, keptByJourney?: Day): number {
  const recorded = new Set(days);
  const anchors = [2, 1, 0, -1].map((offset) => addDays(today, offset));
  if (keptByJourney) anchors.push(keptByJourney);
  return Math.max(0, ...anchors.map((anchor) => runEndingAt(recorded, anchor)));
}

/** The longest run of consecutive recorded days. */
export function longestStreak(days: Iterable<Day>): number {
  const recorded = new Set(days);
  let longest = 0;
  for (const first of recorded) {
    // Walk each run once, from its first day.
    if (recorded.has(addDays(first, -1))) continue;
    let length = 1;
    while (recorded.has(addDays(first, length))) length++;
    longest = Math.max(longest, length);
  }
  return longest;
}

/** Everything the UI shows about the streak, derived from the recorded days (and a journey's kept day). */
export function summarizeStreak(days: readonly Day[], today: Day, keptByJourney?: Day): StreakSummary {
  return {
    connectedToday: days.includes(today),
    current: currentStreak(days, today, keptByJourney),
    longest: longestStreak(days),
  };
}
