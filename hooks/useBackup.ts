import { useEffect, useState } from 'preact/hooks';
import { followStorage } from '@/hooks/follow-storage';
import { BACKUP_KEYS } from '@/utils/backup/backup-items';
import type { BackupV1 } from '@/utils/backup/backup-file';
import type { ImportMode } from '@/utils/backup/backup-merge';
import type { ImportRequest } from '@/utils/backup/import-request';
import { readClock } from '@/utils/days/clock';
import { browser } from '@/utils/browser/native-browser';
import { IMPORT_UNDO_KEY, IMPORT_REQUEST_KEY } from '@/utils/storage/storage-keys';

const KEYS = [...BACKUP_KEYS, IMPORT_UNDO_KEY];

/** Her items as stored (followed as they change), and how to ask the background for an import or its undo. */
export interface Backup {
  values: Record<string, unknown>;
  /** A copy of what she had before her last import is kept: one click undoes it. */
  undoAvailable: boolean;
  importFile(mode: ImportMode, backup: BackupV1): void;
  undoImport(): void;
}

/** Asks the background, the one writer of her data, to carry out an import (`utils/background/settle-import.ts`). */
function ask(request: ImportRequest): void {
  void browser.storage.local.set({ [IMPORT_REQUEST_KEY]: JSON.stringify(request) });
}

/** The backup section's storage: `undefined` until storage has answered. */
export function useBackup(): Backup | undefined {
  const [values, setValues] = useState<Record<string, unknown>>();
  useEffect(() => followStorage(KEYS, { onShow: setValues }).stop, []);
  return (
    values && {
      values,
      undoAvailable: values[IMPORT_UNDO_KEY] != null,
      importFile: (mode, backup) => ask({ intent: mode, text: JSON.stringify(backup), at: readClock().getTime() }),
      undoImport: () => ask({ intent: 'undo', at: readClock().getTime() }),
    }
  );
}
