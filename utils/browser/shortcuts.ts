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

/** Asked for only when she turns her sites on, never at install (an optional permission). */
export const TOP_SITES = { permissions: ['topSites'] };

/** The parts of the browser's APIs her choice needs (the browser's own, or a test's). */
export interface ShortcutsApis {
  permissions: {
    request(permissions: typeof TOP_SITES): Promise<boolean>;
    remove(permissions: typeof TOP_SITES): Promise<boolean>;
    contains(permissions: typeof TOP_SITES): Promise<boolean>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
}

const remember = (apis: ShortcutsApis, show: boolean) =>
  apis.storage.local.set({ [SHORTCUTS_KEY]: { version: 1, show } satisfies ShortcutsChoice });

/**
 * Turns her sites on: the browser asks her first. Call it inside her click, before any other
 * `await`: both browsers ask only from a click's handler. True once they are on.
 */
export async function turnShortcutsOn(apis: ShortcutsApis): Promise<boolean> {
  if (!(await apis.permissions.request(TOP_SITES))) return false;
  await remember(apis, true);
  return true;
}

/** Turns her sites off, and gives the permission back. */
export async function turnShortcutsOff(apis: ShortcutsApis): Promise<void> {
  await remember(apis, false);
  await apis.permissions.remove(TOP_SITES).catch(() => false);
}

/**
 * Whether her sites are on: she chose them, and the browser still gives `topSites` (she can
 * take it back in the browser's settings, and they are off then). Never throws.
 */
export async function shortcutsShown(apis: ShortcutsApis): Promise<boolean> {
  try {
    const stored = await apis.storage.local.get(SHORTCUTS_KEY);
    return parseShortcuts(stored[SHORTCUTS_KEY]).show && (await apis.permissions.contains(TOP_SITES));
  } catch {
    return false;
  }
}
