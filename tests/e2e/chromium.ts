import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { PlaywrightCloserPage, waitForTip } from './chromium/page';
import {
  KEEP_STATES,
  type BadgeState,
  type BrowserWithCloser,
  type FirstSight,
  type FirstSightAction,
  type LaunchOptions,
} from './driver';
import { firstSightScript, inPage, localStorageInPage } from './in-page';

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

/** One running Chromium with Closer in it. */
export class ChromiumWithCloser implements BrowserWithCloser {
  readonly name = 'chromium';
  private inspectorPage: Promise<Page> | undefined;
  private windowsOpened = 0;
  private workerSession: Promise<{ cdp: CDPSession; status: Map<string, string> }> | undefined;

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

  async openPage(file: string, ready: string): Promise<PlaywrightCloserPage> {
    const page = await this.context.newPage();
    await page.goto(`${this.origin}/${file}`);
    await page.waitForSelector(ready);
    return new PlaywrightCloserPage(page);
  }

  tabUrls(): Promise<string[]> {
    return Promise.all(this.context.pages().map(hrefOf));
  }

  async findTab(file: string, ready: string): Promise<PlaywrightCloserPage> {
    const url = `${this.origin}/${file}`;
    const end = Date.now() + 20_000;
    for (;;) {
      const pages = this.context.pages();
      const hrefs = await Promise.all(pages.map(hrefOf));
      const page = pages[hrefs.indexOf(url)];
      if (page) {
        await page.waitForFunction((selector) => document.querySelector(selector)?.textContent, ready);
        return new PlaywrightCloserPage(page);
      }
      if (Date.now() > end) throw new Error(`No tab shows ${url} among ${hrefs.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
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
   * otherwise keep it alive, and with it state no real user's worker keeps). One command on a
   * session kept open, so "right after a click" is a millisecond after it.
   */
  async stopBackground(): Promise<void> {
    const workers = await this.workers();
    await workers.cdp.send('ServiceWorker.stopAllWorkers');
    // Every update sent before the command's answer has arrived: wait for ours to read "stopped".
    await new Promise<void>((resolve) => {
      const check = () => {
        if (![...workers.status.values()].every((status) => status === 'stopped')) return;
        workers.cdp.off('ServiceWorker.workerVersionUpdated', check);
        resolve();
      };
      workers.cdp.on('ServiceWorker.workerVersionUpdated', check);
      check();
    });
  }

  /** A debugging session that follows the running status of each version of Closer's worker. */
  private workers(): Promise<{ cdp: CDPSession; status: Map<string, string> }> {
    this.workerSession ??= (async () => {
      const cdp = await this.context.newCDPSession(await this.inspector());
      const status = new Map<string, string>();
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const version of versions)
          if (version.scriptURL.startsWith(this.origin)) status.set(version.versionId, version.runningStatus);
      });
      await cdp.send('ServiceWorker.enable');
      return { cdp, status };
    })();
    return this.workerSession;
  }

  async openPopupAtFirstSight(action: FirstSightAction): Promise<FirstSight & { page?: PlaywrightCloserPage }> {
    const name = `closer-first-sight-${++this.windowsOpened}`;
    const inspector = await this.inspector();
    // In front, so its timers (it looks for the button every few ms) run at full speed.
    await inspector.bringToFront();
    const sight = (await inspector.evaluate(firstSightScript(`${this.origin}/popup.html`, name, action))) as FirstSight;
    if (action === 'click-and-close') return sight;
    for (const candidate of this.context.pages())
      if ((await candidate.evaluate(() => window.name).catch(() => '')) === name)
        return { ...sight, page: new PlaywrightCloserPage(candidate) };
    throw new Error(`The window ${name} is not among the browser's pages`);
  }

  async readLocalStorage(key: string): Promise<string | null> {
    return (await (await this.inspector()).evaluate(inPage(localStorageInPage, key, false, null))) as string | null;
  }

  async writeLocalStorage(key: string, value: string | null): Promise<void> {
    await (await this.inspector()).evaluate(inPage(localStorageInPage, key, true, value));
  }

  async close(): Promise<void> {
    await this.context.close();
    makeInstallPermanent(this.profileDir, this.id);
  }
}

/** The page's own address; a page that can't answer yet (still loading) by the address Playwright last saw. */
async function hrefOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => page.url());
}

/** Chromium with Closer's build (or, for the benchmark, another unpacked extension in `extensionDir`). */
export const launchChromium = async (
  options: LaunchOptions & { extensionDir?: string },
): Promise<ChromiumWithCloser> => {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  if (!existsSync(path.join(extensionDir, 'manifest.json')))
    throw new Error(`No extension build in ${extensionDir}: run "npm run build" first.`);
  const env: Record<string, string> = { ...(process.env as Record<string, string>), TZ: options.timeZone };
  // On Linux, Chromium takes its language from the environment; every language but English comes
  // with Debian's chromium-l10n, without which Chromium quietly speaks English.
  if (options.language) {
    if (CHROMIUM === '/usr/bin/chromium' && !existsSync(`/usr/lib/chromium/locales/${options.language}.pak`))
      throw new Error(`Chromium has no ${options.language} language pack: install chromium-l10n (bash .ci/run does).`);
    Object.assign(env, { LANGUAGE: options.language, LANG: `${options.language}.UTF-8` });
  }
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
      ...(options.language ? [`--lang=${options.language}`] : []),
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
