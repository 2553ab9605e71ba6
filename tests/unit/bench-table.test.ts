import { describe, expect, it } from 'vitest';
import { pageLoadTable } from '../../scripts/bench/page-load-table';
import { OPENINGS, PAGES, type Samples, type Sample } from '../../scripts/bench/page-loads';

/** Every page, every way of opening, the same loads: a script starting at 40 ms, drawn 2 ms later. */
function samplesWith(closer: Partial<Sample>): Samples {
  const load = (page: string): Sample => ({
    tipPainted: [60, 64, 68],
    checkInResponded: [80, 84, 88],
    layoutShift: [0, 0, 0],
    scriptStarted: page === 'blank' ? [0, 0, 0] : [40, 41, 42],
    tipDrawn: page === 'blank' ? [30, 31, 32] : [42, 43, 44],
    ...(page === 'Closer' ? closer : {}),
  });
  return Object.fromEntries(
    OPENINGS.map((opening) => [opening, Object.fromEntries(PAGES.map((page) => [page, load(page)]))]),
  ) as Samples;
}

describe("the bench's table", () => {
  it('splits the wait for the headline at the script start and the drawing', () => {
    const lines = pageLoadTable(samplesWith({ tipPainted: [70, 80, 90], tipDrawn: [45, 46, 47] }));
    const closer = lines.filter((line) => /^\s+Closer\s+[\d.]+ \/ [\d.]+ \/ [\d.]+$/.test(line));
    // Started at 41 (median), drawn 5 ms later, painted 34 ms after that.
    expect(closer).toContain(`    ${'Closer'.padEnd(38)}${'41.0 / 5.0 / 34.0'.padStart(15)}`);
    expect(closer).toHaveLength(OPENINGS.length);
  });

  it('says a page with no script has none, and counts its whole wait as the drawing', () => {
    const blank = pageLoadTable(samplesWith({})).filter((line) => line.endsWith('no script / 31.0 / 33.0'));
    expect(blank).toHaveLength(OPENINGS.length);
  });

  it('gives each page its ratio to the floor', () => {
    const lines = pageLoadTable(samplesWith({ tipPainted: [70, 80, 90] }));
    // Closer's median 80 against the floor's 64.
    expect(lines.find((line) => /^\s+Closer\s+80\.0 \/ 90\.0/.test(line))).toContain('1.25x');
  });
});
