// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDays, type Day } from '@/utils/days/day';
import { keptWords } from '@/utils/tips/favourites';
import { dailyTips, library, shelfTips } from '@/utils/tips/library';
import { parseRotation } from '@/utils/tips/parse-rotation';
import { anotherTipToday, refreshDay } from '@/utils/background/refresh-day';
import type { Rotation } from '@/utils/tips/tip-rotation';
import { MOMENTS } from '@/utils/tips/tips';
import { storeAnyClick } from '../support/clicks';

// Her days are Berlin's, with its change to summer time on 2026-03-29 inside a moment's week.
const ZONE = 'Europe/Berlin';
const zoneBefore = process.env.TZ;
beforeAll(() => {
  process.env.TZ = ZONE;
});
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

const local = fakeBrowser.storage.local;
const TODAY: Day = '2026-03-25';

function on(day: Day, hour = 12): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour);
}

const refreshOn = (day: Day, hour?: number) => refreshDay(on(day, hour), () => 424_242);
const stored = async (key: string): Promise<unknown> => (await local.get(key))[key];
async function rotation(): Promise<Rotation> {
  const read = parseRotation(await stored('rotation'));
  if (!read) throw new Error('no readable rotation');
  return read;
}
const todaysTip = async () => (await rotation()).tip;

beforeEach(async () => {
  fakeBrowser.reset();
  await refreshOn(TODAY);
});

describe('“not for us”', () => {
  it('sets today’s tip aside with its words, and puts another fitting daily tip in its place at once', async () => {
    const before = await todaysTip();
    await storeAnyClick<'not-for-us'>({ type: 'not-for-us', day: TODAY, intent: 'set-aside', tip: keptWords(before) });
    await refreshOn(TODAY);

    const after = await todaysTip();
    expect(after.id).not.toBe(before.id);
    expect(dailyTips.map(({ id }) => id)).toContain(after.id);
    expect(await stored('notForUs')).toEqual({ tips: [{ ...keptWords(before), setAsideOn: TODAY }] });
  });

  it('never brings a set-aside tip back, over more days than the library has tips', async () => {
    const aside = await todaysTip();
    await storeAnyClick<'not-for-us'>({ type: 'not-for-us', day: TODAY, intent: 'set-aside', tip: keptWords(aside) });
    await refreshOn(TODAY);
    for (let day = 1; day <= dailyTips.length + 5; day++) {
      await refreshOn(addDays(TODAY, day));
      expect((await todaysTip()).id).not.toBe(aside.id);
    }
  });

  it('undone the same day, comes back as today’s tip; the tip that replaced it goes back into the round', async () => {
    const aside = await todaysTip();
    await storeAnyClick<'not-for-us'>({ type: 'not-for-us', day: TODAY, intent: 'set-aside', tip: keptWords(aside) });
    await refreshOn(TODAY);
    const replacement = await todaysTip();
    await storeAnyClick<'not-for-us'>({ type: 'not-for-us', day: TODAY, intent: 'undo', tip: keptWords(aside) });
    await refreshOn(TODAY);

    expect((await todaysTip()).id).toBe(aside.id);
    expect((await rotation()).seen).not.toContain(replacement.id);
    expect(await stored('notForUs')).toEqual({ tips: [] });
  });

  it('brought back from her library, is back in the round without changing today’s tip', async () => {
    const aside = await todaysTip();
    await storeAnyClick<'not-for-us'>({ type: 'not-for-us', day: TODAY, intent: 'set-aside', tip: keptWords(aside) });
    await refreshOn(TODAY);
    const replacement = await todaysTip();
    await storeAnyClick<'not-for-us'>({ type: 'not-for-us', day: TODAY, intent: 'bring-back', tip: keptWords(aside) });
    await refreshOn(TODAY);

    expect((await todaysTip()).id).toBe(replacement.id);
    expect(await stored('notForUs')).toEqual({ tips: [] });
  });

  it('keeps a set-aside list that can’t be read aside, whole, and starts a new one', async () => {
    await local.set({ notForUs: { tips: 'garbled' } });
    await refreshOn(TODAY);

    expect(await stored('notForUs')).toEqual({ tips: [] });
    expect(Object.values(await local.get(null))).toContainEqual({ value: { tips: 'garbled' }, from: 'notForUs' });
  });
});

