import { parseAway, type AwayV1 } from '../days/away';
import { parseCheckIns, type CheckIns } from '../days/check-ins';
import { parseFavourites, type Favourites } from '../tips/favourites';
import { parseLanguage, type Language } from '../i18n/language';
import { parseMomentOfWeek, type MomentOfWeekV1 } from '../tips/moment-of-week';
import { parseNotForUs, type NotForUs } from '../tips/not-for-us';
import { parseNotes, type NotesV1 } from '../days/notes';
import { parsePastTips, type PastTipsV1 } from '../tips/past-tips';
import { parseSettings, type Settings } from '../settings/settings';
import {
  AWAY_KEY,
  CHECK_INS_KEY,
  FAVOURITES_KEY,
  LANGUAGE_KEY,
  MOMENT_OF_WEEK_KEY,
  NOT_FOR_US_KEY,
  NOTES_KEY,
  PAST_TIPS_KEY,
  SETTINGS_KEY,
} from '../storage/storage-keys';

/** What a backup holds: her own items, each a `storage.local` key. Rotation, words and notices are Closer's, rebuilt by itself. */
export const BACKUP_KEYS = [
  CHECK_INS_KEY,
  NOTES_KEY,
  AWAY_KEY,
  SETTINGS_KEY,
  LANGUAGE_KEY,
  FAVOURITES_KEY,
  NOT_FOR_US_KEY,
  PAST_TIPS_KEY,
  MOMENT_OF_WEEK_KEY,
] as const;

/** Each item of a backup, as Closer reads it. */
export interface BackupItems {
  checkIns?: CheckIns;
  notes?: NotesV1;
  away?: AwayV1;
  settings?: Settings;
  language?: Language;
  favourites?: Favourites;
  notForUs?: NotForUs;
  pastTips?: PastTipsV1;
  momentOfWeek?: MomentOfWeekV1;
}

export type BackupKey = keyof BackupItems;

type Reader<K extends BackupKey> = (raw: unknown, year: number) => BackupItems[K] | null | undefined;

/** Each item's own parser: a backup holds, and takes, exactly what Closer stores. */
const READERS: { [K in BackupKey]: Reader<K> } = {
  checkIns: parseCheckIns,
  notes: parseNotes,
  away: parseAway,
  settings: parseSettings,
  language: parseLanguage,
  favourites: parseFavourites,
  notForUs: parseNotForUs,
  pastTips: parsePastTips,
  momentOfWeek: parseMomentOfWeek,
};

/** How a stored value of an item reads: absent (nothing stored), unreadable, or its value. */
export type ItemRead<K extends BackupKey> =
  { absent: true } | { unreadable: true } | { value: NonNullable<BackupItems[K]> };

/** Reads `raw` as item `key` the way Closer does; `year` is this year on her calendar (for birth years). */
export function readItem<K extends BackupKey>(key: K, raw: unknown, year: number): ItemRead<K> {
  if (raw == null) return { absent: true };
  const value = READERS[key](raw, year);
  return value == null ? { unreadable: true } : { value: value as NonNullable<BackupItems[K]> };
}

/** Her readable items among storage `values`, and the keys of those that couldn't be read. */
export function readableItems(
  values: Record<string, unknown>,
  year: number,
): { items: BackupItems; unreadable: BackupKey[] } {
  const items: Record<string, unknown> = {};
  const unreadable: BackupKey[] = [];
  for (const key of BACKUP_KEYS) {
    const read = readItem(key, values[key], year);
    if ('value' in read) items[key] = read.value;
    else if ('unreadable' in read) unreadable.push(key);
  }
  return { items: items as BackupItems, unreadable };
}
