import { afterAll, describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import type { BrowserWithCloser, Launch } from './driver';

const TIME_ZONE = 'Europe/Dublin';
/** The acceptance contract's root of the welcome page. */
const WELCOME_ROOT = '#welcome[data-testid="welcome"]';
const isWelcome = (url: string) => url.endsWith('/welcome.html');

describe.sequential.each(browsers)('the welcome page in %s', (_, launch: Launch) => {
  const profileDir = newProfileDir();
  let browser: BrowserWithCloser | undefined;

  afterAll(() => browser?.close());

  /**
   * Once the background's first pass is done (it has given the badge her words for a fresh
   * day) and a moment more, so a welcome tab opened late would be there to count.
   */
  async function settled(closer: BrowserWithCloser) {
    await expect
      .poll(async () => (await closer.readBadge()).title, { timeout: 15_000 })
      .toBe('Closer: did you two connect today?');
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }

  it('a fresh install opens one welcome tab; its button opens today’s tip in a new tab, and closing it loses nothing', async () => {
    browser = await launch({ profileDir, timeZone: TIME_ZONE, install: true });
    const welcome = await browser.findTab('welcome.html', WELCOME_ROOT);
    await settled(browser);
    expect((await browser.tabUrls()).filter(isWelcome)).toHaveLength(1);
    expect(await welcome.text()).toContain(messages.welcomeTitle.message);
    expect(await welcome.text()).toContain(messages.welcomePrivacy.message);

    const tabs = (await browser.tabUrls()).length;
    await welcome.clickButton(messages.welcomeOpenTip.message);
    const tipTab = await browser.findTab('newtab.html', '[data-testid="tip-title"]');
    expect(await browser.tabUrls()).toHaveLength(tabs + 1);
    const { tip } = await tipTab.state();
    expect(tip).not.toBe('');

    // Closed before the browser quits, so no restored session could bring it back: any welcome tab after the restart is a new one.
    await welcome.close();
    const newTab = await browser.openNewTab();
    expect((await newTab.state()).tip).toBe(tip);
  });

  it('a real restart opens no welcome tab', async () => {
    await browser!.close();
    browser = await launch({ profileDir, timeZone: TIME_ZONE, install: false });
    await settled(browser);
    expect((await browser.tabUrls()).filter(isWelcome)).toEqual([]);
  });
});
