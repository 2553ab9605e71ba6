import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import { countIn, type BrowserWithCloser, type Launch } from './driver';
import { alertsSeenFor, keptAside, SAVE_TIMEOUT_MS } from './stored';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

/*
 * Unreadable check-ins of about 6 MB: her day, and a stray entry no parser reads as one.
 * Chrome's storage.local holds 10 MB (QUOTA_BYTES, without unlimitedStorage), so there is no
 * room for a verbatim copy beside it: the notice must not claim one was kept, the original
 * must stay where it is, and the daily loop must go on on the day it can read. Firefox's
 * storage.local has no such quota, so there the copy fits and is kept, and the notice may say
 * so; the loop must go on all the same.
 */
const TIME_ZONE = 'Europe/Madrid';
const yesterday = zonedDay(TIME_ZONE, -1);
const big = { days: [yesterday, 'x'.repeat(6_000_000)] };
const fingerprint = (value: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('hex');
const KEPT_ASIDE = 'kept a copy aside';
const NO_COPY = /couldn.t keep a copy/i;

describe.sequential.each(browsers)('in %s, with 6 MB of unreadable check-ins', (_, launch: Launch) => {
  const profileDir = newProfileDir();
  let closer: BrowserWithCloser | undefined;
  let firstTip = '';

  afterAll(() => closer?.close());

  it('a truthful notice, the original untouched, and a click that saves, shows and survives a reload', async () => {
    closer = await launch({
      profileDir,
      timeZone: TIME_ZONE,
      clockAt: zonedTimeOnDay(TIME_ZONE, 0, 10),
      install: true,
    });
    await closer.writeStorage({ checkIns: big });
    const noRoom = closer.name === 'chromium';
    // The quota part runs: Chromium's storage.local has no room for a second 6 MB.
    if (noRoom) await expect(closer.writeStorage({ roomForACopy: big })).rejects.toThrow(/quota/i);

    const newTab = await closer.openNewTab();
    firstTip = (await newTab.state()).tip;
    await expect
      .poll(() => newTab.text('article.tip'), { timeout: SAVE_TIMEOUT_MS })
      .toMatch(noRoom ? NO_COPY : KEPT_ASIDE);
    const words = await newTab.text('article.tip');
    if (noRoom) {
      expect(words).not.toContain(KEPT_ASIDE);
      expect(await keptAside(closer, 'checkIns')).toEqual({});
      expect(fingerprint((await closer.readStorage()).checkIns), 'checkIns as written').toBe(fingerprint(big));
    } else {
      expect(words).not.toMatch(NO_COPY);
      const copies = Object.values(await keptAside(closer, 'checkIns')) as Array<{ value: unknown }>;
      expect(copies.map((copy) => fingerprint(copy.value))).toEqual([fingerprint(big)]);
    }

    await newTab.clickCheckIn();
    expect(await alertsSeenFor(newTab, 1500), 'an alert after the click').toEqual([]);
    expect(await newTab.state()).toMatchObject({ pressed: 'true' });
    await expect.poll(async () => (await closer!.readBadge()).text, { timeout: SAVE_TIMEOUT_MS }).toBe('2');
    await newTab.reload();
    // Once storage has answered too: the copy alone could show a click that storage never got.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const reloaded = await newTab.state();
    expect(reloaded.pressed).toBe('true');
    expect(countIn(reloaded.streak)).toBe(2);
    if (noRoom)
      expect(fingerprint((await closer.readStorage()).checkIns), 'checkIns as written').toBe(fingerprint(big));
  });

  it('the next day: a new tip, and the streak goes on', async () => {
    await closer?.close();
    closer = await launch({
      profileDir,
      timeZone: TIME_ZONE,
      clockAt: zonedTimeOnDay(TIME_ZONE, 1, 10),
      install: false,
    });
    const newTab = await closer.openNewTab();
    await expect.poll(async () => (await newTab.state()).tip, { timeout: 15_000 }).not.toBe(firstTip);
    const state = await newTab.state();
    expect(state.pressed).toBe('false');
    expect(countIn(state.streak)).toBe(2);
  });
});
