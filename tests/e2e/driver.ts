import type { ShortcutsSeen, TypeSizes } from './in-page';
/**
 * What the end-to-end scenarios need from a browser, whichever it is. `chromium.ts`
 * (playwright-core) and `firefox.ts` (puppeteer-core over WebDriver BiDi) implement it,
 * so every scenario runs against both with the same words.
 */

/** What a page of Closer shows, read through the UI contract's test ids. */
export interface PageState {
  tip: string;
  /** The check-in button's `aria-pressed`, `null` while it has none. */
  pressed: string | null;
  /** The heart's `aria-pressed` on today's tip, `null` while it has none. */
  favourite: string | null;
  streak: string;
  longest: string;
}

/**
 * Reads a `PageState` inside the page: pass this function to the page's evaluate. It reads
 * `of` (another document of the same origin) if given, else the page's own. (`void`: the
 * page's evaluate calls it with its absent argument.)
 */
export function readPageStateInPage(of?: ParentNode | void): PageState {
  const root = of || document;
  const text = (id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
  return {
    tip: text('tip-title'),
    pressed: root.querySelector('[data-testid="checkin"]')?.getAttribute('aria-pressed') ?? null,
    favourite: root.querySelector('[data-testid="favourite"]')?.getAttribute('aria-pressed') ?? null,
    streak: text('streak'),
    longest: text('longest-streak'),
  };
}

/**
 * Runs in the page: its visible text, all of it or less the elements matching `leaveOut`.
 * The left-out parts are skipped node by node, because browsers break innerText's lines
 * differently and a cut from the whole text would miss in one of them.
 */
export function readTextInPage(leaveOut: string | null | undefined, doc: Document = document): string {
  if (!leaveOut) return doc.body.innerText;
  const shown: string[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!parent.closest(leaveOut) && parent.checkVisibility()) shown.push(node.textContent!);
  }
  return shown.join('\n');
}

/** The new tab's search field as a person meets it. */
export interface SearchField {
  type: string;
  /** The name a screen reader gives it (its label). */
  label: string;
  /** It sits in a form with `role="search"`. */
  inSearchForm: boolean;
  /** It has the focus (it must not: the address bar keeps it). */
  focused: boolean;
}

/** Reads the `SearchField` (`null` when there is none) inside the page: pass this function to the page's evaluate. */
export function readSearchFieldInPage(): SearchField | null {
  const field = document.querySelector<HTMLInputElement>('[data-testid="search"]');
  if (!field) return null;
  return {
    type: field.type,
    label: [...field.labels!].map((label) => label.textContent).join(' '),
    inSearchForm: field.form?.getAttribute('role') === 'search',
    focused: document.activeElement === field,
  };
}

/** Reads the permissions the extension holds now, from one of its pages: pass this function to the page's evaluate. */
export async function readPermissionsInPage(): Promise<string[]> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  return (await api.permissions.getAll()).permissions ?? [];
}

/**
 * Source of a script that runs in every page before the page's own and keeps what the page
 * showed: `parsed`, at DOMContentLoaded (its HTML parsed, its first script run, before the
 * browser has answered any storage read: what its first frame can show), and `seen`, every
 * state it went through with a tip on it, in order. (A stand-in `__name`: see
 * `FirefoxPage.state`.) Chromium only: Firefox runs WebDriver BiDi preload scripts in web
 * pages but not in moz-extension:// pages.
 */
export const KEEP_STATES = `((__name) => {
  const read = ${readPageStateInPage.toString()};
  const states = (window.closerStates = { parsed: undefined, seen: [] });
  const note = () => {
    const state = read();
    const last = states.seen[states.seen.length - 1];
    if (state.tip && JSON.stringify(state) !== JSON.stringify(last)) states.seen.push(state);
  };
  new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', () => (states.parsed = read()), { once: true });
})((fn) => fn)`;

