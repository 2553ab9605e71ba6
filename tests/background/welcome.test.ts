// @vitest-environment node
import { afterEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';

// The polyfill's types know Firefox's reasons; Chrome's own (`chrome_update`, `shared_module_update`) come too.
type Reason = Parameters<Parameters<typeof fakeBrowser.runtime.onInstalled.addListener>[0]>[0]['reason'];

const welcomeTabs = async () =>
  (await fakeBrowser.tabs.query({})).filter((tab) => tab.url === fakeBrowser.runtime.getURL('/welcome.html'));

// The background's own pass is still settling storage: let it finish before the next test resets the fake.
afterEach(() => new Promise((resolve) => setTimeout(resolve, 0)));

it.each<[string, number]>([
  ['install', 1],
  ['update', 0],
  ['browser_update', 0],
  ['chrome_update', 0],
  ['shared_module_update', 0],
])('onInstalled with reason %s opens %i welcome tab', async (reason, tabs) => {
  background.main!();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: reason as Reason, temporary: false });
  expect(await welcomeTabs()).toHaveLength(tabs);
});

it('a browser start opens no welcome tab', async () => {
  background.main!();
  await fakeBrowser.runtime.onStartup.trigger();
  expect(await welcomeTabs()).toHaveLength(0);
});
