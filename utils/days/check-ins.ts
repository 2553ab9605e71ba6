import { isDay, type Day } from './day';

/** Version 1 of the stored check-ins: the set of local dates she recorded. */
export interface CheckInsV1 {
  /** Recorded local dates, sorted and unique: a set, so recording a day twice changes nothing. */
  days: Day[];
}

/** Where she was when she recorded a day: her date and her clock's offset from UTC. */
export interface RecordedAt {
  day: Day;
  /** Minutes east of UTC (`+540` in Tokyo, `-480` in Los Angeles in winter). */
  offset: number;
}

/**
 * Version 2: version 1, plus where she recorded her latest day, so a flight that skips a
 * date doesn't break her streak (see `travel.ts`). Ran when migrating from v1 to v2: nothing
 * to convert, a version-1 value is a version-2 value without `lastRecorded`.
 */
export interface CheckInsV2 extends CheckInsV1 {
  /** Set when she records a day no earlier than every other; gone when that day is undone. */
  lastRecorded?: RecordedAt;
}

/** Her check-ins, with any field a later version wrote kept as it is: readable data is never dropped. */
export type CheckIns = CheckInsV2 & Record<string, unknown>;

/** What a click means, as the page showed it: not a blind flip. */
export type CheckInIntent = 'record' | 'undo';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isRecordedAt(value: unknown): value is RecordedAt {
  return (
    isRecord(value) && isDay(value.day) && Number.isInteger(value.offset) && Math.abs(value.offset as number) <= 1080
  );
}

/** Reads a stored value as check-ins, or `undefined` when it is not readable as such. */
export function parseCheckIns(raw: unknown): CheckIns | undefined {
  if (raw == null) return { days: [] };
  if (!isRecord(raw)) return undefined;
  const { days, lastRecorded } = raw;
  // Spread first: every() skips the holes of a sparse array.
  if (!Array.isArray(days) || ![...days].every(isDay)) return undefined;
  if (lastRecorded !== undefined && !isRecordedAt(lastRecorded)) return undefined;
  return { ...raw, days: normalizeDays(days) };
}

/** The readable days of an unreadable value (an object with `days`, or a bare list), so a stray entry doesn't cost her the rest. */
export function salvageDays(raw: unknown): Day[] {
  const days = Array.isArray(raw) ? raw : isRecord(raw) ? raw.days : undefined;
  return Array.isArray(days) ? normalizeDays([...days].filter(isDay)) : [];
}

function normalizeDays(days: readonly Day[]): Day[] {
  return [...new Set(days)].sort();
}

/**
 * The check-ins after she records or undoes `day`; other days and unknown fields are never
 * touched. `offset` is where she is as she records it (minutes east of UTC), when known.
 */
export function applyCheckIn(checkIns: CheckIns, day: Day, intent: CheckInIntent, offset?: number): CheckIns {
  const others = checkIns.days.filter((recorded) => recorded !== day);
  const { lastRecorded, ...rest } = checkIns;
  if (intent === 'undo') {
    return lastRecorded && lastRecorded.day !== day
      ? { ...rest, days: others, lastRecorded }
      : { ...rest, days: others };
  }
  const days = normalizeDays([...others, day]);
  const latest = offset !== undefined && days[days.length - 1] === day;
  if (latest) return { ...rest, days, lastRecorded: { day, offset } };
  return lastRecorded ? { ...rest, days, lastRecorded } : { ...rest, days };
}
