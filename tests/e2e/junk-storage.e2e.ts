import { afterEach, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import { countIn, type BrowserWithCloser } from './driver';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

const TIME_ZONE = 'Europe/Moscow';
const notice = 'kept a copy aside, untouched';

describe.each(browsers)('in %s', (_browserName, launch) => {
  let closer: BrowserWithCloser | undefined;

  afterEach(async () => {
    await closer?.close();
    closer = undefined;
  });

  async function launchFresh() {
    closer = await launch({
      profileDir: newProfileDir(),
      timeZone: TIME_ZONE,
      clockAt: zonedTimeOnDay(TIME_ZONE, 0, 15),
      install: true,
    });
    return closer;
  }

  it.each([
    ['a string', 'what is this?'],
    ['a number', 42],
    ['an object of the wrong shape', { days: 'yesterday' }],
    ['a list with stray entries', { days: ['yesterday', 17, null] }],
  ])('junk check-ins (%s) are kept aside, the tip still shows, and a calm message says so', async (_, junk) => {
    const browser = await launchFresh();
    await browser.writeStorage({ checkIns: junk, someoneElsesKey: { keep: 'me' } });

    const newTab = await browser.openNewTab();
    await expect.poll(() => newTab.text()).toContain(notice);

    const stored = await browser.readStorage();
    const asideKeys = Object.keys(stored).filter((key) => key.startsWith('unreadable.checkIns.'));
    expect(asideKeys).toHaveLength(1);
    expect(stored[asideKeys[0]!]).toEqual({ value: junk, from: 'checkIns' });
    expect(stored.someoneElsesKey).toEqual({ keep: 'me' });

    // She can go on: today's check-in works and the notice can be put away; what was kept aside stays.
    await newTab.clickCheckIn();
    await expect.poll(() => newTab.state()).toMatchObject({ pressed: 'true' });
    await newTab.clickButton('OK');
    await expect.poll(() => newTab.text()).not.toContain(notice);
    const after = await browser.readStorage();
    expect(after[asideKeys[0]!]).toEqual({ value: junk, from: 'checkIns' });
    expect(after.checkIns).toMatchObject({ days: [zonedDay(TIME_ZONE, 0)] });
  });

  // Known, not yet understood: in two full clean-clone runs of this stop, Chromium's new tab showed
  // no tip for 30 s here (the background stopped right after install, junk written while it
  // slept); alone, and under two busy cores, it passes every time. One retry, in a new browser,
  // so a new tab that never gets its tip still fails; the cause is open work.
  it(
    'readable days survive next to junk, and a junk rotation, list or version mark is kept aside too',
    { retry: 1 },
    async () => {
      const browser = await launchFresh();
      const yesterday = zonedDay(TIME_ZONE, -1);
      // The background is asleep when the junk lands; the next new tab must still cope.
      await browser.stopBackground();
      await browser.writeStorage({
        checkIns: { days: [yesterday, 'not a day'] },
        rotation: 'scrambled',
        setAside: { not: 'a list' },
        checkIns$: { v: 'junk' },
      });

      const newTab = await browser.openNewTab();
      expect(countIn((await newTab.state()).streak)).toBe(1);
      await expect.poll(() => newTab.text()).toContain(notice);

      const stored = await browser.readStorage();
      const kept = Object.values(stored);
      expect(kept).toContainEqual({ value: 'scrambled', from: 'rotation' });
      expect(kept).toContainEqual({ value: { days: [yesterday, 'not a day'] }, from: 'checkIns' });
      expect(kept).toContainEqual({ value: { not: 'a list' }, from: 'setAside' });
      expect(stored.checkIns).toEqual({ days: [yesterday] });
    },
  );
});
