import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, newProfileDir, type ChromiumWithCloser } from '../../tests/e2e/chromium';
import type { Tip } from '../../utils/tips/tips';
import { libraryData, type LibraryData } from './library-data';
import { libraryProbe, type LibraryTimings } from './library-probe';
import { probeEveryPage, settleAfterInstall } from './ready-to-time';

/** Each of the library probe's timings over all loads. */
export type LibrarySample = Record<keyof LibraryTimings, number[]>;

export interface LibraryRun {
  /** What her generated library holds. */
  data: Omit<LibraryData, 'items'>;
  /** The first load, before the page's code was ever run in this browser: not among `samples`. */
  first: LibraryTimings;
  samples: LibrarySample;
}

/**
 * Closer (its build as it is) in a browser of its own, with ten years of her library written
 * into `storage.local`, and `library.html` opened by its address `loads` times (after one
 * first load, kept apart), timed by the library probe.
 */
export async function libraryLoads(loads: number, timeZone: string): Promise<LibraryRun> {
  const closer = await launchChromium({ profileDir: newProfileDir(), timeZone, install: true });
  try {
    await probeEveryPage(closer.context, libraryProbe);
    await settleAfterInstall(closer);
    const data = await writeHerLibrary(closer);

    const first = await timedLoad(closer.context, `${closer.origin}/library.html`);
    const samples = {} as LibrarySample;
    for (let i = 0; i < loads; i++) {
      const timings = await timedLoad(closer.context, `${closer.origin}/library.html`);
      for (const key of Object.keys(timings) as Array<keyof LibraryTimings>) (samples[key] ??= []).push(timings[key]);
    }
    const { items: _, ...counts } = data;
    return { data: counts, first, samples };
  } finally {
    await closer.close();
  }
}

interface Stored {
  rotation?: { day: string; tip: { id: string } };
  pastTips?: { days: Record<string, string> };
  checkIns?: { days: string[] };
  favourites?: { tips: unknown[] };
  notForUs?: { tips: unknown[] };
  setAside?: string[];
}

/**
 * Writes ten years of her library, around the tip the background settled for today, and
 * checks the background's pass that follows kept every value as written (nothing kept
 * aside as unreadable, today's tip unchanged).
 */
async function writeHerLibrary(closer: ChromiumWithCloser): Promise<LibraryData> {
  const before = (await closer.readStorage()) as Stored;
  if (!before.rotation) throw new Error("The background has settled no tip for today: can't write her past tips.");
  const tips = JSON.parse(readFileSync('assets/tips/en.json', 'utf8')) as Tip[];
  const data = libraryData(tips, before.rotation.day, before.rotation.tip.id);
  await closer.writeStorage(data.items);
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the background's pass on the change
  const after = (await closer.readStorage()) as Stored;
  const kept = {
    days: Object.keys(after.pastTips?.days ?? {}).length,
    checkIns: after.checkIns?.days.length,
    favourites: after.favourites?.tips.length,
    setAside: after.notForUs?.tips.length,
  };
  const asWritten = Object.entries(kept).every(([key, count]) => count === data[key as keyof typeof kept]);
  const keptAside = Object.keys(after).filter((key) => key.startsWith('unreadable'));
  if (!asWritten || keptAside.length || after.setAside?.length || after.rotation?.tip.id !== before.rotation.tip.id)
    throw new Error(
      `Her generated library was not kept as written: ${JSON.stringify({ kept, keptAside, setAside: after.setAside })}`,
    );
  return data;
}

/** Opens `url` in a new page, waits for the probe's timings (and any long task to be reported), and closes the page. */
async function timedLoad(context: BrowserContext, url: string): Promise<LibraryTimings> {
  const page = await context.newPage();
  await page.goto(url);
  const timings = await page
    .waitForFunction(() => {
      const t = (window as unknown as { closerLibraryBench: Partial<LibraryTimings> }).closerLibraryBench;
      return t.painted !== undefined && t.frameEnd !== undefined && performance.now() > t.frameEnd + 100 && t;
    })
    .then((handle) => handle.jsonValue() as Promise<LibraryTimings>);
  await page.close();
  return timings;
}
