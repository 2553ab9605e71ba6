/**
 * `npm run bench`: Closer's new tab and popup against blank extension pages, and the badge
 * after a restart against an extension that only sets a badge, all in one run on this
 * machine; then the bytes each page loads. Ratios, not absolute times, are what to compare:
 * these machines are noisy. Beside each blank page, the same page drawn by one tiny script:
 * the floor for a page that must run a script to know today's tip.
 */
import { chromium } from 'playwright-core';
import { CHROME_BUILD } from '../tests/e2e/chromium';
import { badgeAfterRestart } from './bench/badge-after-restart';
import { buildIfNeeded } from './bench/build-if-needed';
import { pageLoads } from './bench/page-loads';
import { median, percentile } from './bench/stats';
import { filesLoadedBy, total } from './bundle-bytes';

const LOADS = Number(process.env.BENCH_LOADS ?? 40);
const RESTARTS = Number(process.env.BENCH_RESTARTS ?? 7);
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const ms = (values: number[]) => `${median(values).toFixed(1)} / ${percentile(values, 0.9).toFixed(1)}`;
const row = (label: string, ours: number[], blank: number[]) =>
  `${label.padEnd(34)} ${ms(ours).padStart(15)} ${ms(blank).padStart(15)} ${(median(ours) / median(blank)).toFixed(2).padStart(7)}x`;

buildIfNeeded();
console.log(
  `Chromium ${chromium.name()} at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}; ${LOADS} loads each, alternating; ${RESTARTS} restarts each.\n`,
);
const loads = await pageLoads(LOADS, TIME_ZONE);
const badge = await badgeAfterRestart(RESTARTS, TIME_ZONE);

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
