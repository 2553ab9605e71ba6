import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import type { BrowserWithCloser, Launch } from './driver';
import { inPage } from './in-page';
import { setTodaysTip } from './stored';

/*
 * The new tab on the windows mothers have most: the check-in, the one thing she presses every
 * day, is whole in the window without scrolling, open and checked in, with the tip of typical
 * length in English, in English and in Russian (whose words run longest). A browser's tabs and
 * toolbar take about 110 px of the screen. Not yet: the longest Russian tips, checked in, on a
 * 1366×768 laptop (docs/design.md).
 */
const LAPTOP_WINDOWS = [
  { name: 'a 1366×768 laptop', width: 1366, height: 657 },
  { name: 'a 1920×1080 screen at 125%', width: 1536, height: 730 },
  { name: 'a 1280×800 screen', width: 1280, height: 690 },
  { name: 'a 1440×900 MacBook Air', width: 1440, height: 789 },
];
const TIME_ZONE = 'Europe/Vienna';

interface Tip {
  id: string;
  headline: string;
  body: string;
  moment?: string;
}

/** The tip of typical length in English (the median, counting a headline's letters three times), in `language`. */
function typicalTip(language: string): Tip {
  const length = (tip: Tip) => tip.headline.length * 3 + tip.body.length;
  const read = (lang: string) => JSON.parse(readFileSync(`assets/tips/${lang}.json`, 'utf8')) as Tip[];
  const daily = read('en').filter((tip) => !tip.moment);
  const { id } = daily.sort((a, b) => length(a) - length(b))[Math.floor(daily.length / 2)]!;
  return read(language).find((tip) => tip.id === id)!;
}

/** How far the check-in button's foot and the headline's top are from the window's top, and the window's height. */
function checkInInSightInPage() {
  const button = document.querySelector('[data-testid="checkin"]')!.getBoundingClientRect();
  const title = document.querySelector('[data-testid="tip-title"]')!.getBoundingClientRect();
  return {
    buttonFoot: Math.ceil(button.bottom),
    titleTop: Math.floor(title.top),
    window: innerHeight,
    scrolled: scrollY,
  };
}

describe.sequential.each(browsers)('the check-in in sight in %s', (_, launch: Launch) => {
  let closer: BrowserWithCloser | undefined;
  afterEach(() => closer?.close());

  it.each(['en', 'ru'])('%s: on the windows of common laptops, open and checked in', async (language) => {
    closer = await launch({
      profileDir: newProfileDir(),
      timeZone: TIME_ZONE,
      install: true,
      language: language === 'en' ? undefined : language,
    });
    const tip = typicalTip(language);
    await setTodaysTip(closer, tip);

    const newTab = await closer.openNewTab();
    const sight = () =>
      newTab.evaluate(inPage(checkInInSightInPage)) as Promise<ReturnType<typeof checkInInSightInPage>>;
    await expect.poll(async () => (await newTab.state()).tip).toBe(tip.headline);
    for (const pressed of ['false', 'true']) {
      if ((await newTab.state()).pressed !== pressed) await newTab.clickCheckIn();
      await expect.poll(async () => (await newTab.state()).pressed).toBe(pressed);
      for (const { name, width, height } of LAPTOP_WINDOWS) {
        await newTab.resize(width, height);
        await newTab.evaluate('scrollTo(0, 0)');
        const where = `${name} (${width}×${height}), checked in: ${pressed}, "${tip.headline}"`;
        await expect.poll(async () => (await sight()).window, { message: where }).toBe(height);
        const { buttonFoot, titleTop, scrolled } = await sight();
        expect(scrolled, where).toBe(0);
        expect(titleTop, where).toBeGreaterThanOrEqual(0);
        expect(buttonFoot, where).toBeLessThanOrEqual(height);
      }
    }
  });
});
