import { afterAll, beforeAll, expect, it } from 'vitest';
import { BADGE_CONNECTED, BADGE_OPEN } from '@/utils/badge';
import { launchChromium, newProfileDir, rgba, type ChromiumWithCloser } from './chromium';
import { countIn, readPage } from './page-state';
import { zonedDay, zonedTimeOnDay } from './zoned-time';
import type { Page } from 'playwright-core';

const TIME_ZONE = 'Asia/Tokyo';
let closer: ChromiumWithCloser;
let pages: Page[];
let inspector: Page;

beforeAll(async () => {
  closer = await launchChromium({
    profileDir: newProfileDir(),
    timeZone: TIME_ZONE,
    clockAt: zonedTimeOnDay(TIME_ZONE, 0, 12),
    loadExtension: true,
  });
  pages = [await closer.openNewTab(), await closer.openPopup(), await closer.openNewTab()];
  inspector = await closer.inspector();
  // Yesterday is already recorded, so a right answer is never a lucky zero.
  await closer.writeStorage(inspector, { checkIns: { days: [zonedDay(TIME_ZONE, -1)] } });
  for (const page of pages)
    await page.waitForFunction(() => document.querySelector('[data-testid="streak"]')?.textContent?.startsWith('1 '));
});

afterAll(() => closer?.close());

/** Once the clicks settle: every page, the badge and storage say the same, and no day is counted twice. */
async function expectAgreement() {
  const today = zonedDay(TIME_ZONE, 0);
  await expect
    .poll(
      async () => {
        const states = await Promise.all(pages.map(readPage));
        const stored = (await closer.readStorage(inspector)) as { checkIns: { days: string[] } };
        const badge = await closer.readBadge(inspector);
        const connected = stored.checkIns.days.includes(today);
        const expected = { pressed: String(connected), streak: connected ? 2 : 1 };
        return {
          pages: states.map((state) => ({ pressed: state.pressed, streak: countIn(state.streak) })),
          badge: [badge.text, badge.color],
          days: stored.checkIns.days,
          expected: {
            pages: states.map(() => expected),
            badge: [String(expected.streak), rgba(connected ? BADGE_CONNECTED : BADGE_OPEN)],
            days: connected ? [zonedDay(TIME_ZONE, -1), today] : [zonedDay(TIME_ZONE, -1)],
          },
        };
      },
      { timeout: 15_000 },
    )
    .toSatisfy(
      (seen: { pages: unknown; badge: unknown; days: unknown; expected: Record<string, unknown> }) =>
        JSON.stringify([seen.pages, seen.badge, seen.days]) ===
        JSON.stringify([seen.expected.pages, seen.expected.badge, seen.expected.days]),
    );
}

const pressCheckIn = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="checkin"]')!.click());

it('two pages clicking at the same moment agree with each other and the badge', async () => {
  // Each press carries what its page showed, so the outcome may be either; the pages, the badge
  // and storage must agree on it, and today is never counted twice.
  for (let round = 0; round < 5; round++) {
    await Promise.all([pressCheckIn(pages[0]!), pressCheckIn(pages[1]!)]);
    await expectAgreement();
  }
});

it('forty fast clicks alternating between the popup and a new tab leave everything agreeing', async () => {
  for (let i = 0; i < 40; i++) await pages[i % 2]!.getByTestId('checkin').click({ force: true, noWaitAfter: true });
  await expectAgreement();
});

it('forty clicks, each made after the last one showed, end where they began', async () => {
  const start = await readPage(pages[0]!);
  for (let i = 0; i < 40; i++) {
    const page = pages[i % 2]!;
    const before = (await readPage(page)).pressed;
    await page.bringToFront();
    await page.getByTestId('checkin').click();
    await expect.poll(async () => (await readPage(pages[(i + 1) % 2]!)).pressed).not.toBe(before);
  }
  await expectAgreement();
  expect((await readPage(pages[2]!)).pressed).toBe(start.pressed);
});