describe('“make it today’s tip”', () => {
  it('changes today’s tip; the one it replaces goes back into the round', async () => {
    const before = await rotation();
    const chosen = dailyTips.find(({ id }) => !before.seen.includes(id))!;
    await storeAnyClick<'today'>({ type: 'today', day: TODAY, intent: 'choose', id: chosen.id });
    await refreshOn(TODAY);

    const after = await rotation();
    expect(after.tip).toEqual(chosen);
    expect(after.seen).toContain(chosen.id);
    expect(after.seen).not.toContain(before.tip.id);
  });

  it('keeps a shelf tip she chose for the rest of its day, and the next day brings a daily tip', async () => {
    const chosen = shelfTips('exams')[0]!;
    await storeAnyClick<'today'>({ type: 'today', day: TODAY, intent: 'choose', id: chosen.id });
    await refreshOn(TODAY);
    await refreshOn(TODAY, 23);
    expect((await todaysTip()).id).toBe(chosen.id);

    await refreshOn(addDays(TODAY, 1));
    expect(dailyTips.map(({ id }) => id)).toContain((await todaysTip()).id);
  });

  it('changes nothing for a click made yesterday, a tip she set aside, or a tip that is not in the library', async () => {
    const before = await rotation();
    const aside = dailyTips.find(({ id }) => id !== before.tip.id)!;
    await storeAnyClick<'not-for-us'>({ type: 'not-for-us', day: TODAY, intent: 'set-aside', tip: keptWords(aside) });
    await storeAnyClick<'today'>({ type: 'today', day: TODAY, intent: 'choose', id: aside.id });
    await storeAnyClick<'today'>({ type: 'today', day: addDays(TODAY, -1), intent: 'choose', id: dailyTips[3]!.id });
    await storeAnyClick<'today'>({ type: 'today', day: TODAY, intent: 'choose', id: 'no-such-tip' });
    await refreshOn(TODAY);

    expect((await todaysTip()).id).toBe(before.tip.id);
  });
});

