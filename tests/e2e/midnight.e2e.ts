import { afterAll, describe, expect, it } from 'vitest';
import { BADGE_CONNECTED, BADGE_OPEN } from '@/utils/background/badge';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import { countIn, rgba, type BrowserWithCloser } from './driver';
import { zonedTimeOnDay } from './zoned-time';

// Late evening in New York, forty seconds before local midnight.
const TIME_ZONE = 'America/New_York';

describe.each(browsers)('in %s', (_, launch) => {
  let closer: BrowserWithCloser;
  afterAll(() => closer?.close());

  it('at local midnight, open pages and the badge turn to the new day without a reload', async () => {
    closer = await launch({
      profileDir: newProfileDir(),
      timeZone: TIME_ZONE,
      clockAt: zonedTimeOnDay(TIME_ZONE, 0, 23, 59, 20),
      install: true,
    });
    const newTab = await closer.openNewTab();
    const popup = await closer.openPopup();
    await newTab.clickCheckIn();
    await expect.poll(() => popup.state()).toMatchObject({ pressed: 'true' });
    const evening = await newTab.state();
    const badge = () => closer.readBadge().then((b) => [b.text, b.color]);
    await expect.poll(badge).toEqual(['1', rgba(BADGE_CONNECTED)]);

    // The background sleeps, as it would by midnight: the alarm must wake it.
    await closer.stopBackground();
    // Both pages stay open across midnight; nothing reloads them.
    const loads = await newTab.navigationCount();
    await expect
      .poll(async () => (await newTab.state()).tip, { timeout: 90_000, interval: 1000 })
      .not.toBe(evening.tip);
    const morning = await newTab.state();
    expect(morning.pressed).toBe('false');
    expect(countIn(morning.streak)).toBe(1);
    expect(await newTab.navigationCount()).toBe(loads);
    await expect.poll(() => popup.state(), { timeout: 60_000 }).toMatchObject({ tip: morning.tip, pressed: 'false' });
    await expect.poll(badge, { timeout: 60_000 }).toEqual(['1', rgba(BADGE_OPEN)]);
  });
});
