import type { Page } from 'playwright-core';
import { readPageStateInPage, readTextInPage, type CloserPage, type StatesSeen } from '../driver';

/** A page of Closer in a Chromium tab, driven by playwright-core. */
export class PlaywrightCloserPage implements CloserPage {
  constructor(readonly page: Page) {}

  state() {
    return this.page.evaluate(readPageStateInPage);
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

  close() {
    return this.page.close();
  }
}

/** Waits until the page shows a tip. */
export async function waitForTip(page: Page) {
  await page.waitForFunction(() => document.querySelector('[data-testid="tip-title"]')?.textContent);
}
