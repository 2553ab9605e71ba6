import { browser } from 'wxt/browser';
import { showBadge, badgeFor } from './badge';
import { localDay, msUntilNextDay } from './day';
import { library } from './library';
import { parseRotation } from './parse-rotation';
import { parseCheckIns } from './check-ins';
import { parseSetAside } from './set-aside';
import { checkInsItem, keepAside, readableCheckIns, rotationItem, setAsideItem } from './storage';
import { summarizeStreak } from './streak';
import { rotationFor } from './tip-rotation';

/** The alarm that wakes the background just after local midnight. */
export const NEXT_DAY_ALARM = 'next-day';
/** A slow safety net for clocks and time zones that change without a midnight. */
export const CLOCK_CHECK_ALARM = 'clock-check';

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;
}

/**
 * Brings everything up to date for the day `now` falls on: keeps unreadable values
 * aside, settles today's tip, paints the badge and sets the next midnight alarm.
 * Idempotent, and it writes only what changed, so it can run on every event.
 */
export async function refreshDay(now: Date, drawSeed: () => number = randomSeed): Promise<void> {
  const today = localDay(now);

  const rawSetAside: unknown = await setAsideItem.getValue();
  if (parseSetAside(rawSetAside) === undefined) await keepAside(setAsideItem, rawSetAside);

  const rawCheckIns: unknown = await checkInsItem.getValue();
  const checkIns = await readableCheckIns(rawCheckIns);
  if (parseCheckIns(rawCheckIns) === undefined) await checkInsItem.setValue(checkIns);

  const rawRotation: unknown = await rotationItem.getValue();
  const previous = parseRotation(rawRotation);
  if (previous === undefined) await keepAside(rotationItem, rawRotation);
  const rotation = rotationFor(previous ?? undefined, today, library, previous?.seed ?? drawSeed());
  if (rotation !== previous) await rotationItem.setValue(rotation);

  await showBadge(badgeFor(summarizeStreak(checkIns.days, today)));
  await browser.alarms.create(NEXT_DAY_ALARM, { when: now.getTime() + msUntilNextDay(now) + 500 });
  if (!(await browser.alarms.get(CLOCK_CHECK_ALARM)))
    await browser.alarms.create(CLOCK_CHECK_ALARM, { periodInMinutes: 15 });
}
