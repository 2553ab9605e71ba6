/** Reads the list of set-aside keys: `undefined` when the list itself can't be read. */
export function parseSetAside(raw: unknown): string[] | undefined {
  if (raw == null) return [];
  return Array.isArray(raw) && [...raw].every((key) => typeof key === 'string') ? raw : undefined;
}
