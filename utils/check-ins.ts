import { isDay, type Day } from './day';

/** Version 1 of the stored check-ins: the set of local dates she recorded. */
export interface CheckInsV1 {
  /** Recorded local dates, sorted and unique: a set, so recording a day twice changes nothing. */
  days: Day[];
}
export type CheckIns = CheckInsV1;

/** What a click means, as the page showed it: not a blind flip. */
export type CheckInIntent = 'record' | 'undo';

/** Reads a stored value as check-ins, or `undefined` when it is not readable as such. */
export function parseCheckIns(raw: unknown): CheckIns | undefined {
  if (raw == null) return { days: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { days } = raw as Record<string, unknown>;
  // Spread first: every() skips the holes of a sparse array.
  if (!Array.isArray(days) || ![...days].every(isDay)) return undefined;
  return { days: normalizeDays(days) };
}

/** The readable days of an unreadable value, so a stray entry doesn't cost her the rest. */
export function salvageDays(raw: unknown): Day[] {
  const days = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).days : undefined;
  return Array.isArray(days) ? normalizeDays([...days].filter(isDay)) : [];
}

function normalizeDays(days: readonly Day[]): Day[] {
  return [...new Set(days)].sort();
}

/** The check-ins after she records or undoes `day`; other days are never touched. */
export function applyCheckIn(checkIns: CheckIns, day: Day, intent: CheckInIntent): CheckIns {
  const others = checkIns.days.filter((recorded) => recorded !== day);
  const days = intent === 'record' ? normalizeDays([...others, day]) : others;
  return { days };
}
