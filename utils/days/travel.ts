import type { CheckIns } from './check-ins';
import { addDays, type Day } from './day';

/**
 * A change of clock this large can only be a journey (daylight saving moves clocks by an hour,
 * two at most): below it, the date where she is is the only one that counts.
 */
const JOURNEY_MINUTES = 180;

/** Where she is now: the moment, and her clock's offset from UTC in minutes east. */
export interface Whereabouts {
  at: number;
  offset: number;
}

/** Where she is at `moment`, by the runtime's own zone. */
export function whereabouts(moment: Date): Whereabouts {
  return { at: moment.getTime(), offset: -moment.getTimezoneOffset() };
}

/** The calendar date at `at` on a clock `offset` minutes east of UTC. */
export function dayAtOffset(at: number, offset: number): Day {
  return new Date(at + offset * 60_000).toISOString().slice(0, 10);
}

/**
 * Her latest recorded day, when a journey since means no whole day has gone by without her:
 * on the clock she recorded it by, it is still that day or the next. Flying from Los Angeles
 * on Monday night to Tokyo on Wednesday morning skips Tuesday, a date she never had.
 */
export function dayKeptByJourney(checkIns: Pick<CheckIns, 'days' | 'lastRecorded'>, now: Whereabouts): Day | undefined {
  const last = checkIns.lastRecorded;
  if (!last || last.day !== checkIns.days[checkIns.days.length - 1]) return undefined;
  if (Math.abs(now.offset - last.offset) < JOURNEY_MINUTES) return undefined;
  return dayAtOffset(now.at, last.offset) <= addDays(last.day, 1) ? last.day : undefined;
}
