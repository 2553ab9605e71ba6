import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import css from '@/components/moment-line/moment-line.css?inline';
import { momentLine } from '@/components/moment-line/moment-line';
import { clickMoments } from '@/utils/days/click-moment';
import { readClock } from '@/utils/days/clock';
import { localDay } from '@/utils/days/day';
import { momentOn, parseMomentOfWeek } from '@/utils/tips/moment-of-week';
import { followWords } from '@/utils/first-frame/follow-words';
import { browser } from '@/utils/browser/native-browser';
import { nonce } from '@/utils/storage/nonce';
import { pendingKey, storedClick, type PendingMoment } from '@/utils/storage/pending';
import { MOMENT_OF_WEEK_KEY } from '@/utils/storage/storage-keys';

/*
 * The moment she chose for this week, said in one quiet line on the new tab, with a way to end
 * it early. The new tab's app loads this script only while a moment is stored, so an ordinary
 * week pays nothing for it.
 */
export default defineUnlistedScript({
  globalName: false,
  async main() {
    const now = readClock();
    const today = localDay(now);
    const moment = momentOn(
      parseMomentOfWeek((await browser.storage.local.get(MOMENT_OF_WEEK_KEY))[MOMENT_OF_WEEK_KEY]),
      today,
    );
    if (!moment) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const draw = () =>
      momentLine(moment, () => {
        // Stored like every click (the background applies it); the line goes at once.
        const click: PendingMoment = {
          type: 'moment',
          intent: 'end',
          moment,
          day: today,
          ...clickMoments(readClock)(),
        };
        void browser.storage.local.set({ [pendingKey(click.at, nonce())]: storedClick(click) });
        line.remove();
        document.getElementById('search')?.focus();
      });
    let line: HTMLElement;
    await followWords(() => line.replaceWith((line = draw())));
    document.querySelector('.wordmark')?.after((line = draw()));
    // Ended or changed on another page: the line follows.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && MOMENT_OF_WEEK_KEY in changes && changes[MOMENT_OF_WEEK_KEY]?.newValue == null)
        line.remove();
    });
  },
});
