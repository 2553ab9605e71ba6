import { Component, type VNode } from 'preact';
import { loadScript } from '@/components/dom';
import { followStorage, type StorageSnapshot } from '@/hooks/follow-storage';
import { followToday } from '@/hooks/follow-today';
import { lastShownOn, rememberDrawings, rememberShown } from '@/hooks/last-shown';
import { clickMoments } from '@/utils/days/click-moment';
import { readClock } from '@/utils/days/clock';
import {
  clickOn,
  heartClickOn,
  isFavouriteIn,
  streakIn,
  tipClickOn,
  type Click,
  type DailyValues,
} from '@/utils/first-frame/daily-values';
import { localDay, type Day } from '@/utils/days/day';
import { speak, t } from '@/utils/i18n/i18n';
import { ANOTHER_TIP_REQUEST, REFRESH_REQUEST, type Request } from '@/utils/storage/messages';
import { nonce } from '@/utils/storage/nonce';
import { browser } from '@/utils/browser/native-browser';
import type { PageName } from '@/utils/first-frame/page-snapshot';
import { shownRotation } from '@/utils/tips/parse-rotation';
import { isPendingKey } from '@/utils/storage/pending';
import { noticeIn } from '@/utils/storage/set-aside';
import { sonNameIn } from '@/utils/settings/settings';
import {
  AWAY_KEY,
  CHECK_INS_KEY,
  FAVOURITES_KEY,
  LEFT_IN_PLACE_KEY,
  ROTATION_KEY,
  SET_ASIDE_KEY,
  SETTINGS_KEY,
  WORDS_KEY,
} from '@/utils/storage/storage-keys';
import type { StreakSummary } from '@/utils/days/streak';
import type { Tip } from '@/utils/tips/tips';
import { whereabouts } from '@/utils/days/travel';

/** This page's clicks, in order. */
const clickMoment = clickMoments(readClock);

/** What the new tab and the popup follow in storage (and every click a page stored). */
export const DAILY_KEYS = [
  CHECK_INS_KEY,
  ROTATION_KEY,
  SET_ASIDE_KEY,
  LEFT_IN_PLACE_KEY,
  SETTINGS_KEY,
  FAVOURITES_KEY,
  WORDS_KEY,
  AWAY_KEY,
];

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
  /** Today's tip is among her favourites. */
  favourite: boolean;
  /** Her son's first name, when she has one son and named him: the pages speak of him by it. */
  name: string | undefined;
  saveFailed: boolean;
  toggleToday: () => void;
  /** Keeps today's tip among her favourites, or lets it go. */
  toggleFavourite: () => void;
  /** The tip she just marked "not for us" on this page, while she may still undo it. */
  setAside?: Tip | undefined;
  /** Sets today's tip aside for good; the background puts another in its place. */
  notForUs: () => void;
  /** Brings the tip she set aside back, as today's tip. */
  undoNotForUs: () => void;
  /** A different fitting tip for today, on every page (the background settles it). */
  anotherTip: () => void;
}

/** What a page shows for `values` on `today` (`undefined`: nothing yet), with its actions. */
export function dailyFrom(
  values: DailyValues | undefined,
  today: Day,
  actions: Pick<
    Daily,
    'saveFailed' | 'toggleToday' | 'toggleFavourite' | 'anotherTip' | 'setAside' | 'notForUs' | 'undoNotForUs'
  >,
): Daily {
  const rotation = values && shownRotation(values[ROTATION_KEY]);
  return {
    ready: values !== undefined,
    today,
    tip: rotation?.tip,
    favourite: values !== undefined && isFavouriteIn(values, rotation?.tip.id),
    streak: values && streakIn(values, today, whereabouts(readClock())),
    name: values && sonNameIn(values[SETTINGS_KEY]),
    ...actions,
  };
}

const nothing = () => undefined;
const ask = (request: Request) => void browser.runtime.sendMessage(request).catch(nothing);

/**
 * After the browser has painted what was just rendered (as Preact runs effects): at the next
 * frame, or in 35 ms where frames don't come (a page opened in the background).
 */
function afterPaint(run: () => void): void {
  let ran = false;
  const once = () => {
    if (!ran) setTimeout(run);
    ran = true;
  };
  requestAnimationFrame(once);
  setTimeout(once, 35);
}

interface Props {
  page: PageName;
  /** How the page draws a `Daily`: for itself, and off screen for the next page's first frame. */
  draw: (daily: Daily) => VNode;
}

interface State {
  today: Day;
  /** As the page knows them: the last page's copy of today until storage answers, if it had one. */
  values: Record<string, unknown> | undefined;
  saveFailed: boolean;
  /** The tip she set aside here, while its undo is offered. */
  setAside: Tip | undefined;
}

/**
 * Today on a page, from storage: the new tab's and the popup's whole app. A class, not hooks:
 * these two pages carry no hooks runtime (about 1 KB gzip on every new tab).
 */
export class DailyPage extends Component<Props, State> {
  #stored: StorageSnapshot | undefined;
  #stopToday: (() => void) | undefined;
  /** What was last acted on after a render: asked for today's tip, kept drawings of. */
  #askedFor: string | undefined;
  #drawnFor: [Record<string, unknown>, Day] | undefined;
  /** notice.js is in the page (once is enough: it follows storage itself). */
  #notice = false;

