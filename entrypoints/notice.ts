import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { setAsideNotice } from '@/components/set-aside-notice/set-aside-notice';
import { followWords } from '@/utils/follow-words';
import { DISMISS_NOTICE_REQUEST } from '@/utils/messages';
import { browser } from '@/utils/native-browser';
import { noticeIn } from '@/utils/set-aside';
import { CHECK_INS_KEY, LEFT_IN_PLACE_KEY, ROTATION_KEY, SET_ASIDE_KEY } from '@/utils/storage-keys';

const KEYS = [CHECK_INS_KEY, ROTATION_KEY, SET_ASIDE_KEY, LEFT_IN_PLACE_KEY];

/*
 * The notice about unreadable data, on the new tab and in the popup. The page's app loads this
 * script only when its values call for the notice, so every other page pays nothing for it. It
 * follows storage itself: the notice goes once she presses OK (the background clears the list)
 * or the value is readable again.
 */
export default defineUnlistedScript({
  globalName: false,
  async main() {
    let values: Record<string, unknown> | undefined;
    let shown: string | undefined;
    const dismiss = () => void browser.runtime.sendMessage(DISMISS_NOTICE_REQUEST).catch(() => undefined);
    // Drawn again only when what it says changes (or its language): never under her pointer or her focus.
    const draw = (again = false) => {
      const kind = values && noticeIn(values);
      if (kind === shown && !again) return;
      shown = kind;
      document.getElementById('notice-slot')?.replaceChildren(...(kind ? [setAsideNotice(kind, dismiss)] : []));
    };
    // Followed before the first read, and read again after any change meanwhile: the background
    // is often keeping the value aside at this very moment, and no step of it may be missed.
    let changes = 0;
    browser.storage.onChanged.addListener((changed, area) => {
      if (area !== 'local' || !KEYS.some((key) => key in changed)) return;
      changes++;
      if (!values) return;
      values = { ...values };
      for (const key of KEYS) if (key in changed) values[key] = changed[key]!.newValue;
      draw();
    });
    await followWords(() => draw(true));
    for (let seen = -1; seen !== changes;) {
      seen = changes;
      const read = await browser.storage.local.get(KEYS);
      if (seen === changes) values = read;
    }
    draw();
  },
});
