import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readClock } from '@/utils/clock';
import { localDay } from '@/utils/day';
import { drawFirstFrame } from '@/utils/first-frame';
import { browser } from '@/utils/native-browser';
import type { PageName } from '@/utils/page-snapshot';
import { pageStore } from '@/utils/page-store';

/*
 * The one script the new tab and the popup load at first (their `#app` names the page). It
 * draws what the page last drew today, so today's tip is in the first frame, and loads the
 * page's app once that frame is out; when it can't draw, it loads the app at once.
 */
export default defineUnlistedScript({
  globalName: false,
  main() {
    const root = document.getElementById('app')!;
    const page = root.dataset.page as PageName;
    const loadApp = () =>
      document.head.append(Object.assign(document.createElement('script'), { src: `/${page}-app.js` }));
    let takeOver: (() => void) | undefined;
    try {
      takeOver = drawFirstFrame({
        page,
        root,
        store: pageStore(),
        today: localDay(readClock()),
        send: (request) => browser.runtime.sendMessage(request),
      });
    } finally {
      if (takeOver) {
        window.closerTakeOver = takeOver;
        // After the frame is painted, not before: the app's code would hold the frame back.
        requestAnimationFrame(() => setTimeout(loadApp));
      } else loadApp();
    }
  },
});
