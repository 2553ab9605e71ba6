/** One of her most visited sites, as the new tab shows it: a real link, named, with a letter for a tile. */
export interface Shortcut {
  url: string;
  /** The page's title, or its host when it has none. */
  name: string;
  /** The first letter of its host, drawn on a tile (no icon is fetched from anywhere). */
  letter: string;
}

/** How many of her sites the row holds. */
export const MAX_SHORTCUTS = 8;

/**
 * The first `MAX_SHORTCUTS` of `sites` (as `topSites.get` gives them, most visited first)
 * that a link can open: web pages only, so never a `javascript:`, `file:` or browser page.
 */
export function shortcutsFrom(sites: readonly { url?: unknown; title?: unknown }[]): Shortcut[] {
  const shortcuts: Shortcut[] = [];
  for (const { url, title } of sites) {
    if (shortcuts.length === MAX_SHORTCUTS) break;
    let link: URL;
    try {
      link = new URL(String(url));
    } catch {
      continue;
    }
    if (!/^https?:$/.test(link.protocol)) continue;
    const host = link.hostname.replace(/^www\.(?=.)/, '');
    const name = (typeof title === 'string' && title.trim()) || host;
    shortcuts.push({ url: link.href, name, letter: [...host][0]!.toUpperCase() });
  }
  return shortcuts;
}
