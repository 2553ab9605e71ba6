import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import moment from '@/entrypoints/moment';
import { speak } from '@/utils/i18n/i18n';
import { localDay } from '@/utils/days/day';
import { dailyWordsIn } from '@/utils/i18n/words-in';
import ja from '@/public/_locales/ja/messages.json';
import en from '@/public/_locales/en/messages.json';

/*
 * The scripts the new tab loads for some mothers (here the moment of the week's line) speak the
 * language she chose from the words the background stores, and draw again when she chooses another.
 */
beforeEach(() => {
  document.body.replaceChildren(Object.assign(document.createElement('span'), { className: 'wordmark' }));
});
afterEach(() => {
  speak(undefined);
  document.body.replaceChildren();
});

it('the moment of the week’s line is in her language, and changes with it, its button still working', async () => {
  await fakeBrowser.storage.local.set({
    momentOfWeek: { moment: 'exams', from: localDay(new Date()) },
    words: dailyWordsIn('ja'),
  });
  await moment.main();
  const line = () => document.querySelector('[data-testid="moment-line"]')!;
  expect(line().textContent).toContain(ja.momentExams.message);
  expect(line().querySelector('button')!.textContent).toBe(ja.momentLineEnd.message);

  await fakeBrowser.storage.local.remove('words');
  await vi.waitFor(() => expect(line().querySelector('button')!.textContent).toBe(en.momentLineEnd.message));
  expect(line().textContent).toContain(en.momentExams.message);
  expect(document.querySelectorAll('[data-testid="moment-line"]')).toHaveLength(1);

  (line().querySelector('button') as HTMLButtonElement).click();
  expect(document.querySelector('[data-testid="moment-line"]')).toBeNull();
  await vi.waitFor(async () =>
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).some((key) => key.startsWith('pending.'))).toBe(true),
  );
});
