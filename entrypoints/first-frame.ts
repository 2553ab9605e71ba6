import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { clickMoments } from '@/utils/days/click-moment';
import { readClock } from '@/utils/days/clock';
import { localDay } from '@/utils/days/day';
import { drawFirstFrame } from '@/utils/first-frame/first-frame';
import { browser } from '@/utils/browser/native-browser';
import type { PageName } from '@/utils/first-frame/page-snapshot';
import { pageStore } from '@/utils/first-frame/page-store';
import { nonce } from '@/utils/storage/nonce';

/*
 * The one script the new tab and the popup load at first (their `#app` names the page). It
 * draws what the page last drew today, so today's tip is in the first frame, and loads the
 * page's app once that frame is out; when it can't draw, it loads the app at once. In the
 * build, it also hands the app the functions both use (build/hand-over.ts), so the app doesn't
 * carry them again: the app is only ever loaded from here.
 */
const APP_AFTER_FRAME_MS = 50;
const HIDDEN_PAGE_APP_MS = 250;

export default defineUnlistedScript({
  globalName: false,
  main() {
    // Firefox builds a page's extension APIs on first use: build storage now, not in the click,
    // so a click's write starts at once even if the popup closes in the same moment.
    const local = browser.storage.local;
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
        now: clickMoments(readClock),
        save: (items) => local.set(items),
        nonce,
        search: (query) => browser.search.query(query),
      });
    } finally {
      if (takeOver) {
        window.closerTakeOver = takeOver;
        // Well after the frame: loading and running the app right away competed with painting
        // it and with an early click (bench: check-in 1.32x the blank page against 1.07x with
        // this wait). The drawn page answers the check-in meanwhile; 50 ms is below what a
        // person can react in, so nothing else on it is missed.
        let loaded = false;
        const loadOnce = () => (loaded ||= (loadApp(), true));
        requestAnimationFrame(() => setTimeout(loadOnce, APP_AFTER_FRAME_MS));
        // A page with no frames (opened, or put behind another tab, at once) loads it all the
        // same, so it follows storage and is up to date when she brings it forward.
        setTimeout(loadOnce, HIDDEN_PAGE_APP_MS);
      } else loadApp();
    }
  },
});
