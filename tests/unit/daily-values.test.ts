// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCheckIn } from '@/utils/days/check-ins';
import {
  checkInsIn,
  clickIntent,
  clickOn,
  heartClickOn,
  isFavouriteIn,
  valuesKey,
  withClick,
  type DailyValues,
} from '@/utils/first-frame/daily-values';

let moment = Date.UTC(2026, 10, 25, 9);
/** `values` once she clicks on `today`, a moment after the last click. */
const clicked = (values: DailyValues, today: string) =>
  withClick(values, clickOn(values, today, { at: moment++, offset: 60 }, `n${moment}`));

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
    expect(checkInsIn(clicked(values, TODAY)).days).toEqual(days);
  });

  it('two clicks give back the check-ins she had (property)', () => {
    const day = fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.uniqueArray(day), day, (days, today) => {
        const values = { checkIns: { days: [...days].sort() }, rotation: { day: today } };
        const once = clicked(values, today);
        const twice = clicked(once, today);
        expect(checkInsIn(once).days.includes(today)).toBe(!days.includes(today));
        expect(checkInsIn(twice).days).toEqual(checkInsIn(values).days);
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

  it('is the same for the same days, however they were stored', () => {
    expect(valuesKey({ checkIns: { days: ['2026-11-24', TODAY] } })).toBe(
      valuesKey({ checkIns: { days: [TODAY, '2026-11-24', TODAY] } }),
    );
  });

  it('treats a missing value and an undefined one alike', () => {
    expect(valuesKey({ checkIns: { days: [] }, setAside: undefined })).toBe(valuesKey({ checkIns: { days: [] } }));
  });

  it.each([
    [{ checkIns: { days: [TODAY] } }, { checkIns: { days: [] } }],
    [{ setAside: [] }, { setAside: {} }],
    [{ rotation: { a: '1' } }, { rotation: { a: 1 } }],
    [{ checkIns: 'garbled' }, { checkIns: { days: [] } }],
    [{ leftInPlace: ['checkIns'] }, {}],
  ])('differs for %j and %j', (a, b) => {
    expect(valuesKey(a)).not.toBe(valuesKey(b));
  });

  it('is the same before and after the background applies a click: the drawing is of what she sees', () => {
    const values = { checkIns: { days: ['2026-11-24'] }, rotation: { day: TODAY } };
    const click = clickOn(values, TODAY, { at: moment++, offset: 60 }, 'a');
    const applied = { ...values, checkIns: applyCheckIn(values.checkIns, TODAY, 'record', 60) };
    expect(valuesKey(withClick(values, click))).toBe(valuesKey(applied));
    expect(valuesKey(withClick(values, click))).not.toBe(valuesKey(values));
  });
});

describe('what a click on the heart does to the pages’ values', () => {
  const tip = {
    id: 'play-02',
    headline: 'Learn the rules of his game',
    body: 'Ask him to teach you.',
    theme: 'play' as const,
    ages: ['teen' as const],
    way: 'either' as const,
    home: 'home' as const,
  };
  const hearted = (values: DailyValues) =>
    withClick(values, heartClickOn(values, tip, TODAY, { at: moment++, offset: 60 }, `n${moment}`));
  const rotation = { day: TODAY, tip };

  it('keeps the tip, with its words, then lets it go: the page shows each at once', () => {
    const values: DailyValues = { rotation };
    expect(isFavouriteIn(values, tip.id)).toBe(false);
    const kept = hearted(values);
    expect(isFavouriteIn(kept, tip.id)).toBe(true);
    const click = Object.entries(kept).find(([key]) => key.startsWith('pending.'))![1];
    expect(JSON.parse(click as string)).toMatchObject({
      type: 'favourite',
      intent: 'keep',
      tip: { id: tip.id, headline: tip.headline, body: tip.body, theme: 'play' },
    });
    expect(isFavouriteIn(hearted(kept), tip.id)).toBe(false);
  });

  it('reads a kept tip from the stored list, and a click to let it go', () => {
    const values: DailyValues = { rotation, favourites: { tips: [{ ...tip, keptOn: TODAY }] } };
    expect(isFavouriteIn(values, tip.id)).toBe(true);
    expect(isFavouriteIn(values, 'other')).toBe(false);
    expect(isFavouriteIn(hearted(values), tip.id)).toBe(false);
  });

  it('draws a page with the heart pressed apart from one without', () => {
    const values: DailyValues = { rotation };
    expect(valuesKey(hearted(values))).not.toBe(valuesKey(values));
    expect(valuesKey(hearted(hearted(values)))).toBe(valuesKey(values));
  });
});
