import { afterAll, describe, expect, it } from 'vitest';
import enTips from '@/assets/tips/en.json';
import jaTips from '@/assets/tips/ja.json';
import ruTips from '@/assets/tips/ru.json';
import en from '@/public/_locales/en/messages.json';
import ja from '@/public/_locales/ja/messages.json';
import ru from '@/public/_locales/ru/messages.json';
import { fillIn, wordsOf, type MessagesFile } from '@/utils/i18n/words';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import { LIBRARY_WHOLE, type BrowserWithCloser, type CloserPage, type Launch } from './driver';

/*
 * Closer in Japanese and in Russian, in each browser: with the browser itself in that language,
 * the daily loop speaks it (tip, check-in, streak, the badge's tooltip), and the popup at its
 * real size clips nothing; and in a browser in English, choosing a language in the settings
 * changes an open new tab and popup at once, and the next new tab.
 */
const MESSAGES = { en, ja, ru } as Record<string, MessagesFile>;
const TIPS: Record<string, Array<{ id: string; headline: string }>> = { en: enTips, ja: jaTips, ru: ruTips };
const ZONES: Record<string, string> = { ja: 'Asia/Tokyo', ru: 'Europe/Moscow' };

/** `name` in `language`, as the browser says it, with `substitutions`. */
const say = (language: string, name: string, ...substitutions: Array<string | number>) =>
  fillIn(wordsOf(MESSAGES[language]!)[name]!, substitutions.map(String));
/** A count's words in `language`, by its plural rules. */
const sayCount = (language: string, base: string, count: number) =>
  say(language, `${base}_${new Intl.PluralRules(language).select(count)}`, count);
/** The headline of the tip `id` in `language`. */
const headline = (language: string, id: string) => TIPS[language]!.find((tip) => tip.id === id)!.headline;
const todaysTipId = async (closer: BrowserWithCloser) =>
  ((await closer.readStorage()).rotation as { tip: { id: string } }).tip.id;

describe.sequential.each(browsers)('%s', (_, launch: Launch) => {
  describe.sequential.each(['ja', 'ru'])('with the browser in %s', (language) => {
    let closer: BrowserWithCloser | undefined;
    afterAll(() => closer?.close());

    it('the daily loop speaks it: the tip, the check-in, the streak and the badge’s tooltip', async () => {
      closer = await launch({ profileDir: newProfileDir(), timeZone: ZONES[language]!, install: true, language });
      const newTab = await closer.openNewTab();
      const id = await todaysTipId(closer);
      expect((await newTab.state()).tip).toBe(headline(language, id));
      expect(await newTab.lang()).toBe(language);
      expect(await newTab.text()).toContain(say(language, 'checkinQuestion'));
      await expect.poll(async () => (await closer!.readBadge()).title).toBe(say(language, 'badgeStart'));

      await newTab.clickCheckIn();
      await expect
        .poll(() => newTab.state())
        .toMatchObject({ pressed: 'true', streak: sayCount(language, 'streakDays', 1) });
      await expect.poll(async () => (await closer!.readBadge()).title).toBe(sayCount(language, 'badgeConnected', 1));
      await newTab.close();
    });

    it('the popup, at its real size, clips and overflows nothing, before and after the check-in', async () => {
      const popup = await closer!.openPopup();
      expect(await popup.lang()).toBe(language);
      expect((await popup.state()).pressed).toBe('true');
      expect(await popup.overflowing()).toEqual([]);
      await popup.clickCheckIn();
      await expect.poll(() => popup.state()).toMatchObject({ pressed: 'false' });
      expect(await popup.text()).toContain(say(language, 'checkinButton'));
      expect(await popup.overflowing()).toEqual([]);
      await popup.close();
    });

    it('the settings page and her library speak it too', async () => {
      const settings = await closer!.openPage('options.html', '#settings h1');
      expect(await settings.lang()).toBe(language);
      expect(await settings.text()).toContain(say(language, 'settingsTitle'));
      await settings.close();
      const library = await closer!.openPage('library.html', LIBRARY_WHOLE);
      expect(await library.text()).toContain(headline(language, await todaysTipId(closer!)));
      await library.close();
    });
  });

  describe('with the browser in English, a language chosen in the settings', () => {
    let closer: BrowserWithCloser | undefined;
    afterAll(() => closer?.close());

    /** The page shows today's tip (the same tip) and its check-in in `language`. */
    async function speaks(page: CloserPage, language: string) {
      const id = await todaysTipId(closer!);
      await expect.poll(async () => (await page.state()).tip).toBe(headline(language, id));
      await expect.poll(() => page.text()).toContain(say(language, 'checkinButton'));
      // The page's own language once its app is up (its first frame's <main> carries it before).
      await expect.poll(() => page.lang()).toBe(language);
    }

    it('changes an open new tab and popup at once, then the next new tab, and never today’s tip', async () => {
      closer = await launch({ profileDir: newProfileDir(), timeZone: 'Europe/London', install: true });
      const newTab = await closer.openNewTab();
      const popup = await closer.openPopup();
      const id = await todaysTipId(closer);
      await speaks(newTab, 'en');
      const settings = await closer.openPage('options.html', '#settings h1');

      for (const language of ['ja', 'ru', 'en']) {
        await settings.choose('#language', language);
        await expect.poll(() => settings.text()).toContain(say(language, 'settingsTitle'));
        await speaks(newTab, language);
        await speaks(popup, language);
        expect(await todaysTipId(closer)).toBe(id);
        if (language !== 'en') {
          await expect.poll(async () => (await closer!.readBadge()).title).toBe(say(language, 'badgeStart'));
          expect(await popup.overflowing()).toEqual([]);
        }
        const next = await closer.openNewTab();
        await speaks(next, language);
        await next.close();
      }
      await settings.close();
      await popup.close();
      await newTab.close();
    });

    it('with no new tab or popup open, the next one is drawn in her language from its first frame', async () => {
      const settings = await closer!.openPage('options.html', '#settings h1');
      await settings.choose('#language', 'ja');
      const id = await todaysTipId(closer!);
      await expect
        .poll(async () => ((await closer!.readStorage()).rotation as { tip: { headline: string } }).tip.headline)
        .toBe(headline('ja', id));
      // The settings page draws the new copy once the background has today's tip in Japanese.
      await expect.poll(() => closer!.readLocalStorage('closer.lastShown')).toContain(headline('ja', id));
      await settings.close();
      const sight = await closer!.openPopupAtFirstSight('look');
      expect(sight.appScript).toBe(false);
      expect(sight.state.tip).toBe(headline('ja', id));
      await sight.page?.close();
    });
  });
});
