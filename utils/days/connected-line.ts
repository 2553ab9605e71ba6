import type { Day } from './day';
import type { MessageName } from '../i18n/i18n';

/** Streaks that get words of their own on the day she reaches them. */
const MILESTONES: Partial<Record<number, MessageName>> = {
  3: 'milestone3',
  7: 'milestone7',
  30: 'milestone30',
  100: 'milestone100',
  365: 'milestone365',
};

/** The warm lines a connected day takes turns with, one a day: `connectedLine1` to `connectedLine8`. */
const LINE_COUNT = 8;

/** Days since 1970-01-01 (UTC only as a calendar). */
function dayNumber(day: Day): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/**
 * The line a page shows once they have connected on `day` with a streak of `streak`: the
 * milestone's own words on the day she reaches it, else the day's turn of the warm lines.
 * The same all day (so the first frame's copy of the page draws it too), another each day
 * for eight days running.
 */
export function connectedLine(day: Day, streak: number): MessageName {
  return (
    MILESTONES[streak] ??
    (`connectedLine${(((dayNumber(day) % LINE_COUNT) + LINE_COUNT) % LINE_COUNT) + 1}` as MessageName)
  );
}
