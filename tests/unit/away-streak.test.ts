// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAwayOn, type AwaySpan } from '@/utils/days/away';
import type { Day } from '@/utils/days/day';
import { currentStreak, longestStreak, summarizeStreak } from '@/utils/days/streak';
import { dayFromNumber, dayNumber, daysFromCivil } from '../support/civil-calendar';

/*
 * Days he is away neither add to a streak nor break it. The reference: take the away days she
 * didn't record out of the calendar altogether, then count runs on what is left, as if those
 * days had never been. Day numbers, not dates: it shares no code with utils/days/day.
 */

/** The days left once the away days she didn't record are taken out, numbered anew in order. */
function squeezed(recorded: Set<number>, away: (n: number) => boolean, from: number, to: number) {
  const index = new Map<number, number>();
  for (let n = from, i = 0; n <= to; n++) if (recorded.has(n) || !away(n)) index.set(n, i++);
  return index;
}

function reference(days: Day[], today: Day, spans: AwaySpan[]) {
  const t = dayNumber(today);
  const recorded = new Set(days.map(dayNumber));
  const away = (n: number) => isAwayOn(spans, dayFromNumber(n));
  const from = Math.min(t, ...recorded) - 1;
  const to = Math.max(t + 2, ...recorded);
  const index = squeezed(recorded, away, from, to);
  // Runs of recorded days, consecutive once away days are gone.
  const runs: Array<[first: number, last: number]> = [];
  for (const n of [...recorded].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && index.get(last[1])! + 1 === index.get(n)) last[1] = n;
    else runs.push([n, n]);
  }
  const length = (first: number, last: number) => [...recorded].filter((n) => n >= first && n <= last).length;
  // A live run reaches, past away days, yesterday, today, or up to two days ahead.
  const reaches = (n: number) => {
    for (let m = n + 1; m <= t - 1; m++) if (!away(m)) return false;
    return true;
  };
  let current = 0;
  for (const [first, last] of runs)
    if (first <= t + 2 && (last >= t - 1 || reaches(last)))
      current = Math.max(current, length(first, Math.min(last, t + 2)));
  const longest = Math.max(0, ...runs.map(([first, last]) => length(first, last)));
  return { current, longest };
}

const todayArb = fc.integer({ min: daysFromCivil(2000, 1, 1), max: daysFromCivil(2100, 12, 31) });
const caseArb = fc
  .record({
    today: todayArb,
    offsets: fc.array(fc.integer({ min: -60, max: 2 }), { maxLength: 40 }),
    spans: fc.array(
      fc.record({ from: fc.integer({ min: -70, max: 5 }), length: fc.option(fc.integer({ min: 0, max: 20 })) }),
      { maxLength: 4 },
    ),
  })
  .map(({ today, offsets, spans }) => ({
    today: dayFromNumber(today),
    days: [...new Set(offsets.map((offset) => dayFromNumber(today + offset)))].sort(),
    spans: spans.map(({ from, length }): AwaySpan => {
      const first = dayFromNumber(today + from);
      return length === null ? { from: first } : { from: first, to: dayFromNumber(today + from + length) };
    }),
  }));

const TODAY = '2026-12-04';
const back = (n: number) => dayFromNumber(dayNumber(TODAY) - n);
const ago = (...ns: number[]) => ns.map(back).sort();

describe('a streak across days he is away', () => {
  it.each<[string, Day[], AwaySpan[], number]>([
    ['a week at camp keeps the run from before it', ago(9, 8, 0), [{ from: back(7), to: back(1) }], 3],
    ['away today, still open: the run waits', ago(2, 1), [{ from: TODAY }], 2],
    ['a day she connected while he was away counts', ago(3, 2, 1), [{ from: back(3), to: back(2) }], 3],
    ['an away span with no end, from last week', ago(10, 9), [{ from: back(8) }], 2],
    ['a missed day before the span still breaks it', ago(9, 0), [{ from: back(7), to: back(1) }], 1],
    [
      'a span across New Year',
      ['2025-12-29', '2025-12-30', '2026-01-04'],
      [{ from: '2025-12-31', to: '2026-01-03' }],
      3,
    ],
  ])('%s', (_, days, spans, current) => {
    const isAway = (day: Day) => isAwayOn(spans, day);
    const today = days.includes('2026-01-04') ? '2026-01-04' : TODAY;
    expect(currentStreak(days, today, undefined, isAway)).toBe(current);
  });

  it('across 29 February: away on the leap day keeps the run', () => {
    const spans = [{ from: '2028-02-29', to: '2028-02-29' }];
    const days = ['2028-02-27', '2028-02-28', '2028-03-01'];
    expect(currentStreak(days, '2028-03-01', undefined, (day) => isAwayOn(spans, day))).toBe(3);
    expect(longestStreak(days, (day) => isAwayOn(spans, day))).toBe(3);
  });

  it('agrees with the reference that takes away days out of the calendar', () => {
    fc.assert(
      fc.property(caseArb, ({ today, days, spans }) => {
        const isAway = (day: Day) => isAwayOn(spans, day);
        expect({
          current: currentStreak(days, today, undefined, isAway),
          longest: longestStreak(days, isAway),
        }).toEqual(reference(days, today, spans));
      }),
      { numRuns: 400 },
    );
  });

  it('marking days away never lowers the streak or the longest run', () => {
    fc.assert(
      fc.property(caseArb, ({ today, days, spans }) => {
        const isAway = (day: Day) => isAwayOn(spans, day);
        expect(currentStreak(days, today, undefined, isAway)).toBeGreaterThanOrEqual(currentStreak(days, today));
        expect(longestStreak(days, isAway)).toBeGreaterThanOrEqual(longestStreak(days));
      }),
      { numRuns: 300 },
    );
  });

  it('says he is away today only while today is not recorded, and counts "of the last 7" around away days', () => {
    const spans = [{ from: back(2) }];
    const summary = summarizeStreak(ago(6, 5, 4, 3), TODAY, undefined, (day) => isAwayOn(spans, day));
    expect(summary).toMatchObject({ away: true, current: 4, lastSeven: { connected: 4, of: 4 } });
    const connected = summarizeStreak([...ago(6, 5, 4, 3), TODAY], TODAY, undefined, (day) => isAwayOn(spans, day));
    expect(connected).toMatchObject({ away: false, current: 5, lastSeven: { connected: 5, of: 5 } });
  });

  it('an open span from long ago ends the walk without hanging', () => {
    const isAway = (day: Day) => isAwayOn([{ from: '1900-01-01' }], day);
    expect(currentStreak([TODAY], TODAY, undefined, isAway)).toBe(1);
    expect(longestStreak(['2000-01-01', TODAY], isAway)).toBeGreaterThanOrEqual(1);
  });
});
