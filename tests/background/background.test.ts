// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { BADGE_CONNECTED, BADGE_OPEN } from '@/utils/background/badge';
import { addDays, localDay, type Day } from '@/utils/days/day';
import { ANOTHER_TIP_REQUEST, DISMISS_NOTICE_REQUEST, REFRESH_REQUEST } from '@/utils/storage/messages';
import { parseRotation } from '@/utils/tips/parse-rotation';
import { CLOCK_CHECK_ALARM, NEXT_DAY_ALARM } from '@/utils/background/refresh-day';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { checkInsItem } from '@/utils/storage/storage';
import { expectBadge } from '../support/badge';
import { storeClick, storedClick } from '../support/clicks';

/** How many passes of refreshDay have run, and how many ever ran at once. */
const passes = vi.hoisted(() => ({ started: 0, running: 0, mostAtOnce: 0 }));

// The real refreshDay, counted: the background must never run two passes at once.
vi.mock('@/utils/background/refresh-day', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/utils/background/refresh-day')>();
  return {
    ...original,
    refreshDay: async (...args: Parameters<typeof original.refreshDay>) => {
      passes.started++;
      // Passes that set each other off would otherwise spin in microtasks, starving every timer, and hang the run.
      if (passes.started > 500) throw new Error('refreshDay ran over 500 times: passes are setting each other off');
      passes.running++;
      passes.mostAtOnce = Math.max(passes.mostAtOnce, passes.running);
      try {
        return await original.refreshDay(...args);
      } finally {
        passes.running--;
      }
    },
  };
});

const local = fakeBrowser.storage.local;
const TODAY: Day = '2026-03-10';
const YESTERDAY = addDays(TODAY, -1);
const TOMORROW = addDays(TODAY, 1);

/** Sets the clock the background reads (only `Date` is faked: timers stay real for vi.waitFor). */
function setClock(day: Day, hour = 12) {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  vi.setSystemTime(new Date(y, m - 1, d, hour));
}

/**
 * Waits until every queued pass has finished. The fake browser answers in microtasks, so once
 * a macrotask comes round nothing is left in flight.
 */
async function idle() {
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(passes.running).toBe(0);
}

/** Starts the background as the browser does, and lets its wake-up pass finish. */
async function start() {
  background.main!();
  await idle();
}

/** Every event of the fake counts its listeners, though not every typing says so. */
const hasListeners = (event: object) => (event as { hasListeners(): boolean }).hasListeners();

const storedValue = async (key: string): Promise<unknown> => (await local.get(key))[key];
const rotationDay = async () => parseRotation(await storedValue('rotation'))?.day;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  setClock(TODAY);
  Object.assign(passes, { started: 0, running: 0, mostAtOnce: 0 });
});

afterEach(async () => {
  // Nothing may still be writing when the next test resets the fake browser.
  await idle();
  vi.useRealTimers();
});

