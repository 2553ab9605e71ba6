import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_CONNECTED, BADGE_OPEN } from '@/utils/background/badge';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import { countIn, rgba, type BrowserWithCloser, type CloserPage } from './driver';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

const TIME_ZONE = 'Asia/Tokyo';
const today = zonedDay(TIME_ZONE, 0);
const yesterday = zonedDay(TIME_ZONE, -1);

describe.sequential.each(browsers)('in %s', (_, launch) => {
  let closer: BrowserWithCloser;
  let pages: CloserPage[];

  beforeAll(async () => {
    closer = await launch({
      profileDir: newProfileDir(),
      timeZone: TIME_ZONE,
      clockAt: zonedTimeOnDay(TIME_ZONE, 0, 12),
      install: true,
    });
    pages = [await closer.openNewTab(), await closer.openPopup(), await closer.openNewTab()];
    // Yesterday is already recorded, so a right answer is never a lucky zero.
    await closer.writeStorage({ checkIns: { days: [yesterday] } });
  });

  afterAll(() => closer?.close());

  /**
   * Once the clicks settle: every page, the badge and storage say the same, and no day is
   * counted twice. Settled means the same agreement twice, a second apart: requests still
   * queued in the background (Firefox's takes its time) would otherwise pass for the end.
   */
  async function expectAgreement() {
    let previous = '';
    await expect
      .poll(
        async () => {
          const seen = await agreement();
          const settled = JSON.stringify(seen) === previous;
          previous = JSON.stringify(seen);
          return { ...seen, settled };
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toSatisfy(({ agree, days, expectedDays, settled }) => settled && agree && String(days) === String(expectedDays));
  }

  /** What the pages, the badge and storage say right now. */
  async function agreement() {
    const stored = (await closer.readStorage()) as { checkIns: { days: string[] } };
    const connected = stored.checkIns.days.includes(today);
    const streak = connected ? 2 : 1;
    const badge = await closer.readBadge();
    const states = await Promise.all(pages.map((page) => page.state()));
    return {
      agree:
        states.every((state) => state.pressed === String(connected) && countIn(state.streak) === streak) &&
        badge.text === String(streak) &&
        String(badge.color) === String(rgba(connected ? BADGE_CONNECTED : BADGE_OPEN)),
      days: stored.checkIns.days,
      expectedDays: connected ? [yesterday, today] : [yesterday],
    };
  }

  it('pages start out agreeing with what another writer stored', async () => {
    await expectAgreement();
  });

  it('two pages pressing at the same moment agree with each other and the badge', async () => {
    // Each press carries what its page showed, so either outcome is right; the pages, the badge
    // and storage must agree on it, and today is never counted twice.
    for (let round = 0; round < 5; round++) {
      await Promise.all([pages[0]!.pressCheckInNow(), pages[1]!.pressCheckInNow()]);
      await expectAgreement();
    }
  });

  it('forty fast presses alternating between the popup and a new tab leave everything agreeing', async () => {
    for (let i = 0; i < 40; i++) await pages[i % 2]!.pressCheckInNow();
    await expectAgreement();
  });

  it('forty clicks, each made after the last one showed, end where they began', async () => {
    const start = await pages[2]!.state();
    for (let i = 0; i < 40; i++) {
      const before = (await pages[i % 2]!.state()).pressed;
      await pages[i % 2]!.clickCheckIn();
      await expect.poll(async () => (await pages[(i + 1) % 2]!.state()).pressed).not.toBe(before);
    }
    await expectAgreement();
    expect((await pages[2]!.state()).pressed).toBe(start.pressed);
  });
});
