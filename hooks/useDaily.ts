import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { parseCheckIns } from '@/utils/check-ins';
import { clickMoments } from '@/utils/click-moment';
import { readClock } from '@/utils/clock';
import { clickOn, streakIn, type DailyValues } from '@/utils/daily-values';
import type { Day } from '@/utils/day';
import { DISMISS_NOTICE_REQUEST, REFRESH_REQUEST } from '@/utils/messages';
import { nonce } from '@/utils/nonce';
import { browser } from '@/utils/native-browser';
import type { PageName } from '@/utils/page-snapshot';
import { parseRotation } from '@/utils/parse-rotation';
import { isPendingKey } from '@/utils/pending';
import { parseSetAside } from '@/utils/set-aside';
import { CHECK_INS_KEY, LEFT_IN_PLACE_KEY, ROTATION_KEY, SET_ASIDE_KEY } from '@/utils/storage-keys';
import type { StreakSummary } from '@/utils/streak';
import type { Tip } from '@/utils/tips';
import { whereabouts } from '@/utils/travel';
import { lastShownOn, rememberDrawings, rememberShown } from './last-shown';
import { useStorageSnapshot } from './useStorageSnapshot';
import { useToday } from './useToday';

/** This page's clicks, in order. */
const clickMoment = clickMoments(readClock);

const KEYS = [CHECK_INS_KEY, ROTATION_KEY, SET_ASIDE_KEY, LEFT_IN_PLACE_KEY];

/** Everything a page shows about today, and what she can do there. */
export interface Daily {
  /**
   * Storage has answered, or the last page's copy of today stands in until it does: either
   * way the page can appear, whole, in one paint.
   */
  ready: boolean;
  /** Her local date, which the page shows. */
  today: Day;
  /** Today's tip; `undefined` for the moment before the first one is settled. */
  tip: Tip | undefined;
  /** `undefined` until the page is ready. */
  streak: StreakSummary | undefined;
  /** Something stored could not be read and was (or is being) kept aside. */
  showSetAsideNotice: boolean;
  /** Something stored could not be read, and there was no room to keep a copy: it was left as it was. */
  leftInPlace: boolean;
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
    today,
    tip: rotation?.tip,
    streak: values && streakIn(values, today, whereabouts(readClock())),
    showSetAsideNotice:
      values !== undefined &&
      (parseSetAside(values[SET_ASIDE_KEY])?.length !== 0 ||
        parseSetAside(values[LEFT_IN_PLACE_KEY])?.length !== 0 ||
        parseCheckIns(values[CHECK_INS_KEY]) === undefined ||
        rotation === undefined),
    leftInPlace: values !== undefined && parseSetAside(values[LEFT_IN_PLACE_KEY])?.length !== 0,
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
  const stored = useStorageSnapshot(KEYS, { initial: lastShown, onShow: rememberShown, isFollowed: isPendingKey });
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
    // What the page shows this instant: a second click may come before the first is drawn.
    const shown = stored.latest();
    if (!shown) return;
    const click = clickOn(shown, today, clickMoment(), nonce());
    // Shown at once and stored by the page itself, so the click holds even if the page closes
    // now; the background applies it (the change wakes it), and storage's word follows.
    stored.showLocally(click.key, click.value);
    setSaveFailed(false);
    browser.storage.local.set({ [click.key]: click.value }).then(
      () => undefined,
      () => {
        // Only a write that truly failed says so; storage still has what it had.
        setSaveFailed(true);
        stored.showLocally(click.key, undefined);
        stored.reread();
      },
    );
  };

  return dailyFrom(values, today, {
    saveFailed,
    toggleToday,
    dismissNotice: () => void browser.runtime.sendMessage(DISMISS_NOTICE_REQUEST).catch(() => undefined),
  });
}
