import { useEffect, useState } from 'preact/hooks';
import { browser } from '@/utils/native-browser';
import { parseShortcuts, SHORTCUTS_KEY, type ShortcutsChoice } from '@/utils/shortcuts';
import { shortcutsFrom, type Shortcut } from '@/utils/top-sites';

/** Asked for only when she turns the row on, never at install (an optional permission). */
const TOP_SITES = { permissions: ['topSites' as const] };

/** The row of her most visited sites on the new tab, and how she turns it on and off. */
export interface Shortcuts {
  /** Whether the row is on; `undefined` until her choice is read. */
  show: boolean | undefined;
  /** Her sites, once read while the row is on. */
  sites: Shortcut[] | undefined;
  /** The browser did not give the permission when she last asked: nothing changed. */
  refused: boolean;
  turnOn: () => void;
  turnOff: () => void;
}

const remember = (show: boolean) =>
  browser.storage.local.set({ [SHORTCUTS_KEY]: { version: 1, show } satisfies ShortcutsChoice }).catch(() => undefined);

/**
 * Her choice, read once the page is up, and her sites when it is on (and the browser still
 * gives `topSites`: she can take it back in the browser's settings, and the row is off then).
 */
export function useShortcuts(): Shortcuts {
  const [show, setShow] = useState<boolean>();
  const [sites, setSites] = useState<Shortcut[]>();
  const [refused, setRefused] = useState(false);

  const showSites = () => {
    setShow(true);
    // Inside a promise: `browser.topSites` is missing without the permission, and a throw reads as no sites.
    void Promise.resolve()
      .then(() => browser.topSites.get())
      .then(
        (top) => setSites(shortcutsFrom(top)),
        () => setSites([]),
      );
  };

  useEffect(() => {
    void browser.storage.local
      .get(SHORTCUTS_KEY)
      .then((stored) => parseShortcuts(stored[SHORTCUTS_KEY]).show && browser.permissions.contains(TOP_SITES))
      .then(
        (on) => (on ? showSites() : setShow(false)),
        () => setShow(false),
      );
  }, []);

  return {
    show,
    sites,
    refused,
    turnOn: () => {
      // At once, inside her click: both browsers ask her only from a click's handler.
      browser.permissions.request(TOP_SITES).then(
        (granted) => {
          setRefused(!granted);
          if (!granted) return;
          void remember(true);
          showSites();
        },
        () => setRefused(true),
      );
    },
    turnOff: () => {
      setShow(false);
      void remember(false);
      void browser.permissions.remove(TOP_SITES).catch(() => undefined);
    },
  };
}
