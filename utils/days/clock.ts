/**
 * The one place Closer reads the clock. Everything else takes the moment (or the day)
 * as an argument, so tests can pass any time they like.
 */
export function readClock(): Date {
  return new Date();
}
