// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_CONNECTED, BADGE_OPEN } from '@/utils/background/badge';
import { addDays, localDay, type Day } from '@/utils/days/day';
import { dailyTips, library } from '@/utils/tips/library';
import { parseRotation } from '@/utils/tips/parse-rotation';
import { anotherTipToday, CLOCK_CHECK_ALARM, NEXT_DAY_ALARM, refreshDay } from '@/utils/background/refresh-day';
import { rotationFor, type Rotation } from '@/utils/tips/tip-rotation';
import { expectBadge } from '../support/badge';

// Local days and midnights below are New York's, daylight saving time included.
const ZONE = 'America/New_York';
const zoneBefore = process.env.TZ;
beforeAll(() => {
  process.env.TZ = ZONE;
});
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

const local = fakeBrowser.storage.local;
const SEED = 123_456_789;
const TODAY: Day = '2026-03-10';
const YESTERDAY = addDays(TODAY, -1);
const TOMORROW = addDays(TODAY, 1);

/** A moment on `day`, in the zone under test. */
function on(day: Day, hour = 12, minute = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute);
}

/** Refreshes at `now` with a fixed seed, and tells how often a seed was drawn. */
function refreshAt(now: Date) {
  const drawSeed = vi.fn<() => number>(() => SEED);
  return refreshDay(now, drawSeed).then(() => drawSeed.mock.calls.length);
}

const stored = (): Promise<Record<string, unknown>> => local.get(null);
const storedValue = async (key: string): Promise<unknown> => (await local.get(key))[key];
const storedRotation = async (): Promise<Rotation> => {
  const rotation = parseRotation(await storedValue('rotation'));
  if (!rotation) throw new Error('no readable rotation stored');
  return rotation;
};
const asideKeys = async (from: string) =>
  Object.keys(await stored()).filter((key) => key.startsWith(`unreadable.${from}.`));

/** Keys Closer doesn't own. */
const UNKNOWN = {
  preferences: { theme: 'dark' },
  checkIns2: { days: ['2020-01-01'] },
  'unreadable.checkIns.older': { value: 'from an earlier release', from: 'checkIns' },
};

it('runs in New York time, daylight saving included', () => {
  expect(
    [new Date('2026-01-15T12:00:00Z'), new Date('2026-07-15T12:00:00Z')].map((d) => d.getTimezoneOffset()),
  ).toEqual([300, 240]);
});

describe('refreshDay on a fresh install', () => {
  it('creates a rotation for today with the drawn seed', async () => {
    const draws = await refreshAt(on(TODAY));

    const rotation = await storedRotation();
    expect(draws).toBe(1);
    expect(rotation).toEqual({
      day: TODAY,
      tip: rotation.tip,
      seen: [rotation.tip.id],
      round: 0,
      seed: SEED,
      passed: [],
    });
    expect(library).toContainEqual(rotation.tip);
    expect(rotation).toEqual(rotationFor(undefined, TODAY, dailyTips, SEED));
  });

  it('paints an empty badge that asks the question', async () => {
    await refreshAt(on(TODAY));

    await expectBadge('', BADGE_OPEN, 'Closer: did you two connect today?');
  });

  it('writes only the rotation and the first of her past tips: no check-ins, nothing set aside', async () => {
    await refreshAt(on(TODAY));

    const { rotation, pastTips } = await stored();
    expect(Object.keys(await stored()).filter((key) => !key.endsWith('$'))).toEqual(['rotation', 'pastTips']);
    expect(pastTips).toEqual({ days: { [TODAY]: (rotation as Rotation).tip.id } });
  });
});

describe('refreshDay and the shelf "for when…"', () => {
  it('never draws a shelf tip on its own: a whole round and more, and "another tip" each day, give only daily tips', async () => {
    const drawn = new Set<string>();
    for (let day = 0; day < dailyTips.length + 20; day++) {
      await refreshAt(on(addDays(TODAY, day)));
      drawn.add((await storedRotation()).tip.id);
      if (day % 50 === 0) {
        await anotherTipToday(on(addDays(TODAY, day)), () => SEED);
        drawn.add((await storedRotation()).tip.id);
      }
    }
    const shelf = new Set(library.filter((tip) => tip.moment).map((tip) => tip.id));
    expect(shelf.size).toBeGreaterThan(0);
    expect([...drawn].filter((id) => shelf.has(id))).toEqual([]);
    // Every daily tip came in the round: the shelf took none of their places.
    expect(drawn.size).toBe(dailyTips.length);
  });
});

