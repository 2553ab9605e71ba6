import { speak } from '../i18n/i18n';
import { browser } from '../browser/native-browser';
import { WORDS_KEY } from '../storage/storage-keys';

/**
 * For the scripts the new tab loads for some mothers: speaks her language (the words the
 * background stores when she chose one other than her browser's), and calls `redraw` each time
 * she chooses another, so what they drew changes with the rest of the page.
 */
export async function followWords(redraw: () => void): Promise<void> {
  speak((await browser.storage.local.get(WORDS_KEY))[WORDS_KEY]);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(WORDS_KEY in changes)) return;
    speak(changes[WORDS_KEY]!.newValue);
    redraw();
  });
}
