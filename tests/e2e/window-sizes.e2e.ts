import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '@/utils/i18n/language';
import { tipsIn } from '@/utils/tips/library';
import type { Tip } from '@/utils/tips/tips';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import type { BrowserWithCloser, CloserPage, Launch } from './driver';
import { inPage } from './in-page';
import { setTodaysTip } from './stored';

/*
 * The new tab on the windows mothers have most: the check-in, the one thing she presses every
 * day, is whole in the window without scrolling, open and checked in, with the tip of typical
 * length and the longest tips of each language. A browser's tabs and toolbar take about 110 px
 * of the screen. Russian runs longest (its headlines often take three lines). And at every
 * width, from a narrow window to a wide screen, the button's words keep to one line and her
 * search stands clear of the masthead.
 */
const LAPTOP_WINDOWS = [
  { name: 'a 1366×768 laptop', width: 1366, height: 657 },
  { name: 'a 1920×1080 screen at 125%', width: 1536, height: 730 },
  { name: 'a 1280×800 screen', width: 1280, height: 690 },
  { name: 'a 1440×900 MacBook Air', width: 1440, height: 789 },
];
const TIME_ZONE = 'Europe/Vienna';

/** How much room a tip takes: a headline's letters count three times, as they are set three times as large. */
const room = (tip: Tip) => tip.headline.length * 3 + tip.body.length;
const longestBy = (measure: (tip: Tip) => number, tips: readonly Tip[], count: number) =>
  [...tips].sort((a, b) => measure(b) - measure(a)).slice(0, count);

/**
 * The tip of typical length in English (the median by room), in `language`; then `language`'s
 * longest, three ways, as a three-line headline or a long body can each be the one that pushes
 * the button down (every tip was measured at these windows once: `docs/design.md`).
 */
function tipsToTry(language: Language): Tip[] {
  const english = longestBy(room, tipsIn('en').all, Infinity);
  const { id } = english[Math.floor(english.length / 2)]!;
  const own = tipsIn(language).all;
  const tried = [
    own.find((tip) => tip.id === id)!,
    ...longestBy(room, own, 6),
    ...longestBy((tip) => tip.headline.length, own, 3),
    ...longestBy((tip) => tip.body.length, own, 5),
  ];
  return tried.filter((tip, index) => tried.indexOf(tip) === index);
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

/**
 * How many lines the check-in button's words take (its own text, not the "click to undo" under
 * it), the window's width, and what of the button is moving: sizes must follow the window at
 * once, never in a transition (only the pressed state's colours and its mark move).
 */
function checkInLinesInPage() {
  const button = document.querySelector('[data-testid="checkin"]')!;
  const words = [...button.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
  const range = document.createRange();
  range.selectNodeContents(words);
  return {
    lines: new Set([...range.getClientRects()].map(({ top }) => Math.round(top))).size,
    width: innerWidth,
    sizesMoving: button
      .getAnimations({ subtree: true })
      .map((animation) => (animation as CSSTransition).transitionProperty)
      .filter((property) => /size|width|height|padding|margin|gap|inset/.test(property)),
  };
}

/**
 * How far the search field stands below Closer's name and the links beside it, counting only
 * the words it would reach under (`Infinity` where it reaches under none).
 */
function searchClearanceInPage() {
  const search = document.querySelector('[data-testid="search"]')!.getBoundingClientRect();
  const words = [...document.querySelectorAll('.masthead .wordmark, .masthead a')].map((el) =>
    el.getBoundingClientRect(),
  );
  const above = words.filter(({ left, right }) => left < search.right && right > search.left);
  return Math.min(...above.map(({ bottom }) => search.top - bottom));
}

/** Clicks the check-in button if it isn't `pressed` yet, then waits until the page says it is. */
async function showPressed(page: CloserPage, pressed: 'true' | 'false'): Promise<void> {
  if ((await page.state()).pressed !== pressed) await page.clickCheckIn();
  await expect.poll(async () => (await page.state()).pressed).toBe(pressed);
}

/** A fresh browser with Closer, in `language` (English is the browser's own). */
const launchIn = (launch: Launch, language: Language) =>
  launch({
    profileDir: newProfileDir(),
    timeZone: TIME_ZONE,
    install: true,
    language: language === 'en' ? undefined : language,
  });

describe.sequential.each(browsers)('the new tab at every window size in %s', (_, launch: Launch) => {
  let closer: BrowserWithCloser | undefined;
  afterEach(() => closer?.close());

  it.each(['en', 'ja', 'ru'] as const)(
    '%s: on the windows of common laptops, open and checked in',
    async (language) => {
      closer = await launchIn(launch, language);
      const [first, ...others] = tipsToTry(language);
      await setTodaysTip(closer, first!);

      const newTab = await closer.openNewTab();
      const sight = () =>
        newTab.evaluate(inPage(checkInInSightInPage)) as Promise<ReturnType<typeof checkInInSightInPage>>;
      for (const tip of [first!, ...others]) {
        // The page follows storage: the next tip replaces this one where it stands.
        if (tip !== first) await setTodaysTip(closer, tip);
        await expect.poll(async () => (await newTab.state()).tip).toBe(tip.headline);
        for (const pressed of ['false', 'true'] as const) {
          await showPressed(newTab, pressed);
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
      }
    },
  );

  it.each(['en', 'ja', 'ru'] as const)(
    '%s: at every window width, the button’s words keep to one line (open and checked in), and the search stands clear of the masthead',
    async (language) => {
      closer = await launchIn(launch, language);
      const newTab = await closer.openNewTab();
      const lines = () => newTab.evaluate(inPage(checkInLinesInPage)) as Promise<ReturnType<typeof checkInLinesInPage>>;
      for (const pressed of ['false', 'true'] as const) {
        await showPressed(newTab, pressed);
        // Wide to narrow and back: her type shrinks with the window, so the button's sizes change on the way.
        for (const width of [
          1440, 560, 1400, 600, 1360, 640, 1320, 680, 1280, 720, 1240, 760, 1200, 800, 1160, 840, 1120, 880, 1080, 920,
          1040, 960, 1000,
        ]) {
          await newTab.resize(width, 900);
          const where = `${width} px wide, checked in: ${pressed}`;
          await expect.poll(async () => (await lines()).width, { message: where }).toBe(width);
          const { lines: taken, sizesMoving } = await lines();
          expect(sizesMoving, where).toEqual([]);
          expect(taken, where).toBe(1);
          expect(await newTab.evaluate(inPage(searchClearanceInPage)), where).toBeGreaterThanOrEqual(8);
        }
      }
    },
  );
});