describe('background', () => {
  it('registers every listener synchronously, before any await', () => {
    const events = [
      fakeBrowser.runtime.onInstalled,
      fakeBrowser.runtime.onStartup,
      fakeBrowser.alarms.onAlarm,
      fakeBrowser.storage.onChanged,
      fakeBrowser.runtime.onMessage,
    ];
    expect(events.map(hasListeners)).toEqual([false, false, false, false, false]);

    background.main!();

    expect(events.map(hasListeners)).toEqual([true, true, true, true, true]);
  });

  it('settles after its own writes, without setting itself off again and again', async () => {
    await local.set({ checkIns: { days: [TODAY, 'junk'] }, rotation: 'junk' });

    await start();

    // The wake-up pass, then one for each write (check-ins, rotation, the past tips, the
    // set-aside list twice), each of which finds nothing to do.
    expect(passes.started).toBeLessThanOrEqual(6);
    await expectBadge('1', BADGE_CONNECTED, 'Closer: you two connected today. 1 day so far.');
  });

  it('paints the badge from stored check-ins as soon as it wakes', async () => {
    await local.set({ checkIns: { days: [YESTERDAY, TODAY] } });

    await start();

    await expectBadge('2', BADGE_CONNECTED, 'Closer: you two connected today. 2 days in a row.');
    expect(await rotationDay()).toBe(TODAY);
  });

  it.each<[string, () => Promise<unknown>]>([
    ['the browser starts', () => fakeBrowser.runtime.onStartup.trigger()],
    ['the extension is updated', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false })],
    [
      'the next-day alarm fires',
      () => fakeBrowser.alarms.onAlarm.trigger({ name: NEXT_DAY_ALARM, scheduledTime: Date.now() }),
    ],
    [
      'the clock-check alarm fires',
      () => fakeBrowser.alarms.onAlarm.trigger({ name: CLOCK_CHECK_ALARM, scheduledTime: Date.now() }),
    ],
  ])('repaints the badge for the new day when %s', async (_, fire) => {
    await local.set({ checkIns: { days: [YESTERDAY, TODAY] } });
    await start();
    setClock(TOMORROW, 0);

    await fire();

    await vi.waitFor(() => expectBadge('2', BADGE_OPEN, 'Closer: today is still open. 2 days in a row.'));
    expect(await rotationDay()).toBe(TOMORROW);
  });

  it('repaints the badge when a page records or undoes today', async () => {
    await local.set({ checkIns: { days: [YESTERDAY] } });
    await start();
    await expectBadge('1', BADGE_OPEN, 'Closer: today is still open. 1 day so far.');

    await storeClick(TODAY, 'record');
    await vi.waitFor(() => expectBadge('2', BADGE_CONNECTED, 'Closer: you two connected today. 2 days in a row.'));

    await checkInsItem.setValue({ days: [] });
    await vi.waitFor(() => expectBadge('', BADGE_OPEN, 'Closer: did you two connect today?'));
  });

  it('puts a rotation right that something else broke', async () => {
    await start();

    await local.set({ rotation: 'junk' });

    await vi.waitFor(async () => expect(await rotationDay()).toBe(TODAY));
    expect(await storedValue('setAside')).toHaveLength(1);
  });

  it.each<[string, () => Promise<void>]>([
    ['another local key', () => local.set({ preferences: { theme: 'dark' } })],
    ['check-ins in another storage area', () => fakeBrowser.storage.sync.set({ checkIns: { days: [TODAY] } })],
  ])('ignores a change of %s', async (_, change) => {
    await start();
    const before = passes.started;

    await change();
    await idle();

    expect(passes.started).toBe(before);
    await expectBadge('', BADGE_OPEN, 'Closer: did you two connect today?');
  });

  it("settles today's rotation when a page asks", async () => {
    await start();
    setClock(TOMORROW, 7);

    await fakeBrowser.runtime.sendMessage(REFRESH_REQUEST);

    await vi.waitFor(async () => expect(await rotationDay()).toBe(TOMORROW));
  });

  it('applies the clicks a page stored, in order, removes them, and repaints the badge', async () => {
    await local.set({ checkIns: { days: [YESTERDAY] } });
    await start();

    const key = await storeClick(TODAY, 'record');
    await vi.waitFor(() => expectBadge('2', BADGE_CONNECTED, 'Closer: you two connected today. 2 days in a row.'));
    await idle();
    expect((await local.get('checkIns')).checkIns).toMatchObject({ days: [YESTERDAY, TODAY] });
    expect(await storedValue(key)).toBeUndefined();

    // The same intent twice is still one day; undo restores what was there.
    await storeClick(TODAY, 'record');
    await idle();
    expect((await local.get('checkIns')).checkIns).toMatchObject({ days: [YESTERDAY, TODAY] });
    await storeClick(TODAY, 'undo');
    await idle();
    expect((await local.get('checkIns')).checkIns).toEqual({ days: [YESTERDAY] });
    await expectBadge('1', BADGE_OPEN, 'Closer: today is still open. 1 day so far.');
  });

  it('applies clicks stored while it was asleep as soon as it wakes, in the order they were made', async () => {
    // Stored in one write in reverse order: the order of the clicks is in their keys, not the write's.
    const clicks = [storedClick(TODAY, 'record'), storedClick(TODAY, 'undo'), storedClick(YESTERDAY, 'record')];
    await local.set(Object.fromEntries(clicks.reverse()));

    await start();

    expect((await local.get('checkIns')).checkIns).toMatchObject({ days: [YESTERDAY] });
    expect(Object.keys(await local.get(null)).filter((key) => key.startsWith('pending.'))).toEqual([]);
    await expectBadge('1', BADGE_OPEN, 'Closer: today is still open. 1 day so far.');
  });

  it('takes clicks one pass at a time: twenty alternating clicks end on the last one', async () => {
    await start();
    await Promise.all(Array.from({ length: 20 }, (_, i) => storeClick(TODAY, i % 2 === 0 ? 'record' : 'undo')));
    await idle();
    // Passes may take several clicks at once; nothing is written where nothing changed.
    const checkIns = (await local.get('checkIns')).checkIns as object | undefined;
    expect(checkIns ?? { days: [] }).toEqual({ days: [] });
    expect(Object.keys(await local.get(null)).filter((key) => key.startsWith('pending.'))).toEqual([]);
    expect(passes.mostAtOnce).toBe(1);
  });

  it('keeps aside junk written to the set-aside list while it is awake, and OK never deletes it', async () => {
    await start();

    await local.set({ setAside: 42 });

    await vi.waitFor(async () =>
      expect(await storedValue('setAside')).toEqual([expect.stringMatching(/^unreadable\.setAside\./)]),
    );
    const asideKey = ((await storedValue('setAside')) as string[])[0]!;
    await fakeBrowser.runtime.sendMessage(DISMISS_NOTICE_REQUEST);
    expect(await storedValue(asideKey)).toEqual({ value: 42, from: 'setAside' });
  });

  it('keeps junk aside before dismissing, even when the list turned to junk just before', async () => {
    await start();
    const dismissed = fakeBrowser.runtime.sendMessage(DISMISS_NOTICE_REQUEST);
    await local.set({ setAside: 'junk' });
    await dismissed;
    await idle();

    const aside = Object.entries(await local.get(null)).filter(([key]) => key.startsWith('unreadable.setAside.'));
    expect(aside.map(([, value]) => value)).toEqual([{ value: 'junk', from: 'setAside' }]);
  });

  it('dismisses the notice when a page asks, keeping what was set aside', async () => {
    await local.set({ checkIns: 'junk' });
    await start();
    const asideKey = ((await local.get('setAside')).setAside as string[])[0]!;
    await fakeBrowser.runtime.sendMessage(DISMISS_NOTICE_REQUEST);
    const stored = await local.get(null);
    expect(stored.setAside).toBeUndefined();
    expect(stored[asideKey]).toEqual({ value: 'junk', from: 'checkIns' });
  });

  it('after an update from a version without settings, leaves the defaults not yet asked: the new tab asks the two questions', async () => {
    await local.set({ checkIns: { days: [TODAY] } });
    await start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await vi.waitFor(async () => expect(await storedValue('settings')).toEqual(DEFAULT_SETTINGS));
    expect(DEFAULT_SETTINGS.asked).toBe(false);
  });

  it.each<[string, unknown]>([
    ['an update, with settings she has', { reason: 'update', temporary: false }],
    ['a fresh install (the welcome page asks)', { reason: 'install', temporary: false }],
    ['a browser update', { reason: 'browser_update', temporary: false }],
  ])('leaves her settings alone on %s', async (name, details) => {
    const hers = { ...DEFAULT_SETTINGS, sons: [{ birthYear: 2010 }], asked: true };
    if (name.startsWith('an update')) await local.set({ settings: hers });
    await start();
    await fakeBrowser.runtime.onInstalled.trigger(
      details as Parameters<typeof fakeBrowser.runtime.onInstalled.trigger>[0],
    );
    await idle();
    expect(await storedValue('settings')).toEqual(name.startsWith('an update') ? hers : undefined);
  });

  it('gives another tip for today when a page asks', async () => {
    await start();
    const before = parseRotation(await storedValue('rotation'))!;
    await fakeBrowser.runtime.sendMessage(ANOTHER_TIP_REQUEST);
    const after = parseRotation(await storedValue('rotation'))!;
    expect(after.day).toBe(TODAY);
    expect(after.tip.id).not.toBe(before.tip.id);
    expect(after.passed).toEqual([before.tip.id]);
  });

  it.each<[string, unknown]>([
    ['another type', { type: 'closer:other' }],
    ['a check-in (pages store their clicks)', { type: 'closer:check-in', day: TODAY, intent: 'record' }],
    ['a toggle', { type: 'closer:toggle', day: TODAY }],
    ['the type alone', 'closer:refresh'],
    ['nothing', null],
  ])('ignores a message of %s', async (_, message) => {
    await start();
    setClock(TOMORROW, 7);
    const before = passes.started;

    await fakeBrowser.runtime.sendMessage(message);
    await idle();

    expect(passes.started).toBe(before);
    expect(await rotationDay()).toBe(TODAY);
  });

  it('goes on after a pass fails', async () => {
    await local.set({ checkIns: { days: [TODAY] } });
    await start();
    setClock(TOMORROW);
    vi.spyOn(fakeBrowser.action, 'setTitle').mockRejectedValueOnce(new Error('the toolbar went away'));

    await expect(fakeBrowser.runtime.onStartup.trigger()).rejects.toThrow('the toolbar went away');
    await fakeBrowser.alarms.onAlarm.trigger({ name: NEXT_DAY_ALARM, scheduledTime: Date.now() });

    await vi.waitFor(() => expectBadge('1', BADGE_OPEN, 'Closer: today is still open. 1 day so far.'));
  });

  it('handles a burst of events one after another, ending with a consistent badge', async () => {
    await start();
    const events = [
      () => fakeBrowser.runtime.onStartup.trigger(),
      () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false }),
      () => fakeBrowser.alarms.onAlarm.trigger({ name: NEXT_DAY_ALARM, scheduledTime: Date.now() }),
      () => fakeBrowser.runtime.sendMessage(REFRESH_REQUEST),
    ];
    const fired: Promise<unknown>[] = [];

    for (let i = 0; i < 20; i++) {
      // Midnight passes halfway through, and a page records each day while the events pile up.
      if (i === 10) setClock(TOMORROW, 0);
      fired.push(events[i % events.length]!());
      if (i % 5 === 4) await storeClick(localDay(new Date()), 'record');
    }
    await Promise.all(fired);
    await idle();

    expect(passes.started).toBeGreaterThanOrEqual(20);
    expect(passes.mostAtOnce).toBe(1);
    expect(await storedValue('checkIns')).toMatchObject({ days: [TODAY, TOMORROW] });
    await expectBadge('2', BADGE_CONNECTED, 'Closer: you two connected today. 2 days in a row.');
    const rotation = parseRotation(await storedValue('rotation'));
    expect(rotation?.day).toBe(TOMORROW);
    expect(rotation?.seen).toHaveLength(2);
  });
});

describe('what wakes a pass', () => {
  it('the background’s own removal of an applied click sets off no pass of its own', async () => {
    await start();
    await storeClick(TODAY, 'record');
    await idle();
    const before = passes.started;

    const [key] = storedClick(TODAY, 'record');
    await local.set({ [key]: null });
    await local.remove(key);
    await idle();

    expect(passes.started).toBe(before);
  });
});
