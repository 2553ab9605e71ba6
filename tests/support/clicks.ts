import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckInIntent, CheckIns } from '@/utils/days/check-ins';
import type { Day } from '@/utils/days/day';
import type { FavouriteIntent, KeptTip } from '@/utils/tips/favourites';
import {
  pendingKey,
  storedClick as storedClickText,
  type PendingCheckIn,
  type PendingClick,
  type PendingFavourite,
} from '@/utils/storage/pending';
import { settleClicks } from '@/utils/background/settle-clicks';

let clicks = 0;

/** A click as a page stores it, one millisecond after the last one made here. */
export function storedClick(day: Day, intent: CheckInIntent, offset = 60): [string, PendingCheckIn] {
  const at = Date.UTC(2026, 2, 10, 12) + clicks++;
  return [pendingKey(at, `n${clicks}`), { type: 'check-in', day, intent, at, offset }];
}

/** A click on a tip's heart as a page stores it, one millisecond after the last one made here. */
export function storedHeartClick(day: Day, tip: KeptTip, intent: FavouriteIntent): [string, PendingFavourite] {
  const at = Date.UTC(2026, 2, 10, 12) + clicks++;
  return [pendingKey(at, `n${clicks}`), { type: 'favourite', day, intent, tip, at, offset: 60 }];
}

/** Stores a click as a page does. */
export async function storeClick(day: Day, intent: CheckInIntent, offset?: number): Promise<string> {
  const [key, value] = storedClick(day, intent, offset);
  await fakeBrowser.storage.local.set({ [key]: value });
  return key;
}

/** A page's click, then the background's pass over her check-ins: what a click comes to. */
export async function saveCheckIn(day: Day, intent: CheckInIntent): Promise<CheckIns> {
  await storeClick(day, intent);
  return (await settleClicks()).checkIns;
}

type ClickOf<T extends PendingClick['type']> = Omit<Extract<PendingClick, { type: T }>, 'at' | 'offset'>;

/** Any click as a page stores it (as text, as pages do), one millisecond after the last one made here. */
export async function storeAnyClick<T extends PendingClick['type']>(click: ClickOf<T>): Promise<string> {
  const at = Date.UTC(2026, 2, 10, 12) + clicks++;
  const key = pendingKey(at, `n${clicks}`);
  await fakeBrowser.storage.local.set({ [key]: storedClickText({ ...click, at, offset: 60 } as PendingClick) });
  return key;
}
