import { isPendingKey } from './pending';
import {
  AWAY_KEY,
  CHECK_INS_KEY,
  IMPORT_REQUEST_KEY,
  NOTES_KEY,
  FAVOURITES_KEY,
  LANGUAGE_KEY,
  LEFT_IN_PLACE_KEY,
  MOMENT_OF_WEEK_KEY,
  NOT_FOR_US_KEY,
  PAST_TIPS_KEY,
  ROTATION_KEY,
  SET_ASIDE_KEY,
  SETTINGS_KEY,
  WORDS_KEY,
} from './storage-keys';

// Her settings and her language too: a change of them may change today's tip at once.
const WATCHED = new Set([
  CHECK_INS_KEY,
  ROTATION_KEY,
  SET_ASIDE_KEY,
  LEFT_IN_PLACE_KEY,
  SETTINGS_KEY,
  FAVOURITES_KEY,
  NOT_FOR_US_KEY,
  MOMENT_OF_WEEK_KEY,
  PAST_TIPS_KEY,
  LANGUAGE_KEY,
  WORDS_KEY,
  NOTES_KEY,
  AWAY_KEY,
]);

/**
 * Whether a change to `key` is one the background must look at: any change to a value
 * Closer owns (junk written to any of them is kept aside) and a click or an import a page
 * stored (not its removal, which is the background's own doing). Copies kept aside (`unreadable.…`)
 * and WXT's version marks (`key$`) are written, never watched.
 */
export function needsPass(key: string, change: { newValue?: unknown }): boolean {
  const asked = isPendingKey(key) || key === IMPORT_REQUEST_KEY;
  return WATCHED.has(key) || (asked && change.newValue != null);
}
