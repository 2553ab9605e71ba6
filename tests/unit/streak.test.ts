// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCheckIn } from '@/utils/days/check-ins';
import type { Day } from '@/utils/days/day';
import { currentStreak, longestStreak, summarizeStreak } from '@/utils/days/streak';
import { dayFromNumber, dayNumber, daysFromCivil } from '../support/civil-calendar';

// ---------------------------------------------------------------------------
// An independent reference: days as integers (tests/support/civil-calendar),
// streaks as maximal runs of consecutive integers.

/** Maximal runs of consecutive days, as [first, last] day numbers. */
function runsOf(days: Iterable<Day>): Array<[number, number]> {
  const sorted = [...new Set([...days].map(dayNumber))].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/**
 * The run still alive on `today`: it reaches yesterday, today, or (recorded across the
 * date line) up to two days ahead; days beyond today + 2 don't count.
 */
function referenceCurrent(days: Iterable<Day>, today: Day): number {
  const t = dayNumber(today);
  let best = 0;
  for (const [first, last] of runsOf(days)) {
    if (last >= t - 1 && first <= t + 2) best = Math.max(best, Math.min(last, t + 2) - first + 1);
  }
  return best;
}

function referenceLongest(days: Iterable<Day>): number {
  return Math.max(0, ...runsOf(days).map(([first, last]) => last - first + 1));
}

// ---------------------------------------------------------------------------
// Arbitraries: a "today" between 2000 and 2100, and days around it given as offsets.

const todayArb = fc.integer({ min: daysFromCivil(2000, 1, 1), max: daysFromCivil(2100, 12, 31) });

/** Offsets from today: scattered days, or runs separated by gaps (long streaks need those). */
const offsetsArb = fc.oneof(
  fc.array(fc.integer({ min: -40, max: 6 }), { maxLength: 50 }),
  fc
    .array(fc.record({ gap: fc.integer({ min: 1, max: 4 }), length: fc.integer({ min: 1, max: 40 }) }), {
      maxLength: 6,
    })
    .chain((runs) =>
      fc.integer({ min: -4, max: 5 }).map((end) => {
        const offsets: number[] = [];
        let day = end;
        for (const { gap, length } of runs) {
          for (let i = 0; i < length; i++) offsets.push(day--);
          day -= gap;
        }
        return offsets;
      }),
    ),
);

const caseArb = fc.record({ today: todayArb, offsets: offsetsArb }).map(({ today, offsets }) => ({
  today: dayFromNumber(today),
  days: offsets.map((offset) => dayFromNumber(today + offset)),
}));

/** The same, with every recorded day on or before today. */
const pastCaseArb = caseArb.map(({ today, days }) => ({ today, days: days.filter((day) => day <= today) }));

const around = (today: Day, offsets: number[]) => offsets.map((offset) => dayFromNumber(dayNumber(today) + offset));

const TODAY = '2026-11-25';

describe('the reference', () => {
  it('counts days like the calendar does', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(dayFromNumber(daysFromCivil(2024, 2, 29) + 1)).toBe('2024-03-01');
    expect(dayFromNumber(daysFromCivil(2100, 2, 28) + 1)).toBe('2100-03-01');
    expect(runsOf(['2026-11-25', '2026-11-23', '2026-11-24', '2026-11-20'])).toEqual([
      [dayNumber('2026-11-20'), dayNumber('2026-11-20')],
      [dayNumber('2026-11-23'), dayNumber('2026-11-25')],
    ]);
  });
});

