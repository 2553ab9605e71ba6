import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from '@/utils/native-browser';
import { parseShortcuts, SHORTCUTS_KEY } from '@/utils/shortcuts';
import { App } from './newtab/App';

// Loaded by first-frame.js. Preact's render reuses whatever first-frame.js drew in #app,
// correcting what differs, so taking over changes nothing on screen.
export default defineUnlistedScript({
  globalName: false,
  main() {
    window.closerTakeOver?.();
    render(<App />, document.getElementById('app')!);
    // Her most visited sites, only if she turned them on: their script is loaded for her alone.
    void browser.storage.local.get(SHORTCUTS_KEY).then((stored) => {
      if (parseShortcuts(stored[SHORTCUTS_KEY]).show)
        document.head.append(Object.assign(document.createElement('script'), { src: '/shortcuts.js' }));
    });
  },
});
