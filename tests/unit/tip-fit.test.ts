// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings, type Son } from '@/utils/settings/settings';
import { ageGroup, themeWeight, tipFits } from '@/utils/settings/tip-fit';
import type { Tip } from '@/utils/tips/tips';

const tip = (fields: Partial<Tip>): Tip => ({
  id: 'a-tip',
  headline: 'A tip',
  body: 'Do it. Today.',
  theme: 'play',
  ages: ['little', 'school', 'teen', 'grown'],
  way: 'either',
  home: 'either',
  ...fields,
});
const withSons = (sons: Son[], way: Settings['way'] = 'both'): Settings => ({ ...DEFAULT_SETTINGS, sons, way });

describe('his age group, by the age he turns this year', () => {
  it.each([
    [2026, 2026, 'little'],
    [2021, 2026, 'little'],
    [2020, 2026, 'school'],
    [2014, 2026, 'school'],
    [2013, 2026, 'teen'],
    [2007, 2026, 'teen'],
    [2006, 2026, 'grown'],
    [1940, 2026, 'grown'],
  ] as const)('born %d, in %d: %s', (born, year, group) => {
    expect(ageGroup(born, year)).toBe(group);
  });

  it('grows up overnight with the new year of his birthday: teen on 31 December, grown on 1 January', () => {
    const teenTip = tip({ ages: ['teen'] });
    const son = withSons([{ birthYear: 2007 }]);
    expect(tipFits(teenTip, son, 2026)).toBe(true);
    expect(tipFits(teenTip, son, 2027)).toBe(false);
    expect(tipFits(tip({ ages: ['grown'] }), son, 2027)).toBe(true);
  });
});

describe('a tip fits her', () => {
  it('with nothing said of him: every age, every place', () => {
    for (const ages of [['little'], ['grown']] as const)
      for (const home of ['home', 'away', 'either'] as const)
        expect(tipFits(tip({ ages: [...ages], home }), DEFAULT_SETTINGS, 2026)).toBe(true);
  });

  it.each([
    ['words', 'words', true],
    ['words', 'deeds', false],
    ['words', 'either', true],
    ['deeds', 'words', false],
    ['deeds', 'deeds', true],
    ['deeds', 'either', true],
    ['both', 'words', true],
    ['both', 'deeds', true],
  ] as const)('her way %s, a tip of %s: %s', (way, tipWay, fits) => {
    expect(tipFits(tip({ way: tipWay }), { ...DEFAULT_SETTINGS, way }, 2026)).toBe(fits);
  });

  it('for a grown son living away: tips for away or either, never for a son at home', () => {
    const away = withSons([{ birthYear: 1996, away: true }]);
    expect(tipFits(tip({ ages: ['grown'], home: 'away' }), away, 2026)).toBe(true);
    expect(tipFits(tip({ ages: ['grown'], home: 'either' }), away, 2026)).toBe(true);
    expect(tipFits(tip({ ages: ['grown'], home: 'home' }), away, 2026)).toBe(false);
  });

  it('for a grown son at home: never a tip for a son away', () => {
    const atHome = withSons([{ birthYear: 1996 }]);
    expect(tipFits(tip({ ages: ['grown'], home: 'home' }), atHome, 2026)).toBe(true);
    expect(tipFits(tip({ ages: ['grown'], home: 'away' }), atHome, 2026)).toBe(false);
  });

  it('"away" means nothing for a son under 20: he lives at home', () => {
    const teen = withSons([{ birthYear: 2010, away: true }]);
    expect(tipFits(tip({ ages: ['teen'], home: 'home' }), teen, 2026)).toBe(true);
  });

  it('with two sons of different ages: a tip that suits either of them', () => {
    const two = withSons([{ birthYear: 2020 }, { birthYear: 2010 }]);
    expect(tipFits(tip({ ages: ['school'] }), two, 2026)).toBe(true);
    expect(tipFits(tip({ ages: ['teen'] }), two, 2026)).toBe(true);
    expect(tipFits(tip({ ages: ['little'] }), two, 2026)).toBe(false);
    expect(tipFits(tip({ ages: ['grown'] }), two, 2026)).toBe(false);
  });
});

describe('the weight of a theme in the order of a round', () => {
  it('brings the themes she wants more of earlier, and those she wants fewer of later', () => {
    const settings = { moreThemes: ['play' as const], fewerThemes: ['listen' as const] };
    expect(themeWeight('play', settings)).toBeLessThan(1);
    expect(themeWeight('listen', settings)).toBeGreaterThan(1);
    expect(themeWeight('everyday', settings)).toBe(1);
  });
});
