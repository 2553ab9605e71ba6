import { afterEach, describe, expect, it } from 'vitest';
import { BADGE_CONNECTED, BADGE_OPEN } from '@/utils/badge';
import {
  launchChromium,
  makeInstallPermanent,
  newProfileDir,
  rgba,
  type ChromiumWithCloser,
  type LaunchOptions,
} from './chromium';
import { countIn, readPage } from './page-state';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

// She lives in Berlin; each "day" of this story is launched at a fixed local time, so a
// run that crosses the real midnight still sees the days it expects.
const TIME_ZONE = 'Europe/Berlin';
const profileDir = newProfileDir();
let browser: ChromiumWithCloser | undefined;

async function launchOn(
  day: number,
  hour: number,
  restart: Omit<LaunchOptions, 'profileDir' | 'timeZone'>['loadExtension'],
) {
  browser = await launchChromium({
    profileDir,
    timeZone: TIME_ZONE,
    clockAt: zonedTimeOnDay(TIME_ZONE, day, hour),
    loadExtension: restart,
  });
  return browser;
}

/** Closes the browser and turns its install into a normal one, so the next launch is a real restart. */
async function quit() {
  const id = browser!.id;
  await browser!.close();
  browser = undefined;
  makeInstallPermanent(profileDir, id);
}

afterEach(async () => {
  if (browser) await quit();
});

async function expectBadge(closer: ChromiumWithCloser, text: string, color: string) {
  const inspector = await closer.inspector();
  await expect
    .poll(() => closer.readBadge(inspector).then((badge) => [badge.text, badge.color]), { timeout: 15_000 })
    .toEqual([text, rgba(color)]);
  await inspector.close();
}

async function storedSeenTips(closer: ChromiumWithCloser): Promise<string[]> {
  const inspector = await closer.inspector();
  const stored = (await closer.readStorage(inspector)) as { rotation: { seen: string[] } };
  await inspector.close();
  return stored.rotation.seen;
}

const tipsByDay: string[] = [];

describe.sequential('living with Closer day by day in Chromium', () => {
  it('day 0, fresh install: an empty badge, today’s tip everywhere, a check-in from the popup reaches the new tab and the badge', async () => {
    const closer = await launchOn(0, 10, true);
    const inspector = await closer.inspector();
    await expect
      .poll(() => closer.readBadge(inspector), { timeout: 15_000 })
      .toMatchObject({
        text: '',
        title: 'Closer: did you connect today?',
      });

    const newTab = await closer.openNewTab();
    await expect.poll(async () => (await readPage(newTab)).tip).not.toBe('');
    const first = await readPage(newTab);
    expect(first.pressed).toBe('false');
    expect(countIn(first.streak)).toBe(0);
    expect(countIn(first.longest)).toBe(0);

    const popup = await closer.openPopup();
    const secondTab = await closer.openNewTab();
    expect((await readPage(popup)).tip).toBe(first.tip);
    expect((await readPage(secondTab)).tip).toBe(first.tip);

    await popup.getByTestId('checkin').click();
    await expect.poll(() => readPage(newTab)).toMatchObject({ pressed: 'true', tip: first.tip });
    expect(countIn((await readPage(newTab)).streak)).toBe(1);
    expect(countIn((await readPage(newTab)).longest)).toBe(1);
    await expectBadge(closer, '1', BADGE_CONNECTED);
    const badge = await closer.readBadge(inspector);
    expect(badge.title).toBe('Closer: 1 day in a row, and you connected today.');

    const stored = await closer.readStorage(inspector);
    expect(stored.checkIns).toEqual({ days: [zonedDay(TIME_ZONE, 0)] });
    tipsByDay[0] = first.tip;
  });

  it('day 0, after a real restart: the badge is right before any page opens, and the tip is the same', async () => {
    const closer = await launchOn(0, 18, false);
    await expectBadge(closer, '1', BADGE_CONNECTED);
    const newTab = await closer.openNewTab();
    await expect.poll(() => readPage(newTab)).toMatchObject({ tip: tipsByDay[0], pressed: 'true' });
  });

  it('day 1: the badge shows the open streak at start, a new tip, and checking in extends the streak', async () => {
    const closer = await launchOn(1, 9, false);
    await expectBadge(closer, '1', BADGE_OPEN);
    const newTab = await closer.openNewTab();
    await expect.poll(async () => (await readPage(newTab)).tip).not.toBe(tipsByDay[0]);
    const before = await readPage(newTab);
    expect(before.tip).not.toBe('');
    expect(before.pressed).toBe('false');
    expect(countIn(before.streak)).toBe(1);
    tipsByDay[1] = before.tip;

    await newTab.getByTestId('checkin').click();
    await expect.poll(async () => countIn((await readPage(newTab)).streak)).toBe(2);
    expect(countIn((await readPage(newTab)).longest)).toBe(2);
    await expectBadge(closer, '2', BADGE_CONNECTED);
  });

  it('day 1: pressing again undoes today and restores exactly what was there before', async () => {
    const closer = await launchOn(1, 20, false);
    const inspector = await closer.inspector();
    const storedBefore = await closer.readStorage(inspector);
    const popup = await closer.openPopup();
    const newTab = await closer.openNewTab();

    await popup.getByTestId('checkin').click();
    await expect.poll(() => readPage(newTab)).toMatchObject({ pressed: 'false' });
    expect(countIn((await readPage(newTab)).streak)).toBe(1);
    expect(countIn((await readPage(newTab)).longest)).toBe(1);
    await expectBadge(closer, '1', BADGE_OPEN);

    await popup.getByTestId('checkin').click();
    await expect.poll(() => readPage(newTab)).toMatchObject({ pressed: 'true' });
    expect(countIn((await readPage(newTab)).streak)).toBe(2);
    await expectBadge(closer, '2', BADGE_CONNECTED);
    expect(await closer.readStorage(inspector)).toEqual(storedBefore);
  });

  it('day 3, after a missed day: the streak starts again, kindly, and the longest run stays', async () => {
    const closer = await launchOn(3, 8, false);
    await expectBadge(closer, '', BADGE_OPEN);
    const newTab = await closer.openNewTab();
    await expect.poll(async () => (await readPage(newTab)).tip).not.toBe(tipsByDay[1]);
    const state = await readPage(newTab);
    expect(countIn(state.streak)).toBe(0);
    expect(countIn(state.longest)).toBe(2);
    expect(state.pressed).toBe('false');
    const words = (await newTab.textContent('body'))!.toLowerCase();
    for (const scolding of ['missed', 'broke', 'lost', 'failed', 'again?']) expect(words).not.toContain(scolding);
    tipsByDay[3] = state.tip;
    expect(new Set(tipsByDay.filter(Boolean)).size).toBe(3);

    const popup = await closer.openPopup();
    await popup.getByTestId('checkin').click();
    await expect.poll(async () => countIn((await readPage(newTab)).streak)).toBe(1);
    expect(countIn((await readPage(newTab)).longest)).toBe(2);
    await expectBadge(closer, '1', BADGE_CONNECTED);

    const seen = await storedSeenTips(closer);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(3);
  });
});
