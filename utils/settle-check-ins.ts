import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { parseCheckIns, salvageDays, type CheckIns } from './check-ins';
import { NO_FAVOURITES, parseFavourites } from './favourites';
import { isPendingKey, parsePending, withFavouritesApplied, withPendingApplied } from './pending';
import { keysOf, type KeyedArea } from './keys-of';
import { checkInsItem, favouritesItem, keepAside } from './storage';

/**
 * Applies the clicks pages stored to her check-ins and her favourites, in the order they
 * were made, then removes them; and returns her check-ins as they now stand. A stored value
 * that can't be read is kept aside first (the days still readable in it stay). When there is
 * no room to keep it aside, it is left exactly where it is, and so are the clicks: the two
 * together are her check-ins until there is room, and the pages and the badge count them so.
 */
export async function settleCheckIns(): Promise<CheckIns> {
  const raw: unknown = await checkInsItem.getValue();
  const pendingKeys = (await keysOf(browser.storage.local as unknown as KeyedArea)).filter(isPendingKey);
  const pending: Record<string, unknown> = pendingKeys.length ? await browserLocalGet(pendingKeys) : {};

  // A stored click that can't be read is no click: kept aside, like any unreadable value.
  const unreadable = pendingKeys.filter((key) => parsePending(pending[key]) === undefined);
  for (const key of unreadable) if (await keepAside({ key }, pending[key])) await storage.removeItem(`local:${key}`);

  const parsed = parseCheckIns(raw);
  const readable = parsed ?? { days: salvageDays(raw) };
  const settled = withPendingApplied(readable, pending, parsePending);
  if (parsed === undefined && !(await keepAside(checkInsItem, raw))) return settled;

  if (parsed === undefined || JSON.stringify(settled) !== JSON.stringify(parsed)) await checkInsItem.setValue(settled);
  if (!(await settleFavourites(pending))) return settled;
  const applied = pendingKeys.filter((key) => !unreadable.includes(key));
  if (applied.length) await storage.removeItems(applied.map((key) => `local:${key}` as const));
  return settled;
}

/**
 * Applies the clicks on hearts in `pending` to her favourites. Favourites that can't be read
 * are kept aside whole (none of the tips in them is lost) and a new list starts; `false` when
 * there was no room to keep them, so they and the clicks wait where they are.
 */
async function settleFavourites(pending: Record<string, unknown>): Promise<boolean> {
  const raw: unknown = await favouritesItem.getValue();
  const parsed = parseFavourites(raw);
  if (parsed === undefined && !(await keepAside(favouritesItem, raw))) return false;
  const settled = withFavouritesApplied(parsed ?? NO_FAVOURITES, pending);
  if (parsed === undefined || settled !== parsed) await favouritesItem.setValue(settled);
  return true;
}

async function browserLocalGet(keys: string[]): Promise<Record<string, unknown>> {
  return storage
    .getItems(keys.map((key) => `local:${key}` as const))
    .then((items) => Object.fromEntries(items.map(({ key, value }) => [key.slice('local:'.length), value])));
}
