import { readableItems, type BackupItems, type BackupKey } from './backup-items';
import type { Day } from '../days/day';

/** The name every Closer backup carries, so a file of anything else is told apart from a damaged one. */
export const BACKUP_FORMAT = 'closer-backup';

/** Version 1 of a backup file: her items as Closer stores them, and when she saved them. */
export interface BackupV1 {
  format: typeof BACKUP_FORMAT;
  version: 1;
  /** The moment she exported it, ISO 8601 (UTC). */
  exported: string;
  /** Each item she had that could be read; an item she didn't have is left out. */
  items: BackupItems;
}

/**
 * The backup of storage `values`, exported at `exportedAt` (ISO 8601). Items that can't be
 * read are left out and listed in `unreadable`, so the page can tell her. `year` is this year
 * on her calendar, as her settings are read with it.
 */
export function backupOf(
  values: Record<string, unknown>,
  exportedAt: string,
  year: number,
): { backup: BackupV1; unreadable: BackupKey[] } {
  const { items, unreadable } = readableItems(values, year);
  return { backup: { format: BACKUP_FORMAT, version: 1, exported: exportedAt, items }, unreadable };
}

/** The file name a backup saved on `day` gets: `closer-backup-YYYY-MM-DD.json`. */
export const backupFileName = (day: Day): string => `closer-backup-${day}.json`;
