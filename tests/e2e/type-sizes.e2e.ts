import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import type { BrowserWithCloser, CloserPage, Launch } from './driver';

/*
 * The type as each browser computes it. Chromium gives extension pages its own
 * `body { font-size: 75% }`: a page that sets its base anywhere but on body shows 12 px text,
 * the check-in button smallest of all. Read in both states of the button.
 */
const SMALLEST_PX = 13;
const CHECK_IN_PX = { 'new tab': 16, popup: 15 };

describe.sequential.each(browsers)('the type in %s', (_, launch: Launch) => {
  let closer: BrowserWithCloser;
  beforeAll(async () => {
    closer = await launch({ profileDir: newProfileDir(), timeZone: 'Europe/Madrid', install: true });
  });
  afterAll(() => closer?.close());

  async function expectReadable(page: CloserPage, name: keyof typeof CHECK_IN_PX) {
    const sizes = await page.typeSizes();
    expect(sizes.checkIn, `${name}: the check-in button's label`).toBeGreaterThanOrEqual(CHECK_IN_PX[name]);
    expect(sizes.smallest, `${name}: the smallest text, "${sizes.smallestText}"`).toBeGreaterThanOrEqual(SMALLEST_PX);
  }

  it.each([['new tab'], ['popup']] as const)(
    'the %s: the button’s label and every line are large enough to read',
    async (name) => {
      const page = name === 'new tab' ? await closer.openNewTab() : await closer.openPopup();
      await expectReadable(page, name);
      await page.clickCheckIn();
      await expect.poll(async () => (await page.state()).pressed).toBe('true');
      await expectReadable(page, name);
      await page.clickCheckIn();
      await expect.poll(async () => (await page.state()).pressed).toBe('false');
      await page.close();
    },
  );
});
