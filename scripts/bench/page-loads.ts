import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { CHROME_BUILD, launchChromium, newProfileDir } from '../../tests/e2e/chromium';
import { blankNewTabExtension, buildWithBlankPopups, BLANK_POPUP, SCRIPTED_BLANK_POPUP } from './blank-extensions';
import { pageProbe, type PageTimings } from './page-probe';

/** Each of the probe's timings over all loads of one page. */
export type Sample = Record<keyof PageTimings, number[]>;
const emptySample = (): Sample => ({ tipPainted: [], checkInResponded: [], layoutShift: [] });

/** `loads` loads of each page, alternating, timed by the page probe. */
export async function pageLoads(loads: number, timeZone: string): Promise<Record<string, Sample>> {
  const work = mkdtempSync(path.join(tmpdir(), 'closer-bench-'));
  const launch = (extensionDir: string) =>
    launchChromium({ profileDir: newProfileDir(), timeZone, install: true, extensionDir });
  // Three browsers, since only one extension can own the new tab: Closer (with the blank
  // popup pages beside its own), and one each whose new tab is the blank page, without and
  // with a script. All open chrome://newtab.
  const closer = await launch(buildWithBlankPopups(CHROME_BUILD, work));
  const blank = await launch(blankNewTabExtension(work));
  const scripted = await launch(blankNewTabExtension(work, { scripted: true }));
  try {
    for (const browser of [closer, blank, scripted])
      // esbuild's keepNames wraps inner functions in __name(): give the page one.
      await browser.context.addInitScript({ content: `var __name = (f) => f; (${pageProbe.toString()})();` });
    await (await closer.openNewTab()).close(); // the first load settles today's tip and warms the worker
    // Every launch here is an install, which opens the welcome page: close it, or Closer's browser
    // would carry one more page than the blank ones through every load.
    for (const page of closer.context.pages()) if (page.url().endsWith('/welcome.html')) await page.close();
    const base = `chrome-extension://${closer.id}`;
    const pages: Record<string, [BrowserContext, string]> = {
      'new tab': [closer.context, 'chrome://newtab'],
      'blank new tab': [blank.context, 'chrome://newtab'],
      'scripted blank new tab': [scripted.context, 'chrome://newtab'],
      popup: [closer.context, `${base}/popup.html`],
      'blank popup': [closer.context, `${base}/${BLANK_POPUP}`],
      'scripted blank popup': [closer.context, `${base}/${SCRIPTED_BLANK_POPUP}`],
    };
    const samples = Object.fromEntries(Object.keys(pages).map((name) => [name, emptySample()]));
    for (let i = 0; i < loads; i++) {
      // Alternate which goes first, so neither always meets a warmer browser.
      const order = i % 2 === 0 ? Object.keys(pages) : Object.keys(pages).reverse();
      for (const name of order) {
        const [context, url] = pages[name]!;
        const page = await context.newPage();
        await page.goto(url);
        const timings = await page
          .waitForFunction(() => {
            const t = (window as unknown as { closerBench: Partial<PageTimings> }).closerBench;
            return t.tipPainted !== undefined && t.checkInResponded !== undefined && t;
          })
          .then((handle) => handle.jsonValue() as Promise<PageTimings>);
        for (const key of Object.keys(timings) as Array<keyof PageTimings>) samples[name]![key].push(timings[key]);
        await page.close();
      }
    }
    return samples;
  } finally {
    for (const browser of [closer, blank, scripted]) await browser.close();
  }
}
