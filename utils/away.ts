import { isDay, type Day } from './day';

/**
 * A span of days when he is away, or she can't reach him (camp, a posting, flu): from its first
 * day to its last, both her local dates, or with no last day while she hasn't said when it ends.
 */
export interface AwaySpan {
  from: Day;
  to?: Day;
}

/** Version 1 of the stored spans, in the order she marked them. */
export interface AwayV1 {
  spans: AwaySpan[];
}

/** Plenty for years of camps and postings: a bound on what a stored value may hold. */
const MOST_SPANS = 1000;

function parseSpan(value: unknown): AwaySpan | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { from, to } = value as Record<string, unknown>;
  if (!isDay(from) || (to !== undefined && (!isDay(to) || to < from))) return undefined;
  return to === undefined ? { from } : { from, to };
}

/** Reads stored spans: `null` when there are none yet, `undefined` when the value can't be read. */
export function parseAway(raw: unknown): AwayV1 | null | undefined {
  if (raw == null) return null;
  const spans = (raw as { spans?: unknown }).spans;
  if (!Array.isArray(spans) || spans.length > MOST_SPANS) return undefined;
  const read = [...spans].map(parseSpan);
  return read.every((span) => span !== undefined) ? { spans: read as AwaySpan[] } : undefined;
}

/** Whether `day` falls in one of the spans (an open span runs on from its first day). */
export const isAwayOn = (spans: readonly AwaySpan[], day: Day): boolean =>
  spans.some(({ from, to }) => from <= day && (to === undefined || day <= to));
