import { addDays, isDay, type Day } from './day';

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

/** A span marked, or the span from `from` ended, on her day `day`. */
export interface AwayClick {
  intent: 'start' | 'end';
  day: Day;
  from: Day;
  to?: Day;
}

/**
 * The spans after a click. A span marked again is kept once. Ended on `day`, a span that had
 * begun runs to the day before (he is back today); one that hadn't begun goes.
 */
export function awayAfter(away: AwayV1 | null, { intent, day, from, to }: AwayClick): AwayV1 | null {
  const spans = away?.spans ?? [];
  let next: AwaySpan[];
  if (intent === 'start') {
    if (spans.some((span) => span.from === from && span.to === to)) return away;
    next = [...spans, to === undefined ? { from } : { from, to }];
  } else {
    const yesterday = addDays(day, -1);
    next = spans.flatMap((span) => {
      if (span.from !== from || (span.to !== undefined && span.to < day)) return [span];
      return span.from < day ? [{ from: span.from, to: yesterday }] : [];
    });
    if (next.every((span, i) => span === spans[i]) && next.length === spans.length) return away;
  }
  return next.length ? { spans: next } : null;
}

/** The span he is away in on `day`, or the next one ahead of it: what the pages offer to end. */
export const awayNow = (spans: readonly AwaySpan[], day: Day): AwaySpan | undefined =>
  spans.filter(({ to }) => to === undefined || to >= day).sort((a, b) => (a.from < b.from ? -1 : 1))[0];