/** What `KEEP_STATES` kept. */
export interface StatesSeen {
  parsed: PageState;
  seen: PageState[];
}

/**
 * Her library drawn whole: its favourites come a frame before the rest (a busy machine makes
 * that frame late), and the tips she set aside are its last section.
 */
export const LIBRARY_WHOLE = '#set-aside-title';

/** A new tab or the popup page, open in the browser. */
export interface CloserPage {
  state(): Promise<PageState>;
  /** Clicks the check-in button as a person does: the page comes to the front, then a real mouse click. */
  clickCheckIn(): Promise<void>;
  /** Presses the check-in button from script, at once, for clicks "at the same moment" across pages. */
  pressCheckInNow(): Promise<void>;
  /**
   * Presses the check-in button and closes the page right away, as the toolbar popup closes
   * the moment she clicks anywhere else: nothing the page started after the click is awaited.
   */
  clickCheckInAndClose(): Promise<void>;
  /** Clicks the button whose accessible name (visible text) is `name`. */
  clickButton(name: string): Promise<void>;
  /** The page's visible text, all of it or less the elements matching `leaveOut`. */
  text(leaveOut?: string): Promise<string>;
  /** How many times the document has been loaded (1 unless something reloaded it). */
  navigationCount(): Promise<number>;
  /** The texts of the page's alerts (`role="alert"`) showing now. */
  alerts(): Promise<string[]>;
  /** What is directly in the page's root (`#app`): tag names, or e.g. `#text "words"` (see `rootNodesInPage`). */
  rootNodes(): Promise<string[]>;
  /** Reloads the page as a person does, and waits until a tip is on it again. */
  reload(): Promise<void>;
  /** The new tab's search field, or `null` when the page has none. */
  searchField(): Promise<SearchField | null>;
  /**
   * Types `text` in the search field as a person does and presses Enter; resolves with the
   * address the tab went to once it has left Closer's page. Nothing is fetched from the
   * network: the browser's own request for the results is answered by the test, or fails.
   */
  search(text: string): Promise<string>;
  /** The permissions Closer holds now (`permissions.getAll()` on this page). */
  permissions(): Promise<string[]>;
  /** The computed sizes of the page's type (see `typeSizesInPage`). */
  typeSizes(): Promise<TypeSizes>;
  /** Her most visited sites as the page shows them (see `shortcutsInPage`). */
  shortcuts(): Promise<ShortcutsSeen>;
  /** Types `value` into the field `selector` as a person does (the old text selected first), then leaves it with Tab. */
  fill(selector: string, value: string): Promise<void>;
  /** Clicks the element `selector` with the mouse. */
  click(selector: string): Promise<void>;
  /** Every input of the page with an id, by id: its value, or whether it is checked (see `inputsInPage`). */
  inputs(): Promise<Record<string, string | boolean>>;
  /** Chooses `value` in the select `selector`, as she does. */
  choose(selector: string, value: string): Promise<void>;
  /** Every element whose text overflows or is clipped (see `overflowingInPage`). */
  overflowing(): Promise<string[]>;
  /** Brings the page's tab to the front, as she does when she looks at it again. */
  front(): Promise<void>;
  /** Sizes the page's viewport, as her window leaves it `width`×`height` CSS pixels. */
  resize(width: number, height: number): Promise<void>;
  /** Runs `script` (an expression, see `inPage`) in the page, and its result (awaited). */
  evaluate(script: string): Promise<unknown>;
  /** The page's `<html lang>`. */
  lang(): Promise<string>;
  close(): Promise<void>;
}

/** What `openPopupAtFirstSight` does once the check-in button exists. */
export type FirstSightAction = 'look' | 'click' | 'click-and-close';

