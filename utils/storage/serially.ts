/**
 * Runs tasks one after another, in the order they were asked for, so that a burst of
 * events (forty clicks, an alarm and a start-up at once) never interleaves two
 * read-then-write passes. A failed task doesn't stop the ones after it.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function serially<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
