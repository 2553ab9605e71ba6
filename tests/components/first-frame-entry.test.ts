import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import firstFrame from '@/entrypoints/first-frame';
import type { DrawnNode } from '@/utils/first-frame/drawn-dom';
import { writeDrawn, writeSnapshot } from '@/utils/first-frame/page-snapshot';

// Two in the afternoon of 25 November in UTC is already the 26th on Kiritimati (UTC+14):
// a first frame that took the date in UTC would draw the wrong day.
const zoneBefore = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Pacific/Kiritimati';
});
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

const LOCAL_TODAY = '2026-11-26';
const UTC_TODAY = '2026-11-25';
const PAGE: DrawnNode[] = [
  ['main', {}, [['button', { 'data-testid': 'checkin', 'aria-pressed': 'false' }, ['We connected today']]]],
];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'requestAnimationFrame'] });
  vi.setSystemTime(new Date(Date.UTC(2026, 10, 25, 14)));
  document.head.replaceChildren();
  document.body.innerHTML = '<div id="app" data-page="newtab"></div>';
});

const appScripts = () => [...document.head.querySelectorAll('script')].map((script) => script.getAttribute('src'));

it('draws the drawing of her local today, and loads the app once that frame is out', () => {
  writeSnapshot(localStorage, { rotation: { day: LOCAL_TODAY } }, 7);
  writeDrawn(localStorage, 'newtab', [{ day: LOCAL_TODAY, key: 7, nodes: PAGE }]);

  firstFrame.main();

  expect(document.querySelector('[data-testid="checkin"]')).not.toBeNull();
  expect(window.closerTakeOver).toBeTypeOf('function');
  expect(appScripts()).toEqual([]);
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(50);
  expect(appScripts()).toEqual(['/newtab-app.js']);
});

it('loads the app, once, in a page that gets no frames (opened or put behind another tab at once), so it follows storage', () => {
  writeSnapshot(localStorage, { rotation: { day: LOCAL_TODAY } }, 7);
  writeDrawn(localStorage, 'newtab', [{ day: LOCAL_TODAY, key: 7, nodes: PAGE }]);

  // A hidden page: the browser holds its frames back.
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));

  firstFrame.main();

  expect(document.querySelector('[data-testid="checkin"]')).not.toBeNull();
  vi.advanceTimersByTime(249);
  expect(appScripts()).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(appScripts()).toEqual(['/newtab-app.js']);
  // The frame comes after all, when she brings the tab forward: the app is not loaded twice.
  for (const frame of frames) frame(0);
  vi.advanceTimersByTime(50);
  expect(appScripts()).toEqual(['/newtab-app.js']);
  vi.restoreAllMocks();
});

it('draws nothing from a drawing of the UTC date, and loads the app at once', () => {
  writeSnapshot(localStorage, { rotation: { day: UTC_TODAY } }, 7);
  writeDrawn(localStorage, 'newtab', [{ day: UTC_TODAY, key: 7, nodes: PAGE }]);
  window.closerTakeOver = undefined;

  firstFrame.main();

  expect(document.getElementById('app')!.childNodes).toHaveLength(0);
  expect(window.closerTakeOver).toBeUndefined();
  expect(appScripts()).toEqual(['/newtab-app.js']);
});
