import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium, newProfileDir, type ChromiumWithCloser } from './chromium';
import { countIn } from './driver';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

// At 07:00 in Tokyo it is still yesterday in UTC: a first frame that took the UTC date would show it.
const TIME_ZONE = 'Asia/Tokyo';

/*
 * A page draws today before any storage read can answer: the first-frame script draws what
 * the last page of its kind drew (utils/first-frame/first-frame.ts), and when that drawing no longer
 * matches, the app starts from the copy of the values (utils/first-frame/page-snapshot.ts). What a page
 * shows once parsed is what its first frame can paint; what it shows afterwards must never
 * be older than what it showed first. Timing itself is the benchmark's business (npm run bench).
 * Chromium only: Firefox gives a test no way to run script in an extension page before the
 * page's own (see KEEP_STATES); the code is the same in both, and the unit and component
 * tests cover it.
 */
describe.sequential('the first frame in Chromium', () => {
  const profileDir = newProfileDir();
  let closer: ChromiumWithCloser | undefined;
  afterAll(() => closer?.close());

  it('a page opened after one of its kind has today’s tip, check-in and streak as soon as it is parsed', async () => {
    closer = await launchChromium({
      profileDir,
      timeZone: TIME_ZONE,
      clockAt: zonedTimeOnDay(TIME_ZONE, 0, 7),
      install: true,
    });
    const first = await closer.openNewTab();
    const shown = await first.state();
    await first.close();
    const second = await closer.openNewTab();
    expect((await second.statesSeen()).parsed).toEqual(shown);
    expect((await second.statesSeen()).seen).toEqual([shown]); // and nothing changed after
    // Nothing moved either, the search field and the place for her sites included, as the app took over.
    expect(await second.layoutShift('[data-testid="search"]')).toBe(0);
    await second.close();

    await (await closer.openPopup()).close();
    const popup = await closer.openPopup();
    expect((await popup.statesSeen()).parsed).toEqual(shown);
  });

  it('after a check-in in a popup closed at once, the next new tab never shows today open', async () => {
    const popup = await closer!.openPopup();
    await popup.pressCheckInNow();
    await popup.close();

    const next = await closer!.openNewTab();
    await expect.poll(() => closer!.readStorage()).toMatchObject({ checkIns: { days: [zonedDay(TIME_ZONE, 0)] } });
    const { seen } = await next.statesSeen();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.map((state) => state.pressed)).toEqual(seen.map(() => 'true'));
    expect(countIn(seen[0]!.streak)).toBe(1);
  });

  it('the first page of a new day never shows yesterday’s tip', async () => {
    const yesterday = await (await closer!.openNewTab()).state();
    await closer!.close();
    closer = await launchChromium({
      profileDir,
      timeZone: TIME_ZONE,
      clockAt: zonedTimeOnDay(TIME_ZONE, 1, 7),
      install: false,
    });
    const page = await closer.openNewTab();
    const { parsed, seen } = await page.statesSeen();
    expect(parsed.tip).not.toBe(yesterday.tip);
    expect(seen.map((state) => state.tip)).not.toContain(yesterday.tip);
    const today = await page.state();
    expect(today.pressed).toBe('false');
    expect(countIn(today.streak)).toBe(1); // yesterday's check-in, today still open
  });
});
