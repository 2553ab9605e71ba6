import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import type { BrowserWithCloser, Launch } from './driver';

/*
 * Her search box on the new tab searches with her browser's own default engine (the
 * browser's `search` API: Closer itself sends nothing), with no install warning and no
 * other permission. The network is closed here: the browser's own
 * request for the results is answered by the test (Chromium) or fails (Firefox); either way
 * the tab has left Closer's page for the engine's address.
 */
describe.sequential.each(browsers)('her search box in %s', (_, launch: Launch) => {
  let closer: BrowserWithCloser;
  beforeAll(async () => {
    closer = await launch({ profileDir: newProfileDir(), timeZone: 'Europe/London', install: true });
  });
  afterAll(() => closer?.close());

  it('adds no install warning with `search`', async () => {
    // Chromium warns of the new-tab override itself, whatever the permissions: compare with and without.
    const before = await closer.installWarnings(['storage', 'alarms']);
    expect(await closer.installWarnings()).toEqual(before);
    // The same check does find a warning where there is one (reading her most visited sites).
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

  it('holds storage, alarms and search, and no permission to read her most visited sites', async () => {
    const newTab = await closer.openNewTab();
    const permissions = await newTab.permissions();
    expect(permissions).toEqual(expect.arrayContaining(['storage', 'alarms', 'search']));
    // Chromium also lists the new-tab override, which is no permission she grants.
    expect(permissions.filter((name) => !['storage', 'alarms', 'search', 'newTabPageOverride'].includes(name))).toEqual(
      [],
    );
    await newTab.close();
  });

  it('searches what she types with her default engine, in the same tab, when she presses Enter', async () => {
    const newTab = await closer.openNewTab();
    const address = await newTab.search('tomato soup');
    expect(address).toMatch(/^https?:\/\//);
    expect(decodeURIComponent(address.replaceAll('+', ' '))).toContain('tomato soup');
  });
});
