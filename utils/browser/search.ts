/** What the browser's `search.query` is asked: her words, for her default engine, in this tab. */
export interface SearchQuery {
  text: string;
  disposition: 'CURRENT_TAB';
}

/**
 * Hands what she typed in the search form `event` submits to `query` (the browser's own
 * `search.query`, which searches with her default engine): Closer itself sends nothing
 * anywhere. A blank field does nothing.
 */
export function submitSearch(event: Event, query: (query: SearchQuery) => Promise<unknown>): void {
  event.preventDefault();
  const text = (event.target as Element).querySelector('input')?.value.trim();
  if (text) void query({ text, disposition: 'CURRENT_TAB' }).catch(() => undefined);
}
