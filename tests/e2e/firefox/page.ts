import type { ElementHandle, Page } from 'puppeteer-core';
import {
  readPageStateInPage,
  readPermissionsInPage,
  readSearchFieldInPage,
  readTextInPage,
  type CloserPage,
  type PageState,
  type SearchField,
} from '../driver';
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
import { BiDi, contextOf } from './bidi';

/**
 * Polls `read` until it returns something truthy. A read that throws counts as "not yet":
 * right after a tab opens, its document is being replaced and evaluations can fail.
 */
export async function waitUntil<T>(read: () => Promise<T>, what: string, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await read();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`, { cause: lastError });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A page of Closer in a Firefox tab. Reads go through `evaluate`, which works on extension
 * pages; `page.url()` does not (it stays `about:blank`), hence `location.href`.
 */
export class FirefoxPage implements CloserPage {
  /** `performance.timeOrigin` of every document seen in this tab: a new one means a new load. */
  readonly #documents = new Set<number>();

  private constructor(readonly page: Page) {}

  /** The page in `page`'s tab once it shows `url` with text in `ready` (by default, a tip). */
  static async whenShowing(page: Page, url: string, ready = '[data-testid="tip-title"]'): Promise<FirefoxPage> {
    await waitUntil(
      () =>
        page.evaluate(
          (expected, selector) => location.href === expected && !!document.querySelector(selector)?.textContent,
          url,
          ready,
        ),
      `${url} to show ${ready}`,
    );
    const closerPage = new FirefoxPage(page);
    await closerPage.navigationCount();
    return closerPage;
  }

  state(): Promise<PageState> {
    // Sent as source: esbuild's keepNames (tsx, vitest) may wrap inner functions in a
    // `__name` helper that exists only in Node, so the page gets a stand-in.
    return this.page.evaluate(`((__name) => (${readPageStateInPage.toString()})())((fn) => fn)`) as Promise<PageState>;
  }

  async clickCheckIn(): Promise<void> {
    await this.page.bringToFront();
    await this.page.click('[data-testid="checkin"]');
  }

  async pressCheckInNow(): Promise<void> {
    await this.page.evaluate(() => document.querySelector<HTMLElement>('[data-testid="checkin"]')!.click());
  }

  async clickCheckInAndClose(): Promise<void> {
    await this.pressCheckInNow();
    await this.page.close();
  }

  async clickButton(name: string): Promise<void> {
    // As Playwright does in Chromium: a button the page draws once storage answers is waited for.
    const found = async () => {
      const handle = await this.page.evaluateHandle(
        (label) =>
          // Its accessible name: its label where it has one, else its text.
          [...document.querySelectorAll('button')].find(
            (button) => (button.getAttribute('aria-label') ?? button.textContent?.trim()) === label,
          ) ?? null,
        name,
      );
      if (handle.asElement()) return handle;
      await handle.dispose();
      return null;
    };
    const handle = await waitUntil(found, `a button named "${name}" on ${await this.href()}`, 5_000);
    const button = handle.asElement() as ElementHandle<HTMLButtonElement>;
    await this.page.bringToFront();
    await button.click();
    await handle.dispose();
  }

  text(leaveOut?: string): Promise<string> {
    const source = `((__name) => (${readTextInPage.toString()})(${JSON.stringify(leaveOut ?? null)}))((fn) => fn)`;
    return this.page.evaluate(source) as Promise<string>;
  }

  /**
   * Documents this tab has shown, counted by their `performance.timeOrigin` each time this
   * is called (Firefox keeps one navigation entry per document, as Chromium does). A reload
   * between two calls makes the count grow; several reloads between two calls count once.
   */
  async navigationCount(): Promise<number> {
    this.#documents.add(await this.page.evaluate(() => performance.timeOrigin));
    return this.#documents.size;
  }

  alerts(): Promise<string[]> {
    return this.page.evaluate(inPage(alertsInPage)) as Promise<string[]>;
  }

  rootNodes(): Promise<string[]> {
    return this.page.evaluate(inPage(rootNodesInPage)) as Promise<string[]>;
  }

  /** `location.reload()`: puppeteer's reload would wait for a load event Firefox never sends here. */
  async reload(): Promise<void> {
    const before = await this.page.evaluate(() => performance.timeOrigin);
    const url = await this.href();
    await this.page.evaluate(() => location.reload());
    await waitUntil(
      () =>
        this.page.evaluate(
          (previous, expected) =>
            performance.timeOrigin !== previous &&
            location.href === expected &&
            !!document.querySelector('[data-testid="tip-title"]')?.textContent,
          before,
          url,
        ),
      `${url} to show a tip again after a reload`,
    );
    await this.navigationCount();
  }

  async choose(selector: string, value: string): Promise<void> {
    await this.inView(selector);
    await this.page.select(selector, value);
  }

  overflowing(): Promise<string[]> {
    return this.page.evaluate(inPage(overflowingInPage)) as Promise<string[]>;
  }

  front(): Promise<void> {
    return this.page.bringToFront();
  }

  resize(width: number, height: number): Promise<void> {
    return this.page.setViewport({ width, height });
  }

  evaluate(script: string): Promise<unknown> {
    return this.page.evaluate(script);
  }

  lang(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  typeSizes(): Promise<TypeSizes> {
    return this.page.evaluate(inPage(typeSizesInPage)) as Promise<TypeSizes>;
  }

  shortcuts(): Promise<ShortcutsSeen> {
    return this.page.evaluate(inPage(shortcutsInPage)) as Promise<ShortcutsSeen>;
  }

  /** Brings `selector` into the middle of the window first: puppeteer's click over BiDi misses an element below the fold. */
  private async inView(selector: string): Promise<void> {
    await this.page.bringToFront();
    await this.page.waitForSelector(selector);
    await this.page.evaluate((found) => document.querySelector(found)?.scrollIntoView({ block: 'center' }), selector);
  }

  async fill(selector: string, value: string): Promise<void> {
    await this.inView(selector);
    await this.page.click(selector, { count: 3 });
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(value);
    await this.page.keyboard.press('Tab');
  }

  async click(selector: string): Promise<void> {
    await this.inView(selector);
    await this.page.click(selector);
  }

  inputs(): Promise<Record<string, string | boolean>> {
    return this.page.evaluate(inPage(inputsInPage)) as Promise<Record<string, string | boolean>>;
  }

  searchField(): Promise<SearchField | null> {
    return this.page.evaluate(
      `((__name) => (${readSearchFieldInPage.toString()})())((fn) => fn)`,
    ) as Promise<SearchField | null>;
  }

  async search(text: string): Promise<string> {
    await this.page.bringToFront();
    await this.page.click('[data-testid="search"]');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    // The tab's address as Firefox's browsing context has it: a load that fails (the network is
    // closed here) still leaves Closer's page for the engine's address, under an error page.
    const bidi = new BiDi(this.page.browser());
    type Tree = { contexts: { url: string }[] };
    return waitUntil(async () => {
      const { contexts } = await bidi.send<Tree>('browsingContext.getTree', {
        root: contextOf(this.page),
        maxDepth: 0,
      });
      const url = contexts[0]?.url ?? '';
      return /^https?:/.test(url) ? url : undefined;
    }, 'the tab to leave Closer’s page for the search engine');
  }

  permissions(): Promise<string[]> {
    return this.page.evaluate(`((__name) => (${readPermissionsInPage.toString()})())((fn) => fn)`) as Promise<string[]>;
  }

  async close(): Promise<void> {
    await this.page.close();
  }

  href(): Promise<string> {
    return this.page.evaluate(() => location.href);
  }
}
