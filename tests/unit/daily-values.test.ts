// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInsIn, clickIntent, valuesKey, withCheckIn } from '@/utils/daily-values';

const TODAY = '2026-11-25';

describe('what a click does to the pages’ values', () => {
  it.each([
    [{ checkIns: { days: ['2026-11-24'] } }, 'record', ['2026-11-24', TODAY]],
    [{ checkIns: { days: ['2026-11-24', TODAY] } }, 'undo', ['2026-11-24']],
    [{}, 'record', [TODAY]],
    [{ checkIns: { days: ['2026-11-24', 'junk'] } }, 'record', ['2026-11-24', TODAY]],
    [{ checkIns: 'garbled' }, 'record', [TODAY]],
  ])('%j: a click means %s, and leaves %j', (values, intent, days) => {
    expect(clickIntent(values, TODAY)).toBe(intent);
    expect(checkInsIn(withCheckIn(values, TODAY, clickIntent(values, TODAY)))).toEqual({ days });
  });

  it('two clicks give back the check-ins she had (property)', () => {
    const day = fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.uniqueArray(day), day, (days, today) => {
        const values = { checkIns: { days: [...days].sort() }, rotation: { day: today } };
        const once = withCheckIn(values, today, clickIntent(values, today));
        const twice = withCheckIn(once, today, clickIntent(once, today));
        expect(twice).toEqual(values);
      }),
    );
  });
});

describe('the key of a set of values', () => {
  it('is the same whatever order the keys were written in, at any depth', () => {
    const a = { checkIns: { days: [TODAY] }, rotation: { day: TODAY, seen: ['x'], round: 0 } };
    const b = { rotation: { round: 0, seen: ['x'], day: TODAY }, checkIns: { days: [TODAY] } };
    expect(valuesKey(a)).toBe(valuesKey(b));
  });

  it('treats a missing value and an undefined one alike', () => {
    expect(valuesKey({ checkIns: { days: [] }, setAside: undefined })).toBe(valuesKey({ checkIns: { days: [] } }));
  });

  it.each([
    [{ checkIns: { days: [TODAY] } }, { checkIns: { days: [] } }],
    [{ checkIns: { days: ['2026-11-24', TODAY] } }, { checkIns: { days: [TODAY, '2026-11-24'] } }],
    [{ setAside: [] }, { setAside: {} }],
    [{ a: '1' }, { a: 1 }],
  ])('differs for %j and %j', (a, b) => {
    expect(valuesKey(a)).not.toBe(valuesKey(b));
  });
});
