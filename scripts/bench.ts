/**
 * `npm run bench`: Closer's new tab (opened both as `chrome://newtab` and by its own
 * `chrome-extension://` address) and popup against blank extension pages opened the same
 * way, and the badge after a restart against an extension that only sets a badge, all in
 * one run on this machine; then the bytes each page loads. Ratios, not absolute times, are
 * what to compare: these machines are noisy. Beside each blank page, the same page drawn by
 * a one-line script (the floor for a page that must run a script to know today's tip), and
 * that script also reading and writing `localStorage`, as Closer's first frame reads its copy.
 * Then her library, ten years in (3,650 days of past tips, every tip a favourite): the main
 * thread's work from storage's (or the tips file's) last answer to the frame that draws it,
 * against a frame's budget. And her record ten years in (a note on every day): a month of the
 * calendar, an export, an import's preview and the merge.
 */
import { chromium } from 'playwright-core';
import { CHROME_BUILD } from '../tests/e2e/chromium';
import { badgeAfterRestart } from './bench/badge-after-restart';
import { buildIfNeeded } from './bench/build-if-needed';
import { libraryLoads } from './bench/library-loads';
import { libraryTable } from './bench/library-table';
import { pageLoadTable, medianAndP90 } from './bench/page-load-table';
import { pageLoads } from './bench/page-loads';
import { recordRuns, recordTable } from './bench/record-runs';
import { median } from './bench/stats';
import { filesLoadedBy, total } from './bundle-bytes';

const LOADS = Number(process.env.BENCH_LOADS ?? 40);
const RESTARTS = Number(process.env.BENCH_RESTARTS ?? 7);
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
// The page loads with the browser in each of Closer's languages (BENCH_LANGUAGES=en for English alone).
const LANGUAGES = (process.env.BENCH_LANGUAGES ?? 'en,ja,ru').split(',');

buildIfNeeded();
console.log(
  `Chromium ${chromium.name()} at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}; ${LOADS} loads each, alternating; ${RESTARTS} restarts each; the browser in ${LANGUAGES.join(', ')}.\n`,
);
const loads: Array<[string, Awaited<ReturnType<typeof pageLoads>>]> = [];
for (const language of LANGUAGES)
  loads.push([language, await pageLoads(LOADS, TIME_ZONE, language === 'en' ? undefined : language)]);
const badge = await badgeAfterRestart(RESTARTS, TIME_ZONE);
const library = await libraryLoads(LOADS, TIME_ZONE);
const record = await recordRuns(Math.min(LOADS, 8), TIME_ZONE);

for (const [language, samples] of loads) {
  console.log(`The browser in ${language}:`);
  for (const line of pageLoadTable(samples)) console.log(line);
  console.log();
}
console.log(
  `\nrestart: badge shows the streak, ms from launch: Closer ${medianAndP90(badge.Closer!)}, blank badge ${medianAndP90(badge['blank badge']!)}, ${(median(badge.Closer!) / median(badge['blank badge']!)).toFixed(2)}x`,
);

console.log();
for (const line of libraryTable(library)) console.log(line);
console.log();
for (const line of recordTable(record)) console.log(line);

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
