// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { addDays, type Day } from '@/utils/days/day';
import {
  addMonths,
  dayInMonth,
  daysInMonth,
  firstWeekdayFor,
  monthOf,
  moveDay,
  weekdayOf,
  weeksOf,
  type Month,
} from '@/utils/days/month-grid';

/** The calendar by `Date` in UTC (no zone, no DST): the oracle the arithmetic is checked against. */
const utc = (day: Day) => new Date(`${day}T00:00:00Z`);
const dayOfDate = (date: Date): Day => date.toISOString().slice(0, 10);
/** Days from 1900-01-01 to 2100-12-31. */
const DAYS_1900_2100 = 73_413;
const anyDay = fc
  .integer({ min: 0, max: DAYS_1900_2100 - 1 })
  .map((n) => dayOfDate(new Date(Date.UTC(1900, 0, 1 + n))));
const anyMonth = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }): Month => `${year}-${String(month).padStart(2, '0')}`);
const anyWeekday = fc.integer({ min: 0, max: 6 });
const oracleDaysIn = (month: Month) => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number, 0)).getUTCDate();
};

describe('months', () => {
  it.each([
    ['2026-12-04', '2026-12'],
    ['1900-01-01', '1900-01'],
  ])('%s falls in %s', (day, month) => expect(monthOf(day)).toBe(month));

  it.each([
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-05', -17, '2024-12'],
    ['2000-02', 1200, '2100-02'],
    ['1900-01', 0, '1900-01'],
  ])('%s and %i months is %s', (month, count, expected) => expect(addMonths(month, count)).toBe(expected));

  it.each([
    ['2024-02', 29],
    ['2023-02', 28],
    ['1900-02', 28],
    ['2000-02', 29],
    ['2100-02', 28],
    ['2026-04', 30],
    ['2026-12', 31],
  ])('%s has %i days', (month, days) => expect(daysInMonth(month)).toBe(days));

  it('agree with the calendar on any month from 1900 to 2100: lengths, leap years, and moving by months', () => {
    fc.assert(
      fc.property(anyMonth, fc.integer({ min: -300, max: 300 }), (month, count) => {
        expect(daysInMonth(month)).toBe(oracleDaysIn(month));
        const [year, number] = month.split('-').map(Number) as [number, number];
        expect(addMonths(month, count)).toBe(dayOfDate(new Date(Date.UTC(year, number - 1 + count, 1))).slice(0, 7));
        expect(addMonths(addMonths(month, count), -count)).toBe(month);
      }),
    );
  });

  it('knows the weekday of any day from 1900 to 2100', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(weekdayOf(day)).toBe(utc(day).getUTCDay());
      }),
    );
  });
});

describe('the weeks of a month', () => {
  it('lay out December 2026 from Monday and from Sunday', () => {
    // 1 December 2026 is a Tuesday.
    expect(weeksOf('2026-12', 1)[0]).toEqual([
      null,
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(weeksOf('2026-12', 0)[0]).toEqual([
      null,
      null,
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
    ]);
    expect(weeksOf('2026-12', 1).at(-1)).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      null,
      null,
      null,
    ]);
  });

  it('fit February 2026 in exactly four weeks from Sunday (it starts on a Sunday and has 28 days)', () => {
    const weeks = weeksOf('2026-02', 0);
    expect(weeks).toHaveLength(4);
    expect(weeks.flat().every((cell) => cell !== null)).toBe(true);
  });

  it('hold every day of any month exactly once, in order, each under its weekday, with no empty week', () => {
    fc.assert(
      fc.property(anyMonth, anyWeekday, (month, first) => {
        const weeks = weeksOf(month, first);
        for (const week of weeks) {
          expect(week).toHaveLength(7);
          expect(week.some((cell) => cell !== null)).toBe(true);
          week.forEach((cell, column) => {
            if (cell !== null) expect(utc(cell).getUTCDay()).toBe((first + column) % 7);
          });
        }
        const days = weeks.flat().filter((cell): cell is Day => cell !== null);
        const [year, number] = month.split('-').map(Number) as [number, number];
        const expected = Array.from({ length: oracleDaysIn(month) }, (_, i) =>
          dayOfDate(new Date(Date.UTC(year, number - 1, i + 1))),
        );
        expect(days).toEqual(expected);
        // Padding only before the first day and after the last.
        const cells = weeks.flat();
        const firstDay = cells.indexOf(days[0]!);
        expect(cells.slice(0, firstDay).every((cell) => cell === null)).toBe(true);
        expect(cells.slice(firstDay, firstDay + days.length)).toEqual(days);
        expect(cells.slice(firstDay + days.length).every((cell) => cell === null)).toBe(true);
        expect(weeks.length).toBeGreaterThanOrEqual(4);
        expect(weeks.length).toBeLessThanOrEqual(6);
      }),
    );
  });
});

