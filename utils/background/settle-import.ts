import { storage } from 'wxt/utils/storage';
import { BACKUP_KEYS } from '../backup/backup-items';
import { importPlan } from '../backup/backup-merge';
import { readBackup } from '../backup/backup-read';
import { parseUndoCopy, restoreFrom, undoCopy, type UndoCopy } from '../backup/backup-undo';
import type { Day } from '../days/day';
import { parseImportRequest } from '../backup/import-request';
import type { PastTipsV1 } from '../tips/past-tips';
import { importRequestItem, importUndoItem, keepAside } from '../storage/storage';

/** Sets each key of `next` in `storage.local`, and removes each whose value is `undefined`. */
async function write(next: Record<string, unknown>): Promise<void> {
  const entries = Object.entries(next);
  const set = entries.filter(([, value]) => value !== undefined);
  const gone = entries.filter(([, value]) => value === undefined).map(([key]) => `local:${key}` as const);
  if (set.length) await storage.setItems(set.map(([key, value]) => ({ key: `local:${key}` as const, value })));
  if (gone.length) await storage.removeItems(gone);
}

/**
 * Carries out the import she asked for on the settings page, if any: first a copy of her items
 * as they stand (`importUndo`, the one undo offers), then the file merged in or put in their
 * place; or the undo, which puts every item back exactly as the copy found it. A request that
 * can't be read, or a file that no longer reads, changes nothing and is kept aside. Returns
 * the tip the import says was today's (`today`, her date), so a restore brings it back too.
 */
export async function settleImport(year: number, today: Day): Promise<string | undefined> {
  const stored: unknown = await importRequestItem.getValue();
  if (stored == null) return undefined;
  let todaysTip: string | undefined;
  const request = parseImportRequest(stored);
  const undo = parseUndoCopy(await importUndoItem.getValue()) as (UndoCopy & { at?: number }) | undefined;
  if (request?.intent === 'undo') {
    if (undo) await write(restoreFrom(undo));
    await importUndoItem.removeValue();
  } else if (request) {
    const read = readBackup(request.text, request.text.length, year);
    if (!read.ok) await keepAside(importRequestItem, stored);
    // Asked again after a pass that stopped half way: the copy it kept is of what she had before.
    else {
      const current = await storage.getItems(BACKUP_KEYS.map((key) => `local:${key}` as const));
      const values = Object.fromEntries(current.map(({ key, value }) => [key.slice('local:'.length), value]));
      if (undo?.at !== request.at) await importUndoItem.setValue({ ...undoCopy(values), at: request.at });
      const { next } = importPlan(values, read.backup, request.intent, year);
      await write(next);
      // A file saved today: its tip for today comes back too (merged in as well, so a restore after a wipe is whole).
      todaysTip = (read.backup.items.pastTips as PastTipsV1 | undefined)?.days[today];
    }
  } else await keepAside(importRequestItem, stored);
  await importRequestItem.removeValue();
  return todaysTip;
}
