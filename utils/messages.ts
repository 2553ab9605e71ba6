import type { CheckInIntent } from './check-ins';
import { isDay, type Day } from './day';

/**
 * What a page asks of the background, which alone writes storage: one writer, taking one
 * request at a time, so no two writes interleave, and a popup that closes right after a
 * click still has its click saved.
 */
export type Request =
  /** Settle today's tip now (a page found none, or yesterday's). */
  | { type: 'closer:refresh' }
  /** Record or undo `day`, as the page showed it: not a blind flip. */
  | { type: 'closer:check-in'; day: Day; intent: CheckInIntent }
  /** She has read the notice about values kept aside. */
  | { type: 'closer:dismiss-notice' };

export const REFRESH_REQUEST: Request = { type: 'closer:refresh' };
export const DISMISS_NOTICE_REQUEST: Request = { type: 'closer:dismiss-notice' };

export function checkInRequest(day: Day, intent: CheckInIntent): Request {
  return { type: 'closer:check-in', day, intent };
}

/** A message is a `Request` only when every field is as expected: anything else is ignored. */
export function parseRequest(message: unknown): Request | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, day, intent } = message as Record<string, unknown>;
  if (type === 'closer:refresh' || type === 'closer:dismiss-notice') return { type };
  if (type === 'closer:check-in' && isDay(day) && (intent === 'record' || intent === 'undo'))
    return { type, day, intent };
  return undefined;
}
