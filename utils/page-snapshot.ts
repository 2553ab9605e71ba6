/**
 * What the pages last showed, kept in the extension's own `localStorage` so the next new tab
 * or popup can draw today's tip in its first frame: `localStorage` answers synchronously,
 * `storage.local` only after a round trip to the browser. It is a copy, never the truth:
 * the page still reads `storage.local` at once and shows its word if the copy was behind.
 * Only the pages read or write it, and a copy that can't be read is simply not used.
 */
export const SNAPSHOT_KEY = 'closer.lastShown';
/** The copy's shape; a copy of any other version is ignored and replaced on the next write. */
const SNAPSHOT_VERSION = 1;

interface Snapshot {
  version: typeof SNAPSHOT_VERSION;
  /** The `storage.local` values the page last showed, by key. */
  values: Record<string, unknown>;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The values last shown, if the copy is readable; `undefined` otherwise. Never throws. */
export function readSnapshot(store: Store | undefined): Record<string, unknown> | undefined {
  try {
    const snapshot = JSON.parse(store?.getItem(SNAPSHOT_KEY) ?? 'null') as Partial<Snapshot> | null;
    const { version, values } = snapshot ?? {};
    if (version !== SNAPSHOT_VERSION || typeof values !== 'object' || values === null || Array.isArray(values))
      return undefined;
    return values;
  } catch {
    return undefined; // not JSON, or storage refused (cookies blocked, private mode)
  }
}

/** Keeps `values` as the copy. A full or refused `localStorage` only costs the next page its head start. */
export function writeSnapshot(store: Store | undefined, values: Record<string, unknown>): void {
  try {
    store?.setItem(SNAPSHOT_KEY, JSON.stringify({ version: SNAPSHOT_VERSION, values } satisfies Snapshot));
  } catch {
    // ignored: see above
  }
}
