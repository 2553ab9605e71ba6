import type { Page } from 'playwright-core';
import {
  readPageStateInPage,
  readPermissionsInPage,
  readSearchFieldInPage,
  readTextInPage,
  type CloserPage,
  type PageState,
  type StatesSeen,
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

/** A page of Closer in a Chromium tab, driven by playwright-core. */
export class PlaywrightCloserPage implements CloserPage {
  constructor(readonly page: Page) {}

  state() {
    return this.page.evaluate(inPage(readPageStateInPage)) as Promise<PageState>;
  }

  /** What the page showed once parsed, and every state it has shown since (`KEEP_STATES`). */
  statesSeen() {
    return this.page.evaluate(() => (window as unknown as { closerStates: StatesSeen }).closerStates);
  }

  async clickCheckIn() {
    // A background tab paints rarely, so Playwright's "stable" check would wait on it for a second.
    await this.page.bringToFront();
    await this.page.getByTestId('checkin').click();
  }

  async pressCheckInNow() {
    await this.page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="checkin"]')!.click());
  }

  async clickCheckInAndClose() {
    await this.pressCheckInNow();
    await this.page.close();
  }

  async clickButton(name: string) {
    await this.page.bringToFront();
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  text(leaveOut?: string) {
    return this.page.evaluate(readTextInPage, leaveOut);
  }

  navigationCount() {
    return this.page.evaluate(() => performance.getEntriesByType('navigation').length);
  }

  alerts() {
    return this.page.evaluate(inPage(alertsInPage)) as Promise<string[]>;
  }

  rootNodes() {
    return this.page.evaluate(inPage(rootNodesInPage)) as Promise<string[]>;
  }

  async reload() {
    await this.page.reload();
    await waitForTip(this.page);
  }

  searchField() {
    return this.page.evaluate(readSearchFieldInPage);
  }

  typeSizes() {
    return this.page.evaluate(inPage(typeSizesInPage)) as Promise<TypeSizes>;
  }

  shortcuts() {
    return this.page.evaluate(inPage(shortcutsInPage)) as Promise<ShortcutsSeen>;
  }

  async fill(selector: string, value: string) {
    await this.page.bringToFront();
    await this.page.fill(selector, value);
    await this.page.press(selector, 'Tab');
  }

  async click(selector: string) {
    await this.page.bringToFront();
    await this.page.click(selector);
  }

  inputs() {
    return this.page.evaluate(inPage(inputsInPage)) as Promise<Record<string, string | boolean>>;
  }

  async choose(selector: string, value: string) {
    await this.page.selectOption(selector, value);
  }

  overflowing() {
    return this.page.evaluate(inPage(overflowingInPage)) as Promise<string[]>;
  }

  front(): Promise<void> {
    return this.page.bringToFront();
  }

  resize(width: number, height: number): Promise<void> {
    return this.page.setViewportSize({ width, height });
  }

  evaluate(script: string): Promise<unknown> {
    return this.page.evaluate(script);
  }

  lang() {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  async search(text: string) {
    // The engine's answer, from the test: the network is closed here, and a failed load would
    // leave the tab on Chromium's error page.
    await this.page.route(/^https?:/, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Results</title>' }),
    );
    await this.page.bringToFront();
    const field = this.page.getByTestId('search');
    await field.click();
    await field.pressSequentially(text);
    await field.press('Enter');
    await this.page.waitForURL(/^https?:/, { waitUntil: 'commit' });
    return this.page.url();
  }

  permissions() {
    return this.page.evaluate(readPermissionsInPage);
  }

  /**
   * The page's cumulative layout shift since it loaded (Layout Instability API, buffered:
   * every shift from the first frame on), once `settled` (a selector) is on it.
   */
  async layoutShift(settled: string): Promise<number> {
    await this.page.waitForSelector(settled);
    return this.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const shifts = list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[];
            resolve(shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0));
          }).observe({ type: 'layout-shift', buffered: true });
          // No entries at all: the observer is never called.
          setTimeout(() => resolve(0), 500);
        }),
    );
  }

  close() {
    return this.page.close();
  }
}

/** Waits until the page shows a tip. */
export async function waitForTip(page: Page) {
  await page.waitForFunction(() => document.querySelector('[data-testid="tip-title"]')?.textContent);
}
