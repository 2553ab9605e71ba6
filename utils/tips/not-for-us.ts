import { isDay, type Day } from '../days/day';
import { keptWords, parseKeptTip, type KeptTip } from './favourites';

/** A tip she marked "not for us", with the words she saw and the day she set it aside. */
export interface NotForUsTip extends KeptTip {
  setAsideOn: Day;
}

/** Version 1 of the tips she set aside: out of her rotation for good, newest first, each once. */
export interface NotForUsV1 {
  tips: NotForUsTip[];
}

/** The tips she set aside, with any field a later version wrote kept as it is. */
export type NotForUs = NotForUsV1 & Record<string, unknown>;

/**
 * What a click means: set today's tip aside; undo that, which also makes it today's tip again
 * (the new tab's "Undo"); or bring it back into the round (her library's "Bring back").
 */
export type NotForUsIntent = 'set-aside' | 'undo' | 'bring-back';

export const NOTHING_SET_ASIDE: NotForUs = { tips: [] };

function parseNotForUsTip(value: unknown): NotForUsTip | undefined {
  const kept = parseKeptTip(value);
  const on = (value as { setAsideOn?: unknown } | undefined)?.setAsideOn;
  return kept && isDay(on) ? { ...kept, setAsideOn: on } : undefined;
}

/** Stored set-aside tips, or `undefined` when the value can't be read whole (nothing stored reads as none). */
export function parseNotForUs(raw: unknown): NotForUs | undefined {
  if (raw == null) return NOTHING_SET_ASIDE;
  if (typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const stored = (raw as { tips?: unknown }).tips;
  if (!Array.isArray(stored)) return undefined;
  const tips = stored.map(parseNotForUsTip);
  if (tips.some((tip) => tip === undefined)) return undefined;
  const ids = new Set(tips.map((tip) => tip!.id));
  return ids.size === tips.length ? { ...(raw as NotForUs), tips: tips as NotForUsTip[] } : undefined;
}

/** The ids of the tips she set aside, which no rotation draws. */
export const setAsideIds = (notForUs: NotForUs): ReadonlySet<string> => new Set(notForUs.tips.map(({ id }) => id));

/** Her set-aside tips after a click on `tip` on `day`: set aside (first in the list), or back in the round. */
export function applyNotForUs(notForUs: NotForUs, tip: KeptTip, intent: NotForUsIntent, day: Day): NotForUs {
  const aside = notForUs.tips.some(({ id }) => id === tip.id);
  if (intent === 'set-aside' && !aside)
    return { ...notForUs, tips: [{ ...keptWords(tip), setAsideOn: day }, ...notForUs.tips] };
  if (intent !== 'set-aside' && aside) return { ...notForUs, tips: notForUs.tips.filter(({ id }) => id !== tip.id) };
  return notForUs;
}
