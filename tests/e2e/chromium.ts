import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  KEEP_STATES,
  readPageStateInPage,
  readPermissionsInPage,
  readSearchFieldInPage,
  readTextInPage,
  type BadgeState,
  type BrowserWithCloser,
  type CloserPage,
  type LaunchOptions,
  type StatesSeen,
} from './driver';

/** The Chrome build that `npm run build` makes. */
export const CHROME_BUILD = path.resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

/** An unpacked extension's id: SHA-256 of its absolute path, hex digits mapped to a–p. */
export function extensionIdFor(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export function newProfileDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'closer-e2e-'));
}

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

  searchField() {
    return this.page.evaluate(readSearchFieldInPage);
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

/** One running Chromium with Closer in it. */
export class ChromiumWithCloser implements BrowserWithCloser {
  readonly name = 'chromium';
  private inspectorPage: Promise<Page> | undefined;

  constructor(
    readonly context: BrowserContext,
    private readonly profileDir: string,
    readonly id: string,
  ) {}

  get origin(): string {
    return `chrome-extension://${this.id}`;
  }

  async openNewTab(): Promise<PlaywrightCloserPage> {
    const page = await this.context.newPage();
    await page.goto('chrome://newtab');
    await waitForTip(page);
    return new PlaywrightCloserPage(page);
  }

  async openPopup(): Promise<PlaywrightCloserPage> {
    const page = await this.context.newPage();
    await page.goto(`${this.origin}/popup.html`);
    await waitForTip(page);
    return new PlaywrightCloserPage(page);
  }

  /**
   * A page of the extension's origin that runs none of Closer's code (its manifest), from
   * which the badge and storage can be read without refreshing them.
   */
  inspector(): Promise<Page> {
    this.inspectorPage ??= this.context.newPage().then(async (page) => {
      await page.goto(`${this.origin}/manifest.json`);
      return page;
    });
    return this.inspectorPage;
  }

  async readBadge(): Promise<BadgeState> {
    return (await this.inspector()).evaluate(async () => ({
      text: await chrome.action.getBadgeText({}),
      color: (await chrome.action.getBadgeBackgroundColor({})) as [number, number, number, number],
      title: await chrome.action.getTitle({}),
    }));
  }

  async readStorage(): Promise<Record<string, unknown>> {
    return (await this.inspector()).evaluate(() => chrome.storage.local.get(null));
  }

  async writeStorage(items: Record<string, unknown>): Promise<void> {
    await (await this.inspector()).evaluate((values) => chrome.storage.local.set(values), items);
  }

  /** Chromium's own words for the manifest (`management.getPermissionWarningsByManifest` needs no permission). */
  async installWarnings(permissions?: string[]): Promise<string[]> {
    return (await this.inspector()).evaluate((replaced) => {
      const manifest = chrome.runtime.getManifest();
      return chrome.management.getPermissionWarningsByManifest(
        JSON.stringify(replaced ? { ...manifest, permissions: replaced } : manifest),
      );
    }, permissions);
  }

  /**
   * Stops the service worker the way Chromium does when it is idle (Playwright would
   * otherwise keep it alive, and with it state no real user's worker keeps).
   */
  async stopBackground(): Promise<void> {
    const cdp = await this.context.newCDPSession(await this.inspector());
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const ours = versions.filter((version) => version.scriptURL.startsWith(this.origin));
        if (ours.length > 0 && ours.every((version) => version.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();
  }

  async close(): Promise<void> {
    await this.context.close();
    makeInstallPermanent(this.profileDir, this.id);
  }
}

async function waitForTip(page: Page) {
  await page.waitForFunction(() => document.querySelector('[data-testid="tip-title"]')?.textContent);
}

/** Chromium with Closer's build (or, for the benchmark, another unpacked extension in `extensionDir`). */
export const launchChromium = async (
  options: LaunchOptions & { extensionDir?: string },
): Promise<ChromiumWithCloser> => {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  if (!existsSync(path.join(extensionDir, 'manifest.json')))
    throw new Error(`No extension build in ${extensionDir}: run "npm run build" first.`);
  const env: Record<string, string> = { ...(process.env as Record<string, string>), TZ: options.timeZone };
  if (options.clockAt !== undefined) {
    const offsetSeconds = Math.round((options.clockAt - Date.now()) / 1000);
    Object.assign(env, {
      LD_PRELOAD: LIBFAKETIME,
      // A relative offset: every clock moves together (FAKETIME_DONT_FAKE_MONOTONIC makes Chromium hang here).
      FAKETIME: `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}`,
    });
  }
  // --load-extension installs afresh at every launch; without it, the profile's own install starts as after a restart.
  const installArgs = options.install
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : [];
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    env,
    // Playwright disables extensions by default; a restart without --load-extension needs them on.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...installArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-renderer-backgrounding',
    ],
  });
  await context.addInitScript({ content: KEEP_STATES });
  return new ChromiumWithCloser(context, options.profileDir, extensionIdFor(extensionDir));
};

/**
 * Turns the command-line install of the last run into a normal unpacked install, so the
 * next launch without `--load-extension` is a real restart: `onStartup` fires, not `onInstalled`.
 */
function makeInstallPermanent(profileDir: string, id: string): void {
  const file = path.join(profileDir, 'Default', 'Preferences');
  const preferences = JSON.parse(readFileSync(file, 'utf8'));
  const settings = preferences.extensions?.settings?.[id];
  if (!settings) throw new Error(`Closer (${id}) is not installed in ${profileDir}`);
  settings.location = 4;
  preferences.extensions.ui = { ...preferences.extensions.ui, developer_mode: true };
  writeFileSync(file, JSON.stringify(preferences));
}
