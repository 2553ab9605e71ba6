import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { CHROME_BUILD, launchChromium, newProfileDir, type ChromiumWithCloser } from '../../tests/e2e/chromium';
import {
  blankNewTabExtension,
  blankPageFile,
  buildWithBlankPages,
  BLANK_KINDS,
  type BlankKind,
} from './blank-extensions';
import { pageProbe, type PageTimings } from './page-probe';
import { probeEveryPage, settleAfterInstall } from './ready-to-time';

/**
 * How a page is opened: the new tab as Ctrl+T opens it (`chrome://newtab`, which the browser
 * resolves to the extension that owns it), the same page by its own `chrome-extension://`
 * address, and the popup page by its address.
 */
export const OPENINGS = ['newtab-override', 'newtab-address', 'popup-address'] as const;
export type Opening = (typeof OPENINGS)[number];

/** Closer's page and the blank pages it is compared with. */
export type PageName = 'Closer' | BlankKind;
export const PAGES: readonly PageName[] = ['Closer', ...BLANK_KINDS];

/** Each of the probe's timings over all loads of one page. */
export type Sample = Record<keyof PageTimings, number[]>;
export type Samples = Record<Opening, Record<PageName, Sample>>;
const emptySample = (): Sample => ({
  tipPainted: [],
  checkInResponded: [],
  layoutShift: [],
  scriptStarted: [],
  tipDrawn: [],
});

type Browsers = Record<PageName, ChromiumWithCloser>;

const address = (browser: ChromiumWithCloser, file: string) => `chrome-extension://${browser.id}/${file}`;

/**
 * `loads` loads of every page opened every way, alternating, timed by the page probe, with every
 * browser in `language` (Closer's pages then speak it, and their tip is written in it).
 */
export async function pageLoads(loads: number, timeZone: string, language?: string): Promise<Samples> {
  const work = mkdtempSync(path.join(tmpdir(), 'closer-bench-'));
  const launch = (extensionDir: string) =>
    launchChromium({ profileDir: newProfileDir(), timeZone, install: true, extensionDir, language });
  // A browser for each new tab as chrome://newtab opens it, since only one extension can own it:
  // Closer (with the blank pages beside its own), and one for each kind of blank page.
  const browsers = { Closer: await launch(buildWithBlankPages(CHROME_BUILD, work)) } as Browsers;
  for (const kind of BLANK_KINDS) browsers[kind] = await launch(blankNewTabExtension(work, kind));
  const closer = browsers.Closer;
  try {
    for (const browser of Object.values(browsers)) await probeEveryPage(browser.context, pageProbe);
    await settleAfterInstall(closer);

    const whereToOpen = (opening: Opening, page: PageName): [BrowserContext, string] => {
      if (opening === 'newtab-override') return [browsers[page].context, 'chrome://newtab'];
      // By address, every page in Closer's browser and extension, one after another, as a
      // benchmark that opens pages by their address in one browser finds them.
      const closerPage = opening === 'popup-address' ? 'popup.html' : 'newtab.html';
      return [closer.context, address(closer, page === 'Closer' ? closerPage : blankPageFile(page, 'page'))];
    };
    const all = OPENINGS.flatMap((opening) =>
      PAGES.map((page) => ({ opening, page, where: whereToOpen(opening, page) })),
    );
    const samples = Object.fromEntries(
      OPENINGS.map((opening) => [opening, Object.fromEntries(PAGES.map((page) => [page, emptySample()]))]),
    ) as Samples;
    for (let i = 0; i < loads; i++)
      // Alternate which goes first, so none always meets a warmer browser.
      for (const { opening, page, where } of i % 2 === 0 ? all : [...all].reverse()) {
        const timings = await timedLoad(...where);
        for (const key of Object.keys(timings) as Array<keyof PageTimings>)
          samples[opening][page][key].push(timings[key]);
      }
    return samples;
  } finally {
    for (const browser of Object.values(browsers)) await browser.close();
  }
}

/**
 * Opens `url` in a new page, waits for the probe's timings (`until`: those it must have; a
 * variant that hides the check-in button can't wait for its click), and closes the page.
 */
export async function timedLoad(
  context: BrowserContext,
  url: string,
  until: Array<keyof PageTimings> = ['tipPainted', 'checkInResponded', 'tipDrawn'],
): Promise<PageTimings> {
  const page = await context.newPage();
  await page.goto(url);
  const timings = await page
    .waitForFunction((keys) => {
      const t = (window as unknown as { closerBench: Partial<PageTimings> }).closerBench;
      return keys.every((key) => t[key] !== undefined) && t;
    }, until)
    .then((handle) => handle.jsonValue() as Promise<PageTimings>);
  await page.close();
  return timings;
}
