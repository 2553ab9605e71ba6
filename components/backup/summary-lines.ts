import type { BackupKey } from '@/utils/backup/backup-items';
import type { CountedKey, ImportPart, ImportSummary } from '@/utils/backup/backup-merge';
import { t, tCount, type MessageName } from '@/utils/i18n/i18n';

/** Each counted item's words, a plural base for `tCount`. */
const COUNT_WORDS: Record<CountedKey, string> = {
  checkIns: 'backupCountDays',
  notes: 'backupCountNotes',
  away: 'backupCountAway',
  favourites: 'backupCountFavourites',
  notForUs: 'backupCountSetAside',
  pastTips: 'backupCountPastTips',
};

const PART_WORDS: Record<ImportPart, MessageName> = {
  settings: 'backupPartSettings',
  language: 'backupPartLanguage',
  momentOfWeek: 'backupPartMoment',
};

/** Each item by name, as she knows it: for what can't be read. */
export const ITEM_WORDS: Record<BackupKey, MessageName> = {
  checkIns: 'backupItemCheckIns',
  notes: 'backupItemNotes',
  away: 'backupItemAway',
  settings: 'backupItemSettings',
  language: 'backupItemLanguage',
  favourites: 'backupItemFavourites',
  notForUs: 'backupItemNotForUs',
  pastTips: 'backupItemPastTips',
  momentOfWeek: 'backupItemMoment',
};

/** Items by name, as a list in her language ("your notes and your settings"). */
export const itemList = (keys: readonly BackupKey[]): string =>
  new Intl.ListFormat(t('pageLanguage')).format(keys.map((key) => t(ITEM_WORDS[key])));

/** A line per counted item that changes, with `more` lines after an item's own. */
const counted = (counts: ImportSummary['added'], more: Partial<Record<CountedKey, string[]>> = {}): string[] =>
  (Object.keys(COUNT_WORDS) as CountedKey[]).flatMap((key) => [
    ...(counts[key] > 0 ? [tCount(COUNT_WORDS[key], counts[key])] : []),
    ...(more[key] ?? []),
  ]);

/** `base`'s words for `count`, when there is any. */
const some = (base: string, count: number): string[] => (count > 0 ? [tCount(base, count)] : []);

/** What an import brings her, one line each. */
export function addedLines(summary: ImportSummary): string[] {
  const notes = [
    ...some('backupCountNotesBoth', summary.mode === 'merge' ? summary.notesChanged : 0),
    ...some('backupCountNotesCut', summary.notesCut),
  ];
  return [
    ...counted(summary.added, { notes }),
    ...summary.taken.map((part) => t(PART_WORDS[part])),
    ...(summary.unreadable.length > 0 ? [t('backupUnreadableReplaced', itemList(summary.unreadable))] : []),
  ];
}

/** What a replace takes away from her, one line each. */
export function removedLines(summary: ImportSummary): string[] {
  return [
    ...counted(summary.removed, { notes: some('backupCountNotesReplaced', summary.notesChanged) }),
    ...summary.dropped.map((part) => t(PART_WORDS[part])),
  ];
}
