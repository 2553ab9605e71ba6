import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { parseCheckIns } from '@/utils/check-ins';
import { checkInsIn, clickIntent, withCheckIn, type DailyValues } from '@/utils/daily-values';
import type { Day } from '@/utils/day';
import { checkInRequest, DISMISS_NOTICE_REQUEST, REFRESH_REQUEST } from '@/utils/messages';
import { browser } from '@/utils/native-browser';
import type { PageName } from '@/utils/page-snapshot';
import { parseRotation } from '@/utils/parse-rotation';
import { parseSetAside } from '@/utils/set-aside';
import { CHECK_INS_KEY, ROTATION_KEY, SET_ASIDE_KEY } from '@/utils/storage-keys';
import { summarizeStreak, type StreakSummary } from '@/utils/streak';
import type { Tip } from '@/utils/tips';
import { lastShownOn, rememberDrawings, rememberShown } from './last-shown';
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

/** What a page shows for `values` on `today` (`undefined`: nothing yet), with its actions. */
function dailyFrom(
  values: DailyValues | undefined,
  today: Day,
  actions: Pick<Daily, 'saveFailed' | 'toggleToday' | 'dismissNotice'>,
): Daily {
  const rotation = values && parseRotation(values[ROTATION_KEY]);
  return {
    ready: values !== undefined,
    tip: rotation?.tip,
    streak: values && summarizeStreak(checkInsIn(values).days, today),
    showSetAsideNotice:
      values !== undefined &&
      (parseSetAside(values[SET_ASIDE_KEY])?.length !== 0 ||
        parseCheckIns(values[CHECK_INS_KEY]) === undefined ||
        rotation === undefined),
    ...actions,
  };
}

const NO_ACTIONS = { saveFailed: false, toggleToday: () => undefined, dismissNotice: () => undefined };

/**
 * Today on a page, from storage. `page` and `draw` (how the page draws a `Daily`) let the
 * page keep its drawing for the next page of its kind to show in its first frame.
 */
export function useDaily(page: PageName, draw: (daily: Daily) => VNode): Daily {
  const today = useToday();
  // Today's tip in the page's first frame: start from what the last page showed, if it was today.
  const [lastShown] = useState(() => lastShownOn(today));
  const stored = useStorageSnapshot(KEYS, { initial: lastShown, onShow: rememberShown });
  const [saveFailed, setSaveFailed] = useState(false);

  const values = stored.values;
  const rotation = values ? parseRotation(values[ROTATION_KEY]) : null;

  // The background alone settles the tip; ask it when ours is missing or from another day.
  const needsTip = values !== undefined && rotation?.day !== today;
  useEffect(() => {
    if (needsTip) void browser.runtime.sendMessage(REFRESH_REQUEST).catch(() => undefined);
  }, [needsTip, today]);

  // With today's tip settled, keep drawings of these values and of the values one click away
  // (after paint: it costs a render each, off screen).
  useEffect(() => {
    if (values && !needsTip)
      rememberDrawings(page, today, values, (shown) => draw(dailyFrom(shown, today, NO_ACTIONS)));
  }, [values, needsTip, today, page, draw]);

  const toggleToday = () => {
    if (!values) return;
    const intent = clickIntent(values, today);
    // Show the result at once; the background writes it, and storage's word follows.
    stored.showLocally(CHECK_INS_KEY, withCheckIn(values, today, intent)[CHECK_INS_KEY]);
    setSaveFailed(false);
    browser.runtime.sendMessage(checkInRequest(today, intent)).then(stored.reread, () => {
      setSaveFailed(true);
      stored.reread();
    });
  };

  return dailyFrom(values, today, {
    saveFailed,
    toggleToday,
    dismissNotice: () => void browser.runtime.sendMessage(DISMISS_NOTICE_REQUEST).catch(() => undefined),
  });
}
