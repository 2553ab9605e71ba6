import type { Day } from '../days/day';
import { buildDrawn } from './drawn-dom';
import { readSnapshot, writeSnapshot, type Drawn, type PageName } from './page-snapshot';
import { pendingKey, storedClick, type PendingCheckIn } from '../storage/pending';
import { submitSearch, type SearchQuery } from '../browser/search';
import type { Whereabouts } from '../days/travel';

declare global {
  interface Window {
    /** Set by first-frame.js when it drew the page: the page's app calls it as it takes over. */
    closerTakeOver?: () => void;
  }
}

interface FirstFrame {
  page: PageName;
  /** The page's root (`#app`), empty until something is drawn in it. */
  root: Element;
  store: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  today: Day;
  /** Where she is as she clicks (the moment and her clock's offset). */
  now: () => Whereabouts;
  /** Stores a click in `storage.local`, as the app does. */
  save: (items: Record<string, unknown>) => Promise<unknown>;
  nonce: () => string;
  /** The browser's `search.query`, for a search she sends before the app has loaded. */
  search: (query: SearchQuery) => Promise<unknown>;
}

const CHECK_IN = '[data-testid="checkin"]';
/** A key no drawing has (`valuesKey` is an unsigned 32-bit hash). */
const NO_DRAWING = -1;

/** `drawn` rebuilt, if it is a whole page: exactly one `<main>` with the check-in button, nothing beside it. */
function pageOf(drawn: Drawn | undefined, root: Element): Element | undefined {
  const nodes = drawn && buildDrawn(drawn.nodes, root.ownerDocument);
  const main = nodes?.length === 1 ? (nodes[0] as Element) : undefined;
  return main?.localName === 'main' && main.querySelector(CHECK_IN) ? main : undefined;
}

/**
 * Draws what this kind of page drew today from the copy's current values, if it did, before
 * the page's app has loaded; and answers a click on the check-in button meanwhile as the
 * app would: the click stored in `storage.local` by the page itself, the page drawn as it is
 * one click later (streak and all), the copy kept for the next page. It derives nothing: the
 * copy says which drawing is of its values, the button says what a click means, and a page's
 * two drawings are one click apart. A search she sends meanwhile (the new tab's) goes to her
 * browser's search as the app would send it, and what she types stays in the field the app
 * takes over. Returns the function that hands the page over to the app (it removes these
 * handlers), or `undefined` when nothing was drawn and the app must draw the page itself.
 */
export function drawFirstFrame({
  page,
  root,
  store,
  today,
  now,
  save,
  nonce,
  search,
}: FirstFrame): (() => void) | undefined {
  const snapshot = readSnapshot(store);
  const drawings = snapshot?.drawn[page]?.filter((drawn) => drawn.day === today) ?? [];
  let shown = drawings.find((drawn) => drawn.key === snapshot?.key);
  const main = pageOf(shown, root);
  if (!snapshot || !main) return undefined;
  root.replaceChildren(main);

  const handover = new AbortController();
  let values = snapshot.values;
  let unsaved: number | undefined;
  const saveCopy = () => {
    if (unsaved !== undefined) writeSnapshot(store, values, unsaved);
    unsaved = undefined;
  };
  root.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element).closest(CHECK_IN);
      if (!button) return;
      // A click means what the page shows, whatever another page did since.
      const click: PendingCheckIn = {
        type: 'check-in',
        day: today,
        intent: button.getAttribute('aria-pressed') === 'true' ? 'undo' : 'record',
        ...now(),
      };
      const key = pendingKey(click.at, nonce());
      const stored = storedClick(click);
      void save({ [key]: stored }).catch(() => undefined);
      values = { ...values, [key]: stored };
      const other = drawings.find((drawn) => drawn.key !== shown?.key);
      const next = pageOf(other, root);
      shown = next ? other : undefined;
      if (next) {
        root.replaceChildren(next);
        (next.querySelector(CHECK_IN) as HTMLElement).focus();
      } else button.setAttribute('aria-pressed', click.intent === 'record' ? 'true' : 'false');
      // The copy, for the app and the next page (with no drawing of it, the app draws it), after
      // this frame (it is the slow part), or as the app takes over, whichever comes first.
      unsaved = shown?.key ?? NO_DRAWING;
      setTimeout(saveCopy);
    },
    { signal: handover.signal },
  );
  root.addEventListener('submit', (event) => submitSearch(event, search), { signal: handover.signal });
  return () => {
    handover.abort();
    saveCopy();
  };
}
