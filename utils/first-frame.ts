import { clickIntent, valuesKey, withCheckIn } from './daily-values';
import type { Day } from './day';
import { buildDrawn } from './drawn-dom';
import { checkInRequest, type Request } from './messages';
import { readSnapshot, writeSnapshot, type Drawn, type PageName } from './page-snapshot';

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
  send: (request: Request) => Promise<unknown>;
}

/**
 * Draws what this kind of page drew today from the copy's current values, if it did, before
 * the page's app has loaded; and answers a click on the check-in button meanwhile as
 * the app would: the same intent to the background, the same copy for the next page. Returns
 * the function that hands the page over to the app (it removes this click handler), or
 * `undefined` when nothing was drawn and the app must draw the page itself.
 */
export function drawFirstFrame({ page, root, store, today, send }: FirstFrame): (() => void) | undefined {
  const snapshot = readSnapshot(store);
  const drawings: unknown = snapshot?.drawn[page];
  if (!snapshot || !Array.isArray(drawings)) return undefined;
  const key = valuesKey(snapshot.values);
  const drawn = (drawings as Array<Partial<Drawn> | null>).find((d) => d?.day === today && d.key === key);
  const nodes = drawn && buildDrawn(drawn.nodes, root.ownerDocument);
  if (!nodes) return undefined;
  root.replaceChildren(...nodes);
  const button = root.querySelector('[data-testid="checkin"]');
  if (!button) return void root.replaceChildren(); // not a drawing of this page: the app draws it

  const handover = new AbortController();
  // What the page shows: a click means what the drawing showed, whatever another page did since.
  let shown = snapshot.values;
  let unsaved: typeof shown | undefined;
  const saveCopy = () => {
    if (unsaved) writeSnapshot(store, unsaved);
    unsaved = undefined;
  };
  button.addEventListener(
    'click',
    () => {
      const intent = clickIntent(shown, today);
      shown = withCheckIn(shown, today, intent);
      button.setAttribute('aria-pressed', intent === 'record' ? 'true' : 'false');
      void send(checkInRequest(today, intent)).catch(() => undefined);
      // The copy, for the app and the next page, after this frame (it is the slow part), or
      // as the app takes over, whichever comes first.
      unsaved = shown;
      setTimeout(saveCopy);
    },
    { signal: handover.signal },
  );
  return () => {
    handover.abort();
    saveCopy();
  };
}
