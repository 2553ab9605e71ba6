/** An error as the Browser Console keeps it (see `WATCH_CONSOLE`). */
export interface ConsoleEntry {
  message: string;
  source: string;
  line: number;
  column: number;
}

/** Errors Firefox logs under an extension's name that no extension code causes or can avoid. */
const FIREFOX_NOISE = [
  // When a page or the event page unloads, Firefox removes its storage.onChanged listeners
  // after it has closed their channel (https://bugzil.la/1633315).
  /^sendRemoveListener on closed conduit /,
];

/**
 * The entries of one extension, given the marks that name it (its origin, its id): from
 * its pages and background, or Firefox's own errors about it, less `FIREFOX_NOISE`.
 */
export function entriesOf(entries: ConsoleEntry[], marks: string[]): ConsoleEntry[] {
  return entries.filter(
    (entry) =>
      marks.some((mark) => entry.source.startsWith(mark) || entry.message.includes(mark)) &&
      !FIREFOX_NOISE.some((noise) => noise.test(entry.message)),
  );
}

export function describeEntry(entry: ConsoleEntry): string {
  return `${entry.message} (${entry.source}:${entry.line}:${entry.column})`;
}
