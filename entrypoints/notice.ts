import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { setAsideNotice } from '@/components/set-aside-notice/set-aside-notice';
import { followStorage } from '@/hooks/follow-storage';
import { followWords } from '@/utils/first-frame/follow-words';
import { DISMISS_NOTICE_REQUEST } from '@/utils/storage/messages';
import { browser } from '@/utils/browser/native-browser';
import { noticeIn } from '@/utils/storage/set-aside';
import { CHECK_INS_KEY, LEFT_IN_PLACE_KEY, ROTATION_KEY, SET_ASIDE_KEY } from '@/utils/storage/storage-keys';

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
    await followWords(() => draw(true));
    // Followed as the page follows storage: the background is often keeping the value aside at
    // this very moment, and no step of it may be missed.
    followStorage(KEYS, {
      onShow: (read) => {
        values = read;
        draw();
      },
    });
  },
});
