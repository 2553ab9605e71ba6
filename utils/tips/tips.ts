import type { MessageName } from '../i18n/i18n';

/** The ideas a tip can belong to, in the order the library presents them. */
export const THEMES = ['listen', 'back-his-efforts', 'play', 'everyday', 'one-step', 'quiet-closeness'] as const;
export type Theme = (typeof THEMES)[number];

/** The message that names a theme: `play` is `themePlay`, `back-his-efforts` `themeBackHisEfforts`. */
export const themeMessage = (theme: Theme) =>
  `theme${theme.replace(/(?:^|-)(\w)/g, (_, first: string) => first.toUpperCase())}` as MessageName;

/** The ages of son a tip can suit. */
export const AGES = ['little', 'school', 'teen', 'grown'] as const;
export type Age = (typeof AGES)[number];

/** What a tip asks of her: to say it, to show it, or either. */
export const TIP_WAYS = ['words', 'deeds', 'either'] as const;
export type TipWay = (typeof TIP_WAYS)[number];

/** Where he must be for a tip: at home with her, away (a grown son living elsewhere), or either. */
export const TIP_HOMES = ['home', 'away', 'either'] as const;
export type TipHome = (typeof TIP_HOMES)[number];

/**
 * The moments of the shelf "for when…": tips written for a moment, not for an ordinary day,
 * which the daily rotation never draws on its own. In the order the library presents them.
 */
export const MOMENTS = [
  'hard-times',
  'after-a-quarrel',
  'exams',
  'leaving-home',
  'his-day',
  'his-own-family',
  'far-away',
] as const;
export type Moment = (typeof MOMENTS)[number];

/** The message that names a moment: `hard-times` is `momentHardTimes`. */
export const momentMessage = (moment: Moment) =>
  `moment${moment.replace(/(?:^|-)(\w)/g, (_, first: string) => first.toUpperCase())}` as MessageName;

/** One tip of the library, as written in `assets/tips/<locale>.json`. */
export interface Tip {
  /** Stable forever: rotation state and (later) favourites refer to it. */
  id: string;
  /** At most 60 characters. */
  headline: string;
  /** At most 280 characters: one small thing to do or notice today. */
  body: string;
  theme: Theme;
  ages: Age[];
  way: TipWay;
  home: TipHome;
  /** Only on the shelf's tips: the moment it was written for. */
  moment?: Moment;
}
