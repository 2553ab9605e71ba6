import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followToday } from '@/hooks/follow-today';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * A clock the test moves by hand, apart from the timers: `advance` lets time pass (the clock and
 * the page's timers together); `set` moves the clock alone, as a changed system clock does.
 */
function handClock(start: Date) {
  let now = start.getTime();
  const read = vi.fn<() => Date>(() => new Date(now));
  return {
    read,
    set: (moment: Date) => void (now = moment.getTime()),
    advance: (ms: number) => {
      now += ms;
      vi.advanceTimersByTime(ms);
    },
  };
}

/** What a page does when it is shown again (a tab brought back, a popup reopened). */
const pageShownAgain = () => void document.dispatchEvent(new Event('visibilitychange'));

/** The pages each test opened: closed after it, as a tab is. */
const open: Array<() => void> = [];

/** Follows today with `clock` as a page does: `result.current` is the last day it was told. */
function follow(clock: () => Date) {
  const result = { current: '' };
  const unmount = followToday((day) => (result.current = day), clock);
  open.push(unmount);
  return { result, unmount };
}

// The zone vitest.config.ts pins for every test (UTC-11); one test sets its own, and puts it back.
const ZONE = process.env.TZ;

beforeEach(() => {
  // The page's timers only: the date comes from the clock each test passes.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  for (const close of open.splice(0)) close();
  vi.useRealTimers();
  process.env.TZ = ZONE;
});

describe('followToday', () => {
  // At both ends of the day, so a date taken in UTC fails in any zone an hour or more from it.
  it.each([
    ['just after midnight', new Date(2026, 10, 25, 0, 30)],
    ['at noon', new Date(2026, 10, 25, 12, 0)],
    ['late in the evening', new Date(2026, 10, 25, 23, 30)],
  ])('is the local date %s', (_, moment) => {
    const clock = handClock(moment);
    const { result } = follow(clock.read);
    expect(result.current).toBe('2026-11-25');
  });

  it('turns to the new day just after local midnight, not a minute late', () => {
    const clock = handClock(new Date(2026, 10, 25, 23, 59, 30));
    const { result } = follow(clock.read);
    clock.advance(30 * SECOND - 1);
    expect(result.current).toBe('2026-11-25');
    clock.advance(100);
    expect(result.current).toBe('2026-11-26');
  });

  it('keeps turning, day after day, on a page left open', () => {
    const clock = handClock(new Date(2026, 10, 25, 10, 0));
    const { result } = follow(clock.read);
    clock.advance(14 * HOUR + SECOND);
    expect(result.current).toBe('2026-11-26');
    clock.advance(24 * HOUR);
    expect(result.current).toBe('2026-11-27');
  });

  it.each([
    ['set a day ahead', new Date(2026, 10, 26, 10, 0), '2026-11-26'],
    ['set back a day', new Date(2026, 10, 24, 10, 0), '2026-11-24'],
  ])('shows the new day within a minute when the clock is %s', (_, moved, day) => {
    const clock = handClock(new Date(2026, 10, 25, 10, 0));
    const { result } = follow(clock.read);
    clock.set(moved);
    // Midnight is 14 hours away by the old clock: only the one-minute cap brings the page round.
    clock.advance(MINUTE);
    expect(result.current).toBe(day);
  });

  it('shows the new day within a minute when the time zone changes (Pago Pago to Kiritimati)', () => {
    // 10:00 on the 25th in Pago Pago (UTC-11) is 11:00 on the 26th in Kiritimati (UTC+14).
    process.env.TZ = 'Pacific/Pago_Pago';
    const clock = handClock(new Date(2026, 10, 25, 10, 0));
    const { result } = follow(clock.read);
    expect(result.current).toBe('2026-11-25');
    process.env.TZ = 'Pacific/Kiritimati';
    clock.advance(MINUTE);
    expect(result.current).toBe('2026-11-26');
  });

  it('shows the new day at once when the page is shown again', () => {
    const clock = handClock(new Date(2026, 10, 25, 10, 0));
    const { result } = follow(clock.read);
    clock.set(new Date(2026, 10, 26, 9, 0)); // a laptop woken the next morning
    pageShownAgain();
    expect(result.current).toBe('2026-11-26');
  });

  it('keeps one timer however often the page is shown again', () => {
    const clock = handClock(new Date(2026, 10, 25, 10, 0));
    follow(clock.read);
    for (let i = 0; i < 5; i++) pageShownAgain();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('stops reading the clock once the page is gone', () => {
    const clock = handClock(new Date(2026, 10, 25, 23, 59));
    const { unmount } = follow(clock.read);
    unmount();

    clock.read.mockClear();
    pageShownAgain();
    clock.advance(2 * MINUTE);
    expect(clock.read).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
