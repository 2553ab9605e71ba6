/**
 * Runs a read-then-write of Closer's storage while holding one lock shared by every
 * context of the extension (pages, popup, background): Web Locks are per origin, so a
 * click in the popup and the background's midnight pass never interleave and lose a write.
 * Not re-entrant: take it only at the outermost step. Where Web Locks are missing (unit
 * tests), the task runs directly.
 */
export function withStorageLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request('closer:storage', task) as Promise<T>) : task();
}
