import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckInIntent, CheckIns } from '@/utils/check-ins';
import type { Day } from '@/utils/day';
import type { FavouriteIntent, KeptTip } from '@/utils/favourites';
import { pendingKey, type PendingCheckIn, type PendingFavourite } from '@/utils/pending';
import { settleCheckIns } from '@/utils/settle-check-ins';

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
  return settleCheckIns();
}
