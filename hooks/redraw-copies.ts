import { drawNewTab, drawPopup } from '@/components/daily-drawings';
import { DAILY_KEYS, dailyFrom } from '@/components/DailyPage';
import { readClock } from '@/utils/days/clock';
import { localDay } from '@/utils/days/day';
import { browser } from '@/utils/browser/native-browser';
import { shownRotation } from '@/utils/tips/parse-rotation';
import { isPendingKey } from '@/utils/storage/pending';
import { speak, spoken } from '@/utils/i18n/i18n';
import { ROTATION_KEY, WORDS_KEY } from '@/utils/storage/storage-keys';
import { rememberDrawings, rememberShown } from './last-shown';

const nothing = () => undefined;
/** The drawings are never clicked: they are copies for the next page's first frame. */
const IDLE = {
  saveFailed: false,
  notForUs: nothing,
  undoNotForUs: nothing,
  toggleToday: nothing,
  toggleFavourite: nothing,
  anotherTip: nothing,
};

/**
 * Draws the new tab's and the popup's copy afresh from storage as it stands, in the language
 * this page speaks, as the pages themselves would: the next of each then opens in it from its
 * first frame, even when no such page was open to redraw it.
 */
export async function redrawCopies(): Promise<void> {
  const today = localDay(readClock());
  const all = await browser.storage.local.get(null);
  const values = Object.fromEntries(
    Object.entries(all).filter(([key]) => DAILY_KEYS.includes(key) || isPendingKey(key)),
  );
  if (shownRotation(values[ROTATION_KEY])?.day !== today) return;
  rememberShown(values);
  // In the words those pages read (this page may not have its own new words yet).
  const own = spoken();
  speak(values[WORDS_KEY]);
  try {
    rememberDrawings('newtab', today, values, (shown) => drawNewTab(dailyFrom(shown, today, IDLE)));
    rememberDrawings('popup', today, values, (shown) => drawPopup(dailyFrom(shown, today, IDLE)));
  } finally {
    speak(own);
  }
}

/** Redraws the copies once the background has put today's tip in her new language (its next write of it). */
export function redrawCopiesOnNextTip(): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(ROTATION_KEY in changes)) return;
    browser.storage.onChanged.removeListener(listener);
    void redrawCopies();
  };
  browser.storage.onChanged.addListener(listener);
}
