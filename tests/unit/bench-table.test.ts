import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { libraryData } from '../../scripts/bench/library-data';
import type { LibraryRun } from '../../scripts/bench/library-loads';
import { libraryTable } from '../../scripts/bench/library-table';
import { pageLoadTable } from '../../scripts/bench/page-load-table';
import { OPENINGS, PAGES, type Samples, type Sample } from '../../scripts/bench/page-loads';
import { interquartileMean } from '../../scripts/bench/stats';
import { parseCheckIns } from '../../utils/days/check-ins';
import { parseFavourites } from '../../utils/tips/favourites';
import { parseNotForUs } from '../../utils/tips/not-for-us';
import { parsePastTips } from '../../utils/tips/past-tips';
import type { Tip } from '../../utils/tips/tips';

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

describe("the bench's library lines", () => {
  /** Three loads: answered at 100, drawn 10 ms later (12 on the worst), its frame from 2 ms after that, 6 ms long. */
  const run: LibraryRun = {
    data: { days: 3650, checkIns: 2900, favourites: 371, setAside: 5 },
    first: {
      answered: 200,
      tipsLast: 1,
      drawn: 260,
      frameStart: 261,
      frameEnd: 281,
      painted: 300,
      longestTask: 60,
      elements: 815,
      elementsClosed: 512,
    },
    samples: {
      answered: [100, 100, 100],
      tipsLast: [0, 1, 0],
      drawn: [110, 110, 112],
      frameStart: [112, 112, 114],
      frameEnd: [118, 118, 120],
      painted: [130, 131, 140],
      longestTask: [0, 0, 0],
      elements: [815, 815, 815],
      elementsClosed: [512, 512, 512],
    },
  };
  const lines = libraryTable(run);

  it('says what her library holds', () => {
    expect(lines[0]).toContain(
      '3,650 days of past tips (2,900 with a check-in), 371 favourites (every tip), 5 set aside',
    );
  });

  it("sets the render step's work, script and its frame, against a frame", () => {
    // 10 ms of script and 6 of frame: 16 ms, 0.96 of a 16.7 ms frame; the worst, 12 + 6.
    expect(lines.find((line) => line.includes('work: script + its frame'))).toMatch(/16\.0 \/ 18\.0\s+0\.96x$/);
    expect(lines.find((line) => line.includes('to the paint'))).toMatch(/31\.0 \/ 40\.0\s+1\.86x$/);
  });

  it('keeps the first load apart, and says when no task was long', () => {
    expect(lines).toContain('  first load (not counted): work 80.0 ms (script 60.0, its frame 20.0)');
    expect(lines).toContain('  long tasks (50 ms or more) in the render step: none');
  });
});

describe("the bench's generated library", () => {
  const tips = JSON.parse(readFileSync('assets/tips/en.json', 'utf8')) as Tip[];
  const today = '2026-12-04';
  const todays = tips.find((tip) => !tip.moment)!.id;
  const { items, ...counts } = libraryData(tips, today, todays);

  it('is ten years of daily tips, ending on today with its own, every tip kept, each list readable as the pages read it', () => {
    const past = parsePastTips(items.pastTips)!;
    const days = Object.keys(past.days).sort();
    expect(days).toHaveLength(3650);
    expect([days[0], days.at(-2), days.at(-1)]).toEqual(['2016-12-07', '2026-12-03', today]);
    expect(past.days[today]).toBe(todays);
    const daily = new Set(tips.filter((tip) => !tip.moment).map((tip) => tip.id));
    expect(Object.values(past.days).every((id) => daily.has(id))).toBe(true);
    expect(parseFavourites(items.favourites)!.tips.map(({ id }) => id)).toEqual(tips.map(({ id }) => id));
    expect(parseNotForUs(items.notForUs)!.tips).toHaveLength(5);
    expect(parseCheckIns(items.checkIns)!.days).toHaveLength(counts.checkIns);
    expect(counts.checkIns / 3650).toBeGreaterThan(0.7);
  });
});

describe("the variants bench's mean of the middle half", () => {
  it('leaves out the fastest and slowest quarter, in any order', () => {
    expect(interquartileMean([200, 60, 64, 10, 68, 72, 300, 76])).toBe(70);
  });
  it('is the plain mean below four loads', () => {
    expect(interquartileMean([88])).toBe(88);
    expect(interquartileMean([80, 84, 88])).toBe(84);
  });
});
