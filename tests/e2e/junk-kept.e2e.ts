import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import { countIn, type BrowserWithCloser } from './driver';
import { expectSaved, keptAside, PAGE_TIMEOUT_MS, SAVE_TIMEOUT_MS, storedDays } from './stored';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

/*
 * Nothing readable is ever dropped and nothing unreadable silently lost: junk in any value
 * Closer owns is kept aside, whenever it lands; what can be read is kept, even beside what
 * Closer doesn't know. One browser for the three stories, in order; each writes what it
 * starts from.
 */
const TIME_ZONE = 'Asia/Kolkata';
const today = zonedDay(TIME_ZONE, 0);
const yesterday = zonedDay(TIME_ZONE, -1);
const dayBefore = zonedDay(TIME_ZONE, -2);

describe.sequential.each(browsers)('in %s', (_, launch) => {
  let closer: BrowserWithCloser;

  beforeAll(async () => {
    closer = await launch({
      profileDir: newProfileDir(),
      timeZone: TIME_ZONE,
      clockAt: zonedTimeOnDay(TIME_ZONE, 0, 15),
      install: true,
    });
  });

  afterAll(() => closer?.close());

  it('junk written to setAside while the background is awake is kept aside, and OK on the notice never deletes that copy', async () => {
    // The background has settled today's tip, and a little later its start-up passes are done:
    // it is awake, with nothing left to do.
    await expect.poll(async () => (await closer.readStorage()).rotation, { timeout: SAVE_TIMEOUT_MS }).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await closer.writeStorage({ setAside: 42 });
    const copy = { value: 42, from: 'setAside' };
    await expect
      .poll(async () => Object.values(await keptAside(closer, 'setAside')), { timeout: SAVE_TIMEOUT_MS })
      .toContainEqual(copy);

    const newTab = await closer.openNewTab();
    await newTab.clickButton('OK');
    await expect
      .poll(async () => (await newTab.text('article.tip')).includes('OK'), { timeout: PAGE_TIMEOUT_MS })
      .toBe(false);
    // Give a stray deletion time to land, then look again.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(Object.values(await keptAside(closer, 'setAside'))).toContainEqual(copy);
  });

  it('check-ins stored as a bare list of her days are kept aside, and her streak is salvaged from them', async () => {
    const days = [dayBefore, yesterday];
    await closer.writeStorage({ checkIns: days });
    await expect
      .poll(async () => Object.values(await keptAside(closer, 'checkIns')), { timeout: SAVE_TIMEOUT_MS })
      .toContainEqual({ value: days, from: 'checkIns' });

    const newTab = await closer.openNewTab();
    await expect.poll(async () => countIn((await newTab.state()).streak), { timeout: PAGE_TIMEOUT_MS }).toBe(2);
    await newTab.clickCheckIn();
    await expect.poll(async () => countIn((await newTab.state()).streak), { timeout: PAGE_TIMEOUT_MS }).toBe(3);
    await expectSaved(closer, { day: today, recorded: true, badge: '3', what: 'today, after the salvaged days' });
    expect(await storedDays(closer)).toEqual([dayBefore, yesterday, today]);
  });

  it('fields Closer doesn’t know, beside the days in check-ins, are still there after a click', async () => {
    const unknown = { note: 'keep me', v2field: { a: 1 } };
    await closer.writeStorage({ checkIns: { days: [yesterday], ...unknown } });
    const popup = await closer.openPopup();
    await expect.poll(() => popup.state(), { timeout: PAGE_TIMEOUT_MS }).toMatchObject({ pressed: 'false' });
    await popup.clickCheckIn();
    await expectSaved(closer, { day: today, recorded: true, badge: '2', what: 'today' });
    expect((await closer.readStorage()).checkIns).toMatchObject({ days: [yesterday, today], ...unknown });
  });
});
