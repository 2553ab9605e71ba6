// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_CONNECTED, BADGE_OPEN } from '@/utils/background/badge';
import { addDays, type Day } from '@/utils/days/day';
import { refreshDay } from '@/utils/background/refresh-day';
import { expectBadge } from '../support/badge';
import { storeAnyClick } from '../support/clicks';

// Her days are Sydney's, across its change to summer time on 2026-10-04, and then a New Year.
const zoneBefore = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Australia/Sydney';
});
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

const local = fakeBrowser.storage.local;
const TODAY: Day = '2026-10-02';

function on(day: Day, hour = 12): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour);
}
const refreshOn = (day: Day) => refreshDay(on(day), () => 424_242);
const stored = async (key: string): Promise<unknown> => (await local.get(key))[key];
const checkIn = (day: Day, intent: 'record' | 'undo' = 'record') =>
  storeAnyClick<'check-in'>({ type: 'check-in', day, intent });
const note = (onDay: Day, text: string, was: string, day = onDay) =>
  storeAnyClick<'note'>({ type: 'note', day, intent: 'write', on: onDay, text, was });
const away = (day: Day, intent: 'start' | 'end', from: Day, to?: Day) =>
  storeAnyClick<'away'>({ type: 'away', day, intent, from, ...(to && { to }) });

beforeEach(async () => {
  fakeBrowser.reset();
  await refreshOn(TODAY);
});

describe('a week he is away, lived through', () => {
  it('keeps her streak intact across the week, says so on the badge, and counts on once he is back', async () => {
    for (const day of [-3, -2, -1, 0].map((n) => addDays(TODAY, n))) await checkIn(day);
    await refreshOn(TODAY);
    await expectBadge('4', BADGE_CONNECTED, 'Closer: you two connected today. 4 days in a row.');

    // Marked from tomorrow for a week, across the change to summer time.
    const from = addDays(TODAY, 1);
    await away(TODAY, 'start', from, addDays(TODAY, 7));
    await refreshOn(TODAY);
    expect(await stored('away')).toEqual({ spans: [{ from, to: addDays(TODAY, 7) }] });

    for (let n = 1; n <= 7; n++) {
      await refreshOn(addDays(TODAY, n));
      await expectBadge('4', BADGE_OPEN, 'Closer: he’s away today. Your run of 4 days waits.');
    }
    // Back: the day after the span is an ordinary open day, and the streak is still alive.
    await refreshOn(addDays(TODAY, 8));
    await expectBadge('4', BADGE_OPEN, 'Closer: today is still open. 4 days in a row.');
    await checkIn(addDays(TODAY, 8));
    await refreshOn(addDays(TODAY, 8));
    await expectBadge('5', BADGE_CONNECTED, 'Closer: you two connected today. 5 days in a row.');
  });

  it('"he’s back" ends a span early: from today the days count again; a span ahead is called off', async () => {
    await away(TODAY, 'start', addDays(TODAY, -2));
    await away(TODAY, 'start', addDays(TODAY, 10), addDays(TODAY, 12));
    await refreshOn(TODAY);
    await away(TODAY, 'end', addDays(TODAY, -2));
    await away(TODAY, 'end', addDays(TODAY, 10));
    await refreshOn(TODAY);
    expect(await stored('away')).toEqual({ spans: [{ from: addDays(TODAY, -2), to: addDays(TODAY, -1) }] });
  });

  it('keeps an unreadable value of spans aside, and starts afresh', async () => {
    await local.set({ away: { spans: [{ from: '2026-02-30' }] } });
    await away(TODAY, 'start', TODAY);
    await refreshOn(TODAY);
    expect(await stored('away')).toEqual({ spans: [{ from: TODAY }] });
    expect(await stored('setAside')).toEqual([expect.stringMatching(/^unreadable\.away\./)]);
  });
});

describe('a day she forgot, recorded from the calendar', () => {
  it('backfills yesterday: the streak and the badge follow at once; undone, they go back', async () => {
    await checkIn(addDays(TODAY, -2));
    await checkIn(TODAY);
    await refreshOn(TODAY);
    await expectBadge('1', BADGE_CONNECTED, 'Closer: you two connected today. 1 day so far.');
    await checkIn(addDays(TODAY, -1));
    await refreshOn(TODAY);
    await expectBadge('3', BADGE_CONNECTED, 'Closer: you two connected today. 3 days in a row.');
    expect((await stored('checkIns')) as { lastRecorded?: { day: Day } }).toMatchObject({
      lastRecorded: { day: TODAY },
    });
    await checkIn(addDays(TODAY, -1), 'undo');
    await refreshOn(TODAY);
    await expectBadge('1', BADGE_CONNECTED, 'Closer: you two connected today. 1 day so far.');
  });
});

describe('her line about the day', () => {
  it('is kept as she types it, keystroke by keystroke, even when the clicks are applied in one pass', async () => {
    await checkIn(TODAY);
    let was = '';
    for (const text of ['W', 'We', 'We walked', 'We walked to the river']) {
      await note(TODAY, text, was);
      was = text;
    }
    await refreshOn(TODAY);
    expect(await stored('notes')).toEqual({ days: { [TODAY]: 'We walked to the river' } });
  });

  it('two pages writing the same day at once keep both texts, and each goes on editing its own', async () => {
    await note(TODAY, 'Football in the park', '');
    await note(TODAY, 'He called me', '');
    await refreshOn(TODAY);
    expect(await stored('notes')).toEqual({ days: { [TODAY]: 'Football in the park\n\nHe called me' } });
    await note(TODAY, 'He called me first', 'He called me');
    await refreshOn(TODAY);
    expect(await stored('notes')).toEqual({ days: { [TODAY]: 'Football in the park\n\nHe called me first' } });
  });

  it('a note emptied is gone; a note on a day across the year end is kept by its own date', async () => {
    await note(TODAY, 'Cards', '');
    await note(TODAY, '', 'Cards');
    await note('2026-12-31', 'Fireworks from the balcony', '', '2027-01-01');
    await refreshOn(TODAY);
    expect(await stored('notes')).toEqual({ days: { '2026-12-31': 'Fireworks from the balcony' } });
  });

  it('never takes a note over 280 characters from a page', async () => {
    await note(TODAY, 'x'.repeat(281), '');
    await refreshOn(TODAY);
    expect(await stored('notes')).toBeUndefined();
    expect(await stored('setAside')).toEqual([expect.stringMatching(/^unreadable\.pending\./)]);
  });
});
