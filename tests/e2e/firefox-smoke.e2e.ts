import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BADGE_CONNECTED, BADGE_OPEN } from '@/utils/background/badge';
import { countIn, rgba, type LaunchOptions } from './driver';
import { launchFirefoxWithCloser, type FirefoxWithCloser } from './firefox';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

// A scratch proof that the Firefox driver does what driver.ts promises; to be folded into the shared scenarios.
const TIME_ZONE = 'Europe/Berlin';
const profileDir = mkdtempSync(path.join(tmpdir(), 'closer-firefox-e2e-'));
let firefox: FirefoxWithCloser | undefined;

async function launch(options: Omit<LaunchOptions, 'timeZone'>): Promise<FirefoxWithCloser> {
  firefox = await launchFirefoxWithCloser({ timeZone: TIME_ZONE, ...options });
  return firefox;
}

afterEach(async () => {
  const errors = await firefox?.consoleErrors();
  await firefox?.close();
  firefox = undefined;
  if (errors?.length) throw new Error(`Closer's errors in the Browser Console:\n${errors.join('\n')}`);
});

const badgeOf = (closer: FirefoxWithCloser) => closer.readBadge().then((badge) => [badge.text, badge.color]);
/** A field of Firefox's own `Extension` object for Closer, such as `startupReason`. */
const extensionField = (closer: FirefoxWithCloser, field: string) =>
  closer.bidi.inChrome<string>(
    `async function (json) {
      const { id, field } = JSON.parse(json);
      return JSON.stringify(WebExtensionPolicy.getByID(id).extension[field]);
    }`,
    { id: closer.id, field },
  );
const notice = 'kept a copy aside, untouched';
const tips: string[] = [];

