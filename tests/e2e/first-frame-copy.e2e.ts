import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import { countIn, type BrowserWithCloser } from './driver';
import { expectPopupFirstFrame, expectSaved, PAGE_COPY_KEY, PAGE_TIMEOUT_MS } from './stored';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

/*
 * A page draws its first frame from the last page's copy in localStorage (see the README's
 * Performance and Stored data), and its app takes over about 50 ms later. A click in between
 * must turn the whole page, and no copy, however damaged, may leave anything behind.
 * 08:00 in Auckland is the evening before in UTC: a page that took the UTC date for today
 * would draw nothing from the copy.
 */
const TIME_ZONE = 'Pacific/Auckland';
const today = zonedDay(TIME_ZONE, 0);
const yesterday = zonedDay(TIME_ZONE, -1);

interface Copy {
  version: number;
  values: Record<string, unknown>;
  drawn: Record<string, Array<{ day: string; key: number; nodes: unknown[] }> | unknown>;
}

describe.sequential.each(browsers)('the first frame in %s', (_, launch) => {
  let closer: BrowserWithCloser;

  beforeAll(async () => {
    closer = await launch({
      profileDir: newProfileDir(),
      timeZone: TIME_ZONE,
      clockAt: zonedTimeOnDay(TIME_ZONE, 0, 8),
      install: true,
    });
    await closer.writeStorage({ checkIns: { days: [yesterday] } });
  });

  afterAll(() => closer?.close());

  async function readCopy(): Promise<Copy> {
    return JSON.parse((await closer.readLocalStorage(PAGE_COPY_KEY)) ?? 'null') as Copy;
  }

  it('a click before the app loads turns the whole page by the next frame: the streak too, not only the button', async () => {
    const first = await closer.openPopup();
    await expect.poll(async () => countIn((await first.state()).streak), { timeout: PAGE_TIMEOUT_MS }).toBe(1);
    await first.close();
    await expectPopupFirstFrame(closer);

    const sight = await closer.openPopupAtFirstSight('click');
    expect(sight.appScript, 'clicked before the popup’s app was loaded').toBe(false);
    expect(sight.state).toMatchObject({ pressed: 'false' });
    expect(countIn(sight.state.streak)).toBe(1);
    expect(sight.nextFrame).toMatchObject({ pressed: 'true' });
    expect(countIn(sight.nextFrame!.streak), 'the streak at the frame after the click').toBe(2);

    await expectSaved(closer, { day: today, recorded: true, badge: '2', what: 'the early click' });
    const settled = await sight.page!.state();
    expect(settled.pressed).toBe('true');
    expect(countIn(settled.streak)).toBe(2);
  });

  it('a copy whose drawing has stray nodes beside <main>: once the app takes over, #app holds its main alone', async () => {
    await expectPopupFirstFrame(closer);
    const copy = await readCopy();
    for (const drawn of copy.drawn.popup as Array<{ nodes: unknown[] }>)
      drawn.nodes = [['p', { class: 'stray' }, ['Stray words']], ...drawn.nodes, 'stray text'];
    await closer.writeLocalStorage(PAGE_COPY_KEY, JSON.stringify(copy));

    const sight = await closer.openPopupAtFirstSight('look');
    await expect.poll(() => sight.page!.rootNodes(), { timeout: PAGE_TIMEOUT_MS }).toEqual(['main']);
    expect(await sight.page!.text()).not.toMatch(/Stray words|stray text/);
  });

  it('an unknown entry of 1 MB among the copy’s drawings is pruned at the next page load', async () => {
    const copy = await readCopy();
    copy.drawn.fromAnotherVersion = 'x'.repeat(1_000_000);
    await closer.writeLocalStorage(PAGE_COPY_KEY, JSON.stringify(copy));

    await closer.openPopup();
    await expect
      .poll(async () => Object.keys((await readCopy()).drawn).filter((page) => page !== 'newtab' && page !== 'popup'), {
        timeout: PAGE_TIMEOUT_MS,
      })
      .toEqual([]);
    expect((await closer.readLocalStorage(PAGE_COPY_KEY))!.length).toBeLessThan(100_000);
  });
});
