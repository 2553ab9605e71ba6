import { useEffect, useMemo, useState } from 'preact/hooks';
import { followStorage, type StorageSnapshot } from '@/hooks/follow-storage';
import { followToday } from '@/hooks/follow-today';
import { clickMoments } from '@/utils/days/click-moment';
import { readClock } from '@/utils/days/clock';
import { checkInsIn, isFavouriteIn, tipClickOn, type Click } from '@/utils/first-frame/daily-values';
import { localDay, type Day } from '@/utils/days/day';
import type { Language } from '@/utils/i18n/language';
import { NO_FAVOURITES, parseFavourites, type Favourite, type KeptTip } from '@/utils/tips/favourites';
import { momentOn, parseMomentOfWeek, type MomentOfWeekV1 } from '@/utils/tips/moment-of-week';
import { browser } from '@/utils/browser/native-browser';
import { nonce } from '@/utils/storage/nonce';
import { NOTHING_SET_ASIDE, parseNotForUs, type NotForUsTip } from '@/utils/tips/not-for-us';
import { NO_PAST_TIPS, parsePastTips, pastTipsNewestFirst } from '@/utils/tips/past-tips';
import { isPendingKey, pendingKey, storedClick, type PendingClick } from '@/utils/storage/pending';
import { shownRotation } from '@/utils/tips/parse-rotation';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/utils/settings/settings';
import { parseAway, type AwaySpan } from '@/utils/days/away';
import type { CheckInIntent } from '@/utils/days/check-ins';
import { NO_NOTES, parseNotes, type NotesV1 } from '@/utils/days/notes';
import {
  AWAY_KEY,
  CHECK_INS_KEY,
  FAVOURITES_KEY,
  MOMENT_OF_WEEK_KEY,
  NOTES_KEY,
  NOT_FOR_US_KEY,
  PAST_TIPS_KEY,
  ROTATION_KEY,
  SETTINGS_KEY,
} from '@/utils/storage/storage-keys';
import type { Moment, Tip } from '@/utils/tips/tips';

const KEYS = [
  AWAY_KEY,
  NOTES_KEY,
  CHECK_INS_KEY,
  FAVOURITES_KEY,
  MOMENT_OF_WEEK_KEY,
  NOT_FOR_US_KEY,
  PAST_TIPS_KEY,
  ROTATION_KEY,
  SETTINGS_KEY,
];

/** This page's clicks, in order. */
const clickMoment = clickMoments(readClock);

/** Everything her library shows, once storage and the tips have answered. */
export interface Library {
  today: Day;
  /** Every tip in her language, the shelf's included. */
  tips: readonly Tip[];
  tipsById: ReadonlyMap<string, Tip>;
  favourites: readonly Favourite[];
  setAside: readonly NotForUsTip[];
  /** Each day's tip, by id, newest first. */
  past: ReadonlyArray<{ day: Day; id: string }>;
  connectedDays: ReadonlySet<Day>;
  settings: Settings;
  /** Today's tip's id, if today's tip is settled. */
  todaysTipId: string | undefined;
  /** The moment of the week, while it holds. */
  moment: MomentOfWeekV1 | undefined;
  isFavourite(id: string): boolean;
  toggleFavourite(tip: KeptTip): void;
  bringBack(tip: KeptTip): void;
  makeToday(tip: Tip): void;
  startMoment(moment: Moment): void;
  endMoment(moment: Moment): void;
  /** The spans he is away (an unreadable value reads as none here; the background keeps it aside). */
  away: readonly AwaySpan[];
  /** Her line about each day. */
  notes: NotesV1['days'];
  startAway(from: Day, to: Day | undefined): void;
  endAway(from: Day): void;
  /** Records a day she forgot to mark, or undoes one, from the calendar. */
  markDay(day: Day, intent: CheckInIntent): void;
  /** Her line about `day`, written over `was` (what this page last saw or wrote there). */
  writeNote(day: Day, text: string, was: string): void;
}

/** Where the build puts every tip in `language` (wxt.config.ts): a file of the extension. */
export const tipsFile = (language: Language) => `/tips/${language}.json`;

/** The tip library shipped with Closer in `language`, read once: a file of the extension, never the network. */
async function loadTips(language: Language): Promise<Tip[]> {
  const response = await fetch(tipsFile(language));
  return (await response.json()) as Tip[];
}

/** A click before its moment is known. */
type Unstamped<C> = C extends unknown ? Omit<C, 'at' | 'offset'> : never;

