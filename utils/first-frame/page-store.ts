/** The page's `localStorage`, if it has one: reading the property throws where site data is blocked. */
export function pageStore(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
