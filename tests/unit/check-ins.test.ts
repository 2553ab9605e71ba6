// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCheckIn, parseCheckIns, salvageDays, type CheckIns } from '@/utils/days/check-ins';
import { isDay, type Day } from '@/utils/days/day';
import { checkInsItem } from '@/utils/storage/storage';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Real days, 1970–2100, from day numbers (UTC is only a calendar here). */
const dayArb = fc.integer({ min: 0, max: Date.UTC(2100, 11, 31) / 86_400_000 }).map((n) => {
  const date = new Date(n * 86_400_000);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
});
/** Days bunched together, so repeats and neighbours are common. */
const nearDayArb = fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${pad(d)}`);
const someDayArb = fc.oneof(dayArb, nearDayArb);
const daysArb = fc.array(someDayArb, { maxLength: 40 });

/** What a stored list should become: a sorted set. */
const normalized = (days: readonly Day[]) => [...new Set(days)].sort();
const isNormalized = (days: readonly Day[]) =>
  days.every(isDay) && days.every((day, i) => i === 0 || days[i - 1]! < day);

/** Stored check-ins as they come back out of storage: sorted and unique. */
const checkInsArb = daysArb.map((days): CheckIns => ({ days: normalized(days) }));

/** Junk that is not a readable day. */
const notADayArb = fc.oneof(
  fc.string().filter((value) => !isDay(value)),
  fc.constantFrom('2026-02-30', '2026-13-01', '2100-02-29', '2026-1-1', '', '2026-11-25T00:00'),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.object(),
);

describe('parseCheckIns', () => {
  it.each<[string, unknown, Day[]]>([
    ['an empty list', { days: [] }, []],
    ['one day', { days: ['2026-11-25'] }, ['2026-11-25']],
    ['sorted days', { days: ['2026-11-24', '2026-11-25'] }, ['2026-11-24', '2026-11-25']],
    ['unsorted days', { days: ['2026-11-25', '2024-02-29', '2026-01-01'] }, ['2024-02-29', '2026-01-01', '2026-11-25']],
    ['repeated days', { days: ['2026-11-25', '2026-11-25', '2026-11-24', '2026-11-25'] }, ['2026-11-24', '2026-11-25']],
    [
      'days across years',
      { days: ['2027-01-01', '2026-12-31', '1999-12-31'] },
      ['1999-12-31', '2026-12-31', '2027-01-01'],
    ],
  ])('reads %s', (_, raw, days) => {
    expect(parseCheckIns(raw)).toEqual({ days });
  });

  it('keeps fields it does not know next to the days: a later version may have written them', () => {
    const raw = { days: ['2026-11-25'], note: 'hi', v3: { a: [1] } };
    expect(parseCheckIns(raw)).toEqual(raw);
  });

  it.each([null, undefined])('reads %s (nothing stored yet) as no check-ins', (raw) => {
    expect(parseCheckIns(raw)).toEqual({ days: [] });
    expect(parseCheckIns(raw)).toEqual({ days: [] });
  });

  it.each<[string, unknown]>([
    ['a string', '2026-11-25'],
    ['an empty string', ''],
    ['a number', 42],
    ['zero', 0],
    ['NaN', Number.NaN],
    ['true', true],
    ['false', false],
    ['an array of days', ['2026-11-25']],
    ['an empty array', []],
    ['a function', () => ({ days: [] })],
    ['a symbol', Symbol('days')],
    ['a bigint', 10n],
    ['an object without days', {}],
    ['days as a string', { days: 'x' }],
    ['days as a day', { days: '2026-11-25' }],
    ['days as null', { days: null }],
    ['days as a number', { days: 3 }],
    ['days as an array-like object', { days: { 0: '2026-11-25', length: 1 } }],
    ['days as a Set', { days: new Set(['2026-11-25']) }],
    ['an impossible date', { days: ['2026-02-30'] }],
    ['29 February 2100', { days: ['2100-02-29'] }],
    ['a number among the days', { days: [1] }],
    ['one bad day among good ones', { days: ['2026-11-24', '2026-11-31', '2026-11-25'] }],
    ['a null day', { days: [null] }],
    ['a date and time', { days: ['2026-11-25T10:00:00Z'] }],
    ['a Date object', { days: [new Date(Date.UTC(2026, 10, 25))] }],
    ['a nested array', { days: [['2026-11-25']] }],
    ['a one-digit month', { days: ['2026-1-25'] }],
  ])('rejects %s', (_, raw) => {
    expect(parseCheckIns(raw)).toBeUndefined();
  });

  // BUG (utils/days/check-ins.ts): `days.every(isDay)` skips the holes of a sparse array, so a
  // list with a hole is accepted and comes back with `undefined` in it (sorted last), which
  // longestStreak then hands to addDays. Chrome's JSON storage turns holes into null (rejected),
  // but a structured-clone store (Firefox's storage.local) keeps them.
  it('rejects a list with a hole (a sparse array)', () => {
    const holey: unknown[] = [];
    holey[1] = '2026-11-25';
    const parsed = parseCheckIns({ days: holey });
    expect(parsed === undefined || parsed.days.every(isDay)).toBe(true);
    expect(parsed).toBeUndefined();
  });

  it('returns a new list, and never changes the stored value it reads', () => {
    const raw = { days: ['2026-11-25', '2026-11-24', '2026-11-25'] };
    const copy = structuredClone(raw);
    const parsed = parseCheckIns(raw);
    expect(parsed?.days).not.toBe(raw.days);
    expect(raw).toEqual(copy);
  });

  it('reads any list of real days as that set, sorted', () => {
    fc.assert(
      fc.property(daysArb, (days) => {
        const parsed = parseCheckIns({ days });
        expect(parsed).toEqual({ days: normalized(days) });
        // Sorted as strings is sorted by date, and every day is kept.
        expect(parsed?.days.map((day) => Date.parse(day))).toEqual(
          [...new Set(days)].map((day) => Date.parse(day)).sort((a, b) => a - b),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('rejects a list as soon as one entry is not a day', () => {
    fc.assert(
      fc.property(daysArb, notADayArb, fc.nat(), (days, junk, at) => {
        const mixed = [...days];
        mixed.splice(at % (days.length + 1), 0, junk as Day);
        expect(parseCheckIns({ days: mixed })).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('reads anything at all either as undefined or as a sorted set of real days', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true }),
          fc.record({ days: fc.array(fc.oneof(someDayArb, notADayArb)) }),
        ),
        (raw) => {
          const parsed = parseCheckIns(raw);
          if (raw == null) expect(parsed).toEqual({ days: [] });
          if (parsed === undefined) return;
          expect(Object.keys(parsed)).toEqual(['days']);
          expect(isNormalized(parsed.days)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is idempotent, and survives a trip through JSON (how storage keeps it)', () => {
    fc.assert(
      fc.property(daysArb, (days) => {
        const parsed = parseCheckIns({ days })!;
        expect(parseCheckIns(parsed)).toEqual(parsed);
        expect(parseCheckIns(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back what was stored through checkInsItem', async () => {
    await checkInsItem.setValue({ days: ['2026-11-25'] });
    expect(await checkInsItem.getValue()).toEqual({ days: ['2026-11-25'] });
    expect(parseCheckIns(await checkInsItem.getValue())).toEqual({ days: ['2026-11-25'] });
  });

  it('reads an empty storage (null from the fake browser) as no check-ins', async () => {
    expect(parseCheckIns(await checkInsItem.getValue())).toEqual({ days: [] });
  });
});

describe('salvageDays', () => {
  it.each<[string, unknown, Day[]]>([
    ['a readable value', { days: ['2026-11-25', '2026-11-24'] }, ['2026-11-24', '2026-11-25']],
    [
      'the real days among junk, sorted and unique',
      {
        days: [
          '2026-02-30',
          '2026-11-25',
          1,
          null,
          '2026-11-24',
          '2026-11-25',
          { day: 'x' },
          '2100-02-29',
          '2024-02-29',
        ],
      },
      ['2024-02-29', '2026-11-24', '2026-11-25'],
    ],
    ['nothing from a list of junk', { days: [1, 'x', null, '2026-13-01'] }, []],
    ['nothing from days as a string', { days: 'x' }, []],
    ['nothing from days as a day', { days: '2026-11-25' }, []],
    ['nothing from an object without days', {}, []],
    ['the days of a bare list of days', ['2026-11-25', 'x', '2026-11-24'], ['2026-11-24', '2026-11-25']],
    ['nothing from a string', '2026-11-25', []],
    ['nothing from a number', 42, []],
    ['nothing from null', null, []],
    ['nothing from undefined', undefined, []],
    ['nothing from days as a Set', { days: new Set(['2026-11-25']) }, []],
    [
      'the real days around a hole in a sparse list',
      { days: Object.assign([], { 1: '2026-11-25', 3: 'x' }) },
      ['2026-11-25'],
    ],
  ])('keeps %s', (_, raw, days) => {
    expect(salvageDays(raw)).toEqual(days);
  });

  it('keeps exactly the real days of a list mixed with junk', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(daysArb, fc.array(notADayArb, { maxLength: 10 }))
          .chain(([days, junk]) =>
            fc.tuple(
              fc.constant(days),
              fc.shuffledSubarray<unknown>([...days, ...junk], { minLength: days.length + junk.length }),
            ),
          ),
        ([days, mixed]) => {
          expect(salvageDays({ days: mixed })).toEqual(normalized(days));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with parseCheckIns wherever the value is readable, and returns real days only from anything', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withBoxedValues: true, withDate: true, withNullPrototype: true }),
          fc.record({ days: fc.array(fc.oneof(someDayArb, notADayArb)) }),
          fc.record({ days: daysArb }),
        ),
        (raw) => {
          const salvaged = salvageDays(raw);
          expect(isNormalized(salvaged)).toBe(true);
          const parsed = parseCheckIns(raw);
          if (parsed && raw != null) expect(salvaged).toEqual(parsed.days);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never changes the value it reads', () => {
    const raw = { days: ['2026-11-25', 'x', '2026-11-24'] };
    const copy = structuredClone(raw);
    salvageDays(raw);
    expect(raw).toEqual(copy);
  });
});

describe('applyCheckIn', () => {
  it.each<[string, Day[], Day, 'record' | 'undo', Day[]]>([
    ['records a first day', [], '2026-11-25', 'record', ['2026-11-25']],
    ['records today after yesterday', ['2026-11-24'], '2026-11-25', 'record', ['2026-11-24', '2026-11-25']],
    [
      'records a day in its sorted place',
      ['2026-11-23', '2026-11-25'],
      '2026-11-24',
      'record',
      ['2026-11-23', '2026-11-24', '2026-11-25'],
    ],
    ['records an earlier day first', ['2026-11-25'], '2026-01-01', 'record', ['2026-01-01', '2026-11-25']],
    ['records a day twice as once', ['2026-11-25'], '2026-11-25', 'record', ['2026-11-25']],
    ['undoes a recorded day', ['2026-11-24', '2026-11-25'], '2026-11-25', 'undo', ['2026-11-24']],
    [
      'undoes a day in the middle',
      ['2026-11-23', '2026-11-24', '2026-11-25'],
      '2026-11-24',
      'undo',
      ['2026-11-23', '2026-11-25'],
    ],
    ['undoes a day not recorded as nothing', ['2026-11-24'], '2026-11-25', 'undo', ['2026-11-24']],
    ['undoes on empty check-ins', [], '2026-11-25', 'undo', []],
  ])('%s', (_, days, day, intent, expected) => {
    expect(applyCheckIn({ days }, day, intent)).toEqual({ days: expected });
  });

  const intentArb = fc.constantFrom<'record' | 'undo'>('record', 'undo');

  it('is idempotent: the same intent twice is the same as once', () => {
    fc.assert(
      fc.property(checkInsArb, someDayArb, intentArb, (checkIns, day, intent) => {
        const once = applyCheckIn(checkIns, day, intent);
        expect(applyCheckIn(once, day, intent)).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  it('record then undo restores exactly the previous value when the day was not recorded', () => {
    fc.assert(
      fc.property(checkInsArb, someDayArb, (checkIns, day) => {
        fc.pre(!checkIns.days.includes(day));
        expect(applyCheckIn(applyCheckIn(checkIns, day, 'record'), day, 'undo')).toEqual(checkIns);
      }),
      { numRuns: 500 },
    );
  });

  it('undo then record restores exactly the previous value when the day was recorded', () => {
    fc.assert(
      fc.property(
        checkInsArb.filter((checkIns) => checkIns.days.length > 0),
        fc.nat(),
        (checkIns, index) => {
          const day = checkIns.days[index % checkIns.days.length]!;
          expect(applyCheckIn(applyCheckIn(checkIns, day, 'undo'), day, 'record')).toEqual(checkIns);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves every other day untouched, and the result sorted and unique', () => {
    fc.assert(
      fc.property(checkInsArb, someDayArb, intentArb, (checkIns, day, intent) => {
        const { days } = applyCheckIn(checkIns, day, intent);
        expect(days.includes(day)).toBe(intent === 'record');
        expect(days.filter((other) => other !== day)).toEqual(checkIns.days.filter((other) => other !== day));
        expect(isNormalized(days)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('only ever depends on the last intent for a day, whatever the order of clicks on several pages', () => {
    fc.assert(
      fc.property(checkInsArb, fc.array(fc.tuple(nearDayArb, intentArb), { maxLength: 20 }), (start, clicks) => {
        const end = clicks.reduce((checkIns, [day, intent]) => applyCheckIn(checkIns, day, intent), start);
        const last = new Map(clicks);
        const expected = normalized([
          ...start.days.filter((day) => !last.has(day)),
          ...[...last].filter(([, intent]) => intent === 'record').map(([day]) => day),
        ]);
        expect(end.days).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('never changes the check-ins it is given', () => {
    fc.assert(
      fc.property(checkInsArb, someDayArb, intentArb, (checkIns, day, intent) => {
        const frozen = Object.freeze({ days: Object.freeze([...checkIns.days]) as Day[] });
        applyCheckIn(frozen, day, intent);
        expect(frozen.days).toEqual(checkIns.days);
      }),
      { numRuns: 200 },
    );
  });
});
