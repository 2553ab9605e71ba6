import { addDays, isDay, type Day } from '../days/day';

/**
 * Version 1 of her past tips: each day's tip, by id, as far back as Closer has known it. It
 * starts from the day of today's tip when it was first kept, and is never rebuilt by guessing.
 * Ids, not words: ten years are 3,650 short entries, and her library shows each in her language.
 */
export interface PastTipsV1 {
  days: Record<Day, string>;
}

export const NO_PAST_TIPS: PastTipsV1 = { days: {} };

/** Stored past tips, or `undefined` when the value can't be read whole (nothing stored reads as none). */
export function parsePastTips(raw: unknown): PastTipsV1 | undefined {
  if (raw == null) return NO_PAST_TIPS;
  const days = (raw as { days?: unknown }).days;
  if (typeof days !== 'object' || days === null || Array.isArray(days)) return undefined;
  const readable = Object.entries(days).every(([day, id]) => isDay(day) && typeof id === 'string' && id !== '');
  return readable ? (raw as PastTipsV1) : undefined;
}

/**
 * Her past tips once `day`'s tip is `id` (the last tip a day had is the one it keeps). A day
 * further ahead than the far side of the date line came from a clock that was wrong, and goes.
 */
export function withDayTip(past: PastTipsV1, day: Day, id: string): PastTipsV1 {
  const latest = addDays(day, 2);
  const wrong = Object.keys(past.days).filter((stored) => stored > latest);
  if (past.days[day] === id && wrong.length === 0) return past;
  const days = { ...past.days, [day]: id };
  for (const stored of wrong) delete days[stored];
  return { ...past, days };
}

/** Each day and its tip, newest first. */
export function pastTipsNewestFirst(past: PastTipsV1): Array<{ day: Day; id: string }> {
  return Object.keys(past.days)
    .sort()
    .reverse()
    .map((day) => ({ day, id: past.days[day]! }));
}
