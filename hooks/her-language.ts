import { speak, t } from '@/utils/i18n/i18n';
import { herLanguage, languageOf, parseLanguage } from '@/utils/i18n/language';
import { browser } from '@/utils/browser/native-browser';
import { LANGUAGE_KEY } from '@/utils/storage/storage-keys';
import { wordsOf, type MessagesFile } from '@/utils/i18n/words';

/**
 * Draws a page (the settings, the welcome page, her library) in her language, and again,
 * at once, each time she chooses another. Her browser's language is spoken by the browser
 * itself; another is read from the extension's own `_locales` file. `draw` is called once
 * the words are there, never before, so the page never shows one language and then another.
 */
export function inHerLanguage(draw: () => void): void {
  let latest = 0;
  const show = async (chosen: unknown) => {
    const asked = ++latest;
    const own = languageOf(browser.i18n.getUILanguage());
    const language = herLanguage(parseLanguage(chosen), own);
    // A file of the extension itself; were it ever unreadable, the page would speak her browser's language rather than none.
    const words =
      language === own
        ? undefined
        : await fetch(`/_locales/${language}/messages.json`)
            .then(async (response) => wordsOf((await response.json()) as MessagesFile))
            .catch(() => undefined);
    if (asked !== latest) return; // she chose again meanwhile
    speak(words);
    document.documentElement.lang = t('pageLanguage');
    draw();
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LANGUAGE_KEY in changes) void show(changes[LANGUAGE_KEY]!.newValue);
  });
  void browser.storage.local.get(LANGUAGE_KEY).then((stored) => show(stored[LANGUAGE_KEY]));
}
