// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import ja from '@/assets/tips/ja.json';
import ru from '@/assets/tips/ru.json';
import { parseRotation } from '@/utils/parse-rotation';
import { anotherTipToday, refreshDay } from '@/utils/refresh-day';
import { library } from '@/utils/library';

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
