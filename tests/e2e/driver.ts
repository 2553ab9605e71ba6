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
  streak: string;
  longest: string;
}

/** Reads a `PageState` inside the page: pass this function to the page's evaluate. */
export function readPageStateInPage(): PageState {
  const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
  return {
    tip: text('tip-title'),
    pressed: document.querySelector('[data-testid="checkin"]')?.getAttribute('aria-pressed') ?? null,
    streak: text('streak'),
    longest: text('longest-streak'),
  };
}

/**
 * Runs in the page: its visible text, all of it or less the elements matching `leaveOut`.
 * The left-out parts are skipped node by node, because browsers break innerText's lines
 * differently and a cut from the whole text would miss in one of them.
 */
export function readTextInPage(leaveOut: string | null | undefined): string {
  if (!leaveOut) return document.body.innerText;
  const shown: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
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

/** A new tab or the popup page, open in the browser. */
export interface CloserPage {
  state(): Promise<PageState>;
  /** Clicks the check-in button as a person does: the page comes to the front, then a real mouse click. */
  clickCheckIn(): Promise<void>;
  /** Presses the check-in button from script, at once, for clicks "at the same moment" across pages. */
  pressCheckInNow(): Promise<void>;
  /** Clicks the button whose accessible name (visible text) is `name`. */
  clickButton(name: string): Promise<void>;
  /** The page's visible text, all of it or less the elements matching `leaveOut`. */
  text(leaveOut?: string): Promise<string>;
  /** How many times the document has been loaded (1 unless something reloaded it). */
  navigationCount(): Promise<number>;
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
  close(): Promise<void>;
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
