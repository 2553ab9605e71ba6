import type { BackupV1 } from './backup-file';
import { BACKUP_KEYS, readItem, type BackupItems, type BackupKey } from './backup-items';
import { mergeItem, spanKey } from './backup-merge-items';
import { sameValue } from './same-value';

/** Add the file's to what she has (nothing of hers goes), or make her items exactly the file's. */
export type ImportMode = 'merge' | 'replace';

/** The items counted one by one: days, notes, spans, tips, past days. */
export const COUNTED_KEYS = ['checkIns', 'notes', 'away', 'favourites', 'notForUs', 'pastTips'] as const;
export type CountedKey = (typeof COUNTED_KEYS)[number];
export type ImportCounts = Record<CountedKey, number>;

/** The items taken whole: hers, or the file's. */
export type ImportPart = 'settings' | 'language' | 'momentOfWeek';

/** What an import changes, for her to see before she agrees to it. */
export interface ImportSummary {
  mode: ImportMode;
  /** Days she connected, notes, away spans, favourites, set-aside tips and past days it brings in. */
  added: ImportCounts;
  /** The same, of hers, that go (a replace only). */
  removed: ImportCounts;
  /** Days whose note changes: both texts kept (merge), or hers becomes the file's (replace). */
  notesChanged: number;
  /** Days where the file's text didn't fit beside hers, and was left out (merge). */
  notesCut: number;
  /** Items that become the file's. */
  taken: ImportPart[];
  /** Items of hers that go, the file having none (a replace only). */
  dropped: ImportPart[];
  /** Items of hers that couldn't be read, which the import replaces or removes. */
  unreadable: BackupKey[];
  /** Nothing would change. */
  unchanged: boolean;
}

const noCounts = (): ImportCounts => ({ checkIns: 0, notes: 0, away: 0, favourites: 0, notForUs: 0, pastTips: 0 });

/** What item `key` holds, one string each, for counting what comes and goes. */
function unitsOf(key: CountedKey, value: unknown): string[] {
  if (value === undefined) return [];
  const items = { [key]: value } as Required<BackupItems>;
  if (key === 'checkIns') return items.checkIns.days;
  if (key === 'away') return items.away.spans.map(spanKey);
  if (key === 'favourites' || key === 'notForUs') return items[key].tips.map(({ id }) => id);
  return Object.keys(items[key].days);
}

/** Counts into `summary` what changes when item `key` goes from `before` to `after` (`undefined`: none). */
function summarize(summary: ImportSummary, key: BackupKey, before: unknown, after: unknown): void {
  if (!(COUNTED_KEYS as readonly string[]).includes(key)) {
    const part = key as ImportPart;
    if (after === undefined) summary.dropped.push(part);
    else if (before === undefined || !sameValue(before, after)) summary.taken.push(part);
    return;
  }
  const counted = key as CountedKey;
  const had = new Set(unitsOf(counted, before));
  const has = new Set(unitsOf(counted, after));
  for (const unit of has) if (!had.has(unit)) summary.added[counted] += 1;
  for (const unit of had) if (!has.has(unit)) summary.removed[counted] += 1;
  if (key !== 'notes' || before === undefined || after === undefined) return;
  const [was, is] = [(before as Required<BackupItems>['notes']).days, (after as Required<BackupItems>['notes']).days];
  for (const day of had) if (has.has(day) && was[day] !== is[day]) summary.notesChanged += 1;
}

/**
 * What importing `backup` into her storage `current` writes: `next` holds each key to set, a
 * key whose value is `undefined` to remove; keys other than a backup's items are never in it.
 * `year` is this year on her calendar (her settings are read with it).
 */
export function importPlan(
  current: Record<string, unknown>,
  backup: BackupV1,
  mode: ImportMode,
  year: number,
): { next: Record<string, unknown>; summary: ImportSummary } {
  const next: Record<string, unknown> = {};
  const summary: ImportSummary = {
    mode,
    added: noCounts(),
    removed: noCounts(),
    notesChanged: 0,
    notesCut: 0,
    taken: [],
    dropped: [],
    unreadable: [],
    unchanged: true,
  };
  for (const key of BACKUP_KEYS) {
    const raw = current[key];
    const read = readItem(key, raw, year);
    const before = 'value' in read ? read.value : undefined;
    const file = backup.items[key];
    let after: unknown = file;
    if (mode === 'merge') {
      if (file === undefined) continue;
      if (before !== undefined) {
        const merged = mergeItem(key, before as never, file as never);
        summary.notesCut += merged.cut ?? 0;
        if (merged.value === before) continue;
        after = merged.value;
      }
    } else if (after === undefined ? raw == null : sameValue(raw, after)) continue;
    next[key] = after;
    if ('unreadable' in read) summary.unreadable.push(key);
    summarize(summary, key, before, after);
  }
  summary.unchanged = Object.keys(next).length === 0;
  return { next, summary };
}
