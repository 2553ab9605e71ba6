/**
 * What a page asks of the background, which alone writes storage. A click is not among
 * them: the page stores it itself (`pending.ts`), since a message to a background that is
 * asleep is lost when the page closes at once.
 */
export type Request =
  /** Settle today's tip and apply stored clicks now (a page found no tip, or made a click). */
  | { type: 'closer:refresh' }
  /** She has read the notice about values kept aside. */
  | { type: 'closer:dismiss-notice' }
  /** She wants a different tip for today ("Another tip"). */
  | { type: 'closer:another-tip' };

export const REFRESH_REQUEST: Request = { type: 'closer:refresh' };
export const DISMISS_NOTICE_REQUEST: Request = { type: 'closer:dismiss-notice' };
export const ANOTHER_TIP_REQUEST: Request = { type: 'closer:another-tip' };

const TYPES: ReadonlyArray<Request['type']> = ['closer:refresh', 'closer:dismiss-notice', 'closer:another-tip'];

/** A message is a `Request` only when every field is as expected: anything else is ignored. */
export function parseRequest(message: unknown): Request | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type } = message as Record<string, unknown>;
  return TYPES.includes(type as Request['type']) ? { type: type as Request['type'] } : undefined;
}
