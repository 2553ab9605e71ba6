import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import jaTips from '@/assets/tips/ja.json';
import ruTips from '@/assets/tips/ru.json';
import { App as NewTab } from '@/entrypoints/newtab/App';
import { App as SettingsPage } from '@/entrypoints/options/App';
import { inHerLanguage } from '@/hooks/her-language';
import { t } from '@/utils/i18n/i18n';
import { drawFirstFrame } from '@/utils/first-frame/first-frame';
import { SNAPSHOT_KEY } from '@/utils/first-frame/page-snapshot';
import { whereabouts } from '@/utils/days/travel';
import { dailyWordsIn } from '@/utils/i18n/words-in';
import jaMessages from '@/public/_locales/ja/messages.json';
import ruMessages from '@/public/_locales/ru/messages.json';
import { rotationOn } from './fixtures';
import { writeCopy } from '../support/copy';

/*
 * Her language, chosen in the settings when it is not her browser's (English here): the new tab
 * speaks it from the words the background stores, every other page from the extension's own
 * file, and each follows a new choice at once.
 */
const TODAY = '2026-11-25';
const jaTip = jaTips[0]!;
const ruTip = ruTips[0]!;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.documentElement.lang = '';
});

describe('the new tab in the language she chose', () => {
  it('speaks Japanese from the stored words, in <html lang> and its own <main lang>, and English again once they go', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 15, 30));
    await fakeBrowser.storage.local.set({
      rotation: { ...rotationOn(TODAY), tip: jaTip },
      checkIns: { days: [] },
      words: dailyWordsIn('ja'),
    });
    render(<NewTab />);
    await waitFor(() => expect(screen.getByTestId('tip-title').textContent).toBe(jaTip.headline));
    expect(screen.getByTestId('checkin').textContent).toContain(jaMessages.checkinButton.message);
    expect(screen.getByTestId('another-tip').textContent).toBe(jaMessages.anotherTip.message);
    expect(document.documentElement.lang).toBe('ja');
    expect(screen.getByRole('main').lang).toBe('ja');

    await fakeBrowser.storage.local.remove('words');
    await waitFor(() => expect(screen.getByTestId('another-tip').textContent).toBe('Another tip for today'));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('main').lang).toBe('en');
  });
});

describe('the settings page’s language', () => {
  it('is a select of English, 日本語 and Русский, showing the language the page speaks', async () => {
    render(<SettingsPage year={2026} />);
    const select = (await screen.findByLabelText('Language')) as HTMLSelectElement;
    expect(select.id).toBe('language');
    expect(select.dataset.testid).toBe('language');
    expect([...select.options].map((option) => [option.value, option.text, option.lang])).toEqual([
      ['en', 'English', 'en'],
      ['ja', '日本語', 'ja'],
      ['ru', 'Русский', 'ru'],
    ]);
    expect(select.value).toBe('en');
  });

  it('stores her choice, forgets the old copy, and draws the next new tab’s and popup’s first frame in hers once today’s tip is', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 15, 30));
    writeCopy(localStorage, { rotation: rotationOn(TODAY), checkIns: { days: [] } });
    render(<SettingsPage year={2026} />);
    const select = (await screen.findByLabelText('Language')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'ru' } });
    await expect.poll(async () => (await fakeBrowser.storage.local.get('language')).language).toBe('ru');
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBe('');

    // The background's part: her words for the daily pages, then today's tip (the same tip) in Russian.
    await fakeBrowser.storage.local.set({ words: dailyWordsIn('ru'), checkIns: { days: [TODAY] } });
    await fakeBrowser.storage.local.set({ rotation: { ...rotationOn(TODAY), tip: ruTip } });
    for (const page of ['newtab', 'popup'] as const) {
      const root = document.body.appendChild(Object.assign(document.createElement('div'), { id: 'app' }));
      await waitFor(() =>
        expect(
          drawFirstFrame({
            page,
            root,
            store: localStorage,
            today: TODAY,
            now: () => whereabouts(new Date()),
            save: async () => undefined,
            nonce: () => 'n',
            search: async () => undefined,
          }),
        ).toBeDefined(),
      );
      expect(root.querySelector('[data-testid="tip-title"]')!.textContent).toBe(ruTip.headline);
      expect(root.querySelector('[data-testid="checkin"]')!.getAttribute('aria-pressed')).toBe('true');
      expect(root.textContent).toContain(ruMessages.checkinButton.message);
      expect(root.querySelector('main')!.lang).toBe('ru');
      root.remove();
    }
    // The settings page itself still speaks its own words.
    expect(screen.getByLabelText('Language')).toBeTruthy();
  });
});

describe('every other page in her language', () => {
  /** The extension's own `_locales` files, as `fetch` reads them in the page. */
  function stubLocales() {
    const files: Record<string, unknown> = {
      '/_locales/ja/messages.json': jaMessages,
      '/_locales/ru/messages.json': ruMessages,
    };
    const fetch = vi.fn<(url: string) => Promise<Response>>(
      async (url: string) => ({ json: async () => files[url] }) as Response,
    );
    vi.stubGlobal('fetch', fetch);
    return fetch;
  }

  it('is drawn once, in her browser’s language, with nothing to fetch', async () => {
    const fetch = stubLocales();
    const draw = vi.fn<() => string>(() => t('settingsTitle'));
    inHerLanguage(draw);
    await waitFor(() => expect(draw).toHaveBeenCalledOnce());
    expect(draw).toHaveLastReturnedWith('Closer settings');
    expect(document.documentElement.lang).toBe('en');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is drawn in the language she chose, and again in each language she chooses next, never before its words are there', async () => {
    stubLocales();
    await fakeBrowser.storage.local.set({ language: 'ja' });
    const draw = vi.fn<() => string>(() => t('settingsTitle'));
    inHerLanguage(draw);
    await waitFor(() => expect(draw).toHaveBeenCalledOnce());
    expect(draw).toHaveLastReturnedWith(jaMessages.settingsTitle.message);
    expect(document.documentElement.lang).toBe('ja');

    await fakeBrowser.storage.local.set({ language: 'ru' });
    await waitFor(() => expect(draw).toHaveBeenCalledTimes(2));
    expect(draw).toHaveLastReturnedWith(ruMessages.settingsTitle.message);
    expect(document.documentElement.lang).toBe('ru');

    await fakeBrowser.storage.local.set({ language: 'en' });
    await waitFor(() => expect(draw).toHaveBeenCalledTimes(3));
    expect(draw).toHaveLastReturnedWith('Closer settings');
  });

  it('is drawn in her browser’s language, not left empty, if her language’s file could not be read', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<() => Promise<Response>>(() => Promise.reject(new Error('unreadable'))),
    );
    await fakeBrowser.storage.local.set({ language: 'ru' });
    const draw = vi.fn<() => string>(() => t('settingsTitle'));
    inHerLanguage(draw);
    await waitFor(() => expect(draw).toHaveBeenCalledOnce());
    expect(draw).toHaveLastReturnedWith('Closer settings');
  });
});
