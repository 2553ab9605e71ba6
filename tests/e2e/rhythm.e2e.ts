import { afterAll, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import { countIn, type BrowserWithCloser, type CloserPage, type Launch } from './driver';
import { chooseFileInPage, inPage, keepSavedFilesInPage, savedFileInPage, setFieldInPage, wipeInPage } from './in-page';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

/*
 * Her rhythm and her record, lived in each browser over ten days (the clock moved at each
 * launch): a line written in the popup and the popup closed at once is on her calendar; a day
 * she forgot, recorded from the calendar, and the streak and the badge follow; a week he is
 * away lived through with her streak intact; a backup exported, her data wiped, and everything
 * back exactly; a damaged file that changes nothing.
 */
const TIME_ZONE = 'Europe/Lisbon';
const day = (n: number) => zonedDay(TIME_ZONE, n);
const BACKUP_KEYS = ['checkIns', 'notes', 'away', 'settings', 'language', 'favourites', 'notForUs', 'pastTips'];

const openLibrary = (closer: BrowserWithCloser) => closer.openPage('library.html', '#days-title');
const openSettings = (closer: BrowserWithCloser) => closer.openPage('options.html', '#settings h1');
const dayButton = (when: string) => `#days button[data-day="${when}"]`;

/** Her items as stored: the part of storage a backup holds. */
async function herItems(closer: BrowserWithCloser): Promise<Record<string, unknown>> {
  const all = await closer.readStorage();
  return Object.fromEntries(BACKUP_KEYS.filter((key) => all[key] !== undefined).map((key) => [key, all[key]]));
}

/** Clicks the calendar's day `when` (turning back a month if it is in the last one), so the panel shows it. */
async function chooseDay(library: CloserPage, when: string) {
  if (!(await library.evaluate(inPage((s: string) => !!document.querySelector(s), dayButton(when)))))
    await library.click('[data-testid="calendar-prev"]');
  await library.click(dayButton(when));
  await expect
    .poll(() =>
      library.evaluate(
        inPage(() => document.querySelector('[data-testid="day-panel"]')?.getAttribute('data-panel-day')),
      ),
    )
    .toBe(when);
}

describe.sequential.each(browsers)('her rhythm and her record in %s', (_, launch: Launch) => {
  const profileDir = newProfileDir();
  let running: BrowserWithCloser | undefined;
  afterAll(() => running?.close());

  async function launchOn(n: number, install = false) {
    await running?.close();
    running = await launch({ profileDir, timeZone: TIME_ZONE, clockAt: zonedTimeOnDay(TIME_ZONE, n, 10), install });
    const launched = running;
    await expect
      .poll(async () => ((await launched.readStorage()).rotation as { day?: string } | undefined)?.day)
      .toBe(day(n));
    return running;
  }

  it('day 0: a line written in the popup, the popup closed at once, is on her calendar', async () => {
    const closer = await launchOn(0, true);
    const popup = await closer.openPopup();
    await popup.clickCheckIn();
    await expect.poll(async () => (await popup.state()).pressed).toBe('true');
    await expect.poll(() => popup.text()).toContain('What did you do together?');
    await popup.fill('[data-testid="note"]', 'We fixed his bike');
    await popup.close();
    await expect
      .poll(async () => ((await closer.readStorage()).notes as { days?: Record<string, string> } | undefined)?.days)
      .toEqual({ [day(0)]: 'We fixed his bike' });

    const library = await openLibrary(closer);
    await expect
      .poll(() =>
        library.evaluate(
          inPage((s: string) => document.querySelector(s)?.hasAttribute('data-note'), dayButton(day(0))),
        ),
      )
      .toBe(true);
    await chooseDay(library, day(0));
    expect(
      await library.evaluate(inPage(() => document.querySelector<HTMLInputElement>('[data-testid="day-note"]')?.value)),
    ).toBe('We fixed his bike');
    await library.close();
  });

  it('day 0: yesterday, forgotten, recorded from the calendar: the streak and the badge follow at once', async () => {
    const closer = running!;
    const [library, newTab] = [await openLibrary(closer), await closer.openNewTab()];
    expect(countIn((await newTab.state()).streak)).toBe(1);
    await chooseDay(library, day(-1));
    await library.click('[data-testid="day-connected"]');
    await expect.poll(async () => (await closer.readBadge()).text).toBe('2');
    await expect.poll(async () => countIn((await newTab.state()).streak)).toBe(2);
    await expect
      .poll(() => library.text('#past, #every-tip, #shelf, #set-aside, #favourites'))
      .toContain('2 days in a row');
    await Promise.all([library.close(), newTab.close()]);
  });

  it('day 0: she marks him away from tomorrow for a week', async () => {
    const library = await openLibrary(running!);
    await library.evaluate(inPage(setFieldInPage, '[data-testid="away-from"]', day(1)));
    await library.evaluate(inPage(setFieldInPage, '[data-testid="away-to"]', day(7)));
    await library.click('[data-testid="away-start"]');
    await expect
      .poll(async () => (await running!.readStorage()).away)
      .toMatchObject({ spans: [{ from: day(1), to: day(7) }] });
    await expect.poll(() => library.text()).toContain('He’ll be away from');
    await library.close();
  });

  it('days 3 and 7: away, her streak is intact, and the badge says he is away', async () => {
    for (const n of [3, 7]) {
      const closer = await launchOn(n);
      await expect.poll(async () => (await closer.readBadge()).text).toBe('2');
      expect((await closer.readBadge()).title).toBe('Closer: he’s away today. Your run of 2 days waits.');
      const newTab = await closer.openNewTab();
      expect(countIn((await newTab.state()).streak)).toBe(2);
      expect(await newTab.text()).toContain('He’s away for now.');
      await newTab.close();
    }
  });

  it('day 8: he is back; she connects, and the run goes on from before the week', async () => {
    const closer = await launchOn(8);
    const newTab = await closer.openNewTab();
    expect(countIn((await newTab.state()).streak)).toBe(2);
    await newTab.clickCheckIn();
    await expect.poll(async () => countIn((await newTab.state()).streak)).toBe(3);
    await expect.poll(async () => (await closer.readBadge()).text).toBe('3');
    await expect.poll(() => newTab.text()).toContain('3 of your first 3 days');
    await newTab.close();
  });

  it('day 8: a backup exported, her browser’s data wiped, the backup imported: everything is back exactly', async () => {
    const closer = running!;
    await expect.poll(async () => Object.keys(await herItems(closer))).toContain('pastTips');
    const before = await herItems(closer);
    const tip = ((await closer.readStorage()).rotation as { tip: { id: string } }).tip.id;

    const exporting = await openSettings(closer);
    await exporting.evaluate(inPage(keepSavedFilesInPage));
    await exporting.click('[data-testid="export-json"]');
    await expect.poll(() => exporting.evaluate(inPage(savedFileInPage, 0))).toContain('"closer-backup"');
    const file = (await exporting.evaluate(inPage(savedFileInPage, 0))) as string;

    await exporting.evaluate(inPage(wipeInPage));
    await expect.poll(async () => (await closer.readStorage()).checkIns).toBeUndefined();
    await exporting.close();
    const settings = await openSettings(closer);
    await settings.evaluate(inPage(chooseFileInPage, '[data-testid="import-file"]', 'closer-backup.json', file));
    await expect.poll(() => settings.text()).toContain('3 days');
    await settings.click('[data-testid="import-merge"]');
    await expect.poll(() => herItems(closer)).toEqual(before);
    await expect.poll(async () => ((await closer.readStorage()).rotation as { tip: { id: string } }).tip.id).toBe(tip);
    await settings.close();
  });

  it('day 8: a damaged file says what is wrong with it, and changes nothing', async () => {
    const closer = running!;
    const before = await herItems(closer);
    const settings = await openSettings(closer);
    const damaged = JSON.stringify({
      format: 'closer-backup',
      version: 1,
      exported: '2026-12-01T10:00:00.000Z',
      items: { checkIns: { days: ['2026-02-30'] } },
    });
    await settings.evaluate(inPage(chooseFileInPage, '[data-testid="import-file"]', 'closer-backup.json', damaged));
    await expect.poll(() => settings.alerts()).toEqual([expect.stringContaining('Nothing was changed')]);
    expect(await settings.text()).not.toContain('Add to what I have');
    expect(await herItems(closer)).toEqual(before);
    await settings.close();
  });
});
