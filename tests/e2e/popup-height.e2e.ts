import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '@/utils/i18n/language';
import { tipsIn } from '@/utils/tips/library';
import type { Tip } from '@/utils/tips/tips';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import type { BrowserWithCloser, Launch } from './driver';
import { inPage } from './in-page';
import { setTodaysTip } from './stored';
import { zonedDay } from './zoned-time';

/*
 * The popup, at its fullest, stays within the 600 px both browsers give a popup (taller, and
 * her links at its foot scroll out of sight): in each language, today's tip the one with the
 * longest headline, a longest run and the kinder count under the streak, checked in, with her
 * line about the day. And its theme line, beside the heart, breaks only after the dot: "Today's
 * small step" stays whole on its line, clear of the heart.
 */
const POPUP_MAX_PX = 600;
const TIME_ZONE = 'Europe/Berlin';

/** The tip of `language` with the longest headline, whole, as the background stores today's. */
const longestHeadline = (language: Language): Tip =>
  tipsIn(language).all.reduce((longest, tip) => (tip.headline.length > longest.headline.length ? tip : longest));

/**
 * A run of 9 days a fortnight ago, and the 6 days up to yesterday: today's check-in makes a
 * week, whose milestone has the longest words a connected day gets in English and Russian (an
 * ordinary day's line changes with the date), and 7 of the last 7.
 */
const herDays = () => [
  ...Array.from({ length: 9 }, (_, i) => zonedDay(TIME_ZONE, -22 + i)),
  ...Array.from({ length: 6 }, (_, i) => zonedDay(TIME_ZONE, -6 + i)),
];

/**
 * Where the theme line's lead ("Today's small step ·") lies: how many lines it takes and its
 * right edge; the heart's left and right edges; the right edge of the page's content.
 */
function themeLeadInPage(): {
  lines: number;
  right: number;
  heartLeft: number;
  heartRight: number;
  contentRight: number;
} {
  const theme = document.querySelector('.tip-theme')!;
  const walker = document.createTreeWalker(theme, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  range.setStart(theme, 0);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const dot = text.textContent!.indexOf('·');
    if (dot >= 0) {
      range.setEnd(text, dot + 1);
      break;
    }
  }
  const tops = new Set(
    [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
  );
  const heart = document.querySelector('[data-testid="favourite"]')!.getBoundingClientRect();
  const page = document.querySelector('.daily')!;
  const contentRight = page.getBoundingClientRect().right - parseFloat(getComputedStyle(page).paddingRight);
  return {
    lines: tops.size,
    right: range.getBoundingClientRect().right,
    heartLeft: heart.left,
    heartRight: heart.right,
    contentRight,
  };
}

describe.sequential.each(browsers)('the popup at its fullest in %s', (_, launch: Launch) => {
  let closer: BrowserWithCloser | undefined;
  afterEach(() => closer?.close());

  it.each(['en', 'ja', 'ru'] as const)(
    '%s: it fits in 600 px, and its theme line breaks only after the dot',
    async (language) => {
      closer = await launch({
        profileDir: newProfileDir(),
        timeZone: TIME_ZONE,
        install: true,
        language: language === 'en' ? undefined : language,
      });
      const longest = longestHeadline(language);
      await setTodaysTip(closer, longest, { checkIns: { days: herDays() } });

      const popup = await closer.openPopup();
      await expect.poll(async () => (await popup.state()).tip).toBe(longest.headline);
      await popup.clickCheckIn();
      await expect.poll(async () => (await popup.state()).pressed).toBe('true');
      await expect.poll(() => popup.evaluate(inPage(() => !!document.querySelector('.note-line input')))).toBe(true);
      const lines = (await popup.evaluate(
        inPage(() =>
          ['[data-testid="longest-streak"]', '[data-testid="last-seven"]'].map(
            (selector) => document.querySelector(selector)?.textContent ?? '',
          ),
        ),
      )) as string[];
      expect(
        lines.every((line) => /\d/.test(line)),
        `longest run and kinder count: ${lines.join(' / ')}`,
      ).toBe(true);
      const height = (await popup.evaluate(
        inPage(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
      )) as number;
      expect(height, `the popup in ${language}, "${longest.headline}"`).toBeLessThanOrEqual(POPUP_MAX_PX);

      // Each theme in turn as today's: a short one is where an even wrap would split the lead.
      const themes = new Map(tipsIn(language).all.map((tip) => [tip.theme, tip]));
      for (const [theme, tip] of themes) {
        await setTodaysTip(closer, tip);
        await expect.poll(async () => (await popup.state()).tip).toBe(tip.headline);
        const lead = (await popup.evaluate(inPage(themeLeadInPage))) as ReturnType<typeof themeLeadInPage>;
        expect(lead.lines, `"Today's small step" on one line in ${language}, with ${theme}`).toBe(1);
        expect(lead.right, `the lead clear of the heart, with ${theme}`).toBeLessThanOrEqual(lead.heartLeft);
        expect(lead.heartRight, `the heart within the page's margins, with ${theme}`).toBeLessThanOrEqual(
          lead.contentRight,
        );
      }
    },
  );
});
