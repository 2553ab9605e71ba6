import { afterEach, expect, it } from 'vitest';
import { launchChromium, newProfileDir, type ChromiumWithCloser } from './chromium';
import { countIn, readPage } from './page-state';
import { zonedDay, zonedTimeOnDay } from './zoned-time';

const TIME_ZONE = 'Europe/Moscow';
let closer: ChromiumWithCloser | undefined;

afterEach(async () => {
  await closer?.close();
  closer = undefined;
});

async function launch() {
  closer = await launchChromium({
    profileDir: newProfileDir(),
    timeZone: TIME_ZONE,
    clockAt: zonedTimeOnDay(TIME_ZONE, 0, 15),
    loadExtension: true,
  });
  return closer;
}

const notice = 'kept it aside, untouched';

it.each([
  ['a string', 'what is this?'],
  ['a number', 42],
  ['an object of the wrong shape', { days: 'yesterday' }],
  ['a list with stray entries', { days: ['yesterday', 17, null] }],
])('junk check-ins (%s) are kept aside, the tip still shows, and a calm message says so', async (_, junk) => {
  const browser = await launch();
  const inspector = await browser.inspector();
  await browser.writeStorage(inspector, { checkIns: junk, someoneElsesKey: { keep: 'me' } });

  const newTab = await browser.openNewTab();
  await expect.poll(async () => (await readPage(newTab)).tip).not.toBe('');
  await expect.poll(() => newTab.textContent('body')).toContain(notice);

  const stored = await browser.readStorage(inspector);
  const asideKeys = Object.keys(stored).filter((key) => key.startsWith('unreadable.checkIns.'));
  expect(asideKeys).toHaveLength(1);
  expect(stored[asideKeys[0]!]).toEqual({ value: junk, from: 'checkIns' });
  expect(stored.someoneElsesKey).toEqual({ keep: 'me' });

  // She can go on: today's check-in works and the notice can be put away; what was kept aside stays.
  await newTab.getByTestId('checkin').click();
  await expect.poll(() => readPage(newTab)).toMatchObject({ pressed: 'true' });
  await newTab.getByRole('button', { name: 'OK' }).click();
  await expect.poll(() => newTab.textContent('body')).not.toContain(notice);
  const after = await browser.readStorage(inspector);
  expect(after[asideKeys[0]!]).toEqual({ value: junk, from: 'checkIns' });
  expect(after.checkIns).toEqual({ days: [zonedDay(TIME_ZONE, 0)] });
});

it('readable days survive next to junk, and junk tip rotation and version marks are kept aside too', async () => {
  const browser = await launch();
  const inspector = await browser.inspector();
  const yesterday = zonedDay(TIME_ZONE, -1);
  await browser.writeStorage(inspector, {
    checkIns: { days: [yesterday, 'not a day'] },
    rotation: 'scrambled',
    checkIns$: { v: 'junk' },
  });
  // The background is asleep when the junk lands; the next new tab must still cope.
  await browser.stopServiceWorker(inspector);

  const newTab = await browser.openNewTab();
  await expect.poll(async () => (await readPage(newTab)).tip, { timeout: 15_000 }).not.toBe('');
  expect(countIn((await readPage(newTab)).streak)).toBe(1);
  await expect.poll(() => newTab.textContent('body')).toContain(notice);

  const stored = await browser.readStorage(inspector);
  expect(Object.values(stored)).toContainEqual({ value: 'scrambled', from: 'rotation' });
  expect(Object.values(stored)).toContainEqual({ value: { days: [yesterday, 'not a day'] }, from: 'checkIns' });
  expect(stored.checkIns).toEqual({ days: [yesterday] });
});
