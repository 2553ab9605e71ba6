import { expect } from 'vitest';
import type { BrowserWithCloser, CloserPage } from './driver';

/*
 * What the scenarios read back from storage, the badge and pages, and how long they wait for
 * it: a click is saved once storage has it, whatever the background's state; the badge
 * follows when the background wakes.
 */

/** Where the pages keep their first-frame copy in the extension's localStorage (see the README). */
export const PAGE_COPY_KEY = 'closer.lastShown';

/** How long a click may take to reach storage (and the badge) with the background asleep. */
export const SAVE_TIMEOUT_MS = 10_000;

/** How long an open page may take to show what storage says (seconds, on a loaded machine). */
export const PAGE_TIMEOUT_MS = 5000;

/**
 * Makes `tip` today's tip (with `alsoStored` written in the same write): once the background
 * has settled its own first rotation, that rotation with `tip` in it.
 */
export async function setTodaysTip(
  closer: BrowserWithCloser,
  tip: object,
  alsoStored: Record<string, unknown> = {},
): Promise<void> {
  await expect.poll(async () => (await closer.readStorage()).rotation).toBeTruthy();
  const { rotation } = await closer.readStorage();
  await closer.writeStorage({ ...alsoStored, rotation: { ...(rotation as object), tip } });
}

/** Her recorded days as storage holds them; none when `checkIns` has no list of days. */
export async function storedDays(closer: BrowserWithCloser): Promise<string[]> {
  const { checkIns } = await closer.readStorage();
  const days = (checkIns as { days?: unknown } | undefined)?.days;
  return Array.isArray(days) ? days.filter((day): day is string => typeof day === 'string') : [];
}

/** Storage's `unreadable.<from>.…` copies, by key. */
export async function keptAside(closer: BrowserWithCloser, from: string): Promise<Record<string, unknown>> {
  const stored = await closer.readStorage();
  return Object.fromEntries(Object.entries(stored).filter(([key]) => key.startsWith(`unreadable.${from}.`)));
}

/** Polls until the badge reads `text`. */
export async function expectBadgeText(closer: BrowserWithCloser, text: string, message?: string): Promise<void> {
  await expect.poll(async () => (await closer.readBadge()).text, { timeout: SAVE_TIMEOUT_MS, message }).toBe(text);
}

/** Polls until storage has `day` recorded (or not), then (if given) until the badge shows `badge`. */
export async function expectSaved(
  closer: BrowserWithCloser,
  { day, recorded, badge, what }: { day: string; recorded: boolean; badge?: string; what: string },
): Promise<void> {
  await expect
    .poll(async () => (await storedDays(closer)).includes(day), {
      timeout: SAVE_TIMEOUT_MS,
      message: `${what}: ${day} ${recorded ? 'recorded' : 'undone'} in storage`,
    })
    .toBe(recorded);
  if (badge !== undefined) await expectBadgeText(closer, badge, `${what}: the badge`);
}

/** Every alert text `page` shows while it is watched, every 100 ms for `ms`. */
export async function alertsSeenFor(page: CloserPage, ms: number): Promise<string[]> {
  const seen = new Set<string>();
  const end = Date.now() + ms;
  do {
    for (const alert of await page.alerts()) seen.add(alert);
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < end);
  return [...seen];
}

/**
 * Polls until a new popup draws from the last page's copy, before its app loads: opens one
 * at first sight (and closes it) until its app script is not yet there.
 */
export async function expectPopupFirstFrame(closer: BrowserWithCloser): Promise<void> {
  await expect
    .poll(
      async () => {
        const sight = await closer.openPopupAtFirstSight('look');
        await sight.page?.close();
        return sight.appScript;
      },
      { timeout: SAVE_TIMEOUT_MS, message: `a new popup draws from the last page's copy` },
    )
    .toBe(false);
}
