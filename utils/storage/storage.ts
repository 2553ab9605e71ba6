import { storage } from 'wxt/utils/storage';
import type { CheckInsV2 } from '../days/check-ins';
import { hashString } from '../tips/hash';
import { parseSetAside } from './set-aside';
import type { SettingsV1 } from '../settings/settings';
import type { FavouritesV1 } from '../tips/favourites';
import type { LanguageV1 } from '../i18n/language';
import type { Words } from '../i18n/words';
import type { MomentOfWeekV1 } from '../tips/moment-of-week';
import type { NotForUsV1 } from '../tips/not-for-us';
import type { PastTipsV1 } from '../tips/past-tips';
import type { NotesV1 } from '../days/notes';
import type { AwayV1 } from '../days/away';
import {
  AWAY_KEY,
  CHECK_INS_KEY,
  FAVOURITES_KEY,
  IMPORT_REQUEST_KEY,
  IMPORT_UNDO_KEY,
  LANGUAGE_KEY,
  LEFT_IN_PLACE_KEY,
  MOMENT_OF_WEEK_KEY,
  NOTES_KEY,
  NOT_FOR_US_KEY,
  PAST_TIPS_KEY,
  ROTATION_KEY,
  SET_ASIDE_KEY,
  SETTINGS_KEY,
  WORDS_KEY,
} from './storage-keys';
import { rotationV1ToV2 } from '../tips/parse-rotation';
import type { RotationV2 } from '../tips/tip-rotation';

/*
 * Every value Closer stores, one item each, versioned from the first version so a
 * later change of shape is a migration, never a guess. Keys we don't know are never
 * touched: we read and write only these (and the clicks in `pending.ts`), and never clear
 * the storage area.
 */

/** Her recorded days. Written by the background alone, from the clicks pages store (`pending.ts`). */
export const checkInsItem = storage.defineItem<CheckInsV2>(`local:${CHECK_INS_KEY}`, {
  version: 2,
  migrations: {
    // v1 -> v2 adds the optional `lastRecorded`: a v1 value is already a v2 value, and a value
    // that can't be read is left exactly as it is, for the background to keep aside.
    2: (v1: unknown) => v1 as CheckInsV2,
  },
});

/** The tips she kept, with the words she saw. Written by the background alone, from the clicks pages store. */
export const favouritesItem = storage.defineItem<FavouritesV1>(`local:${FAVOURITES_KEY}`, {
  version: 1,
  migrations: {},
});

/** The tips she marked "not for us", with the words she saw: no rotation draws them. Written by the background alone, from the clicks pages store. */
export const notForUsItem = storage.defineItem<NotForUsV1>(`local:${NOT_FOR_US_KEY}`, { version: 1, migrations: {} });

/** The moment she chose for this week, whose shelf's tips come first. Written by the background alone, from the clicks pages store. */
export const momentOfWeekItem = storage.defineItem<MomentOfWeekV1>(`local:${MOMENT_OF_WEEK_KEY}`, {
  version: 1,
  migrations: {},
});

/** Each day's tip, by id, from the day Closer first kept one. Written by the background only. */
export const pastTipsItem = storage.defineItem<PastTipsV1>(`local:${PAST_TIPS_KEY}`, { version: 1, migrations: {} });

/** Her line about each day they connected. Written by the background alone, from the clicks pages store. */
export const notesItem = storage.defineItem<NotesV1>(`local:${NOTES_KEY}`, { version: 1, migrations: {} });

/** The spans of days he is away, which neither add to her streak nor break it. Written by the background alone, from the clicks pages store. */
export const awayItem = storage.defineItem<AwayV1>(`local:${AWAY_KEY}`, { version: 1, migrations: {} });

/** An import she asked for on the settings page (`import-request.ts`), as text. Written by that page; removed by the background once carried out. */
export const importRequestItem = storage.defineItem<string>(`local:${IMPORT_REQUEST_KEY}`, {
  version: 1,
  migrations: {},
});

