import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { tCount } from '@/utils/i18n/i18n';
import { PAGE_OF_ROWS } from '@/utils/tips/library-view';

interface Props<T> {
  rows: readonly T[];
  /** One row's key and what it shows. */
  keyOf: (row: T) => string;
  renderRow: (row: T) => ComponentChildren;
  /** Said when there is no row. */
  empty: string;
  testId: string;
}

/**
 * A list of tips that opens in one frame however long it is: the first rows at once, and the
 * next ones each time she asks ("Show more"), so ten years of days never wait on each other.
 */
export function TipList<T>({ rows, keyOf, renderRow, empty, testId }: Props<T>) {
  const [shown, setShown] = useState(PAGE_OF_ROWS);
  if (rows.length === 0)
    return (
      <p class="hint" data-testid={testId}>
        {empty}
      </p>
    );
  return (
    <>
      <ul class="tip-list" data-testid={testId}>
        {rows.slice(0, shown).map((each) => (
          <li key={keyOf(each)}>{renderRow(each)}</li>
        ))}
      </ul>
      {rows.length > shown && (
        <button type="button" class="quiet-button" onClick={() => setShown(shown + PAGE_OF_ROWS)}>
          {tCount('libraryShowMore', Math.min(PAGE_OF_ROWS, rows.length - shown))}
        </button>
      )}
    </>
  );
}
