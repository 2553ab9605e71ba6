import { parseCheckIns, salvageDays, type CheckIns, type CheckInIntent } from '../days/check-ins';
import type { Day } from '../days/day';
import { keptWords } from '../tips/favourites';
import { hashString } from '../tips/hash';
import {
  pendingIn,
  shownClick,
  pendingKey,
  storedClick,
  withPendingApplied,
  type PendingCheckIn,
  type PendingClick,
} from '../storage/pending';
import { sonNameIn } from '../settings/settings';
import { isAwayOn, type AwaySpan } from '../days/away';
import {
  AWAY_KEY,
  CHECK_INS_KEY,
  FAVOURITES_KEY,
  LEFT_IN_PLACE_KEY,
  ROTATION_KEY,
  SET_ASIDE_KEY,
  SETTINGS_KEY,
} from '../storage/storage-keys';
import type { Tip } from '../tips/tips';
import { dayKeptByJourney, type Whereabouts } from '../days/travel';
import { summarizeStreak, type StreakSummary } from '../days/streak';

/**
 * The pages' values (`storage.local`'s checkIns, rotation, setAside and leftInPlace, and
 * the clicks still waiting for the background, as a page knows them) and what a click on
 * the check-in button does to them, for the app and the first-frame script alike.
 */
export type DailyValues = Record<string, unknown>;

/** Her check-ins as the page shows them: the readable days of an unreadable value too, and every click not yet applied. */
export function checkInsIn(values: DailyValues): CheckIns {
  const raw = values[CHECK_INS_KEY];
  return withPendingApplied(parseCheckIns(raw) ?? { days: salvageDays(raw) }, values, shownClick);
}

/** The spans he is away, read leniently: the page only shows them (the background reads them strictly). */
function awayIn(values: DailyValues): AwaySpan[] {
  const spans = (values[AWAY_KEY] as { spans?: unknown } | undefined)?.spans;
  return Array.isArray(spans) ? (spans as AwaySpan[]) : [];
}

/** The streak the page shows on `today`, for her where she is now. */
export function streakIn(values: DailyValues, today: Day, now: Whereabouts): StreakSummary {
  const checkIns = checkInsIn(values);
  const spans = awayIn(values);
  return summarizeStreak(checkIns.days, today, dayKeptByJourney(checkIns, now), (day) => isAwayOn(spans, day));
}

/**
 * Whether the page shows the tip `id` among her favourites: as stored, then as her clicks not
 * yet applied leave it. Read leniently (the pages only show it; the background, which writes
 * the list, reads it strictly and keeps an unreadable one aside), so the pages stay small.
 */
export function isFavouriteIn(values: DailyValues, id: string | undefined): boolean {
  const tips = (values[FAVOURITES_KEY] as { tips?: unknown } | undefined)?.tips;
  let kept = Array.isArray(tips) && tips.some((tip) => (tip as { id?: unknown } | null)?.id === id);
  for (const [, click] of pendingIn(values, shownClick))
    if (click.type === 'favourite' && click.tip.id === id) kept = click.intent === 'keep';
  return id !== undefined && kept;
}

/** A click on `tip` (its heart, "not for us") she makes on `today` (at `now`), with the words she sees. */
export function tipClickOn<T extends 'favourite' | 'not-for-us'>(
  type: T,
  intent: Extract<PendingClick, { type: T }>['intent'],
  tip: Tip,
  today: Day,
  now: Whereabouts,
  nonce: string,
): Click {
  const click = { type, day: today, intent, tip: keptWords(tip), ...now } as PendingClick;
  return { key: pendingKey(now.at, nonce), value: storedClick(click) };
}

/** The click on the heart of `tip` she makes on `today` (at `now`) when the page shows `values`: keep it, or let it go. */
export function heartClickOn(values: DailyValues, tip: Tip, today: Day, now: Whereabouts, nonce: string): Click {
  return tipClickOn('favourite', isFavouriteIn(values, tip.id) ? 'let-go' : 'keep', tip, today, now, nonce);
}

/** What a click on the button means for `values`: undo today if it is recorded, else record it. */
export function clickIntent(values: DailyValues, today: Day): CheckInIntent {
  return checkInsIn(values).days.includes(today) ? 'undo' : 'record';
}

/** A click as the page stores it: its own key and the intent it carries (`storedClick`). */
export interface Click {
  key: string;
  value: string;
}

/** The click she makes on `today` (at `now`) when the page shows `values`. */
export function clickOn(values: DailyValues, today: Day, now: Whereabouts, nonce: string): Click {
  const click: PendingCheckIn = { type: 'check-in', day: today, intent: clickIntent(values, today), ...now };
  return { key: pendingKey(now.at, nonce), value: storedClick(click) };
}

/** `values` once `click` is stored. */
export function withClick(values: DailyValues, click: Click): DailyValues {
  return { ...values, [click.key]: click.value };
}

/** JSON with each object's keys in one order, so equal values give equal text however built. */
const stableJson = (value: unknown) =>
  JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort())
      : inner,
  );

/**
 * A short key for what the page draws from `values`: the same before and after the
 * background applies a click (the click's key and moment don't change the drawing), and the
 * same after two clicks as before them, so a page's drawing and the one a click away make a
 * pair. (Where she recorded her last day changes the streak only after a journey, which the
 * app puts right the moment it takes over.)
 */
export function valuesKey(values: DailyValues): number {
  return hashString(
    stableJson([
      checkInsIn(values).days,
      parseCheckIns(values[CHECK_INS_KEY]) !== undefined,
      values[ROTATION_KEY],
      awayIn(values),
      values[SET_ASIDE_KEY],
      values[LEFT_IN_PLACE_KEY],
      sonNameIn(values[SETTINGS_KEY]),
      isFavouriteIn(values, (values[ROTATION_KEY] as { tip?: { id?: string } } | undefined)?.tip?.id),
    ]),
  );
}
