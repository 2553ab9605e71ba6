import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import type { BrowserWithCloser, Launch } from './driver';
import { launchFirefoxWithCloser, type FirefoxWithCloser } from './firefox';

/*
 * Her search box on the new tab searches with her browser's own default engine (the
 * browser's `search` API: Closer itself sends nothing), and her most visited sites are
 * asked for only when she turns them on. The network is closed here: the browser's own
 * request for the results is answered by the test (Chromium) or fails (Firefox); either way
 * the tab has left Closer's page for the engine's address.
 */
describe.sequential.each(browsers)('her search box in %s', (_, launch: Launch) => {
  let closer: BrowserWithCloser;
  beforeAll(async () => {
    closer = await launch({ profileDir: newProfileDir(), timeZone: 'Europe/London', install: true });
  });
  afterAll(() => closer?.close());

  it('adds no install warning with `search`; `topSites`, which would, is only optional', async () => {
    // Chromium warns of the new-tab override itself, whatever the permissions: compare with and without.
    const before = await closer.installWarnings(['storage', 'alarms']);
    expect(await closer.installWarnings()).toEqual(before);
    // The same check does find a warning where there is one: that is why `topSites` waits for her click.
    expect(await closer.installWarnings(['storage', 'alarms', 'search', 'topSites'])).toHaveLength(before.length + 1);
  });

  it('is on the new tab: a labelled search field in a search form, which leaves the focus alone', async () => {
    const newTab = await closer.openNewTab();
    expect(await newTab.searchField()).toEqual({
      type: 'search',
      label: 'Search the web',
      inSearchForm: true,
      focused: false,
    });
    await newTab.close();
  });

  it('holds no permission to read her most visited sites before she turns them on', async () => {
    const newTab = await closer.openNewTab();
    const permissions = await newTab.permissions();
    expect(permissions).toEqual(expect.arrayContaining(['storage', 'alarms', 'search']));
    expect(permissions).not.toContain('topSites');
    await newTab.close();
  });

  it('searches what she types with her default engine, in the same tab, when she presses Enter', async () => {
    const newTab = await closer.openNewTab();
    const address = await newTab.search('tomato soup');
    expect(address).toMatch(/^https?:\/\//);
    expect(decodeURIComponent(address.replaceAll('+', ' '))).toContain('tomato soup');
  });
});

/*
 * Only Firefox lets a headless browser answer the permission prompt (a pref answers it
 * "Allow"): the opt-in itself, with the real `topSites`, runs there; the component tests
 * cover both answers in both.
 */
describe.runIf(browsers.some(([name]) => name === 'firefox'))('her most visited sites in Firefox', () => {
  let firefox: FirefoxWithCloser;
  beforeAll(async () => {
    firefox = await launchFirefoxWithCloser({ profileDir: newProfileDir(), timeZone: 'Europe/London', install: true });
  });
  afterAll(() => firefox?.close());

  const links = (tab: Awaited<ReturnType<FirefoxWithCloser['openNewTab']>>) =>
    tab.page.evaluate(() =>
      [...document.querySelectorAll('main a')].map((a) => [a.textContent, a.getAttribute('href')]),
    );

  it('are asked for when she turns them on, shown as links, and given back when she turns them off', async () => {
    await firefox.allowOptionalPermissions();
    await firefox.addHistory([
      { url: 'https://www.example.com/news', title: 'Morning News' },
      { url: 'https://school.example.org/', title: '' },
    ]);
    const tab = await firefox.openNewTab();
    expect(await links(tab)).toEqual([]);
    await tab.clickButton('Show my most visited sites');
    await expect
      .poll(() => links(tab))
      .toEqual([
        ['EMorning News', 'https://www.example.com/news'],
        ['Sschool.example.org', 'https://school.example.org/'],
      ]);
    expect(await tab.permissions()).toContain('topSites');
    expect((await firefox.readStorage()).shortcuts).toEqual({ version: 1, show: true });

    const next = await firefox.openNewTab();
    await expect.poll(() => links(next)).toHaveLength(2);
    await next.clickButton('Hide my most visited sites');
    await expect.poll(() => links(next)).toEqual([]);
    await expect.poll(() => next.permissions()).not.toContain('topSites');
    expect((await firefox.readStorage()).shortcuts).toEqual({ version: 1, show: false });
    expect(await firefox.consoleErrors()).toEqual([]);
  });
});
