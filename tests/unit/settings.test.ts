// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  birthYearProblem,
  DEFAULT_SETTINGS,
  nameProblem,
  parseSettings,
  type Settings,
} from '@/utils/settings/settings';
import { THEMES } from '@/utils/tips/tips';

const YEAR = 2026;
const SETTINGS: Settings = {
  version: 1,
  sons: [
    { birthYear: 2010, name: 'Daniel' },
    { birthYear: 1996, away: true },
  ],
  way: 'deeds',
  moreThemes: ['play'],
  fewerThemes: ['listen'],
  asked: true,
};

describe('a birth year she types', () => {
  it.each([
    [2026, undefined],
    [1920, undefined],
    [2027, 'future'],
    [1919, 'too-early'],
    [2010.5, 'not-a-year'],
    [Number.NaN, 'not-a-year'],
  ])('%d in 2026: %s', (value, problem) => {
    expect(birthYearProblem(value, YEAR)).toBe(problem);
  });
});

describe('a first name she types', () => {
  it.each([
    ['Daniel', undefined],
    ['  Daniel  ', undefined],
    ['', 'empty'],
    ['   ', 'empty'],
    ['x'.repeat(40), undefined],
    ['x'.repeat(41), 'too-long'],
    ['Лёва', undefined],
    ['大翔'.repeat(20), undefined],
    ['大翔'.repeat(20) + '翔', 'too-long'],
  ])('%j: %s', (value, problem) => {
    expect(nameProblem(value)).toBe(problem);
  });
});

describe('her stored settings', () => {
  it('are read back whole', () => {
    expect(parseSettings(SETTINGS, YEAR)).toEqual(SETTINGS);
    expect(parseSettings(DEFAULT_SETTINGS, YEAR)).toEqual(DEFAULT_SETTINGS);
  });

  it('are none yet when nothing is stored', () => {
    expect(parseSettings(undefined, YEAR)).toBeNull();
    expect(parseSettings(null, YEAR)).toBeNull();
  });

  it.each<[string, unknown]>([
    ['a string', 'words'],
    ['a list', [SETTINGS]],
    ['another version', { ...SETTINGS, version: 2 }],
    ['no version', { ...SETTINGS, version: undefined }],
    ['sons that are not a list', { ...SETTINGS, sons: { birthYear: 2010 } }],
    ['a son born in the future', { ...SETTINGS, sons: [{ birthYear: 2030 }] }],
    ['a son born before 1920', { ...SETTINGS, sons: [{ birthYear: 1900 }] }],
    ['a birth year as text', { ...SETTINGS, sons: [{ birthYear: '2010' }] }],
    ['an empty name', { ...SETTINGS, sons: [{ birthYear: 2010, name: '' }] }],
    ['a name of 41 characters', { ...SETTINGS, sons: [{ birthYear: 2010, name: 'x'.repeat(41) }] }],
    ['a name with spaces around it', { ...SETTINGS, sons: [{ birthYear: 2010, name: ' Dan ' }] }],
    ['away as text', { ...SETTINGS, sons: [{ birthYear: 1990, away: 'yes' }] }],
    ['a son who is null', { ...SETTINGS, sons: [null] }],
    ['thirteen sons', { ...SETTINGS, sons: Array.from({ length: 13 }, () => ({ birthYear: 2000 })) }],
    ['an unknown way', { ...SETTINGS, way: 'hugs' }],
    ['an unknown theme', { ...SETTINGS, moreThemes: ['cooking'] }],
    ['themes that are not a list', { ...SETTINGS, fewerThemes: 'play' }],
    ['asked as text', { ...SETTINGS, asked: 'true' }],
  ])('cannot be read from %s', (_, raw) => {
    expect(parseSettings(raw, YEAR)).toBeUndefined();
  });

  it('never throw, and read back anything well-formed (property)', () => {
    const son = fc.record(
      {
        birthYear: fc.integer({ min: 1920, max: YEAR }),
        name: fc
          .string({ minLength: 1, maxLength: 40 })
          .filter((name) => nameProblem(name) === undefined && name === name.trim()),
        away: fc.boolean(),
      },
      { requiredKeys: ['birthYear'] },
    );
    const settings = fc.record({
      version: fc.constant(1 as const),
      sons: fc.array(son, { maxLength: 3 }),
      way: fc.constantFrom('words' as const, 'deeds' as const, 'both' as const),
      moreThemes: fc.subarray([...THEMES]),
      fewerThemes: fc.subarray([...THEMES]),
      asked: fc.boolean(),
    });
    fc.assert(
      fc.property(settings, (value) => {
        expect(parseSettings(structuredClone(value), YEAR)).toEqual(value);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        parseSettings(value, YEAR);
      }),
    );
  });
});
