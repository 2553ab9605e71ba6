import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import css from '@/assets/styles/questions.css?inline';
import { questionsCard } from '@/components/questions/questions-card';
import { readClock } from '@/utils/days/clock';
import { followWords } from '@/utils/first-frame/follow-words';
import { browser } from '@/utils/browser/native-browser';
import { DEFAULT_SETTINGS, parseSettings, questionsOpenIn } from '@/utils/settings/settings';
import { SETTINGS_KEY } from '@/utils/storage/storage-keys';

/*
 * The two questions above the new tab's tip, after an update from a version that never asked
 * them. The new tab's app loads this script only while they are open, so every other new tab
 * pays nothing for them.
 */
export default defineUnlistedScript({
  globalName: false,
  async main() {
    const slot = document.getElementById('questions-slot');
    let stored: unknown = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    if (!slot || !questionsOpenIn(stored)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const year = readClock().getFullYear();
    const draw = () =>
      questionsCard(parseSettings(stored, year) ?? DEFAULT_SETTINGS, year, (next) => {
        void browser.storage.local.set({ [SETTINGS_KEY]: next });
      });
    let card: HTMLElement;
    // In her language; drawn again, from her settings as they now stand, when she chooses another.
    await followWords(() => card.replaceWith((card = draw())));
    slot.append((card = draw()));
    // Answered or put off on another page: the card goes from this one too.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      stored = changes[SETTINGS_KEY]!.newValue;
      if (!questionsOpenIn(stored)) card.remove();
    });
  },
});
