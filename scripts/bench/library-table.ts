import type { LibraryRun } from './library-loads';
import type { LibraryTimings } from './library-probe';
import { median } from './stats';

/** One frame at 60 Hz: the budget for the library's render step. */
export const FRAME_MS = 1000 / 60;

const count = (n: number) => n.toLocaleString('en');
const worst = (values: number[]) => Math.max(...values);
/** A time's median and worst, in ms. */
const medianAndWorst = (values: number[]) => `${median(values).toFixed(1)} / ${worst(values).toFixed(1)}`;

type Timings = Pick<LibraryTimings, 'answered' | 'drawn' | 'frameStart' | 'frameEnd' | 'painted'>;
const script = (t: Timings) => t.drawn - t.answered;
const frame = (t: Timings) => t.frameEnd - t.frameStart;
/** The main thread's work from the last answer to the end of the frame that draws it, less the idle wait for that frame. */
const work = (t: Timings) => script(t) + frame(t);

/** Her library's loads, ten years in: when it answered, drew and painted, and its render step against a frame. */
export function libraryTable({ data, first, samples }: LibraryRun): string[] {
  const loads = samples.drawn.map((_, i) =>
    Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, values[i]!])),
  ) as unknown as LibraryTimings[];
  const each = (of: (t: LibraryTimings) => number) => loads.map(of);
  const row = (label: string, values: number[], againstFrame = false) =>
    `    ${label.padEnd(38)}${medianAndWorst(values).padStart(15)}${againstFrame ? `${(median(values) / FRAME_MS).toFixed(2)}x`.padStart(11) : ''}`;
  const tipsLast = samples.tipsLast.filter(Boolean).length;
  const tasks = samples.longestTask.filter((task) => task > 0);
  return [
    `her library (library.html by its address), ten years in: ${count(data.days)} days of past tips (${count(data.checkIns)} with a check-in), ${count(data.favourites)} favourites (every tip), ${count(data.setAside)} set aside; ${loads.length} loads after a first`,
    `${'ms'.padEnd(42)}${'median / worst'.padStart(15)}${'÷ frame'.padStart(11)}`,
    '  from navigation start',
    row('storage and the tips file answered', samples.answered),
    row('drawn: #library loses aria-busy', samples.drawn),
    row('painted: its heading (Element Timing)', samples.painted),
    `  the render step, from the last answer (the tips file's in ${tipsLast} of ${loads.length}); a frame is ${FRAME_MS.toFixed(1)} ms`,
    row('script: the answer to drawn', each(script), true),
    row('its frame: style, layout, paint', each(frame), true),
    row('work: script + its frame', each(work), true),
    row(
      'to the paint, with the wait for it',
      each((t) => t.painted - t.answered),
      true,
    ),
    `  first load (not counted): work ${work(first).toFixed(1)} ms (script ${script(first).toFixed(1)}, its frame ${frame(first).toFixed(1)})`,
    `  long tasks (50 ms or more) in the render step: ${tasks.length ? `in ${tasks.length} of ${loads.length} loads, longest ${worst(tasks).toFixed(0)} ms` : 'none'}`,
    `  elements drawn: ${count(median(samples.elements))}, ${count(median(samples.elementsClosed))} of them in closed <details>`,
  ];
}
