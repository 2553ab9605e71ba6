import { afterAll, describe, expect, it } from 'vitest';
import { BADGE_CONNECTED, BADGE_OPEN } from '@/utils/background/badge';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import { countIn, rgba, type BrowserWithCloser, type Launch } from './driver';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

// She lives in Berlin; each "day" of this story is launched at a fixed local time, so a
// run that crosses the real midnight still sees the days it expects.
const TIME_ZONE = 'Europe/Berlin';

describe.sequential.each(browsers)('living with Closer day by day in %s', (_, launch: Launch) => {
  const profileDir = newProfileDir();
  const tipsByDay: string[] = [];
  let browser: BrowserWithCloser | undefined;

  async function launchOn(day: number, hour: number, install = false) {
    await browser?.close();
    browser = await launch({ profileDir, timeZone: TIME_ZONE, clockAt: zonedTimeOnDay(TIME_ZONE, day, hour), install });
    return browser;
  }

  afterAll(() => browser?.close());

  async function expectBadge(closer: BrowserWithCloser, text: string, color: string) {
    await expect
      .poll(() => closer.readBadge().then((badge) => [badge.text, badge.color]), { timeout: 15_000 })
      .toEqual([text, rgba(color)]);
  }

  it('day 0, fresh install: an empty badge, today’s tip everywhere, a check-in from the popup reaches the new tab and the badge', async () => {
    const closer = await launchOn(0, 10, true);
    await expect
      .poll(() => closer.readBadge(), { timeout: 15_000 })
      .toMatchObject({ text: '', title: 'Closer: did you two connect today?' });

    const newTab = await closer.openNewTab();
    const first = await newTab.state();
    expect(first.tip).not.toBe('');
    expect(first.pressed).toBe('false');
    expect(countIn(first.streak)).toBe(0);
    expect(countIn(first.longest)).toBe(0);

    const popup = await closer.openPopup();
    const secondTab = await closer.openNewTab();
    expect((await popup.state()).tip).toBe(first.tip);
    expect((await secondTab.state()).tip).toBe(first.tip);

    await popup.clickCheckIn();
    await expect.poll(() => newTab.state()).toMatchObject({ pressed: 'true', tip: first.tip });
    expect(countIn((await newTab.state()).streak)).toBe(1);
    expect(countIn((await newTab.state()).longest)).toBe(1);
    await expectBadge(closer, '1', BADGE_CONNECTED);
    expect((await closer.readBadge()).title).toBe('Closer: you two connected today. 1 day so far.');
    expect((await closer.readStorage()).checkIns).toMatchObject({ days: [zonedDay(TIME_ZONE, 0)] });
    tipsByDay[0] = first.tip;
  });

  it('day 0, after a real restart: the badge is right before any page opens, and the tip is the same', async () => {
    const closer = await launchOn(0, 18);
    await expectBadge(closer, '1', BADGE_CONNECTED);
    const newTab = await closer.openNewTab();
    await expect.poll(() => newTab.state()).toMatchObject({ tip: tipsByDay[0], pressed: 'true' });
  });

  it('day 1: the badge shows the open streak at start, a new tip, and checking in extends the streak', async () => {
    const closer = await launchOn(1, 9);
    await expectBadge(closer, '1', BADGE_OPEN);
    expect((await closer.readBadge()).title).toBe('Closer: today is still open. 1 day so far.');
    const newTab = await closer.openNewTab();
    await expect.poll(async () => (await newTab.state()).tip).not.toBe(tipsByDay[0]);
    const before = await newTab.state();
    expect(before.pressed).toBe('false');
    expect(countIn(before.streak)).toBe(1);
    tipsByDay[1] = before.tip;

    await newTab.clickCheckIn();
    await expect.poll(async () => countIn((await newTab.state()).streak)).toBe(2);
    expect(countIn((await newTab.state()).longest)).toBe(2);
    await expectBadge(closer, '2', BADGE_CONNECTED);
  });

  it('day 1: pressing again undoes today and restores exactly what was there before', async () => {
    const closer = await launchOn(1, 20);
    const storedBefore = await closer.readStorage();
    const popup = await closer.openPopup();
    const newTab = await closer.openNewTab();

    await popup.clickCheckIn();
    await expect.poll(() => newTab.state()).toMatchObject({ pressed: 'false' });
    expect(countIn((await newTab.state()).streak)).toBe(1);
    expect(countIn((await newTab.state()).longest)).toBe(1);
    await expectBadge(closer, '1', BADGE_OPEN);

    await popup.clickCheckIn();
    await expect.poll(() => newTab.state()).toMatchObject({ pressed: 'true' });
    expect(countIn((await newTab.state()).streak)).toBe(2);
    await expectBadge(closer, '2', BADGE_CONNECTED);
    expect(await closer.readStorage()).toEqual(storedBefore);
  });

  it('day 3, after a missed day: the streak starts again, kindly, and the longest run stays', async () => {
    const closer = await launchOn(3, 8);
    await expectBadge(closer, '', BADGE_OPEN);
    const newTab = await closer.openNewTab();
    await expect.poll(async () => (await newTab.state()).tip).not.toBe(tipsByDay[1]);
    const state = await newTab.state();
    expect(countIn(state.streak)).toBe(0);
    expect(countIn(state.longest)).toBe(2);
    expect(state.pressed).toBe('false');
    // Our own words around the streak; a tip may fairly tell of a time a child got lost.
    const words = (await newTab.text('article.tip')).toLowerCase();
    expect(words).toContain('0 days so far');
    expect(words).toContain('longest run: 2 days');
    expect(words).not.toContain(state.tip.toLowerCase());
    for (const scolding of ['missed', 'broke', 'lost', 'failed', 'again?']) expect(words).not.toContain(scolding);
    tipsByDay[3] = state.tip;
    expect(new Set(tipsByDay.filter(Boolean)).size).toBe(3);

    const popup = await closer.openPopup();
    await popup.clickCheckIn();
    await expect.poll(async () => countIn((await newTab.state()).streak)).toBe(1);
    expect(countIn((await newTab.state()).longest)).toBe(2);
    await expectBadge(closer, '1', BADGE_CONNECTED);

    const { rotation } = (await closer.readStorage()) as { rotation: { seen: string[] } };
    expect(rotation.seen).toHaveLength(3);
    expect(new Set(rotation.seen).size).toBe(3);
  });
});
