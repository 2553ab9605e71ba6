// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import ja from '@/assets/tips/ja.json';
import ru from '@/assets/tips/ru.json';
import { parseRotation } from '@/utils/tips/parse-rotation';
import { anotherTipToday, refreshDay } from '@/utils/background/refresh-day';
import { library } from '@/utils/tips/library';
import jaMessages from '@/public/_locales/ja/messages.json';

/*
 * Her tips come in her browser's language, when Closer speaks it: the same tip, by id, in every
 * language, so a change of language never changes which tip is today's.
 */
const speaking = (tag: string) => vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(tag);
const todaysTip = async () => parseRotation((await fakeBrowser.storage.local.get('rotation')).rotation)!.tip;
const at = (hour: number) => new Date(2026, 11, 4, hour);

describe('her language', () => {
  it.each([
    ['ja-JP', ja],
    ['ru', ru],
    ['de-DE', library],
  ])('a browser in %s gets its tips in that language (German: English)', async (tag, tips) => {
    speaking(tag);
    await refreshDay(at(9), () => 77);
    expect(tips).toContainEqual(await todaysTip());
  });

  it('changes the words of today’s tip with the language, never the tip', async () => {
    speaking('en-US');
    await refreshDay(at(9), () => 77);
    await anotherTipToday(at(10));
    const english = await todaysTip();
    speaking('ja');
    await refreshDay(at(11));
    const japanese = await todaysTip();
    expect(japanese.id).toBe(english.id);
    expect(japanese).toEqual(ja.find(({ id }) => id === english.id));
    speaking('ru-RU');
    await refreshDay(at(12));
    expect(await todaysTip()).toEqual(ru.find(({ id }) => id === english.id));
  });
});

describe('the language she chose in the settings', () => {
  const choose = (language: unknown) => fakeBrowser.storage.local.set({ language });
  const stored = () => fakeBrowser.storage.local.get(null);
  const badgeTitle = () => fakeBrowser.action.getTitle({});

  it('speaks it over her browser’s: today’s tip (the same tip), the badge’s tooltip, and the new tab’s words', async () => {
    speaking('en-US');
    await refreshDay(at(9), () => 77);
    const english = await todaysTip();
    expect((await stored()).words).toBeUndefined();

    await choose('ja');
    await refreshDay(at(10));
    expect(await todaysTip()).toEqual(ja.find(({ id }) => id === english.id));
    expect(await badgeTitle()).toBe(jaMessages.badgeStart.message);
    const words = (await stored()).words as Record<string, string>;
    expect(words.pageLanguage).toBe('ja');
    expect(words.checkinButton).toBe(jaMessages.checkinButton.message);
    // Only what the new tab and the popup use: the settings page reads its own file.
    expect(words.settingsTitle).toBeUndefined();

    await choose('en');
    await refreshDay(at(11));
    expect(await todaysTip()).toEqual(english);
    expect((await stored()).words).toBeUndefined();
  });

  it('stores no words when she chose her browser’s own language', async () => {
    speaking('ru-RU');
    await choose('ru');
    await refreshDay(at(9), () => 77);
    expect(ru).toContainEqual(await todaysTip());
    expect((await stored()).words).toBeUndefined();
  });

  it('keeps a choice it can’t read aside, and speaks her browser’s language meanwhile', async () => {
    speaking('ja');
    await choose({ language: 'fr' });
    await refreshDay(at(9), () => 77);
    const all = await stored();
    expect(all.language).toBeUndefined();
    expect(Object.values(all)).toContainEqual({ value: { language: 'fr' }, from: 'language' });
    expect(ja).toContainEqual(await todaysTip());
  });

  it('keeps the new tab’s words aside if they can’t be read, and writes them afresh', async () => {
    speaking('en');
    await choose('ru');
    await fakeBrowser.storage.local.set({ words: ['not', 'words'] });
    await refreshDay(at(9), () => 77);
    const all = await stored();
    expect(Object.values(all)).toContainEqual({ value: ['not', 'words'], from: 'words' });
    expect((all.words as Record<string, string>).pageLanguage).toBe('ru');
  });
});