describe('refreshDay paints the badge', () => {
  it.each<[string, Day[], string, string, string]>([
    ['today only', [TODAY], '1', BADGE_CONNECTED, 'Closer: you two connected today. 1 day so far.'],
    [
      'three days up to today',
      [addDays(TODAY, -2), YESTERDAY, TODAY],
      '3',
      BADGE_CONNECTED,
      'Closer: you two connected today. 3 days in a row.',
    ],
    ['yesterday only', [YESTERDAY], '1', BADGE_OPEN, 'Closer: today is still open. 1 day so far.'],
    [
      'two days up to yesterday',
      [addDays(TODAY, -2), YESTERDAY],
      '2',
      BADGE_OPEN,
      'Closer: today is still open. 2 days in a row.',
    ],
    ['nothing', [], '', BADGE_OPEN, 'Closer: did you two connect today?'],
    ['a broken run', [addDays(TODAY, -3), addDays(TODAY, -2)], '', BADGE_OPEN, 'Closer: did you two connect today?'],
  ])('with %s recorded', async (_, days, text, color, title) => {
    await local.set({ checkIns: { days } });

    await refreshAt(on(TODAY));

    await expectBadge(text, color, title);
  });

  it('for the day the clock says, not the day last painted', async () => {
    await local.set({ checkIns: { days: [YESTERDAY, TODAY] } });
    await refreshAt(on(TODAY, 23, 59));
    await expectBadge('2', BADGE_CONNECTED, 'Closer: you two connected today. 2 days in a row.');

    await refreshAt(on(TOMORROW, 0, 0));

    await expectBadge('2', BADGE_OPEN, 'Closer: today is still open. 2 days in a row.');
  });
});

describe('refreshDay sets its alarms', () => {
  it.each([
    ['midday', '2026-03-10T12:00:00-04:00', '2026-03-11T00:00:00-04:00'],
    ['a moment before midnight', '2026-03-07T23:59:59.900-05:00', '2026-03-08T00:00:00-05:00'],
    ['the short day clocks go forward', '2026-03-08T01:30:00-05:00', '2026-03-09T00:00:00-04:00'],
    ['the long day clocks go back, before the change', '2026-11-01T01:30:00-04:00', '2026-11-02T00:00:00-05:00'],
    ['the long day clocks go back, after the change', '2026-11-01T12:00:00-05:00', '2026-11-02T00:00:00-05:00'],
    ['the eve of the long day', '2026-10-31T23:30:00-04:00', '2026-11-01T00:00:00-04:00'],
  ])('wakes just after the next local midnight (%s)', async (_, now, midnight) => {
    await refreshAt(new Date(now));

    const alarm = await fakeBrowser.alarms.get(NEXT_DAY_ALARM);
    const late = alarm!.scheduledTime - new Date(midnight).getTime();
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThanOrEqual(60_000);
    expect(localDay(new Date(alarm!.scheduledTime))).toBe(localDay(new Date(midnight)));
  });

  // Santiago's clocks change at midnight itself: in September that midnight never comes,
  // in April the last hour of the day comes twice.
  it.each([
    ['the day whose midnight is skipped', '2026-09-05T12:00:00-04:00', '2026-09-06T01:00:00-03:00'],
    ['the first 23:30 of a day that runs back into itself', '2026-04-04T23:30:00-03:00', '2026-04-05T00:00:00-04:00'],
    ['the second 23:30 of that day', '2026-04-04T23:30:00-04:00', '2026-04-05T00:00:00-04:00'],
  ])('wakes just after the next day begins in Santiago (%s)', async (_, now, nextDay) => {
    process.env.TZ = 'America/Santiago';
    try {
      await refreshAt(new Date(now));

      const alarm = await fakeBrowser.alarms.get(NEXT_DAY_ALARM);
      const late = alarm!.scheduledTime - new Date(nextDay).getTime();
      expect(late).toBeGreaterThan(0);
      expect(late).toBeLessThanOrEqual(60_000);
      expect((await storedRotation()).day).toBe(localDay(new Date(now)));
    } finally {
      process.env.TZ = ZONE;
    }
  });

  it('keeps a periodic clock-check alarm, created once', async () => {
    await refreshAt(on(TODAY, 9));
    const first = await fakeBrowser.alarms.get(CLOCK_CHECK_ALARM);
    const create = vi.spyOn(fakeBrowser.alarms, 'create');

    await refreshAt(on(TODAY, 10));

    expect(first?.periodInMinutes).toBeGreaterThan(0);
    expect(await fakeBrowser.alarms.get(CLOCK_CHECK_ALARM)).toEqual(first);
    expect(create.mock.calls.map(([name]) => name)).toEqual([NEXT_DAY_ALARM]);
  });

  it('moves the next-day alarm on once the day has turned', async () => {
    await refreshAt(on(TODAY, 23, 59));
    await refreshAt(on(TOMORROW, 0, 0));

    const alarm = await fakeBrowser.alarms.get(NEXT_DAY_ALARM);
    expect(localDay(new Date(alarm!.scheduledTime))).toBe(addDays(TOMORROW, 1));
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(2);
  });
});