describe('a moment of the week', () => {
  it.each(MOMENTS)(
    '“%s”: today’s tip and the next days’ come from its shelf first, then daily tips',
    async (moment) => {
      await storeAnyClick<'moment'>({ type: 'moment', day: TODAY, intent: 'start', moment });
      await refreshOn(TODAY);
      const shelf = shelfTips(moment).map(({ id }) => id);
      expect(shelf).toContain((await todaysTip()).id);
      expect(await stored('momentOfWeek')).toEqual({ moment, from: TODAY });

      // Seven days, across the change to summer time (2026-03-29), each day's tip from the shelf while one is unseen.
      const days: string[] = [(await todaysTip()).id];
      for (let day = 1; day < 7; day++) {
        await refreshOn(addDays(TODAY, day), day === 4 ? 3 : 12);
        days.push((await todaysTip()).id);
      }
      const fromShelf = days.filter((id) => shelf.includes(id));
      expect(fromShelf).toEqual(days.slice(0, fromShelf.length));
      expect(new Set(fromShelf).size).toBe(fromShelf.length);
      expect(fromShelf.length).toBe(Math.min(7, shelf.length));

      // The eighth day is an ordinary day again.
      await refreshOn(addDays(TODAY, 7));
      expect(dailyTips.map(({ id }) => id)).toContain((await todaysTip()).id);
    },
  );

  it('falls back to the daily tips once its shelf is all shown', async () => {
    const shelf = shelfTips('far-away');
    await storeAnyClick<'moment'>({ type: 'moment', day: TODAY, intent: 'start', moment: 'far-away' });
    await refreshOn(TODAY);
    const seenFromShelf = new Set<string>([(await todaysTip()).id]);
    for (let day = 1; day < 7; day++) {
      await refreshOn(addDays(TODAY, day));
      seenFromShelf.add((await todaysTip()).id);
    }
    // "Another tip" draws from the shelf too, until it is used up; then from the daily tips.
    for (let more = 0; more < shelf.length; more++) await anotherTipToday(on(addDays(TODAY, 6)));
    expect(dailyTips.map(({ id }) => id)).toContain((await todaysTip()).id);
  });

  it('holds through a clock set back a day, and ends early when she ends it', async () => {
    await storeAnyClick<'moment'>({ type: 'moment', day: TODAY, intent: 'start', moment: 'exams' });
    await refreshOn(TODAY);
    await refreshOn(addDays(TODAY, 1));
    const second = await todaysTip();
    await refreshOn(TODAY, 9); // the clock set back: the day stays, with its tip
    expect(await todaysTip()).toEqual(second);
    expect(await stored('momentOfWeek')).toEqual({ moment: 'exams', from: TODAY });

    await storeAnyClick<'moment'>({ type: 'moment', day: addDays(TODAY, 1), intent: 'end', moment: 'exams' });
    await refreshOn(addDays(TODAY, 1));
    expect(await stored('momentOfWeek')).toBeUndefined();
    expect((await todaysTip()).id).toBe(second.id); // today's tip stays today
    await refreshOn(addDays(TODAY, 2));
    expect(dailyTips.map(({ id }) => id)).toContain((await todaysTip()).id);
  });
});

describe('her past tips', () => {
  it('keep each day’s tip, the last one a day had, from the first day Closer kept one', async () => {
    await anotherTipToday(on(TODAY));
    const first = (await todaysTip()).id;
    await refreshOn(addDays(TODAY, 1));
    const second = (await todaysTip()).id;
    await refreshOn(addDays(TODAY, 3));
    const fourth = (await todaysTip()).id;

    expect(await stored('pastTips')).toEqual({
      days: { [TODAY]: first, [addDays(TODAY, 1)]: second, [addDays(TODAY, 3)]: fourth },
    });
  });

  it('start from today’s tip when storage already had one (an update), never guessing the days before', async () => {
    const kept = await local.get('rotation');
    fakeBrowser.reset();
    await local.set(kept);
    await refreshOn(TODAY);

    expect(await stored('pastTips')).toEqual({ days: { [TODAY]: (await todaysTip()).id } });
  });

  it('drop a day a clock set far ahead wrote, once the clock is right', async () => {
    await refreshOn('2027-01-10');
    await refreshOn(addDays(TODAY, 1));
    expect(Object.keys(((await stored('pastTips')) as { days: object }).days)).not.toContain('2027-01-10');
  });

  it('keep a record that can’t be read aside, and start again from today', async () => {
    await local.set({ pastTips: { days: { yesterday: 42 } } });
    await refreshOn(TODAY);

    expect(await stored('pastTips')).toEqual({ days: { [TODAY]: (await todaysTip()).id } });
    expect(Object.values(await local.get(null))).toContainEqual({
      value: { days: { yesterday: 42 } },
      from: 'pastTips',
    });
  });

  it('hold 3,650 days as short entries', async () => {
    const days: Record<string, string> = {};
    for (let i = 1; i <= 3650; i++) days[addDays(TODAY, -i)] = dailyTips[i % dailyTips.length]!.id;
    await local.set({ pastTips: { days } });
    await refreshOn(TODAY);

    const record = (await stored('pastTips')) as { days: Record<string, string> };
    expect(Object.keys(record.days)).toHaveLength(3651);
    expect(JSON.stringify(record).length).toBeLessThan(3651 * 60);
    expect(library.map(({ id }) => id)).toEqual(expect.arrayContaining(Object.values(record.days)));
  });
});
