import { isDay } from './day';
import type { Rotation } from './tip-rotation';
import { AGES, THEMES, type Tip } from './tips';

const isString = (value: unknown): value is string => typeof value === 'string';
// Spread first: every() skips the holes of a sparse array.
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && [...value].every(isString);

function isTip(value: unknown): value is Tip {
  if (typeof value !== 'object' || value === null) return false;
  const { id, headline, body, theme, ages } = value as Record<string, unknown>;
  return (
    isString(id) &&
    isString(headline) &&
    isString(body) &&
    (THEMES as readonly unknown[]).includes(theme) &&
    Array.isArray(ages) &&
    [...ages].every((age) => (AGES as readonly unknown[]).includes(age))
  );
}

/** Reads a stored value as a rotation: `null` when there is none yet, `undefined` when unreadable. */
export function parseRotation(raw: unknown): Rotation | null | undefined {
  if (raw == null) return null;
  if (typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { day, tip, seen, round, seed } = raw as Record<string, unknown>;
  const readable =
    isDay(day) &&
    isTip(tip) &&
    isStringArray(seen) &&
    Number.isSafeInteger(round) &&
    (round as number) >= 0 &&
    Number.isSafeInteger(seed);
  return readable ? (raw as Rotation) : undefined;
}
