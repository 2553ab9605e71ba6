import { browser } from 'wxt/browser';
import { showBadge, badgeFor } from './badge';
import { localDay, msUntilNextDay } from './day';
import { dailyTips } from './library';
import { parseRotation } from './parse-rotation';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';
import { parseSetAside } from './set-aside';
import { settleCheckIns } from './settle-check-ins';
import { keepAside, leftInPlaceItem, rotationItem, setAsideItem, settingsItem } from './storage';
import { summarizeStreak } from './streak';
import { themeWeight, tipFits } from './tip-fit';
import { anotherTip, rotationFor, type Fit } from './tip-rotation';
import { dayKeptByJourney, whereabouts } from './travel';

/** The alarm that wakes the background just after local midnight. */
export const NEXT_DAY_ALARM = 'next-day';
/** A slow safety net for clocks and time zones that change without a midnight. */
export const CLOCK_CHECK_ALARM = 'clock-check';

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;
}

/** Keeps a list of Closer's own aside if it can't be read, so the notice never loses track. */
async function keepListReadable(item: typeof setAsideItem): Promise<void> {
  const raw: unknown = await item.getValue();
  if (parseSetAside(raw) === undefined) await keepAside(item, raw);
}

/** Her settings, as far as they can be read: an unreadable value is kept aside, and the defaults used meanwhile. */
async function readSettings(year: number): Promise<Settings> {
  const raw: unknown = await settingsItem.getValue();
  const settings = parseSettings(raw, year);
  // Kept aside, the junk gives way to the defaults, which she sees and can change; left in place, it stays.
  if (settings === undefined && (await keepAside(settingsItem, raw))) await settingsItem.setValue(DEFAULT_SETTINGS);
  return settings ?? DEFAULT_SETTINGS;
}

/**
 * After an update from a version without settings: the defaults, marked not yet asked, so her
 * next new tab asks the two questions she never saw on a welcome page. Settings she has are kept.
 */
export async function openQuestionsAfterUpdate(): Promise<void> {
  if ((await settingsItem.getValue()) == null) await settingsItem.setValue(DEFAULT_SETTINGS);
}

/** The tips that fit her and her sons this year, and the order her themes give them. */
export function fitFor(settings: Settings, year: number): Fit {
  return { fits: (tip) => tipFits(tip, settings, year), weight: (tip) => themeWeight(tip.theme, settings) };
}

/**
 * Brings everything up to date for the day `now` falls on: applies the clicks pages stored,
 * keeps unreadable values aside, settles today's tip, paints the badge and sets the next
 * midnight alarm. Idempotent, and it writes only what changed, so it can run on every event.
 */
export async function refreshDay(now: Date, drawSeed: () => number = randomSeed): Promise<void> {
  const today = localDay(now);

  await keepListReadable(setAsideItem);
  await keepListReadable(leftInPlaceItem);

  const checkIns = await settleCheckIns();

  const rawRotation: unknown = await rotationItem.getValue();
  const previous = parseRotation(rawRotation);
  // Aside or not, a new rotation replaces one that can't be read: it holds nothing of hers.
  if (previous === undefined) await keepAside(rotationItem, rawRotation);
  const fit = fitFor(await readSettings(now.getFullYear()), now.getFullYear());
  const rotation = rotationFor(previous ?? undefined, today, dailyTips, previous?.seed ?? drawSeed(), fit);
  if (rotation !== previous) await rotationItem.setValue(rotation);

  await showBadge(badgeFor(summarizeStreak(checkIns.days, today, dayKeptByJourney(checkIns, whereabouts(now)))));
  await browser.alarms.create(NEXT_DAY_ALARM, { when: now.getTime() + msUntilNextDay(now) + 500 });
  if (!(await browser.alarms.get(CLOCK_CHECK_ALARM)))
    await browser.alarms.create(CLOCK_CHECK_ALARM, { periodInMinutes: 15 });
}

/**
 * "Another tip for today": today brought up to date first, then a different fitting tip in
 * place of today's (the one she passed on goes back into the round). Every page follows the
 * stored rotation, so each open page shows the new tip.
 */
export async function anotherTipToday(now: Date, drawSeed: () => number = randomSeed): Promise<void> {
  await refreshDay(now, drawSeed);
  const rotation = parseRotation(await rotationItem.getValue());
  if (!rotation) return;
  const year = now.getFullYear();
  const next = anotherTip(rotation, dailyTips, fitFor(await readSettings(year), year));
  if (next !== rotation) await rotationItem.setValue(next);
}
