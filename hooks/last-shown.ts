import type { Day } from '@/utils/day';
import { readSnapshot, writeSnapshot } from '@/utils/page-snapshot';
import { parseRotation } from '@/utils/parse-rotation';
import { ROTATION_KEY } from '@/utils/storage-keys';

/** The page's `localStorage`; reading the property itself throws where site data is blocked. */
function pageStore(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * What the last page showed, if it showed today: another day's copy would put yesterday's
 * tip on screen, so the page waits for storage instead.
 */
export function lastShownOn(today: Day): Record<string, unknown> | undefined {
  const values = readSnapshot(pageStore());
  return values && parseRotation(values[ROTATION_KEY])?.day === today ? values : undefined;
}

/** Keeps what the page shows now for the next page to start from. */
export function rememberShown(values: Record<string, unknown>): void {
  writeSnapshot(pageStore(), values);
}
