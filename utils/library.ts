import tips from '@/assets/tips/en.json';
import type { Moment, Tip } from './tips';

/** The whole tip library. Only the background imports it: pages read today's tip from storage. */
export const library = tips as Tip[];

/** The tips for an ordinary day: the daily rotation draws only these (never a shelf tip on its own). */
export const dailyTips: readonly Tip[] = library.filter((tip) => tip.moment === undefined);

/** The shelf's tips for `moment`, in the library's order. */
export const shelfTips = (moment: Moment): readonly Tip[] => library.filter((tip) => tip.moment === moment);
