import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadScript } from '@/components/dom';
import { addPageLinks } from '@/components/page-links';
import { App } from './popup/App';

// Loaded by first-frame.js. Preact's render reuses whatever first-frame.js drew in #app,
// correcting what differs, so taking over changes nothing on screen.
export default defineUnlistedScript({
  globalName: false,
  main() {
    window.closerTakeOver?.();
    render(<App />, document.getElementById('app')!);
    // At the foot, under the streak: arriving after the first frame, they move nothing drawn
    // (beside Closer's name, Russian's longer words needed a second row, and pushed the page down).
    addPageLinks(document.body, true);
    // The line about the day, once they have connected today: a script of its own, loaded then.
    const app = document.getElementById('app')!;
    const noteWhenConnected = () => {
      if (!app.querySelector('[data-testid="checkin"][aria-pressed="true"]')) return;
      connected.disconnect();
      loadScript('/note.js');
    };
    const connected = new MutationObserver(noteWhenConnected);
    connected.observe(app, { subtree: true, childList: true, attributeFilter: ['aria-pressed'] });
    noteWhenConnected();
  },
});