describe('refreshDay is idempotent', () => {
  it.each<[string, Record<string, unknown>, Day[]]>([
    ['a fresh install', {}, [TODAY]],
    ['days recorded', { checkIns: { days: [YESTERDAY, TODAY] } }, [TODAY]],
    ['a rotation from yesterday', { checkIns: { days: [YESTERDAY] } }, [YESTERDAY, TODAY]],
    ['unreadable check-ins', { checkIns: { days: [TODAY, 'junk'] } }, [TODAY]],
    ['an unreadable rotation', { rotation: 'junk' }, [TODAY]],
    ['an unreadable set-aside list', { setAside: ['unreadable.checkIns.a', 7] }, [TODAY]],
  ])('writes nothing the second time on the same day, from %s', async (_, before, days) => {
    await local.set(before);
    for (const day of days) await refreshAt(on(day, 8));
    const contents = await stored();
    const set = vi.spyOn(local, 'set');
    const remove = vi.spyOn(local, 'remove');

    const draws = await refreshAt(on(TODAY, 22));

    expect(set).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
    expect(draws).toBe(0);
    expect(await stored()).toEqual(contents);
  });
});

describe('refreshDay from one day to the next', () => {
  it('advances the tip, keeping the seed', async () => {
    await refreshAt(on(TODAY));
    const first = await storedRotation();

    const draws = await refreshAt(on(TOMORROW));

    const next = await storedRotation();
    expect(draws).toBe(0);
    expect(next.tip.id).not.toBe(first.tip.id);
    expect(next).toEqual({ ...first, day: TOMORROW, tip: next.tip, seen: [first.tip.id, next.tip.id] });
  });

  it('shows one new tip after days away, not one per day missed', async () => {
    await refreshAt(on(TODAY));
    const first = await storedRotation();

    await refreshAt(on(addDays(TODAY, 5)));

    expect((await storedRotation()).seen).toEqual([first.tip.id, expect.any(String)]);
  });

  it('keeps the current tip when the clock is set back a day', async () => {
    await refreshAt(on(TODAY));
    await refreshAt(on(TOMORROW));
    const current = await storedRotation();
    const set = vi.spyOn(local, 'set');

    await refreshAt(on(TODAY));

    expect(await storedRotation()).toEqual(current);
    expect(set).not.toHaveBeenCalled();
  });

  it('goes on from the kept tip once the clock is right again, skipping none', async () => {
    await refreshAt(on(TODAY));
    await refreshAt(on(TOMORROW));
    await refreshAt(on(TODAY));
    await refreshAt(on(TOMORROW));
    const kept = await storedRotation();

    await refreshAt(on(addDays(TOMORROW, 1)));

    const next = await storedRotation();
    expect(kept.seen).toHaveLength(2);
    expect(next.seen).toEqual([...kept.seen, next.tip.id]);
  });

  it("shows today's tip with the words of the current library", async () => {
    await refreshAt(on(TODAY));
    const current = await storedRotation();
    await local.set({ rotation: { ...current, tip: { ...current.tip, headline: 'Old words' } } });

    await refreshAt(on(TODAY, 18));

    expect(await storedRotation()).toEqual(current);
  });
});

