import type { Day } from '../days/day';
import { THEMES, type Theme, type Tip } from './tips';

/** Text as the library's search compares it: lower case, accents and marks set apart (é finds e, ё finds е). */
export const foldForSearch = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** The tips whose headline or body holds every word of `query` (all of them for a blank query). */
export function searchTips(tips: readonly Tip[], query: string): Tip[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...tips];
  return tips.filter((tip) => {
    const text = foldForSearch(`${tip.headline} ${tip.body}`);
    return words.every((word) => text.includes(word));
  });
}

/** `tips` by theme, in the library's order of themes; themes with no tip left out. */
export function byTheme(tips: readonly Tip[]): Array<[Theme, Tip[]]> {
  return THEMES.map((theme): [Theme, Tip[]] => [theme, tips.filter((tip) => tip.theme === theme)]).filter(
    ([, inTheme]) => inTheme.length > 0,
  );
}

/** One day of her past tips, as the library lists it. */
export interface PastDay {
  day: Day;
  /** The tip in her library today; `undefined` if an update took it out. */
  tip: Tip | undefined;
  connected: boolean;
}

/** Her past tips, newest first, each with its tip and whether they connected that day. */
export function pastDays(
  past: ReadonlyArray<{ day: Day; id: string }>,
  tipsById: ReadonlyMap<string, Tip>,
  connectedDays: ReadonlySet<Day>,
): PastDay[] {
  return past.map(({ day, id }) => ({ day, tip: tipsById.get(id), connected: connectedDays.has(day) }));
}

/** How many rows a long list shows at first, and shows more by: the page opens in one frame whatever she has kept. */
export const PAGE_OF_ROWS = 30;
