// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/utils/settings/settings';
import { ageGroup } from '@/utils/settings/tip-fit';
import {
  answerAge,
  answerWay,
  notNow,
  editAge,
  editAway,
  editBirthYear,
  editName,
  editTheme,
  editWay,
  removeSon,
  themeWish,
  type Edited,
} from '@/utils/settings/settings-edit';

const YEAR = 2026;
const ONE_SON: Settings = { ...DEFAULT_SETTINGS, sons: [{ birthYear: 2010 }] };
const settingsOf = (edited: Edited) => {
  if (!('settings' in edited)) throw new Error(`refused: ${edited.problem}`);
  // Every edit the page accepts is a value the background reads.
  expect(parseSettings(edited.settings, YEAR)).toEqual(edited.settings);
  return edited.settings;
};

describe('editing her settings', () => {
  it('takes his birth year, and describes a first son from it', () => {
    expect(settingsOf(editBirthYear(DEFAULT_SETTINGS, 0, '2010', YEAR)).sons).toEqual([{ birthYear: 2010 }]);
    expect(settingsOf(editBirthYear(ONE_SON, 1, ' 2019 ', YEAR)).sons).toEqual([
      { birthYear: 2010 },
      { birthYear: 2019 },
    ]);
  });

  it.each([
    ['2027', 'birthYear-future'],
    ['1919', 'birthYear-too-early'],
    ['', 'birthYear-not-a-year'],
    ['20x0', 'birthYear-not-a-year'],
    ['2010.5', 'birthYear-not-a-year'],
  ])('refuses the birth year %j (%s), changing nothing', (typed, problem) => {
    expect(editBirthYear(ONE_SON, 0, typed, YEAR)).toEqual({ problem });
  });

  it('takes his age today as the year he turns it', () => {
    expect(settingsOf(editAge(DEFAULT_SETTINGS, 0, '16', YEAR)).sons).toEqual([{ birthYear: 2010 }]);
    expect(editAge(DEFAULT_SETTINGS, 0, '-1', YEAR)).toEqual({ problem: 'age-not-a-number' });
    expect(editAge(DEFAULT_SETTINGS, 0, '107', YEAR)).toEqual({ problem: 'birthYear-too-early' });
  });

  it('takes a first name, trimmed; empty forgets it; over 40 characters is refused', () => {
    const named = settingsOf(editName(ONE_SON, 0, '  Daniel '));
    expect(named.sons).toEqual([{ birthYear: 2010, name: 'Daniel' }]);
    expect(settingsOf(editName(named, 0, '   ')).sons).toEqual([{ birthYear: 2010 }]);
    expect(editName(ONE_SON, 0, 'x'.repeat(41))).toEqual({ problem: 'name-too-long' });
    expect(editName(DEFAULT_SETTINGS, 0, 'Daniel')).toEqual({ problem: 'name-no-son' });
  });

  it('takes where a son lives, and forgets a son', () => {
    const away = settingsOf(editAway({ ...DEFAULT_SETTINGS, sons: [{ birthYear: 1990 }] }, 0, true));
    expect(away.sons).toEqual([{ birthYear: 1990, away: true }]);
    expect(removeSon(settingsOf(editBirthYear(ONE_SON, 1, '2019', YEAR)), 0).sons).toEqual([{ birthYear: 2019 }]);
  });

  it('takes her way, and a theme she wants more or fewer of (never both)', () => {
    expect(editWay(DEFAULT_SETTINGS, 'deeds').way).toBe('deeds');
    const more = editTheme(DEFAULT_SETTINGS, 'play', 'more');
    expect(themeWish(more, 'play')).toBe('more');
    const fewer = editTheme(more, 'play', 'fewer');
    expect([fewer.moreThemes, fewer.fewerThemes, themeWish(fewer, 'play')]).toEqual([[], ['play'], 'fewer']);
    expect(themeWish(editTheme(fewer, 'play', 'usual'), 'play')).toBe('usual');
  });
});

describe('the welcome page’s two questions', () => {
  it.each([
    ['little', 'little'],
    ['school', 'school'],
    ['teen', 'teen'],
    ['grown', 'grown'],
  ] as const)('answered "%s", describe a son who is %s today', (answer, group) => {
    const settings = answerAge(DEFAULT_SETTINGS, answer, YEAR);
    expect(parseSettings(settings, YEAR)).toEqual(settings);
    expect(ageGroup(settings.sons[0]!.birthYear, YEAR)).toBe(group);
    expect(settings.asked).toBe(true);
  });

  it('keep what she said of him before (his name), and take her way', () => {
    const named = { ...DEFAULT_SETTINGS, sons: [{ birthYear: 2000, name: 'Ivan' }] };
    expect(answerAge(named, 'teen', YEAR).sons).toEqual([{ birthYear: 2010, name: 'Ivan' }]);
    expect(answerWay(DEFAULT_SETTINGS, 'deeds')).toEqual({ ...DEFAULT_SETTINGS, way: 'deeds', asked: true });
    expect(notNow(DEFAULT_SETTINGS)).toEqual({ ...DEFAULT_SETTINGS, asked: true });
  });
});
