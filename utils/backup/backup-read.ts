import * as v from 'valibot';
import { BACKUP_FORMAT, type BackupV1 } from './backup-file';
import { BACKUP_KEYS, readableItems, readItem, type BackupKey } from './backup-items';

/*
 * Valibot checks the envelope; each item is read by Closer's own parser, so a file is taken
 * only when it holds exactly what Closer itself would store. Only the settings page loads
 * this file: keep it out of anything the new tab or the popup imports.
 */

/** Far more than forty years of days and notes: anything larger is not one of ours. */
export const MOST_BACKUP_BYTES = 5 * 1024 * 1024;

/** Forty years of days: a bound on the days an item of a backup may hold. */
export const MOST_BACKUP_DAYS = 14_640;

export type BackupProblem = 'too-large' | 'not-json' | 'not-closer' | 'newer' | 'damaged';

/** A file read as a backup, or what is wrong with it; `detail` names the item that can't be read. */
export type BackupRead = { ok: true; backup: BackupV1 } | { ok: false; problem: BackupProblem; detail?: BackupKey };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What Closer's parsers forgive (they put days in order, once each) but a file of ours never holds. */
function sound(key: BackupKey, raw: unknown): boolean {
  const days = isRecord(raw) ? raw.days : undefined;
  if (key === 'checkIns')
    return Array.isArray(days) && days.length <= MOST_BACKUP_DAYS && new Set(days).size === days.length;
  if (key === 'notes' || key === 'pastTips') return isRecord(days) && Object.keys(days).length <= MOST_BACKUP_DAYS;
  return true;
}

const item = (key: BackupKey, year: number) =>
  v.optional(v.custom((raw) => sound(key, raw) && 'value' in readItem(key, raw, year)));

const envelope = (year: number) =>
  v.object({
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(1),
    exported: v.string(),
    items: v.pipe(
      v.custom<Record<string, unknown>>(isRecord),
      v.object(Object.fromEntries(BACKUP_KEYS.map((key) => [key, item(key, year)]))),
    ),
  });

/**
 * Reads `text`, a file of `bytes` bytes, as a backup: its items as Closer reads them, with
 * `year` this year on her calendar (for her sons' birth years).
 */
export function readBackup(text: string, bytes: number, year: number): BackupRead {
  if (bytes > MOST_BACKUP_BYTES || text.length > MOST_BACKUP_BYTES) return { ok: false, problem: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // A file of ours cut short (a download that stopped) is damaged, not some other file.
    const ours = text.trimStart().startsWith('{') && text.includes(`"${BACKUP_FORMAT}"`);
    return { ok: false, problem: ours ? 'damaged' : 'not-json' };
  }
  if (!isRecord(json) || json.format !== BACKUP_FORMAT) return { ok: false, problem: 'not-closer' };
  if (typeof json.version === 'number' && json.version > 1) return { ok: false, problem: 'newer' };
  const read = v.safeParse(envelope(year), json, { abortEarly: true });
  if (!read.success) {
    const [first, second] = read.issues[0].path ?? [];
    const named = first?.key === 'items' && (BACKUP_KEYS as readonly unknown[]).includes(second?.key);
    return { ok: false, problem: 'damaged', ...(named && { detail: second!.key as BackupKey }) };
  }
  const { items } = readableItems(read.output.items, year);
  return { ok: true, backup: { format: BACKUP_FORMAT, version: 1, exported: read.output.exported, items } };
}
