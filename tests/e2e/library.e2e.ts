import { afterAll, describe, expect, it } from 'vitest';
import { browsers } from './browsers';
import { newProfileDir } from './chromium';
import type { BrowserWithCloser, CloserPage, Launch } from './driver';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

/*
 * Her library, in each browser, over several days (the clock moved at each launch): a tip
 * hearted on the new tab is among her favourites; each day's tip is in her past tips, with the
 * day she connected; "make it today's tip" changes the popup and the new tab; a moment chosen
 * for this week brings its shelf's tips over the next days, said on the new tab, until it ends;
 * a tip set aside comes back with "Bring back".
 */
const TIME_ZONE = 'America/Sao_Paulo';
type Tip = { id: string; headline: string; moment?: string };

const todaysTip = async (closer: BrowserWithCloser) => ((await closer.readStorage()).rotation as { tip: Tip }).tip;
const openLibrary = (closer: BrowserWithCloser) => closer.openPage('library.html', '#favourites-title');
const textOf = (page: CloserPage) => page.text();

describe.sequential.each(browsers)('her library in %s', (_, launch: Launch) => {
  const profileDir = newProfileDir();
  let running: BrowserWithCloser | undefined;
  const shown: Record<number, Tip> = {};

  async function launchOn(day: number, install = false) {
    await running?.close();
    running = await launch({ profileDir, timeZone: TIME_ZONE, clockAt: zonedTimeOnDay(TIME_ZONE, day, 10), install });
    // The background's first pass of the day has settled the day's tip.
    const launched = running;
    await expect
      .poll(async () => ((await launched.readStorage()).rotation as { day?: string } | undefined)?.day)
      .toBe(zonedDay(TIME_ZONE, day));
    return running;
  }
  afterAll(() => running?.close());

  it('day 0: a tip hearted on the new tab is in her favourites; her first day is in her past tips, connected', async () => {
    const closer = await launchOn(0, true);
    const newTab = await closer.openNewTab();
    await newTab.click('[data-testid="favourite"]');
    await newTab.clickCheckIn();
    await expect.poll(async () => (await newTab.state()).pressed).toBe('true');
    shown[0] = await todaysTip(closer);

    const library = await openLibrary(closer);
    await expect.poll(() => textOf(library)).toContain(shown[0].headline);
    const favourites = await library.text('#past, #every-tip, #shelf, #set-aside');
    expect(favourites).toContain(shown[0].headline);
    await expect.poll(() => library.text('#favourites, #every-tip, #shelf, #set-aside')).toContain('You connected');
    await library.close();

    // "Your library" from the popup opens it in a tab of its own; from the new tab, in that tab.
    const popup = await closer.openPopup();
    await popup.click('.page-links a[href="/library.html"]');
    const fromPopup = await closer.findTab('library.html', '#favourites-title');
    await fromPopup.close();
    await newTab.click('.page-links a[href="/library.html"]');
    await expect.poll(() => closer.tabUrls()).toContainEqual(expect.stringMatching(/\/library\.html$/));
    await Promise.all([newTab.close(), popup.close()]);
  });

  it('day 1: “make it today’s tip” changes the popup and the new tab', async () => {
    const closer = await launchOn(1);
    shown[1] = await todaysTip(closer);
    const [newTab, popup, library] = [await closer.openNewTab(), await closer.openPopup(), await openLibrary(closer)];
    await library.click('#every-tip details summary');
    await library.click('#every-tip details .tip-link');
    await library.click('[data-testid="make-today"]');
    await expect.poll(async () => (await todaysTip(closer)).id).not.toBe(shown[1].id);
    const chosen = await todaysTip(closer);
    await expect.poll(async () => (await popup.state()).tip).toBe(chosen.headline);
    await expect.poll(async () => (await newTab.state()).tip).toBe(chosen.headline);
    shown[1] = chosen;
    await Promise.all([newTab.close(), popup.close(), library.close()]);
  });

  it('day 3: her past tips list each day she had, newest first, with the tip she ended the day on', async () => {
    const closer = await launchOn(3);
    shown[3] = await todaysTip(closer);
    const library = await openLibrary(closer);
    await expect
      .poll(() => library.text('#favourites, #every-tip, #shelf, #set-aside'))
      .toMatch(new RegExp([3, 1, 0].map((day) => escape(shown[day]!.headline)).join('[^]*')));
    expect((await closer.readStorage()).pastTips).toEqual({
      days: {
        [zonedDay(TIME_ZONE, 0)]: shown[0]!.id,
        [zonedDay(TIME_ZONE, 1)]: shown[1]!.id,
        [zonedDay(TIME_ZONE, 3)]: shown[3]!.id,
      },
    });
    await library.close();
  });

  it('day 3: a moment chosen for this week brings its first tip at once, and the new tab says so', async () => {
    const library = await openLibrary(running!);
    await library.click('#shelf details[data-moment="exams"] summary');
    await library.click('[data-testid="choose-exams"]');
    await expect.poll(async () => (await todaysTip(running!)).moment).toBe('exams');
    const newTab = await running!.openNewTab();
    await expect.poll(() => newTab.text()).toContain('This week: Exams or a big test');
    expect((await newTab.state()).tip).toBe((await todaysTip(running!)).headline);
    await Promise.all([newTab.close(), library.close()]);
  });

  it('days 4 to 9: the shelf’s tips come first; day 10, the week over, an ordinary tip and no line', async () => {
    for (const day of [4, 9]) {
      const closer = await launchOn(day);
      const newTab = await closer.openNewTab();
      expect((await todaysTip(closer)).moment).toBe('exams');
      await expect.poll(() => newTab.text()).toContain('This week: Exams or a big test');
      await newTab.close();
    }
    const closer = await launchOn(10);
    const newTab = await closer.openNewTab();
    expect((await todaysTip(closer)).moment).toBeUndefined();
    expect(await newTab.text()).not.toContain('This week:');
    await newTab.close();
  });

  it('day 10: a moment ended early from the new tab; a tip set aside comes back with “Bring back”', async () => {
    const library = await openLibrary(running!);
    await library.click('#shelf details[data-moment="far-away"] summary');
    await library.click('[data-testid="choose-far-away"]');
    const newTab = await running!.openNewTab();
    await expect.poll(() => newTab.text()).toContain('This week: He lives far away');
    await newTab.click('[data-testid="end-moment-line"]');
    await expect.poll(async () => (await running!.readStorage()).momentOfWeek).toBeUndefined();
    expect(await newTab.text()).not.toContain('This week:');

    const aside = await todaysTip(running!);
    await newTab.click('[data-testid="not-for-us"]');
    await expect.poll(() => library.text('#favourites, #past, #every-tip, #shelf')).toContain(aside.headline);
    await library.click('[data-testid="bring-back"]');
    await expect.poll(async () => (await running!.readStorage()).notForUs).toEqual({ tips: [] });
    await Promise.all([newTab.close(), library.close()]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
