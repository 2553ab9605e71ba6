import { addDays, type Day } from '../../utils/days/day';
import { CHECK_INS_KEY, FAVOURITES_KEY, NOT_FOR_US_KEY, PAST_TIPS_KEY } from '../../utils/storage/storage-keys';
import type { Tip } from '../../utils/tips/tips';

/** Ten years of days: the "every list scales" case. */
export const TEN_YEARS = 3650;
/** How many tips the generated library has set aside. */
const SET_ASIDE = 5;

/** Her library as `storage.local` holds it after years of use, and what it amounts to. */
export interface LibraryData {
  items: Record<string, unknown>;
  days: number;
  checkIns: number;
  favourites: number;
  setAside: number;
}

/** A small, fixed pseudo-random sequence (a linear congruential generator): the same library every run. */
function numbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Ten years of her library, ending `today`, whose tip is `todaysTipId` (as the background
 * settled it, so no pass rewrites it): each day's tip a real daily tip, a check-in on most
 * days, every tip (the shelf's too) kept as a favourite with its words, newest first, and a
 * few daily tips set aside. Valid for every parser the pages and the background use.
 */
export function libraryData(tips: readonly Tip[], today: Day, todaysTipId: string, days = TEN_YEARS): LibraryData {
  const random = numbers(20_261_204);
  const daily = tips.filter((tip) => !tip.moment);
  const pastDays: Record<Day, string> = {};
  const checkIns: Day[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const day = addDays(today, -back);
    pastDays[day] = back === 0 ? todaysTipId : daily[Math.floor(random() * daily.length)]!.id;
    if (random() < 0.8) checkIns.push(day);
  }
  // Kept over the ten years, one every few days, the newest first.
  const keptOn = (index: number, of: number) => addDays(today, -Math.floor((index * (days - 1)) / of));
  const words = ({ id, headline, body, theme }: Tip) => ({ id, headline, body, theme });
  const favourites = tips.map((tip, index) => ({ ...words(tip), keptOn: keptOn(index, tips.length) }));
  const setAside = daily
    .filter((tip) => tip.id !== todaysTipId)
    .slice(0, SET_ASIDE)
    .map((tip, index) => ({ ...words(tip), setAsideOn: keptOn(index, SET_ASIDE) }));
  return {
    items: {
      [PAST_TIPS_KEY]: { days: pastDays },
      [CHECK_INS_KEY]: { days: checkIns },
      [FAVOURITES_KEY]: { tips: favourites },
      [NOT_FOR_US_KEY]: { tips: setAside },
    },
    days,
    checkIns: checkIns.length,
    favourites: favourites.length,
    setAside: setAside.length,
  };
}
