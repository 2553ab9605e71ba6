import { afterAll, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import type { BrowserWithCloser, Launch } from './driver';
import { PAGE_TIMEOUT_MS } from './stored';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

/*
 * Her computer's clock was once far ahead, for one session: a dead battery, a wrong date
 * typed in (here the session that installs Closer, which spares a launch: the stored tip is
 * the same either way). The tip settled then belongs to a day she never lived. Once the clock
 * is right again, today must have today's tip, and every day after a new one. (A clock set
 * back by a day keeps today's tip instead of skipping one: the unit tests cover that.)
 */
const TIME_ZONE = 'America/Sao_Paulo';

interface StoredRotation {
  day: string;
  tip: { id: string; headline: string };
}

describe.sequential.each(browsers)('in %s, after one launch with the clock 400 days ahead', (_, launch: Launch) => {
  const profileDir = newProfileDir();
  const tipIds: Record<number, string> = {};
  let closer: BrowserWithCloser | undefined;

  afterAll(() => closer?.close());

  /** A real restart (the first one installs) with the clock at `hour` on `day` days from today. */
  async function launchOn(day: number, hour: number, install = false) {
    await closer?.close();
    closer = await launch({ profileDir, timeZone: TIME_ZONE, clockAt: zonedTimeOnDay(TIME_ZONE, day, hour), install });
    return closer;
  }

  /** Today's tip once the background has settled it for `day`, and a new tab showing it. */
  async function expectTipOfDay(browser: BrowserWithCloser, day: number): Promise<string> {
    await expect
      .poll(async () => ((await browser.readStorage()).rotation as StoredRotation | undefined)?.day, {
        timeout: 15_000,
        message: `today's tip belongs to ${zonedDay(TIME_ZONE, day)}`,
      })
      .toBe(zonedDay(TIME_ZONE, day));
    const { tip } = (await browser.readStorage()).rotation as StoredRotation;
    const newTab = await browser.openNewTab();
    await expect.poll(async () => (await newTab.state()).tip, { timeout: PAGE_TIMEOUT_MS }).toBe(tip.headline);
    return tip.id;
  }

  it('one launch with the clock 400 days ahead settles a tip for that day', async () => {
    await expectTipOfDay(await launchOn(400, 10, true), 400);
  });

  it('a real restart with the right clock: today’s tip is today’s again, and the new tab shows it', async () => {
    tipIds[0] = await expectTipOfDay(await launchOn(0, 12), 0);
  });

  it.each([1, 2])('day %i after: a new tip, not the day before’s', async (day) => {
    tipIds[day] = await expectTipOfDay(await launchOn(day, 10), day);
    expect(tipIds[day]).not.toBe(tipIds[day - 1]);
  });
});
