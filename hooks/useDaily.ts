import { useEffect, useState } from 'preact/hooks';
import { applyCheckIn, parseCheckIns, salvageDays } from '@/utils/check-ins';
import { checkInRequest, DISMISS_NOTICE_REQUEST, REFRESH_REQUEST } from '@/utils/messages';
import { browser } from '@/utils/native-browser';
import { parseRotation } from '@/utils/parse-rotation';
import { parseSetAside } from '@/utils/set-aside';
import { CHECK_INS_KEY, ROTATION_KEY, SET_ASIDE_KEY } from '@/utils/storage-keys';
import { summarizeStreak, type StreakSummary } from '@/utils/streak';
import type { Tip } from '@/utils/tips';
import { lastShownOn, rememberShown } from './last-shown';
import { useStorageSnapshot } from './useStorageSnapshot';
import { useToday } from './useToday';

const KEYS = [CHECK_INS_KEY, ROTATION_KEY, SET_ASIDE_KEY];

/** Everything a page shows about today, and what she can do there. */
export interface Daily {
  /**
   * Storage has answered, or the last page's copy of today stands in until it does: either
   * way the page can appear, whole, in one paint.
   */
  ready: boolean;
  /** Today's tip; `undefined` for the moment before the first one is settled. */
  tip: Tip | undefined;
  /** `undefined` until the page is ready. */
  streak: StreakSummary | undefined;
  /** Something stored could not be read and was (or is being) kept aside. */
  showSetAsideNotice: boolean;
  saveFailed: boolean;
  toggleToday: () => void;
  dismissNotice: () => void;
}

export function useDaily(): Daily {
  const today = useToday();
  // Today's tip in the page's first frame: start from what the last page showed, if it was today.
  const [lastShown] = useState(() => lastShownOn(today));
  const stored = useStorageSnapshot(KEYS, { initial: lastShown, onShow: rememberShown });
  const [saveFailed, setSaveFailed] = useState(false);

  const values = stored.values;
  const rotation = values ? parseRotation(values[ROTATION_KEY]) : null;
  const parsedCheckIns = values && parseCheckIns(values[CHECK_INS_KEY]);
  const checkIns = values && (parsedCheckIns ?? { days: salvageDays(values[CHECK_INS_KEY]) });

  // The background alone settles the tip; ask it when ours is missing or from another day.
  const needsTip = values !== undefined && rotation?.day !== today;
  useEffect(() => {
    if (needsTip) void browser.runtime.sendMessage(REFRESH_REQUEST).catch(() => undefined);
  }, [needsTip, today]);

  const toggleToday = () => {
    if (!checkIns) return;
    const intent = checkIns.days.includes(today) ? 'undo' : 'record';
    // Show the result at once; the background writes it, and storage's word follows.
    stored.showLocally(CHECK_INS_KEY, applyCheckIn(checkIns, today, intent));
    setSaveFailed(false);
    browser.runtime.sendMessage(checkInRequest(today, intent)).then(stored.reread, () => {
      setSaveFailed(true);
      stored.reread();
    });
  };

  return {
    ready: values !== undefined,
    tip: rotation?.tip,
    streak: checkIns && summarizeStreak(checkIns.days, today),
    showSetAsideNotice:
      values !== undefined &&
      (parseSetAside(values[SET_ASIDE_KEY])?.length !== 0 || parsedCheckIns === undefined || rotation === undefined),
    saveFailed,
    toggleToday,
    dismissNotice: () => void browser.runtime.sendMessage(DISMISS_NOTICE_REQUEST).catch(() => undefined),
  };
}
