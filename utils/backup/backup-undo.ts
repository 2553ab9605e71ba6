import { BACKUP_KEYS, type BackupKey } from './backup-items';

/** Her items as they were just before an import, stored as they were (readable or not): `null` where she had none. */
export interface UndoCopy {
  items: Record<BackupKey, unknown>;
}

/** The copy to keep before an import writes over her storage `current`. */
export const undoCopy = (current: Record<string, unknown>): UndoCopy => ({
  items: Object.fromEntries(BACKUP_KEYS.map((key) => [key, current[key] ?? null])) as Record<BackupKey, unknown>,
});

/** What puts her storage back exactly as the copy found it: each item set, or removed (`undefined`) where she had none. */
export const restoreFrom = (copy: UndoCopy): Record<string, unknown> =>
  Object.fromEntries(BACKUP_KEYS.map((key) => [key, copy.items[key] ?? undefined]));

/** A stored copy, or `undefined` when it can't be read as one. */
export function parseUndoCopy(raw: unknown): UndoCopy | undefined {
  const items = (raw as { items?: unknown } | null | undefined)?.items;
  if (typeof items !== 'object' || items === null || Array.isArray(items)) return undefined;
  return BACKUP_KEYS.every((key) => Object.hasOwn(items, key)) ? (raw as UndoCopy) : undefined;
}