  constructor(props: Props) {
    super(props);
    const today = localDay(readClock());
    // Today's tip in the page's first frame: start from what the last page showed, if it was today.
    this.state = { today, values: lastShownOn(today), saveFailed: false, setAside: undefined };
  }

  override componentDidMount() {
    // Before the first paint, as the page renders: a page with nothing to show yet waits on this read.
    this.#stored = followStorage(DAILY_KEYS, {
      initial: this.state.values,
      onShow: (values) => {
        rememberShown(values);
        this.setState({ values });
      },
      isFollowed: isPendingKey,
    });
    this.#stopToday = followToday((today) => {
      if (today !== this.state.today) this.setState({ today });
    });
    this.componentDidUpdate();
  }

  override componentWillUnmount() {
    this.#stored?.stop();
    this.#stored = undefined;
    this.#stopToday?.();
  }

  override componentDidUpdate() {
    const { values, today } = this.state;
    const { page, draw } = this.props;
    // The background alone settles the tip; ask it when ours is missing or from another day.
    const needsTip = values !== undefined && shownRotation(values[ROTATION_KEY])?.day !== today;
    const asked = `${needsTip} ${today}`;
    if (asked !== this.#askedFor) {
      this.#askedFor = asked;
      // Asked again every two seconds while no tip comes: a background that missed the word (it
      // was starting, or its pass failed) is asked until it answers.
      if (needsTip)
        afterPaint(() => {
          ask(REFRESH_REQUEST);
          setTimeout(() => {
            this.#askedFor = undefined;
            if (this.#stored) this.componentDidUpdate();
          }, 2000);
        });
    }
    // With today's tip settled, keep drawings of these values and of the values one click away
    // (after paint: it costs a render each, off screen).
    if (values && !needsTip && (this.#drawnFor?.[0] !== values || this.#drawnFor[1] !== today)) {
      this.#drawnFor = [values, today];
      afterPaint(() => rememberDrawings(page, today, values, (shown) => draw(dailyFrom(shown, today, this.#actions))));
    }
  }

  /** A click on the check-in button. */
  #toggleToday = () => this.#store((shown, today) => clickOn(shown, today, clickMoment(), nonce()));

  /** A click on today's tip's heart. */
  #toggleFavourite = () =>
    this.#store((shown, today) => {
      const tip = shownRotation(shown[ROTATION_KEY])?.tip;
      return tip && heartClickOn(shown, tip, today, clickMoment(), nonce());
    });

  /** "Not for us" on today's tip, or its undo: the background sets it aside, or brings it back as today's tip. */
  #notForUs = (intent: 'set-aside' | 'undo') =>
    this.#store((shown, today) => {
      const tip = intent === 'undo' ? this.state.setAside : shownRotation(shown[ROTATION_KEY])?.tip;
      // Undone, the note goes: her focus goes back to "Not for us", not to the top of the page.
      if (intent === 'undo')
        this.setState({ setAside: undefined }, () => document.querySelector<HTMLElement>('.not-for-us')?.focus());
      else this.setState({ setAside: tip });
      return tip && tipClickOn('not-for-us', intent, tip, today, clickMoment(), nonce());
    });

  /** Stores the click `clickFor` makes of what the page shows this instant (a second click may come before the first is drawn). */
  #store(clickFor: (shown: DailyValues, today: Day) => Click | undefined) {
    const stored = this.#stored;
    const shown = stored?.latest();
    const click = shown && clickFor(shown, this.state.today);
    if (!stored || !click) return;
    // Shown at once and stored by the page itself, so the click holds even if the page closes
    // now; the background applies it (the change wakes it), and storage's word follows.
    stored.showLocally(click.key, click.value);
    this.setState({ saveFailed: false });
    browser.storage.local.set({ [click.key]: click.value }).then(
      () => undefined,
      () => {
        // Only a write that truly failed says so; storage still has what it had.
        this.setState({ saveFailed: true });
        stored.showLocally(click.key, undefined);
        stored.reread();
      },
    );
  }

  override render() {
    const { values, today, saveFailed, setAside } = this.state;
    // In the language she chose, if not her browser's (the background stores its words for these pages).
    speak(values?.[WORDS_KEY]);
    document.documentElement.lang = t('pageLanguage');
    // The notice about unreadable data is a script of its own, for the rare mother who needs it.
    if (!this.#notice && values && noticeIn(values)) {
      this.#notice = true;
      loadScript('/notice.js');
    }
    return this.props.draw(dailyFrom(values, today, { ...this.#actions, saveFailed, setAside }));
  }

  /** What she can do on the page (the drawings kept for the next page's first frame carry them too, never clicked). */
  #actions = {
    saveFailed: false,
    notForUs: () => this.#notForUs('set-aside'),
    undoNotForUs: () => this.#notForUs('undo'),
    toggleToday: () => this.#toggleToday(),
    toggleFavourite: () => this.#toggleFavourite(),
    anotherTip: () => ask(ANOTHER_TIP_REQUEST),
  };
}
