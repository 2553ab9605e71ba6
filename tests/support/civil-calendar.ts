/**
 * An independent reference calendar for tests: the proleptic Gregorian calendar by plain
 * arithmetic (Howard Hinnant's days_from_civil / civil_from_days), with days counted from
 * the Unix epoch (1970-01-01 is day 0). It shares no code with '@/utils/days/day'.
 */
import type { Day } from '@/utils/days/day';

/** A year, month (1-12) and day of the month (1-31). */
export type Civil = [year: number, month: number, day: number];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` for a year, month and day, zero-padded, without checking that the date exists. */
export const formatDay = (year: number, month: number, day: number): Day => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** Days from 1970-01-01 to the given date (negative before it). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `days` days after 1970-01-01 (before it, if negative). */
export function civilFromDays(days: number): Civil {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** The day number (days from 1970-01-01) of a `YYYY-MM-DD` day. */
export function dayNumber(day: Day): number {
  const [y, m, d] = day.split('-').map(Number) as Civil;
  return daysFromCivil(y, m, d);
}

/** The `YYYY-MM-DD` day with day number `n` (days from 1970-01-01). */
export const dayFromNumber = (n: number): Day => formatDay(...civilFromDays(n));