describe('the keys of the grid', () => {
  it.each([
    // day, key, first weekday, shift: where the focus goes
    ['2026-12-31', 'ArrowRight', 1, false, '2027-01-01'],
    ['2026-01-01', 'ArrowLeft', 1, false, '2025-12-31'],
    ['2024-02-26', 'ArrowDown', 1, false, '2024-03-04'],
    ['2024-03-04', 'ArrowUp', 1, false, '2024-02-26'],
    // Thursday 3 December 2026: its week from Monday 30 November to Sunday 6 December, or Sunday 29 November to Saturday 5 December.
    ['2026-12-03', 'Home', 1, false, '2026-11-30'],
    ['2026-12-03', 'End', 1, false, '2026-12-06'],
    ['2026-12-03', 'Home', 0, false, '2026-11-29'],
    ['2026-12-03', 'End', 0, false, '2026-12-05'],
    ['2026-11-30', 'Home', 1, false, '2026-11-30'],
    ['2024-03-31', 'PageUp', 1, false, '2024-02-29'],
    ['2023-03-31', 'PageUp', 1, false, '2023-02-28'],
    ['2026-01-31', 'PageDown', 1, false, '2026-02-28'],
    ['2026-12-15', 'PageDown', 1, false, '2027-01-15'],
    ['2026-01-15', 'PageUp', 1, false, '2025-12-15'],
    ['2024-02-29', 'PageDown', 1, true, '2025-02-28'],
    ['2024-02-29', 'PageUp', 1, true, '2023-02-28'],
    ['2026-12-04', 'PageUp', 1, true, '2025-12-04'],
  ])('from %s, %s (weeks from %i, shift %s) goes to %s', (day, key, first, shift, expected) => {
    expect(moveDay(day, key, first, shift)).toBe(expected);
  });

  it('leave other keys to the page', () => {
    expect(moveDay('2026-12-04', 'Enter')).toBeUndefined();
    expect(moveDay('2026-12-04', 'a')).toBeUndefined();
  });

  it('move by days and weeks across month ends, year ends and leap days, and back again', () => {
    fc.assert(
      fc.property(anyDay, anyWeekday, (day, first) => {
        expect(moveDay(day, 'ArrowRight', first)).toBe(addDays(day, 1));
        expect(moveDay(moveDay(day, 'ArrowRight', first)!, 'ArrowLeft', first)).toBe(day);
        expect(moveDay(moveDay(day, 'ArrowDown', first)!, 'ArrowUp', first)).toBe(day);
        const home = moveDay(day, 'Home', first)!;
        const end = moveDay(day, 'End', first)!;
        expect(utc(home).getUTCDay()).toBe(first);
        expect(addDays(home, 6)).toBe(end);
        expect(home <= day && day <= end).toBe(true);
      }),
    );
  });

  it('move by a month or a year to the same date, or the last of a shorter month; and back into the same month', () => {
    fc.assert(
      fc.property(anyDay, fc.boolean(), fc.constantFrom('PageUp', 'PageDown'), (day, shift, key) => {
        const moved = moveDay(day, key, 1, shift)!;
        const months = (key === 'PageUp' ? -1 : 1) * (shift ? 12 : 1);
        expect(monthOf(moved)).toBe(addMonths(monthOf(day), months));
        const date = Number(day.slice(8));
        expect(Number(moved.slice(8))).toBe(Math.min(date, oracleDaysIn(monthOf(moved))));
        const back = moveDay(moved, key === 'PageUp' ? 'PageDown' : 'PageUp', 1, shift)!;
        expect(monthOf(back)).toBe(monthOf(day));
        expect(back <= day).toBe(true);
      }),
    );
  });

  it('clamp to the month: dayInMonth', () => {
    expect(dayInMonth('2024-02', 31)).toBe('2024-02-29');
    expect(dayInMonth('2026-04', 31)).toBe('2026-04-30');
    expect(dayInMonth('2026-04', 9)).toBe('2026-04-09');
  });
});

/** The runtime as Firefox is: no `getWeekInfo()`, no `weekInfo` (restored after each test: restoreMocks). */
function withoutWeekInfo() {
  const prototype = Intl.Locale.prototype as unknown as { weekInfo: unknown; getWeekInfo: () => unknown };
  if ('weekInfo' in prototype) vi.spyOn(prototype, 'weekInfo', 'get').mockReturnValue(undefined);
  if ('getWeekInfo' in prototype) vi.spyOn(prototype, 'getWeekInfo').mockReturnValue(undefined);
}

describe('the first day of the week', () => {
  it.each([
    ['en-US', 0],
    ['en', 0],
    ['ja', 0],
    ['ru', 1],
    ['en-GB', 1],
    ['de', 1],
    ['ar-EG', 6],
  ])('for %s is weekday %i, as the runtime knows it', (locale, weekday) => {
    expect(firstWeekdayFor(locale)).toBe(weekday);
  });

  it.each([
    ['en-US', 0],
    ['en', 0],
    ['ja', 0],
    ['ja-JP', 0],
    ['ru', 1],
    ['ru-RU', 1],
    ['en-GB', 1],
    ['en-AU', 1],
    ['pt-BR', 0],
    ['fa', 6],
    ['dv', 5],
  ])('for %s is weekday %i by its region where the runtime has no week info (Firefox)', (locale, weekday) => {
    withoutWeekInfo();
    expect(firstWeekdayFor(locale)).toBe(weekday);
  });

  it('by region agrees with the runtime for every region it knows (an old code read as its new one)', () => {
    const regions = Array.from({ length: 26 * 26 }, (_, i) =>
      String.fromCodePoint(65 + Math.floor(i / 26), 65 + (i % 26)),
    );
    const known = regions.flatMap((region) => {
      const info = (new Intl.Locale(`und-${region}`) as Intl.Locale & { weekInfo?: { firstDay: number } }).weekInfo;
      return info ? [[region, info.firstDay % 7] as const] : [];
    });
    withoutWeekInfo();
    const differ = known.filter(([region, weekday]) => firstWeekdayFor(`und-${region}`) !== weekday);
    expect(differ).toEqual([]);
  });

  it('is Monday for a tag it cannot read', () => {
    expect(firstWeekdayFor('not a tag!')).toBe(1);
  });
});
