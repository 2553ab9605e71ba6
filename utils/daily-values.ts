import { applyCheckIn, parseCheckIns, salvageDays, type CheckIns, type CheckInIntent } from './check-ins';
import type { Day } from './day';
import { hashString } from './hash';
import { CHECK_INS_KEY } from './storage-keys';

/**
 * The pages' values (`storage.local`'s checkIns, rotation and setAside, as a page knows
 * them) and what a click on the check-in button does to them, for the app and the
 * first-frame script alike.
 */
export type DailyValues = Record<string, unknown>;

/** Her check-ins as the page shows them: the readable days of an unreadable value, too. */
export function checkInsIn(values: DailyValues): CheckIns {
  const raw = values[CHECK_INS_KEY];
  return parseCheckIns(raw) ?? { days: salvageDays(raw) };
}

/** What a click on the button means for `values`: undo today if it is recorded, else record it. */
export function clickIntent(values: DailyValues, today: Day): CheckInIntent {
  return checkInsIn(values).days.includes(today) ? 'undo' : 'record';
}

/** `values` once the background has done `intent` for `today`. */
export function withCheckIn(values: DailyValues, today: Day, intent: CheckInIntent): DailyValues {
  return { ...values, [CHECK_INS_KEY]: applyCheckIn(checkInsIn(values), today, intent) };
}

/** JSON with each object's keys in one order, so equal values give equal text however built. */
const stableJson = (value: unknown) =>
  JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort())
      : inner,
  );

/** A short key for `values`: what a drawing was drawn from. */
export function valuesKey(values: DailyValues): number {
  return hashString(stableJson(values));
}
