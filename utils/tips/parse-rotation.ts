import { isDay } from '../days/day';
import type { Rotation } from './tip-rotation';
import { AGES, THEMES, TIP_HOMES, TIP_WAYS, type Tip } from './tips';

const isString = (value: unknown): value is string => typeof value === 'string';
// Spread first: every() skips the holes of a sparse array.
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && [...value].every(isString);
const isOneOf = (values: readonly unknown[], value: unknown) => values.includes(value);

function isTip(value: unknown): value is Tip {
  if (typeof value !== 'object' || value === null) return false;
  const { id, headline, body, theme, ages, way, home } = value as Record<string, unknown>;
  return (
    isString(id) &&
    isString(headline) &&
    isString(body) &&
    isOneOf(THEMES, theme) &&
    Array.isArray(ages) &&
    [...ages].every((age) => isOneOf(AGES, age)) &&
    isOneOf(TIP_WAYS, way) &&
    isOneOf(TIP_HOMES, home)
  );
}

/** Reads a stored value as a rotation (version 2): `null` when there is none yet, `undefined` when unreadable. */
export function parseRotation(raw: unknown): Rotation | null | undefined {
  if (raw == null) return null;
  if (typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { day, tip, seen, round, seed, passed } = raw as Record<string, unknown>;
  const readable =
    isDay(day) &&
    isTip(tip) &&
    isStringArray(seen) &&
    Number.isSafeInteger(round) &&
    (round as number) >= 0 &&
    Number.isSafeInteger(seed) &&
    isStringArray(passed);
  return readable ? (raw as Rotation) : undefined;
}

/**
 * A version 1 rotation as version 2: no tips passed on today, and today's tip with the tags
 * version 1 tips didn't have read as fitting everyone (the next pass takes the library's own).
 * Anything else is left exactly as it is, for the background to keep aside.
 */
export function rotationV1ToV2(v1: unknown): unknown {
  if (typeof v1 !== 'object' || v1 === null || Array.isArray(v1)) return v1;
  const { tip } = v1 as { tip?: unknown };
  const tagged =
    typeof tip === 'object' && tip !== null && !Array.isArray(tip) ? { way: 'either', home: 'either', ...tip } : tip;
  return { ...v1, tip: tagged, passed: [] };
}

/**
 * Today's tip as a page reads it: only what it draws, leniently, so the pages stay small. The
 * background reads strictly (`parseRotation`), keeps a rotation it can't read aside and writes
 * a new one, which the pages follow. `null` when there is none yet, `undefined` when unreadable.
 */
export function shownRotation(raw: unknown): Pick<Rotation, 'day' | 'tip'> | null | undefined {
  if (raw == null) return null;
  const { day, tip } = raw as { day?: unknown; tip?: Partial<Record<keyof Tip, unknown>> };
  const drawable = tip && [tip.id, tip.headline, tip.body, tip.theme].every((field) => typeof field === 'string');
  return isDay(day) && drawable ? (raw as Rotation) : undefined;
}
