/**
 * `npm run bench:variants -- <variants.json>`: an A/B of the new tab's drawing. Each variant is
 * Closer's own `newtab.html` with some CSS added after its styles (or, for `null`, with none),
 * written beside it in a copy of the build, so every page loads from one extension in one
 * browser, by its address, alternating with the page as it is and the scripted floor. For each:
 * when the tip is painted, and the split (the script starts, runs, and is painted after).
 * Medians move in 4 ms steps here, so compare interquartile means over 40 loads or more, and
 * put the page as it is in twice to see the noise. `scripts/bench/variants.example.json` holds
 * the variants last tried (docs/performance.md says what they measured).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROME_BUILD, launchChromium, newProfileDir } from '../tests/e2e/chromium';
import { blankPageFile, buildWithBlankPages } from './bench/blank-extensions';
import { buildIfNeeded } from './bench/build-if-needed';
import { timedLoad } from './bench/page-loads';
import { pageProbe } from './bench/page-probe';
import { probeEveryPage, settleAfterInstall } from './bench/ready-to-time';
import { interquartileMean, median } from './bench/stats';

const LOADS = Number(process.env.BENCH_LOADS ?? 40);
const LANGUAGE = process.env.BENCH_LANGUAGE; // the browser's language, English if unset
const file = process.argv[2];
if (!file) throw new Error('Usage: npm run bench:variants -- <variants.json> ({ "name": "css to add" | null })');
const variants = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string | null>;

buildIfNeeded();
const dir = buildWithBlankPages(CHROME_BUILD, mkdtempSync(path.join(tmpdir(), 'closer-variants-')));
const newtab = readFileSync(path.join(dir, 'newtab.html'), 'utf8');
const pages: Record<string, string> = { floor: blankPageFile('scripted', 'page'), 'as it is': 'newtab.html' };
for (const [name, css] of Object.entries(variants)) {
  const page = `variant-${Object.keys(pages).length}.html`;
  const html =
    css === null
      ? newtab.replace(/<style>[\s\S]*?<\/style>/, '')
      : newtab.replace('</head>', `<style>${css}</style></head>`);
  writeFileSync(path.join(dir, page), html);
  pages[name] = page;
}

const browser = await launchChromium({
  profileDir: newProfileDir(),
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  install: true,
  extensionDir: dir,
  language: LANGUAGE,
});
type Split = { painted: number[]; started: number[]; ran: number[]; paintedAfter: number[] };
const splits = Object.fromEntries(
  Object.keys(pages).map((name) => [name, { painted: [], started: [], ran: [], paintedAfter: [] } as Split]),
);
try {
  await probeEveryPage(browser.context, pageProbe);
  await settleAfterInstall(browser);
  const names = Object.keys(pages);
  for (let i = 0; i < LOADS; i++)
    for (const name of i % 2 === 0 ? names : [...names].reverse()) {
      const t = await timedLoad(browser.context, `chrome-extension://${browser.id}/${pages[name]}`, [
        'tipPainted',
        'tipDrawn',
      ]);
      const split = splits[name]!;
      split.painted.push(t.tipPainted);
      split.started.push(t.scriptStarted);
      split.ran.push(t.tipDrawn - t.scriptStarted);
      split.paintedAfter.push(t.tipPainted - t.tipDrawn);
    }
} finally {
  await browser.close();
}

const floor = interquartileMean(splits.floor!.painted);
console.log(
  `${LOADS} loads each by address, alternating, the browser in ${LANGUAGE ?? 'en'}; ms from navigation start.`,
);
console.log('page                 painted: median  mean½  behind floor | script starts  runs  painted after');
for (const [name, split] of Object.entries(splits)) {
  const painted = interquartileMean(split.painted);
  console.log(
    `${name.slice(0, 20).padEnd(20)} ${String(median(split.painted)).padStart(15)} ${painted.toFixed(1).padStart(6)} ${(painted - floor).toFixed(1).padStart(13)} | ${interquartileMean(split.started).toFixed(1).padStart(13)} ${interquartileMean(split.ran).toFixed(1).padStart(5)} ${interquartileMean(split.paintedAfter).toFixed(1).padStart(14)}`,
  );
}
