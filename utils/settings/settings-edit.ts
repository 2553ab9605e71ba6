import { birthYearProblem, nameProblem, type Settings, type Son, type Way } from './settings';
import type { Age, Theme } from '../tips/tips';

/** An edit she makes on the settings page: the settings it gives, or what is wrong with what she typed. */
export type Edited = { settings: Settings } | { problem: string };

/** The most sons the page offers to describe. */
export const MOST_SONS_ON_PAGE = 4;

function withSon(settings: Settings, index: number, son: Son): Settings {
  const sons = [...settings.sons];
  sons[index] = son;
  return { ...settings, sons };
}

/** His birth year as she typed it (text from a number field), for son `index` (a new son past the end). */
export function editBirthYear(settings: Settings, index: number, typed: string, year: number): Edited {
  const value = Number(typed.trim());
  const problem = typed.trim() === '' ? 'not-a-year' : birthYearProblem(value, year);
  if (problem) return { problem: `birthYear-${problem}` };
  return { settings: withSon(settings, index, { ...settings.sons[index], birthYear: value }) };
}

/** His age today as she typed it: the birth year it gives (the year he turns that age). */
export function editAge(settings: Settings, index: number, typed: string, year: number): Edited {
  const age = Number(typed.trim());
  if (typed.trim() === '' || !Number.isInteger(age) || age < 0) return { problem: 'age-not-a-number' };
  return editBirthYear(settings, index, String(year - age), year);
}

/** His first name: empty removes it. */
export function editName(settings: Settings, index: number, typed: string): Edited {
  const son = settings.sons[index];
  if (!son) return { problem: 'name-no-son' };
  const name = typed.trim();
  if (name === '') {
    const { name: _removed, ...rest } = son;
    return { settings: withSon(settings, index, rest) };
  }
  const problem = nameProblem(name);
  if (problem) return { problem: `name-${problem}` };
  return { settings: withSon(settings, index, { ...son, name }) };
}

/** Whether a grown son lives away from her. */
export function editAway(settings: Settings, index: number, away: boolean): Edited {
  const son = settings.sons[index];
  if (!son) return { problem: 'away-no-son' };
  return { settings: withSon(settings, index, { ...son, away }) };
}

/** Son `index` forgotten (the others move up). */
export const removeSon = (settings: Settings, index: number): Settings => ({
  ...settings,
  sons: settings.sons.filter((_, i) => i !== index),
});

export const editWay = (settings: Settings, way: Way): Settings => ({ ...settings, way });

/** A theme she wants more of, fewer of, or as it comes. */
export type ThemeWish = 'more' | 'usual' | 'fewer';

export function themeWish(settings: Settings, theme: Theme): ThemeWish {
  if (settings.moreThemes.includes(theme)) return 'more';
  return settings.fewerThemes.includes(theme) ? 'fewer' : 'usual';
}

export function editTheme(settings: Settings, theme: Theme, wish: ThemeWish): Settings {
  const without = (themes: Theme[]) => themes.filter((listed) => listed !== theme);
  return {
    ...settings,
    moreThemes: wish === 'more' ? [...without(settings.moreThemes), theme] : without(settings.moreThemes),
    fewerThemes: wish === 'fewer' ? [...without(settings.fewerThemes), theme] : without(settings.fewerThemes),
  };
}

/** The age the welcome page's answer stands for: the middle of each group, refined on the settings page. */
const TYPICAL_AGE: Record<Age, number> = { little: 3, school: 9, teen: 16, grown: 25 };

/** Her answer to "How old is he?" on the welcome page: one son, of that age group today. */
export function answerAge(settings: Settings, age: Age, year: number): Settings {
  return { ...settings, sons: [{ ...settings.sons[0], birthYear: year - TYPICAL_AGE[age] }], asked: true };
}

/** Her answer to "How does your family show closeness?" on the welcome page. */
export const answerWay = (settings: Settings, way: Way): Settings => ({ ...settings, way, asked: true });

/** "Not now": the defaults stay (every tip, every way), and the questions aren't asked again. */
export const notNow = (settings: Settings): Settings => ({ ...settings, asked: true });
