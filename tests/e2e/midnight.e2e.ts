import { afterAll, expect, it } from 'vitest';
import { BADGE_CONNECTED, BADGE_OPEN } from '@/utils/badge';
import { launchChromium, newProfileDir, rgba, type ChromiumWithCloser } from './chromium';
import { countIn, readPage } from './page-state';
import { zonedTimeOnDay } from './zoned-time';

// Late evening in New York, forty seconds before local midnight.
const TIME_ZONE = 'America/New_York';
let closer: ChromiumWithCloser;

afterAll(() => closer?.close());

it('at local midnight, open pages and the badge turn to the new day without a reload', async () => {
  closer = await launchChromium({
    profileDir: newProfileDir(),
    timeZone: TIME_ZONE,
    clockAt: zonedTimeOnDay(TIME_ZONE, 0, 23, 59, 20),
    loadExtension: true,
  });
  const newTab = await closer.openNewTab();
  const popup = await closer.openPopup();
  await expect.poll(async () => (await readPage(newTab)).tip).not.toBe('');
  await newTab.getByTestId('checkin').click();
  await expect.poll(() => readPage(popup)).toMatchObject({ pressed: 'true' });
  const evening = await readPage(newTab);
  const inspector = await closer.inspector();
  await expect
    .poll(() => closer.readBadge(inspector).then((b) => [b.text, b.color]))
    .toEqual(['1', rgba(BADGE_CONNECTED)]);

  // The worker sleeps, as it would by midnight; the alarm must wake it.
  await closer.stopServiceWorker(inspector);
  // Both pages stay open across midnight; nothing reloads them.
  const loads = await newTab.evaluate(() => performance.getEntriesByType('navigation').length);
  await expect
    .poll(async () => (await readPage(newTab)).tip, { timeout: 90_000, interval: 1000 })
    .not.toBe(evening.tip);
  const morning = await readPage(newTab);
  expect(morning.pressed).toBe('false');
  expect(countIn(morning.streak)).toBe(1);
  expect(await newTab.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loads);
  await expect.poll(() => readPage(popup), { timeout: 60_000 }).toMatchObject({ tip: morning.tip, pressed: 'false' });
  await expect
    .poll(() => closer.readBadge(inspector).then((b) => [b.text, b.color]), { timeout: 60_000 })
    .toEqual(['1', rgba(BADGE_OPEN)]);
});
