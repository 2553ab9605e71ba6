import { useEffect, useState } from 'preact/hooks';
import { readClock } from '@/utils/clock';
import { localDay, msUntilNextDay, type Day } from '@/utils/day';

// Wake at midnight, and at least once a minute, so a changed clock or time zone shows up soon.
const LONGEST_WAIT_MS = 60_000;

/** Today's local date, which turns over at local midnight while the page stays open. */
export function useToday(clock: () => Date = readClock): Day {
  const [today, setToday] = useState(() => localDay(clock()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const now = clock();
      setToday(localDay(now));
      clearTimeout(timer);
      timer = setTimeout(check, Math.min(msUntilNextDay(now) + 50, LONGEST_WAIT_MS));
    };
    check();
    document.addEventListener('visibilitychange', check);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [clock]);
  return today;
}
