import { readPageStateInPage, type FirstSight, type FirstSightAction, type PageState } from './driver';

/*
 * Functions both drivers run inside a page of Closer's origin, and the source that runs them.
 * They are sent as source: esbuild's keepNames (tsx, vitest) may wrap inner functions in a
 * `__name` helper that exists only in Node, so the page gets a stand-in.
 */

/**
 * Source that calls `fn` in the page with `args` and evaluates to its result. An argument is
 * anything JSON can carry, or a function (sent as its source, so it must use nothing outside it).
 */
export function inPage(fn: (...args: never[]) => unknown, ...args: unknown[]): string {
  const source = (arg: unknown) =>
    typeof arg === 'function' ? arg.toString() : arg === undefined ? 'undefined' : JSON.stringify(arg);
  return `((__name) => (${fn.toString()})(${args.map(source).join(', ')}))((fn) => fn)`;
}

/** The texts of the alerts (`role="alert"`) in `doc`, in document order. */
export function alertsInPage(doc: Document = document): string[] {
  return [...doc.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent ?? '');
}

/**
 * What is directly in the page's root (`#app`) of `doc`: an element as its tag name, any
 * other node as its node name and text, e.g. `#text "stray words"`.
 */
export function rootNodesInPage(doc: Document = document): string[] {
  return [...(doc.getElementById('app')?.childNodes ?? [])].map((node) =>
    node.nodeType === 1 ? (node as Element).localName : `${node.nodeName} ${JSON.stringify(node.textContent)}`,
  );
}

/** `localStorage[key]` of the page's origin (`value` `null` removes it); returns what it holds afterwards. */
export function localStorageInPage(key: string, write: boolean, value: string | null): string | null {
  if (write && value === null) localStorage.removeItem(key);
  else if (write) localStorage.setItem(key, value!);
  return localStorage.getItem(key);
}

/**
 * Opens `url` in a window of its own, as the toolbar popup is, from a page of the same origin,
 * and acts the moment its check-in button exists (looking every few ms: the page's app loads
 * 50 ms after its first frame at the earliest). The window is named `name`, so the driver can
 * find its page afterwards. Being same-origin, the opener reads and clicks in it directly,
 * in one task, with no round trip to the test.
 */
export async function firstSightInPage(
  { url, name, action }: { url: string; name: string; action: FirstSightAction },
  read: (root: ParentNode) => PageState,
  rootNodes: (doc: Document) => string[],
): Promise<FirstSight> {
  const until = <T>(find: () => T | null | undefined | false, what: string) =>
    new Promise<T>((resolve, reject) => {
      const started = performance.now();
      const look = () => {
        const found = find();
        if (found) resolve(found);
        else if (performance.now() - started > 20_000) reject(new Error(`Timed out waiting for ${what}`));
        else setTimeout(look, 2);
      };
      look();
    });
  // The window opens on an inert page first: Chromium gives a page no extension APIs when it
  // replaces the window's initial about:blank (the window object is reused), only when it
  // replaces a page. A window, not a tab: the opener stays visible, so nothing is throttled.
  const inert = new URL('/manifest.json', url).href;
  const child = window.open(inert, name, 'popup,width=420,height=640');
  if (!child) throw new Error(`window.open(${inert}) was refused`);
  await until(() => child.location.href === inert && child.document.readyState === 'complete', inert);
  child.location.href = url;
  const button = await until(
    () => child.location.href === url && child.document.querySelector<HTMLElement>('[data-testid="checkin"]'),
    `the check-in button on ${url}`,
  );
  const doc = child.document;
  if (action !== 'click-and-close') {
    // Kept for the driver, which may go on driving the window from here (see OpenedWindowPage).
    const opened = window as unknown as { closerWindows?: Record<string, Window> };
    (opened.closerWindows ??= {})[name] = child;
  }
  const sight: FirstSight = {
    state: read(doc),
    appScript: doc.querySelector('script[src$="-app.js"]') !== null,
    rootNodes: rootNodes(doc),
    nextFrame: null,
  };
  if (action === 'look') return sight;
  button.click();
  if (action === 'click-and-close') {
    child.close();
    return sight;
  }
  sight.nextFrame = await new Promise<PageState>((resolve) => child.requestAnimationFrame(() => resolve(read(doc))));
  return sight;
}

/** Source that runs `firstSightInPage` in a page of the extension's origin. */
export function firstSightScript(url: string, name: string, action: FirstSightAction): string {
  return inPage(firstSightInPage, { url, name, action }, readPageStateInPage, rootNodesInPage);
}

/** The computed type sizes that matter on a page of Closer, in px. */
export interface TypeSizes {
  /** The check-in button's label. */
  checkIn: number;
  /** The smallest text on the page (every text node, and the search field's placeholder). */
  smallest: number;
  /** What that smallest text says, to name it in a failure. */
  smallestText: string;
}

