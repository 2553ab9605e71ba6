import { addDays, isDay, type Day } from '../days/day';
import { MOMENTS, type Moment } from './tips';

/** Version 1 of the moment she chose for a week: its shelf's tips come first for seven days from `from`. */
export interface MomentOfWeekV1 {
  moment: Moment;
  /** The local date she chose it: the first of its seven days. */
  from: Day;
}

/** How many days a moment of the week lasts, the day she chose it included. */
export const MOMENT_DAYS = 7;

/** Stored moment of the week: `null` when none is chosen, `undefined` when the value can't be read. */
export function parseMomentOfWeek(raw: unknown): MomentOfWeekV1 | null | undefined {
  if (raw == null) return null;
  const { moment, from } = raw as Partial<Record<keyof MomentOfWeekV1, unknown>>;
  return MOMENTS.includes(moment as Moment) && isDay(from) ? (raw as MomentOfWeekV1) : undefined;
}

/** The last of its seven days. */
export const lastDayOf = (chosen: MomentOfWeekV1): Day => addDays(chosen.from, MOMENT_DAYS - 1);

/**
 * The moment that holds on `today`, if any: from the day she chose it to the seventh. A clock
 * set back a little (up to the far side of the date line, two dates) keeps it; a day further
 * back than that was never lived after she chose it, and holds no moment.
 */
export function momentOn(chosen: MomentOfWeekV1 | null | undefined, today: Day): Moment | undefined {
  if (!chosen) return undefined;
  return today >= addDays(chosen.from, -2) && today <= lastDayOf(chosen) ? chosen.moment : undefined;
}
