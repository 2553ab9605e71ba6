import { readClock } from '@/utils/days/clock';
import { localDay, type Day } from '@/utils/days/day';

// Wake at midnight, and at least once a minute, so a changed clock or time zone shows up soon.
const LONGEST_WAIT_MS = 60_000;

/**
 * Tells `onDay` her local date now, and again at local midnight, at least once a minute and
 * whenever the page is shown again, while the page stays open. Returns how to stop.
 * (Not a Preact hook: the new tab and the popup carry no hooks runtime, about 1 KB gzip.)
 */
export function followToday(onDay: (day: Day) => void, clock: () => Date = readClock): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const check = () => {
    const now = clock();
    onDay(localDay(now));
    clearTimeout(timer);
    // Where clocks go back across midnight, that midnight has passed once already: the page
    // then turns within the minute (the background's alarm uses the exact msUntilNextDay).
    const untilMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() - now.getTime();
    timer = setTimeout(check, untilMidnight > 0 ? Math.min(untilMidnight + 50, LONGEST_WAIT_MS) : LONGEST_WAIT_MS);
  };
  check();
  document.addEventListener('visibilitychange', check);
  return () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', check);
  };
}
