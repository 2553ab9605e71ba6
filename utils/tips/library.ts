import en from '@/assets/tips/en.json';
import ja from '@/assets/tips/ja.json';
import ru from '@/assets/tips/ru.json';
import type { Language } from '../i18n/language';
import type { Moment, Tip } from './tips';

/** Every language's library: the same tips (the same ids and tags), written natively in each. */
const LIBRARIES: Record<Language, readonly Tip[]> = { en: en as Tip[], ja: ja as Tip[], ru: ru as Tip[] };

/** One language's tips, as the background draws them. Only the background imports them: pages read today's tip from storage. */
export interface Tips {
  /** Every tip, the shelf's included. */
  all: readonly Tip[];
  /** The tips for an ordinary day: the daily rotation draws only these (never a shelf tip on its own). */
  daily: readonly Tip[];
  /** The shelf's tips for `moment`, in the library's order. */
  shelf(moment: Moment): readonly Tip[];
}

const cache = new Map<Language, Tips>();

/** The tips in `language`. */
export function tipsIn(language: Language): Tips {
  let tips = cache.get(language);
  if (!tips) {
    const all = LIBRARIES[language];
    const daily = all.filter((tip) => tip.moment === undefined);
    tips = { all, daily, shelf: (moment) => all.filter((tip) => tip.moment === moment) };
    cache.set(language, tips);
  }
  return tips;
}

/** The English library, as tests and tools read it. */
export const library = tipsIn('en').all;
export const dailyTips = tipsIn('en').daily;
export const shelfTips = (moment: Moment): readonly Tip[] => tipsIn('en').shelf(moment);
