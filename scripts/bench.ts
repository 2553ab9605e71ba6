/**
 * `npm run bench`: Closer's new tab and popup against blank extension pages, and the badge
 * after a restart against an extension that only sets a badge, all in one run on this
 * machine; then the bytes each page loads. Ratios, not absolute times, are what to compare:
 * these machines are noisy. Beside each blank page, the same page drawn by one tiny script:
 * the floor for a page that must run a script to know today's tip.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_BUILD, launchChromium, newProfileDir } from '../tests/e2e/chromium';
import {
  blankBadgeExtension,
  blankNewTabExtension,
  buildWithBlankPopups,
  BLANK_POPUP,
  SCRIPTED_BLANK_POPUP,
} from './bench/blank-extensions';
import { pageProbe, type PageTimings } from './bench/page-probe';
import { median, percentile } from './bench/stats';
import { filesLoadedBy, total } from './bundle-bytes';

const LOADS = Number(process.env.BENCH_LOADS ?? 40);
const RESTARTS = Number(process.env.BENCH_RESTARTS ?? 7);
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

function newestSourceTime(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(path.join(entry.parentPath, entry.name)).mtimeMs),
  );
}

function buildIfNeeded() {
  const manifest = path.join(CHROME_BUILD, 'manifest.json');
  const sources = ['entrypoints', 'components', 'hooks', 'utils', 'assets', 'public'];
  if (existsSync(manifest) && statSync(manifest).mtimeMs > Math.max(...sources.map(newestSourceTime))) return;
  console.log('Building…');
  execSync('npx wxt build', { stdio: 'inherit' });
}

type Sample = Record<keyof PageTimings, number[]>;
const emptySample = (): Sample => ({ tipPainted: [], checkInResponded: [], layoutShift: [] });

async function pageLoads(): Promise<Record<string, Sample>> {
  const work = mkdtempSync(path.join(tmpdir(), 'closer-bench-'));
  const launch = (extensionDir: string) =>
    launchChromium({ profileDir: newProfileDir(), timeZone: TIME_ZONE, install: true, extensionDir });
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
    const loads: Record<string, [BrowserContext, string]> = {
      'new tab': [closer.context, 'chrome://newtab'],
      'blank new tab': [blank.context, 'chrome://newtab'],
      'scripted blank new tab': [scripted.context, 'chrome://newtab'],
      popup: [closer.context, `${base}/popup.html`],
      'blank popup': [closer.context, `${base}/${BLANK_POPUP}`],
      'scripted blank popup': [closer.context, `${base}/${SCRIPTED_BLANK_POPUP}`],
    };
    const samples = Object.fromEntries(Object.keys(loads).map((name) => [name, emptySample()]));
    for (let i = 0; i < LOADS; i++) {
      // Alternate which goes first, so neither always meets a warmer browser.
      const order = i % 2 === 0 ? Object.keys(loads) : Object.keys(loads).reverse();
      for (const name of order) {
        const [context, url] = loads[name]!;
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

/** From launch to the badge showing the stored streak, over real restarts. */
async function badgeAfterRestart(): Promise<Record<string, number[]>> {
  const work = mkdtempSync(path.join(tmpdir(), 'closer-bench-'));
  const candidates = { Closer: CHROME_BUILD, 'blank badge': blankBadgeExtension(work) };
  const profiles = Object.fromEntries(Object.keys(candidates).map((name) => [name, newProfileDir()]));
  for (const [name, extensionDir] of Object.entries(candidates)) {
    const first = await launchChromium({
      profileDir: profiles[name]!,
      timeZone: TIME_ZONE,
      install: true,
      extensionDir,
    });
    if (name === 'Closer') await (await first.openNewTab()).clickCheckIn(); // a streak to show
    await new Promise((resolve) => setTimeout(resolve, 500));
    await first.close();
  }
  const times: Record<string, number[]> = { Closer: [], 'blank badge': [] };
  for (let i = 0; i < RESTARTS; i++)
    for (const [name, extensionDir] of Object.entries(candidates)) {
      const started = performance.now();
      const browser = await launchChromium({
        profileDir: profiles[name]!,
        timeZone: TIME_ZONE,
        install: false,
        extensionDir,
      });
      const inspector = await browser.inspector();
      await inspector.waitForFunction(async () => (await chrome.action.getBadgeText({})) !== '', null, { polling: 5 });
      times[name]!.push(performance.now() - started);
      await browser.close();
    }
  return times;
}

const ms = (values: number[]) => `${median(values).toFixed(1)} / ${percentile(values, 0.9).toFixed(1)}`;
const row = (label: string, ours: number[], blank: number[]) =>
  `${label.padEnd(34)} ${ms(ours).padStart(15)} ${ms(blank).padStart(15)} ${(median(ours) / median(blank)).toFixed(2).padStart(7)}x`;

buildIfNeeded();
console.log(
  `Chromium ${chromium.name()} at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}; ${LOADS} loads each, alternating; ${RESTARTS} restarts each.\n`,
);
const loads = await pageLoads();
const badge = await badgeAfterRestart();

console.log(
  `${'ms from navigation start'.padEnd(34)} ${'Closer med/p90'.padStart(15)} ${'blank med/p90'.padStart(15)} ${'ratio'.padStart(8)}`,
);
for (const page of ['new tab', 'popup']) {
  const ours = loads[page]!;
  const blank = loads[`blank ${page}`]!;
  const floor = loads[`scripted blank ${page}`]!;
  console.log(row(`${page}: tip headline painted`, ours.tipPainted, blank.tipPainted));
  console.log(row('  floor: the blank drawn by a script', floor.tipPainted, blank.tipPainted));
  console.log(row(`${page}: check-in responds to a click`, ours.checkInResponded, blank.checkInResponded));
  console.log(row('  floor: the blank drawn by a script', floor.checkInResponded, blank.checkInResponded));
  console.log(
    `${`${page}: layout shift (max over loads)`.padEnd(34)} ${Math.max(...ours.layoutShift)
      .toFixed(3)
      .padStart(15)} ${Math.max(...blank.layoutShift)
      .toFixed(3)
      .padStart(15)}`,
  );
}
console.log(row('restart: badge shows the streak', badge.Closer!, badge['blank badge']!), '(ms from launch)');

console.log('\nBytes each page loads (scripts, styles, data):');
for (const page of ['newtab.html', 'popup.html']) {
  const files = filesLoadedBy(CHROME_BUILD, page);
  for (const file of files)
    console.log(
      `  ${page.padEnd(12)} ${file.file.padEnd(34)} ${String(file.raw).padStart(7)} raw ${String(file.gzip).padStart(6)} gzip`,
    );
  console.log(
    `  ${page.padEnd(12)} ${'total'.padEnd(34)} ${String(total(files, 'raw')).padStart(7)} raw ${String(total(files, 'gzip')).padStart(6)} gzip`,
  );
}
