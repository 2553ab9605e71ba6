import type { Day } from '@/utils/days/day';
import { t } from '@/utils/i18n/i18n';
import type { Month, Weekday } from '@/utils/days/month-grid';

/** What a day of the calendar holds, as the grid and the day's panel tell it. */
export interface DayState {
  connected: boolean;
  away: boolean;
  note: boolean;
  /** Before today, today, or still to come. */
  when: 'past' | 'today' | 'ahead';
}

/** When `day` is, beside `today`. */
export const whenOf = (day: Day, today: Day): DayState['when'] =>
  day < today ? 'past' : day === today ? 'today' : 'ahead';

/** A day's state in words, for its name in the grid: "today, connected, with a note". */
export function stateWords({ connected, away, note, when }: DayState): string {
  const awayWords =
    when === 'past' ? 'calendarStateAway' : when === 'today' ? 'calendarStateAwayNow' : 'calendarStateAwayAhead';
  const base = connected
    ? t(away ? 'calendarStateConnectedAway' : 'calendarStateConnected')
    : away
      ? t(awayWords)
      : t(when === 'ahead' ? 'calendarStateAhead' : 'calendarStateNotMarked');
  const noted = note ? t('calendarStateWithNote', base) : base;
  return when === 'today' ? t('calendarStateToday', noted) : noted;
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** One formatter per language and options: a month of names formats fast. */
function format(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.DateTimeFormat(language, options)));
  return found;
}

/** The month as she reads it above the grid: "December 2026", "2026年12月", "декабрь 2026 г.". */
export function monthName(month: Month, language: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return format(language, { month: 'long', year: 'numeric' }).format(new Date(year, number - 1, 15, 12));
}

/** The grid's column heads from `firstWeekday`: each weekday short ("Mon") and whole ("Monday"). */
export function weekdayNames(language: string, firstWeekday: Weekday): Array<{ short: string; long: string }> {
  return Array.from({ length: 7 }, (_, column) => {
    // 29 November 2026 was a Sunday: the days after it, weekday by weekday.
    const date = new Date(2026, 10, 29 + ((firstWeekday + column) % 7), 12);
    return {
      short: format(language, { weekday: 'short' }).format(date),
      long: format(language, { weekday: 'long' }).format(date),
    };
  });
}
