import type { Page } from 'playwright-core';
import { launchChromium, newProfileDir } from '../../tests/e2e/chromium';
import { chooseFileInPage, inPage, keepSavedFilesInPage, savedFileInPage } from '../../tests/e2e/in-page';
import { addDays } from '../../utils/days/day';
import { median } from './stats';

/** What the record bench measures, each in ms, each run once per sample. */
export interface RecordRun {
  /** The size of the exported file. */
  fileBytes: number;
  /** A click on "previous month" to the frame that shows that month (ten years back, one month a click). */
  month: number[];
  /** A click on "Export everything" to the file offered. */
  exported: number[];
  /** A file chosen to its preview drawn (read, checked, merged in plan, drawn). */
  preview: number[];
  /** "Add to what I have" to the background having written it all (its copy for undo first). */
  merged: number[];
  /** "Undo import" to the background having put her storage back. */
  undone: number[];
}

/** Ten years of days, each connected and with a note (the longest the line takes, in a mix of scripts). */
function tenYears(today: string): Record<string, unknown> {
  const days = Array.from({ length: 3650 }, (_, n) => addDays(today, -n)).sort();
  const line = (n: number) =>
    `Day ${n}: we walked to the river, talked about school, “chess”, 一緒に料理 и чай. `.repeat(3).slice(0, 280);
  return {
    checkIns: { days },
    notes: { days: Object.fromEntries(days.map((day, n) => [day, line(n)])) },
    away: { spans: [{ from: addDays(today, -400), to: addDays(today, -390) }] },
  };
}

/** ms from `act` (in the page) until `done` holds at a frame after it (the frame that shows it). */
function timeInPage(page: Page, act: string, done: string): Promise<number> {
  return page.evaluate(
    `(async () => {
      const start = performance.now();
      ${act};
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        if (${done}) return performance.now() - start;
      }
    })()`,
  ) as Promise<number>;
}

/**
 * Her record ten years in (3,650 days, a note on each), in Closer's build in a Chromium of its
 * own: turning the calendar's months, exporting, an import's preview, and the merge itself.
 */
export async function recordRuns(samples: number, timeZone: string): Promise<RecordRun> {
  const closer = await launchChromium({ profileDir: newProfileDir(), timeZone, install: true });
  try {
    await (await closer.openNewTab()).close();
    const today = ((await closer.readStorage()).rotation as { day: string }).day;
    await closer.writeStorage(tenYears(today));
    const run: RecordRun = { fileBytes: 0, month: [], exported: [], preview: [], merged: [], undone: [] };

    const { page: library } = await closer.openPage('library.html', '#days-title');
    for (let i = 0; i < Math.max(samples, 12); i++) {
      const shown = await library.evaluate(() =>
        document.querySelector('#days button[data-day]')?.getAttribute('data-day'),
      );
      run.month.push(
        await timeInPage(
          library,
          `document.querySelector('[data-testid="calendar-prev"]').click()`,
          `document.querySelector('#days button[data-day]')?.getAttribute('data-day') !== ${JSON.stringify(shown)}`,
        ),
      );
    }
    await library.close();

    for (let i = 0; i < samples; i++) {
      const { page: settings } = await closer.openPage('options.html', '[data-testid="export-json"]');
      await settings.evaluate(inPage(keepSavedFilesInPage));
      run.exported.push(
        await timeInPage(
          settings,
          `document.querySelector('[data-testid="export-json"]').click()`,
          `window.closerSaved.length > 0`,
        ),
      );
      const exported = (await settings.evaluate(inPage(savedFileInPage, 0))) as string;
      run.fileBytes = new TextEncoder().encode(exported).length;
      // Her file from another computer: every note worded a little differently, so the merge keeps
      // both texts of 3,650 days (the heaviest merge), and the undo after it puts hers back.
      const other = JSON.parse(exported) as { items: { notes: { days: Record<string, string> } } };
      for (const [day, text] of Object.entries(other.items.notes.days))
        other.items.notes.days[day] = `${text.slice(0, 270)} (${i})`;
      const file = JSON.stringify(other);
      run.preview.push(
        await timeInPage(
          settings,
          inPage(chooseFileInPage, '[data-testid="import-file"]', 'closer-backup.json', file),
          `document.querySelector('[data-testid="import-preview"]')`,
        ),
      );
      run.merged.push(
        await timeInPage(
          settings,
          `const before = (await chrome.storage.local.get('importUndo')).importUndo?.at;
           document.querySelector('[data-testid="import-merge"]').click()`,
          `await chrome.storage.local.get(['importRequest', 'importUndo']).then(
             ({ importRequest, importUndo }) => importRequest === undefined && importUndo?.at !== before)`,
        ),
      );
      run.undone.push(
        await timeInPage(
          settings,
          `document.querySelector('[data-testid="import-undo"]').click()`,
          `await chrome.storage.local.get(['importRequest', 'importUndo']).then(
             ({ importRequest, importUndo }) => importRequest === undefined && importUndo === undefined)`,
        ),
      );
      await settings.close();
    }
    return run;
  } finally {
    await closer.close();
  }
}

/** The record bench as lines of its table. */
export function recordTable(run: RecordRun): string[] {
  const row = (label: string, values: number[]) =>
    `    ${label.padEnd(58)}${median(values).toFixed(1).padStart(8)} ${Math.max(...values)
      .toFixed(1)
      .padStart(8)}`;
  return [
    `her record, ten years in: 3,650 days, a 280-character note on each (a ${(run.fileBytes / 1024).toFixed(0)} KB backup); ms, median and worst`,
    row('a month of the calendar, from the click to its frame', run.month),
    row('export everything, from the click to the file offered', run.exported),
    row('import (every note differs), file chosen to preview drawn', run.preview),
    row('merge (every note differs: both kept), click to background done', run.merged),
    row('undo the import, from the click to her storage back', run.undone),
  ];
}
