import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { applyCheckIn, parseCheckIns, salvageDays, type CheckIns } from '@/utils/check-ins';
import { REFRESH_REQUEST } from '@/utils/messages';
import { parseRotation } from '@/utils/parse-rotation';
import {
  checkInsItem,
  dismissSetAsideNotice,
  parseSetAside,
  rotationItem,
  saveCheckIn,
  setAsideItem,
} from '@/utils/storage';
import { summarizeStreak, type StreakSummary } from '@/utils/streak';
import type { Tip } from '@/utils/tips';
import { useStoredValue } from './useStoredValue';
import { useToday } from './useToday';

/** Everything a page shows about today, and what she can do there. */
export interface Daily {
  /** Her check-ins and today's tip have been read: the page can appear, whole, in one paint. */
  ready: boolean;
  /** Today's tip; `undefined` for the moment before the first one is settled. */
  tip: Tip | undefined;
  /** `undefined` until her check-ins have been read. */
  streak: StreakSummary | undefined;
  /** Something stored could not be read and was (or is being) kept aside. */
  showSetAsideNotice: boolean;
  saveFailed: boolean;
  toggleToday: () => void;
  dismissNotice: () => void;
}

export function useDaily(): Daily {
  const today = useToday();
  const storedCheckIns = useStoredValue(checkInsItem);
  const storedRotation = useStoredValue(rotationItem);
  const storedSetAside = useStoredValue(setAsideItem);
  const [saveFailed, setSaveFailed] = useState(false);

  const rotation = storedRotation.loading ? null : parseRotation(storedRotation.raw);
  const parsedCheckIns = storedCheckIns.loading ? undefined : parseCheckIns(storedCheckIns.raw);
  const checkIns: CheckIns | undefined = storedCheckIns.loading
    ? undefined
    : (parsedCheckIns ?? { days: salvageDays(storedCheckIns.raw) });

  // The background alone settles the tip; ask it when ours is missing or from another day.
  const needsTip = !storedRotation.loading && rotation?.day !== today;
  useEffect(() => {
    if (needsTip) void browser.runtime.sendMessage(REFRESH_REQUEST).catch(() => undefined);
  }, [needsTip, today]);

  const toggleToday = () => {
    if (storedCheckIns.loading || !checkIns) return;
    const intent = checkIns.days.includes(today) ? 'undo' : 'record';
    // Show the result at once; the stored value, and any other page's click, follow.
    storedCheckIns.set(applyCheckIn(checkIns, today, intent));
    setSaveFailed(false);
    saveCheckIn(today, intent).then(storedCheckIns.set, () => {
      setSaveFailed(true);
      void checkInsItem.getValue().then(storedCheckIns.set);
    });
  };

  return {
    ready: !storedCheckIns.loading && !storedRotation.loading,
    tip: rotation?.tip,
    streak: checkIns && summarizeStreak(checkIns.days, today),
    showSetAsideNotice:
      (!storedSetAside.loading && parseSetAside(storedSetAside.raw)?.length !== 0) ||
      (!storedCheckIns.loading && parsedCheckIns === undefined) ||
      rotation === undefined,
    saveFailed,
    toggleToday,
    dismissNotice: () => void dismissSetAsideNotice(),
  };
}
