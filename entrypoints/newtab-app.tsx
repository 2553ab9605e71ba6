import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadScript } from '@/components/dom';
import { addPageLinks } from '@/components/page-links';
import { browser } from '@/utils/browser/native-browser';
import { questionsOpenIn } from '@/utils/settings/settings';
import { SHORTCUTS_KEY } from '@/utils/browser/shortcuts';
import { MOMENT_OF_WEEK_KEY, SETTINGS_KEY } from '@/utils/storage/storage-keys';
import { App } from './newtab/App';

// Loaded by first-frame.js. Preact's render reuses whatever first-frame.js drew in #app,
// correcting what differs, so taking over changes nothing on screen.
export default defineUnlistedScript({
  globalName: false,
  main() {
    window.closerTakeOver?.();
    render(<App />, document.getElementById('app')!);
    addPageLinks(document.querySelector('.masthead'), false);
    // Her most visited sites, only if she turned them on, the two questions, only while they
    // are open, and the moment of the week while one is chosen: each script is loaded for her
    // alone (and reads storage properly itself).
    void browser.storage.local.get([SHORTCUTS_KEY, SETTINGS_KEY, MOMENT_OF_WEEK_KEY]).then((stored) => {
      if ((stored[SHORTCUTS_KEY] as { show?: unknown } | undefined)?.show) loadScript('/shortcuts.js');
      if (questionsOpenIn(stored[SETTINGS_KEY])) loadScript('/questions.js');
      if (stored[MOMENT_OF_WEEK_KEY]) loadScript('/moment.js');
    });
  },
});
