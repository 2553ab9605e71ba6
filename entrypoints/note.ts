import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import css from '@/components/note-line/note-line.css?inline';
import { noteLine } from '@/components/note-line/note-line';
import { clickMoments } from '@/utils/days/click-moment';
import { readClock } from '@/utils/days/clock';
import { localDay } from '@/utils/days/day';
import { followWords } from '@/utils/first-frame/follow-words';
import { browser } from '@/utils/browser/native-browser';
import { nonce } from '@/utils/storage/nonce';
import { pendingKey, storedClick, type PendingNote } from '@/utils/storage/pending';
import { NOTES_KEY } from '@/utils/storage/storage-keys';

const CHECK_IN = '[data-testid="checkin"]';

/*
 * After a check-in, the popup asks "What did you do together?": one optional line, kept on her
 * calendar. The popup's app loads this script once the page says today is recorded; the line
 * shows while it is, and goes when she undoes it.
 */
export default defineUnlistedScript({
  globalName: false,
  async main() {
    const today = localDay(readClock());
    const stamp = clickMoments(readClock);
    // What this page last saw or wrote on today's note: the background keeps both texts if another page wrote meanwhile.
    // Read leniently (it only shows it; the background reads notes strictly).
    const stored = (await browser.storage.local.get(NOTES_KEY))[NOTES_KEY] as
      { days?: Record<string, unknown> } | undefined;
    const saved = stored?.days?.[today];
    let was = typeof saved === 'string' ? saved : '';
    const write = (text: string) => {
      const click: PendingNote = { type: 'note', day: today, intent: 'write', on: today, text, was, ...stamp() };
      was = text;
      void browser.storage.local.set({ [pendingKey(click.at, nonce())]: storedClick(click) });
    };
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

    let line: HTMLElement | undefined;
    const show = (again = false) => {
      const connected = document.querySelector(CHECK_IN)?.getAttribute('aria-pressed') === 'true';
      if (connected && line && !again) return;
      const next = connected ? noteLine(was, write) : undefined;
      if (line && next) line.replaceWith(next);
      else if (next) document.getElementById('app')!.after(next);
      else line?.remove();
      line = next;
    };
    await followWords(() => show(true));
    show();
    // The check-in button is drawn afresh as she clicks it (by the first frame, then the app).
    new MutationObserver(() => show()).observe(document.getElementById('app')!, {
      subtree: true,
      childList: true,
      attributeFilter: ['aria-pressed'],
    });
  },
});
