// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAwayOn, parseAway, type AwaySpan } from '@/utils/days/away';
import { addDays, type Day } from '@/utils/days/day';
import { kinderCount } from '@/utils/days/kinder-count';

/** A local date from a count of days since 2000-01-01, by the calendar's own arithmetic (UTC: no zone, no DST). */
const dayNumbered = (n: number): Day => new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10);
/** Any date from 2000 to 2100: every month end, year end and 29 February among them. */
const anyDay = fc.integer({ min: 0, max: 36_500 }).map(dayNumbered);

/** The count by its definition, on day numbers: the days up to today (yesterday while today is open), newest first. */
function countedByDefinition(connected: Set<Day>, today: Day, size: number, since: Day, away: (day: Day) => boolean) {
  const start = connected.has(today) ? today : addDays(today, -1);
  // A year of days looked at, at most (a span with no end must not make the walk endless).
  const days = Array.from({ length: 366 }, (_, back) => addDays(start, -back));
  const counted = days.filter((day) => day >= since && (connected.has(day) || !away(day)));
  const window = counted.slice(0, size);
  return { connected: window.filter((day) => connected.has(day)).length, of: window.length };
}

describe('the kinder count, "5 of the last 7"', () => {
  it.each([
    // connected (days back from today), today open or not, size: expected
    [[1, 2, 3, 5, 6], 7, { connected: 5, of: 7 }],
    [[0, 1, 2, 3, 5, 6], 7, { connected: 6, of: 7 }],
    [[], 7, { connected: 0, of: 7 }],
    [[0, 1, 2, 3, 4, 5, 6], 7, { connected: 7, of: 7 }],
    [[0, 4, 12, 29], 30, { connected: 4, of: 30 }],
  ])('counts %j of the last %i days', (back, size, expected) => {
    const today = '2026-03-01';
    const connected = new Set(back.map((n) => addDays(today, -n)));
    expect(kinderCount(connected, today, size, '2020-01-01')).toEqual(expected);
  });

  it('never counts today against her while it is open: the count ends yesterday until she connects', () => {
    const today = '2026-12-04';
    const lastWeek = new Set([1, 2, 3, 4, 5, 6, 7].map((n) => addDays(today, -n)));
    expect(kinderCount(lastWeek, today, 7, '2026-01-01')).toEqual({ connected: 7, of: 7 });
    expect(kinderCount(new Set([...lastWeek, today]), today, 7, '2026-01-01')).toEqual({ connected: 7, of: 7 });
  });

  it('counts only her days with Closer: in her first week, "2 of the last 3", never days missed before she came', () => {
    const today = '2024-03-01';
    const connected = new Set(['2024-02-28', '2024-02-29', today]);
    expect(kinderCount(connected, today, 7, '2024-02-28')).toEqual({ connected: 3, of: 3 });
    expect(kinderCount(new Set(['2024-02-28']), today, 7, '2024-02-28')).toEqual({ connected: 1, of: 2 });
  });

  it('skips his away days, reaching further back instead, but counts a day she connected all the same', () => {
    const today = '2027-01-02';
    const spans: AwaySpan[] = [{ from: '2026-12-28', to: '2027-01-01' }];
    const connected = new Set(['2026-12-20', '2026-12-22', '2026-12-30']);
    // Today open, so back from 1 January: away to 28 December but for the 30th (connected), then
    // the 27th to the 22nd (connected): 2 of 7. The 20th is one day too far back.
    expect(kinderCount(connected, today, 7, '2026-01-01', (day) => isAwayOn(spans, day))).toEqual({
      connected: 2,
      of: 7,
    });
  });

  it('ends its walk a year back when he is away with no end', () => {
    const away = (day: Day) => isAwayOn([{ from: '2020-01-01' }], day);
    expect(kinderCount(new Set(), '2026-12-04', 7, '2019-01-01', away)).toEqual({ connected: 0, of: 0 });
  });

  it('agrees with its definition on any dates, spans and sizes, across month ends, year ends and leap days', () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.option(fc.integer({ min: 0, max: 20 }))), {
          maxLength: 4,
        }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 90 }),
        (today, back, spanStarts, size, sinceBack) => {
          const connected = new Set(back.map((n) => addDays(today, -n)));
          const spans: AwaySpan[] = spanStarts.map(([start, length]) => ({
            from: addDays(today, -start),
            ...(length !== null && { to: addDays(today, -start + length) }),
          }));
          const away = (day: Day) => isAwayOn(spans, day);
          const since = addDays(today, -sinceBack);
          const count = kinderCount(connected, today, size, since, away);
          expect(count).toEqual(countedByDefinition(connected, today, size, since, away));
          expect(count.connected).toBeLessThanOrEqual(count.of);
          expect(count.of).toBeLessThanOrEqual(size);
        },
      ),
    );
  });
});

describe('his away spans, as stored', () => {
  it('read spans with a last day or none, in her order', () => {
    const spans = [{ from: '2026-07-01', to: '2026-07-14' }, { from: '2026-12-20' }];
    expect(parseAway({ spans })).toEqual({ spans });
    expect(parseAway(undefined)).toBeNull();
  });

  it.each([
    ['not an object', 'away'],
    ['spans not a list', { spans: {} }],
    ['a date that does not exist', { spans: [{ from: '2026-02-30' }] }],
    ['an end before its start', { spans: [{ from: '2026-07-14', to: '2026-07-01' }] }],
    ['a stray entry', { spans: [{ from: '2026-07-01' }, 7] }],
    ['too many spans', { spans: Array.from({ length: 1001 }, () => ({ from: '2026-07-01' })) }],
  ])('are unreadable when %s', (_, raw) => {
    expect(parseAway(raw)).toBeUndefined();
  });

  it('hold a day when it is within a span, its first and last days included', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 30 }), fc.integer({ min: -5, max: 40 }), (from, length, offset) => {
        const to = addDays(from, length);
        const day = addDays(from, offset);
        expect(isAwayOn([{ from, to }], day)).toBe(offset >= 0 && offset <= length);
        expect(isAwayOn([{ from }], day)).toBe(offset >= 0);
      }),
    );
  });
});
