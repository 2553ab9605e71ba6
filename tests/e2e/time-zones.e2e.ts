import { cpSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import { countIn, type BrowserWithCloser, type CloserPage } from './driver';
import { expectSaved, PAGE_TIMEOUT_MS } from './stored';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

/*
 * She checks in on Monday at 22:00 in Los Angeles, after Friday, Saturday and Sunday, and
 * flies to Tokyo overnight. The browser next opens there on Wednesday at 02:30 local time
 * (11.5 hours later; 01:30 while Los Angeles keeps summer time): the date skipped Tuesday,
 * but no whole day went by without her, so her 4 days in a row stand. The control stays home:
 * Wednesday 02:30 in Los Angeles is 28.5 hours later, a whole Tuesday without a check-in.
 */
const LOS_ANGELES = 'America/Los_Angeles';
const TOKYO = 'Asia/Tokyo';
const HOUR = 3_600_000;

/** Days from today to the coming Monday in Los Angeles (1 to 7). */
function daysToMonday(): number {
  const weekday = new Date(`${zonedDay(LOS_ANGELES, 0)}T12:00:00Z`).getUTCDay();
  return (8 - weekday) % 7 || 7;
}
const monday = daysToMonday();
const [friday, saturday, sunday, mondayDay] = [-3, -2, -1, 0].map((offset) => zonedDay(LOS_ANGELES, monday + offset));
const checkInAt = zonedTimeOnDay(LOS_ANGELES, monday, 22);

describe.sequential.each(browsers)('in %s, from Los Angeles to Tokyo overnight', (_, launch) => {
  const profileDir = newProfileDir();
  const stayedHome = newProfileDir();
  let closer: BrowserWithCloser | undefined;

  afterAll(() => closer?.close());

  async function restart(options: { profileDir: string; timeZone: string; clockAt: number }) {
    await closer?.close();
    closer = await launch({ ...options, install: false });
    return closer;
  }

  async function expectStreak(page: CloserPage, current: number, longest: number) {
    await expect.poll(async () => countIn((await page.state()).streak), { timeout: PAGE_TIMEOUT_MS }).toBe(current);
    expect(countIn((await page.state()).longest)).toBe(longest);
  }

  it('Monday 22:00 in Los Angeles: she checks in from the popup, 4 days in a row', async () => {
    closer = await launch({ profileDir, timeZone: LOS_ANGELES, clockAt: checkInAt, install: true });
    await closer.writeStorage({ checkIns: { days: [friday, saturday, sunday] } });
    const popup = await closer.openPopup();
    await expectStreak(popup, 3, 3);
    await popup.clickCheckIn();
    await expectSaved(closer, { day: mondayDay!, recorded: true, badge: '4', what: 'Monday’s check-in' });
    await expectStreak(popup, 4, 4);
    await closer.close();
    closer = undefined;
    cpSync(profileDir, stayedHome, { recursive: true });
  });

  it('Wednesday 02:30 in Tokyo, 11.5 hours later: the pages and the badge still show 4 in a row', async () => {
    const tokyo = await restart({ profileDir, timeZone: TOKYO, clockAt: checkInAt + 11.5 * HOUR });
    await expect.poll(async () => (await tokyo.readBadge()).text, { timeout: 15_000 }).toBe('4');
    await expectStreak(await tokyo.openNewTab(), 4, 4);
    await expectStreak(await tokyo.openPopup(), 4, 4);
  });

  it('the control, Wednesday 02:30 at home in Los Angeles, 28.5 hours later: a fresh start, the longest run kept', async () => {
    const home = await restart({ profileDir: stayedHome, timeZone: LOS_ANGELES, clockAt: checkInAt + 28.5 * HOUR });
    await expect
      .poll(() => home.readBadge(), { timeout: 15_000 })
      .toMatchObject({ text: '', title: 'Closer: did you two connect today?' });
    await expectStreak(await home.openNewTab(), 0, 4);
    await expectStreak(await home.openPopup(), 0, 4);
  });
});