describe('refreshDay with unreadable values', () => {
  it.each<[string, unknown, Day[]]>([
    ['a string', 'junk', []],
    ['a number', 42, []],
    ['days that are not a list', { days: 'x' }, []],
    ['a list with a stray entry', { days: [YESTERDAY, 'junk', TODAY] }, [YESTERDAY, TODAY]],
  ])('keeps check-ins that are %s aside and keeps the readable days', async (_, junk, days) => {
    await local.set({ ...UNKNOWN, checkIns: junk });

    await refreshAt(on(TODAY));

    const keys = await asideKeys('checkIns');
    const kept = keys.filter((key) => !(key in UNKNOWN));
    expect(kept).toHaveLength(1);
    expect(await storedValue(kept[0]!)).toEqual({ value: junk, from: 'checkIns' });
    expect(await storedValue('setAside')).toEqual(kept);
    expect(await storedValue('checkIns')).toEqual({ days });
    expect(await fakeBrowser.action.getBadgeText({})).toBe(days.length ? String(days.length) : '');
    expect(await stored()).toMatchObject(UNKNOWN);
  });

  it.each<[string, unknown]>([
    ['a string', 'junk'],
    ['a list', [1, 2]],
    ['a rotation missing its tip', { day: TODAY, seen: [], round: 0, seed: 1 }],
    ['a rotation with a fractional seed', { day: TODAY, tip: library[0], seen: [library[0]!.id], round: 0, seed: 1.5 }],
    ['a rotation on no real day', { day: '2026-02-30', tip: library[0], seen: [library[0]!.id], round: 0, seed: 1 }],
  ])('keeps a rotation that is %s aside and writes a fresh one', async (_, junk) => {
    await local.set({ ...UNKNOWN, rotation: junk });

    const draws = await refreshAt(on(TODAY));

    const keys = await asideKeys('rotation');
    expect(keys).toHaveLength(1);
    expect(await storedValue(keys[0]!)).toEqual({ value: junk, from: 'rotation' });
    expect(await storedValue('setAside')).toEqual(keys);
    expect(draws).toBe(1);
    expect(await storedRotation()).toEqual(rotationFor(undefined, TODAY, dailyTips, SEED));
    expect(await stored()).toMatchObject(UNKNOWN);
  });

  it('keeps an unreadable set-aside list aside, and lists it', async () => {
    await local.set({ setAside: 'junk' });

    await refreshAt(on(TODAY));

    const keys = await asideKeys('setAside');
    expect(keys).toHaveLength(1);
    expect(await storedValue(keys[0]!)).toEqual({ value: 'junk', from: 'setAside' });
    expect(await storedValue('setAside')).toEqual(keys);
  });

  it('keeps both aside when both are unreadable', async () => {
    await local.set({ checkIns: 'junk', rotation: 'junk' });

    await refreshAt(on(TODAY));

    const keys = [...(await asideKeys('checkIns')), ...(await asideKeys('rotation'))];
    expect(keys).toHaveLength(2);
    expect(await storedValue('setAside')).toEqual(keys);
  });
});

describe('refreshDay and keys it does not own', () => {
  it('leaves them alone, whatever it writes', async () => {
    await local.set({ ...UNKNOWN, checkIns: { days: [YESTERDAY, 'junk'] }, rotation: 'junk' });

    await refreshAt(on(TODAY));
    await refreshAt(on(TOMORROW));

    const after = await stored();
    for (const [key, value] of Object.entries(UNKNOWN)) expect(after[key]).toEqual(value);
  });
});

