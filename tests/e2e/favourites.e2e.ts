import { afterAll, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import type { BrowserWithCloser, Launch } from './driver';

/*
 * The heart on today's tip, in each browser: one click keeps the tip among her favourites,
 * with the words she saw, on every page and after a real restart; a second lets it go.
 */
interface Favourites {
  tips: Array<{ id: string; headline: string; body: string; keptOn: string }>;
}
const favourites = async (closer: BrowserWithCloser) =>
  (await closer.readStorage()).favourites as Favourites | undefined;
const todaysTip = async (closer: BrowserWithCloser) =>
  ((await closer.readStorage()).rotation as { tip: { id: string; headline: string; body: string } }).tip;

describe.sequential.each(browsers)('the heart on today’s tip in %s', (_, launch: Launch) => {
  const profileDir = newProfileDir();
  let closer: BrowserWithCloser | undefined;
  afterAll(() => closer?.close());

  it('keeps today’s tip with the words she saw, and the popup shows it kept', async () => {
    closer = await launch({ profileDir, timeZone: 'Europe/Moscow', install: true });
    const newTab = await closer.openNewTab();
    expect((await newTab.state()).favourite).toBe('false');
    await newTab.click('[data-testid="favourite"]');
    await expect.poll(async () => (await newTab.state()).favourite).toBe('true');
    const tip = await todaysTip(closer);
    await expect
      .poll(() => favourites(closer!))
      .toEqual({ tips: [expect.objectContaining({ id: tip.id, headline: tip.headline, body: tip.body })] });
    // Nothing else changed: today is still open.
    expect((await newTab.state()).pressed).toBe('false');
    const popup = await closer.openPopup();
    expect(await popup.state()).toMatchObject({ tip: tip.headline, favourite: 'true' });
    await Promise.all([newTab.close(), popup.close()]);
  });

  it('is still kept after a real restart, and a second click lets it go on every open page', async () => {
    await closer!.close();
    closer = await launch({ profileDir, timeZone: 'Europe/Moscow', install: false });
    const [newTab, popup] = [await closer.openNewTab(), await closer.openPopup()];
    expect((await newTab.state()).favourite).toBe('true');
    await newTab.click('[data-testid="favourite"]');
    await expect.poll(async () => (await popup.state()).favourite).toBe('false');
    await expect.poll(() => favourites(closer!)).toEqual({ tips: [] });
    await Promise.all([newTab.close(), popup.close()]);
  });
});
