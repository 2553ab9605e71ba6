/** What `keysOf` needs of a storage area: `getKeys` where the browser has it. */
export interface KeyedArea {
  get(keys: null): Promise<Record<string, unknown>>;
  getKeys?: () => Promise<string[]>;
}

/**
 * Every key in `area`. `getKeys` reads no values (Chrome 130, Firefox 143); older browsers
 * read everything instead.
 */
export async function keysOf(area: KeyedArea): Promise<string[]> {
  return typeof area.getKeys === 'function' ? area.getKeys() : Object.keys(await area.get(null));
}