describe('refreshDay and her settings', () => {
  const year = Number(TODAY.slice(0, 4));
  const settings = (fields: Record<string, unknown>) => ({
    version: 1,
    sons: [],
    way: 'both',
    moreThemes: [],
    fewerThemes: [],
    asked: true,
    ...fields,
  });

  it('chooses today’s tip among those that fit his age and her way', async () => {
    await local.set({ settings: settings({ sons: [{ birthYear: year - 30, away: true }], way: 'deeds' }) });

    await refreshAt(on(TODAY));

    const { tip } = await storedRotation();
    expect(tip.ages).toContain('grown');
    expect(tip.way).not.toBe('words');
    expect(tip.home).not.toBe('home');
  });

  it('replaces today’s tip at once, the same day, when a new setting no longer fits it', async () => {
    await refreshAt(on(TODAY));
    const before = await storedRotation();
    const otherAge = (['little', 'school', 'teen', 'grown'] as const).find((age) => !before.tip.ages.includes(age))!;
    const bornFor = { little: year - 3, school: year - 9, teen: year - 16, grown: year - 30 }[otherAge];
    await local.set({ settings: settings({ sons: [{ birthYear: bornFor }] }) });

    await refreshAt(on(TODAY, 15));

    const after = await storedRotation();
    expect(after.day).toBe(TODAY);
    expect(after.tip.id).not.toBe(before.tip.id);
    expect(after.tip.ages).toContain(otherAge);
    expect(after.seen).toEqual([...before.seen, after.tip.id]);
  });

  it.each<[string, unknown]>([
    ['a string', 'deeds'],
    ['a son born in the future', settings({ sons: [{ birthYear: year + 1 }] })],
    ['another version', settings({ version: 7 })],
  ])('keeps settings that are %s aside, and uses the defaults meanwhile', async (_, junk) => {
    await local.set({ settings: junk });

    await refreshAt(on(TODAY));

    const keys = await asideKeys('settings');
    expect(keys).toHaveLength(1);
    expect(await storedValue(keys[0]!)).toEqual({ value: junk, from: 'settings' });
    expect(await storedValue('settings')).toEqual(settings({ asked: false }));
    expect(await storedRotation()).toEqual(rotationFor(undefined, TODAY, dailyTips, SEED));
  });
});

describe('anotherTipToday', () => {
  const year = Number(TODAY.slice(0, 4));
  const grownAwayInDeeds = {
    version: 1,
    sons: [{ birthYear: year - 30, away: true }],
    way: 'deeds',
    moreThemes: [],
    fewerThemes: [],
    asked: true,
  };
  const another = (now: Date) => anotherTipToday(now, () => SEED);

  it('gives a different tip for today that fits him and her; the one she passed on goes back into the round', async () => {
    await local.set({ settings: grownAwayInDeeds });
    await refreshAt(on(TODAY));
    const before = await storedRotation();

    await another(on(TODAY, 18));

    const after = await storedRotation();
    expect(after.day).toBe(TODAY);
    expect(after.tip.id).not.toBe(before.tip.id);
    expect(after.tip.ages).toContain('grown');
    expect(after.tip.way).not.toBe('words');
    expect(after.tip.home).not.toBe('home');
    expect(after.seen).not.toContain(before.tip.id);
    expect(after.passed).toEqual([before.tip.id]);
  });

  it('never comes back to a tip she passed on today, however often she asks', async () => {
    await refreshAt(on(TODAY));
    const shown = [(await storedRotation()).tip.id];
    for (let i = 0; i < 5; i++) {
      await another(on(TODAY, 9 + i));
      shown.push((await storedRotation()).tip.id);
    }
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('brings the day up to date first: asked on a new day, it passes on the new day’s tip, not yesterday’s', async () => {
    await refreshAt(on(YESTERDAY));
    await another(on(TODAY, 8));
    const rotation = await storedRotation();
    expect(rotation.day).toBe(TODAY);
    expect(rotation.passed).toHaveLength(1);
    expect(rotation.tip.id).not.toBe(rotation.passed[0]);
  });
});
