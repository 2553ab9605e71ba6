import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

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

export interface LaunchOptions {
  profileDir: string;
  /** The zone the browser lives in (`TZ`). */
  timeZone: string;
  /** What the browser's clock reads at launch (epoch ms); the real time when absent. */
  clockAt?: number;
  /**
   * `true` loads the build with `--load-extension`, which Chromium treats as a fresh
   * install at every launch. `false` starts the profile's already installed copy, as a
   * real browser restart does (see `makeInstallPermanent`).
   */
  loadExtension: boolean;
}

export interface BadgeState {
  text: string;
  color: [number, number, number, number];
  title: string;
}

/** One running Chromium with Closer in it. */
export class ChromiumWithCloser {
  constructor(
    readonly context: BrowserContext,
    readonly id: string,
  ) {}

  get origin(): string {
    return `chrome-extension://${this.id}`;
  }

  /** A new tab, opened the way Ctrl+T opens one. */
  async openNewTab(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto('chrome://newtab');
    await page.getByTestId('tip-title').waitFor();
    return page;
  }

  /** The toolbar popup's page, in a tab of its own. */
  async openPopup(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(`${this.origin}/popup.html`);
    await page.getByTestId('tip-title').waitFor();
    return page;
  }

  /**
   * A page of the extension's origin that runs none of Closer's code (its manifest),
   * from which the badge and storage can be read without refreshing them.
   */
  async inspector(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(`${this.origin}/manifest.json`);
    return page;
  }

  async readBadge(page: Page): Promise<BadgeState> {
    return page.evaluate(async () => ({
      text: await chrome.action.getBadgeText({}),
      color: (await chrome.action.getBadgeBackgroundColor({})) as [number, number, number, number],
      title: await chrome.action.getTitle({}),
    }));
  }

  async readStorage(page: Page): Promise<Record<string, unknown>> {
    return page.evaluate(() => chrome.storage.local.get(null));
  }

  async writeStorage(page: Page, items: Record<string, unknown>): Promise<void> {
    await page.evaluate((values) => chrome.storage.local.set(values), items);
  }

  /**
   * Stops the service worker the way Chromium does when it is idle (Playwright would
   * otherwise keep it alive, and with it state no real user's worker keeps).
   */
  async stopServiceWorker(page: Page): Promise<void> {
    const cdp = await this.context.newCDPSession(page);
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
  }
}

export async function launchChromium(options: LaunchOptions): Promise<ChromiumWithCloser> {
  if (!existsSync(path.join(CHROME_BUILD, 'manifest.json')))
    throw new Error(`No Chrome build in ${CHROME_BUILD}: run "npm run build" first.`);
  const env: Record<string, string> = { ...(process.env as Record<string, string>), TZ: options.timeZone };
  if (options.clockAt !== undefined) {
    const offsetSeconds = Math.round((options.clockAt - Date.now()) / 1000);
    Object.assign(env, {
      LD_PRELOAD: LIBFAKETIME,
      // A relative offset: every clock moves together (FAKETIME_DONT_FAKE_MONOTONIC makes Chromium hang here).
      FAKETIME: `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}`,
    });
  }
  const extensionArgs = options.loadExtension
    ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`]
    : [];
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    env,
    // Playwright disables extensions by default; a restart without --load-extension needs them on.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...extensionArgs,
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
  return new ChromiumWithCloser(context, extensionIdFor(CHROME_BUILD));
}

/**
 * Turns the command-line install of the last run into a normal unpacked install, so the
 * next launch without `--load-extension` is a real restart: `onStartup` fires, not `onInstalled`.
 */
export function makeInstallPermanent(profileDir: string, id: string): void {
  const file = path.join(profileDir, 'Default', 'Preferences');
  const preferences = JSON.parse(readFileSync(file, 'utf8'));
  const settings = preferences.extensions?.settings?.[id];
  if (!settings) throw new Error(`Closer (${id}) is not installed in ${profileDir}`);
  settings.location = 4;
  preferences.extensions.ui = { ...preferences.extensions.ui, developer_mode: true };
  writeFileSync(file, JSON.stringify(preferences));
}

/** `#rrggbb` as the `[r, g, b, 255]` that `getBadgeBackgroundColor` reports. */
export function rgba(hex: string): [number, number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, 255];
}
