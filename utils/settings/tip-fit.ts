import type { Settings, Son } from './settings';
import type { Fit } from '../tips/tip-rotation';
import type { Age, Theme, Tip } from '../tips/tips';

/** His age group in `year`: by the age he turns that year, so his tips grow up with him each new year. */
export function ageGroup(birthYear: number, year: number): Age {
  const age = year - birthYear;
  if (age < 6) return 'little';
  if (age <= 12) return 'school';
  if (age <= 19) return 'teen';
  return 'grown';
}

/** `tip` suits `son` in `year`: his age, and where he lives (a tip for a son away is for a grown son away). */
function fitsSon(tip: Tip, son: Son, year: number): boolean {
  const age = ageGroup(son.birthYear, year);
  if (!tip.ages.includes(age)) return false;
  if (tip.home === 'either') return true;
  const livesAway = age === 'grown' && son.away === true;
  return tip.home === (livesAway ? 'away' : 'home');
}

/**
 * Whether `tip` fits her and her sons in `year`: it suits at least one of them, and asks of her
 * what her way allows. With no son described, every age and place fits.
 */
export function tipFits(tip: Tip, settings: Settings, year: number): boolean {
  const wayFits = settings.way === 'both' || tip.way === 'either' || tip.way === settings.way;
  return wayFits && (settings.sons.length === 0 || settings.sons.some((son) => fitsSon(tip, son, year)));
}

/**
 * How a theme weighs in the order of a round: the themes she wants more of come earlier,
 * those she wants fewer of later (every fitting tip still comes once a round).
 */
export function themeWeight(theme: Theme, settings: Pick<Settings, 'moreThemes' | 'fewerThemes'>): number {
  if (settings.moreThemes.includes(theme)) return 0.5;
  if (settings.fewerThemes.includes(theme)) return 2;
  return 1;
}

/** The tips that fit her and her sons this year and that she didn't set aside, and the order her themes give them. */
export function fitFor(settings: Settings, year: number, setAside: ReadonlySet<string> = new Set()): Fit {
  return {
    fits: (tip) => !setAside.has(tip.id) && tipFits(tip, settings, year),
    weight: (tip) => themeWeight(tip.theme, settings),
  };
}
