import type { Day } from '../days/day';
import type { DrawnNode } from './drawn-dom';

/**
 * What the pages last showed, kept in the extension's own `localStorage` so the next new tab
 * or popup can draw today in its first frame: `localStorage` answers synchronously,
 * `storage.local` only after a round trip to the browser. It is a copy, never the truth:
 * the page still reads `storage.local` at once and shows its word if the copy was behind.
 * Only the pages read or write it, and a copy that can't be read is simply not used.
 */
export const SNAPSHOT_KEY = 'closer.lastShown';
/**
 * The copy's shape; a copy of any other version is ignored and replaced on the next write.
 * Version 2 added `key`, so the first frame needs none of the logic that derives it.
 */
const SNAPSHOT_VERSION = 2;

/** Closer's pages, each drawn its own way. */
export type PageName = 'newtab' | 'popup';
const PAGES: readonly PageName[] = ['newtab', 'popup'];

/** What one page drew on `day` from the values whose `valuesKey` is `key`. */
export interface Drawn {
  day: Day;
  key: number;
  /** Checked only when rebuilt (`buildDrawn`): a copy is data, never trusted as DOM. */
  nodes: DrawnNode[];
}

export interface Snapshot {
  version: typeof SNAPSHOT_VERSION;
  /** The `storage.local` values the page last showed, by key. */
  values: Record<string, unknown>;
  /** `valuesKey(values)`: which drawing is of these values. */
  key: number;
  /**
   * What each page drew from these values and from the values one click away, so the next
   * page of its kind can draw either, whichever page the click came from.
   */
  drawn: Partial<Record<PageName, Drawn[]>>;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The copy, if it is readable; `undefined` otherwise. Never throws. */
export function readSnapshot(store: Store | undefined): Snapshot | undefined {
  try {
    const snapshot = JSON.parse(store?.getItem(SNAPSHOT_KEY) ?? 'null') as unknown;
    if (!isRecord(snapshot) || snapshot.version !== SNAPSHOT_VERSION || !isRecord(snapshot.values)) return undefined;
    if (typeof snapshot.key !== 'number') return undefined;
    return {
      version: SNAPSHOT_VERSION,
      values: snapshot.values,
      key: snapshot.key,
      drawn: prunedDrawn(snapshot.drawn),
    };
  } catch {
    return undefined; // not JSON, or storage refused (cookies blocked, private mode)
  }
}

const isDrawn = (value: unknown): value is Drawn =>
  isRecord(value) && typeof value.day === 'string' && typeof value.key === 'number' && Array.isArray(value.nodes);

/** What Closer's pages drew, and nothing else: whatever else a copy holds is dropped on the next write. */
function prunedDrawn(drawn: unknown): Snapshot['drawn'] {
  const pruned: Snapshot['drawn'] = {};
  if (!isRecord(drawn)) return pruned;
  for (const page of PAGES) {
    const drawings = drawn[page];
    if (Array.isArray(drawings)) pruned[page] = drawings.filter(isDrawn);
  }
  return pruned;
}

function write(store: Store | undefined, snapshot: Snapshot): void {
  try {
    store?.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot));
  } catch {
    // A full or refused `localStorage` only costs the next page its head start.
  }
}

/** Keeps `values` (whose `valuesKey` is `key`) as the copy, and what pages drew (each drawing says which values it is of). */
export function writeSnapshot(store: Store | undefined, values: Record<string, unknown>, key: number): void {
  write(store, { version: SNAPSHOT_VERSION, values, key, drawn: readSnapshot(store)?.drawn ?? {} });
}

/** Keeps `drawings` as what `page` drew, in place of what it drew before; only with a copy to go with. */
export function writeDrawn(store: Store | undefined, page: PageName, drawings: Drawn[]): void {
  const snapshot = readSnapshot(store);
  if (snapshot) write(store, { ...snapshot, drawn: { ...snapshot.drawn, [page]: drawings } });
}

/** Forgets the copy (she chose another language): the next page draws from storage, in hers. */
export function forgetSnapshot(store: Store | undefined): void {
  try {
    store?.setItem(SNAPSHOT_KEY, '');
  } catch {
    // Storage refused: the copy stays, and the next page's app redraws it in her language.
  }
}
