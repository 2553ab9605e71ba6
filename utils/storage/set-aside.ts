import { parseCheckIns } from '../days/check-ins';
import { shownRotation } from '../tips/parse-rotation';
import { CHECK_INS_KEY, LEFT_IN_PLACE_KEY, ROTATION_KEY, SET_ASIDE_KEY } from './storage-keys';

/** Reads the list of set-aside keys: `undefined` when the list itself can't be read. */
export function parseSetAside(raw: unknown): string[] | undefined {
  if (raw == null) return [];
  return Array.isArray(raw) && [...raw].every((key) => typeof key === 'string') ? raw : undefined;
}

/**
 * What the notice about unreadable data says for these stored values: `left-in-place` when a
 * value couldn't be copied aside (no room) and stays where it was; `kept` when values were kept
 * aside, or one can't be read yet (the background is keeping it aside); nothing otherwise.
 */
export function noticeIn(values: Record<string, unknown>): 'kept' | 'left-in-place' | undefined {
  if (parseSetAside(values[LEFT_IN_PLACE_KEY])?.length !== 0) return 'left-in-place';
  const unreadable =
    parseSetAside(values[SET_ASIDE_KEY])?.length !== 0 ||
    parseCheckIns(values[CHECK_INS_KEY]) === undefined ||
    shownRotation(values[ROTATION_KEY]) === undefined;
  return unreadable ? 'kept' : undefined;
}
