import { readPageStateInPage, readTextInPage, type CloserPage, type PageState, type SearchField } from '../driver';
import {
  alertsInPage,
  inPage,
  inputsInPage,
  rootNodesInPage,
  shortcutsInPage,
  overflowingInPage,
  typeSizesInPage,
  type ShortcutsSeen,
  type TypeSizes,
} from '../in-page';
import { waitUntil } from './page';

/** Runs in the opener: `fn` with the window it opened under `name` (see `firstSightInPage`). */
function inOpenedWindow(name: string, fn: (win: Window, ...args: never[]) => unknown, ...args: unknown[]): unknown {
  const win = (window as unknown as { closerWindows?: Record<string, Window> }).closerWindows?.[name];
  if (!win || win.closed) throw new Error(`No open window named ${name}`);
  return fn(win, ...(args as never[]));
}

/**
 * A page that a page of Closer's origin opened with `window.open`, driven from that opener,
 * which reaches into it directly (same origin). Firefox's WebDriver BiDi announces no browsing
 * context opened this way from an extension page, so puppeteer has no page for it. Clicks are
 * the button's own `click()`, not the mouse's.
 */
export class OpenedWindowPage implements CloserPage {
  #documents = new Set<number>();

  constructor(
    private readonly inOpener: (source: string) => Promise<unknown>,
    readonly name: string,
  ) {}

  #run<T>(fn: (win: Window, ...args: never[]) => unknown, ...args: unknown[]): Promise<T> {
    return this.inOpener(inPage(inOpenedWindow, this.name, fn, ...args)) as Promise<T>;
  }

  state(): Promise<PageState> {
    return this.#run((win: Window, read: (root: ParentNode) => PageState) => read(win.document), readPageStateInPage);
  }

  async clickCheckIn(): Promise<void> {
    await this.#run((win: Window) => win.document.querySelector<HTMLElement>('[data-testid="checkin"]')!.click());
  }

  pressCheckInNow(): Promise<void> {
    return this.clickCheckIn();
  }

  async clickCheckInAndClose(): Promise<void> {
    await this.#run((win: Window) => {
      win.document.querySelector<HTMLElement>('[data-testid="checkin"]')!.click();
      win.close();
    });
  }

  async clickButton(name: string): Promise<void> {
    const clicked = await this.#run<boolean>((win: Window, label: string) => {
      const button = [...win.document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
      button?.click();
      return !!button;
    }, name);
    if (!clicked) throw new Error(`No button named "${name}" in the window ${this.name}`);
  }

  text(leaveOut?: string): Promise<string> {
    return this.#run(
      (win: Window, read: (leaveOut: string | null, doc: Document) => string, left: string | null) =>
        read(left, win.document),
      readTextInPage,
      leaveOut ?? null,
    );
  }

  async navigationCount(): Promise<number> {
    this.#documents.add(await this.#run<number>((win: Window) => win.performance.timeOrigin));
    return this.#documents.size;
  }

  alerts(): Promise<string[]> {
    return this.#run((win: Window, read: (doc: Document) => string[]) => read(win.document), alertsInPage);
  }

  rootNodes(): Promise<string[]> {
    return this.#run((win: Window, read: (doc: Document) => string[]) => read(win.document), rootNodesInPage);
  }

  typeSizes(): Promise<TypeSizes> {
    return this.#run((win: Window, read: (doc: Document) => TypeSizes) => read(win.document), typeSizesInPage);
  }

  shortcuts(): Promise<ShortcutsSeen> {
    return this.#run((win: Window, read: (doc: Document) => ShortcutsSeen) => read(win.document), shortcutsInPage);
  }

  fill(): Promise<void> {
    return Promise.reject(new Error(`No fields in the window ${this.name}: it is a popup`));
  }

  click(): Promise<void> {
    return Promise.reject(new Error(`Not clicked in the window ${this.name}: use clickButton`));
  }

  choose(): Promise<void> {
    return Promise.reject(new Error(`No fields in the window ${this.name}: it is a popup`));
  }

  overflowing(): Promise<string[]> {
    return this.#run((win: Window, read: (doc: Document) => string[]) => read(win.document), overflowingInPage);
  }

  async front(): Promise<void> {
    await this.#run((win: Window) => win.focus());
  }

  resize(): Promise<void> {
    return Promise.reject(new Error(`Not resized, the window ${this.name}: it is a popup, as tall as it needs`));
  }

  evaluate(): Promise<unknown> {
    // Its page's scripts can't evaluate text (an extension page's CSP forbids it): read it with the methods above.
    return Promise.reject(new Error('evaluate: not in a popup window opened by script'));
  }

  lang(): Promise<string> {
    return this.#run((win: Window) => win.document.documentElement.lang);
  }

  inputs(): Promise<Record<string, string | boolean>> {
    return this.#run(
      (win: Window, read: (doc: Document) => Record<string, string | boolean>) => read(win.document),
      inputsInPage,
    );
  }

  // Only popups are opened this way, and a popup has no search field.
  searchField(): Promise<SearchField | null> {
    return this.#run((win: Window) => (win.document.querySelector('[data-testid="search"]') ? 'unexpected' : null));
  }

  search(): Promise<string> {
    return Promise.reject(new Error(`No search field in the window ${this.name}: it is a popup`));
  }

  permissions(): Promise<string[]> {
    return this.#run(async (win: Window) => {
      const api = (win as unknown as { browser: typeof chrome }).browser;
      return (await api.permissions.getAll()).permissions ?? [];
    });
  }

  async reload(): Promise<void> {
    const before = await this.#run<number>((win: Window) => {
      win.location.reload();
      return win.performance.timeOrigin;
    });
    await waitUntil(
      () =>
        this.#run<boolean>(
          (win: Window, previous: number) =>
            win.performance.timeOrigin !== previous &&
            !!win.document.querySelector('[data-testid="tip-title"]')?.textContent,
          before,
        ),
      `the window ${this.name} to show a tip again after a reload`,
    );
    await this.navigationCount();
  }

  async close(): Promise<void> {
    await this.#run((win: Window) => win.close());
  }
}
