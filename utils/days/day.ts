/** A local calendar date as the user lives it, written `YYYY-MM-DD`. */
export type Day = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when `value` is a real calendar date in `YYYY-MM-DD` form. By arithmetic, not a `Date`:
 * her library reads ten years of days at once (a `Date` each cost 6 ms there).
 */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string') return false;
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  // 31 days in the odd months to July and the even ones from August; February apart.
  const days = m === 2 ? (leap ? 29 : 28) : 30 + ((m + (m >> 3)) & 1);
  return m >= 1 && m <= 12 && d >= 1 && d <= days;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// Date.UTC() reads years 0–99 as 1900–1999; setUTCFullYear() takes them as they are.
function utcCalendarDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** The user's local calendar date at `moment`, in the zone the runtime is in. */
export function localDay(moment: Date): Day {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/**
 * The calendar date `count` days after `day` (before, when negative).
 * Pure date arithmetic: UTC is used only as a calendar with no DST, never as a clock.
 */
export function addDays(day: Day, count: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = utcCalendarDate(y, m - 1, d + count);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * Milliseconds from `moment` until the next local calendar day begins.
 * Built from local fields, so a 23- or 25-hour DST day is measured as it is lived.
 */
export function msUntilNextDay(moment: Date): number {
  const next = new Date(moment.getFullYear(), moment.getMonth(), moment.getDate() + 1);
  if (next.getTime() > moment.getTime()) return next.getTime() - moment.getTime();
  // Clocks went back across midnight, so that midnight already passed once: find the real turn of the day.
  const today = localDay(moment);
  const step = 15 * 60_000;
  let before = moment.getTime();
  let after = before + step;
  while (localDay(new Date(after)) === today) [before, after] = [after, after + step];
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (localDay(new Date(middle)) === today) before = middle;
    else after = middle;
  }
  return after - moment.getTime();
}