describe('currentStreak and longestStreak', () => {
  it.each<[string, number[], number, number]>([
    ['nothing recorded', [], 0, 0],
    ['only today', [0], 1, 1],
    ['only yesterday: today is still open', [-1], 1, 1],
    ['only the day before yesterday: a whole day was missed', [-2], 0, 1],
    ['a run that ended two days ago', [-4, -3, -2], 0, 3],
    ['three days ending today', [-2, -1, 0], 3, 3],
    ['three days ending yesterday', [-3, -2, -1], 3, 3],
    ['a missed day splits the run', [-5, -4, -3, -1, 0], 2, 3],
    ['an older, longer run', [-20, -19, -18, -17, -16, -1], 1, 5],
    ['tomorrow, recorded across the date line', [1], 1, 1],
    ['two days ahead, recorded across the date line', [2], 1, 1],
    ['three days ahead is too far', [3], 0, 1],
    ['a run reaching two days ahead', [-1, 0, 1, 2], 4, 4],
    ['a run reaching past two days ahead counts up to today + 2', [-3, -2, -1, 0, 1, 2, 3], 6, 7],
    ['today and two days ahead, not tomorrow', [-1, 0, 2], 2, 2],
    ['yesterday and tomorrow, not today', [-3, -2, -1, 1], 3, 3],
    ['duplicates count once', [0, 0, -1, -1], 2, 2],
    ['order does not matter', [0, -2, -1], 3, 3],
  ])('%s (offsets %j)', (_, offsets, current, longest) => {
    const days = around(TODAY, offsets);
    expect(currentStreak(days, TODAY)).toBe(current);
    expect(longestStreak(days)).toBe(longest);
  });

  it.each<[string, Day[], Day, number, number]>([
    ['across a month end', ['2026-10-30', '2026-10-31', '2026-11-01'], '2026-11-01', 3, 3],
    ['across a year end', ['2026-12-30', '2026-12-31', '2027-01-01'], '2027-01-01', 3, 3],
    ['across a leap day', ['2024-02-28', '2024-02-29', '2024-03-01'], '2024-03-01', 3, 3],
    ['across 2000-02-29 (2000 is a leap year)', ['2000-02-28', '2000-02-29', '2000-03-01'], '2000-03-01', 3, 3],
    ['2100 has no February 29th', ['2100-02-27', '2100-02-28', '2100-03-01'], '2100-03-01', 3, 3],
    ['a missing leap day breaks the run', ['2024-02-27', '2024-02-28', '2024-03-01'], '2024-03-01', 1, 2],
    ['yesterday across a year end', ['2026-12-30', '2026-12-31'], '2027-01-01', 2, 2],
    ['two days ahead across a year end', ['2027-01-01'], '2026-12-30', 1, 1],
    ['yesterday across a leap day', ['2024-02-28', '2024-02-29'], '2024-03-01', 2, 2],
    ['through DST days (dates only)', ['2026-03-07', '2026-03-08', '2026-03-09'], '2026-03-09', 3, 3],
  ])('%s', (_, days, today, current, longest) => {
    expect(currentStreak(days, today)).toBe(current);
    expect(longestStreak(days)).toBe(longest);
  });

  it('reads any iterable of days: an array, a Set, a generator', () => {
    const days = around(TODAY, [-2, -1, 0]);
    function* generate() {
      yield* days;
    }
    expect(currentStreak(new Set(days), TODAY)).toBe(3);
    expect(currentStreak(generate(), TODAY)).toBe(3);
    expect(longestStreak(new Set(days))).toBe(3);
    expect(longestStreak(generate())).toBe(3);
  });

  it('counts a year-long streak', () => {
    const days = Array.from({ length: 366 }, (_, i) => dayFromNumber(dayNumber('2024-12-31') - i));
    expect(currentStreak(days, '2024-12-31')).toBe(366);
    expect(currentStreak(days, '2025-01-01')).toBe(366);
    expect(currentStreak(days, '2025-01-02')).toBe(0);
    expect(longestStreak(days)).toBe(366);
  });

  it('agrees with the brute-force reference on random days', () => {
    fc.assert(
      fc.property(caseArb, ({ today, days }) => {
        expect(currentStreak(days, today)).toBe(referenceCurrent(days, today));
        expect(longestStreak(days)).toBe(referenceLongest(days));
      }),
      { numRuns: 500 },
    );
  });

  it('depends only on the set of days, not on their order or repeats', () => {
    fc.assert(
      fc.property(
        caseArb.chain(({ today, days }) =>
          fc.tuple(
            fc.constant(today),
            fc.constant(days),
            fc.shuffledSubarray([...days, ...days], { minLength: 2 * days.length }),
          ),
        ),
        ([today, days, shuffled]) => {
          expect(currentStreak(shuffled, today)).toBe(currentStreak(days, today));
          expect(longestStreak(shuffled)).toBe(longestStreak(days));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is 0 exactly when neither yesterday, today nor the next two days is recorded', () => {
    fc.assert(
      fc.property(caseArb, ({ today, days }) => {
        const window = around(today, [-1, 0, 1, 2]);
        const alive = days.some((day) => window.includes(day));
        expect(currentStreak(days, today) > 0).toBe(alive);
      }),
      { numRuns: 500 },
    );
  });

  it('a whole missed day ends the streak: days before a day missed at or before yesterday never count', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 45 }), ({ today, days }, back) => {
        const missed = dayFromNumber(dayNumber(today) - back);
        fc.pre(!days.includes(missed));
        const after = days.filter((day) => day > missed);
        expect(currentStreak(days, today)).toBe(currentStreak(after, today));
      }),
      { numRuns: 500 },
    );
  });

  it('a run of consecutive days ending today, yesterday, tomorrow or the day after counts its whole length', () => {
    fc.assert(
      fc.property(
        todayArb,
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom(-1, 0, 1, 2),
        fc.array(fc.integer({ min: 2, max: 100 }), { maxLength: 10 }),
        (today, length, end, older) => {
          const run = Array.from({ length }, (_, i) => dayFromNumber(today + end - i));
          // Older days, always separated by at least one missed day from the run and from
          // yesterday, so they can't form a live run of their own (a run ending yesterday counts).
          const earliestLive = Math.min(today + end - length + 1, today - 1);
          const before = older.map((gap) => dayFromNumber(earliestLive - gap));
          expect(currentStreak([...before, ...run], dayFromNumber(today))).toBe(length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('longest is at least current, for past-only data and in general', () => {
    fc.assert(
      fc.property(fc.oneof(caseArb, pastCaseArb), ({ today, days }) => {
        expect(longestStreak(days)).toBeGreaterThanOrEqual(currentStreak(days, today));
      }),
      { numRuns: 500 },
    );
  });

  it('longest never decreases when a day is recorded', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: -45, max: 5 }), ({ today, days }, offset) => {
        const day = dayFromNumber(dayNumber(today) + offset);
        const before = longestStreak(days);
        const after = longestStreak(applyCheckIn({ days: [...new Set(days)].sort() }, day, 'record').days);
        expect(after).toBeGreaterThanOrEqual(before);
        expect(after).toBeLessThanOrEqual(before * 2 + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('recording today never lowers the current streak, and makes it at least 1', () => {
    fc.assert(
      fc.property(caseArb, ({ today, days }) => {
        const recorded = applyCheckIn({ days: [...new Set(days)].sort() }, today, 'record').days;
        expect(currentStreak(recorded, today)).toBeGreaterThanOrEqual(Math.max(1, currentStreak(days, today)));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps yesterday’s streak through the next day while today is still open (past-only data)', () => {
    fc.assert(
      fc.property(pastCaseArb, ({ today, days }) => {
        fc.pre(days.includes(today));
        expect(currentStreak(days, dayFromNumber(dayNumber(today) + 1))).toBe(currentStreak(days, today));
        expect(currentStreak(days, dayFromNumber(dayNumber(today) + 2))).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a time-zone jump of ±1 day never drops the streak to 0 while a recorded day is within [today − 1, today + 2]', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom(-1, 1), ({ today, days }, jump) => {
        const moved = dayFromNumber(dayNumber(today) + jump);
        const window = around(moved, [-1, 0, 1, 2]);
        if (days.some((day) => window.includes(day))) expect(currentStreak(days, moved)).toBeGreaterThan(0);
        else expect(currentStreak(days, moved)).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  describe('travelling between real time zones', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const formatters = new Map<string, Intl.DateTimeFormat>();
    const dayIn = (zone: string, epochMs: number): Day => {
      let format = formatters.get(zone);
      if (!format) {
        format = new Intl.DateTimeFormat('en-CA', {
          timeZone: zone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        });
        formatters.set(zone, format);
      }
      return format.format(epochMs);
    };

    it.each<[string, string, string, string, number]>([
      // Recorded late in the evening, then flown back east across the date line: her "today" is the day before.
      ['Pacific/Kiritimati', 'Pacific/Honolulu', '2026-11-25T10:30:00Z', '2026-11-25T12:00:00Z', 1],
      ['Pacific/Kiritimati', 'Pacific/Pago_Pago', '2026-11-25T10:30:00Z', '2026-11-25T10:45:00Z', 2],
      ['Pacific/Auckland', 'America/Los_Angeles', '2026-11-25T11:30:00Z', '2026-11-26T00:00:00Z', 1],
      // And west: her "today" moves a day ahead, the day she recorded is yesterday.
      ['America/Los_Angeles', 'Asia/Tokyo', '2026-11-25T03:00:00Z', '2026-11-25T14:00:00Z', -1],
    ])('recorded in %s, viewed in %s: the streak survives', (from, to, recordedAt, viewedAt, ahead) => {
      const recorded = dayIn(from, Date.parse(recordedAt));
      const today = dayIn(to, Date.parse(viewedAt));
      expect(dayNumber(recorded) - dayNumber(today)).toBe(ahead);
      const streak = around(recorded, [-4, -3, -2, -1, 0]);
      expect(currentStreak(streak, today)).toBe(5);
      expect(summarizeStreak(streak, today).current).toBe(5);
    });

    it('a day recorded anywhere is at most two days ahead of, or two behind, the day anywhere else at that moment', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...zones),
          fc.constantFrom(...zones),
          fc.integer({ min: Date.UTC(2012, 0, 1), max: Date.UTC(2100, 0, 1) }),
          (from, to, moment) => {
            const recorded = dayIn(from, moment);
            const today = dayIn(to, moment);
            const ahead = dayNumber(recorded) - dayNumber(today);
            expect(Math.abs(ahead)).toBeLessThanOrEqual(2);
            // Flying east (the recorded day is ahead, or yesterday) never hides it.
            if (ahead >= -1) expect(currentStreak([recorded], today)).toBe(1);
          },
        ),
        { numRuns: 500 },
      );
    });
  });
});

describe('summarizeStreak', () => {
  it.each<[string, number[], boolean, number, number]>([
    ['nothing yet', [], false, 0, 0],
    ['today recorded', [-1, 0], true, 2, 2],
    ['today still open', [-2, -1], false, 2, 2],
    ['streak over, record kept', [-9, -8, -7, -2], false, 0, 3],
    ['only tomorrow recorded', [1], false, 1, 1],
  ])('%s', (_, offsets, connectedToday, current, longest) => {
    expect(summarizeStreak(around(TODAY, offsets), TODAY)).toMatchObject({ connectedToday, current, longest });
  });

  it('agrees with the reference and with currentStreak and longestStreak', () => {
    fc.assert(
      fc.property(caseArb, ({ today, days }) => {
        expect(summarizeStreak(days, today)).toMatchObject({
          connectedToday: days.includes(today),
          current: referenceCurrent(days, today),
          longest: referenceLongest(days),
        });
      }),
      { numRuns: 500 },
    );
  });

  it('is unchanged by recording a day twice, and undoing a fresh record restores it', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: -45, max: 5 }), ({ today, days }, offset) => {
        const checkIns = { days: [...new Set(days)].sort() };
        const day = dayFromNumber(dayNumber(today) + offset);
        const once = applyCheckIn(checkIns, day, 'record');
        const twice = applyCheckIn(once, day, 'record');
        expect(summarizeStreak(twice.days, today)).toEqual(summarizeStreak(once.days, today));
        if (!checkIns.days.includes(day)) {
          const undone = applyCheckIn(once, day, 'undo');
          expect(summarizeStreak(undone.days, today)).toEqual(summarizeStreak(checkIns.days, today));
        }
      }),
      { numRuns: 500 },
    );
  });
});
