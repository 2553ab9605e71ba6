import { storage } from 'wxt/utils/storage';
import {
  applyCheckIn,
  parseCheckIns,
  salvageDays,
  type CheckIns,
  type CheckInIntent,
  type CheckInsV1,
} from './check-ins';
import type { Day } from './day';
import { hashString } from './hash';
import type { RotationV1 } from './tip-rotation';

/*
 * Every value Closer stores, one item each, versioned from the first version so a
 * later change of shape is a migration, never a guess. Keys we don't know are never
 * touched: we read and write only these, and never clear the storage area.
 */

/** Her recorded days. Written by the pages, one idempotent intent at a time. */
export const checkInsItem = storage.defineItem<CheckInsV1>('local:checkIns', { version: 1, migrations: {} });

/** Today's tip and the shuffled round it belongs to. Written by the background only. */
export const rotationItem = storage.defineItem<RotationV1>('local:rotation', { version: 1, migrations: {} });

/** Keys under which unreadable values were kept aside, while she hasn't yet dismissed the notice. */
export const setAsideItem = storage.defineItem<string[]>('local:setAside', { version: 1, migrations: {} });

/** Reads the set-aside list; a list that is itself unreadable is reported as nothing. */
export function parseSetAside(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((key): key is string => typeof key === 'string') : [];
}

/**
 * Keeps an unreadable value aside, verbatim, under a key of its own, and lists that key
 * for the notice. The key is derived from the value, so two contexts that find the same
 * junk keep one copy.
 */
export async function keepAside(item: { key: string }, raw: unknown): Promise<void> {
  const name = item.key.slice(item.key.indexOf(':') + 1);
  const key = `unreadable.${name}.${hashString(JSON.stringify(raw) ?? String(raw)).toString(36)}`;
  await storage.setItem(`local:${key}`, { value: raw, from: name });
  const listed = parseSetAside(await setAsideItem.getValue());
  if (!listed.includes(key)) await setAsideItem.setValue([...listed, key]);
}

/** Check-ins read from `raw`; an unreadable value is first kept aside (the days still readable in it stay). */
export async function readableCheckIns(raw: unknown): Promise<CheckIns> {
  const parsed = parseCheckIns(raw);
  if (parsed) return parsed;
  await keepAside(checkInsItem, raw);
  return { days: salvageDays(raw) };
}

/** Records or undoes `day` and returns what was written. */
export async function saveCheckIn(day: Day, intent: CheckInIntent): Promise<CheckIns> {
  const next = applyCheckIn(await readableCheckIns(await checkInsItem.getValue()), day, intent);
  await checkInsItem.setValue(next);
  return next;
}

/** She has read the notice: the values kept aside stay where they are. */
export async function dismissSetAsideNotice(): Promise<void> {
  await setAsideItem.removeValue();
}