/** Reads the `TypeSizes` of `doc`. */
export function typeSizesInPage(doc: Document = document): TypeSizes {
  const px = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
  const sizes: Array<[number, string]> = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (text && node.parentElement) sizes.push([px(node.parentElement), text]);
  }
  for (const field of doc.querySelectorAll('input[placeholder]'))
    sizes.push([px(field), (field as HTMLInputElement).placeholder]);
  const [smallest, smallestText] = sizes.reduce((least, size) => (size[0] < least[0] ? size : least));
  return { checkIn: px(doc.querySelector('[data-testid="checkin"]')!), smallest, smallestText };
}

/** What the page shows of her most visited sites, and whether their script was loaded. */
export interface ShortcutsSeen {
  /** Each link's accessible text and address, in order. */
  links: Array<[text: string, href: string]>;
  /** The page has loaded `shortcuts.js`. */
  scriptLoaded: boolean;
}

/** Reads the `ShortcutsSeen` of `doc`. */
export function shortcutsInPage(doc: Document = document): ShortcutsSeen {
  return {
    links: [...doc.querySelectorAll('nav.shortcuts a')].map((link) => [
      link.textContent ?? '',
      link.getAttribute('href') ?? '',
    ]),
    scriptLoaded: !!doc.querySelector('script[src="/shortcuts.js"]'),
  };
}

/** Every input of the page with an id: its value, or for a checkbox or radio whether it is checked. */
export function inputsInPage(doc: Document = document): Record<string, string | boolean> {
  return Object.fromEntries(
    [...doc.querySelectorAll('input[id]')].map((input) => {
      const field = input as HTMLInputElement;
      return [field.id, field.type === 'checkbox' || field.type === 'radio' ? field.checked : field.value];
    }),
  );
}

/**
 * Every element of `doc` whose text overflows, is clipped or is crowded: wider than its box (a
 * word too long for it), reaching past the page's body, or overlapping the sibling before it
 * (two parts of a line run into each other), or a link broken over two lines. Each as `tag.class: its text`.
 */
export function overflowingInPage(doc: Document = document): string[] {
  const body = doc.body.getBoundingClientRect();
  const found: string[] = [];
  for (const element of doc.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || getComputedStyle(element).position === 'absolute') continue;
    const wider = element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible';
    const clipped = element.scrollWidth > Math.ceil(box.width) + 1 && element.children.length === 0;
    const before = element.previousElementSibling?.getBoundingClientRect();
    const overlaps =
      before !== undefined &&
      before.width > 0 &&
      getComputedStyle(element.previousElementSibling!).position !== 'absolute' &&
      Math.min(before.right, box.right) - Math.max(before.left, box.left) > 1 &&
      Math.min(before.bottom, box.bottom) - Math.max(before.top, box.top) > 1;
    // A link is a word or two: broken over two lines, it crowds what is beside it.
    const lines = doc.createRange();
    lines.selectNodeContents(element);
    const tops = [...lines.getClientRects()].map((line) => line.top);
    const broken = element.localName === 'a' && Math.max(...tops) - Math.min(...tops) > 4;
    if (wider || clipped || overlaps || broken || box.right > body.right + 1 || box.left < body.left - 1)
      found.push(`${element.localName}.${element.className}: ${element.textContent?.slice(0, 60)}`);
  }
  return found;
}

/** Sets the field `selector` of `doc` to `value` as a date picker does (its value, then an `input` event). */
export function setFieldInPage(selector: string, value: string, doc: Document = document): void {
  const field = doc.querySelector<HTMLInputElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Chooses a file named `name` holding `text` in the file field `selector` of `doc`, as her file picker does. */
export function chooseFileInPage(selector: string, name: string, text: string, doc: Document = document): void {
  const field = doc.querySelector<HTMLInputElement>(selector)!;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'application/json' }));
  field.files = files.files;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * From now on, keeps every file the page offers to save (`URL.createObjectURL`) in
 * `window.closerSaved`, and saves none to disk (a headless browser has nowhere to ask where).
 */
export function keepSavedFilesInPage(): void {
  const saved: Blob[] = [];
  const create = URL.createObjectURL.bind(URL);
  Object.assign(window, { closerSaved: saved });
  URL.createObjectURL = (blob: Blob | MediaSource) => (saved.push(blob as Blob), create(blob));
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.hasAttribute('download')) click.call(this);
  };
}

/** The text of the `index`th file the page offered to save since `keepSavedFilesInPage`. */
export function savedFileInPage(index: number): Promise<string> | undefined {
  return (window as unknown as { closerSaved: Blob[] }).closerSaved[index]?.text();
}

/** Wipes Closer's data as clearing her browser's data does: `storage.local` and the pages' `localStorage`. */
export async function wipeInPage(): Promise<void> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  localStorage.clear();
  await api.storage.local.clear();
}
