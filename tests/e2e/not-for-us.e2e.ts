import { afterAll, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import type { BrowserWithCloser, Launch } from './driver';

/*
 * "Not for us" on today's tip, in each browser: the tip leaves her rotation for good and
 * another takes its place on every open page; it is still gone after a real restart; the undo
 * the new tab offers brings it back as today's tip.
 */
const todaysTip = async (closer: BrowserWithCloser) =>
  ((await closer.readStorage()).rotation as { tip: { id: string; headline: string } }).tip;
const setAside = async (closer: BrowserWithCloser) =>
  ((await closer.readStorage()).notForUs as { tips: Array<{ id: string }> } | undefined)?.tips.map(({ id }) => id);

describe.sequential.each(browsers)('“not for us” in %s', (_, launch: Launch) => {
  const profileDir = newProfileDir();
  let closer: BrowserWithCloser | undefined;
  let asideId = '';
  afterAll(() => closer?.close());

  it('replaces today’s tip at once on every open page, and offers to undo it', async () => {
    closer = await launch({ profileDir, timeZone: 'Asia/Tokyo', install: true });
    const [newTab, other, popup] = [await closer.openNewTab(), await closer.openNewTab(), await closer.openPopup()];
    const before = await todaysTip(closer);
    expect((await newTab.state()).tip).toBe(before.headline);

    await newTab.click('[data-testid="not-for-us"]');
    await expect.poll(() => setAside(closer!)).toEqual([before.id]);
    // The tip set aside is stored first, today's new tip a moment later: wait for both.
    await expect.poll(async () => (await todaysTip(closer!)).id).not.toBe(before.id);
    const after = await todaysTip(closer);
    for (const page of [newTab, other, popup])
      await expect.poll(async () => (await page.state()).tip).toBe(after.headline);
    expect(await newTab.text()).toContain('That tip won’t come again.');
    // Nothing else changed: today is still open.
    expect((await newTab.state()).pressed).toBe('false');
    asideId = before.id;
    await Promise.all([newTab.close(), other.close(), popup.close()]);
  });

  it('is still gone after a real restart, over the next days’ draws; undo on a new tab brings a tip back as today’s', async () => {
    await closer!.close();
    closer = await launch({ profileDir, timeZone: 'Asia/Tokyo', install: false });
    const newTab = await closer.openNewTab();
    expect(await setAside(closer)).toEqual([asideId]);
    expect((await todaysTip(closer)).id).not.toBe(asideId);
    // "Another tip" many times over: the tip set aside never comes.
    for (let i = 0; i < 12; i++) {
      const shown = (await newTab.state()).tip;
      await newTab.click('[data-testid="another-tip"]');
      await expect.poll(async () => (await newTab.state()).tip).not.toBe(shown);
      expect((await todaysTip(closer)).id).not.toBe(asideId);
    }

    const before = await todaysTip(closer);
    await newTab.click('[data-testid="not-for-us"]');
    await expect.poll(() => setAside(closer!)).toEqual([before.id, asideId]);
    await newTab.click('[data-testid="undo-not-for-us"]');
    await expect.poll(async () => (await todaysTip(closer!)).id).toBe(before.id);
    await expect.poll(async () => (await newTab.state()).tip).toBe(before.headline);
    expect(await setAside(closer)).toEqual([asideId]);
    await newTab.close();
  });
});