/** A click of the library's own (a moment, "make it today's tip"), as a page stores it. */
function libraryClick(click: Unstamped<PendingClick>): Click {
  const now = clickMoment();
  return { key: pendingKey(now.at, nonce()), value: storedClick({ ...click, ...now } as PendingClick) };
}

/**
 * Her library from storage, followed as it changes (another page may change it too), and what
 * she can do there. Like every page, it stores her clicks; the background applies them.
 * `undefined` until storage and the tips have answered. Her past tips and the days she
 * connected are read only `withHistory` (ten years of them are the page's heaviest work).
 */
export function useLibrary(year: number, withHistory: boolean, language: Language): Library | undefined {
  const [values, setValues] = useState<Record<string, unknown>>();
  const [tips, setTips] = useState<Tip[]>();
  const [today, setToday] = useState(() => localDay(readClock()));
  const [stored, setStored] = useState<StorageSnapshot>();

  // In her language, read again when she chooses another (the tips' ids are the same in each).
  useEffect(() => {
    let current = true;
    void loadTips(language).then((loaded) => current && setTips(loaded));
    return () => {
      current = false;
    };
  }, [language]);

  useEffect(() => {
    const snapshot = followStorage(KEYS, { onShow: setValues, isFollowed: isPendingKey });
    setStored(snapshot);
    const stopToday = followToday(setToday);
    return () => {
      snapshot.stop();
      stopToday();
    };
  }, []);

  // Ten years of days are read once per change of them, not on every click, and only once the
  // page asks for them (its second part).
  const tipsById = useMemo(() => new Map((tips ?? []).map((tip) => [tip.id, tip])), [tips]);
  const rawPast = values?.[PAST_TIPS_KEY];
  const past = useMemo(
    () => (withHistory ? pastTipsNewestFirst(parsePastTips(rawPast) ?? NO_PAST_TIPS) : []),
    [rawPast, withHistory],
  );

  return useMemo(() => {
    if (!values || !tips || !stored) return undefined;
    const store = (click: Click | undefined) => {
      if (!click) return;
      stored.showLocally(click.key, click.value);
      void browser.storage.local.set({ [click.key]: click.value }).catch(() => stored.reread());
    };
    const chosen = parseMomentOfWeek(values[MOMENT_OF_WEEK_KEY]);
    return {
      today,
      tips,
      tipsById,
      favourites: (parseFavourites(values[FAVOURITES_KEY]) ?? NO_FAVOURITES).tips,
      setAside: (parseNotForUs(values[NOT_FOR_US_KEY]) ?? NOTHING_SET_ASIDE).tips,
      past,
      connectedDays: new Set(withHistory ? checkInsIn(values).days : []),
      settings: parseSettings(values[SETTINGS_KEY], year) ?? DEFAULT_SETTINGS,
      todaysTipId: (() => {
        const rotation = shownRotation(values[ROTATION_KEY]);
        return rotation?.day === today ? rotation.tip.id : undefined;
      })(),
      moment: chosen && momentOn(chosen, today) ? chosen : undefined,
      isFavourite: (id) => isFavouriteIn(values, id),
      toggleFavourite: (tip) =>
        store(
          tipClickOn(
            'favourite',
            isFavouriteIn(values, tip.id) ? 'let-go' : 'keep',
            tip as Tip,
            today,
            clickMoment(),
            nonce(),
          ),
        ),
      bringBack: (tip) => store(tipClickOn('not-for-us', 'bring-back', tip as Tip, today, clickMoment(), nonce())),
      makeToday: (tip) => store(libraryClick({ type: 'today', intent: 'choose', id: tip.id, day: today })),
      startMoment: (moment) => store(libraryClick({ type: 'moment', intent: 'start', moment, day: today })),
      endMoment: (moment) => store(libraryClick({ type: 'moment', intent: 'end', moment, day: today })),
      away: parseAway(values[AWAY_KEY])?.spans ?? [],
      notes: (parseNotes(values[NOTES_KEY]) ?? NO_NOTES).days,
      startAway: (from, to) =>
        store(libraryClick({ type: 'away', intent: 'start', day: today, from, ...(to === undefined ? {} : { to }) })),
      endAway: (from) => store(libraryClick({ type: 'away', intent: 'end', day: today, from })),
      markDay: (day, intent) => store(libraryClick({ type: 'check-in', intent, day })),
      writeNote: (on, text, was) => store(libraryClick({ type: 'note', intent: 'write', day: today, on, text, was })),
    };
  }, [values, tips, tipsById, past, withHistory, stored, today, year]);
}
