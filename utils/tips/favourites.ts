import { isDay, type Day } from '../days/day';
import type { Tip } from './tips';

/**
 * The words of a tip as she saw them when she kept it: an update that rewords or removes the
 * tip later leaves her favourite as she kept it.
 */
export interface KeptTip {
  id: string;
  headline: string;
  body: string;
  theme: string;
}

/** A tip she kept, and the day she kept it. */
export interface Favourite extends KeptTip {
  keptOn: Day;
}

/** Version 1 of her favourites: the tips she kept, newest first, each once. */
export interface FavouritesV1 {
  tips: Favourite[];
}

/** Her favourites, with any field a later version wrote kept as it is. */
export type Favourites = FavouritesV1 & Record<string, unknown>;

/** What a click on the heart means, as the page showed it: not a blind flip. */
export type FavouriteIntent = 'keep' | 'let-go';

export const NO_FAVOURITES: Favourites = { tips: [] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown, most: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= most;

/** A kept tip's words, or `undefined` when `value` isn't one (lengths far above any tip's). */
export function parseKeptTip(value: unknown): KeptTip | undefined {
  if (!isRecord(value)) return undefined;
  const { id, headline, body, theme } = value;
  return isText(id, 100) && isText(headline, 500) && isText(body, 2000) && isText(theme, 100)
    ? { id, headline, body, theme }
    : undefined;
}

function parseFavourite(value: unknown): Favourite | undefined {
  const kept = parseKeptTip(value);
  return kept && isRecord(value) && isDay(value.keptOn) ? { ...kept, keptOn: value.keptOn } : undefined;
}

/** Stored favourites, or `undefined` when the value can't be read whole (nothing stored reads as none). */
export function parseFavourites(raw: unknown): Favourites | undefined {
  if (raw === undefined || raw === null) return NO_FAVOURITES;
  if (!isRecord(raw) || !Array.isArray(raw.tips)) return undefined;
  const tips = raw.tips.map(parseFavourite);
  if (tips.some((tip) => tip === undefined)) return undefined;
  const ids = new Set(tips.map((tip) => tip!.id));
  return ids.size === tips.length ? { ...raw, tips: tips as Favourite[] } : undefined;
}

export const isFavourite = (favourites: Favourites, id: string | undefined): boolean =>
  id !== undefined && favourites.tips.some((tip) => tip.id === id);

/** The words of `tip` to keep. */
export const keptWords = ({ id, headline, body, theme }: Tip | KeptTip): KeptTip => ({ id, headline, body, theme });

/**
 * Her favourites after a click on the heart of `tip` on `day`: kept (first in the list, with
 * the words she saw), or let go. Keeping a kept tip, or letting go of one that isn't, changes nothing.
 */
export function applyFavourite(favourites: Favourites, tip: KeptTip, intent: FavouriteIntent, day: Day): Favourites {
  const kept = isFavourite(favourites, tip.id);
  if (intent === 'keep' && !kept)
    return { ...favourites, tips: [{ ...keptWords(tip), keptOn: day }, ...favourites.tips] };
  if (intent === 'let-go' && kept) return { ...favourites, tips: favourites.tips.filter(({ id }) => id !== tip.id) };
  return favourites;
}
