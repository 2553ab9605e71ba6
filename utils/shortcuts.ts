/**
 * Her choice to see her most visited sites on the new tab, in `storage.local`. A page
 * preference, not her data: the new tab alone reads and writes it, and the background
 * never looks at it.
 */
export const SHORTCUTS_KEY = 'shortcuts';

/** Version 1 of the stored choice. */
export interface ShortcutsChoice {
  version: 1;
  /** She turned the row of her most visited sites on (and the browser gave `topSites`). */
  show: boolean;
}

/** The choice as stored; anything else (nothing, junk, another version) reads as the choice she never made: off. */
export function parseShortcuts(value: unknown): ShortcutsChoice {
  const stored = (value ?? {}) as Partial<Record<keyof ShortcutsChoice, unknown>>;
  return { version: 1, show: stored.version === 1 && stored.show === true };
}
