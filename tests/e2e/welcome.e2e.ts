import { afterAll, afterEach, describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import type { BrowserWithCloser, Launch } from './driver';
import { inPage } from './in-page';

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

/** In each picture of where to click, how far the menu choice's words reach, and where the step's mark begins. */
function menuChoicesInPage(): { words: string; right: number; markLeft: number }[] {
  return [...document.querySelectorAll<SVGTextElement>('.pic-choice-text')].map((text) => {
    const box = text.getBBox();
    const middle = box.y + box.height / 2;
    // The step's mark on the choice's own line: the numbered circle nearest it up and down.
    const marks = [...text.ownerSVGElement!.querySelectorAll<SVGCircleElement>('circle.pic-step')];
    const mark = marks.reduce((nearest, circle) =>
      Math.abs(circle.cy.baseVal.value - middle) < Math.abs(nearest.cy.baseVal.value - middle) ? circle : nearest,
    );
    return {
      words: text.textContent ?? '',
      right: box.x + box.width,
      markLeft: mark.cx.baseVal.value - mark.r.baseVal.value,
    };
  });
}

describe.sequential.each(browsers)('the pictures of where to click in %s', (_, launch: Launch) => {
  let closer: BrowserWithCloser | undefined;
  afterEach(() => closer?.close());

  it.each(['en', 'ja', 'ru'] as const)('%s: the menu choice’s words end before the step’s mark', async (language) => {
    closer = await launch({
      profileDir: newProfileDir(),
      timeZone: TIME_ZONE,
      install: true,
      language: language === 'en' ? undefined : language,
    });
    const welcome = await closer.openPage('welcome.html', WELCOME_ROOT + ' h1');
    await welcome.click('.welcome-toggle'); // the other browser's picture too
    const choices = (await welcome.evaluate(inPage(menuChoicesInPage))) as ReturnType<typeof menuChoicesInPage>;
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices)
      expect(choice.right, `"${choice.words}" in ${language}`).toBeLessThanOrEqual(choice.markLeft);
  });
});
