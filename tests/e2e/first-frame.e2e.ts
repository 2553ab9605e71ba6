import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium, newProfileDir, type ChromiumWithCloser } from './chromium';
import { countIn } from './driver';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

const TIME_ZONE = 'Asia/Tokyo';

/*
 * A page draws today from what the last page showed (utils/page-snapshot.ts) before any
 * storage read can answer: what it shows once its HTML is parsed and its own script has run
 * is what its first frame can paint. Timing itself is the benchmark's business (npm run bench).
 * Chromium only: Firefox gives a test no way to run script in an extension page before the
 * page's own (see KEEP_STATE_WHEN_PARSED); the copy's logic is the same code in both, and the
 * component tests cover it.
 */
describe.sequential('the first frame in Chromium', () => {
  const profileDir = newProfileDir();
  let closer: ChromiumWithCloser | undefined;
  afterAll(() => closer?.close());

  it('a page opened after another has today’s tip, check-in and streak as soon as it is parsed', async () => {
    closer = await launchChromium({
      profileDir,
      timeZone: TIME_ZONE,
      clockAt: zonedTimeOnDay(TIME_ZONE, 0, 9),
      install: true,
    });
    const first = await closer.openNewTab();
    const shown = await first.state();
    await first.close();

    const popup = await closer.openPopup();
    expect(await popup.stateWhenParsed()).toEqual(shown);
    // Pressed and closed at once, as she does in the popup: no answer from storage reaches it.
    await popup.pressCheckInNow();
    await popup.close();

    const next = await closer.openNewTab();
    const parsed = await next.stateWhenParsed();
    expect(parsed).toMatchObject({ tip: shown.tip, pressed: 'true' });
    expect(countIn(parsed.streak)).toBe(1);
    await expect.poll(() => closer!.readStorage()).toMatchObject({ checkIns: { days: [zonedDay(TIME_ZONE, 0)] } });
    expect(await next.state()).toEqual(parsed);
  });

  it('the first page of a new day waits for today’s tip rather than show yesterday’s', async () => {
    const yesterday = await (await closer!.openNewTab()).state();
    await closer!.close();
    closer = await launchChromium({
      profileDir,
      timeZone: TIME_ZONE,
      clockAt: zonedTimeOnDay(TIME_ZONE, 1, 9),
      install: false,
    });
    const page = await closer.openNewTab();
    expect((await page.stateWhenParsed()).tip).not.toBe(yesterday.tip);
    const today = await page.state();
    expect(today.tip).not.toBe(yesterday.tip);
    expect(today.pressed).toBe('false');
    expect(await (await closer.openPopup()).stateWhenParsed()).toEqual(today);
  });
});