/**
 * Her items as they were before her last import (each as it was stored, `null` where she had
 * none), while she may undo it: read through `utils/backup/backup-undo.ts`. Written by the background only.
 */
export const importUndoItem = storage.defineItem<{ items: Record<string, unknown>; at: number }>(
  `local:${IMPORT_UNDO_KEY}`,
  {
    version: 1,
    migrations: {},
  },
);

/** Today's tip and the shuffled round it belongs to. Written by the background only. */
export const rotationItem = storage.defineItem<RotationV2>(`local:${ROTATION_KEY}`, {
  version: 2,
  // v1 -> v2: the tips she passed on today, and today's tip with the tags of the rewritten library.
  migrations: { 2: rotationV1ToV2 as (v1: unknown) => RotationV2 },
});

/**
 * Who her sons are, her way of closeness, the themes she wants more or fewer of. Written by the
 * pages where she sets them (the welcome page, the settings page); read by the background,
 * which chooses today's tip from them.
 */
export const settingsItem = storage.defineItem<SettingsV1>(`local:${SETTINGS_KEY}`, { version: 1, migrations: {} });

/** The language she chose in the settings (none stored: her browser's). Written by the settings page. */
export const languageItem = storage.defineItem<LanguageV1>(`local:${LANGUAGE_KEY}`, { version: 1, migrations: {} });

/**
 * The new tab's and the popup's words in the language she chose, while it is not her browser's
 * (which the browser speaks itself). Written by the background only.
 */
export const wordsItem = storage.defineItem<Words>(`local:${WORDS_KEY}`, { version: 1, migrations: {} });

/** Keys under which unreadable values were kept aside, while she hasn't yet dismissed the notice. */
export const setAsideItem = storage.defineItem<string[]>(`local:${SET_ASIDE_KEY}`, { version: 1, migrations: {} });

/**
 * Keys of unreadable values that couldn't be kept aside (storage full), so they were left
 * where they are, untouched; while she hasn't yet dismissed the notice.
 */
export const leftInPlaceItem = storage.defineItem<string[]>(`local:${LEFT_IN_PLACE_KEY}`, {
  version: 1,
  migrations: {},
});

/** Stores `raw` verbatim under a key derived from it, so two contexts that find the same junk keep one copy. */
async function storeAside(from: string, raw: unknown): Promise<string> {
  const key = `unreadable.${from}.${hashString(JSON.stringify(raw) ?? String(raw)).toString(36)}`;
  await storage.setItem(`local:${key}`, { value: raw, from });
  return key;
}

/** Adds `key` to the list `item` holds; a list that can't be read is itself kept aside first. */
async function addToList(item: typeof setAsideItem, key: string): Promise<void> {
  const rawList: unknown = await item.getValue();
  const readable = parseSetAside(rawList);
  const listed = readable ?? [await storeAside(item.key.slice(item.key.indexOf(':') + 1), rawList)];
  if (readable === undefined || !listed.includes(key)) await item.setValue([...new Set([...listed, key])]);
}

/**
 * Keeps an unreadable value of `item` aside, verbatim, and lists its key for the notice.
 * Returns `false` when there was no room for the copy: the value must then stay where it
 * is, and the notice says so.
 */
export async function keepAside(item: { key: string }, raw: unknown): Promise<boolean> {
  const from = item.key.slice(item.key.indexOf(':') + 1);
  let key: string;
  try {
    key = await storeAside(from, raw);
  } catch {
    await addToList(leftInPlaceItem, from);
    return false;
  }
  await addToList(setAsideItem, key);
  // Kept at last: the notice no longer says it was left in place.
  const left = parseSetAside(await leftInPlaceItem.getValue());
  if (left?.includes(from)) await leftInPlaceItem.setValue(left.filter((listed) => listed !== from));
  return true;
}

/** She has read the notice: the values kept aside (or left in place) stay where they are. */
export async function dismissSetAsideNotice(): Promise<void> {
  await Promise.all([setAsideItem.removeValue(), leftInPlaceItem.removeValue()]);
}
