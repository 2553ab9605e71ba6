import type { ImportMode } from './backup-merge';

/**
 * An import she asked for on the settings page, stored as text (`importRequest`) for the
 * background, the one writer of her data, to carry out: the file's text as she chose it (the
 * background reads it again, as strictly as the page did), or the undo of the last import.
 * A page stores one at a time; `at` tells one request from the next.
 */
export type ImportRequest = { intent: ImportMode; text: string; at: number } | { intent: 'undo'; at: number };

/** A stored request, or `undefined` when the value isn't one. */
export function parseImportRequest(stored: unknown): ImportRequest | undefined {
  let raw: unknown;
  try {
    raw = typeof stored === 'string' ? JSON.parse(stored) : undefined;
  } catch {
    return undefined;
  }
  const { intent, text, at } = (raw ?? {}) as Record<string, unknown>;
  if (!Number.isSafeInteger(at)) return undefined;
  if (intent === 'undo') return { intent, at: at as number };
  return (intent === 'merge' || intent === 'replace') && typeof text === 'string'
    ? { intent, text, at: at as number }
    : undefined;
}
