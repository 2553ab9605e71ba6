import type { PageTimings } from './page-probe';
import { OPENINGS, PAGES, type Opening, type PageName, type Samples } from './page-loads';
import { median, percentile } from './stats';

const OPENING_LABELS: Record<Opening, string> = {
  'newtab-override': 'new tab, opened as chrome://newtab (as Ctrl+T does)',
  'newtab-address': 'new tab, opened by its address (chrome-extension://<id>/newtab.html)',
  'popup-address': 'popup page, opened by its address (chrome-extension://<id>/popup.html)',
};
const PAGE_LABELS: Record<PageName, string> = {
  Closer: 'Closer',
  blank: 'blank: a heading, no script',
  scripted: 'floor: drawn by a one-line script',
  stored: 'floor + localStorage read and write',
};
const METRICS: Array<[keyof Pick<PageTimings, 'tipPainted' | 'checkInResponded'>, string]> = [
  ['tipPainted', 'tip headline painted'],
  ['checkInResponded', 'check-in responds to a click'],
];
const SHORT_LABELS: Record<PageName, string> = {
  Closer: 'Closer',
  blank: 'blank',
  scripted: 'floor',
  stored: 'floor+LS',
};
/** Each row's median is divided by each of these pages' medians, from the same run. */
const REFERENCES: PageName[] = ['blank', 'scripted', 'stored'];

/** A time's median and 90th percentile, in ms. */
export const medianAndP90 = (values: number[]) =>
  `${median(values).toFixed(1)} / ${percentile(values, 0.9).toFixed(1)}`;
const ratio = (ours: number[], theirs: number[]) => `${(median(ours) / median(theirs)).toFixed(2)}x`;

/**
 * One page's load split at its script's start and the headline's entry into the DOM: the
 * fetch (and the parser's wait), the script's run, then style, layout and paint.
 */
function phases(sample: Samples[Opening][PageName]): string {
  const each = (of: (i: number) => number) => median(sample.tipPainted.map((_, i) => of(i))).toFixed(1);
  const arrived = (i: number) => sample.scriptStarted[i]!;
  const drawn = (i: number) => sample.tipDrawn[i]!;
  // A page with no script (the blank one) is drawn by the parser: its whole wait is "drawn after".
  const started = sample.scriptStarted.some(Boolean) ? each(arrived) : 'no script';
  return [started, each((i) => drawn(i) - arrived(i)), each((i) => sample.tipPainted[i]! - drawn(i))].join(' / ');
}

/** The page loads, for each way of opening: each page's times and their ratios to the blank pages. */
export function pageLoadTable(samples: Samples): string[] {
  const header = REFERENCES.map((page) => `÷ ${SHORT_LABELS[page]}`.padStart(11)).join('');
  const lines = [`${'ms from navigation start'.padEnd(42)}${'median / p90'.padStart(15)}${header}`];
  for (const opening of OPENINGS) {
    lines.push(OPENING_LABELS[opening]);
    for (const [metric, title] of METRICS) {
      lines.push(`  ${title}`);
      for (const page of PAGES) {
        const times = samples[opening][page][metric];
        const ratios = REFERENCES.map((reference) => ratio(times, samples[opening][reference][metric]).padStart(11));
        lines.push(`    ${PAGE_LABELS[page].padEnd(38)}${medianAndP90(times).padStart(15)}${ratios.join('')}`);
      }
    }
    lines.push(
      '  where the time to the headline goes, median ms: script starts / headline drawn after that / painted after that',
    );
    for (const page of PAGES)
      lines.push(`    ${PAGE_LABELS[page].padEnd(38)}${phases(samples[opening][page]).padStart(15)}`);
    const shifts = PAGES.map(
      (page) => `${SHORT_LABELS[page]} ${Math.max(...samples[opening][page].layoutShift).toFixed(3)}`,
    );
    lines.push(`  layout shift (max over loads): ${shifts.join(', ')}`);
  }
  // The same page, the two ways of opening the new tab: what the browser adds for chrome://newtab.
  for (const [metric, title] of METRICS) {
    const ratios = PAGES.map(
      (page) =>
        `${SHORT_LABELS[page]} ${ratio(samples['newtab-override'][page][metric], samples['newtab-address'][page][metric])}`,
    );
    lines.push(`new tab as chrome://newtab ÷ by its address, ${title}: ${ratios.join(', ')}`);
  }
  return lines;
}
