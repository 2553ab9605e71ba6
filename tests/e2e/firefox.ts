import { existsSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BadgeState, BrowserWithCloser, FirstSight, FirstSightAction, Launch, LaunchOptions } from './driver';
import { BiDi, contextOf } from './firefox/bidi';
import {
  ADD_HISTORY,
  ALLOW_OPTIONAL_PERMISSIONS,
  CONSOLE_ERRORS,
  EXTENSION_HOST,
  INSTALL_WARNINGS,
  OPEN_TAB,
  READ_BADGE,
  STOP_BACKGROUND,
  STORAGE,
  WATCH_CONSOLE,
} from './firefox/chrome-scripts';
import { clockEnv } from './firefox/clock-shim';
import { describeEntry, entriesOf, type ConsoleEntry } from './firefox/console';
import { FIREFOX_BUILD, readManifest, type Manifest } from './firefox/manifest';
import { OpenedWindowPage } from './firefox/opened-window';
import { FirefoxPage, waitUntil } from './firefox/page';
import { installPermanently } from './firefox/xpi';
import { firstSightScript, inPage, localStorageInPage } from './in-page';

/*
 * Firefox ESR through puppeteer-core over WebDriver BiDi. What BiDi has no command for is
 * read or done in the browser window's privileged (chrome) context: see chrome-scripts.ts.
 * CLOSER_E2E_DUMPIO=1 shows Firefox's own output; FIREFOX_PATH picks another binary.
 */

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** How long Firefox may take to quit on its own before it is killed (it writes the profile out meanwhile). */
const QUIT_TIMEOUT_MS = 60_000;

/** One running Firefox ESR with Closer installed permanently in a kept profile. */
export class FirefoxWithCloser implements BrowserWithCloser {
  readonly name = 'firefox';
  #inspector: Promise<Page> | undefined;
  #windowsOpened = 0;

  constructor(
    readonly browser: Browser,
    readonly bidi: BiDi,
    readonly manifest: Manifest,
    /** The `moz-extension://` host Firefox gave Closer in this profile. */
    readonly host: string,
  ) {}

  get id(): string {
    return this.manifest.browser_specific_settings.gecko.id;
  }

  get origin(): string {
    return `moz-extension://${this.host}`;
  }

  /** Ctrl+T: Firefox's own command in the browser window, which loads Closer's new-tab override. */
  async openNewTab(): Promise<FirefoxPage> {
    const context = await this.bidi.inChrome<string>(OPEN_TAB);
    const page = await waitUntil(
      async () => (await this.browser.pages()).find((candidate) => contextOf(candidate) === context),
      'the new tab',
    );
    return FirefoxPage.whenShowing(page, `${this.origin}/${this.manifest.chrome_url_overrides.newtab}`);
  }

  async openPopup(): Promise<FirefoxPage> {
    const page = await this.browser.newPage();
    const url = `${this.origin}/${this.manifest.action.default_popup}`;
    await this.bidi.navigate(page, url);
    return FirefoxPage.whenShowing(page, url);
  }

  async openPage(file: string, ready: string): Promise<FirefoxPage> {
    const page = await this.browser.newPage();
    const url = `${this.origin}/${file}`;
    await this.bidi.navigate(page, url);
    return FirefoxPage.whenShowing(page, url, ready);
  }

  async tabUrls(): Promise<string[]> {
    return Promise.all((await this.browser.pages()).map(hrefOf));
  }

  async findTab(file: string, ready: string): Promise<FirefoxPage> {
    const url = `${this.origin}/${file}`;
    const page = await waitUntil(async () => {
      const pages = await this.browser.pages();
      const hrefs = await Promise.all(pages.map(hrefOf));
      return pages[hrefs.indexOf(url)];
    }, `a tab showing ${url}`);
    return FirefoxPage.whenShowing(page, url, ready);
  }

  readBadge(): Promise<BadgeState> {
    return this.bidi.inChrome<BadgeState>(READ_BADGE, { id: this.id });
  }

  readStorage(): Promise<Record<string, unknown>> {
    return this.bidi.inChrome<Record<string, unknown>>(STORAGE, { id: this.id });
  }

  async writeStorage(items: Record<string, unknown>): Promise<void> {
    await this.bidi.inChrome(STORAGE, { id: this.id, items });
  }

  installWarnings(permissions?: string[]): Promise<string[]> {
    return this.bidi.inChrome<string[]>(INSTALL_WARNINGS, { id: this.id, permissions });
  }

  /** From now on, an optional permission Closer asks for is granted as if she clicked "Allow". */
  async allowOptionalPermissions(): Promise<void> {
    await this.bidi.inChrome(ALLOW_OPTIONAL_PERMISSIONS);
  }

  /** Puts `sites` in her history, as if she had visited each a few times, the first most recently. */
  async addHistory(sites: { url: string; title: string }[]): Promise<void> {
    await this.bidi.inChrome(ADD_HISTORY, { sites });
  }

  async stopBackground(): Promise<void> {
    await this.bidi.inChrome(STOP_BACKGROUND, { id: this.id });
  }

