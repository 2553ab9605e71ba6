import { render, type VNode } from 'preact';
import { readClock } from '@/utils/days/clock';
import { clickOn, valuesKey, withClick, type DailyValues } from '@/utils/first-frame/daily-values';
import type { Day } from '@/utils/days/day';
import { drawnChildren } from '@/utils/first-frame/drawn-dom';
import { readSnapshot, writeDrawn, writeSnapshot, type Drawn, type PageName } from '@/utils/first-frame/page-snapshot';
import { pageStore } from '@/utils/first-frame/page-store';
import { shownRotation } from '@/utils/tips/parse-rotation';
import { ROTATION_KEY } from '@/utils/storage/storage-keys';
import { whereabouts } from '@/utils/days/travel';

/**
 * What the last page showed, if it showed today: another day's copy would put yesterday's
 * tip on screen, so the page waits for storage instead.
 */
export function lastShownOn(today: Day): Record<string, unknown> | undefined {
  const values = readSnapshot(pageStore())?.values;
  return values && shownRotation(values[ROTATION_KEY])?.day === today ? values : undefined;
}

/** Keeps what the page shows now for the next page to start from. */
export function rememberShown(values: Record<string, unknown>): void {
  writeSnapshot(pageStore(), values, valuesKey(values));
}

/**
 * Keeps how this page draws `values` on `day`, and the values one click away, for the next
 * page of its kind to draw in its first frame: whichever page she clicks in, the next one
 * finds its drawing. Each is drawn off screen with `draw`, as the page draws itself.
 */
export function rememberDrawings(
  page: PageName,
  day: Day,
  values: DailyValues,
  draw: (values: DailyValues) => VNode,
): void {
  const drawings: Drawn[] = [];
  const oneClickAway = withClick(values, clickOn(values, day, whereabouts(readClock()), 'next'));
  for (const shown of [values, oneClickAway]) {
    const holder = document.createElement('div');
    render(draw(shown), holder);
    const nodes = drawnChildren(holder);
    render(null, holder);
    if (nodes) drawings.push({ day, key: valuesKey(shown), nodes });
  }
  writeDrawn(pageStore(), page, drawings);
}
