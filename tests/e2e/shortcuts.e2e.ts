import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import type { BrowserWithCloser, Launch } from './driver';
import { launchFirefoxWithCloser, type FirefoxWithCloser } from './firefox';

/*
 * Her most visited sites: offered on the welcome page, asked for (`topSites`, optional) only
 * when she turns them on, and loaded on the new tab by a script of their own, for her alone.
 */
describe.sequential.each(browsers)('her most visited sites in %s', (_, launch: Launch) => {
  let closer: BrowserWithCloser;
  beforeAll(async () => {
    closer = await launch({ profileDir: newProfileDir(), timeZone: 'Europe/London', install: true });
  });
  afterAll(() => closer?.close());

  it('before she turns them on: no permission, and the new tab loads nothing for them', async () => {
    const newTab = await closer.openNewTab();
    expect(await newTab.permissions()).not.toContain('topSites');
    // Once the app has read storage, it would have asked for their script by now.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await newTab.shortcuts()).toEqual({ links: [], scriptLoaded: false });
    await newTab.close();
  });

  it('chosen, but the permission taken back in the browser’s settings: their script shows nothing, and moves nothing', async () => {
    await closer.writeStorage({ shortcuts: { version: 1, show: true } });
    const newTab = await closer.openNewTab();
    // The masthead gains its settings link as the app takes over: the page below it is compared.
    const before = await newTab.text('.masthead');
    await expect.poll(async () => (await newTab.shortcuts()).scriptLoaded).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await newTab.shortcuts()).links).toEqual([]);
    expect(await newTab.text('.masthead')).toBe(before);
    expect(await newTab.alerts()).toEqual([]);
    await newTab.close();
    await closer.writeStorage({ shortcuts: { version: 1, show: false } });
  });
});

/*
 * Only Firefox lets a headless browser answer the permission prompt (a pref answers it
 * "Allow"): the opt-in itself, with the real `topSites`, runs there; the component tests
 * cover both answers in both browsers.
 */
describe.runIf(browsers.some(([name]) => name === 'firefox'))('turning them on and off in Firefox', () => {
  let firefox: FirefoxWithCloser;
  beforeAll(async () => {
    firefox = await launchFirefoxWithCloser({ profileDir: newProfileDir(), timeZone: 'Europe/London', install: true });
  });
  afterAll(() => firefox?.close());

  it('are asked for on the welcome page, shown on the new tab as links, and given back when she hides them', async () => {
    await firefox.allowOptionalPermissions();
    await firefox.addHistory([
      { url: 'https://www.example.com/news', title: 'Morning News' },
      { url: 'https://school.example.org/', title: '' },
    ]);
    const welcome = await firefox.findTab('welcome.html', '#welcome');
    await welcome.clickButton('Show my most visited sites');
    await expect.poll(async () => (await firefox.readStorage()).shortcuts).toEqual({ version: 1, show: true });
    expect(await welcome.permissions()).toContain('topSites');

    const newTab = await firefox.openNewTab();
    await expect
      .poll(async () => (await newTab.shortcuts()).links)
      .toEqual([
        ['EMorning News', 'https://www.example.com/news'],
        ['Sschool.example.org', 'https://school.example.org/'],
      ]);
    await newTab.clickButton('Hide my most visited sites');
    await expect.poll(async () => (await newTab.shortcuts()).links).toEqual([]);
    await expect.poll(() => newTab.permissions()).not.toContain('topSites');
    expect((await firefox.readStorage()).shortcuts).toEqual({ version: 1, show: false });

    const next = await firefox.openNewTab();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await next.shortcuts()).toEqual({ links: [], scriptLoaded: false });
    expect(await firefox.consoleErrors()).toEqual([]);
  });
});