describe.sequential('the Firefox driver', () => {
  it('fresh install: empty badge, one tip everywhere, a check-in in the popup reaches the new tab and the badge', async () => {
    const closer = await launch({ profileDir, clockAt: zonedTimeOnDay(TIME_ZONE, 0, 10), install: true });
    expect(await extensionField(closer, 'startupReason')).toBe('ADDON_INSTALL');
    await expect
      .poll(() => closer.readBadge(), { timeout: 15_000 })
      .toEqual({ text: '', color: rgba(BADGE_OPEN), title: 'Closer: did you two connect today?' });

    const newTab = await closer.openNewTab();
    const first = await newTab.state();
    expect(first).toMatchObject({ pressed: 'false' });
    expect(first.tip).not.toBe('');
    expect(countIn(first.streak)).toBe(0);
    expect(await newTab.navigationCount()).toBe(1);

    const popup = await closer.openPopup();
    expect((await popup.state()).tip).toBe(first.tip);
    await popup.clickCheckIn();
    await expect.poll(() => newTab.state()).toMatchObject({ pressed: 'true', tip: first.tip });
    expect(countIn((await newTab.state()).streak)).toBe(1);
    await expect.poll(() => badgeOf(closer)).toEqual(['1', rgba(BADGE_CONNECTED)]);
    expect((await closer.readBadge()).title).toBe('Closer: you two connected today. 1 day so far.');
    expect((await closer.readStorage()).checkIns).toMatchObject({ days: [zonedDay(TIME_ZONE, 0)] });

    // Junk from "another writer" reaches the open page through storage.onChanged.
    await closer.writeStorage({ checkIns: { days: [zonedDay(TIME_ZONE, 0), 'not a day'] }, someoneElsesKey: 1 });
    await expect.poll(() => newTab.text()).toContain(notice);
    await expect.poll(async () => (await closer.readStorage()).checkIns).toEqual({ days: [zonedDay(TIME_ZONE, 0)] });
    const stored = await closer.readStorage();
    expect(Object.values(stored)).toContainEqual({
      value: { days: [zonedDay(TIME_ZONE, 0), 'not a day'] },
      from: 'checkIns',
    });
    await newTab.clickButton('OK');
    await expect.poll(() => newTab.text()).not.toContain(notice);
    expect(await newTab.navigationCount()).toBe(1);
    tips[0] = first.tip;
  });

  it('a real restart a day later: the open-day badge at start, a new tip, storage kept; a suspended background wakes on a write', async () => {
    const closer = await launch({ profileDir, clockAt: zonedTimeOnDay(TIME_ZONE, 1, 10), install: false });
    // Started with the browser: runtime.onStartup fires, runtime.onInstalled does not.
    expect(await extensionField(closer, 'startupReason')).toBe('APP_STARTUP');
    await expect.poll(() => badgeOf(closer), { timeout: 15_000 }).toEqual(['1', rgba(BADGE_OPEN)]);
    expect(rgba(BADGE_OPEN)).not.toEqual(rgba(BADGE_CONNECTED));
    expect((await closer.readStorage()).someoneElsesKey).toBe(1);

    const newTab = await closer.openNewTab();
    const today = await newTab.state();
    expect(today.tip).not.toBe(tips[0]);
    expect(today).toMatchObject({ pressed: 'false' });
    await newTab.close();

    await closer.stopBackground();
    expect(await extensionField(closer, 'backgroundState')).toBe('stopped');
    await closer.writeStorage({ checkIns: { days: [zonedDay(TIME_ZONE, 0), zonedDay(TIME_ZONE, 1)] } });
    await expect.poll(() => badgeOf(closer), { timeout: 15_000 }).toEqual(['2', rgba(BADGE_CONNECTED)]);
    expect(await extensionField(closer, 'backgroundState')).toBe('running');
  });

  it('forty seconds before local midnight: the shifted clock runs on, and an open new tab turns to a new tip', async () => {
    const launchedAt = Date.now();
    const clockAt = zonedTimeOnDay(TIME_ZONE, 0, 23, 59, 20);
    const closer = await launch({
      profileDir: mkdtempSync(path.join(tmpdir(), 'closer-firefox-e2e-')),
      clockAt,
      install: true,
    });
    const newTab = await closer.openNewTab();
    const pageNow = await newTab.page.evaluate(() => Date.now());
    // Within the seconds a busy machine takes to start Firefox: the shifted day, not today's.
    expect(Math.abs(pageNow - (clockAt + Date.now() - launchedAt))).toBeLessThan(10_000);
    // setTimeout keeps real time under the shim: not sped up with the shifted clock. The upper
    // bound only catches a clock slowed many times over; a busy CI machine can add most of a second.
    const waited = await newTab.page.evaluate(async () => {
      const start = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return performance.now() - start;
    });
    expect(waited).toBeGreaterThan(990);
    expect(waited).toBeLessThan(5000);

    const evening = await newTab.state();
    await newTab.clickCheckIn();
    await expect.poll(() => newTab.state()).toMatchObject({ pressed: 'true' });
    await expect.poll(() => badgeOf(closer)).toEqual(['1', rgba(BADGE_CONNECTED)]);
    // Let the pass the click woke finish first (the badge comes before its last steps, the
    // alarms): a background stopped mid-pass makes Firefox log "Promise resolved after context
    // unloaded", the test's doing, not Closer's.
    await expect
      .poll(async () => Object.keys(await closer.readStorage()).filter((key) => key.startsWith('pending.')))
      .toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await closer.stopBackground();

    await expect
      .poll(async () => (await newTab.state()).tip, { timeout: 90_000, interval: 1000 })
      .not.toBe(evening.tip);
    expect(await newTab.state()).toMatchObject({ pressed: 'false' });
    expect(await newTab.navigationCount()).toBe(1);
    // The background's midnight alarm wakes it and repaints the badge for the new, open day.
    await expect.poll(() => badgeOf(closer), { timeout: 30_000 }).toEqual(['1', rgba(BADGE_OPEN)]);
  });
});
