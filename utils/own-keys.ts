import { isPendingKey } from './pending';
import { CHECK_INS_KEY, LEFT_IN_PLACE_KEY, ROTATION_KEY, SET_ASIDE_KEY } from './storage-keys';

const WATCHED = new Set([CHECK_INS_KEY, ROTATION_KEY, SET_ASIDE_KEY, LEFT_IN_PLACE_KEY]);

/**
 * A `storage.local` key whose change the background must look at: each value Closer owns
 * (junk written to any of them is kept aside) and each click a page stored. Copies kept
 * aside (`unreadable.…`) and WXT's version marks (`key$`) are written, never watched.
 */
export function isOwnKey(key: string): boolean {
  return WATCHED.has(key) || isPendingKey(key);
}
