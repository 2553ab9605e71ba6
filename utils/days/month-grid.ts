import { addDays, type Day } from './day';

/** A calendar month, written `YYYY-MM`. */
export type Month = string;

/** A weekday: 0 Sunday, 1 Monday … 6 Saturday (as `Date.prototype.getDay`). */
export type Weekday = number;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The month `day` falls in. */
export const monthOf = (day: Day): Month => day.slice(0, 7);

/** The month `count` months after `month` (before, when negative). */
export function addMonths(month: Month, count: number): Month {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + number - 1 + count;
  const newYear = Math.floor(index / 12);
  return `${pad(newYear, 4)}-${pad(index - newYear * 12 + 1)}`;
}

/** How many days `month` has: 28 to 31, 29 February in leap years. */
export function daysInMonth(month: Month): number {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  // 31 days in the odd months to July and the even ones from August; February apart.
  return number === 2 ? (leap ? 29 : 28) : 30 + ((number + (number >> 3)) & 1);
}

/** The weekday of `day`, by arithmetic (Sakamoto's method): no `Date`, no time zone. */
export function weekdayOf(day: Day): Weekday {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const shift = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4][month - 1]!;
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + shift + date) % 7;
}

/** The day numbered `date` in `month`, or its last day when the month is shorter (31 → 30, 28 or 29). */
export const dayInMonth = (month: Month, date: number): Day =>
  `${month}-${pad(Math.min(Math.max(date, 1), daysInMonth(month)))}`;

/** How far `day` is into its week, for a week starting on `firstWeekday`: 0 to 6. */
const intoWeek = (day: Day, firstWeekday: Weekday) => (weekdayOf(day) - firstWeekday + 7) % 7;

/**
 * The month as a calendar shows it: weeks of seven cells from `firstWeekday`, each a day of the
 * month or `null` where the week reaches into the month before or after.
 */
export function weeksOf(month: Month, firstWeekday: Weekday): Array<Array<Day | null>> {
  const cells: Array<Day | null> = Array.from({ length: intoWeek(`${month}-01`, firstWeekday) }, () => null);
  for (let date = 1; date <= daysInMonth(month); date++) cells.push(`${month}-${pad(date)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/**
 * Where a key moves the focused day of a calendar grid (the WAI-ARIA date picker's keys): a day
 * with the arrows, a week with up and down, the week's first and last day with Home and End, a
 * month with Page Up and Page Down, a year with Shift (the same date, or the month's last day
 * when it is shorter). `undefined` for any other key.
 */
export function moveDay(day: Day, key: string, firstWeekday: Weekday = 0, shift = false): Day | undefined {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return addDays(day, -intoWeek(day, firstWeekday));
    case 'End':
      return addDays(day, 6 - intoWeek(day, firstWeekday));
    case 'PageUp':
    case 'PageDown': {
      const months = (key === 'PageUp' ? -1 : 1) * (shift ? 12 : 1);
      return dayInMonth(addMonths(monthOf(day), months), Number(day.slice(8)));
    }
    default:
      return undefined;
  }
}

/** What runtimes tell of a locale's week: `getWeekInfo()` (Chromium 130+), `weekInfo` before it; not every browser has it. */
type WithWeekInfo = Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };

/** Regions whose weeks start on Sunday, Saturday and Friday (CLDR 48); the rest start on Monday. */
const SUNDAY_FIRST = new Set(
  'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN IS JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
);
const SATURDAY_FIRST = new Set('AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

/**
 * The weekday a calendar's weeks start on where `locale` is spoken: as the runtime knows it,
 * else by the locale's region (its likeliest one for a bare language: `en` is the US's, Sunday;
 * `ru` Monday; `ja` Sunday; `en-GB` Monday). Monday, the ISO week's, for a tag it can't read.
 */
export function firstWeekdayFor(locale: string): Weekday {
  let tag: WithWeekInfo;
  try {
    tag = new Intl.Locale(locale);
  } catch {
    return 1;
  }
  const firstDay = (tag.getWeekInfo?.() ?? tag.weekInfo)?.firstDay;
  if (typeof firstDay === 'number' && firstDay >= 1 && firstDay <= 7) return firstDay % 7;
  const region = tag.region ?? tag.maximize().region ?? '';
  if (SUNDAY_FIRST.has(region)) return 0;
  if (SATURDAY_FIRST.has(region)) return 6;
  return region === 'MV' ? 5 : 1;
}
