import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium, newProfileDir, type ChromiumWithCloser } from './chromium';
import { chooseFileInPage, inPage } from './in-page';
import { zonedDay } from './zoned-time';

/*
 * The calendar of their days and the backup screens, in Chromium: axe finds nothing in English,
 * Japanese and Russian, light and dark, with a day open (its note, the question before changing
 * a day long past, "he's away") and with an import's preview and a damaged file's message; and
 * the calendar works from the keyboard alone, as the WAI-ARIA grid does.
 */
const TIME_ZONE = 'Asia/Tokyo';

/** The same date a month before `day` (the month's last where it has none), as Page Up moves. */
function sameDateMonthBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 2, Math.min(d, last))).toISOString().slice(0, 10);
}
const day = (n: number) => zonedDay(TIME_ZONE, n);
let closer: ChromiumWithCloser;

beforeAll(async () => {
  closer = (await launchChromium({
    profileDir: newProfileDir(),
    timeZone: TIME_ZONE,
    install: true,
  })) as ChromiumWithCloser;
  await closer.writeStorage({
    checkIns: { days: [-12, -11, -10, -2, -1, 0].map(day) },
    notes: { days: { [day(-1)]: 'We fixed his bike.' } },
    away: { spans: [{ from: day(-9), to: day(-3) }, { from: day(20) }] },
  });
});
afterAll(() => closer?.close());

const FILE = JSON.stringify({
  format: 'closer-backup',
  version: 1,
  exported: '2026-11-30T10:00:00.000Z',
  items: { checkIns: { days: ['2026-11-01', '2026-11-02'] }, notes: { days: { '2026-11-01': 'Chess' } } },
});

describe.sequential.each(['en', 'ja', 'ru'])('in %s', (language) => {
  beforeAll(() => closer.writeStorage({ language }));

  it.each(['light', 'dark'] as const)(
    'the calendar and the backup screens have no accessibility violations (%s)',
    async (colorScheme) => {
      const { page: library } = await closer.openPage('library.html', '#days-title');
      await library.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await expect.poll(() => library.evaluate(() => document.documentElement.lang)).toBe(language);
      await library.locator(`#days button[data-day="${day(-1)}"]`).click();
      await library.getByTestId('day-note').waitFor();
      expect(await axeViolations(library)).toEqual([]);
      // A day long past asks before it changes.
      const longAgo = library.locator(`#days button[data-day="${day(-8)}"]`);
      if (!(await longAgo.count())) await library.getByTestId('calendar-prev').click();
      await longAgo.click();
      await library.getByTestId('day-connected').click();
      await library.getByTestId('day-confirm').waitFor();
      expect(await axeViolations(library)).toEqual([]);
      await library.close();

      const { page: settings } = await closer.openPage('options.html', '#settings h1');
      await settings.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await settings.evaluate(inPage(chooseFileInPage, '[data-testid="import-file"]', 'closer-backup.json', FILE));
      await settings.getByTestId('import-preview').waitFor();
      await settings.getByTestId('import-replace').click();
      await settings.getByTestId('import-replace-confirm').waitFor();
      expect(await axeViolations(settings)).toEqual([]);
      await settings.evaluate(inPage(chooseFileInPage, '[data-testid="import-file"]', 'photo.json', 'not a backup'));
      await settings.getByTestId('import-problem').waitFor();
      expect(await axeViolations(settings)).toEqual([]);
      await settings.close();
    },
  );
});

it('the calendar works from the keyboard alone: one tab stop, arrows, Home and End, Page Up and Page Down', async () => {
  await closer.writeStorage({ language: 'en' });
  const { page } = await closer.openPage('library.html', '#days-title');
  await page.locator(`#days button[data-day="${day(0)}"]`).focus();
  const focused = () =>
    page.evaluate(() => ({
      day: document.activeElement?.getAttribute('data-day'),
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
  expect(await focused()).toEqual({ day: day(0), outline: 'solid' });
  const focusedDay = async () => (await focused()).day;
  await page.keyboard.press('ArrowLeft');
  await expect.poll(focusedDay).toBe(day(-1));
  await page.keyboard.press('ArrowUp');
  await expect.poll(focusedDay).toBe(day(-8));
  // Home and End: the first and the last day of that week, six days apart, the day between.
  await page.keyboard.press('Home');
  await expect.poll(focusedDay).not.toBe(day(-8));
  const first = (await focusedDay())!;
  await page.keyboard.press('End');
  await expect.poll(focusedDay).not.toBe(first);
  const last = (await focusedDay())!;
  expect((Date.parse(last) - Date.parse(first)) / 86_400_000).toBe(6);
  expect(first <= day(-8) && day(-8) <= last).toBe(true);
  // Back along the week, a day a key, to where it started.
  for (let at = last; at !== day(-8);) {
    at = new Date(Date.parse(at) - 86_400_000).toISOString().slice(0, 10);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focusedDay).toBe(at);
  }
  await page.keyboard.press('PageUp');
  await expect.poll(focusedDay).toBe(sameDateMonthBefore(day(-8)));
  await page.keyboard.press('PageDown');
  await expect.poll(focusedDay).toBe(day(-8));
  // Enter chooses the day: the panel below shows it.
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('day-panel').getAttribute('data-panel-day')).toBe(day(-8));
  // One tab stop: Tab leaves the grid for the panel.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect((await focused()).day).toBe(day(-8));
  await page.keyboard.press('Tab');
  expect((await focused()).day).toBeNull();
  await page.close();
});