  /**
   * A tab of the extension's origin that runs none of Closer's code (its manifest), from which
   * the extension's localStorage is reached and windows of its pages are opened.
   */
  inspector(): Promise<Page> {
    this.#inspector ??= this.browser.newPage().then(async (page) => {
      await this.bidi.navigate(page, `${this.origin}/manifest.json`);
      return page;
    });
    return this.#inspector;
  }

  async openPopupAtFirstSight(action: FirstSightAction): Promise<FirstSight & { page?: OpenedWindowPage }> {
    const name = `closer-first-sight-${++this.#windowsOpened}`;
    const url = `${this.origin}/${this.manifest.action.default_popup}`;
    const inspector = await this.inspector();
    // In front: Firefox runs a background tab's timers once a second, and it looks every few ms.
    await inspector.bringToFront();
    const sight = (await inspector.evaluate(firstSightScript(url, name, action))) as FirstSight;
    if (action === 'click-and-close') return sight;
    return { ...sight, page: new OpenedWindowPage((source) => inspector.evaluate(source), name) };
  }

  async readLocalStorage(key: string): Promise<string | null> {
    return (await (await this.inspector()).evaluate(inPage(localStorageInPage, key, false, null))) as string | null;
  }

  async writeLocalStorage(key: string, value: string | null): Promise<void> {
    await (await this.inspector()).evaluate(inPage(localStorageInPage, key, true, value));
  }

  /**
   * Uncaught errors and unhandled rejections that reached the Browser Console since launch,
   * as "message (source:line:column)": Closer's (see `entriesOf`), or with `{ all: true }`
   * every one of every origin.
   */
  async consoleErrors({ all = false } = {}): Promise<string[]> {
    const entries = await this.bidi.inChrome<ConsoleEntry[]>(CONSOLE_ERRORS);
    return (all ? entries : entriesOf(entries, [this.origin, this.id])).map(describeEntry);
  }

  /**
   * Quits as a person does (BiDi `browser.close` is Firefox's own quit), and waits for the
   * process to end on its own, so the profile keeps the install and storage.local.
   * (puppeteer's `close()` alone kills Firefox after 5 s, which a loaded machine can need.)
   */
  async close(): Promise<void> {
    const firefox = this.browser.process();
    const exited = new Promise<boolean>((resolve) => {
      if (!firefox || firefox.exitCode !== null || firefox.signalCode !== null) resolve(true);
      else firefox.once('exit', () => resolve(true));
    });
    const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), QUIT_TIMEOUT_MS).unref());
    await this.bidi.send('browser.close', {}).catch(() => undefined);
    const quit = await Promise.race([exited, timeout]);
    await this.browser.close();
    if (!quit) throw new Error(`Firefox did not quit within ${QUIT_TIMEOUT_MS / 1000} s and was killed`);
  }
}

/** The page's own address (`page.url()` goes stale on extension pages); a page that can't answer yet by `page.url()`. */
function hrefOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => page.url());
}

/**
 * puppeteer backs up `prefs.js` and `user.js` at launch and puts the backups back when
 * Firefox exits, which would undo what Firefox saved during the session. A kept profile
 * keeps it all, as a person's does.
 */
function keepPrefsOnQuit(profileDir: string): void {
  for (const file of ['prefs.js', 'user.js']) rmSync(path.join(profileDir, `${file}.puppeteer`), { force: true });
}

/** `launchFirefox` with its full type, for tests that use what only Firefox has (`consoleErrors`). */
export async function launchFirefoxWithCloser(options: LaunchOptions): Promise<FirefoxWithCloser> {
  const { profileDir, timeZone, clockAt, install, language } = options;
  // Without its language pack, Firefox quietly speaks English.
  const pack = path.join(
    path.dirname(realpathSync(FIREFOX)),
    'browser',
    'extensions',
    `langpack-${language}@firefox-esr.mozilla.org.xpi`,
  );
  if (language && !existsSync(pack))
    throw new Error(
      `Firefox has no ${language} language pack: install firefox-esr-l10n-${language} (bash .ci/run does).`,
    );
  const manifest = readManifest();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profileDir,
    // Lets BiDi reach the browser window's chrome context and moz-extension:// pages.
    args: ['-remote-allow-system-access'],
    // Lets the unsigned build be installed permanently; ESR honours it.
    // Another language needs its language pack (Debian's firefox-esr-l10n-*).
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      ...(language && { 'intl.locale.requested': language }),
    },
    env: { ...process.env, TZ: timeZone, ...clockEnv(clockAt) },
    dumpio: process.env.CLOSER_E2E_DUMPIO === '1',
  });
  try {
    keepPrefsOnQuit(profileDir);
    const bidi = new BiDi(browser);
    await bidi.inChrome(WATCH_CONSOLE);
    if (install) await installPermanently(bidi, FIREFOX_BUILD);
    const host = await bidi.inChrome<string>(EXTENSION_HOST, { id: manifest.browser_specific_settings.gecko.id });
    return new FirefoxWithCloser(browser, bidi, manifest, host);
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export const launchFirefox: Launch = launchFirefoxWithCloser;
