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
import { parseSetAside } from './set-aside';
import { CHECK_INS_KEY, ROTATION_KEY, SET_ASIDE_KEY } from './storage-keys';
import type { RotationV1 } from './tip-rotation';

/*
 * Every value Closer stores, one item each, versioned from the first version so a
 * later change of shape is a migration, never a guess. Keys we don't know are never
 * touched: we read and write only these, and never clear the storage area.
 */

/** Her recorded days. Written by the background, one idempotent intent from a page at a time. */
export const checkInsItem = storage.defineItem<CheckInsV1>(`local:${CHECK_INS_KEY}`, { version: 1, migrations: {} });

/** Today's tip and the shuffled round it belongs to. Written by the background only. */
export const rotationItem = storage.defineItem<RotationV1>(`local:${ROTATION_KEY}`, { version: 1, migrations: {} });

/** Keys under which unreadable values were kept aside, while she hasn't yet dismissed the notice. */
export const setAsideItem = storage.defineItem<string[]>(`local:${SET_ASIDE_KEY}`, { version: 1, migrations: {} });

/** Stores `raw` verbatim under a key derived from it, so two contexts that find the same junk keep one copy. */
async function storeAside(from: string, raw: unknown): Promise<string> {
  const key = `unreadable.${from}.${hashString(JSON.stringify(raw) ?? String(raw)).toString(36)}`;
  await storage.setItem(`local:${key}`, { value: raw, from });
  return key;
}

/** Keeps an unreadable value of `item` aside, verbatim, and lists its key for the notice. */
export async function keepAside(item: { key: string }, raw: unknown): Promise<void> {
  const key = await storeAside(item.key.slice(item.key.indexOf(':') + 1), raw);
  const rawList: unknown = await setAsideItem.getValue();
  const readable = parseSetAside(rawList);
  // A list that can't be read is itself kept aside (under the same key when it is `raw`).
  const listed = readable ?? [await storeAside('setAside', rawList)];
  if (readable === undefined || !listed.includes(key)) await setAsideItem.setValue([...new Set([...listed, key])]);
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