/** What a page showed the moment its check-in button first existed. */
export interface FirstSight {
  state: PageState;
  /**
   * The page's app script (`/<page>-app.js`) was in the document already. `false` means the
   * page was drawn by its first script from the last page's copy, before its app loaded.
   */
  appScript: boolean;
  /** What was directly in the page's root then (see `CloserPage.rootNodes`). */
  rootNodes: string[];
  /** After a click that left the page open: what it showed at the next animation frame. */
  nextFrame: PageState | null;
}

export interface BadgeState {
  text: string;
  /** `[r, g, b, a]`, 0–255. */
  color: [number, number, number, number];
  title: string;
}

/** One running browser with Closer installed. */
export interface BrowserWithCloser {
  readonly name: 'chromium' | 'firefox';
  /** A new tab, opened the way a person opens one (Ctrl+T), once today's tip is on it. */
  openNewTab(): Promise<CloserPage>;
  /** The toolbar popup's page, in a tab of its own, once today's tip is on it. */
  openPopup(): Promise<CloserPage>;
  /** Closer's page `file` (e.g. `options.html`) in a new tab, once `ready` (a selector) is on it. */
  openPage(file: string, ready: string): Promise<CloserPage>;
  /** The address of every open tab, as its document has it (`location.href`). */
  tabUrls(): Promise<string[]>;
  /**
   * The open tab showing Closer's page `file` (such as `welcome.html`, which Closer opens
   * itself), once an element matching `ready` has text in it.
   */
  findTab(file: string, ready: string): Promise<CloserPage>;
  /** The toolbar badge, read without running any of Closer's code. */
  readBadge(): Promise<BadgeState>;
  /** Everything in Closer's `storage.local`. */
  readStorage(): Promise<Record<string, unknown>>;
  /** Writes into Closer's `storage.local` as another writer would (listeners fire). */
  writeStorage(items: Record<string, unknown>): Promise<void>;
  /**
   * The permission warnings the browser shows when Closer is installed, worked out by the
   * browser itself from its manifest; with `permissions`, for its manifest with those
   * permissions instead (to show that the check does find a warning where there is one).
   */
  installWarnings(permissions?: string[]): Promise<string[]>;
  /** Stops (suspends) the background the way the browser does when it is idle. */
  stopBackground(): Promise<void>;
  /**
   * Opens the popup's page in a window of its own and, the moment its check-in button exists,
   * notes what it shows and does `action` there, from script in the same task: a click on the
   * first-frame path if the page drew from its copy (see `FirstSight.appScript`). `page` is
   * the page, unless it was closed.
   */
  openPopupAtFirstSight(action: FirstSightAction): Promise<FirstSight & { page?: CloserPage }>;
  /** The extension's own `localStorage[key]` (the pages' first-frame copy lives there). */
  readLocalStorage(key: string): Promise<string | null>;
  /** Sets (or with `null` removes) the extension's own `localStorage[key]`. */
  writeLocalStorage(key: string, value: string | null): Promise<void>;
  /** Quits the browser. The next launch on the same profile with `install: false` is a real restart. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Kept between launches, like a real profile. */
  profileDir: string;
  /** The zone the browser lives in (`TZ`). */
  timeZone: string;
  /** What the browser's wall clock reads at launch (epoch ms); the real time when absent. */
  clockAt?: number;
  /**
   * `true` on the first launch of a profile: installs the build fresh. `false` on later
   * launches: the browser starts with Closer already installed, as after a real restart
   * (`runtime.onStartup` fires, `onInstalled` does not, storage is kept).
   */
  install: boolean;
  /** The browser's own language (`ja`, `ru`); its default, English, when absent. */
  language?: string;
}

export type Launch = (options: LaunchOptions) => Promise<BrowserWithCloser>;

/** `#rrggbb` as `[r, g, b, 255]`. */
export function rgba(hex: string): [number, number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, 255];
}

/** The first number in a line of text such as "3 days in a row". */
export function countIn(text: string): number {
  const match = /\d+/.exec(text);
  if (!match) throw new Error(`No number in "${text}"`);
  return Number(match[0]);
}
